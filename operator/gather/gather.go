// Package gather gathers the single transactions submitted to an operator node into one batch
// per rollup for a short window, so many user transactions share one consensus transaction:
// one journal write, one CheckTx on every node, one mempool entry and one gossip message. The
// per-consensus-transaction cost is what bounds throughput, not the bytes. Each user transaction
// keeps its own hash and position in its rollup's batch (a batch's transactions are leaves of
// that batch like any other), and every caller waiting on a gathered batch gets its outcome.
package gather

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
)

// ErrBusy is returned when the transactions already gathered and not yet answered hold
// Config.MaxPendingBytes, or while the gatherer stops: the caller should retry later.
var ErrBusy = errors.New("ingress gathering is full, retry later")

// Config bounds gathering. The zero Window turns it off (the node submits each transaction as
// its own consensus transaction).
type Config struct {
	// Window is how long a rollup's first gathered transaction waits for others.
	Window time.Duration
	// MaxTxs and MaxBytes close a batch before its window ends: at most MaxTxs transactions
	// and MaxBytes bytes encoded.
	MaxTxs   int
	MaxBytes int
	// MaxPendingBytes bounds what is gathered and not yet answered, over all rollups (payload
	// bytes plus a per-transaction overhead); beyond it submissions are answered busy.
	MaxPendingBytes int
}

// DefaultConfig gathers for 2 ms, up to 1024 transactions or 128 KiB per batch (half a
// consensus transaction's limit, a thirty-second of a block's default cap), 64 MiB pending.
func DefaultConfig() Config {
	return Config{Window: 2 * time.Millisecond, MaxTxs: 1024, MaxBytes: 128 << 10, MaxPendingBytes: 64 << 20}
}

// Enabled reports whether gathering is on.
func (c Config) Enabled() bool { return c.Window > 0 }

// Check validates the configuration (only when enabled: the limits mean nothing otherwise).
func (c Config) Check() error {
	if c.Window < 0 {
		return fmt.Errorf("gather: Window %s is negative", c.Window)
	}
	if !c.Enabled() {
		return nil
	}
	if c.MaxTxs < 1 || c.MaxTxs > envelope.MaxBatchParts {
		return fmt.Errorf("gather: MaxTxs %d outside [1, %d]", c.MaxTxs, envelope.MaxBatchParts)
	}
	if min := batchHeaderBytes + txHeaderBytes + 1; c.MaxBytes < min || c.MaxBytes > envelope.MaxTxBytes {
		return fmt.Errorf("gather: MaxBytes %d outside [%d, %d]", c.MaxBytes, min, envelope.MaxTxBytes)
	}
	if c.MaxPendingBytes < c.MaxBytes {
		return fmt.Errorf("gather: MaxPendingBytes %d is below MaxBytes %d", c.MaxPendingBytes, c.MaxBytes)
	}
	return nil
}

// Sizes of the batch encoding (envelope.EncodeBatch) and what one pending transaction costs
// beyond its payload (its hash in the batch's set, slice headers).
const (
	batchHeaderBytes = 1 + 8 + 2
	txHeaderBytes    = 4
	txOverheadBytes  = 96
)

// Submitter admits one encoded consensus transaction (an envelope or a batch), durably: nil
// once accepted, otherwise the error every transaction in it is answered with.
type Submitter func(ctx context.Context, raw []byte) error

// Metrics are the gatherer's metrics (namespace lockstep, subsystem api).
type Metrics struct {
	BatchTxs prometheus.Histogram
	Busy     prometheus.Counter
}

// NewMetrics registers the metrics on reg (none if nil).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		BatchTxs: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "lockstep", Subsystem: "api", Name: "gathered_batch_txs",
			Help: "User transactions per consensus transaction gathered by the API.", Buckets: prometheus.ExponentialBuckets(1, 2, 13)}),
		Busy: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "lockstep", Subsystem: "api", Name: "gather_busy_total",
			Help: "Submissions answered busy because gathered transactions held the pending bytes limit."}),
	}
	if reg != nil {
		reg.MustRegister(m.BatchTxs, m.Busy)
	}
	return m
}

// batch is one rollup's gathered transactions, in arrival order.
type batch struct {
	payloads [][]byte
	seen     map[common.Hash]struct{}
	size     int // encoded bytes
	pending  int // bytes counted against MaxPendingBytes
	timer    *time.Timer

	done chan struct{} // closed once err is the batch's outcome
	err  error
}

// lane is one rollup's batches: the one still gathering, and the closed ones submitted one at a
// time in order (the head is being submitted), so a rollup's transactions reach the mempool in
// the order they arrived.
type lane struct {
	open     *batch
	queue    []*batch
	flushing bool
}

// Gatherer gathers single transactions per rollup and submits each batch as one consensus
// transaction.
type Gatherer struct {
	cfg     Config
	submit  Submitter
	log     *slog.Logger
	metrics *Metrics

	ctx    context.Context // submissions of batches; cancelled if Stop runs out of time
	cancel context.CancelFunc
	wg     sync.WaitGroup // armed timers and flushers

	mu       sync.Mutex
	lanes    map[uint64]*lane
	pending  int
	joined   uint64 // transactions that joined a batch, ever
	stopping bool
	stopOnce sync.Once
}

// New returns a gatherer that hands its batches to submit. cfg must be enabled.
func New(cfg Config, submit Submitter, log *slog.Logger, m *Metrics) (*Gatherer, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if !cfg.Enabled() {
		return nil, errors.New("gather: Window is 0 (gathering is off)")
	}
	if m == nil {
		m = NewMetrics(nil)
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Gatherer{cfg: cfg, submit: submit, log: log.With("component", "gather"), metrics: m, ctx: ctx, cancel: cancel, lanes: make(map[uint64]*lane)}, nil
}

// Submit gathers payload (already validated on its own) into rollupID's open batch and waits
// for that batch's outcome: nil once it is accepted durably, ErrBusy, or the submitter's
// error. A payload already waiting in one of the rollup's batches joins it rather than being
// sequenced twice. If ctx ends first Submit returns its error, but the payload stays in its
// batch: the batch is submitted for the others, and this one may still be sequenced.
func (g *Gatherer) Submit(ctx context.Context, rollupID uint64, payload []byte) error {
	h := commitment.TxHash(payload)
	txBytes := txHeaderBytes + len(payload)
	if batchHeaderBytes+txBytes > g.cfg.MaxBytes {
		// Too large to share a batch: it goes alone, as the envelope the caller would have sent.
		return g.alone(ctx, rollupID, payload)
	}
	cost := len(payload) + txOverheadBytes

	g.mu.Lock()
	if g.stopping {
		g.mu.Unlock()
		return ErrBusy
	}
	l := g.lanes[rollupID]
	if l == nil {
		l = &lane{}
		g.lanes[rollupID] = l
	}
	if b := l.find(h); b != nil {
		g.mu.Unlock()
		return wait(ctx, b)
	}
	if g.pending+cost > g.cfg.MaxPendingBytes {
		if l.open == nil && len(l.queue) == 0 {
			delete(g.lanes, rollupID)
		}
		g.mu.Unlock()
		g.metrics.Busy.Inc()
		return ErrBusy
	}
	b := l.open
	if b != nil && (len(b.payloads) >= g.cfg.MaxTxs || b.size+txBytes > g.cfg.MaxBytes) {
		g.closeOpen(rollupID, l)
		b = nil
	}
	if b == nil {
		b = &batch{seen: make(map[common.Hash]struct{}), size: batchHeaderBytes, done: make(chan struct{})}
		l.open = b
		g.wg.Add(1)
		b.timer = time.AfterFunc(g.cfg.Window, func() {
			defer g.wg.Done()
			g.expire(rollupID, b)
		})
	}
	b.payloads = append(b.payloads, payload)
	b.seen[h] = struct{}{}
	b.size += txBytes
	b.pending += cost
	g.pending += cost
	g.joined++
	if len(b.payloads) >= g.cfg.MaxTxs || b.size+txHeaderBytes+1 > g.cfg.MaxBytes {
		g.closeOpen(rollupID, l) // full: waiting longer gathers nothing more
	}
	g.mu.Unlock()
	return wait(ctx, b)
}

// alone submits payload as its own envelope, outside any batch.
func (g *Gatherer) alone(ctx context.Context, rollupID uint64, payload []byte) error {
	raw, err := envelope.EncodeEnvelope(envelope.Envelope{RollupID: rollupID, Payload: payload})
	if err != nil {
		return fmt.Errorf("encode envelope of rollup %d: %w", rollupID, err)
	}
	g.metrics.BatchTxs.Observe(1)
	return g.submit(ctx, raw)
}

// find returns the lane's batch, gathering or not yet answered, that holds the hash h.
func (l *lane) find(h common.Hash) *batch {
	if l.open != nil {
		if _, ok := l.open.seen[h]; ok {
			return l.open
		}
	}
	for _, b := range l.queue {
		if _, ok := b.seen[h]; ok {
			return b
		}
	}
	return nil
}

func wait(ctx context.Context, b *batch) error {
	select {
	case <-b.done:
		return b.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// expire closes b when its window ends, unless it was closed already.
func (g *Gatherer) expire(rollupID uint64, b *batch) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if l := g.lanes[rollupID]; l != nil && l.open == b {
		b.timer = nil // this callback is the timer's: nothing to stop
		g.closeOpen(rollupID, l)
	}
}

// closeOpen moves the lane's open batch to its queue and makes sure a flusher runs. Call with
// g.mu held.
func (g *Gatherer) closeOpen(rollupID uint64, l *lane) {
	b := l.open
	l.open = nil
	if b.timer != nil && b.timer.Stop() {
		g.wg.Done() // the timer's callback will not run
	}
	b.timer = nil
	l.queue = append(l.queue, b)
	if !l.flushing {
		l.flushing = true
		g.wg.Add(1)
		go func() {
			defer g.wg.Done()
			g.flush(rollupID, l)
		}()
	}
}

// flush submits the lane's closed batches in order until none is left.
func (g *Gatherer) flush(rollupID uint64, l *lane) {
	for {
		g.mu.Lock()
		if len(l.queue) == 0 {
			l.flushing = false
			if l.open == nil {
				delete(g.lanes, rollupID)
			}
			g.mu.Unlock()
			return
		}
		b := l.queue[0]
		g.mu.Unlock()

		err := g.submitBatch(rollupID, b)

		g.mu.Lock()
		l.queue[0] = nil
		l.queue = l.queue[1:]
		g.pending -= b.pending
		g.mu.Unlock()
		b.err = err
		close(b.done)
	}
}

// submitBatch encodes b (a lone transaction as a plain envelope, the same bytes as without
// gathering) and submits it.
func (g *Gatherer) submitBatch(rollupID uint64, b *batch) error {
	var raw []byte
	var err error
	if len(b.payloads) == 1 {
		raw, err = envelope.EncodeEnvelope(envelope.Envelope{RollupID: rollupID, Payload: b.payloads[0]})
	} else {
		raw, err = envelope.EncodeBatch(rollupID, b.payloads)
	}
	if err != nil { // sizes and counts are checked as transactions join: a broken invariant
		g.log.Error("encode gathered batch", "rollupID", rollupID, "txs", len(b.payloads), "err", err)
		return fmt.Errorf("encode gathered batch of rollup %d: %w", rollupID, err)
	}
	g.metrics.BatchTxs.Observe(float64(len(b.payloads)))
	return g.submit(g.ctx, raw)
}

// Stop submits the batches still gathering at once, answers their callers, and refuses new
// submissions (busy). If ctx ends first it cancels the submissions under way. It is
// idempotent.
func (g *Gatherer) Stop(ctx context.Context) error {
	g.stopOnce.Do(func() {
		g.mu.Lock()
		g.stopping = true
		for id, l := range g.lanes {
			if l.open != nil {
				g.closeOpen(id, l)
			}
		}
		g.mu.Unlock()
	})
	done := make(chan struct{})
	go func() {
		g.wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		g.cancel()
		return nil
	case <-ctx.Done():
		g.cancel()
		<-done
		return fmt.Errorf("stop gathering: %w", ctx.Err())
	}
}
