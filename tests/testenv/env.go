// Package testenv is the L1 side that Lockstep's integration and end-to-end tests share: a
// devnet (anvil with EigenLayer and Lockstep deployed) with its bindings, transactors for the
// aggregator and a reporter, signing and aggregation of checkpoints, equivocation proofs, a
// miner that keeps L1 moving, and an in-process aggregator with guarded operator signers and
// the L1 checks of what it settled.
package testenv

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/anvil/anviltest"
	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/bindings/equivocationslasher"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// Env is one devnet with the handles the tests use.
type Env struct {
	T   testing.TB
	Ctx context.Context
	DN  *anvil.Devnet
	D   *deployment.Deployment
	B   *deployment.Bindings
	// Aggregator submits checkpoints (anvil account 1); Reporter proves equivocations (account 2).
	Aggregator *chainio.Transactor
	Reporter   *chainio.Transactor
	Reader     chainio.SignatureCheckReader
}

// New starts a devnet with cfg for the test and the transactors of anvil accounts 1 (aggregator)
// and 2 (reporter); it skips under -short.
func New(t testing.TB, cfg anvil.Config) *Env {
	t.Helper()
	testutil.SkipShort(t)
	ctx, dn, b := anviltest.Start(t, cfg)
	reader, err := dn.Deployment.SignatureCheckReader(dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	e := &Env{T: t, Ctx: ctx, DN: dn, D: dn.Deployment, B: b, Reader: reader}
	e.Aggregator = e.Transactor(1)
	e.Reporter = e.Transactor(2)
	return e
}

func (e *Env) Transactor(devAccount int) *chainio.Transactor {
	e.T.Helper()
	k, err := deployment.DevKey(devAccount)
	if err != nil {
		e.T.Fatal(err)
	}
	tr, err := chainio.NewTransactor(e.Ctx, e.DN.Client, k)
	if err != nil {
		e.T.Fatal(err)
	}
	return tr
}

func (e *Env) Call() *bind.CallOpts { return &bind.CallOpts{Context: e.Ctx} }

// refBlock mines a block and returns the one before it: a reference block the next
// transaction (mined in a later block) and eth_call / gas estimation (run on top of the head)
// both see as in the past.
func (e *Env) RefBlock() uint32 {
	e.T.Helper()
	if err := e.DN.Mine(e.Ctx, 1); err != nil {
		e.T.Fatal(err)
	}
	head, err := e.DN.Client.BlockNumber(e.Ctx)
	if err != nil {
		e.T.Fatal(err)
	}
	return uint32(head - 1)
}

// digest is the checkpoint's signed digest, computed in Go and checked against the contract.
func (e *Env) Digest(cp commitment.Checkpoint) common.Hash {
	e.T.Helper()
	want := commitment.CheckpointDigest(e.D.ChainID, e.D.Contracts.CheckpointRegistry, cp)
	got, err := e.B.CheckpointRegistry.CheckpointDigest(e.Call(), ToBinding(cp))
	if err != nil {
		e.T.Fatal(err)
	}
	if common.Hash(got) != want {
		e.T.Fatalf("checkpoint %d: contract digest %x, Go digest %x", cp.Number, got, want)
	}
	return want
}

// sign has ops sign cp's digest.
func (e *Env) Sign(cp commitment.Checkpoint, ops ...*deployment.Operator) []chainio.OperatorSignature {
	e.T.Helper()
	return SignDigest(e.T, e.Digest(cp), ops...)
}

func SignDigest(t testing.TB, digest common.Hash, ops ...*deployment.Operator) []chainio.OperatorSignature {
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
func (e *Env) Aggregate(ref uint32, signers []chainio.OperatorSignature) *chainio.CheckSignaturesInput {
	e.T.Helper()
	in, err := chainio.BuildCheckSignaturesInput(e.Ctx, e.Reader, chainio.CheckSignaturesRequest{
		QuorumNumbers:  e.D.QuorumNumbers,
		ReferenceBlock: ref,
		Operators:      e.D.OperatorKeys(),
		Signers:        signers,
	})
	if err != nil {
		e.T.Fatalf("aggregate at block %d: %v", ref, err)
	}
	return in
}

// submit sends submitCheckpoint from the aggregator and waits for it. A revert is usually
// refused at gas estimation, with the revert data in the error.
func (e *Env) Submit(cp commitment.Checkpoint, ref uint32, sig chainio.NonSignerStakesAndSignature) (*types.Receipt, error) {
	return e.Aggregator.Transact(e.Ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.B.CheckpointRegistry.SubmitCheckpoint(o, ToBinding(cp), ref, sig)
	})
}

// mustSubmit submits and fails the test unless the checkpoint is stored.
func (e *Env) MustSubmit(cp commitment.Checkpoint, ref uint32, sig chainio.NonSignerStakesAndSignature) *types.Receipt {
	e.T.Helper()
	r, err := e.Submit(cp, ref, sig)
	if err != nil {
		e.T.Fatalf("submit checkpoint %d: %s", cp.Number, chainio.FormatRevert(err))
	}
	return r
}

// WantRevert asserts err is a revert with the named custom error and returns its arguments.
func WantRevert(t testing.TB, err error, name string) []any {
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

func ToBinding(cp commitment.Checkpoint) checkpointregistry.ICheckpointRegistryTypesCheckpoint {
	return checkpointregistry.ICheckpointRegistryTypesCheckpoint{
		Number: cp.Number, StartHeight: cp.StartHeight, EndHeight: cp.EndHeight, Root: cp.Root,
		L1Origin: cp.L1Origin, ForcedCount: cp.ForcedCount, ForcedAcc: cp.ForcedAcc,
	}
}

func Root(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }

func MulStake(stake *big.Int, n int64) *big.Int { return new(big.Int).Mul(stake, big.NewInt(n)) }

func (e *Env) Prove(operator common.Address, a commitment.Checkpoint, sigA chainio.OperatorSignature, b commitment.Checkpoint, sigB chainio.OperatorSignature) (*types.Receipt, error) {
	g1 := func(s chainio.OperatorSignature) equivocationslasher.BN254TypesG1Point {
		p := chainio.G1FromBLS(s.Signature.G1Point)
		return equivocationslasher.BN254TypesG1Point{X: p.X, Y: p.Y}
	}
	cp := func(c commitment.Checkpoint) equivocationslasher.ICheckpointRegistryTypesCheckpoint {
		return equivocationslasher.ICheckpointRegistryTypesCheckpoint{
			Number: c.Number, StartHeight: c.StartHeight, EndHeight: c.EndHeight, Root: c.Root,
			L1Origin: c.L1Origin, ForcedCount: c.ForcedCount, ForcedAcc: c.ForcedAcc,
		}
	}
	return e.Reporter.Transact(e.Ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.B.EquivocationSlasher.ProveEquivocation(o, operator, cp(a), g1(sigA), cp(b), g1(sigB))
	})
}

func (e *Env) SlashedEvent(r *types.Receipt) *equivocationslasher.EquivocationSlasherEquivocationSlashed {
	e.T.Helper()
	for _, l := range r.Logs {
		if l.Address != e.D.Contracts.EquivocationSlasher {
			continue
		}
		if ev, err := e.B.EquivocationSlasher.ParseEquivocationSlashed(*l); err == nil {
			return ev
		}
	}
	e.T.Fatal("no EquivocationSlashed event")
	return nil
}

func (e *Env) MaxMagnitude(op, strategy common.Address) uint64 {
	e.T.Helper()
	m, err := e.B.AllocationManager.GetMaxMagnitude(e.Call(), op, strategy)
	if err != nil {
		e.T.Fatal(err)
	}
	return m
}

func (e *Env) OperatorShares(op, strategy common.Address) *big.Int {
	e.T.Helper()
	s, err := e.B.DelegationManager.OperatorShares(e.Call(), op, strategy)
	if err != nil {
		e.T.Fatal(err)
	}
	return s
}

func (e *Env) TotalStake() *big.Int {
	e.T.Helper()
	s, err := e.B.StakeRegistry.GetCurrentTotalStake(e.Call(), anvil.QuorumNumber)
	if err != nil {
		e.T.Fatal(err)
	}
	return s
}

// MulDivWad is x * wad / 1e18, rounded down.
func MulDivWad(x, wad *big.Int) *big.Int {
	z := new(big.Int).Mul(x, wad)
	return z.Quo(z, big.NewInt(1e18))
}

// Addresses maps a devnet deployment to the aggregator's address set.
func Addresses(d *deployment.Deployment) avs.Addresses {
	c := d.Contracts
	return avs.Addresses{
		RegistryCoordinator: c.RegistryCoordinator, OperatorStateRetriever: c.OperatorStateRetriever,
		BLSApkRegistry: c.BLSApkRegistry, SocketRegistry: c.SocketRegistry,
		CheckpointRegistry: c.CheckpointRegistry, EquivocationSlasher: c.EquivocationSlasher,
	}
}

// Miner makes L1 produce a block every interval, as a real L1 would, so that reference
// blocks keep moving. It sends a 0-value transaction from anvil account 9 (automine mines it)
// rather than calling anvil_mine: anvil_mine racing automined transactions made eth_call
// answer from an older state now and then (seen under load: a checkpoint number read as
// stored, then the checkpoint itself not found). pause(true) stops it (outage tests).
type Miner struct {
	stop   chan struct{}
	wg     sync.WaitGroup
	paused chan bool
}

func StartMiner(t testing.TB, e *Env, interval time.Duration) *Miner {
	t.Helper()
	key, _ := deployment.DevKey(9)
	tr, err := chainio.NewTransactor(e.Ctx, e.DN.Client, key)
	if err != nil {
		t.Fatal(err)
	}
	self := tr.Address()
	m := &Miner{stop: make(chan struct{}), paused: make(chan bool)}
	m.wg.Add(1)
	go func() {
		defer m.wg.Done()
		tk := time.NewTicker(interval)
		defer tk.Stop()
		paused := false
		for {
			select {
			case <-m.stop:
				return
			case p := <-m.paused:
				paused = p
			case <-tk.C:
				if paused {
					continue
				}
				_, _ = tr.Send(e.Ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
					return types.NewTx(&types.DynamicFeeTx{Nonce: o.Nonce.Uint64(), To: &self, Gas: 21000,
						GasFeeCap: big.NewInt(100e9), GasTipCap: big.NewInt(1e9)}), nil
				})
			}
		}
	}()
	t.Cleanup(func() { close(m.stop); m.wg.Wait() })
	return m
}

func (m *Miner) Pause(p bool) { m.paused <- p }
