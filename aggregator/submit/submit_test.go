package submit

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/aggregator/blsagg"
	"github.com/lockstep-xyz/lockstep/aggregator/collect"
	"github.com/lockstep-xyz/lockstep/aggregator/internal/aggtest"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

func testKeys(n int) []*bls.KeyPair { return aggtest.Keys("submit", n) }

func testSet(ref uint64, keys []*bls.KeyPair) (*collect.OperatorSet, error) {
	set, err := blsagg.NewOperatorSet(ref, aggtest.Operators(keys))
	if err != nil {
		return nil, err
	}
	return &collect.OperatorSet{OperatorSet: set, Addrs: map[blsagg.OperatorID]common.Address{}}, nil
}

func cpAt(n uint64) commitment.Checkpoint { return aggtest.Checkpoint(n, "") }

// fakeL1 is a CheckpointRegistry that stores checkpoints in order. Submissions wait to be
// mined: a block takes the next blocks[0] submissions (1 once blocks is used up) and
// applies them in checkpoint order, as nonces would.
type fakeL1 struct {
	keys []*bls.KeyPair

	mu                    sync.Mutex
	head                  uint64
	minRef                uint64
	latest                uint64
	readErr               error
	script                map[uint64][]error // outcomes given before the registry's rules apply
	blocks                []int
	queue                 []*pendingSub
	calls                 []call   // every submission, in the order received
	stored                []stored // checkpoints stored by submissions
	reads                 int
	inFlight, maxInFlight int
}

type call struct{ n, ref uint64 }

type stored struct{ n, block uint64 }

type pendingSub struct {
	c    *collect.Candidate
	done chan subResult
}

type subResult struct {
	r   *Receipt
	err error
}

func (f *fakeL1) Head(context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reads++
	return f.head, f.readErr
}

func (f *fakeL1) MinReferenceBlock(context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.minRef, f.readErr
}

func (f *fakeL1) LatestCheckpoint(context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.latest, f.readErr
}

func (f *fakeL1) OperatorSet(_ context.Context, ref uint64) (*collect.OperatorSet, error) {
	return testSet(ref, f.keys)
}

func (f *fakeL1) Submit(ctx context.Context, c *collect.Candidate) (*Receipt, error) {
	f.mu.Lock()
	f.calls = append(f.calls, call{c.Checkpoint.Number, c.Aggregate.ReferenceBlock})
	s := &pendingSub{c: c, done: make(chan subResult, 1)}
	f.queue = append(f.queue, s)
	f.inFlight++
	f.maxInFlight = max(f.maxInFlight, f.inFlight)
	size := 1
	if len(f.blocks) > 0 {
		size = f.blocks[0]
	}
	if len(f.queue) >= size {
		if len(f.blocks) > 0 {
			f.blocks = f.blocks[1:]
		}
		f.mine()
	}
	f.mu.Unlock()
	select {
	case r := <-s.done:
		return r.r, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// mine includes the queued submissions in one new block (f.mu held).
func (f *fakeL1) mine() {
	slices.SortFunc(f.queue, func(a, b *pendingSub) int { return int(a.c.Checkpoint.Number) - int(b.c.Checkpoint.Number) })
	block := f.head
	for _, s := range f.queue {
		err := f.outcome(s.c, block)
		var r *Receipt
		if err == nil {
			f.latest = s.c.Checkpoint.Number
			f.stored = append(f.stored, stored{f.latest, block})
			r = &Receipt{Block: block, GasUsed: 300_000}
		}
		f.inFlight--
		s.done <- subResult{r, err}
	}
	f.queue = nil
	f.head++
}

func (f *fakeL1) outcome(c *collect.Candidate, block uint64) error {
	n := c.Checkpoint.Number
	if q := f.script[n]; len(q) > 0 {
		f.script[n] = q[1:]
		if errors.Is(q[0], ErrAlreadyStored) {
			f.latest = max(f.latest, n) // another aggregator's transaction came first
		}
		return q[0]
	}
	switch r := c.Aggregate.ReferenceBlock; {
	case n <= f.latest:
		return ErrAlreadyStored
	case n != f.latest+1:
		return ErrNonSequential
	case r < f.minRef || r >= block:
		return ErrStaleReference
	}
	return nil
}

func (f *fakeL1) snapshot() (calls []call, st []stored, maxInFlight, reads int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.calls), slices.Clone(f.stored), f.maxInFlight, f.reads
}

// fakeMetrics counts what the pipeline meters.
type fakeMetrics struct {
	mu                               sync.Mutex
	self, other, stored, l1Err, reag int
}

func (m *fakeMetrics) Latest(uint64) {}
func (m *fakeMetrics) Settled(by string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if by == "self" {
		m.self++
	} else {
		m.other++
	}
}
func (m *fakeMetrics) Stored(*Receipt) { m.mu.Lock(); m.stored++; m.mu.Unlock() }
func (m *fakeMetrics) L1Error()        { m.mu.Lock(); m.l1Err++; m.mu.Unlock() }
func (m *fakeMetrics) Reaggregated()   { m.mu.Lock(); m.reag++; m.mu.Unlock() }
func (m *fakeMetrics) counts() (self, other, l1Err, reag int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.self, m.other, m.l1Err, m.reag
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	testutil.WaitFor(t, 10*time.Second, what, func() (bool, error) { return cond(), nil })
}

// TestPipeline: one row per L1 outcome; every checkpoint must end up stored in order.
func TestPipeline(t *testing.T) {
	type env struct {
		t   *testing.T
		l1  *fakeL1
		m   *fakeMetrics
		p   *Pipeline
		col *collect.Collector
	}
	for _, tc := range []struct {
		name        string
		checkpoints uint64
		maxInFlight int
		blocks      []int
		script      map[uint64][]error
		readErr     bool
		check       func(e env)
	}{
		{name: "stored", checkpoints: 1, check: func(e env) {
			calls, _, _, _ := e.l1.snapshot()
			if self, other, _, _ := e.m.counts(); self != 1 || other != 0 || len(calls) != 1 {
				t.Fatalf("self %d other %d calls %v", self, other, calls)
			}
			if pr := e.p.Progress(); pr.LastStored != 1 || pr.LastStoredAt.IsZero() || pr.LastL1Read.IsZero() || pr.L1Error != "" {
				t.Fatalf("progress %+v, want checkpoint 1 stored by us and L1 read", pr)
			}
		}},
		{name: "already stored by another aggregator", checkpoints: 1, script: map[uint64][]error{1: {ErrAlreadyStored}}, check: func(e env) {
			if self, other, _, _ := e.m.counts(); self != 0 || other != 1 {
				t.Fatalf("self %d other %d", self, other)
			}
			if pr := e.p.Progress(); pr.LastStored != 0 {
				t.Fatalf("progress %+v: another aggregator stored it", pr)
			}
		}},
		{name: "stale reference block: re-aggregated at a newer one", checkpoints: 1, script: map[uint64][]error{1: {ErrStaleReference}}, check: func(e env) {
			calls, _, _, _ := e.l1.snapshot()
			if _, _, _, reag := e.m.counts(); len(calls) != 2 || calls[1].ref <= calls[0].ref || reag != 1 {
				t.Fatalf("calls %v, reaggregations %d", calls, reag)
			}
		}},
		{name: "non-sequential: retried as it was", checkpoints: 1, script: map[uint64][]error{1: {ErrNonSequential}}, check: func(e env) {
			calls, _, _, _ := e.l1.snapshot()
			if _, _, _, reag := e.m.counts(); len(calls) != 2 || calls[1].ref != calls[0].ref || reag != 0 {
				t.Fatalf("calls %v, reaggregations %d", calls, reag)
			}
		}},
		{name: "unknown revert: re-aggregated and retried with backoff", checkpoints: 1, script: map[uint64][]error{1: {ErrReverted}}, check: func(e env) {
			calls, _, _, _ := e.l1.snapshot()
			if _, _, l1Err, _ := e.m.counts(); len(calls) != 2 || calls[1].ref <= calls[0].ref || l1Err == 0 {
				t.Fatalf("calls %v, L1 errors %d", calls, l1Err)
			}
		}},
		{name: "L1 unreachable, then back", checkpoints: 1, readErr: true, check: func(e env) {
			if _, _, l1Err, _ := e.m.counts(); l1Err == 0 {
				t.Fatalf("no L1 error counted")
			}
			waitFor(t, "a successful L1 round", func() bool { pr := e.p.Progress(); return !pr.LastL1Read.IsZero() && pr.L1Error == "" })
		}},
		{name: "several in flight land in one block", checkpoints: 3, maxInFlight: 4, blocks: []int{3}, check: func(e env) {
			_, st, maxIn, _ := e.l1.snapshot()
			if maxIn != 3 || st[0].block != st[2].block {
				t.Fatalf("max in flight %d, stored %v", maxIn, st)
			}
		}},
		{name: "max in flight bounds the pipeline", checkpoints: 3, maxInFlight: 2, blocks: []int{2}, check: func(e env) {
			_, st, maxIn, _ := e.l1.snapshot()
			if maxIn != 2 || st[0].block != st[1].block || st[2].block <= st[1].block {
				t.Fatalf("max in flight %d, stored %v", maxIn, st)
			}
		}},
		{name: "a revert in the pipeline makes the later ones retry", checkpoints: 3, maxInFlight: 4, blocks: []int{3},
			script: map[uint64][]error{1: {ErrStaleReference}}, check: func(e env) {
				calls, _, _, _ := e.l1.snapshot()
				per := map[uint64]int{}
				for _, c := range calls {
					per[c.n]++
				}
				if per[1] != 2 || per[2] < 2 || per[3] < 2 {
					t.Fatalf("submissions per checkpoint %v", per)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			keys := testKeys(4)
			l1 := &fakeL1{keys: keys, head: 12, script: tc.script, blocks: tc.blocks}
			if tc.script == nil {
				l1.script = map[uint64][]error{}
			}
			if tc.readErr {
				l1.readErr = errors.New("connection refused")
			}
			col, err := collect.New(collect.Config{ChainID: aggtest.ChainID, Registry: aggtest.Registry, ThresholdBips: 6667, Retain: 64, MaxAhead: 1024}, 0, collect.Hooks{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			set, _ := testSet(10, keys)
			col.Rebase(set)
			for n := uint64(1); n <= tc.checkpoints; n++ {
				d := commitment.CheckpointDigest(aggtest.ChainID, aggtest.Registry, cpAt(n))
				for _, k := range keys {
					sig, err := collect.DecodeSignature(k.SignMessage(d).G1Affine.Marshal())
					if err != nil {
						t.Fatal(err)
					}
					if _, err := col.Receive(cpAt(n), blsagg.OperatorIDFromPubkey(k.GetPubKeyG1()), sig); err != nil {
						t.Fatal(err)
					}
				}
			}
			m := &fakeMetrics{}
			p := New(Config{ReferenceLag: 1, MaxReferenceAge: 100, MaxInFlight: max(tc.maxInFlight, 1), PollInterval: time.Millisecond,
				MaxBackoff: 5 * time.Millisecond, L1ReadTimeout: time.Second, SubmitTimeout: 5 * time.Second}, l1, col, m, make(chan struct{}), nil)
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() { defer close(done); p.Run(ctx) }()
			defer func() { cancel(); <-done }()

			if tc.readErr {
				waitFor(t, "the L1 error to show", func() bool { return p.L1Error() != "" })
				if pr := p.Progress(); !pr.LastL1Read.IsZero() || pr.L1Error == "" {
					t.Fatalf("progress with L1 unreachable from the start: %+v", pr)
				}
				l1.mu.Lock()
				l1.readErr = nil
				l1.mu.Unlock()
			}
			waitFor(t, "every checkpoint settled", func() bool { return col.Settled() == tc.checkpoints })
			waitFor(t, "every submission returned", func() bool { return len(p.Sending()) == 0 })
			_, st, _, _ := l1.snapshot()
			for i := 1; i < len(st); i++ {
				if st[i].n != st[i-1].n+1 {
					t.Fatalf("stored out of order: %v", st)
				}
			}
			if p.L1Error() != "" && !tc.readErr {
				t.Logf("last L1 error: %s", p.L1Error())
			}
			tc.check(env{t: t, l1: l1, m: m, p: p, col: col})
		})
	}
}

// TestPipelinePermanentRefusal: a checkpoint L1 refuses for good is not submitted again.
func TestPipelinePermanentRefusal(t *testing.T) {
	keys := testKeys(4)
	l1 := &fakeL1{keys: keys, head: 12, script: map[uint64][]error{1: {fmt.Errorf("%w: NonContiguousHeights", ErrPermanent)}}}
	col, err := collect.New(collect.Config{ChainID: aggtest.ChainID, Registry: aggtest.Registry, ThresholdBips: 6667, Retain: 64, MaxAhead: 1024}, 0, collect.Hooks{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	set, _ := testSet(10, keys)
	col.Rebase(set)
	d := commitment.CheckpointDigest(aggtest.ChainID, aggtest.Registry, cpAt(1))
	for _, k := range keys {
		sig, _ := collect.DecodeSignature(k.SignMessage(d).G1Affine.Marshal())
		if _, err := col.Receive(cpAt(1), blsagg.OperatorIDFromPubkey(k.GetPubKeyG1()), sig); err != nil {
			t.Fatal(err)
		}
	}
	p := New(Config{ReferenceLag: 1, MaxReferenceAge: 100, MaxInFlight: 1, PollInterval: time.Millisecond,
		MaxBackoff: 5 * time.Millisecond, L1ReadTimeout: time.Second, SubmitTimeout: 5 * time.Second}, l1, col, &fakeMetrics{}, make(chan struct{}), nil)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); p.Run(ctx) }()
	defer func() { cancel(); <-done }()

	waitFor(t, "the refusal", func() bool { c, _, _, _ := l1.snapshot(); return len(c) == 1 && len(p.Sending()) == 0 })
	_, _, _, reads := l1.snapshot()
	waitFor(t, "ten more rounds", func() bool { _, _, _, r := l1.snapshot(); return r >= reads+10 })
	calls, _, _, _ := l1.snapshot()
	pend := col.Pending()
	if len(calls) != 1 || len(pend) != 1 || pend[0].Failed == "" || col.Settled() != 0 {
		t.Fatalf("calls %v, pending %+v", calls, pend)
	}
}
