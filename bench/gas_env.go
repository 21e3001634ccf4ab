package bench

// The measurements behind RunGas: a devnet with operators added as needed, checkpoints signed,
// aggregated and submitted, and the slashing and proof-verification calls, each read from its
// receipt.

import (
	"context"
	"fmt"
	"math/big"

	sdk_sm "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockAvsServiceManager"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/bench/internal/forgeart"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/bindings/equivocationslasher"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/deployment"
)

// gasEnv is a devnet with the handles the gas benchmark uses.
type gasEnv struct {
	ctx        context.Context
	dn         *anvil.Devnet
	d          *deployment.Deployment
	b          *deployment.Bindings
	reader     chainio.SignatureCheckReader
	aggregator *chainio.Transactor // submits checkpoints (anvil account 1)
	reporter   *chainio.Transactor // proves equivocations, calls the checker and the harness (account 2)
	checker    *bind.BoundContract // the middleware's BLSSignatureChecker (the service manager)
	next       commitment.Checkpoint
	nextKey    int                     // index of the next operator key to derive
	slashed    map[common.Address]bool // operators ejected by slashOne
}

func newGasEnv(ctx context.Context, dn *anvil.Devnet) (*gasEnv, error) {
	g := &gasEnv{ctx: ctx, dn: dn, d: dn.Deployment, nextKey: len(dn.Deployment.Operators), slashed: map[common.Address]bool{}}
	var err error
	if g.b, err = g.d.Bindings(dn.Client); err != nil {
		return nil, err
	}
	if g.reader, err = g.d.SignatureCheckReader(dn.Client); err != nil {
		return nil, err
	}
	for i, tr := range []**chainio.Transactor{&g.aggregator, &g.reporter} {
		k, err := deployment.DevKey(i + 1)
		if err != nil {
			return nil, err
		}
		if *tr, err = chainio.NewTransactor(ctx, dn.Client, k); err != nil {
			return nil, err
		}
	}
	smABI, err := sdk_sm.ContractMockAvsServiceManagerMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("BLSSignatureChecker ABI: %w", err)
	}
	g.checker = bind.NewBoundContract(g.d.Contracts.SignatureChecker, *smABI, dn.Client, dn.Client, dn.Client)
	g.next = commitment.Checkpoint{Number: 1, StartHeight: 1, EndHeight: proofHeights}
	return g, nil
}

// registered lists the operators still registered, in registration order.
func (g *gasEnv) registered() []*deployment.Operator {
	var out []*deployment.Operator
	for _, o := range g.d.Operators {
		if !g.slashed[o.Address] {
			out = append(out, o)
		}
	}
	return out
}

// addOperators derives, funds and registers n more operators (in one parallel batch) with the
// smaller stake, then mines a block so that a reference block after the registrations exists.
func (g *gasEnv) addOperators(n int) error {
	cfgs := make([]deployment.OperatorConfig, n)
	for i := range cfgs {
		ek, bk := anvil.OperatorKeys(anvil.DefaultSeed, g.nextKey+i)
		fund := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
		if err := g.dn.Node.SetBalance(g.ctx, crypto.PubkeyToAddress(ek.PublicKey), fund); err != nil {
			return fmt.Errorf("gas: fund operator: %w", err)
		}
		cfgs[i] = deployment.OperatorConfig{ECDSAKey: ek, BLSKey: bk, Stake: gasSmallStake, Socket: fmt.Sprintf("bench-operator-%d", g.nextKey+i)}
	}
	if _, err := g.d.RegisterOperators(g.ctx, g.dn.Client, cfgs); err != nil {
		return fmt.Errorf("gas: register %d operators: %w", n, err)
	}
	g.nextKey += n
	return g.dn.Mine(g.ctx, 1)
}

// refBlock mines a block and returns the one before it: mined, so the next transaction (in a
// later block) sees it in the past.
func (g *gasEnv) refBlock() (uint32, error) {
	if err := g.dn.Mine(g.ctx, 1); err != nil {
		return 0, err
	}
	head, err := g.dn.Client.BlockNumber(g.ctx)
	if err != nil {
		return 0, err
	}
	return uint32(head - 1), nil
}

// sign has ops sign cp's digest for the deployment's registry.
func (g *gasEnv) sign(cp commitment.Checkpoint, ops []*deployment.Operator) ([]chainio.OperatorSignature, error) {
	return g.signFor(g.d.Contracts.CheckpointRegistry, cp, ops)
}

// signFor has ops sign cp's digest for the registry at reg (the digest names the registry).
func (g *gasEnv) signFor(reg common.Address, cp commitment.Checkpoint, ops []*deployment.Operator) ([]chainio.OperatorSignature, error) {
	digest := commitment.CheckpointDigest(g.d.ChainID, reg, cp)
	sigs := make([]chainio.OperatorSignature, len(ops))
	for i, o := range ops {
		s, err := o.Sign(digest)
		if err != nil {
			return nil, err
		}
		sigs[i] = s
	}
	return sigs, nil
}

// aggregate signs cp by signers and builds the checkSignatures input at a fresh reference block.
func (g *gasEnv) aggregate(cp commitment.Checkpoint, signers []*deployment.Operator) (uint32, *chainio.CheckSignaturesInput, error) {
	return g.aggregateFor(g.d.Contracts.CheckpointRegistry, cp, signers)
}

// aggregateFor is aggregate for the registry at reg.
func (g *gasEnv) aggregateFor(reg common.Address, cp commitment.Checkpoint, signers []*deployment.Operator) (uint32, *chainio.CheckSignaturesInput, error) {
	ref, err := g.refBlock()
	if err != nil {
		return 0, nil, err
	}
	sigs, err := g.signFor(reg, cp, signers)
	if err != nil {
		return 0, nil, err
	}
	in, err := chainio.BuildCheckSignaturesInput(g.ctx, g.reader, chainio.CheckSignaturesRequest{
		QuorumNumbers: g.d.QuorumNumbers, ReferenceBlock: ref, Operators: g.d.OperatorKeys(), Signers: sigs,
	})
	if err != nil {
		return 0, nil, fmt.Errorf("aggregate checkpoint %d at block %d: %w", cp.Number, ref, err)
	}
	return ref, in, nil
}

func (g *gasEnv) submit(cp commitment.Checkpoint, ref uint32, in *chainio.CheckSignaturesInput) (*types.Receipt, error) {
	return g.submitTo(g.b.CheckpointRegistry, cp, ref, in)
}

// submitTo submits cp to reg from the aggregator's account.
func (g *gasEnv) submitTo(reg *checkpointregistry.CheckpointRegistry, cp commitment.Checkpoint, ref uint32, in *chainio.CheckSignaturesInput) (*types.Receipt, error) {
	r, err := g.aggregator.Transact(g.ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return reg.SubmitCheckpoint(o, checkpointregistry.ICheckpointRegistryTypesCheckpoint{
			Number: cp.Number, StartHeight: cp.StartHeight, EndHeight: cp.EndHeight, Root: cp.Root,
			L1Origin: cp.L1Origin, ForcedCount: cp.ForcedCount, ForcedAcc: cp.ForcedAcc,
		}, ref, in.Params)
	})
	if err != nil {
		return nil, fmt.Errorf("submit checkpoint %d: %s", cp.Number, chainio.FormatRevert(err))
	}
	return r, nil
}

// submitAll stores cp signed by every registered operator and advances to the next checkpoint.
func (g *gasEnv) submitAll(cp commitment.Checkpoint) (*types.Receipt, error) {
	ref, in, err := g.aggregate(cp, g.registered())
	if err != nil {
		return nil, err
	}
	r, err := g.submit(cp, ref, in)
	if err != nil {
		return nil, err
	}
	g.advance(cp)
	return r, nil
}

// advance makes the next checkpoint follow stored: the next heights, the same L1 origin and
// forced cursor (neither may go backwards; no new inbox entries).
func (g *gasEnv) advance(stored commitment.Checkpoint) {
	g.next = nextCheckpoint(stored)
}

func nextCheckpoint(stored commitment.Checkpoint) commitment.Checkpoint {
	return commitment.Checkpoint{Number: stored.Number + 1, StartHeight: stored.EndHeight + 1, EndHeight: stored.EndHeight + proofHeights,
		L1Origin: stored.L1Origin, ForcedCount: stored.ForcedCount, ForcedAcc: stored.ForcedAcc}
}

// measureSubmit stores the next checkpoint with k non-signers among n registered operators,
// and sends the same aggregate to checkSignatures alone.
func (g *gasEnv) measureSubmit(n, k int) (SubmitGas, error) {
	row := SubmitGas{Operators: n, NonSigners: k}
	ops := g.registered()
	if len(ops) != n {
		return row, fmt.Errorf("gas: %d operators registered, want %d", len(ops), n)
	}
	if k >= n {
		row.NA = fmt.Sprintf("only %d operators", n)
		return row, nil
	}
	cp := g.next
	// A root whose digest BN254.hashToG1 maps on its first try, so that rows differ only by
	// operators and non-signers (hashToG1ExtraTry measures what a further try costs).
	for i := 0; ; i++ {
		cp.Root = crypto.Keccak256Hash([]byte(fmt.Sprintf("bench checkpoint %d/%d", cp.Number, i)))
		if hashToG1Tries(commitment.CheckpointDigest(g.d.ChainID, g.d.Contracts.CheckpointRegistry, cp)) == 1 {
			break
		}
	}
	ref, in, err := g.aggregate(cp, ops[:n-k])
	if err != nil {
		return row, err
	}
	if len(in.NonSigners) != k {
		return row, fmt.Errorf("gas: %d non-signers in the aggregate, want %d", len(in.NonSigners), k)
	}
	row.SignedBips = new(big.Int).Div(new(big.Int).Mul(in.SignedStake[0], big.NewInt(10_000)), in.TotalStake[0]).Uint64()
	if !in.MeetsThreshold(g.d.Params.ThresholdBips) {
		row.NA = fmt.Sprintf("signed stake %.2f%% below the %.2f%% threshold", float64(row.SignedBips)/100, float64(g.d.Params.ThresholdBips)/100)
		return row, nil
	}
	r, err := g.submit(cp, ref, in)
	if err != nil {
		return row, err
	}
	g.advance(cp)
	row.SubmitCheckpoint = r.GasUsed

	digest := commitment.CheckpointDigest(g.d.ChainID, g.d.Contracts.CheckpointRegistry, cp)
	if row.CheckSignatures, err = g.checkSignatures(digest, ref, in); err != nil {
		return row, err
	}
	return row, nil
}

// checkSignatures sends a transaction calling only the middleware's checkSignatures and
// returns its gas.
func (g *gasEnv) checkSignatures(digest [32]byte, ref uint32, in *chainio.CheckSignaturesInput) (uint64, error) {
	r, err := g.reporter.Transact(g.ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return g.checker.Transact(o, "checkSignatures", digest, []byte(g.d.QuorumNumbers), ref, toCheckerParams(in.Params))
	})
	if err != nil {
		return 0, fmt.Errorf("gas: checkSignatures alone: %s", chainio.FormatRevert(err))
	}
	return r.GasUsed, nil
}

// hashToG1ExtraTry measures the gas of one more try in BN254.hashToG1: checkSignatures by
// every registered operator over a digest that needs two tries, minus the same over one that
// needs one.
func (g *gasEnv) hashToG1ExtraTry() (uint64, error) {
	gasFor := func(tries int) (uint64, error) {
		var digest common.Hash
		for i := 0; ; i++ {
			digest = crypto.Keccak256Hash([]byte(fmt.Sprintf("bench hashToG1 %d/%d", tries, i)))
			if hashToG1Tries(digest) == tries {
				break
			}
		}
		ref, err := g.refBlock()
		if err != nil {
			return 0, err
		}
		ops := g.registered()
		sigs := make([]chainio.OperatorSignature, len(ops))
		for i, o := range ops {
			if sigs[i], err = o.Sign(digest); err != nil {
				return 0, err
			}
		}
		in, err := chainio.BuildCheckSignaturesInput(g.ctx, g.reader, chainio.CheckSignaturesRequest{
			QuorumNumbers: g.d.QuorumNumbers, ReferenceBlock: ref, Operators: g.d.OperatorKeys(), Signers: sigs,
		})
		if err != nil {
			return 0, fmt.Errorf("gas: aggregate over a raw digest: %w", err)
		}
		return g.checkSignatures(digest, ref, in)
	}
	one, err := gasFor(1)
	if err != nil {
		return 0, err
	}
	two, err := gasFor(2)
	if err != nil {
		return 0, err
	}
	if two < one {
		return 0, fmt.Errorf("gas: checkSignatures cost %d with two hashToG1 tries, %d with one", two, one)
	}
	return two - one, nil
}

// hashToG1Tries is how many x values BN254.hashToG1 (try-and-increment, the middleware's hash
// of the message to G1) tries for digest: 1 if x = digest mod p is on the curve, 2 if x+1 is,
// ... Each further try costs another modular square root on chain, so it is part of why
// checkSignatures' gas depends on the digest.
func hashToG1Tries(digest [32]byte) int {
	var x, rhs, one, three fp.Element
	one.SetOne()
	three.SetUint64(3)
	x.SetBytes(digest[:])
	for tries := 1; ; tries++ {
		rhs.Square(&x).Mul(&rhs, &x).Add(&rhs, &three)
		if rhs.Legendre() >= 0 {
			return tries
		}
		x.Add(&x, &one)
	}
}

// toCheckerParams converts the registry binding's aggregate to the middleware binding's type
// (the same ABI tuple).
func toCheckerParams(p chainio.NonSignerStakesAndSignature) sdk_sm.IBLSSignatureCheckerTypesNonSignerStakesAndSignature {
	g1 := func(q chainio.G1Point) sdk_sm.BN254G1Point { return sdk_sm.BN254G1Point{X: q.X, Y: q.Y} }
	out := sdk_sm.IBLSSignatureCheckerTypesNonSignerStakesAndSignature{
		NonSignerQuorumBitmapIndices: p.NonSignerQuorumBitmapIndices,
		ApkG2:                        sdk_sm.BN254G2Point{X: p.ApkG2.X, Y: p.ApkG2.Y},
		Sigma:                        g1(p.Sigma),
		QuorumApkIndices:             p.QuorumApkIndices,
		TotalStakeIndices:            p.TotalStakeIndices,
		NonSignerStakeIndices:        p.NonSignerStakeIndices,
	}
	for _, q := range p.NonSignerPubkeys {
		out.NonSignerPubkeys = append(out.NonSignerPubkeys, g1(q))
	}
	for _, q := range p.QuorumApks {
		out.QuorumApks = append(out.QuorumApks, g1(q))
	}
	return out
}

// slashOne has the first registered operator sign two conflicting versions of a future
// checkpoint and proves it: slashed, ejected.
func (g *gasEnv) slashOne() (uint64, error) {
	victim := g.registered()[0]
	// Roots whose digests hashToG1 maps on the first try, like the measured checkpoints'.
	version := func(label string) commitment.Checkpoint {
		c := commitment.Checkpoint{Number: g.next.Number + 1000, StartHeight: 1, EndHeight: 2}
		for i := 0; ; i++ {
			c.Root = crypto.Keccak256Hash([]byte(fmt.Sprintf("%s %d", label, i)))
			if hashToG1Tries(commitment.CheckpointDigest(g.d.ChainID, g.d.Contracts.CheckpointRegistry, c)) == 1 {
				return c
			}
		}
	}
	a, b := version("honest"), version("conflicting")
	sa, err := g.sign(a, []*deployment.Operator{victim})
	if err != nil {
		return 0, err
	}
	sb, err := g.sign(b, []*deployment.Operator{victim})
	if err != nil {
		return 0, err
	}
	cp := func(c commitment.Checkpoint) equivocationslasher.ICheckpointRegistryTypesCheckpoint {
		return equivocationslasher.ICheckpointRegistryTypesCheckpoint{
			Number: c.Number, StartHeight: c.StartHeight, EndHeight: c.EndHeight, Root: c.Root,
			L1Origin: c.L1Origin, ForcedCount: c.ForcedCount, ForcedAcc: c.ForcedAcc,
		}
	}
	sig := func(s chainio.OperatorSignature) equivocationslasher.BN254TypesG1Point {
		p := chainio.G1FromBLS(s.Signature.G1Point)
		return equivocationslasher.BN254TypesG1Point{X: p.X, Y: p.Y}
	}
	r, err := g.reporter.Transact(g.ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return g.b.EquivocationSlasher.ProveEquivocation(o, victim.Address, cp(a), sig(sa[0]), cp(b), sig(sb[0]))
	})
	if err != nil {
		return 0, fmt.Errorf("gas: proveEquivocation: %s", chainio.FormatRevert(err))
	}
	g.slashed[victim.Address] = true
	return r.GasUsed, nil
}

// proofChain is a checkpoint built with the commitment package, with what the proofs need.
type proofChain struct {
	checkpoint commitment.Checkpoint
	batch      commitment.BatchProof // a batch in the middle of the checkpoint
	tx         commitment.TxProof    // a transaction of that batch
}

// buildProofChain builds checkpoint number over heights 1..proofHeights: every block has
// proofRollups batches of proofTxs transactions (hashes derived, not real payloads).
func buildProofChain(number uint64) proofChain {
	const height, rollupIdx, txIdx = 17, 5, 37
	roots := make([]common.Hash, proofHeights)
	var pc proofChain
	for h := range proofHeights {
		headers := make([]commitment.BatchHeader, proofRollups)
		var hashes []common.Hash
		for r := range proofRollups {
			hs := make([]common.Hash, proofTxs)
			for i := range hs {
				hs[i] = crypto.Keccak256Hash([]byte(fmt.Sprintf("tx %d/%d/%d", h, r, i)))
			}
			headers[r] = commitment.BatchHeader{RollupID: uint64(901 + r), Root: commitment.BatchRoot(hs), TxCount: proofTxs}
			if h+1 == height && r == rollupIdx {
				hashes = hs
			}
		}
		tree, err := commitment.BlockTree(headers)
		if err != nil {
			panic(err) // sorted, distinct rollup IDs: cannot fail
		}
		meta := commitment.BlockMeta{TimeMs: 1_764_000_000_000 + uint64(h)*250, L1Origin: commitment.L1Ref{Number: 1000 + uint64(h)}, ForcedCount: uint64(h)}
		roots[h], _ = commitment.BlockRoot(meta, headers)
		if h+1 == height {
			proof, _ := tree.Proof(rollupIdx)
			pc.batch = commitment.BatchProof{Batch: headers[rollupIdx], Height: height, RollupIndex: rollupIdx, RollupCount: proofRollups, Meta: meta, BlockRoot: roots[h], BlockProof: proof}
			txProof, _ := commitment.BatchTree(hashes).Proof(txIdx)
			pc.tx = commitment.TxProof{TxHash: hashes[txIdx], Index: txIdx, Proof: txProof}
		}
	}
	ct := commitment.CheckpointTree(1, roots)
	pc.checkpoint = commitment.Checkpoint{Number: number, StartHeight: 1, EndHeight: proofHeights, Root: ct.Root()}
	pc.batch.CheckpointProof, _ = ct.Proof(height - 1)
	return pc
}

// harnessBatchProof is LockstepProofs.BatchProof as the ABI packer wants it.
type harnessBatchProof struct {
	RollupId        uint64 // ABI name rollupId: the packer matches fields by name
	Height          uint64
	BatchRoot       [32]byte
	TxCount         uint64
	RollupIndex     *big.Int
	RollupCount     uint64
	Meta            harnessBlockMeta
	BlockRoot       [32]byte
	BlockProof      [][32]byte
	CheckpointProof [][32]byte
}

// harnessBlockMeta is LockstepProofs.BlockMeta as the ABI packer wants it.
type harnessBlockMeta struct {
	TimeMs         uint64
	L1OriginNumber uint64
	L1OriginHash   [32]byte
	ForcedCount    uint64
}

func gasHashes(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}

// measureProofs deploys the harness and measures verifyBatch and verifyTransaction against
// checkpoint pc (already stored).
func (g *gasEnv) measureProofs(h forgeart.Artifact, pc proofChain, res *GasResult) error {
	if err := pc.batch.VerifyCheckpoint(pc.checkpoint); err != nil {
		return fmt.Errorf("gas: the batch proof does not verify off chain: %w", err)
	}
	if err := pc.tx.Verify(pc.batch.Batch); err != nil {
		return fmt.Errorf("gas: the transaction proof does not verify off chain: %w", err)
	}
	r, err := g.reporter.Transact(g.ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := bind.DeployContract(o, h.ABI, h.Bytecode, g.dn.Client)
		return tx, err
	})
	if err != nil {
		return fmt.Errorf("gas: deploy ProofsHarness: %w", err)
	}
	c := bind.NewBoundContract(r.ContractAddress, h.ABI, g.dn.Client, g.dn.Client, g.dn.Client)
	bp := harnessBatchProof{
		RollupId: pc.batch.Batch.RollupID, Height: pc.batch.Height, BatchRoot: pc.batch.Batch.Root, TxCount: pc.batch.Batch.TxCount,
		RollupIndex: new(big.Int).SetUint64(pc.batch.RollupIndex), RollupCount: pc.batch.RollupCount,
		Meta: harnessBlockMeta{
			TimeMs: pc.batch.Meta.TimeMs, L1OriginNumber: pc.batch.Meta.L1Origin.Number,
			L1OriginHash: pc.batch.Meta.L1Origin.Hash, ForcedCount: pc.batch.Meta.ForcedCount,
		},
		BlockRoot:  pc.batch.BlockRoot,
		BlockProof: gasHashes(pc.batch.BlockProof), CheckpointProof: gasHashes(pc.batch.CheckpointProof),
	}
	measure := func(name string, args ...any) (ProofGas, error) {
		var out []any
		if err := c.Call(&bind.CallOpts{Context: g.ctx}, &out, name, args...); err != nil {
			return ProofGas{}, fmt.Errorf("gas: call %s: %w", name, err)
		}
		if ok, _ := out[0].(bool); !ok {
			return ProofGas{}, fmt.Errorf("gas: %s returned false for a valid proof", name)
		}
		r, err := g.reporter.Transact(g.ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return c.Transact(o, name, args...)
		})
		if err != nil {
			return ProofGas{}, fmt.Errorf("gas: %s transaction: %s", name, chainio.FormatRevert(err))
		}
		return ProofGas{Library: out[1].(*big.Int).Uint64(), Transaction: r.GasUsed}, nil
	}
	if res.VerifyBatch, err = measure("verifyBatch", g.d.Contracts.CheckpointRegistry, pc.checkpoint.Number, bp); err != nil {
		return err
	}
	res.VerifyBatch.ProofHashes = len(pc.batch.BlockProof) + len(pc.batch.CheckpointProof)
	if res.VerifyTx, err = measure("verifyTransaction", [32]byte(pc.batch.Batch.Root), pc.batch.Batch.TxCount, [32]byte(pc.tx.TxHash),
		new(big.Int).SetUint64(pc.tx.Index), gasHashes(pc.tx.Proof)); err != nil {
		return err
	}
	res.VerifyTx.ProofHashes = len(pc.tx.Proof)
	return nil
}
