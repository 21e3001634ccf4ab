// Package inbox reads the ForcedInclusionInbox on L1: how many entries are queued as of a block,
// and the entries themselves with their payloads. The contract keeps only an accumulator per
// entry and emits the payload in its ForcedInclusionQueued event; every payload read here is
// checked against the accumulator chain, so a wrong or forged log cannot pass for an entry.
// Operator nodes, the follower and `lockstep force` share it.
package inbox

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/bindings/forcedinclusioninbox"
	"github.com/lockstep-xyz/lockstep/commitment"
)

// Entry is one queued entry. Index is 0-based; Acc is the accumulator after it.
type Entry struct {
	Index    uint64 `json:"index"`
	RollupID uint64 `json:"rollupId"`
	QueuedAt uint64 `json:"queuedAt"` // L1 block
	// Deadline is the L1 block by which a checkpoint must cover the entry, else it is firm from
	// L1 alone there: QueuedAt plus the registry's forcedInclusionDelay when it was queued.
	Deadline uint64      `json:"deadline"`
	Payload  []byte      `json:"payload"`
	Acc      common.Hash `json:"acc"`
}

// TxHash is the payload's transaction hash (commitment.TxHash), as batches commit it.
func (e Entry) TxHash() common.Hash { return commitment.TxHash(e.Payload) }

// ErrMismatch is wrapped when an event does not match the accumulator the contract stores.
var ErrMismatch = errors.New("inbox event does not match the stored accumulator")

// Backend is what the reader needs from an L1 client; *ethclient.Client satisfies it.
type Backend interface {
	bind.ContractCaller
	bind.ContractFilterer
}

// Reader reads one inbox. It is safe for concurrent use.
type Reader struct {
	addr     common.Address
	caller   *forcedinclusioninbox.ForcedInclusionInboxCaller
	filterer *forcedinclusioninbox.ForcedInclusionInboxFilterer

	mu       sync.Mutex
	payloads map[common.Hash][]byte // by the entry's accumulator, which fixes its content
}

// maxCachedPayloads bounds the payload cache (payloads are at most 128 KiB each).
const maxCachedPayloads = 4096

// NewReader returns a reader of the inbox at addr.
func NewReader(addr common.Address, b Backend) (*Reader, error) {
	c, err := forcedinclusioninbox.NewForcedInclusionInboxCaller(addr, b)
	if err != nil {
		return nil, fmt.Errorf("bind ForcedInclusionInbox at %s: %w", addr, err)
	}
	f, err := forcedinclusioninbox.NewForcedInclusionInboxFilterer(addr, b)
	if err != nil {
		return nil, fmt.Errorf("bind ForcedInclusionInbox at %s: %w", addr, err)
	}
	return &Reader{addr: addr, caller: c, filterer: f, payloads: make(map[common.Hash][]byte)}, nil
}

// Address is the inbox's address.
func (r *Reader) Address() common.Address { return r.addr }

func opts(ctx context.Context, at common.Hash) *bind.CallOpts {
	o := &bind.CallOpts{Context: ctx}
	if at != (common.Hash{}) {
		o.BlockHash = at
	}
	return o
}

// Count returns how many entries are queued as of the L1 block with hash at (zero: latest).
func (r *Reader) Count(ctx context.Context, at common.Hash) (uint64, error) {
	n, err := r.caller.Count(opts(ctx, at))
	if err != nil {
		return 0, fmt.Errorf("read the inbox count at L1 block %s: %w", at, err)
	}
	return n, nil
}

// Accumulator returns the accumulator after n entries as of block at (zero for n = 0).
func (r *Reader) Accumulator(ctx context.Context, at common.Hash, n uint64) (common.Hash, error) {
	if n == 0 {
		return common.Hash{}, nil
	}
	acc, err := r.caller.AccumulatorAt(opts(ctx, at), n)
	if err != nil {
		return common.Hash{}, fmt.Errorf("read the inbox accumulator after %d entries at L1 block %s: %w", n, at, err)
	}
	return acc, nil
}

// Meta returns entry i as of block at without its payload (Payload nil).
func (r *Reader) Meta(ctx context.Context, at common.Hash, i uint64) (Entry, error) {
	e, err := r.caller.Entry(opts(ctx, at), i)
	if err != nil {
		return Entry{}, fmt.Errorf("read inbox entry %d at L1 block %s: %w", i, at, err)
	}
	return Entry{Index: i, RollupID: e.RollupId, QueuedAt: e.L1Block, Deadline: e.Deadline, Acc: e.Acc}, nil
}

// Entries returns entries [from, to) as of block at (to at most Count there), each payload
// checked against the accumulator chain.
func (r *Reader) Entries(ctx context.Context, at common.Hash, from, to uint64) ([]Entry, error) {
	if to <= from {
		return nil, nil
	}
	prev, err := r.Accumulator(ctx, at, from)
	if err != nil {
		return nil, err
	}
	out := make([]Entry, 0, to-from)
	for i := from; i < to; i++ {
		e, err := r.caller.Entry(opts(ctx, at), i)
		if err != nil {
			return nil, fmt.Errorf("read inbox entry %d at L1 block %s: %w", i, at, err)
		}
		payload, err := r.payload(ctx, i, e, prev)
		if err != nil {
			return nil, err
		}
		out = append(out, Entry{Index: i, RollupID: e.RollupId, QueuedAt: e.L1Block, Deadline: e.Deadline, Payload: payload, Acc: e.Acc})
		prev = e.Acc
	}
	return out, nil
}

// payload finds entry i's payload in its event (in the block that queued it) and checks that it
// extends prev to the stored accumulator.
func (r *Reader) payload(ctx context.Context, i uint64, e forcedinclusioninbox.IForcedInclusionInboxTypesEntry, prev common.Hash) ([]byte, error) {
	acc := common.Hash(e.Acc)
	r.mu.Lock()
	p, ok := r.payloads[acc]
	r.mu.Unlock()
	if ok {
		return p, nil
	}
	end := e.L1Block
	it, err := r.filterer.FilterForcedInclusionQueued(&bind.FilterOpts{Context: ctx, Start: e.L1Block, End: &end}, []uint64{i}, nil)
	if err != nil {
		return nil, fmt.Errorf("read the event of inbox entry %d in L1 block %d: %w", i, e.L1Block, err)
	}
	defer it.Close()
	for it.Next() {
		ev := it.Event
		if common.Hash(ev.Acc) != acc {
			continue // another fork's event
		}
		if commitment.ForcedAcc(prev, e.RollupId, commitment.TxHash(ev.Payload), e.L1Block) != acc {
			return nil, fmt.Errorf("inbox entry %d: %w", i, ErrMismatch)
		}
		r.mu.Lock()
		if len(r.payloads) >= maxCachedPayloads {
			clear(r.payloads)
		}
		r.payloads[acc] = ev.Payload
		r.mu.Unlock()
		return ev.Payload, nil
	}
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("read the event of inbox entry %d in L1 block %d: %w", i, e.L1Block, err)
	}
	return nil, fmt.Errorf("inbox entry %d: no event with its accumulator in L1 block %d: %w", i, e.L1Block, ErrMismatch)
}
