package integration

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// TestSettlement submits checkpoints signed by 4, then 3 of 4 operators, reads them back, and
// checks that every way of getting a checkpoint wrong is refused with the right error.
func TestSettlement(t *testing.T) {
	e := testenv.New(t, anvil.Config{Operators: 4, Deploy: anvil.DeployConfig{Rollups: []deployment.Rollup{{ID: 901, Metadata: "demo"}}}})
	ops := e.D.Operators
	stake := ops[0].Stake.ToInt()

	// Checkpoint 1, signed by everyone.
	cp1 := commitment.Checkpoint{Number: 1, StartHeight: 1, EndHeight: 10, Root: testenv.Root("checkpoint 1")}
	ref1 := e.RefBlock()
	in := e.Aggregate(ref1, e.Sign(cp1, ops...))
	if len(in.NonSigners) != 0 || in.SignedStake[0].Cmp(testenv.MulStake(stake, 4)) != 0 || !in.MeetsThreshold(e.D.Params.ThresholdBips) {
		t.Fatalf("4 signers: nonSigners %d, signed %s of %s", len(in.NonSigners), in.SignedStake[0], in.TotalStake[0])
	}
	r1 := e.MustSubmit(cp1, ref1, in.Params)
	t.Logf("gas: submitCheckpoint, 4 signers / 0 non-signers: %d", r1.GasUsed)

	stored, err := e.B.CheckpointRegistry.GetCheckpoint(e.Call(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if stored.Root != cp1.Root || stored.StartHeight != 1 || stored.EndHeight != 10 ||
		stored.ReferenceBlock != ref1 || uint64(stored.L1Block) != r1.BlockNumber.Uint64() {
		t.Fatalf("getCheckpoint(1) = %+v", stored)
	}
	n, latest, err := e.B.CheckpointRegistry.LatestCheckpoint(e.Call())
	if err != nil || n != 1 || latest.Root != cp1.Root {
		t.Fatalf("latestCheckpoint = %d %+v, %v", n, latest, err)
	}

	// Checkpoint 2, signed by 3 of 4: one non-signer, 3/4 >= 2/3.
	cp2 := commitment.Checkpoint{Number: 2, StartHeight: 11, EndHeight: 20, Root: testenv.Root("checkpoint 2")}
	ref2 := e.RefBlock()
	in = e.Aggregate(ref2, e.Sign(cp2, ops[1], ops[2], ops[3]))
	if len(in.NonSigners) != 1 || common.Hash(in.NonSigners[0]) != ops[0].OperatorID {
		t.Fatalf("non-signers = %x, want [%x]", in.NonSigners, ops[0].OperatorID)
	}
	r2 := e.MustSubmit(cp2, ref2, in.Params)
	t.Logf("gas: submitCheckpoint, 3 signers / 1 non-signer: %d", r2.GasUsed)

	for height, want := range map[uint64]uint64{1: 1, 10: 1, 11: 2, 15: 2, 20: 2} {
		got, sc, err := e.B.CheckpointRegistry.CheckpointByHeight(e.Call(), height)
		if err != nil || got != want {
			t.Fatalf("checkpointByHeight(%d) = %d, %v; want %d", height, got, err, want)
		}
		if want == 2 && sc.Root != cp2.Root {
			t.Fatalf("checkpointByHeight(%d) root %x", height, sc.Root)
		}
	}
	_, _, err = e.B.CheckpointRegistry.CheckpointByHeight(e.Call(), 21)
	testenv.WantRevert(t, err, "HeightNotCheckpointed")

	cp3 := commitment.Checkpoint{Number: 3, StartHeight: 21, EndHeight: 30, Root: testenv.Root("checkpoint 3")}

	t.Run("InsufficientSignedStake", func(t *testing.T) {
		ref := e.RefBlock()
		in := e.Aggregate(ref, e.Sign(cp3, ops[0], ops[1]))
		if in.MeetsThreshold(e.D.Params.ThresholdBips) {
			t.Fatal("2 of 4 meets the threshold off chain")
		}
		_, err := e.Submit(cp3, ref, in.Params)
		args := testenv.WantRevert(t, err, "InsufficientSignedStake")
		if args[0].(uint8) != 0 || args[1].(*big.Int).Cmp(testenv.MulStake(stake, 2)) != 0 ||
			args[2].(*big.Int).Cmp(testenv.MulStake(stake, 4)) != 0 || args[3].(uint16) != e.D.Params.ThresholdBips {
			t.Fatalf("InsufficientSignedStake%v", args)
		}
	})

	t.Run("WrongSignature", func(t *testing.T) {
		ref := e.RefBlock()
		other := cp3
		other.Root = testenv.Root("another root")
		// Everyone signs the other checkpoint's digest; the aggregate is submitted for cp3.
		in := e.Aggregate(ref, e.Sign(other, ops...))
		_, err := e.Submit(cp3, ref, in.Params)
		testenv.WantRevert(t, err, "InvalidBLSSignature")
	})

	t.Run("Gap", func(t *testing.T) {
		ref := e.RefBlock()
		cp4 := commitment.Checkpoint{Number: 4, StartHeight: 31, EndHeight: 40, Root: testenv.Root("checkpoint 4")}
		in := e.Aggregate(ref, e.Sign(cp4, ops...))
		_, err := e.Submit(cp4, ref, in.Params)
		args := testenv.WantRevert(t, err, "NonSequentialCheckpoint")
		if args[0].(uint64) != 3 || args[1].(uint64) != 4 {
			t.Fatalf("NonSequentialCheckpoint%v", args)
		}
	})

	t.Run("NonContiguousHeights", func(t *testing.T) {
		ref := e.RefBlock()
		skip := commitment.Checkpoint{Number: 3, StartHeight: 25, EndHeight: 30, Root: testenv.Root("skips heights")}
		in := e.Aggregate(ref, e.Sign(skip, ops...))
		_, err := e.Submit(skip, ref, in.Params)
		args := testenv.WantRevert(t, err, "NonContiguousHeights")
		if args[0].(uint64) != 21 || args[1].(uint64) != 25 {
			t.Fatalf("NonContiguousHeights%v", args)
		}
	})

	t.Run("Replay", func(t *testing.T) {
		ref := e.RefBlock()
		in := e.Aggregate(ref, e.Sign(cp1, ops...))
		_, err := e.Submit(cp1, ref, in.Params)
		args := testenv.WantRevert(t, err, "CheckpointAlreadySubmitted")
		if args[0].(uint64) != 1 {
			t.Fatalf("CheckpointAlreadySubmitted%v", args)
		}
	})

	t.Run("ReferenceBlockNotInPast", func(t *testing.T) {
		ref := e.RefBlock()
		in := e.Aggregate(ref, e.Sign(cp3, ops...))
		head, err := e.DN.Client.BlockNumber(e.Ctx)
		if err != nil {
			t.Fatal(err)
		}
		_, err = e.Submit(cp3, uint32(head+5), in.Params)
		testenv.WantRevert(t, err, "ReferenceBlockNotInPast")
	})

	t.Run("StaleReferenceBlock", func(t *testing.T) {
		ref := e.RefBlock()
		in := e.Aggregate(ref, e.Sign(cp3, ops...))
		if err := e.DN.Mine(e.Ctx, uint64(e.D.Params.MaxReferenceAge)+1); err != nil {
			t.Fatal(err)
		}
		_, err := e.Submit(cp3, ref, in.Params)
		args := testenv.WantRevert(t, err, "StaleReferenceBlock")
		if args[0].(uint32) != ref {
			t.Fatalf("StaleReferenceBlock%v", args)
		}
	})

	// None of the refusals changed anything: checkpoint 3 still goes through.
	ref := e.RefBlock()
	r3 := e.MustSubmit(cp3, ref, e.Aggregate(ref, e.Sign(cp3, ops...)).Params)
	t.Logf("gas: submitCheckpoint, 4 signers / 0 non-signers (not the first checkpoint): %d", r3.GasUsed)
	if n, err := e.B.CheckpointRegistry.LatestCheckpointNumber(e.Call()); err != nil || n != 3 {
		t.Fatalf("latestCheckpointNumber = %d, %v", n, err)
	}
	if ok, err := e.B.CheckpointRegistry.IsRollupRegistered(e.Call(), 901); err != nil || !ok {
		t.Fatalf("demo rollup 901 registered = %v, %v", ok, err)
	}
}
