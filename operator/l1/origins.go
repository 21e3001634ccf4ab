package l1

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/inbox"
	"github.com/lockstep-xyz/lockstep/operator/app"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
)

// HeaderReader reads L1 headers; *ethclient.Client satisfies it.
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Queue reads the forced-inclusion inbox; *inbox.Reader satisfies it.
type Queue interface {
	Count(ctx context.Context, at common.Hash) (uint64, error)
	Entries(ctx context.Context, at common.Hash, from, to uint64) ([]inbox.Entry, error)
}

// Origins is the node's view of L1 for block origins and forced inclusion: an owned goroutine
// reads the head every interval; proposers take head - lag as their origin (so the other
// validators, polling at their own moments, have seen it), and validators check proposals
// against their own reads. It implements app.L1.
type Origins struct {
	headers  HeaderReader
	queue    Queue // nil: no inbox, nothing is ever forced
	lag      uint64
	interval time.Duration
	log      *slog.Logger

	mu       sync.Mutex
	head     uint64
	headHash common.Hash
	origin   commitment.L1Ref
	ok       bool
	hashes   map[uint64]common.Hash // deep enough below the head not to reorg
	// recent are hashes of blocks near the head, as read under the head headHash: a head's hash
	// commits to every block below it, so they hold until the head changes. Validators check
	// each proposal against the hash of the block its origin names (the genesis origin names a
	// number only); while L1 has no new block that was an L1 read per proposal, on consensus's
	// path (2-6 ms each on a 4-validator bench, a third of the block interval).
	recent map[uint64]common.Hash
	forced map[forcedKey][]envelope.Forced

	poller
}

type forcedKey struct {
	at   common.Hash
	from uint64
	max  int
}

var _ app.L1 = (*Origins)(nil)

// stableDepth is how far below the head a block hash is cached: shallower blocks are read again,
// since a reorg may still replace them.
const stableDepth = 16

// NewOrigins returns the view; queue may be nil (no inbox).
func NewOrigins(headers HeaderReader, queue Queue, lag uint64, interval time.Duration, log *slog.Logger) *Origins {
	return &Origins{headers: headers, queue: queue, lag: lag, interval: interval, log: log.With("component", "l1origin"),
		hashes: make(map[uint64]common.Hash), recent: make(map[uint64]common.Hash), forced: make(map[forcedKey][]envelope.Forced)}
}

// Origin implements app.L1.
func (o *Origins) Origin() (commitment.L1Ref, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.origin, o.ok
}

// Head implements app.L1.
func (o *Origins) Head() (uint64, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.head, o.ok
}

// BlockHash implements app.L1.
func (o *Origins) BlockHash(ctx context.Context, number uint64) (common.Hash, error) {
	o.mu.Lock()
	h, ok := o.hashes[number]
	if !ok {
		h, ok = o.recent[number]
	}
	under, known := o.headHash, o.ok
	o.mu.Unlock()
	if ok {
		return h, nil
	}
	hdr, err := o.headers.HeaderByNumber(ctx, new(big.Int).SetUint64(number))
	if err != nil {
		return common.Hash{}, fmt.Errorf("read L1 block %d: %w", number, err)
	}
	h = hdr.Hash()
	o.mu.Lock()
	switch {
	case number+stableDepth <= o.head:
		if len(o.hashes) > 1024 {
			clear(o.hashes)
		}
		o.hashes[number] = h
	case known && o.headHash == under && number <= o.head:
		// The head did not change during the read, so the block is the one below it (a read
		// that raced a new head is not kept: the new head may have replaced it).
		if len(o.recent) > 64 {
			clear(o.recent)
		}
		o.recent[number] = h
	}
	o.mu.Unlock()
	return h, nil
}

// Forced implements app.L1.
func (o *Origins) Forced(ctx context.Context, at commitment.L1Ref, from uint64, max int) ([]envelope.Forced, error) {
	if o.queue == nil || max <= 0 {
		return nil, nil
	}
	if at.Hash == (common.Hash{}) { // the genesis origin records only the reference block's number
		h, err := o.BlockHash(ctx, at.Number)
		if err != nil {
			return nil, err
		}
		at.Hash = h
	}
	key := forcedKey{at.Hash, from, max}
	o.mu.Lock()
	out, ok := o.forced[key]
	o.mu.Unlock()
	if ok {
		return out, nil
	}
	count, err := o.queue.Count(ctx, at.Hash)
	if err != nil {
		return nil, err
	}
	to := min(count, from+uint64(max))
	entries, err := o.queue.Entries(ctx, at.Hash, from, to)
	if err != nil {
		return nil, err
	}
	out = make([]envelope.Forced, 0, len(entries))
	for _, e := range entries {
		if e.QueuedAt > at.Number {
			return nil, fmt.Errorf("inbox entry %d queued at L1 block %d is counted at block %d", e.Index, e.QueuedAt, at.Number)
		}
		out = append(out, envelope.Forced{RollupID: e.RollupID, QueuedAt: e.QueuedAt, Payload: e.Payload})
	}
	o.mu.Lock()
	if len(o.forced) > 256 {
		clear(o.forced)
	}
	o.forced[key] = out
	o.mu.Unlock()
	return out, nil
}

// Refresh reads the head and the origin block now.
func (o *Origins) Refresh(ctx context.Context) error {
	hdr, err := o.headers.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read the L1 head: %w", err)
	}
	head := hdr.Number.Uint64()
	origin := commitment.L1Ref{Number: head, Hash: hdr.Hash()}
	if o.lag > 0 && head >= o.lag {
		n := head - o.lag
		ohdr, err := o.headers.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return fmt.Errorf("read L1 block %d: %w", n, err)
		}
		origin = commitment.L1Ref{Number: n, Hash: ohdr.Hash()}
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.ok && head < o.head {
		o.log.Warn("L1 head went back (reorg or another L1 endpoint)", "head", head, "was", o.head)
		clear(o.hashes)
	}
	if hdr.Hash() != o.headHash {
		clear(o.recent)
	}
	o.head, o.headHash, o.origin, o.ok = head, hdr.Hash(), origin, true
	return nil
}

// Start follows L1 until Stop. It reads the head once before returning, so the node's first
// proposals already carry an origin when L1 answers.
func (o *Origins) Start(ctx context.Context) error {
	err := o.Refresh(ctx)
	if err != nil {
		o.log.Warn("read L1 origin", "err", err)
	}
	o.start(o.interval, true, o.Refresh, o.log, "read L1 origin")
	o.record(err)
	return nil
}

// Stop ends the loop. It is idempotent.
func (o *Origins) Stop(context.Context) error {
	o.stop()
	return nil
}
