// Package submit is the aggregator's L1 submission pipeline: it follows L1's progress, keeps
// the collector's operator set at a recent reference block, and submits ready checkpoints to
// CheckpointRegistry strictly in order, up to MaxInFlight at once so that several can land in
// one L1 block. L1 is reached through the L1 interface, in domain terms; Eth implements it.
package submit

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/aggregator/collect"
)

// L1's refusals of a submission, which the pipeline branches on.
var (
	// ErrAlreadyStored: the checkpoint is stored already (by another aggregator, or by a
	// submission of ours from before a restart).
	ErrAlreadyStored = errors.New("checkpoint already stored")
	// ErrNonSequential: the checkpoint is not the next one, or its reference block is not in
	// the past yet: L1 moved under the submission; read it again.
	ErrNonSequential = errors.New("checkpoint not next on L1")
	// ErrStaleReference: the aggregate no longer holds at its reference block (too old, below
	// minReferenceBlock after an ejection, or stakes moved): aggregate again at a newer one.
	ErrStaleReference = errors.New("aggregate no longer holds at its reference block")
	// ErrPermanent: the checkpoint itself can never be stored (operators signed something L1
	// refuses, e.g. heights that do not continue the previous checkpoint).
	ErrPermanent = errors.New("checkpoint refused for good")
	// ErrReverted: refused for a reason not known here; aggregate again and retry.
	ErrReverted = errors.New("submission reverted")
)

// Receipt is a checkpoint stored by our transaction.
type Receipt struct {
	TxHash     common.Hash
	Block      uint64
	GasUsed    uint64
	NonSigners int
	Elapsed    time.Duration // from sending to the confirmed receipt
}

// L1 is what the pipeline needs from the chain. Reads are bounded by the caller's context.
type L1 interface {
	// Head is the latest block number.
	Head(ctx context.Context) (uint64, error)
	// MinReferenceBlock is the lowest reference block the registry accepts.
	MinReferenceBlock(ctx context.Context) (uint64, error)
	// LatestCheckpoint is the number of the last checkpoint stored (0: none).
	LatestCheckpoint(ctx context.Context) (uint64, error)
	// OperatorSet is the quorum's operator set at reference block ref.
	OperatorSet(ctx context.Context, ref uint64) (*collect.OperatorSet, error)
	// Submit stores c's checkpoint with its aggregate and waits for the receipt. A refusal
	// wraps ErrAlreadyStored, ErrNonSequential, ErrStaleReference, ErrPermanent or
	// ErrReverted; any other error is L1 trouble.
	Submit(ctx context.Context, c *collect.Candidate) (*Receipt, error)
}

// Metrics meter the pipeline.
type Metrics interface {
	// Latest is the latest checkpoint number L1 stores.
	Latest(n uint64)
	// Settled counts one checkpoint settled, by "self" or "other".
	Settled(by string)
	// Stored meters one checkpoint stored by our transaction.
	Stored(r *Receipt)
	// L1Error counts a failed round (retried with backoff).
	L1Error()
	// Reaggregated counts an aggregate L1 refused at its reference block.
	Reaggregated()
}

// Config configures a Pipeline.
type Config struct {
	// ReferenceLag: the reference block is head − ReferenceLag, never below minReferenceBlock.
	ReferenceLag uint64
	// MaxReferenceAge is the registry's maxReferenceAge.
	MaxReferenceAge uint64
	// MaxInFlight is how many submissions may wait for their L1 blocks at once.
	MaxInFlight int
	// PollInterval is how often L1 is read; MaxBackoff bounds the wait after failures.
	PollInterval time.Duration
	MaxBackoff   time.Duration
	// L1ReadTimeout bounds one round of reads; SubmitTimeout one submission.
	L1ReadTimeout time.Duration
	SubmitTimeout time.Duration
}

// Pipeline submits the collector's aggregates. Run it once.
type Pipeline struct {
	cfg     Config
	l1      L1
	col     *collect.Collector
	metrics Metrics
	log     *slog.Logger
	wake    <-chan struct{}
	results chan error // outcomes of finished submissions, for the loop
	wg      sync.WaitGroup

	mu      sync.Mutex             // taken before the collector's
	sending map[uint64]common.Hash // checkpoint number → digest whose submission is in flight
	// uncounted are checkpoints seen settled while our submission was in flight: counted in
	// the metrics (by us or by another) when that submission's outcome is known.
	uncounted map[uint64]bool
	l1Err     string
	progress  Progress
}

// Progress is how the pipeline is doing, for the aggregator's health.
type Progress struct {
	// LastL1Read is when a round last read L1 without error (zero: not yet).
	LastL1Read time.Time
	// L1Error is the last round's failure ("" once a round succeeds).
	L1Error string
	// LastStored is the last checkpoint our transaction stored in this run (0: none yet), and
	// LastStoredAt when its receipt came.
	LastStored   uint64
	LastStoredAt time.Time
}

// Progress reports how the pipeline is doing.
func (p *Pipeline) Progress() Progress {
	p.mu.Lock()
	defer p.mu.Unlock()
	pr := p.progress
	pr.L1Error = p.l1Err
	return pr
}

// New returns a pipeline submitting col's aggregates through l1; a receive on wake makes it
// look at once.
func New(cfg Config, l1 L1, col *collect.Collector, m Metrics, wake <-chan struct{}, log *slog.Logger) *Pipeline {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Pipeline{cfg: cfg, l1: l1, col: col, metrics: m, log: log, wake: wake,
		results: make(chan error, max(cfg.MaxInFlight, 1)), sending: make(map[uint64]common.Hash), uncounted: make(map[uint64]bool)}
}

// Sending maps checkpoint numbers to the digest whose submission is in flight.
func (p *Pipeline) Sending() map[uint64]common.Hash {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[uint64]common.Hash, len(p.sending))
	for n, d := range p.sending {
		out[n] = d
	}
	return out
}

// L1Error is the last round's failure ("" once a round succeeds).
func (p *Pipeline) L1Error() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.l1Err
}

// Run submits until ctx ends, then waits for the submissions in flight to give up.
func (p *Pipeline) Run(ctx context.Context) {
	defer p.wg.Wait()
	wait := time.Duration(0)
	t := time.NewTimer(wait)
	defer t.Stop()
	for {
		var err error
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-p.wake:
		case err = <-p.results:
		}
		if err == nil {
			err = p.step(ctx)
		}
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			p.metrics.L1Error()
			wait = min(max(2*wait, p.cfg.PollInterval), p.cfg.MaxBackoff)
			p.mu.Lock()
			changed := p.l1Err != err.Error()
			p.l1Err = err.Error()
			p.mu.Unlock()
			if changed {
				p.log.Warn("L1 step failed; still collecting, retrying with backoff", "err", err, "retryIn", wait)
			}
		} else {
			wait = p.cfg.PollInterval
			p.mu.Lock()
			if p.l1Err != "" {
				p.log.Info("L1 reachable again")
			}
			p.l1Err = ""
			p.progress.LastL1Read = time.Now()
			p.mu.Unlock()
		}
		if !t.Stop() {
			select {
			case <-t.C:
			default:
			}
		}
		t.Reset(wait)
	}
}

// errAgain asks step to run again at once.
var errAgain = errors.New("again")

// step reads L1 progress, refreshes the operator set and starts the submission of every
// checkpoint it can, in order: up to MaxInFlight wait for their L1 blocks at once, so several
// checkpoints can land in one block when operators checkpoint faster than L1 builds blocks.
func (p *Pipeline) step(ctx context.Context) error {
	for {
		err := p.stepOnce(ctx)
		if !errors.Is(err, errAgain) {
			return err
		}
	}
}

func (p *Pipeline) stepOnce(ctx context.Context) error {
	// L1 reads are bounded so that a node that hangs (rather than refuses) is noticed too.
	rctx, cancel := context.WithTimeout(ctx, p.cfg.L1ReadTimeout)
	defer cancel()
	head, err := p.l1.Head(rctx)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	minRef, err := p.l1.MinReferenceBlock(rctx)
	if err != nil {
		return err
	}
	latest, err := p.l1.LatestCheckpoint(rctx)
	if err != nil {
		return err
	}
	p.settle(latest, "other")

	// Reference block: head − lag, at least minReferenceBlock, and strictly in the past.
	ref := uint64(0)
	if head > p.cfg.ReferenceLag {
		ref = head - p.cfg.ReferenceLag
	}
	if ref < minRef {
		ref = minRef
	}
	if ref == 0 || ref >= head {
		return nil // no usable reference block yet: wait for L1 to move
	}
	set, ok := p.col.Set(ref)
	if !ok {
		if set, err = p.l1.OperatorSet(rctx, ref); err != nil {
			return err
		}
	}
	p.col.Rebase(set)

	// The next checkpoint. Checkpoints already being submitted are skipped; L1 orders their
	// transactions by nonce.
	p.mu.Lock()
	if len(p.sending) >= p.cfg.MaxInFlight {
		p.mu.Unlock()
		return nil // a finished submission wakes the loop
	}
	next := p.col.Settled() + 1
	for {
		if _, ok := p.sending[next]; !ok {
			break
		}
		next++
	}
	c := p.col.Next(next, collect.Reference{Head: head, Min: minRef, Block: ref, MaxAge: p.cfg.MaxReferenceAge})
	if c == nil {
		p.mu.Unlock()
		return nil
	}
	n := c.Checkpoint.Number
	p.sending[n] = c.Digest
	p.wg.Add(1)
	p.mu.Unlock()

	go func() {
		defer p.wg.Done()
		stored, err := p.submit(ctx, c)
		p.mu.Lock()
		delete(p.sending, n)
		if p.uncounted[n] {
			delete(p.uncounted, n)
			by := "other"
			if stored {
				by = "self"
			}
			p.metrics.Settled(by)
		}
		p.mu.Unlock()
		select {
		case p.results <- err:
		case <-ctx.Done():
		}
	}()
	return errAgain // look for the next one
}

// submit sends one checkpoint and applies L1's answer; stored reports that our transaction
// stored it. A nil error asks the loop to look again at once.
func (p *Pipeline) submit(ctx context.Context, c *collect.Candidate) (stored bool, err error) {
	n := c.Checkpoint.Number
	log := p.log.With("checkpoint", n, "digest", c.Digest, "referenceBlock", c.Aggregate.ReferenceBlock)
	sctx, cancel := context.WithTimeout(ctx, p.cfg.SubmitTimeout)
	defer cancel()
	r, err := p.l1.Submit(sctx, c)
	switch {
	case err == nil:
		p.metrics.Stored(r)
		log.Info("checkpoint stored on L1", "tx", r.TxHash, "l1Block", r.Block, "gasUsed", r.GasUsed,
			"signers", len(c.Aggregate.Signers), "nonSigners", r.NonSigners, "elapsed", r.Elapsed)
		// Counted as ours now, not when this goroutine ends, so that the metric is current
		// by the time L1 shows the checkpoint.
		p.mu.Lock()
		if p.uncounted[n] { // a poll saw it settled while in flight
			delete(p.uncounted, n)
			p.metrics.Settled("self")
		}
		delete(p.sending, n)
		p.settleLocked(n, "self")
		if n > p.progress.LastStored {
			p.progress.LastStored, p.progress.LastStoredAt = n, time.Now()
		}
		p.mu.Unlock()
		return true, nil
	case errors.Is(err, ErrAlreadyStored):
		log.Info("checkpoint already stored on L1 (by another aggregator, or by a submission of ours from before a restart)")
		p.settle(n, "other")
		return false, nil
	case errors.Is(err, ErrNonSequential):
		return false, nil // L1 moved under us; the next poll rereads it
	case errors.Is(err, ErrStaleReference):
		log.Warn("aggregate refused by L1, re-aggregating", "err", err)
		p.col.Reaggregate(c.Digest)
		p.metrics.Reaggregated()
		return false, nil
	case errors.Is(err, ErrPermanent):
		log.Error("checkpoint refused by L1; this digest will not be retried", "err", err)
		p.col.Fail(c.Digest, err.Error())
		return false, nil
	case errors.Is(err, ErrReverted):
		// Unknown: re-read L1 and try again from a fresh aggregate, with backoff.
		p.col.Reaggregate(c.Digest)
		return false, fmt.Errorf("submit checkpoint %d: %w", n, err)
	default:
		return false, fmt.Errorf("submit checkpoint %d: %w", n, err)
	}
}

// settle records that L1 stores every checkpoint up to n, counting each newly settled one
// by who stored it (a checkpoint with our submission in flight is counted when it returns).
func (p *Pipeline) settle(n uint64, by string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.settleLocked(n, by)
}

// settleLocked is settle with p.mu held.
func (p *Pipeline) settleLocked(n uint64, by string) {
	p.metrics.Latest(n)
	settled := p.col.Settled()
	if n <= settled {
		return
	}
	for m := settled + 1; m <= n; m++ {
		if _, ok := p.sending[m]; ok {
			p.uncounted[m] = true // stored by us or by another: the submission will tell
		} else {
			p.metrics.Settled(by)
		}
	}
	p.col.Settle(n)
}
