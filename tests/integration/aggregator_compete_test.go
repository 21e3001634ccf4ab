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
	a := testenv.StartAggregatorAs(t, e, e.DN.Client, t.TempDir(), 1)
	b := testenv.StartAggregatorAs(t, e, e.DN.Client, t.TempDir(), 3)
	ctx := e.Ctx
	testenv.WaitOperators(t, ctx, a.RPC, 4)
	testenv.WaitOperators(t, ctx, b.RPC, 4)
	ops := testenv.Signers(t, e)

	const n = 4
	for i := uint64(1); i <= n; i++ {
		cp := testenv.Checkpoint(i, "")
		for _, o := range ops {
			msg := o.Message(t, cp)
			testenv.MustSend(t, ctx, a.RPC, msg)
			testenv.MustSend(t, ctx, b.RPC, msg)
		}
	}
	e.WaitSettled(n, 30*time.Second)
	for _, h := range []*testenv.Aggregator{a, b} {
		testenv.WaitUntil(t, 10*time.Second, "both aggregators to see every checkpoint settled", func() bool { return testenv.AggregatorStatus(t, ctx, h.RPC).LatestSettled == n })
	}
	subs := e.Submissions()
	if len(subs) != n {
		t.Fatalf("%d checkpoints stored, want %d", len(subs), n)
	}
	selfA := testenv.Counter(t, a.Reg, "lockstep_aggregator_checkpoints_settled_total", map[string]string{"by": "self"})
	selfB := testenv.Counter(t, b.Reg, "lockstep_aggregator_checkpoints_settled_total", map[string]string{"by": "self"})
	if selfA+selfB != n {
		t.Fatalf("stored by a %v + by b %v, want %d", selfA, selfB, n)
	}
	t.Logf("checkpoints stored by aggregator a: %v, by b: %v", selfA, selfB)
}
