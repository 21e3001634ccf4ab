package l1

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// chain is a HeaderReader over headers by number that counts its reads.
type chain struct {
	mu      sync.Mutex
	head    uint64
	headers map[uint64]*types.Header
	reads   int
}

func newChain(head uint64, fork byte) *chain {
	c := &chain{head: head, headers: make(map[uint64]*types.Header)}
	for n := uint64(0); n <= head; n++ {
		c.headers[n] = &types.Header{Number: new(big.Int).SetUint64(n), Extra: []byte{fork}}
	}
	return c
}

func (c *chain) HeaderByNumber(_ context.Context, number *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reads++
	n := c.head
	if number != nil {
		n = number.Uint64()
	}
	h, ok := c.headers[n]
	if !ok {
		return nil, errors.New("not found")
	}
	return h, nil
}

func (c *chain) readCount() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.reads
}

// The hash of a block near the head is read from L1 once while the head stays, and again
// after a new head (which may have replaced it).
func TestOriginsBlockHashNearTheHead(t *testing.T) {
	ctx := context.Background()
	c := newChain(10, 'a')
	o := NewOrigins(c, nil, 1, time.Hour, slog.New(slog.DiscardHandler))
	if err := o.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	read := func(n uint64) {
		t.Helper()
		h, err := o.BlockHash(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		c.mu.Lock()
		want := c.headers[n].Hash()
		c.mu.Unlock()
		if h != want {
			t.Fatalf("block %d: %s, L1 has %s", n, h, want)
		}
	}
	before := c.readCount()
	for range 5 {
		read(9)
		read(10)
	}
	if got := c.readCount() - before; got != 2 {
		t.Fatalf("%d L1 reads for blocks 9 and 10 read five times under one head, want 2", got)
	}

	// A reorg replaces blocks 9 and 10: the new head's hash differs, the cached hashes go.
	reorged := newChain(10, 'b')
	c.mu.Lock()
	c.headers = reorged.headers
	c.mu.Unlock()
	if err := o.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	before = c.readCount()
	read(9)
	read(9)
	if got := c.readCount() - before; got != 1 {
		t.Fatalf("%d L1 reads for block 9 after the reorg, want 1", got)
	}

	// A block past the head this node polled is read each time.
	c.mu.Lock()
	c.headers[11] = &types.Header{Number: big.NewInt(11), Extra: []byte{'b'}}
	c.mu.Unlock()
	before = c.readCount()
	read(11)
	read(11)
	if got := c.readCount() - before; got != 2 {
		t.Fatalf("%d L1 reads for a block past the polled head read twice, want 2", got)
	}
}
