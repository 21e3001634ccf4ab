package integration

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
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
	ops := aggSigners(t, e)
	submitter := e.Aggregator.Address() // anvil account 1, what --devnet --devnet-account 1 uses

	p1 := startAggregatorProcess(t, ctx, deployment, dataDir)
	c1, err := aggregatorapi.Dial(ctx, "http://"+p1.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c1.Close()
	aggWaitOperators(t, ctx, c1, 4)

	cp1, cp2, cp3 := aggCheckpoint(1, ""), aggCheckpoint(2, ""), aggCheckpoint(3, "")
	for _, o := range ops {
		aggMustSend(t, ctx, c1, o.message(t, cp1))
	}
	aggWaitSettled(e, 1, 30*time.Second)

	// L1 stops including transactions.
	m.Pause(true)
	if err := e.DN.Node.RPC().CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	for _, o := range ops {
		aggMustSend(t, ctx, c1, o.message(t, cp2))
		aggMustSend(t, ctx, c1, o.message(t, cp3))
	}
	aggWaitFor(t, 30*time.Second, "checkpoint 2's transaction in the mempool", func() bool {
		pending, err1 := e.DN.Client.PendingNonceAt(ctx, submitter)
		mined, err2 := e.DN.Client.NonceAt(ctx, submitter, nil)
		return err1 == nil && err2 == nil && pending > mined
	})
	p1.kill()
	<-p1.done
	t.Logf("aggregator killed with SIGKILL; latest on L1: %d", aggLatest(e))

	p2 := startAggregatorProcess(t, ctx, deployment, dataDir)
	c2, err := aggregatorapi.Dial(ctx, "http://"+p2.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	st := aggStatus(t, ctx, c2)
	if len(st.Pending) != 2 || st.Pending[0].Number != 2 || st.Pending[1].Number != 3 || st.Pending[1].Signatures != 4 {
		t.Fatalf("restarted aggregator's pending checkpoints: %+v", st.Pending)
	}
	// The restarted process must not reuse the in-flight transaction's nonce nor send
	// checkpoint 2 again: it waits for the mempool.
	aggWaitFor(t, 30*time.Second, "restarted aggregator to wait for its in-flight transaction", func() bool {
		return strings.Contains(p2.output(), "waiting for earlier transactions")
	})
	// L1 resumes.
	if err := e.DN.Node.RPC().CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
		t.Fatal(err)
	}
	m.Pause(false)
	aggWaitSettled(e, 3, 60*time.Second)
	aggSubmissions(e, cp1, cp2, cp3)
	nonce, err := e.DN.Client.NonceAt(ctx, submitter, nil)
	if err != nil || nonce != 3 {
		t.Fatalf("submitter sent %d transactions (%v), want exactly 3: one per checkpoint", nonce, err)
	}
	// And it continues.
	cp4 := aggCheckpoint(4, "")
	for _, o := range ops[1:] {
		aggMustSend(t, ctx, c2, o.message(t, cp4))
	}
	aggWaitSettled(e, 4, 30*time.Second)
}
