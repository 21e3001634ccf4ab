package node

import (
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// recentTxsKept is how many accepted user transactions the node remembers for retries: at
// 10,000 tx/s, the last 6.5 s, longer than a transaction takes from acceptance to a block
// (after which the store's index answers); about 6 MB.
const recentTxsKept = 1 << 16

// recentTxs is a bounded set of transaction hashes: the oldest is forgotten when it is full.
type recentTxs struct {
	mu   sync.Mutex
	set  map[common.Hash]struct{}
	ring []common.Hash
	next int
}

func newRecentTxs(n int) *recentTxs {
	return &recentTxs{set: make(map[common.Hash]struct{}, n), ring: make([]common.Hash, n)}
}

func (r *recentTxs) has(h common.Hash) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	_, ok := r.set[h]
	return ok
}

func (r *recentTxs) add(h common.Hash) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.set[h]; ok {
		return
	}
	if old := r.ring[r.next]; old != (common.Hash{}) {
		delete(r.set, old)
	}
	r.ring[r.next] = h
	r.set[h] = struct{}{}
	r.next = (r.next + 1) % len(r.ring)
}
