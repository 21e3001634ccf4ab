package integration

import (
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// TestAggregatorsCompete runs two aggregators with different keys; operators send every
// signature to both. Each checkpoint is stored once, by whichever aggregator is first; the
// other notices (CheckpointAlreadySubmitted, at estimation or mined) and moves on.
func TestAggregatorsCompete(t *testing.T) {
	e := testenv.New(t, anvil.Config{Operators: 4})
	testenv.StartMiner(t, e, 100*time.Millisecond)
	a := startAggregatorAs(t, e, e.DN.Client, t.TempDir(), 1)
	b := startAggregatorAs(t, e, e.DN.Client, t.TempDir(), 3)
	ctx := e.Ctx
	aggWaitOperators(t, ctx, a.rpc, 4)
	aggWaitOperators(t, ctx, b.rpc, 4)
	ops := aggSigners(t, e)

	const n = 4
	for i := uint64(1); i <= n; i++ {
		cp := aggCheckpoint(i, "")
		for _, o := range ops {
			msg := o.message(t, cp)
			aggMustSend(t, ctx, a.rpc, msg)
			aggMustSend(t, ctx, b.rpc, msg)
		}
	}
	aggWaitSettled(e, n, 30*time.Second)
	for _, h := range []*aggHandle{a, b} {
		aggWaitFor(t, 10*time.Second, "both aggregators to see every checkpoint settled", func() bool { return aggStatus(t, ctx, h.rpc).LatestSettled == n })
	}
	subs := aggSubmissions(e)
	if len(subs) != n {
		t.Fatalf("%d checkpoints stored, want %d", len(subs), n)
	}
	selfA := aggCounter(t, a.reg, "lockstep_aggregator_checkpoints_settled_total", map[string]string{"by": "self"})
	selfB := aggCounter(t, b.reg, "lockstep_aggregator_checkpoints_settled_total", map[string]string{"by": "self"})
	if selfA+selfB != n {
		t.Fatalf("stored by a %v + by b %v, want %d", selfA, selfB, n)
	}
	t.Logf("checkpoints stored by aggregator a: %v, by b: %v", selfA, selfB)
}
