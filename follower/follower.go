// Package follower is what a rollup runs to consume its ordered transactions from Lockstep
// without trusting any single operator.
//
// A Follower streams one rollup's transactions, height by height and in batch order, as Items.
// A transaction is first emitted soft, as soon as an operator serves its batch with a proof
// that verifies against the block root that operator serves; then firm, once the checkpoint
// covering its height is stored on L1 (with the configured confirmations) and every height of
// the checkpoint has been decided against the block roots the L1 root proves: the rollup's
// batch where it has one, a proof of absence where it has none, so an operator can neither
// alter nor hide a batch. An operator whose data fails a check is reported (a KindLie item),
// dropped, and the next one is used; soft items that turn out wrong are withdrawn (KindRetract)
// before the right ones follow. New batches are polled, or pushed by a subscription when the
// operator's URL is a WebSocket one. docs/follower.md describes the output and its guarantees.
//
// The package depends on the operator API's wire types (package api), not on the operator node:
// a rollup binary that imports it does not link the node's storage, consensus or metrics.
package follower

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
)

var (
	// ErrNoHonestOperator is returned by Run when every configured operator was caught lying.
	ErrNoHonestOperator = errors.New("no honest operator left")
	// ErrFirmReverted is returned by Run when L1 no longer holds a checkpoint the follower
	// already emitted as firm, with a different root: a reorg deeper than the confirmations
	// combined with conflicting signatures, which should be impossible without slashing.
	ErrFirmReverted = errors.New("a checkpoint already emitted as firm changed on L1")
)

const (
	// softPage is how many batches one soft poll asks for.
	softPage = 100
	// heightsPage is lockstep_getBatchHeights' largest page.
	heightsPage = 1000
	// maxSoftLead bounds the heights with soft items waiting for their checkpoint: past it, soft
	// polling pauses until L1 catches up.
	maxSoftLead = 4096
	// warnEvery rate-limits repeated warnings about the same thing (an operator or L1 down).
	warnEvery = 5 * time.Second
	// subscribedPoll is how often the operator is still polled while its subscription pushes new
	// batches: a subscription the operator stopped feeding without an error costs this much
	// latency at most.
	subscribedPoll = time.Second
	// resubscribe is how long the follower polls after a subscription failed before it
	// subscribes again.
	resubscribe = 5 * time.Second
	// probeTimeout bounds the check of a preferred operator during failback.
	probeTimeout = 5 * time.Second
	// notifyBuffer is the subscription channel's capacity (go-ethereum queues more).
	notifyBuffer = 64
)

// record is a batch emitted soft and not yet firm, or a batch verified for firm emission.
type record struct {
	height    uint64
	source    string
	blockRoot common.Hash
	meta      commitment.BlockMeta // verified against blockRoot
	forced    uint64               // the operator's claim: how many leading transactions are forced
	hashes    []common.Hash
	txs       [][]byte
}

// claim is a block root an operator served for a height whose soft items were replaced: kept
// until the checkpoint shows who lied.
type claim struct {
	source    string
	blockRoot common.Hash
}

// seenCheckpoint is a checkpoint seen on L1 and not yet confirmed.
type seenCheckpoint struct {
	StoredCheckpoint
	hash common.Hash // of block L1Block
}

// lieError is a verification failure of an operator's answer.
type lieError struct {
	height uint64
	err    error
}

func (e *lieError) Error() string { return e.err.Error() }
func (e *lieError) Unwrap() error { return e.err }

// Follower streams one rollup's transactions. Create it with New and call Run once.
type Follower struct {
	cfg Config
	log *slog.Logger
	reg registry
	// queue reads the forced-inclusion inbox (nil: none); silentBefore is the L1 block up to
	// which deadlines fall before the first height to emit (decided, not emitted).
	queue        forcedQueue
	silentBefore uint64
	ops          []source // honest so far, in preference order
	cur          int      // index in ops of the operator in use
	lies         []string

	emit func(Item) error
	ran  atomic.Bool

	// Firm progress.
	next     uint64 // first height not yet emitted firm
	nextCP   uint64 // next checkpoint to make firm; 0 until found from next
	last     state  // the last checkpoint emitted firm
	seen     map[uint64]seenCheckpoint
	lastHead L1Block
	pending  bool // a confirmed checkpoint waits for an operator that has it

	// Soft progress.
	softNext uint64
	records  map[uint64]*record
	claims   map[uint64][]claim
	// sub pushes the current operator's new batches (WebSocket URLs); nil while polling alone.
	sub *batchSub
	// resync is set when a soft poll must complete before notifications are used again: after
	// subscribing, and when softNext moves back. A subscription starts at the operator's next
	// height and a poll reaches its head, so after one poll the notifications continue the
	// heights handled without a gap.
	resync   bool
	lastPoll time.Time            // when the last complete soft poll started
	subRetry map[string]time.Time // operator URL -> no new subscription before then

	// Failback to a preferred operator.
	probing    bool
	probed     chan source // the probe's answer: the operator to go back to, or nil
	lastSwitch time.Time   // the last move off an operator that could not answer, or the last probe

	// Timings, constants but in tests.
	subscribedPoll, resubscribe, probeTimeout time.Duration

	bg     sync.WaitGroup // goroutines Run owns: failback probes and unsubscriptions
	warned map[string]time.Time
}

// New checks cfg, reads the state file if any, and binds the CheckpointRegistry through l1
// (e.g. an *ethclient.Client, which the caller keeps and closes).
func New(cfg Config, l1 L1Client) (*Follower, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if l1 == nil {
		return nil, errors.New("follower: no L1 client")
	}
	reg, err := newEthRegistry(l1, cfg.Registry)
	if err != nil {
		return nil, fmt.Errorf("follower: %w", err)
	}
	return newFollower(cfg, reg, newRPCSource)
}

func newFollower(cfg Config, reg registry, dial func(url string) source) (*Follower, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	f := &Follower{
		cfg: cfg, reg: reg,
		log:     cfg.Logger.With("component", "follower", "rollupID", cfg.RollupID),
		next:    cfg.FromHeight,
		last:    state{Version: stateVersion, RollupID: cfg.RollupID},
		seen:    make(map[uint64]seenCheckpoint),
		records: make(map[uint64]*record),
		claims:  make(map[uint64][]claim),
		warned:  make(map[string]time.Time),

		subRetry:       make(map[string]time.Time),
		probed:         make(chan source, 1),
		subscribedPoll: subscribedPoll, resubscribe: resubscribe, probeTimeout: probeTimeout,
	}
	if cfg.StatePath != "" {
		st, ok, err := loadState(cfg.StatePath)
		if err != nil {
			return nil, fmt.Errorf("follower: %w", err)
		}
		if ok {
			if st.RollupID != cfg.RollupID {
				return nil, fmt.Errorf("follower: state file %s is for rollup %d, not %d", cfg.StatePath, st.RollupID, cfg.RollupID)
			}
			f.last = st
			f.next = max(f.next, st.NextHeight)
			if st.Checkpoint > 0 {
				f.nextCP = st.Checkpoint + 1
			}
		}
	}
	if q, ok := reg.(forcedQueue); ok {
		f.queue = q
	}
	f.softNext = f.next
	for _, u := range cfg.Operators {
		f.ops = append(f.ops, dial(u))
	}
	return f, nil
}

// Run streams items to emit until ctx ends (then it returns ctx.Err()) or a fatal error: emit
// failing, the state file not being writable, ErrNoHonestOperator, ErrFirmReverted. Operators or
// L1 being unreachable is not fatal: Run logs it and retries.
//
// emit is called from Run's goroutine only, in order. The state file records a checkpoint once
// emit has returned for all its firm items, and Run never stops between the two, so a consumer
// whose emit has durably handled an item when it returns gets each firm item exactly once across
// restarts. Only a crash in between (kill -9, power loss) repeats that checkpoint's firm items.
func (f *Follower) Run(ctx context.Context, emit func(Item) error) error {
	if emit == nil {
		return errors.New("follower: Run needs an emit function")
	}
	if !f.ran.CompareAndSwap(false, true) {
		return errors.New("follower: Run called twice")
	}
	ctx, cancel := context.WithCancel(ctx)
	defer func() {
		cancel()
		f.dropSub()
		for _, op := range f.ops {
			op.Close()
		}
		f.bg.Wait()
	}()
	f.emit = emit
	f.log.Info("following", "fromHeight", f.next, "checkpoint", f.last.Checkpoint, "operators", strings.Join(f.cfg.Operators, ","),
		"confirmations", f.cfg.Confirmations, "stateFile", f.cfg.StatePath)
	ticker := time.NewTicker(f.cfg.PollInterval)
	defer ticker.Stop()
	var lastL1 time.Time
	for {
		if f.pending || time.Since(lastL1) >= f.cfg.L1PollInterval {
			lastL1 = time.Now()
			if err := f.l1Step(ctx); err != nil {
				return err
			}
		}
		if err := f.keepSub(ctx); err != nil {
			return err
		}
		if err := f.softStep(ctx); err != nil {
			return err
		}
		f.failback(ctx)
		var notes <-chan *operatorapi.Batch
		var subErr <-chan error
		if f.sub != nil {
			subErr = f.sub.s.Err()
			if !f.resync {
				notes = f.sub.ch
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
		case b := <-notes:
			if err := f.notified(ctx, b); err != nil {
				return err
			}
		case err := <-subErr:
			if err := f.subEnded(ctx, err); err != nil {
				return err
			}
		case op := <-f.probed:
			f.probeDone(op)
		}
	}
}

// out emits one item.
func (f *Follower) out(it Item) error {
	it.RollupID = f.cfg.RollupID
	if err := f.emit(it); err != nil {
		return fmt.Errorf("follower: emit: %w", err)
	}
	return nil
}

// transient logs an error worth retrying (rate-limited per key) unless ctx ended, which it
// returns.
func (f *Follower) transient(ctx context.Context, key string, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if t, ok := f.warned[key]; !ok || time.Since(t) >= warnEvery {
		f.warned[key] = time.Now()
		f.log.Warn("will retry", "what", key, "err", err)
	}
	return nil
}

// unavailable moves on from an operator that could not answer (down, behind, inconsistent but
// not provably lying).
func (f *Follower) unavailable(ctx context.Context, op source, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if err := f.transient(ctx, "operator "+op.URL(), err); err != nil {
		return err
	}
	if len(f.ops) > 1 && f.ops[f.cur] == op {
		f.dropSub()
		f.cur = (f.cur + 1) % len(f.ops)
		f.lastSwitch = time.Now()
		f.log.Info("switched operator", "from", op.URL(), "to", f.ops[f.cur].URL())
	}
	return nil
}

// markLying reports the operator at url, stops using it and arranges for its soft items to be
// checked against the next operator. It fails with ErrNoHonestOperator when none is left.
func (f *Follower) markLying(url string, height, checkpoint uint64, reason string) error {
	i := slices.IndexFunc(f.ops, func(s source) bool { return s.URL() == url })
	if i < 0 {
		return nil // already dropped
	}
	if f.sub != nil && f.sub.op == f.ops[i] {
		f.dropSub()
	}
	f.ops[i].Close()
	f.ops = slices.Delete(f.ops, i, i+1)
	if f.cur > i {
		f.cur--
	}
	if f.cur >= len(f.ops) {
		f.cur = 0 // (when cur was i, it now points to the next operator, wrapping around)
	}
	f.lies = append(f.lies, fmt.Sprintf("%s at height %d: %s", url, height, reason))
	f.log.Error("operator caught lying, no longer used", "operator", url, "height", height, "checkpoint", checkpoint, "reason", reason)
	if err := f.out(Item{Kind: KindLie, Operator: url, Height: height, Checkpoint: checkpoint, Reason: reason}); err != nil {
		return err
	}
	// Its soft items stand until the next operator or a checkpoint confirms or contradicts them:
	// soft polling goes back to the first of them.
	for h, r := range f.records {
		if r.source == url && h < f.softNext {
			f.softNext = h
		}
	}
	f.softNext = max(f.softNext, f.next)
	f.resync = true
	if len(f.ops) == 0 {
		return f.noHonest()
	}
	f.log.Info("switched operator", "from", url, "to", f.ops[f.cur].URL())
	return nil
}

func (f *Follower) noHonest() error {
	return fmt.Errorf("%w: %s", ErrNoHonestOperator, strings.Join(f.lies, "; "))
}

func (f *Follower) active(url string) bool {
	return slices.ContainsFunc(f.ops, func(s source) bool { return s.URL() == url })
}

// softStep emits the batches committed since the last poll, verified against the operator's
// block roots. While a subscription pushes them, it polls only to resync and every
// subscribedPoll.
func (f *Follower) softStep(ctx context.Context) error {
	if len(f.ops) > 0 && f.sub != nil && !f.resync && time.Since(f.lastPoll) < max(f.cfg.PollInterval, f.subscribedPoll) {
		return nil
	}
	start := time.Now()
	for {
		if len(f.ops) == 0 {
			return f.noHonest()
		}
		if len(f.records) >= maxSoftLead {
			f.dropSub() // notifications would be missed: subscribe again (and resync) once L1 catches up
			return f.transient(ctx, "soft", fmt.Errorf("%d heights wait for a checkpoint on L1; soft fetching paused", len(f.records)))
		}
		op := f.ops[f.cur]
		from := max(f.softNext, f.next)
		hs, err := op.BatchHeights(ctx, f.cfg.RollupID, from, softPage)
		if err != nil {
			return f.unavailable(ctx, op, err)
		}
		if err := checkHeights(hs, from); err != nil {
			return f.markLying(op.URL(), from, 0, err.Error())
		}
		if len(hs) == 0 {
			f.resync, f.lastPoll = false, start
			return nil
		}
		qs := make([]query, len(hs))
		for i, h := range hs {
			qs[i] = query{Height: h}
		}
		as, err := op.Fetch(ctx, f.cfg.RollupID, qs)
		if err != nil {
			return f.unavailable(ctx, op, err)
		}
		for i, h := range hs {
			if as[i].Err != nil {
				return f.unavailable(ctx, op, as[i].Err)
			}
			hashes, err := VerifyBatch(as[i].Batch, f.cfg.RollupID, h)
			if err != nil {
				return f.markLying(op.URL(), h, 0, err.Error())
			}
			if err := f.dropSkipped(from, h, op.URL()); err != nil {
				return err
			}
			if err := f.softBatch(op.URL(), as[i].Batch, hashes, "poll"); err != nil {
				return err
			}
			from, f.softNext = h+1, h+1
		}
		if len(hs) < softPage {
			f.resync, f.lastPoll = false, start
			return nil
		}
	}
}

// checkHeights checks a lockstep_getBatchHeights answer is ascending and from from on.
func checkHeights(hs []uint64, from uint64) error {
	for i, h := range hs {
		if h < from || (i > 0 && h <= hs[i-1]) {
			return fmt.Errorf("%w: batch heights from %d are not ascending from it: %v", ErrInvalid, from, hs)
		}
	}
	return nil
}

// dropSkipped withdraws the soft items at heights in [from, to) that the operator at src says
// have no batch (it listed heights past them): one of the two operators lies, and the
// checkpoint will tell which.
func (f *Follower) dropSkipped(from, to uint64, src string) error {
	var hs []uint64
	for h := range f.records {
		if h >= from && h < to {
			hs = append(hs, h)
		}
	}
	slices.Sort(hs)
	for _, h := range hs {
		r := f.records[h]
		f.claims[h] = append(f.claims[h], claim{source: r.source, blockRoot: r.blockRoot})
		delete(f.records, h)
		if err := f.out(Item{Kind: KindRetract, Height: h, Source: r.source, Reason: fmt.Sprintf("operator %s has no batch at this height", src)}); err != nil {
			return err
		}
	}
	return nil
}

// softBatch emits a verified batch soft, unless the same transactions were emitted already;
// different ones are withdrawn first.
func (f *Follower) softBatch(src string, b *operatorapi.Batch, hashes []common.Hash, via string) error {
	h := b.Height
	if r := f.records[h]; r != nil {
		if r.blockRoot != b.Proof.BlockRoot {
			f.claims[h] = append(f.claims[h], claim{source: r.source, blockRoot: r.blockRoot})
		}
		if sameHashes(r.hashes, hashes) {
			r.source, r.blockRoot = src, b.Proof.BlockRoot
			return nil
		}
		if err := f.out(Item{Kind: KindRetract, Height: h, Source: r.source, Reason: fmt.Sprintf("operator %s serves a different batch at this height", src)}); err != nil {
			return err
		}
	}
	r := &record{height: h, source: src, blockRoot: b.Proof.BlockRoot, meta: b.Proof.Meta, forced: min(b.Forced, uint64(len(hashes))), hashes: hashes, txs: rawTxs(b)}
	f.records[h] = r
	f.log.Debug("soft batch", "height", h, "txs", len(hashes), "operator", src, "via", via)
	return f.emitTxs(r, Soft, 0, 0, nil)
}

func rawTxs(b *operatorapi.Batch) [][]byte {
	out := make([][]byte, len(b.Txs))
	for i, tx := range b.Txs {
		out[i] = tx
	}
	return out
}

// emitTxs emits a batch's transactions. Firm ones carry the forced marks markForced found;
// soft ones the operator's claim. A forced transaction already emitted at its deadline is not
// emitted again.
func (f *Follower) emitTxs(r *record, st Status, checkpoint, l1Block uint64, marks []forcedMark) error {
	for i, tx := range r.txs {
		it := Item{Kind: KindTx, Status: st, Height: r.height, Index: uint64(i), Count: uint64(len(r.txs)), TxHash: r.hashes[i], Tx: tx,
			Source: r.source, Checkpoint: checkpoint, L1Block: l1Block, TimeMs: r.meta.TimeMs}
		if st == Soft && uint64(i) < r.forced {
			if f.lateHash(r.hashes[i]) {
				continue
			}
			it.Forced = true
		}
		if j := slices.IndexFunc(marks, func(m forcedMark) bool { return m.pos == i }); j >= 0 {
			if f.isLate(marks[j].index) {
				continue
			}
			idx := marks[j].index
			it.Forced, it.InboxIndex = true, &idx
		}
		if err := f.out(it); err != nil {
			return err
		}
	}
	return nil
}
