package e2e

import (
	"context"
	"fmt"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// load submits transactions round-robin to the nodes at a bounded rate from one owned
// goroutine and records every hash a node accepted.
type load struct {
	net  *network
	rate int

	mu       sync.Mutex
	accepted map[common.Hash]int // hash -> node that accepted it
	refused  int

	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func startLoad(net *network, rate int) *load {
	ctx, cancel := context.WithCancel(net.ctx)
	l := &load{net: net, rate: rate, accepted: make(map[common.Hash]int), cancel: cancel}
	l.wg.Add(1)
	go func() {
		defer l.wg.Done()
		tick := time.NewTicker(time.Second / time.Duration(rate))
		defer tick.Stop()
		for i := 0; ; i++ {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			node := net.nodes[i%len(net.nodes)]
			rollup := uint64(rollupA + i%2)
			payload := []byte(fmt.Sprintf("load %d to node %d", i, node.i))
			hash, err := node.submitNoDial(ctx, rollup, payload)
			l.mu.Lock()
			if err == nil {
				l.accepted[hash] = node.i
			} else {
				l.refused++
			}
			l.mu.Unlock()
		}
	}()
	return l
}

func (l *load) stop() map[common.Hash]int {
	l.cancel()
	l.wg.Wait()
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.accepted
}

func (l *load) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.accepted)
}

// Kill -9 one node under load and restart it: it catches up, and every transaction any node
// accepted (including the killed one, up to the kill) is sequenced on every node.
func TestOperatorRestart(t *testing.T) {
	testutil.SkipShort(t)
	net := startNetwork(t, 4, 10, "--consensus.empty-block-interval", "200ms")
	ctx, victim := net.ctx, net.nodes[3]

	l := startLoad(net, 200)
	testutil.WaitFor(t, 30*time.Second, "400 accepted transactions", func() (bool, error) { return l.count() >= 400, nil })
	victim.kill(syscall.SIGKILL)
	killedAt := l.count()
	testutil.WaitFor(t, 30*time.Second, "400 more accepted transactions", func() (bool, error) { return l.count() >= killedAt+400, nil })
	victim.start()
	others, err := net.nodes[0].status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	restarted := time.Now()
	testutil.WaitFor(t, 60*time.Second, "the restarted node to catch up", func() (bool, error) {
		s, err := victim.status(ctx)
		return err == nil && s.Height >= others.Height && !s.CatchingUp, err
	})
	t.Logf("restarted node caught up to height %d in %s", others.Height, time.Since(restarted).Round(time.Millisecond))
	caughtUp := l.count()
	testutil.WaitFor(t, 30*time.Second, "200 more accepted transactions", func() (bool, error) { return l.count() >= caughtUp+200, nil })
	accepted := l.stop()
	t.Logf("%d transactions accepted (%d refused or unreachable)", len(accepted), l.refused)
	perNode := make(map[int]int)
	for _, n := range accepted {
		perNode[n]++
	}
	if perNode[victim.i] == 0 {
		t.Fatal("the killed node accepted nothing: the test proves nothing")
	}

	waitAllSequenced(t, net, accepted)
	// Every operator signed every checkpoint, the restarted one too (those cut while it was
	// down it signed while catching up; delivery resumed from its persisted cursor).
	st, err := net.nodes[0].status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for n := uint64(1); n <= st.LastCheckpoint; n++ {
		testutil.WaitFor(t, 30*time.Second, fmt.Sprintf("4 signatures of checkpoint %d", n), func() (bool, error) {
			return len(net.agg.signatures(n)) == 4, nil
		})
	}
	t.Logf("all 4 operators signed checkpoints 1..%d", st.LastCheckpoint)

	// Same ordering everywhere: app hashes agree at a common height.
	s0, err := net.nodes[0].status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	net.waitHeight(s0.Height, 30*time.Second)
	var ref *common.Hash
	for _, n := range net.nodes {
		blk, err := n.block(ctx, s0.Height)
		if err != nil {
			t.Fatal(err)
		}
		if ref == nil {
			ref = &blk.AppHash
		} else if *ref != blk.AppHash {
			t.Fatalf("node %d app hash %s at height %d, node 0 %s", n.i, blk.AppHash, s0.Height, ref)
		}
	}
}

// waitAllSequenced waits until every node has sequenced every accepted transaction (hash →
// the node that accepted it).
func waitAllSequenced(t *testing.T, net *network, accepted map[common.Hash]int) {
	t.Helper()
	hashes := make([]common.Hash, 0, len(accepted))
	for h := range accepted {
		hashes = append(hashes, h)
	}
	for _, n := range net.nodes {
		testutil.WaitFor(t, 60*time.Second, fmt.Sprintf("all %d accepted transactions on node %d", len(hashes), n.i), func() (bool, error) {
			missing, err := n.missing(net.ctx, hashes)
			if err != nil {
				return false, err
			}
			if len(missing) > 0 {
				return false, fmt.Errorf("%d missing, e.g. %s (accepted by node %d)", len(missing), missing[0], accepted[missing[0]])
			}
			return true, nil
		})
	}
}

// missing returns the hashes node has not sequenced, asking in batches.
func (n *opNode) missing(ctx context.Context, hashes []common.Hash) ([]common.Hash, error) {
	var out []common.Hash
	for start := 0; start < len(hashes); start += 100 {
		end := min(start+100, len(hashes))
		batch := make([]gethrpc.BatchElem, end-start)
		for i, h := range hashes[start:end] {
			batch[i] = operatorapi.GetTxCall(h, new(operatorapi.TxResult))
		}
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		err := n.client().BatchCall(cctx, batch)
		cancel()
		if err != nil {
			return nil, err
		}
		for i, e := range batch {
			if e.Error != nil {
				if !isNotFound(e.Error) {
					return nil, e.Error
				}
				out = append(out, hashes[start+i])
			}
		}
	}
	return out, nil
}
