package avail

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/syndtr/goleveldb/leveldb"
)

func openPool(t *testing.T, dir string) *Pool {
	t.Helper()
	p, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Close() })
	return p
}

func (p *Pool) waiting() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.waiters)
}

func TestPoolRoundTrip(t *testing.T) {
	p := openPool(t, t.TempDir())
	raw := []byte("a rollup batch")
	digest := crypto.Keccak256Hash(raw)
	if p.Has(digest) {
		t.Fatal("empty pool has the digest")
	}
	if _, ok, err := p.Get(digest); err != nil || ok {
		t.Fatalf("Get before Put: ok %v, err %v", ok, err)
	}
	d, isNew, err := p.Put(raw)
	if err != nil || !isNew || d != digest {
		t.Fatalf("Put: digest %s new %v err %v, want %s true nil", d, isNew, err, digest)
	}
	if _, isNew, err := p.Put(raw); err != nil || isNew {
		t.Fatalf("second Put: new %v err %v, want false nil", isNew, err)
	}
	if !p.Has(digest) {
		t.Fatal("Has after Put is false")
	}
	got, ok, err := p.Get(digest)
	if err != nil || !ok || !bytes.Equal(got, raw) {
		t.Fatalf("Get: %q %v %v", got, ok, err)
	}
}

func TestPoolConcurrentPutsReportNewOnce(t *testing.T) {
	p := openPool(t, t.TempDir())
	raw := bytes.Repeat([]byte{7}, 4096)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		fresh int
	)
	for range 16 {
		wg.Go(func() {
			_, isNew, err := p.Put(raw)
			if err != nil {
				t.Error(err)
			}
			if isNew {
				mu.Lock()
				fresh++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if fresh != 1 {
		t.Fatalf("%d Puts reported new, want 1", fresh)
	}
}

func TestPoolWaitWakesOnPut(t *testing.T) {
	p := openPool(t, t.TempDir())
	raw := []byte("arrives later")
	digest := crypto.Keccak256Hash(raw)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	type result struct {
		raw []byte
		err error
	}
	const waits = 3
	results := make(chan result, waits)
	var wg sync.WaitGroup
	for range waits {
		wg.Go(func() {
			got, err := p.Wait(ctx, digest)
			results <- result{got, err}
		})
	}
	waitFor(t, "the waits to register", func() bool { return p.waiting() == 1 })
	if _, _, err := p.Put(raw); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	close(results)
	for r := range results {
		if r.err != nil || !bytes.Equal(r.raw, raw) {
			t.Fatalf("Wait: %q %v", r.raw, r.err)
		}
	}
	if n := p.waiting(); n != 0 {
		t.Fatalf("%d waiters left", n)
	}
	// Already stored: Wait returns at once.
	if got, err := p.Wait(ctx, digest); err != nil || !bytes.Equal(got, raw) {
		t.Fatalf("Wait for stored bytes: %q %v", got, err)
	}
}

func TestPoolWaitTimesOut(t *testing.T) {
	p := openPool(t, t.TempDir())
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	_, err := p.Wait(ctx, crypto.Keccak256Hash([]byte("never stored")))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Wait: %v, want deadline exceeded", err)
	}
	if n := p.waiting(); n != 0 {
		t.Fatalf("%d waiters left", n)
	}
}

func TestPoolWaitEndsOnClose(t *testing.T) {
	p := openPool(t, t.TempDir())
	done := make(chan error, 1)
	go func() {
		_, err := p.Wait(context.Background(), crypto.Keccak256Hash([]byte("never stored")))
		done <- err
	}()
	waitFor(t, "the wait to register", func() bool { return p.waiting() == 1 })
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if !errors.Is(err, leveldb.ErrClosed) {
			t.Fatalf("Wait after Close: %v, want ErrClosed", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Wait did not end on Close")
	}
}

func TestPoolReopenAndClose(t *testing.T) {
	dir := t.TempDir()
	p, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	raw := []byte("survives a restart")
	digest, _, err := p.Put(raw)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, _, err := p.Get(digest); !errors.Is(err, leveldb.ErrClosed) {
		t.Fatalf("Get after Close: %v, want ErrClosed", err)
	}
	if _, _, err := p.Put(raw); !errors.Is(err, leveldb.ErrClosed) {
		t.Fatalf("Put after Close: %v, want ErrClosed", err)
	}
	if p.Has(digest) {
		t.Fatal("Has after Close is true")
	}

	p = openPool(t, dir)
	got, ok, err := p.Get(digest)
	if err != nil || !ok || !bytes.Equal(got, raw) {
		t.Fatalf("Get after reopening: %q %v %v", got, ok, err)
	}
}

// waitFor polls cond until it holds, failing the test after a few seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		<-tick.C
	}
}
