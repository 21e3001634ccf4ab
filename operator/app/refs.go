package app

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/operator/envelope"
)

// Payloads holds the client transactions that reference transactions name, by digest
// (operator/avail: a content-addressed pool the operators fill among themselves).
type Payloads interface {
	// Get returns the bytes under digest if this node holds them.
	Get(digest common.Hash) ([]byte, bool, error)
	// Fetch returns the bytes under digest, asking peers for them if this node does not hold
	// them, until ctx ends; with an error wrapping context.Canceled when the node is stopping.
	Fetch(ctx context.Context, digest common.Hash) ([]byte, error)
}

// MaxBlockRefBytes is the most bytes the references of one block may name: a proposal naming
// more is rejected, whatever its own size (a block of 37-byte references could otherwise
// name gigabytes).
const MaxBlockRefBytes = 16 << 20

// proposalFetchTimeout bounds how long ProcessProposal waits for referenced transactions this
// node does not hold yet: their bytes left the submitting node before the reference did, so
// they are normally here or arriving; a proposal naming bytes that do not arrive by then is
// rejected, which is what makes a committed reference available: more than two thirds of the
// voting power held its bytes when they voted for the block.
const proposalFetchTimeout = time.Second

// UsePayloads lets the application order reference transactions, expanding each to the
// transaction it names from p. Without it, a proposal holding a reference is rejected. Call
// before the node starts.
func (a *App) UsePayloads(p Payloads) { a.payloads = p }

// local returns the client transaction ref names if this node holds it, decoded; ok false if
// it does not (or holds bytes that do not decode as one, which Put's digest rules out).
func (a *App) local(ref *envelope.Ref) (raw []byte, d envelope.Tx, ok bool) {
	if a.payloads == nil {
		return nil, d, false
	}
	raw, ok, err := a.payloads.Get(ref.Digest)
	if err != nil || !ok {
		return nil, d, false
	}
	// The pool is content-addressed: the digest matched when the bytes were stored.
	if d, err = refTx(ref, raw); err != nil {
		return nil, d, false
	}
	return raw, d, true
}

// refTx decodes raw, the bytes held under ref's digest, as the client transaction ref names.
func refTx(ref *envelope.Ref, raw []byte) (envelope.Tx, error) {
	if uint32(len(raw)) != ref.Size {
		return envelope.Tx{}, fmt.Errorf("%w: reference to %d bytes names %d", envelope.ErrMalformed, ref.Size, len(raw))
	}
	return envelope.DecodeClient(raw)
}

// resolveProposal checks that the proposal's references name at most MaxBlockRefBytes and that
// this node holds (or fetches within proposalFetchTimeout) a client transaction for each.
func (a *App) resolveProposal(ctx context.Context, refs []*envelope.Ref) error {
	if len(refs) == 0 {
		return nil
	}
	if a.payloads == nil {
		return errors.New("reference transaction, but this node does not hold referenced transactions")
	}
	var total uint64
	for _, r := range refs {
		total += uint64(r.Size)
	}
	if total > MaxBlockRefBytes {
		return fmt.Errorf("references name %d bytes, at most %d", total, MaxBlockRefBytes)
	}
	ctx, cancel := context.WithTimeout(ctx, proposalFetchTimeout)
	defer cancel()
	errs := make([]error, len(refs))
	var wg sync.WaitGroup
	for i, r := range refs {
		if _, _, ok := a.local(r); ok {
			continue
		}
		wg.Add(1)
		go func() { // owned: joined below
			defer wg.Done()
			raw, err := a.payloads.Fetch(ctx, r.Digest)
			if err == nil {
				_, err = refTx(r, raw)
			}
			if err != nil {
				errs[i] = fmt.Errorf("referenced transaction %s: %w", r.Digest, err)
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// errFetchAborted: the application closed while a committed block waited for a referenced
// transaction. The block cannot be applied (not ordered as nothing: that would be another app
// hash than the other nodes'); CometBFT replays it after a restart.
var errFetchAborted = errors.New("application closed while fetching a referenced transaction")

// expand returns the client transaction ref names, fetching it from peers if needed: a
// committed block's references are available (see proposalFetchTimeout), but this node may
// not have voted for it (it was behind, or is replaying blocks after a restart).
func (a *App) expand(ref *envelope.Ref) ([]byte, envelope.Tx, error) {
	if raw, d, ok := a.local(ref); ok {
		return raw, d, nil
	}
	if a.payloads == nil {
		return nil, envelope.Tx{}, errors.New("a committed block holds a reference transaction, but this node does not hold referenced transactions")
	}
	start := time.Now()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { // owned: ends with the fetch
		select {
		case <-a.writerEnd:
			cancel()
		case <-ctx.Done():
		}
	}()
	for {
		fctx, fcancel := context.WithTimeout(ctx, 10*time.Second)
		raw, err := a.payloads.Fetch(fctx, ref.Digest)
		fcancel()
		if err == nil {
			d, err := refTx(ref, raw)
			return raw, d, err
		}
		if ctx.Err() != nil || errors.Is(err, context.Canceled) { // closing
			return nil, envelope.Tx{}, fmt.Errorf("%w: %s: %w", errFetchAborted, ref.Digest, err)
		}
		a.log.Warn("waiting for a committed block's referenced transaction from peers", "digest", ref.Digest, "bytes", ref.Size, "waited", time.Since(start).Round(time.Second), "err", err)
	}
}

// prehashed holds the transaction hashes of referenced transactions, computed when their bytes
// arrive rather than in FinalizeBlock, where hashing every transaction of a block was most of
// its time on consensus's path (a block naming 16 MiB of 200-byte transactions: ~80,000
// hashes). Two generations bound it: when the current one is full it becomes the previous one,
// and what was not used by then is dropped (FinalizeBlock hashes what it does not find).
type prehashed struct {
	mu        sync.Mutex
	cur, prev map[common.Hash][]common.Hash
	curHashes int // hashes held in cur
	queue     chan prehashJob
	queued    atomic.Int64 // bytes of the transactions in queue, at most prehashQueueBytes
}

type prehashJob struct {
	digest common.Hash
	raw    []byte
}

// prehashGeneration is how many hashes one generation holds (4 MiB of them: bounded by hashes,
// not transactions, since one batch holds up to 4,096); prehashQueue how many transactions wait
// to be hashed (beyond it they are hashed in FinalizeBlock).
const (
	prehashGeneration = 1 << 17
	prehashQueue      = 4096
	// prehashQueueBytes bounds the bytes of the transactions waiting to be hashed: 4,096
	// batches of 128 KiB would otherwise hold 512 MiB when the hasher falls behind.
	prehashQueueBytes = 16 << 20
)

// Prehash computes, in the background, the hashes of the transaction under digest (raw, a
// client transaction just stored for ordering by reference). It never blocks.
func (a *App) Prehash(digest common.Hash, raw []byte) {
	n := int64(len(raw))
	if a.pre.queued.Add(n) > prehashQueueBytes {
		a.pre.queued.Add(-n)
		return
	}
	select {
	case a.pre.queue <- prehashJob{digest, raw}:
	default:
		a.pre.queued.Add(-n)
	}
}

func (a *App) prehasher() {
	for {
		select {
		case j := <-a.pre.queue:
			a.pre.queued.Add(-int64(len(j.raw)))
			d, err := envelope.DecodeClient(j.raw)
			if err != nil {
				continue
			}
			hs := make([]common.Hash, len(d.Parts))
			for i, p := range d.Parts {
				hs[i] = p.Hash()
			}
			a.pre.mu.Lock()
			if a.pre.curHashes+len(hs) > prehashGeneration {
				a.pre.prev, a.pre.cur, a.pre.curHashes = a.pre.cur, make(map[common.Hash][]common.Hash), 0
			}
			a.pre.cur[j.digest] = hs
			a.pre.curHashes += len(hs)
			a.pre.mu.Unlock()
		case <-a.writerEnd:
			return
		}
	}
}

// takePrehashed returns (and forgets) the hashes computed for the transaction under digest.
func (a *App) takePrehashed(digest common.Hash) []common.Hash {
	a.pre.mu.Lock()
	defer a.pre.mu.Unlock()
	if hs, ok := a.pre.cur[digest]; ok {
		delete(a.pre.cur, digest)
		return hs
	}
	if hs, ok := a.pre.prev[digest]; ok {
		delete(a.pre.prev, digest)
		return hs
	}
	return nil
}

// refBacklog is what the references in the mempool name, in bytes: the mempool bounds only
// their own 37 bytes. CheckTx counts each new reference (from this node's API or gossiped),
// FinalizeBlock uncounts committed ones; one neither committed nor seen again within
// refBacklogTTL (a recheck dropped it, or it was committed while this node was away) is
// forgotten, so it cannot count for ever.
type refBacklog struct {
	mu    sync.Mutex
	bytes int64
	refs  map[common.Hash]backlogRef
	swept time.Time
}

type backlogRef struct {
	size int64
	at   time.Time
}

const refBacklogTTL = 2 * time.Minute

func (b *refBacklog) add(r *envelope.Ref, now time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.refs == nil {
		b.refs = make(map[common.Hash]backlogRef)
	}
	if now.Sub(b.swept) > refBacklogTTL/4 {
		b.swept = now
		for d, e := range b.refs {
			if now.Sub(e.at) > refBacklogTTL {
				delete(b.refs, d)
				b.bytes -= e.size
			}
		}
	}
	if _, ok := b.refs[r.Digest]; ok {
		return
	}
	b.refs[r.Digest] = backlogRef{size: int64(r.Size), at: now}
	b.bytes += int64(r.Size)
}

func (b *refBacklog) done(ds []common.Hash) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, d := range ds {
		if e, ok := b.refs[d]; ok {
			delete(b.refs, d)
			b.bytes -= e.size
		}
	}
}

// RefBacklog is how many bytes the references waiting in the mempool name.
func (a *App) RefBacklog() int64 {
	a.backlog.mu.Lock()
	defer a.backlog.mu.Unlock()
	return a.backlog.bytes
}
