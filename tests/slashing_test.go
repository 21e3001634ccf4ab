package tests

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/bindings/equivocationslasher"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/commitment"
)

// TestEquivocationSlashing has one operator sign two different checkpoints with the same
// number, proves it, and checks the operator is slashed, ejected and no longer counts.
func TestEquivocationSlashing(t *testing.T) {
	e := newEnv(t, anvil.Config{Operators: 4})
	ops := e.d.Operators
	victim, honest := ops[0], ops[1:]
	stake := victim.Stake.ToInt()
	strategy := e.d.Contracts.Strategy

	cp1 := commitment.Checkpoint{Number: 1, StartHeight: 1, EndHeight: 10, Root: root("checkpoint 1")}
	ref := e.refBlock()
	e.mustSubmit(cp1, ref, e.aggregate(ref, e.sign(cp1, ops...)).Params)

	// The victim signs two versions of checkpoint 2.
	a := commitment.Checkpoint{Number: 2, StartHeight: 11, EndHeight: 20, Root: root("checkpoint 2")}
	b := a
	b.Root = root("checkpoint 2, conflicting")
	sigA, sigB := e.sign(a, victim)[0], e.sign(b, victim)[0]

	// An aggregate at a reference block from before the slashing, including the victim.
	refBefore := e.refBlock()
	beforeIn := e.aggregate(refBefore, e.sign(a, ops...))

	maxMagBefore := e.maxMagnitude(victim.Address, strategy)
	sharesBefore := e.operatorShares(victim.Address, strategy)
	totalBefore := e.totalStake()
	if sharesBefore.Cmp(stake) != 0 || totalBefore.Cmp(mulStake(stake, 4)) != 0 {
		t.Fatalf("before: shares %s, total stake %s", sharesBefore, totalBefore)
	}

	r, err := e.prove(victim.Address, a, sigA, b, sigB)
	if err != nil {
		t.Fatalf("proveEquivocation: %s", chainio.FormatRevert(err))
	}
	t.Logf("gas: proveEquivocation (verify 2 signatures, slash, eject): %d", r.GasUsed)
	ev := e.slashedEvent(r)
	if ev.Operator != victim.Address || ev.Number != 2 || !ev.Ejected || ev.Reporter != e.reporter.Address() ||
		ev.DigestA != e.digest(a) || ev.DigestB != e.digest(b) {
		t.Fatalf("EquivocationSlashed = %+v", ev)
	}

	// Slashed by the configured fraction of its (fully allocated) magnitude.
	wad := e.d.Params.WadToSlash.ToInt()
	wantMag := new(big.Int).Sub(new(big.Int).SetUint64(maxMagBefore), mulDivWad(new(big.Int).SetUint64(maxMagBefore), wad))
	if got := e.maxMagnitude(victim.Address, strategy); new(big.Int).SetUint64(got).Cmp(wantMag) != 0 {
		t.Fatalf("max magnitude %d -> %d, want %s", maxMagBefore, got, wantMag)
	}
	wantShares := new(big.Int).Sub(sharesBefore, mulDivWad(sharesBefore, wad))
	if got := e.operatorShares(victim.Address, strategy); got.Cmp(wantShares) != 0 {
		t.Fatalf("operator shares %s -> %s, want %s", sharesBefore, got, wantShares)
	}
	// Ejected: no longer registered, its stake no longer in the quorum.
	if st, err := e.b.RegistryCoordinator.GetOperatorStatus(e.call(), victim.Address); err != nil || st != 2 {
		t.Fatalf("victim status %d, %v; want 2 (deregistered)", st, err)
	}
	if got := e.totalStake(); got.Cmp(mulStake(stake, 3)) != 0 {
		t.Fatalf("total stake after ejection %s, want %s", got, mulStake(stake, 3))
	}
	if ok, err := e.b.EquivocationSlasher.IsSlashed(e.call(), victim.Address, 2); err != nil || !ok {
		t.Fatalf("isSlashed = %v, %v", ok, err)
	}
	minRef, err := e.b.CheckpointRegistry.MinReferenceBlock(e.call())
	if err != nil || uint64(minRef) != r.BlockNumber.Uint64() {
		t.Fatalf("minReferenceBlock = %d, %v; want %d", minRef, err, r.BlockNumber)
	}

	t.Run("OldReferenceBlockIncludingVictim", func(t *testing.T) {
		_, err := e.submit(a, refBefore, beforeIn.Params)
		wantRevert(t, err, "StaleReferenceBlock")
	})

	t.Run("FreshReferenceBlockIncludingVictim", func(t *testing.T) {
		ref := e.refBlock()
		all := e.sign(a, ops...)
		// The builder will not put an operator that is not registered at ref in an aggregate.
		if _, err := chainio.BuildCheckSignaturesInput(e.ctx, e.reader, chainio.CheckSignaturesRequest{
			QuorumNumbers: e.d.QuorumNumbers, ReferenceBlock: ref, Operators: e.d.OperatorKeys(), Signers: all,
		}); err == nil {
			t.Fatal("aggregate including the ejected operator was built")
		}
		// Forced in by hand, its signature breaks the aggregate.
		in := e.aggregate(ref, all[1:])
		in.Params.Sigma = chainio.G1FromBLS(chainio.G1ToBLS(in.Params.Sigma).Add(all[0].Signature.G1Point))
		in.Params.ApkG2 = chainio.G2FromBLS(chainio.G2ToBLS(in.Params.ApkG2).Add(all[0].G2))
		_, err := e.submit(a, ref, in.Params)
		wantRevert(t, err, "InvalidBLSSignature")
	})

	t.Run("RemainingOperatorsSucceed", func(t *testing.T) {
		ref := e.refBlock()
		in := e.aggregate(ref, e.sign(a, honest...))
		if len(in.NonSigners) != 0 {
			t.Fatalf("non-signers %x after ejection", in.NonSigners)
		}
		e.mustSubmit(a, ref, in.Params)
	})

	t.Run("ReplayEvidence", func(t *testing.T) {
		_, err := e.prove(victim.Address, a, sigA, b, sigB)
		args := wantRevert(t, err, "AlreadySlashed")
		if args[0].(common.Address) != victim.Address || args[1].(uint64) != 2 {
			t.Fatalf("AlreadySlashed%v", args)
		}
	})

	t.Run("SignatureByAnotherKey", func(t *testing.T) {
		accused, signer := honest[0], honest[1]
		c := commitment.Checkpoint{Number: 3, StartHeight: 21, EndHeight: 30, Root: root("checkpoint 3")}
		d := c
		d.Root = root("checkpoint 3, conflicting")
		_, err := e.prove(accused.Address, c, e.sign(c, signer)[0], d, e.sign(d, accused)[0])
		args := wantRevert(t, err, "InvalidOperatorSignature")
		if args[0].(common.Address) != accused.Address || args[1].([32]byte) != e.digest(c) {
			t.Fatalf("InvalidOperatorSignature%v", args)
		}
	})

	t.Run("SameDigestTwice", func(t *testing.T) {
		accused := honest[0]
		c := commitment.Checkpoint{Number: 3, StartHeight: 21, EndHeight: 30, Root: root("checkpoint 3")}
		sig := e.sign(c, accused)[0]
		_, err := e.prove(accused.Address, c, sig, c, sig)
		args := wantRevert(t, err, "NotConflicting")
		if args[0].([32]byte) != e.digest(c) {
			t.Fatalf("NotConflicting%v", args)
		}
	})

	t.Run("DifferentNumbers", func(t *testing.T) {
		accused := honest[0]
		c := commitment.Checkpoint{Number: 3, StartHeight: 21, EndHeight: 30, Root: root("checkpoint 3")}
		d := commitment.Checkpoint{Number: 4, StartHeight: 31, EndHeight: 40, Root: root("checkpoint 4")}
		_, err := e.prove(accused.Address, c, e.sign(c, accused)[0], d, e.sign(d, accused)[0])
		wantRevert(t, err, "CheckpointNumberMismatch")
	})
}

func (e *env) prove(operator common.Address, a commitment.Checkpoint, sigA chainio.OperatorSignature, b commitment.Checkpoint, sigB chainio.OperatorSignature) (*types.Receipt, error) {
	g1 := func(s chainio.OperatorSignature) equivocationslasher.BN254TypesG1Point {
		p := chainio.G1FromBLS(s.Signature.G1Point)
		return equivocationslasher.BN254TypesG1Point{X: p.X, Y: p.Y}
	}
	cp := func(c commitment.Checkpoint) equivocationslasher.ICheckpointRegistryTypesCheckpoint {
		return equivocationslasher.ICheckpointRegistryTypesCheckpoint{Number: c.Number, StartHeight: c.StartHeight, EndHeight: c.EndHeight, Root: c.Root}
	}
	return e.reporter.Transact(e.ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.b.EquivocationSlasher.ProveEquivocation(o, operator, cp(a), g1(sigA), cp(b), g1(sigB))
	})
}

func (e *env) slashedEvent(r *types.Receipt) *equivocationslasher.EquivocationSlasherEquivocationSlashed {
	e.t.Helper()
	for _, l := range r.Logs {
		if l.Address != e.d.Contracts.EquivocationSlasher {
			continue
		}
		if ev, err := e.b.EquivocationSlasher.ParseEquivocationSlashed(*l); err == nil {
			return ev
		}
	}
	e.t.Fatal("no EquivocationSlashed event")
	return nil
}

func (e *env) maxMagnitude(op, strategy common.Address) uint64 {
	e.t.Helper()
	m, err := e.b.AllocationManager.GetMaxMagnitude(e.call(), op, strategy)
	if err != nil {
		e.t.Fatal(err)
	}
	return m
}

func (e *env) operatorShares(op, strategy common.Address) *big.Int {
	e.t.Helper()
	s, err := e.b.DelegationManager.OperatorShares(e.call(), op, strategy)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

func (e *env) totalStake() *big.Int {
	e.t.Helper()
	s, err := e.b.StakeRegistry.GetCurrentTotalStake(e.call(), anvil.QuorumNumber)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

// mulDivWad is x * wad / 1e18, rounded down.
func mulDivWad(x, wad *big.Int) *big.Int {
	z := new(big.Int).Mul(x, wad)
	return z.Quo(z, big.NewInt(1e18))
}
