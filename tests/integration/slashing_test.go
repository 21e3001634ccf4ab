package integration

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// TestEquivocationSlashing has one operator sign two different checkpoints with the same
// number, proves it, and checks the operator is slashed, ejected and no longer counts.
func TestEquivocationSlashing(t *testing.T) {
	e := testenv.New(t, anvil.Config{Operators: 4})
	ops := e.D.Operators
	victim, honest := ops[0], ops[1:]
	stake := victim.Stake.ToInt()
	strategy := e.D.Contracts.Strategy

	cp1 := commitment.Checkpoint{Number: 1, StartHeight: 1, EndHeight: 10, Root: testenv.Root("checkpoint 1")}
	ref := e.RefBlock()
	e.MustSubmit(cp1, ref, e.Aggregate(ref, e.Sign(cp1, ops...)).Params)

	// The victim signs two versions of checkpoint 2.
	a := commitment.Checkpoint{Number: 2, StartHeight: 11, EndHeight: 20, Root: testenv.Root("checkpoint 2")}
	b := a
	b.Root = testenv.Root("checkpoint 2, conflicting")
	sigA, sigB := e.Sign(a, victim)[0], e.Sign(b, victim)[0]

	// An aggregate at a reference block from before the slashing, including the victim.
	refBefore := e.RefBlock()
	beforeIn := e.Aggregate(refBefore, e.Sign(a, ops...))

	maxMagBefore := e.MaxMagnitude(victim.Address, strategy)
	sharesBefore := e.OperatorShares(victim.Address, strategy)
	totalBefore := e.TotalStake()
	if sharesBefore.Cmp(stake) != 0 || totalBefore.Cmp(testenv.MulStake(stake, 4)) != 0 {
		t.Fatalf("before: shares %s, total stake %s", sharesBefore, totalBefore)
	}

	r, err := e.Prove(victim.Address, a, sigA, b, sigB)
	if err != nil {
		t.Fatalf("proveEquivocation: %s", chainio.FormatRevert(err))
	}
	t.Logf("gas: proveEquivocation (verify 2 signatures, slash, eject): %d", r.GasUsed)
	ev := e.SlashedEvent(r)
	if ev.Operator != victim.Address || ev.Number != 2 || !ev.Ejected || ev.Reporter != e.Reporter.Address() ||
		ev.DigestA != e.Digest(a) || ev.DigestB != e.Digest(b) {
		t.Fatalf("EquivocationSlashed = %+v", ev)
	}

	// Slashed by the configured fraction of its (fully allocated) magnitude.
	wad := e.D.Params.WadToSlash.ToInt()
	wantMag := new(big.Int).Sub(new(big.Int).SetUint64(maxMagBefore), testenv.MulDivWad(new(big.Int).SetUint64(maxMagBefore), wad))
	if got := e.MaxMagnitude(victim.Address, strategy); new(big.Int).SetUint64(got).Cmp(wantMag) != 0 {
		t.Fatalf("max magnitude %d -> %d, want %s", maxMagBefore, got, wantMag)
	}
	wantShares := new(big.Int).Sub(sharesBefore, testenv.MulDivWad(sharesBefore, wad))
	if got := e.OperatorShares(victim.Address, strategy); got.Cmp(wantShares) != 0 {
		t.Fatalf("operator shares %s -> %s, want %s", sharesBefore, got, wantShares)
	}
	// Ejected: no longer registered, its stake no longer in the quorum.
	if st, err := e.B.RegistryCoordinator.GetOperatorStatus(e.Call(), victim.Address); err != nil || st != 2 {
		t.Fatalf("victim status %d, %v; want 2 (deregistered)", st, err)
	}
	if got := e.TotalStake(); got.Cmp(testenv.MulStake(stake, 3)) != 0 {
		t.Fatalf("total stake after ejection %s, want %s", got, testenv.MulStake(stake, 3))
	}
	if ok, err := e.B.EquivocationSlasher.IsSlashed(e.Call(), victim.Address, 2); err != nil || !ok {
		t.Fatalf("isSlashed = %v, %v", ok, err)
	}
	minRef, err := e.B.CheckpointRegistry.MinReferenceBlock(e.Call())
	if err != nil || uint64(minRef) != r.BlockNumber.Uint64() {
		t.Fatalf("minReferenceBlock = %d, %v; want %d", minRef, err, r.BlockNumber)
	}

	t.Run("OldReferenceBlockIncludingVictim", func(t *testing.T) {
		_, err := e.Submit(a, refBefore, beforeIn.Params)
		testenv.WantRevert(t, err, "StaleReferenceBlock")
	})

	t.Run("FreshReferenceBlockIncludingVictim", func(t *testing.T) {
		ref := e.RefBlock()
		all := e.Sign(a, ops...)
		// The builder will not put an operator that is not registered at ref in an aggregate.
		if _, err := chainio.BuildCheckSignaturesInput(e.Ctx, e.Reader, chainio.CheckSignaturesRequest{
			QuorumNumbers: e.D.QuorumNumbers, ReferenceBlock: ref, Operators: e.D.OperatorKeys(), Signers: all,
		}); err == nil {
			t.Fatal("aggregate including the ejected operator was built")
		}
		// Forced in by hand, its signature breaks the aggregate.
		in := e.Aggregate(ref, all[1:])
		in.Params.Sigma = chainio.G1FromBLS(chainio.G1ToBLS(in.Params.Sigma).Add(all[0].Signature.G1Point))
		in.Params.ApkG2 = chainio.G2FromBLS(chainio.G2ToBLS(in.Params.ApkG2).Add(all[0].G2))
		_, err := e.Submit(a, ref, in.Params)
		testenv.WantRevert(t, err, "InvalidBLSSignature")
	})

	t.Run("RemainingOperatorsSucceed", func(t *testing.T) {
		ref := e.RefBlock()
		in := e.Aggregate(ref, e.Sign(a, honest...))
		if len(in.NonSigners) != 0 {
			t.Fatalf("non-signers %x after ejection", in.NonSigners)
		}
		e.MustSubmit(a, ref, in.Params)
	})

	t.Run("ReplayEvidence", func(t *testing.T) {
		_, err := e.Prove(victim.Address, a, sigA, b, sigB)
		args := testenv.WantRevert(t, err, "AlreadySlashed")
		if args[0].(common.Address) != victim.Address || args[1].(uint64) != 2 {
			t.Fatalf("AlreadySlashed%v", args)
		}
	})

	t.Run("SignatureByAnotherKey", func(t *testing.T) {
		accused, signer := honest[0], honest[1]
		c := commitment.Checkpoint{Number: 3, StartHeight: 21, EndHeight: 30, Root: testenv.Root("checkpoint 3")}
		d := c
		d.Root = testenv.Root("checkpoint 3, conflicting")
		_, err := e.Prove(accused.Address, c, e.Sign(c, signer)[0], d, e.Sign(d, accused)[0])
		args := testenv.WantRevert(t, err, "InvalidOperatorSignature")
		if args[0].(common.Address) != accused.Address || args[1].([32]byte) != e.Digest(c) {
			t.Fatalf("InvalidOperatorSignature%v", args)
		}
	})

	t.Run("SameDigestTwice", func(t *testing.T) {
		accused := honest[0]
		c := commitment.Checkpoint{Number: 3, StartHeight: 21, EndHeight: 30, Root: testenv.Root("checkpoint 3")}
		sig := e.Sign(c, accused)[0]
		_, err := e.Prove(accused.Address, c, sig, c, sig)
		args := testenv.WantRevert(t, err, "NotConflicting")
		if args[0].([32]byte) != e.Digest(c) {
			t.Fatalf("NotConflicting%v", args)
		}
	})

	t.Run("DifferentNumbers", func(t *testing.T) {
		accused := honest[0]
		c := commitment.Checkpoint{Number: 3, StartHeight: 21, EndHeight: 30, Root: testenv.Root("checkpoint 3")}
		d := commitment.Checkpoint{Number: 4, StartHeight: 31, EndHeight: 40, Root: testenv.Root("checkpoint 4")}
		_, err := e.Prove(accused.Address, c, e.Sign(c, accused)[0], d, e.Sign(d, accused)[0])
		testenv.WantRevert(t, err, "CheckpointNumberMismatch")
	})
}
