package integration

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// BenchmarkAggregatorEndToEnd settles checkpoints through the running aggregator on a devnet:
// operators post signatures over HTTP (8 concurrent clients), the aggregator verifies,
// aggregates and submits; an iteration ends when the checkpoint is stored on L1 (anvil
// automine). It reports L1 gas per checkpoint from the receipts and the aggregator's CPU time
// in Aggregate per checkpoint, with everyone signing and with ~70% signing (the rest are
// non-signers the contract has to subtract). Devnet start-up with many operators takes a while
// (registration is sequential), so this only runs with -bench.
func BenchmarkAggregatorEndToEnd(b *testing.B) {
	for _, n := range []int{4, 200} {
		for _, frac := range []int{100, 70} {
			b.Run(fmt.Sprintf("ops=%d/signing=%d%%", n, frac), func(b *testing.B) {
				benchEndToEnd(b, n, frac)
			})
		}
	}
}

func benchEndToEnd(b *testing.B, n, frac int) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dn, err := anvil.Start(ctx, anvil.Config{Operators: n, Deploy: anvil.DeployConfig{MaxOperatorCount: uint32(max(n, 32))}})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = dn.Close() }) // after the aggregator's cleanup (LIFO)
	e := &testenv.Env{Ctx: ctx, DN: dn, D: dn.Deployment}
	if e.B, err = dn.Deployment.Bindings(dn.Client); err != nil {
		b.Fatal(err)
	}
	a := testenv.StartAggregatorAs(b, e, dn.Client, b.TempDir(), 1)
	signersN := (n*frac + 99) / 100
	ops := dn.Deployment.Operators[:signersN]

	// The aggregator's view must include everyone before the first checkpoint.
	if err := dn.Mine(ctx, 2); err != nil {
		b.Fatal(err)
	}
	waitBench(b, func() bool {
		st, err := a.RPC.Status(ctx)
		return err == nil && st.Operators == n
	})

	var num uint64
	aggBefore := histogramSum(b, a, "lockstep_aggregator_aggregation_seconds")
	gasBefore := histogramSum(b, a, "lockstep_aggregator_submission_gas")
	for b.Loop() {
		b.StopTimer()
		num++
		cp := testenv.Checkpoint(num, "bench")
		msgs := make([]aggregatorapi.CheckpointSignature, len(ops))
		for i, o := range ops {
			msgs[i] = testenv.RawMessage(e.D.ChainID, e.D.Contracts.CheckpointRegistry, o.BLSKey, o.OperatorID, cp, cp)
		}
		if err := dn.Mine(ctx, 1); err != nil { // a fresh reference block, as L1 would have
			b.Fatal(err)
		}
		b.StartTimer()
		sendAll(b, ctx, a.RPC, msgs)
		waitBench(b, func() bool {
			m, err := e.B.CheckpointRegistry.LatestCheckpointNumber(nil)
			return err == nil && m >= num
		})
	}
	// Gas from the submissions' receipts, as the aggregator meters it.
	gas := histogramSum(b, a, "lockstep_aggregator_submission_gas") - gasBefore
	b.ReportMetric(gas/float64(num), "gas/checkpoint")
	aggSeconds := histogramSum(b, a, "lockstep_aggregator_aggregation_seconds") - aggBefore
	b.ReportMetric(aggSeconds*1e6/float64(num), "aggregate-µs/checkpoint")
}

func sendAll(b *testing.B, ctx context.Context, c *aggregatorapi.Client, msgs []aggregatorapi.CheckpointSignature) {
	next := make(chan aggregatorapi.CheckpointSignature)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range next {
				if _, err := c.SubmitSignature(ctx, &m); err != nil {
					b.Error(err)
				}
			}
		}()
	}
	for _, m := range msgs {
		next <- m
	}
	close(next)
	wg.Wait()
}

func waitBench(b *testing.B, cond func() bool) {
	deadline := time.NewTimer(60 * time.Second)
	defer deadline.Stop()
	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		select {
		case <-deadline.C:
			b.Fatal("timed out")
		case <-tick.C:
		}
	}
}

func histogramSum(b *testing.B, a *testenv.Aggregator, name string) float64 {
	mfs, err := a.Reg.Gather()
	if err != nil {
		b.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name {
			var sum float64
			for _, m := range mf.GetMetric() {
				sum += histogram(m).GetSampleSum()
			}
			return sum
		}
	}
	return 0
}

func histogram(m *dto.Metric) *dto.Histogram { return m.GetHistogram() }
