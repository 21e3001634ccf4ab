package engine

import (
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

const (
	// DefaultSkipRecord is how many recent skip reasons the engine keeps for the RPC.
	DefaultSkipRecord = 10_000
	// DefaultPendingRecord bounds the forwarded transactions remembered for pending nonces.
	DefaultPendingRecord = 100_000
	// DefaultPendingTTL is how long a forwarded transaction counts towards its sender's
	// pending nonce without being included or skipped: long enough for the ordering to reach
	// the rollup, short enough that a transaction lost on the way does not hold the pending
	// nonce above the state's for long.
	DefaultPendingTTL = 2 * time.Minute
)

// skipRecord keeps why the latest transactions were skipped, oldest forgotten first.
type skipRecord struct {
	mu      sync.Mutex
	limit   int
	reasons map[common.Hash]skipEntry
	order   []common.Hash // ring of insertion order, len == limit once full
	next    int
}

// skipEntry is why a transaction was skipped, and in which build (the engine's count of
// blocks built, which a rewind does not lower) it was last.
type skipEntry struct {
	reason string
	build  uint64
}

func newSkipRecord(limit int) *skipRecord {
	return &skipRecord{limit: limit, reasons: make(map[common.Hash]skipEntry, limit)}
}

func (r *skipRecord) add(hash common.Hash, reason string, build uint64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.reasons[hash]; ok {
		r.reasons[hash] = skipEntry{reason: reason, build: build}
		return
	}
	if len(r.order) < r.limit {
		r.order = append(r.order, hash)
	} else {
		delete(r.reasons, r.order[r.next])
		r.order[r.next] = hash
		r.next = (r.next + 1) % r.limit
	}
	r.reasons[hash] = skipEntry{reason: reason, build: build}
}

func (r *skipRecord) get(hash common.Hash) (skipEntry, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	entry, ok := r.reasons[hash]
	return entry, ok
}

// pendingTx is a transaction forwarded to the sequencer and not yet seen in a block.
type pendingTx struct {
	hash common.Hash
	at   time.Time
}

// pendingNonces remembers the nonces of forwarded transactions per sender, so that
// eth_getTransactionCount(addr, "pending") counts transactions still on their way through the
// ordering and a wallet sending two in a row does not reuse a nonce.
type pendingNonces struct {
	mu       sync.Mutex
	limit    int
	ttl      time.Duration
	now      func() time.Time
	bySender map[common.Address]map[uint64]pendingTx
	byHash   map[common.Hash]senderNonce
	order    []common.Hash // forwarding order, for expiry and eviction of the oldest
}

type senderNonce struct {
	sender common.Address
	nonce  uint64
}

func newPendingNonces(limit int, ttl time.Duration, now func() time.Time) *pendingNonces {
	return &pendingNonces{
		limit:    limit,
		ttl:      ttl,
		now:      now,
		bySender: make(map[common.Address]map[uint64]pendingTx),
		byHash:   make(map[common.Hash]senderNonce),
	}
}

// add remembers that sender's transaction hash with nonce was forwarded.
func (p *pendingNonces) add(sender common.Address, nonce uint64, hash common.Hash) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.expire()
	if _, ok := p.byHash[hash]; ok {
		return // forwarded again: the first forwarding's age counts
	}
	for len(p.byHash) >= p.limit && len(p.order) > 0 {
		p.removeLocked(p.order[0])
		p.order = p.order[1:]
	}
	if prev, ok := p.bySender[sender][nonce]; ok {
		// A replacement for the same nonce: the newer one is the one to track.
		delete(p.byHash, prev.hash)
	}
	nonces := p.bySender[sender]
	if nonces == nil {
		nonces = make(map[uint64]pendingTx)
		p.bySender[sender] = nonces
	}
	nonces[nonce] = pendingTx{hash: hash, at: p.now()}
	p.byHash[hash] = senderNonce{sender: sender, nonce: nonce}
	p.order = append(p.order, hash)
}

// has reports whether hash was forwarded and is still remembered as on its way.
func (p *pendingNonces) has(hash common.Hash) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := p.byHash[hash]
	return ok
}

// drop forgets the transaction hash (it was skipped).
func (p *pendingNonces) drop(hash common.Hash) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.removeLocked(hash)
}

// next is the sender's pending nonce given its nonce in the head state: one past the highest
// remembered nonce at or above it, or the state nonce. Remembered nonces below the state's
// were included (or replaced) and are forgotten.
func (p *pendingNonces) next(sender common.Address, stateNonce uint64) uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.expire()
	next := stateNonce
	for nonce, tx := range p.bySender[sender] {
		if nonce < stateNonce {
			p.removeLocked(tx.hash)
			continue
		}
		next = max(next, nonce+1)
	}
	return next
}

func (p *pendingNonces) size() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.byHash)
}

// expire forgets the transactions forwarded more than ttl ago, and compacts the order queue
// past hashes already forgotten.
func (p *pendingNonces) expire() {
	cutoff := p.now().Add(-p.ttl)
	i := 0
	for ; i < len(p.order); i++ {
		h := p.order[i]
		sn, ok := p.byHash[h]
		if !ok {
			continue
		}
		if p.bySender[sn.sender][sn.nonce].at.After(cutoff) {
			break
		}
		p.removeLocked(h)
	}
	p.order = p.order[i:]
	// Hashes dropped or replaced out of order stay queued until they reach the front: compact
	// the queue when they make up most of it, so it stays within twice the bound.
	if len(p.order) >= 2*p.limit {
		live := make([]common.Hash, 0, len(p.byHash))
		for _, h := range p.order {
			if _, ok := p.byHash[h]; ok {
				live = append(live, h)
			}
		}
		p.order = live
	}
}

func (p *pendingNonces) removeLocked(hash common.Hash) {
	sn, ok := p.byHash[hash]
	if !ok {
		return
	}
	delete(p.byHash, hash)
	nonces := p.bySender[sn.sender]
	if tx, ok := nonces[sn.nonce]; ok && tx.hash == hash {
		delete(nonces, sn.nonce)
	}
	if len(nonces) == 0 {
		delete(p.bySender, sn.sender)
	}
}
