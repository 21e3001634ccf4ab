package integration

import (
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/internal/freeport"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// TestAggregatorL1Outage puts a TCP proxy between the aggregator and L1 and closes it while
// signatures for three checkpoints arrive: the aggregator keeps collecting (and says so in its
// status), backs off, and when L1 is reachable again settles them in order.
func TestAggregatorL1Outage(t *testing.T) {
	e := testenv.New(t, anvil.Config{Operators: 4})
	testenv.StartMiner(t, e, 100*time.Millisecond)
	target := strings.TrimPrefix(e.DN.Node.RPCURL(), "http://")
	addr, err := freeport.Addr()
	if err != nil {
		t.Fatal(err)
	}
	p := &tcpProxy{addr: addr, target: target}
	p.up(t)
	t.Cleanup(p.down)
	l1, err := ethclient.DialContext(e.Ctx, "http://"+p.addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l1.Close)
	a := testenv.StartAggregator(t, e, l1, t.TempDir())
	ctx, c := e.Ctx, a.RPC
	testenv.WaitOperators(t, ctx, c, 4)
	ops := testenv.Signers(t, e)

	cp1 := testenv.Checkpoint(1, "")
	for _, o := range ops {
		testenv.MustSend(t, ctx, c, o.Message(t, cp1))
	}
	e.WaitSettled(1, 30*time.Second)
	testenv.WaitUntil(t, 10*time.Second, "aggregator to record checkpoint 1", func() bool { return testenv.AggregatorStatus(t, ctx, c).LatestSettled == 1 })

	p.down()
	cps := []uint64{2, 3, 4}
	for _, n := range cps {
		for _, o := range ops {
			testenv.MustSend(t, ctx, c, o.Message(t, testenv.Checkpoint(n, "")))
		}
	}
	testenv.WaitUntil(t, 30*time.Second, "aggregator to report L1 unreachable and retry a few times", func() bool {
		return testenv.AggregatorStatus(t, ctx, c).L1Error != "" && testenv.Counter(t, a.Reg, "lockstep_aggregator_l1_errors_total", nil) >= 4
	})
	st := testenv.AggregatorStatus(t, ctx, c)
	if st.LatestSettled != 1 || len(st.Pending) != 3 || e.LatestCheckpoint() != 1 {
		t.Fatalf("during the outage: settled %d, pending %+v, L1 latest %d", st.LatestSettled, st.Pending, e.LatestCheckpoint())
	}
	t.Logf("during the outage: %s", st.L1Error)

	p.up(t)
	e.WaitSettled(4, 60*time.Second)
	e.Submissions(testenv.Checkpoint(1, ""), testenv.Checkpoint(2, ""), testenv.Checkpoint(3, ""), testenv.Checkpoint(4, ""))
	if got := testenv.Counter(t, a.Reg, "lockstep_aggregator_l1_errors_total", nil); got == 0 {
		t.Error("no L1 errors metered during the outage")
	}
}

// tcpProxy forwards TCP connections to target while up.
type tcpProxy struct {
	addr, target string
	mu           sync.Mutex
	ln           net.Listener
	conns        map[net.Conn]struct{}
	wg           sync.WaitGroup
}

func (p *tcpProxy) up(t *testing.T) {
	t.Helper()
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	p.ln, p.conns = ln, make(map[net.Conn]struct{})
	p.mu.Unlock()
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", p.target)
			if err != nil {
				in.Close()
				continue
			}
			p.mu.Lock()
			p.conns[in], p.conns[out] = struct{}{}, struct{}{}
			p.mu.Unlock()
			p.wg.Add(2)
			go func() { defer p.wg.Done(); _, _ = io.Copy(out, in); out.Close() }()
			go func() { defer p.wg.Done(); _, _ = io.Copy(in, out); in.Close() }()
		}
	}()
}

// down closes the listener and every open connection and waits for the forwarders.
func (p *tcpProxy) down() {
	p.mu.Lock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
	}
	p.mu.Unlock()
	p.wg.Wait()
}
