// Package tests holds Lockstep's end-to-end tests: a real anvil, the real EigenLayer core and
// middleware, Lockstep's contracts, and BLS-signing operators. No mocks, no fixed sleeps.
package tests

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/deployment"
)

// env is one devnet with the handles the tests use.
type env struct {
	t   *testing.T
	ctx context.Context
	dn  *anvil.Devnet
	d   *deployment.Deployment
	b   *deployment.Bindings
	// aggregator submits checkpoints (anvil account 1); reporter proves equivocations (account 2).
	aggregator *chainio.Transactor
	reporter   *chainio.Transactor
	reader     chainio.SignatureCheckReader
}

func newEnv(t *testing.T, cfg anvil.Config) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	start := time.Now()
	dn, err := anvil.Start(ctx, cfg)
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(func() {
		if err := dn.Close(); err != nil {
			t.Errorf("close devnet: %v", err)
		}
	})
	t.Logf("devnet with %d operators up in %s", len(dn.Deployment.Operators), time.Since(start).Round(time.Millisecond))
	b, err := dn.Deployment.Bindings(dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	reader, err := dn.Deployment.SignatureCheckReader(dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, ctx: ctx, dn: dn, d: dn.Deployment, b: b, reader: reader}
	e.aggregator = e.transactor(1)
	e.reporter = e.transactor(2)
	return e
}

func (e *env) transactor(devAccount int) *chainio.Transactor {
	e.t.Helper()
	k, err := deployment.DevKey(devAccount)
	if err != nil {
		e.t.Fatal(err)
	}
	tr, err := chainio.NewTransactor(e.ctx, e.dn.Client, k)
	if err != nil {
		e.t.Fatal(err)
	}
	return tr
}

func (e *env) call() *bind.CallOpts { return &bind.CallOpts{Context: e.ctx} }

// refBlock mines a block and returns the one before it: a reference block the next
// transaction (mined in a later block) and eth_call / gas estimation (run on top of the head)
// both see as in the past.
func (e *env) refBlock() uint32 {
	e.t.Helper()
	if err := e.dn.Mine(e.ctx, 1); err != nil {
		e.t.Fatal(err)
	}
	head, err := e.dn.Client.BlockNumber(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return uint32(head - 1)
}

// digest is the checkpoint's signed digest, computed in Go and checked against the contract.
func (e *env) digest(cp commitment.Checkpoint) common.Hash {
	e.t.Helper()
	want := commitment.CheckpointDigest(e.d.ChainID, e.d.Contracts.CheckpointRegistry, cp)
	got, err := e.b.CheckpointRegistry.CheckpointDigest(e.call(), toBinding(cp))
	if err != nil {
		e.t.Fatal(err)
	}
	if common.Hash(got) != want {
		e.t.Fatalf("checkpoint %d: contract digest %x, Go digest %x", cp.Number, got, want)
	}
	return want
}

// sign has ops sign cp's digest.
func (e *env) sign(cp commitment.Checkpoint, ops ...*deployment.Operator) []chainio.OperatorSignature {
	e.t.Helper()
	return signDigest(e.t, e.digest(cp), ops...)
}

func signDigest(t *testing.T, digest common.Hash, ops ...*deployment.Operator) []chainio.OperatorSignature {
	t.Helper()
	sigs := make([]chainio.OperatorSignature, len(ops))
	for i, op := range ops {
		s, err := op.Sign(digest)
		if err != nil {
			t.Fatal(err)
		}
		sigs[i] = s
	}
	return sigs
}

// aggregate builds the checkSignatures argument for signers at ref.
func (e *env) aggregate(ref uint32, signers []chainio.OperatorSignature) *chainio.CheckSignaturesInput {
	e.t.Helper()
	in, err := chainio.BuildCheckSignaturesInput(e.ctx, e.reader, chainio.CheckSignaturesRequest{
		QuorumNumbers:  e.d.QuorumNumbers,
		ReferenceBlock: ref,
		Operators:      e.d.OperatorKeys(),
		Signers:        signers,
	})
	if err != nil {
		e.t.Fatalf("aggregate at block %d: %v", ref, err)
	}
	return in
}

// submit sends submitCheckpoint from the aggregator and waits for it. A revert is usually
// refused at gas estimation, with the revert data in the error.
func (e *env) submit(cp commitment.Checkpoint, ref uint32, sig chainio.NonSignerStakesAndSignature) (*types.Receipt, error) {
	return e.aggregator.Transact(e.ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.b.CheckpointRegistry.SubmitCheckpoint(o, toBinding(cp), ref, sig)
	})
}

// mustSubmit submits and fails the test unless the checkpoint is stored.
func (e *env) mustSubmit(cp commitment.Checkpoint, ref uint32, sig chainio.NonSignerStakesAndSignature) *types.Receipt {
	e.t.Helper()
	r, err := e.submit(cp, ref, sig)
	if err != nil {
		e.t.Fatalf("submit checkpoint %d: %s", cp.Number, chainio.FormatRevert(err))
	}
	return r
}

// wantRevert asserts err is a revert with the named custom error and returns its arguments.
func wantRevert(t *testing.T, err error, name string) []any {
	t.Helper()
	if err == nil {
		t.Fatalf("want revert %s, got success", name)
	}
	got, args, ok := chainio.DecodeRevert(err)
	if !ok {
		t.Fatalf("want revert %s, got undecodable error: %v", name, err)
	}
	if got != name {
		t.Fatalf("want revert %s, got %s%v", name, got, args)
	}
	return args
}

func toBinding(cp commitment.Checkpoint) checkpointregistry.ICheckpointRegistryTypesCheckpoint {
	return checkpointregistry.ICheckpointRegistryTypesCheckpoint{
		Number: cp.Number, StartHeight: cp.StartHeight, EndHeight: cp.EndHeight, Root: cp.Root,
	}
}

func root(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }

func mulStake(stake *big.Int, n int64) *big.Int { return new(big.Int).Mul(stake, big.NewInt(n)) }
