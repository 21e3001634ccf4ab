package follower

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/inbox"
)

// L1Client is what the follower needs from an L1 JSON-RPC client; *ethclient.Client satisfies
// it. Contract reads are pinned to a block hash, so a reorg between two reads cannot mix states.
type L1Client interface {
	bind.ContractCaller
	bind.BlockHashContractCaller
	bind.ContractFilterer // the forced-inclusion inbox's payloads are in its events
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// L1Block identifies an L1 block.
type L1Block struct {
	Number uint64
	Hash   common.Hash
}

// StoredCheckpoint is a checkpoint as the CheckpointRegistry stores it: the header with its L1
// origin and forced count, but not its forced accumulator (the registry checks it against the
// inbox and keeps only the count, so ForcedAcc is zero here).
type StoredCheckpoint struct {
	commitment.Checkpoint
	// L1Block is the number of the L1 block whose transaction stored it.
	L1Block uint64
}

// registry reads L1: the chain's blocks and the CheckpointRegistry at a given block.
type registry interface {
	// Head is the latest block.
	Head(ctx context.Context) (L1Block, error)
	// BlockAt is the canonical block at number.
	BlockAt(ctx context.Context, number uint64) (L1Block, error)
	// Latest is the number of the last checkpoint stored as of block at (0: none).
	Latest(ctx context.Context, at common.Hash) (uint64, error)
	// Checkpoint is checkpoint n as of block at (which must store it).
	Checkpoint(ctx context.Context, at common.Hash, n uint64) (StoredCheckpoint, error)
	// CheckpointByHeight is the number of the checkpoint covering height as of block at.
	CheckpointByHeight(ctx context.Context, at common.Hash, height uint64) (uint64, error)
}

// ethRegistry is the registry over JSON-RPC. It is also the forcedQueue: the registry names
// the inbox (read at each block, since the owner sets it once after deployment) and D.
type ethRegistry struct {
	client L1Client
	reg    *checkpointregistry.CheckpointRegistryCaller
	addr   common.Address

	inboxes map[common.Address]*inbox.Reader
}

var _ forcedQueue = (*ethRegistry)(nil)

// inboxAt returns the reader of the inbox the registry names as of block at (nil: none).
func (r *ethRegistry) inboxAt(ctx context.Context, at common.Hash) (*inbox.Reader, error) {
	addr, err := r.reg.ForcedInclusionInbox(&bind.CallOpts{Context: ctx, BlockHash: at})
	if err != nil {
		return nil, fmt.Errorf("read forcedInclusionInbox of %s at L1 block %s: %w", r.addr, at, err)
	}
	if addr == (common.Address{}) {
		return nil, nil
	}
	if ir := r.inboxes[addr]; ir != nil {
		return ir, nil
	}
	ir, err := inbox.NewReader(addr, r.client)
	if err != nil {
		return nil, err
	}
	if r.inboxes == nil {
		r.inboxes = make(map[common.Address]*inbox.Reader)
	}
	r.inboxes[addr] = ir
	return ir, nil
}

func (r *ethRegistry) HasInbox(ctx context.Context, at common.Hash) (bool, error) {
	ir, err := r.inboxAt(ctx, at)
	return ir != nil, err
}

// errNoInbox is returned by the inbox reads when the registry names none (HasInbox says so first).
var errNoInbox = errors.New("the CheckpointRegistry has no forced-inclusion inbox")

func (r *ethRegistry) Count(ctx context.Context, at common.Hash) (uint64, error) {
	ir, err := r.inboxAt(ctx, at)
	if err != nil || ir == nil {
		return 0, orErr(err, errNoInbox)
	}
	return ir.Count(ctx, at)
}

func (r *ethRegistry) Meta(ctx context.Context, at common.Hash, i uint64) (inbox.Entry, error) {
	ir, err := r.inboxAt(ctx, at)
	if err != nil || ir == nil {
		return inbox.Entry{}, orErr(err, errNoInbox)
	}
	return ir.Meta(ctx, at, i)
}

func (r *ethRegistry) Entries(ctx context.Context, at common.Hash, from, to uint64) ([]inbox.Entry, error) {
	ir, err := r.inboxAt(ctx, at)
	if err != nil || ir == nil {
		return nil, orErr(err, errNoInbox)
	}
	return ir.Entries(ctx, at, from, to)
}

// orErr is err, or otherwise when err is nil.
func orErr(err, otherwise error) error {
	if err != nil {
		return err
	}
	return otherwise
}

func newEthRegistry(client L1Client, addr common.Address) (*ethRegistry, error) {
	reg, err := checkpointregistry.NewCheckpointRegistryCaller(addr, client)
	if err != nil {
		return nil, fmt.Errorf("bind CheckpointRegistry at %s: %w", addr, err)
	}
	return &ethRegistry{client: client, reg: reg, addr: addr}, nil
}

func (r *ethRegistry) Head(ctx context.Context) (L1Block, error) {
	h, err := r.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return L1Block{}, fmt.Errorf("read L1 head: %w", err)
	}
	return L1Block{Number: h.Number.Uint64(), Hash: h.Hash()}, nil
}

func (r *ethRegistry) BlockAt(ctx context.Context, number uint64) (L1Block, error) {
	h, err := r.client.HeaderByNumber(ctx, new(big.Int).SetUint64(number))
	if err != nil {
		return L1Block{}, fmt.Errorf("read L1 block %d: %w", number, err)
	}
	return L1Block{Number: h.Number.Uint64(), Hash: h.Hash()}, nil
}

func (r *ethRegistry) Latest(ctx context.Context, at common.Hash) (uint64, error) {
	n, err := r.reg.LatestCheckpointNumber(&bind.CallOpts{Context: ctx, BlockHash: at})
	if err != nil {
		return 0, fmt.Errorf("read latestCheckpointNumber of %s at L1 block %s: %w", r.addr, at, err)
	}
	return n, nil
}

func (r *ethRegistry) Checkpoint(ctx context.Context, at common.Hash, n uint64) (StoredCheckpoint, error) {
	sc, err := r.reg.GetCheckpoint(&bind.CallOpts{Context: ctx, BlockHash: at}, n)
	if err != nil {
		return StoredCheckpoint{}, fmt.Errorf("read checkpoint %d at L1 block %s: %w", n, at, err)
	}
	return StoredCheckpoint{
		Checkpoint: commitment.Checkpoint{
			Number: n, StartHeight: sc.StartHeight, EndHeight: sc.EndHeight, Root: sc.Root,
			L1Origin: uint64(sc.L1Origin), ForcedCount: uint64(sc.ForcedCount),
		},
		L1Block: uint64(sc.L1Block),
	}, nil
}

func (r *ethRegistry) CheckpointByHeight(ctx context.Context, at common.Hash, height uint64) (uint64, error) {
	n, _, err := r.reg.CheckpointByHeight(&bind.CallOpts{Context: ctx, BlockHash: at}, height)
	if err != nil {
		return 0, fmt.Errorf("read checkpointByHeight(%d) at L1 block %s: %w", height, at, err)
	}
	return n, nil
}
