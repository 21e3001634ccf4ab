package submit

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/aggregator/blsagg"
	"github.com/lockstep-xyz/lockstep/aggregator/collect"
	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

// Backend is what Eth needs from an L1 JSON-RPC client; *ethclient.Client satisfies it.
type Backend interface {
	bind.ContractBackend
	BlockNumber(ctx context.Context) (uint64, error)
}

// Eth is L1 over JSON-RPC: reads through avs.Reader and the middleware's state retriever,
// submissions through one transaction manager.
type Eth struct {
	client      Backend
	reader      *avs.Reader
	checker     *chainio.EthSignatureCheckReader
	registry    *checkpointregistry.CheckpointRegistryTransactor
	txm         *txmgr.Manager
	quorums     []byte
	readTimeout time.Duration
}

// NewEth binds the contracts at addrs and reads the registry's quorums (exactly one: blsagg
// aggregates for one). Submissions go through txm; readTimeout bounds the reads a
// submission makes before sending.
func NewEth(ctx context.Context, client Backend, addrs avs.Addresses, txm *txmgr.Manager, readTimeout time.Duration) (*Eth, error) {
	e := &Eth{client: client, txm: txm, readTimeout: readTimeout}
	var err error
	if e.reader, err = avs.NewReader(client, addrs); err != nil {
		return nil, err
	}
	if e.checker, err = chainio.NewEthSignatureCheckReader(client, addrs.RegistryCoordinator, addrs.OperatorStateRetriever, addrs.BLSApkRegistry); err != nil {
		return nil, err
	}
	if e.registry, err = checkpointregistry.NewCheckpointRegistryTransactor(addrs.CheckpointRegistry, client); err != nil {
		return nil, fmt.Errorf("bind CheckpointRegistry: %w", err)
	}
	if e.quorums, err = e.reader.QuorumNumbers(ctx); err != nil {
		return nil, err
	}
	if len(e.quorums) != 1 {
		return nil, fmt.Errorf("%d quorums; blsagg aggregates for exactly one", len(e.quorums))
	}
	return e, nil
}

// ThresholdBips is the share of stake the registry requires.
func (e *Eth) ThresholdBips(ctx context.Context) (uint16, error) { return e.reader.ThresholdBips(ctx) }

// MaxReferenceAge is how old a reference block the registry accepts.
func (e *Eth) MaxReferenceAge(ctx context.Context) (uint64, error) {
	a, err := e.reader.MaxReferenceAge(ctx)
	return uint64(a), err
}

// Head implements L1.
func (e *Eth) Head(ctx context.Context) (uint64, error) { return e.client.BlockNumber(ctx) }

// MinReferenceBlock implements L1.
func (e *Eth) MinReferenceBlock(ctx context.Context) (uint64, error) {
	return e.reader.MinReferenceBlock(ctx)
}

// LatestCheckpoint implements L1.
func (e *Eth) LatestCheckpoint(ctx context.Context) (uint64, error) {
	return e.reader.LatestCheckpointNumber(ctx)
}

// OperatorSet implements L1.
func (e *Eth) OperatorSet(ctx context.Context, ref uint64) (*collect.OperatorSet, error) {
	ops, err := e.reader.SignersAt(ctx, ref)
	if err != nil {
		return nil, err
	}
	if len(ops) == 0 {
		return nil, fmt.Errorf("no operators registered at block %d", ref)
	}
	bops := make([]blsagg.Operator, len(ops))
	addrs := make(map[blsagg.OperatorID]common.Address, len(ops))
	for i, o := range ops {
		id := blsagg.OperatorID(o.ID)
		bops[i] = blsagg.Operator{ID: id, PubkeyG1: o.PubkeyG1, PubkeyG2: o.PubkeyG2, Stake: o.Stake}
		addrs[id] = o.Address
	}
	set, err := blsagg.NewOperatorSet(ref, bops)
	if err != nil {
		return nil, fmt.Errorf("operator set at block %d: %w", ref, err)
	}
	return &collect.OperatorSet{OperatorSet: set, Addrs: addrs}, nil
}

// Submit implements L1: it builds the checkSignatures input and sends submitCheckpoint.
func (e *Eth) Submit(ctx context.Context, c *collect.Candidate) (*Receipt, error) {
	cp, agg := c.Checkpoint, c.Aggregate
	ids := c.Set.IDs()
	keys := make([]chainio.OperatorKey, len(ids))
	for i, id := range ids {
		op, _ := c.Set.Operator(id)
		keys[i] = chainio.OperatorKey{ID: id, G1: op.PubkeyG1}
	}
	signers := make([]chainio.OperatorSignature, len(agg.Signers))
	for i, id := range agg.Signers {
		op, _ := c.Set.Operator(id)
		signers[i] = chainio.OperatorSignature{ID: id, G1: op.PubkeyG1, G2: op.PubkeyG2, Signature: c.Signatures[i]}
	}
	rctx, cancel := context.WithTimeout(ctx, e.readTimeout)
	in, err := chainio.BuildCheckSignaturesInput(rctx, e.checker, chainio.CheckSignaturesRequest{
		QuorumNumbers:  e.quorums,
		ReferenceBlock: uint32(agg.ReferenceBlock),
		Operators:      keys,
		Signers:        signers,
	})
	cancel()
	if err != nil {
		return nil, fmt.Errorf("build signature input for checkpoint %d: %w", cp.Number, err)
	}
	start := time.Now()
	r, err := e.txm.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.SubmitCheckpoint(o, checkpointregistry.ICheckpointRegistryTypesCheckpoint{
			Number: cp.Number, StartHeight: cp.StartHeight, EndHeight: cp.EndHeight, Root: cp.Root,
			L1Origin: cp.L1Origin, ForcedCount: cp.ForcedCount, ForcedAcc: cp.ForcedAcc,
		}, uint32(agg.ReferenceBlock), in.Params)
	})
	if err != nil {
		return nil, classify(err)
	}
	return &Receipt{TxHash: r.TxHash, Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed, NonSigners: len(in.NonSigners), Elapsed: time.Since(start)}, nil
}

// refusals maps the contracts' custom errors to the pipeline's refusals.
var refusals = []struct {
	name string
	err  error
}{
	{"CheckpointAlreadySubmitted", ErrAlreadyStored},
	{"NonSequentialCheckpoint", ErrNonSequential},
	{"ReferenceBlockNotInPast", ErrNonSequential},
	{"StaleReferenceBlock", ErrStaleReference},
	{"InsufficientSignedStake", ErrStaleReference},
	{"InvalidBLSSignature", ErrStaleReference}, // BLSSignatureChecker's, bubbled up
	{"NonContiguousHeights", ErrPermanent},
	{"InvalidHeightRange", ErrPermanent},
	// The L1 origin is signed: a current block is past it soon, any other refusal of the L1
	// origin or forced cursor holds for every later L1 block (the inbox only grows and the
	// checks are made at the checkpoint's own L1 origin).
	{"L1OriginNotInPast", ErrNonSequential},
	{"L1OriginBackwards", ErrPermanent},
	{"ForcedCursorBackwards", ErrPermanent},
	{"ForcedCursorBeyondQueue", ErrPermanent},
	{"ForcedAccumulatorMismatch", ErrPermanent},
	{"ForcedEntryNotVisible", ErrPermanent},
	{"ForcedEntryOverdue", ErrPermanent},
}

// selectors maps each refusal's 4-byte selector, as the contract ABIs define it, to its error.
var selectors = sync.OnceValue(func() map[[4]byte]error {
	abis := append([]*abi.ABI{}, chainio.KnownABIs()...)
	out := make(map[[4]byte]error)
	for _, r := range refusals {
		found := false
		for _, a := range abis {
			if e, ok := a.Errors[r.name]; ok {
				out[[4]byte(e.ID[:4])] = r.err
				found = true
			}
		}
		if !found {
			// The ABIs are compiled in: a missing error is a build defect.
			panic(fmt.Sprintf("submit: custom error %s not in the contract ABIs", r.name))
		}
	}
	return out
})

// classify turns a contract refusal into the matching refusal error by its selector (any other
// revert wraps ErrReverted); errors that are not reverts are returned as they are.
func classify(err error) error {
	re, ok := txmgr.AsRevert(err)
	if !ok {
		return err
	}
	if data, ok := chainio.RevertData(re); ok && len(data) >= 4 {
		if sentinel, ok := selectors()[[4]byte(data[:4])]; ok {
			return fmt.Errorf("%w: %w", sentinel, re)
		}
	}
	return fmt.Errorf("%w: %w", ErrReverted, re)
}
