package integration

import (
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// TestAggregatorPipelinesSubmissions: when checkpoints are ready faster than L1 builds blocks
// (here 6 checkpoints at once, 2 s L1 blocks), the aggregator does not wait for each receipt
// before sending the next: several checkpoints land in one L1 block, in order, each once.
func TestAggregatorPipelinesSubmissions(t *testing.T) {
	e := testenv.New(t, anvil.Config{Operators: 4})
	a := testenv.StartAggregator(t, e, e.DN.Client, t.TempDir())
	ctx, c := e.Ctx, a.RPC
	// From now on L1 builds a block every 2 s, however many transactions wait.
	if err := e.DN.Node.RPC().CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	if err := e.DN.Node.RPC().CallContext(ctx, nil, "evm_setIntervalMining", 2); err != nil {
		t.Fatal(err)
	}
	testenv.WaitOperators(t, ctx, c, 4)
	ops := testenv.Signers(t, e)
	const n = 6
	cps := make([]commitment.Checkpoint, n)
	for i := range cps {
		cps[i] = testenv.Checkpoint(uint64(i+1), "")
		for _, o := range ops {
			testenv.MustSend(t, ctx, c, o.Message(t, cps[i]))
		}
	}
	testenv.WaitUntil(t, 30*time.Second, "two submissions in flight at once (aggregator_status)", func() bool {
		in := 0
		for _, p := range testenv.AggregatorStatus(t, ctx, c).Pending {
			if p.Submitting {
				in++
			}
		}
		return in >= 2
	})
	e.WaitSettled(n, 60*time.Second)
	subs := e.Submissions(cps...)
	perBlock := map[uint64]int{}
	most := 0
	for i := uint64(1); i <= n; i++ {
		r := subs[i]
		if r == nil {
			t.Fatalf("no submission event for checkpoint %d", i)
		}
		perBlock[r.BlockNumber.Uint64()]++
		most = max(most, perBlock[r.BlockNumber.Uint64()])
	}
	t.Logf("%d checkpoints in %d L1 blocks: %v", n, len(perBlock), perBlock)
	if most < 2 || len(perBlock) >= n {
		t.Fatalf("%d checkpoints took %d L1 blocks (at most %d in one): submissions were not pipelined", n, len(perBlock), most)
	}
}
