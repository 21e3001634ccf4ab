// Package slash turns the aggregator's equivocation findings into slashing: it writes each
// proof as an evidence file (what `lockstep slash --evidence` also reads), keeps a durable
// queue of the files not yet used, and submits them to EquivocationSlasher.proveEquivocation,
// retrying while L1 is unreachable.
package slash

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/txmgr"
)

// Queue is the durable list of evidence files not yet used.
type Queue interface {
	// Pending lists the files, in the order they were added.
	Pending() []string
	// Add appends path.
	Add(path string) error
	// Done removes path.
	Done(path string) error
}

// Prove submits one proof (SubmitEvidence, bound to a transaction manager). An error wrapping
// ErrAlreadySlashed means the evidence was used; a *txmgr.RevertError that L1 refused it;
// anything else is L1 trouble, retried.
type Prove func(ctx context.Context, ev *Evidence) (*types.Receipt, error)

// Metrics meter slashing.
type Metrics interface {
	// Equivocation counts a new pair of valid conflicting signatures.
	Equivocation()
	// Proof counts a proof done with, by result: slashed, already_slashed or refused.
	Proof(result string)
	// L1Error counts a failed submission (retried with backoff).
	L1Error()
}

// Config configures a Slasher.
type Config struct {
	// Dir receives the evidence files.
	Dir string
	// PollInterval paces the queue (it is read every 10 PollIntervals when idle); MaxBackoff
	// bounds the wait after a failure; SubmitTimeout bounds one submission.
	PollInterval  time.Duration
	MaxBackoff    time.Duration
	SubmitTimeout time.Duration
}

// Slasher writes evidence and submits it. Report may be called from any goroutine; Run once.
type Slasher struct {
	cfg       Config
	queue     Queue
	prove     Prove
	metrics   Metrics
	onSlashed func()
	log       *slog.Logger
	wake      chan struct{}
}

// New returns a slasher; onSlashed (optional) is called after an operator was slashed, since
// the operator set and minReferenceBlock changed.
func New(cfg Config, q Queue, prove Prove, m Metrics, onSlashed func(), log *slog.Logger) *Slasher {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if onSlashed == nil {
		onSlashed = func() {}
	}
	return &Slasher{cfg: cfg, queue: q, prove: prove, metrics: m, onSlashed: onSlashed, log: log, wake: make(chan struct{}, 1)}
}

// Report writes ev to the evidence folder and queues it, once per operator and checkpoint
// number.
func (s *Slasher) Report(ev *Evidence) {
	for _, p := range s.queue.Pending() {
		if filepath.Base(p) == ev.FileName() {
			return
		}
	}
	s.metrics.Equivocation()
	path, err := WriteEvidence(s.cfg.Dir, ev)
	if err != nil {
		s.log.Error("write equivocation evidence", "operator", ev.Operator, "checkpoint", ev.B.Number, "err", err)
		return
	}
	if err := s.queue.Add(path); err != nil {
		s.log.Error("persist evidence record", "path", path, "err", err)
	}
	s.log.Warn("equivocation detected", "operator", ev.Operator, "operatorID", ev.OperatorID, "checkpoint", ev.B.Number,
		"digestA", ev.DigestA, "digestB", ev.DigestB, "evidence", path)
	s.poke()
}

func (s *Slasher) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Run submits queued evidence until ctx ends.
func (s *Slasher) Run(ctx context.Context) {
	wait := s.cfg.PollInterval
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.wake:
		}
		failed := false
		for _, path := range s.queue.Pending() {
			if err := s.submit(ctx, path); err != nil {
				if ctx.Err() != nil {
					return
				}
				s.metrics.L1Error()
				s.log.Warn("submit equivocation proof failed; will retry", "evidence", path, "err", err)
				failed = true
				break
			}
		}
		if failed {
			wait = min(2*wait, s.cfg.MaxBackoff)
		} else {
			wait = s.cfg.PollInterval * 10
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

// submit proves one evidence file; nil means done with it (slashed, already slashed, or
// refused for good).
func (s *Slasher) submit(ctx context.Context, path string) error {
	ev, err := LoadEvidence(path)
	if err == nil {
		sctx, cancel := context.WithTimeout(ctx, s.cfg.SubmitTimeout)
		var r *types.Receipt
		r, err = s.prove(sctx, ev)
		cancel()
		switch {
		case err == nil:
			s.metrics.Proof("slashed")
			s.log.Warn("operator slashed for equivocation", "operator", ev.Operator, "checkpoint", ev.A.Number, "tx", r.TxHash, "gasUsed", r.GasUsed)
			s.onSlashed()
		case errors.Is(err, ErrAlreadySlashed):
			s.metrics.Proof("already_slashed")
			s.log.Info("operator already slashed for this checkpoint", "operator", ev.Operator, "checkpoint", ev.A.Number)
			err = nil
		default:
			if _, ok := txmgr.AsRevert(err); !ok {
				return err // L1 trouble: retry
			}
			s.metrics.Proof("refused")
			s.log.Error("equivocation proof refused by L1", "evidence", path, "err", err)
			err = nil
		}
	} else {
		s.log.Error("unreadable evidence file dropped from the queue", "evidence", path, "err", err)
		err = nil
	}
	if lerr := s.queue.Done(path); lerr != nil {
		s.log.Error("persist evidence done", "evidence", path, "err", lerr)
	}
	return err
}
