// Package avail moves the bytes of large client transactions (rollup batches) among Lockstep
// operators outside consensus. Consensus orders only a reference (digest and size, see
// operator/envelope); each node keeps the bytes in a Pool and expands references from it,
// asking its peers through the Reactor for bytes it lacks.
//
// Bytes are addressed by their keccak256 digest, so whatever a peer sends is verified by
// hashing it: a peer can withhold bytes but cannot substitute them.
package avail

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// Key prefixes in the pool's LevelDB.
const (
	// prefixData keys a transaction's bytes by its digest: what pools before segment files
	// kept, still read.
	prefixData = 'D'
	// prefixLocation keys the location of a transaction's bytes in the segment files.
	prefixLocation = 'L'
)

// putLocks stripes Put by digest, so that concurrent Puts of the same bytes report one as new.
const putLocks = 64

// Options size a Pool.
type Options struct {
	// SegmentBytes is the size past which a segment file is closed and a new one started.
	SegmentBytes uint64
	// CacheBytes bounds the bytes of the latest transactions kept in memory as well: the ones
	// proposals and blocks name, read again by PrepareProposal, ProcessProposal, FinalizeBlock
	// and peers fetching them.
	CacheBytes int
}

// DefaultOptions: 128 MiB segments; a cache of 16 MiB, the mempool's default bound on the bytes
// of the references it holds (node.DefaultConfig).
var DefaultOptions = Options{SegmentBytes: 128 << 20, CacheBytes: 16 << 20}

// Pool is a durable content-addressed store of raw transactions: their bytes in append-only
// segment files (<dir>/segments), their locations in a LevelDB (<dir>). It is safe for
// concurrent use. Nothing is pruned: the pool keeps every transaction the node saw by
// reference, as the store keeps every block.
type Pool struct {
	db    *leveldb.DB
	segs  *segments
	locks [putLocks]sync.Mutex
	cache *recent

	mu      sync.Mutex
	waiters map[common.Hash]*waiter

	closed    chan struct{} // closed by Close: ends every Wait
	closeOnce sync.Once
	closeErr  error
}

// waiter is closed when its digest is stored; n counts the Waits sharing it.
type waiter struct {
	ch chan struct{}
	n  int
}

// Open opens (creating) the pool at dir with DefaultOptions.
func Open(dir string) (*Pool, error) { return OpenWith(dir, DefaultOptions) }

// OpenWith opens (creating) the pool at dir.
func OpenWith(dir string, o Options) (*Pool, error) {
	if o.SegmentBytes == 0 || o.CacheBytes < 0 {
		return nil, fmt.Errorf("open pool %s: segment size %d, cache %d bytes", dir, o.SegmentBytes, o.CacheBytes)
	}
	// The bloom filter answers Has for absent digests (every Fetch and every pushed
	// transaction asks first) without reading table blocks.
	// Its entries are small (a location per transaction): a small write buffer.
	db, err := leveldb.OpenFile(dir, &opt.Options{Filter: filter.NewBloomFilter(10), WriteBuffer: 1 << 20})
	if err != nil {
		return nil, fmt.Errorf("open pool %s: %w", dir, err)
	}
	segs, err := openSegmentFiles(filepath.Join(dir, "segments"), o.SegmentBytes)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("open pool %s: %w", dir, err), db.Close())
	}
	return &Pool{db: db, segs: segs, cache: newRecent(o.CacheBytes), waiters: make(map[common.Hash]*waiter), closed: make(chan struct{})}, nil
}

func key(prefix byte, digest common.Hash) []byte {
	k := make([]byte, 1+common.HashLength)
	k[0] = prefix
	copy(k[1:], digest[:])
	return k
}

// Put stores raw under its digest (keccak256) and returns the digest and whether it was new.
// The write reaches the operating system but is not synced: the node's journal keeps what its
// API accepted, and a process crash loses nothing. Put wakes the Waits for the digest. The
// pool keeps raw itself in its cache: the caller must not modify it after.
func (p *Pool) Put(raw []byte) (common.Hash, bool, error) {
	digest := crypto.Keccak256Hash(raw)
	isNew, err := p.put(digest, raw)
	return digest, isNew, err
}

// PutHashed is Put of raw whose digest, keccak256(raw), the caller computed (it keys the
// node's journal too): a wrong digest stores bytes no reference can name correctly.
func (p *Pool) PutHashed(digest common.Hash, raw []byte) (bool, error) { return p.put(digest, raw) }

// put stores raw, whose digest the caller computed.
func (p *Pool) put(digest common.Hash, raw []byte) (bool, error) {
	l := &p.locks[digest[0]%putLocks]
	l.Lock()
	defer l.Unlock()
	if p.Has(digest) {
		return false, nil
	}
	select {
	case <-p.closed:
		return false, fmt.Errorf("put %s: %w", digest, leveldb.ErrClosed)
	default:
	}
	loc, err := p.segs.append(digest, raw)
	if err != nil {
		return false, fmt.Errorf("put %s: %w", digest, err)
	}
	if err := p.db.Put(key(prefixLocation, digest), loc.encode(), nil); err != nil {
		return false, fmt.Errorf("put %s: %w", digest, err)
	}
	p.cache.add(digest, raw)
	p.mu.Lock()
	if w, ok := p.waiters[digest]; ok {
		close(w.ch)
		delete(p.waiters, digest)
	}
	p.mu.Unlock()
	return true, nil
}

// Get returns the bytes stored under digest (ok false if absent). The bytes may be shared with
// the pool's cache and other callers: they must not be modified. Bytes whose record fails its
// checksum (a write torn by a power loss) are absent: their location is forgotten, so that the
// node fetches and stores them again.
func (p *Pool) Get(digest common.Hash) ([]byte, bool, error) {
	select {
	case <-p.closed:
		return nil, false, fmt.Errorf("get %s: %w", digest, leveldb.ErrClosed)
	default:
	}
	if raw, ok := p.cache.get(digest); ok {
		return raw, true, nil
	}
	lk := key(prefixLocation, digest)
	b, err := p.db.Get(lk, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return p.getOld(digest)
	}
	if err != nil {
		return nil, false, fmt.Errorf("get %s: %w", digest, err)
	}
	loc, err := decodeLocation(b)
	if err != nil {
		return nil, false, fmt.Errorf("get %s: %w", digest, err)
	}
	raw, err := p.segs.read(loc, digest)
	if errors.Is(err, errCorrupt) {
		if derr := p.db.Delete(lk, nil); derr != nil {
			return nil, false, fmt.Errorf("get %s: %w", digest, errors.Join(err, derr))
		}
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("get %s: %w", digest, err)
	}
	return raw, true, nil
}

// getOld reads bytes a pool before segment files kept in LevelDB.
func (p *Pool) getOld(digest common.Hash) ([]byte, bool, error) {
	raw, err := p.db.Get(key(prefixData, digest), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("get %s: %w", digest, err)
	}
	return raw, true, nil
}

// Has reports whether digest is stored (false once the pool is closed).
func (p *Pool) Has(digest common.Hash) bool {
	select {
	case <-p.closed:
		return false
	default:
	}
	if p.cache.has(digest) {
		return true
	}
	if ok, err := p.db.Has(key(prefixLocation, digest), nil); err == nil && ok {
		return true
	}
	ok, err := p.db.Has(key(prefixData, digest), nil)
	return err == nil && ok
}

// Wait returns the bytes under digest once stored, or ctx's error.
func (p *Pool) Wait(ctx context.Context, digest common.Hash) ([]byte, error) {
	stored, release := p.watch(digest)
	defer release()
	for {
		raw, ok, err := p.Get(digest)
		if err != nil || ok {
			return raw, err
		}
		select {
		case <-stored:
			// Get again: the bytes are there now.
			stored = nil
		case <-p.closed:
			return nil, fmt.Errorf("wait for %s: %w", digest, leveldb.ErrClosed)
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for %s: %w", digest, ctx.Err())
		}
	}
}

// watch returns a channel closed when digest is stored from now on, and the release the caller
// must call when it stops watching. Registering before looking up leaves no gap for a Put to
// slip through unseen.
func (p *Pool) watch(digest common.Hash) (<-chan struct{}, func()) {
	p.mu.Lock()
	defer p.mu.Unlock()
	w, ok := p.waiters[digest]
	if !ok {
		w = &waiter{ch: make(chan struct{})}
		p.waiters[digest] = w
	}
	w.n++
	return w.ch, func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		w.n--
		// A Put has already removed a waiter it closed; a new one may stand in its place.
		if w.n == 0 && p.waiters[digest] == w {
			delete(p.waiters, digest)
		}
	}
}

// Close closes the database and ends every Wait; later calls return leveldb.ErrClosed (or an
// error wrapping it). Closing again returns the first Close's result.
func (p *Pool) Close() error {
	p.closeOnce.Do(func() {
		close(p.closed)
		for i := range p.locks { // no put is between its append and its index write
			p.locks[i].Lock()
		}
		if err := errors.Join(p.segs.close(), p.db.Close()); err != nil {
			p.closeErr = fmt.Errorf("close pool: %w", err)
		}
		for i := range p.locks {
			p.locks[i].Unlock()
		}
	})
	return p.closeErr
}

// recent keeps the latest transactions' bytes, up to a bound, oldest evicted first.
type recent struct {
	mu    sync.Mutex
	max   int
	bytes int
	m     map[common.Hash][]byte
	order []common.Hash // insertion order; order[head:] are in m
	head  int
}

func newRecent(max int) *recent { return &recent{max: max, m: make(map[common.Hash][]byte)} }

func (c *recent) add(d common.Hash, raw []byte) {
	if len(raw) > c.max {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[d]; ok {
		return
	}
	c.m[d] = raw
	c.order = append(c.order, d)
	c.bytes += len(raw)
	for c.bytes > c.max {
		old := c.order[c.head]
		c.head++
		c.bytes -= len(c.m[old])
		delete(c.m, old)
	}
	if c.head > len(c.order)/2 { // reclaim the evicted prefix
		c.order = append(c.order[:0], c.order[c.head:]...)
		c.head = 0
	}
}

func (c *recent) get(d common.Hash) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	raw, ok := c.m[d]
	return raw, ok
}

func (c *recent) has(d common.Hash) bool {
	_, ok := c.get(d)
	return ok
}
