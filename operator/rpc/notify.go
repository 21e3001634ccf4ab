package rpc

import "sync"

// Heights broadcasts new committed heights to any number of waiters without blocking the
// publisher: each Publish closes the channel waiters hold and makes a new one.
type Heights struct {
	mu     sync.Mutex
	height uint64
	ch     chan struct{}
}

// NewHeights starts at height h.
func NewHeights(h uint64) *Heights { return &Heights{height: h, ch: make(chan struct{})} }

// Publish announces height h.
func (n *Heights) Publish(h uint64) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if h <= n.height {
		return
	}
	n.height = h
	close(n.ch)
	n.ch = make(chan struct{})
}

// Current returns the last height and a channel closed when a later one is published.
func (n *Heights) Current() (uint64, <-chan struct{}) {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.height, n.ch
}
