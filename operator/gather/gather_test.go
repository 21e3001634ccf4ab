package gather

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
)

// sink is a Submitter that records what it is handed; while gated, submissions wait for a
// release, and err is what it answers.
type sink struct {
	mu      sync.Mutex
	batches []envelope.Tx
	gate    chan struct{} // nil: not gated
	entered chan struct{}
	err     error
}

func (s *sink) submit(ctx context.Context, raw []byte) error {
	d, err := envelope.Decode(raw)
	if err != nil {
		return err
	}
	if len(d.Parts) > 1 && !d.Batch {
		return fmt.Errorf("submitted kind 0x%02x with %d parts", raw[0], len(d.Parts))
	}
	s.mu.Lock()
	s.batches = append(s.batches, d)
	gate, entered, err := s.gate, s.entered, s.err
	s.mu.Unlock()
	if entered != nil {
		entered <- struct{}{}
	}
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return err
}

func (s *sink) got() []envelope.Tx {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]envelope.Tx(nil), s.batches...)
}

func newGatherer(t *testing.T, cfg Config, s *sink) *Gatherer {
	t.Helper()
	g, err := New(cfg, s.submit, slog.New(slog.DiscardHandler), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := g.Stop(ctx); err != nil {
			t.Error(err)
		}
	})
	return g
}

// joinedTxs is how many transactions have joined a batch.
func (g *Gatherer) joinedTxs() uint64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.joined
}

// gathered is how many transactions rollupID's open batch holds.
func (g *Gatherer) gathered(rollupID uint64) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	if l := g.lanes[rollupID]; l != nil && l.open != nil {
		return len(l.open.payloads)
	}
	return 0
}

func (g *Gatherer) pendingBytes() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.pending
}

func payload(i int) []byte { return []byte(fmt.Sprintf("tx %04d", i)) }

// submitAsync submits in a goroutine; the answer arrives on the returned channel.
func submitAsync(ctx context.Context, g *Gatherer, rollupID uint64, p []byte) <-chan error {
	ch := make(chan error, 1)
	go func() { ch <- g.Submit(ctx, rollupID, p) }()
	return ch
}

// joinInOrder submits ps one after another, each once the previous one has joined the open
// batch, so their arrival order is known.
func joinInOrder(t *testing.T, g *Gatherer, rollupID uint64, ps [][]byte) []<-chan error {
	t.Helper()
	var out []<-chan error
	for i, p := range ps {
		base := g.joinedTxs()
		out = append(out, submitAsync(context.Background(), g, rollupID, p))
		testutil.WaitFor(t, 5*time.Second, fmt.Sprintf("transaction %d gathered", i), func() (bool, error) { return g.joinedTxs() > base, nil })
	}
	return out
}

func answers(t *testing.T, chs []<-chan error) []error {
	t.Helper()
	out := make([]error, len(chs))
	for i, ch := range chs {
		select {
		case out[i] = <-ch:
		case <-time.After(10 * time.Second):
			t.Fatalf("submission %d not answered", i)
		}
	}
	return out
}

func payloadsOf(d envelope.Tx) [][]byte {
	out := make([][]byte, len(d.Parts))
	for i, p := range d.Parts {
		out[i] = p.Payload
	}
	return out
}

func samePayloads(t *testing.T, what string, got, want [][]byte) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d transactions, want %d", what, len(got), len(want))
	}
	for i := range got {
		if !bytes.Equal(got[i], want[i]) {
			t.Fatalf("%s: transaction %d is %q, want %q", what, i, got[i], want[i])
		}
	}
}

func TestConfigCheck(t *testing.T) {
	for _, tc := range []struct {
		name string
		mod  func(*Config)
		ok   bool
	}{
		{"default", func(*Config) {}, true},
		{"off ignores limits", func(c *Config) { *c = Config{} }, true},
		{"negative window", func(c *Config) { c.Window = -time.Millisecond }, false},
		{"no txs", func(c *Config) { c.MaxTxs = 0 }, false},
		{"too many txs", func(c *Config) { c.MaxTxs = envelope.MaxBatchParts + 1 }, false},
		{"bytes over a consensus transaction", func(c *Config) { c.MaxBytes = envelope.MaxTxBytes + 1 }, false},
		{"bytes below one transaction", func(c *Config) { c.MaxBytes = batchHeaderBytes + txHeaderBytes }, false},
		{"pending below a batch", func(c *Config) { c.MaxPendingBytes = c.MaxBytes - 1 }, false},
	} {
		c := DefaultConfig()
		tc.mod(&c)
		if err := c.Check(); (err == nil) != tc.ok {
			t.Errorf("%s: Check() = %v, want ok %v", tc.name, err, tc.ok)
		}
	}
}

// Transactions arriving within the window share one batch, in arrival order, and every caller
// is answered with its outcome.
func TestGatherWindowOrderAndAnswers(t *testing.T) {
	s := &sink{}
	cfg := DefaultConfig()
	cfg.Window = time.Second // ten joins, each seen by polling
	g := newGatherer(t, cfg, s)
	var ps [][]byte
	for i := 0; i < 10; i++ {
		ps = append(ps, payload(9-i)) // not sorted: order is arrival, nothing else
	}
	start := time.Now()
	for i, err := range answers(t, joinInOrder(t, g, 7, ps)) {
		if err != nil {
			t.Fatalf("submission %d: %v", i, err)
		}
	}
	if el := time.Since(start); el < cfg.Window {
		t.Fatalf("answered after %s, before the %s window ended", el, cfg.Window)
	}
	got := s.got()
	if len(got) != 1 || !got[0].Batch || got[0].Parts[0].RollupID != 7 {
		t.Fatalf("submitted %+v, want one batch of rollup 7", got)
	}
	samePayloads(t, "batch", payloadsOf(got[0]), ps)
	if p := g.pendingBytes(); p != 0 {
		t.Fatalf("%d bytes still pending after every answer", p)
	}
}

// A transaction alone in its window goes as the plain envelope it would have been without
// gathering.
func TestGatherLoneTransactionIsAnEnvelope(t *testing.T) {
	s := &sink{}
	cfg := DefaultConfig()
	cfg.Window = 5 * time.Millisecond
	g := newGatherer(t, cfg, s)
	if err := g.Submit(context.Background(), 3, payload(1)); err != nil {
		t.Fatal(err)
	}
	got := s.got()
	if len(got) != 1 || got[0].Batch || got[0].Bundle || len(got[0].Parts) != 1 || got[0].Parts[0].RollupID != 3 {
		t.Fatalf("submitted %+v, want one envelope of rollup 3", got)
	}
}

// MaxTxs and MaxBytes close a batch early; the next transaction opens another, and batches of
// a rollup are submitted in order.
func TestGatherCaps(t *testing.T) {
	t.Run("count", func(t *testing.T) {
		s := &sink{}
		cfg := DefaultConfig()
		cfg.Window, cfg.MaxTxs = time.Minute, 3
		g := newGatherer(t, cfg, s)
		var ps [][]byte
		for i := 0; i < 6; i++ {
			ps = append(ps, payload(i))
		}
		chs := joinInOrder(t, g, 1, ps) // each batch closes at 3: no window to wait for
		for i, err := range answers(t, chs) {
			if err != nil {
				t.Fatalf("submission %d: %v", i, err)
			}
		}
		got := s.got()
		if len(got) != 2 {
			t.Fatalf("%d batches, want 2", len(got))
		}
		samePayloads(t, "first batch", payloadsOf(got[0]), ps[:3])
		samePayloads(t, "second batch", payloadsOf(got[1]), ps[3:])
	})
	t.Run("bytes", func(t *testing.T) {
		s := &sink{}
		cfg := DefaultConfig()
		cfg.Window = 100 * time.Millisecond
		big := bytes.Repeat([]byte{1}, 100)
		cfg.MaxBytes = batchHeaderBytes + 2*(txHeaderBytes+len(big)) // two fit, not three
		g := newGatherer(t, cfg, s)
		ps := [][]byte{append([]byte{1}, big[1:]...), append([]byte{2}, big[1:]...), append([]byte{3}, big[1:]...)}
		for i, err := range answers(t, joinInOrder(t, g, 1, ps[:2])) {
			if err != nil {
				t.Fatalf("submission %d: %v", i, err)
			}
		}
		if err := g.Submit(context.Background(), 1, ps[2]); err != nil {
			t.Fatal(err)
		}
		got := s.got()
		if len(got) != 2 {
			t.Fatalf("%d consensus transactions, want 2", len(got))
		}
		samePayloads(t, "batch", payloadsOf(got[0]), ps[:2])
		samePayloads(t, "then", payloadsOf(got[1]), ps[2:])
		// A payload that cannot share a batch at all goes alone at once.
		huge := bytes.Repeat([]byte{9}, cfg.MaxBytes)
		if err := g.Submit(context.Background(), 1, huge); err != nil {
			t.Fatal(err)
		}
		if got := s.got(); len(got) != 3 || got[2].Batch || !bytes.Equal(got[2].Parts[0].Payload, huge) {
			t.Fatalf("oversized payload submitted as %+v", got[len(got)-1])
		}
	})
}

// While a batch is being submitted the next one gathers; it is submitted after the first
// answered, whatever its window, so a rollup's transactions keep their arrival order.
func TestGatherBatchesOfARollupInOrder(t *testing.T) {
	s := &sink{gate: make(chan struct{}), entered: make(chan struct{}, 10)}
	cfg := DefaultConfig()
	cfg.Window = 300 * time.Millisecond
	g := newGatherer(t, cfg, s)
	first := submitAsync(context.Background(), g, 1, payload(0))
	<-s.entered // the first batch is being submitted and waits
	second := joinInOrder(t, g, 1, [][]byte{payload(1), payload(2)})
	testutil.WaitFor(t, 5*time.Second, "second batch closed", func() (bool, error) { return g.gathered(1) == 0, nil })
	if n := len(s.got()); n != 1 {
		t.Fatalf("%d batches submitted while the first waits, want 1", n)
	}
	close(s.gate)
	for i, err := range answers(t, append([]<-chan error{first}, second...)) {
		if err != nil {
			t.Fatalf("submission %d: %v", i, err)
		}
	}
	got := s.got()
	if len(got) != 2 {
		t.Fatalf("%d batches, want 2", len(got))
	}
	samePayloads(t, "first", payloadsOf(got[0]), [][]byte{payload(0)})
	samePayloads(t, "second", payloadsOf(got[1]), [][]byte{payload(1), payload(2)})
}

// The same transaction twice while it waits is gathered once; both callers get the answer.
func TestGatherDuplicates(t *testing.T) {
	s := &sink{gate: make(chan struct{}), entered: make(chan struct{}, 10)}
	cfg := DefaultConfig()
	cfg.Window = 300 * time.Millisecond
	g := newGatherer(t, cfg, s)
	chs := joinInOrder(t, g, 1, [][]byte{payload(1), payload(2)})
	dup := submitAsync(context.Background(), g, 1, payload(1)) // joins the open batch
	// The same payload for another rollup is another transaction.
	other := submitAsync(context.Background(), g, 2, payload(1))
	<-s.entered
	<-s.entered
	// While the batch is being submitted, a third copy joins it too.
	dup2 := submitAsync(context.Background(), g, 1, payload(2))
	select {
	case err := <-dup2:
		t.Fatalf("duplicate answered (%v) before its batch", err)
	case <-time.After(20 * time.Millisecond):
	}
	close(s.gate)
	for i, err := range answers(t, append(chs, dup, other, dup2)) {
		if err != nil {
			t.Fatalf("submission %d: %v", i, err)
		}
	}
	got := s.got()
	if len(got) != 2 {
		t.Fatalf("%d consensus transactions, want 2 (one per rollup): %+v", len(got), got)
	}
	for _, d := range got {
		if d.Parts[0].RollupID == 1 {
			samePayloads(t, "rollup 1", payloadsOf(d), [][]byte{payload(1), payload(2)})
		}
	}
}

// Busy: the pending bytes limit answers busy at once, and a batch the submitter finds busy
// answers every one of its callers busy.
func TestGatherBusy(t *testing.T) {
	t.Run("pending limit", func(t *testing.T) {
		s := &sink{gate: make(chan struct{}), entered: make(chan struct{}, 10)}
		cfg := DefaultConfig()
		cfg.Window = time.Millisecond
		cfg.MaxBytes = 64
		cfg.MaxPendingBytes = 2 * (len(payload(0)) + txOverheadBytes) // two transactions
		g := newGatherer(t, cfg, s)
		a := submitAsync(context.Background(), g, 1, payload(0))
		<-s.entered
		b := submitAsync(context.Background(), g, 2, payload(1))
		<-s.entered
		if err := g.Submit(context.Background(), 3, payload(2)); !errors.Is(err, ErrBusy) {
			t.Fatalf("third transaction: %v, want busy", err)
		}
		// A copy of a waiting transaction is not new memory: it joins.
		c := submitAsync(context.Background(), g, 1, payload(0))
		close(s.gate)
		for i, err := range answers(t, []<-chan error{a, b, c}) {
			if err != nil {
				t.Fatalf("submission %d: %v", i, err)
			}
		}
		if err := g.Submit(context.Background(), 3, payload(2)); err != nil {
			t.Fatalf("after the others were answered: %v", err)
		}
	})
	t.Run("submitter busy", func(t *testing.T) {
		busy := errors.New("mempool full")
		s := &sink{err: busy}
		cfg := DefaultConfig()
		cfg.Window, cfg.MaxTxs = time.Minute, 3
		g := newGatherer(t, cfg, s)
		chs := joinInOrder(t, g, 1, [][]byte{payload(0), payload(1)})
		chs = append(chs, submitAsync(context.Background(), g, 1, payload(2)))
		for i, err := range answers(t, chs) {
			if !errors.Is(err, busy) {
				t.Fatalf("submission %d: %v, want the batch's busy", i, err)
			}
		}
		if p := g.pendingBytes(); p != 0 {
			t.Fatalf("%d bytes pending after a refused batch", p)
		}
	})
}

// A caller that gives up gets its context's error; its transaction stays in the batch and the
// others' are submitted and answered.
func TestGatherCancelledCallerKeepsOthers(t *testing.T) {
	s := &sink{}
	cfg := DefaultConfig()
	cfg.Window = 500 * time.Millisecond
	g := newGatherer(t, cfg, s)
	first := joinInOrder(t, g, 1, [][]byte{payload(0)})
	ctx, cancel := context.WithCancel(context.Background())
	quitter := submitAsync(ctx, g, 1, payload(1))
	testutil.WaitFor(t, 5*time.Second, "gathered", func() (bool, error) { return g.gathered(1) == 2, nil })
	last := joinInOrder(t, g, 1, [][]byte{payload(2)})
	cancel()
	if err := answers(t, []<-chan error{quitter})[0]; !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled caller: %v", err)
	}
	if n := len(s.got()); n != 0 {
		t.Fatalf("cancellation submitted %d batches early", n)
	}
	for i, err := range answers(t, append(first, last...)) {
		if err != nil {
			t.Fatalf("submission %d: %v", i, err)
		}
	}
	got := s.got()
	if len(got) != 1 {
		t.Fatalf("%d batches, want 1", len(got))
	}
	samePayloads(t, "batch", payloadsOf(got[0]), [][]byte{payload(0), payload(1), payload(2)})
}

// Many concurrent callers over several rollups: every one is answered, every transaction is
// submitted exactly once, and each caller's transactions keep their order in its rollup.
func TestGatherConcurrentCallers(t *testing.T) {
	s := &sink{}
	cfg := DefaultConfig()
	cfg.Window, cfg.MaxTxs = time.Millisecond, 16
	g := newGatherer(t, cfg, s)
	const callers, each = 40, 25
	var wg sync.WaitGroup
	errs := make(chan error, callers*each)
	for c := 0; c < callers; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				if err := g.Submit(context.Background(), uint64(c%3), []byte(fmt.Sprintf("caller %02d tx %03d", c, i))); err != nil {
					errs <- fmt.Errorf("caller %d tx %d: %w", c, i, err)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	seen := make(map[string]bool)
	next := make(map[int]int) // caller -> next tx index expected
	submitted := 0
	for _, d := range s.got() {
		for _, p := range d.Parts {
			k := string(p.Payload)
			if seen[k] {
				t.Fatalf("%s submitted twice", k)
			}
			seen[k] = true
			var c, i int
			if _, err := fmt.Sscanf(k, "caller %d tx %d", &c, &i); err != nil {
				t.Fatal(err)
			}
			if uint64(c%3) != p.RollupID || next[c] != i {
				t.Fatalf("%s in rollup %d after %d of its caller's", k, p.RollupID, next[c])
			}
			next[c]++
			submitted++
		}
	}
	if submitted != callers*each {
		t.Fatalf("%d transactions submitted, want %d", submitted, callers*each)
	}
	if len(s.got()) >= submitted {
		t.Fatalf("%d consensus transactions for %d transactions: nothing gathered", len(s.got()), submitted)
	}
	t.Logf("%d transactions in %d consensus transactions", submitted, len(s.got()))
}

// Stop submits what is gathering without waiting for the window, answers its callers, then
// refuses new transactions as busy.
func TestGatherStop(t *testing.T) {
	s := &sink{}
	cfg := DefaultConfig()
	cfg.Window = time.Hour
	g, err := New(cfg, s.submit, slog.New(slog.DiscardHandler), nil)
	if err != nil {
		t.Fatal(err)
	}
	chs := joinInOrder(t, g, 1, [][]byte{payload(0), payload(1)})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := g.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	for i, err := range answers(t, chs) {
		if err != nil {
			t.Fatalf("submission %d: %v", i, err)
		}
	}
	if got := s.got(); len(got) != 1 || len(got[0].Parts) != 2 {
		t.Fatalf("submitted %+v, want the open batch", got)
	}
	if err := g.Submit(context.Background(), 1, payload(3)); !errors.Is(err, ErrBusy) {
		t.Fatalf("after Stop: %v, want busy", err)
	}
	if err := g.Stop(ctx); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
}
