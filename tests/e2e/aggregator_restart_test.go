package e2e

import (
	"context"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/internal/proc"
	"github.com/lockstep-xyz/lockstep/internal/syncbuf"
	"github.com/lockstep-xyz/lockstep/system"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// TestAggregatorRestart runs `lockstep aggregator run` as a subprocess and kills it with
// SIGKILL while checkpoint 2's submission is in the mempool (mining paused) and checkpoint 3's
// signatures are collected but not submitted. The restarted process waits for the in-flight
// transaction instead of sending checkpoint 2 again, and submits checkpoint 3 from the
// signatures it persisted: no operator re-sends anything, and exactly one transaction per
// checkpoint is sent.
func TestAggregatorRestart(t *testing.T) {
	e := testenv.New(t, anvil.Config{Operators: 4})
	m := testenv.StartMiner(t, e, 100*time.Millisecond)
	deployment := filepath.Join(t.TempDir(), "deployment.json")
	if err := e.D.WriteJSON(deployment); err != nil {
		t.Fatal(err)
	}
	dataDir := t.TempDir()
	ctx := e.Ctx
	ops := testenv.Signers(t, e)
	submitter := e.Aggregator.Address() // anvil account 1, system.AggregatorAccount

	p1 := startAggregatorProcess(t, ctx, deployment, dataDir)
	c1, err := aggregatorapi.Dial(ctx, "http://"+p1.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c1.Close()
	testenv.WaitOperators(t, ctx, c1, 4)

	cp1, cp2, cp3 := testenv.Checkpoint(1, ""), testenv.Checkpoint(2, ""), testenv.Checkpoint(3, "")
	for _, o := range ops {
		testenv.MustSend(t, ctx, c1, o.Message(t, cp1))
	}
	e.WaitSettled(1, 30*time.Second)

	// L1 stops including transactions.
	m.Pause(true)
	if err := e.DN.Node.RPC().CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	for _, o := range ops {
		testenv.MustSend(t, ctx, c1, o.Message(t, cp2))
		testenv.MustSend(t, ctx, c1, o.Message(t, cp3))
	}
	testenv.WaitUntil(t, 30*time.Second, "checkpoint 2's transaction in the mempool", func() bool {
		pending, err1 := e.DN.Client.PendingNonceAt(ctx, submitter)
		mined, err2 := e.DN.Client.NonceAt(ctx, submitter, nil)
		return err1 == nil && err2 == nil && pending > mined
	})
	if err := p1.p.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-p1.p.Done()
	t.Logf("aggregator killed with SIGKILL; latest on L1: %d", e.LatestCheckpoint())

	p2 := startAggregatorProcess(t, ctx, deployment, dataDir)
	c2, err := aggregatorapi.Dial(ctx, "http://"+p2.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	st := testenv.AggregatorStatus(t, ctx, c2)
	if len(st.Pending) != 2 || st.Pending[0].Number != 2 || st.Pending[1].Number != 3 || st.Pending[1].Signatures != 4 {
		t.Fatalf("restarted aggregator's pending checkpoints: %+v", st.Pending)
	}
	// The restarted process must not reuse the in-flight transaction's nonce nor send
	// checkpoint 2 again: it waits for the mempool.
	testenv.WaitUntil(t, 30*time.Second, "restarted aggregator to wait for its in-flight transaction", func() bool {
		return strings.Contains(p2.logs.String(), "waiting for earlier transactions")
	})
	// L1 resumes.
	if err := e.DN.Node.RPC().CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
		t.Fatal(err)
	}
	m.Pause(false)
	e.WaitSettled(3, 60*time.Second)
	e.Submissions(cp1, cp2, cp3)
	nonce, err := e.DN.Client.NonceAt(ctx, submitter, nil)
	if err != nil || nonce != 3 {
		t.Fatalf("submitter sent %d transactions (%v), want exactly 3: one per checkpoint", nonce, err)
	}
	// And it continues.
	cp4 := testenv.Checkpoint(4, "")
	for _, o := range ops[1:] {
		testenv.MustSend(t, ctx, c2, o.Message(t, cp4))
	}
	e.WaitSettled(4, 30*time.Second)
}

// aggProc is a running `lockstep aggregator run`.
type aggProc struct {
	p    *proc.Proc
	addr string
	logs syncbuf.Buffer // stderr, whole
}

// startAggregatorProcess starts `lockstep aggregator run` on the devnet and waits for the
// address it listens on, which it prints on stdout. t's cleanup kills it with SIGKILL.
func startAggregatorProcess(t *testing.T, ctx context.Context, deployment, dataDir string) *aggProc {
	t.Helper()
	a := &aggProc{}
	addrCh := make(chan string, 1)
	ks, pw, err := system.WriteDevKeystore(t.TempDir(), system.AggregatorAccount, "pw")
	if err != nil {
		t.Fatal(err)
	}
	p, err := proc.Start("aggregator", lockstepBinary(t), append([]string{"--log.level", "info", "aggregator", "run",
		"--deployment", deployment, "--api.addr", "127.0.0.1:0", "--metrics.addr", "", "--home", dataDir,
		"--l1.poll", "20ms", "--resubmit-timeout", "2s", "--confirmations", "0"}, system.KeyArgs(ks, pw)...), proc.Options{
		Output: &a.logs,
		StdoutLines: func(line string) {
			if f := strings.Fields(line); len(f) >= 4 && f[0] == "aggregator" && f[1] == "listening" {
				select {
				case addrCh <- strings.TrimPrefix(f[3], "http://"):
				default:
				}
			}
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	a.p = p
	t.Cleanup(func() { _ = p.Signal(syscall.SIGKILL); <-p.Done() })
	select {
	case a.addr = <-addrCh:
	case <-p.Done():
		t.Fatalf("aggregator exited:\n%s", a.logs.String())
	case <-ctx.Done():
		t.Fatalf("aggregator did not start:\n%s", a.logs.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("aggregator did not start in 30s:\n%s", a.logs.String())
	}
	return a
}
