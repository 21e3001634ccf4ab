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
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/opt"
)

// prefixData keys a transaction's bytes by its digest.
const prefixData = 'D'

// putLocks stripes Put by digest, so that concurrent Puts of the same bytes report one as new.
const putLocks = 64

// Pool is a durable content-addressed store of raw transactions. It is safe for concurrent use.
type Pool struct {
	db    *leveldb.DB
	locks [putLocks]sync.Mutex

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

// Open opens (creating) the pool at dir.
func Open(dir string) (*Pool, error) {
	// The bloom filter answers Has for absent digests (every Fetch and every pushed
	// transaction asks first) without reading table blocks.
	// Transactions are large and written once: a larger write buffer makes fewer, larger level-0
	// tables, and less compaction to stall writes behind.
	db, err := leveldb.OpenFile(dir, &opt.Options{Filter: filter.NewBloomFilter(10), WriteBuffer: 8 << 20})
	if err != nil {
		return nil, fmt.Errorf("open pool %s: %w", dir, err)
	}
	return &Pool{db: db, waiters: make(map[common.Hash]*waiter), closed: make(chan struct{})}, nil
}

func key(digest common.Hash) []byte {
	k := make([]byte, 1+common.HashLength)
	k[0] = prefixData
	copy(k[1:], digest[:])
	return k
}

// Put stores raw under its digest (keccak256) and returns the digest and whether it was new.
// The write reaches the operating system but is not synced: the node's journal keeps what its
// API accepted, and a process crash loses nothing. Put wakes the Waits for the digest.
func (p *Pool) Put(raw []byte) (common.Hash, bool, error) {
	digest := crypto.Keccak256Hash(raw)
	isNew, err := p.put(digest, raw)
	return digest, isNew, err
}

// put stores raw, whose digest the caller computed.
func (p *Pool) put(digest common.Hash, raw []byte) (bool, error) {
	l := &p.locks[digest[0]%putLocks]
	l.Lock()
	defer l.Unlock()
	k := key(digest)
	has, err := p.db.Has(k, nil)
	if err != nil {
		return false, fmt.Errorf("put %s: %w", digest, err)
	}
	if has {
		return false, nil
	}
	if err := p.db.Put(k, raw, nil); err != nil {
		return false, fmt.Errorf("put %s: %w", digest, err)
	}
	p.mu.Lock()
	if w, ok := p.waiters[digest]; ok {
		close(w.ch)
		delete(p.waiters, digest)
	}
	p.mu.Unlock()
	return true, nil
}

// Get returns the bytes stored under digest (ok false if absent).
func (p *Pool) Get(digest common.Hash) ([]byte, bool, error) {
	raw, err := p.db.Get(key(digest), nil)
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
	ok, err := p.db.Has(key(digest), nil)
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
		if err := p.db.Close(); err != nil {
			p.closeErr = fmt.Errorf("close pool: %w", err)
		}
	})
	return p.closeErr
}
