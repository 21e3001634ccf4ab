package collect

import (
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/aggregator/blsagg"
	"github.com/lockstep-xyz/lockstep/commitment"
)

// Signature is an operator's signature as received and as decoded, once, at the door.
type Signature struct {
	Bytes []byte // the 64-byte uncompressed G1 point, as journaled and put in evidence
	Point *bls.Signature
}

// DecodeSignature checks and decodes b (see blsagg.DecodeSignature); the error wraps
// blsagg.ErrMalformedSignature.
func DecodeSignature(b []byte) (Signature, error) {
	p, err := blsagg.DecodeSignature(b)
	if err != nil {
		return Signature{}, err
	}
	return Signature{Bytes: slices.Clone(b), Point: p}, nil
}

// OperatorSet is the operator set at one reference block, with the operators' addresses that
// equivocation evidence names.
type OperatorSet struct {
	*blsagg.OperatorSet
	Addrs map[blsagg.OperatorID]common.Address
}

// Reference is the L1 view an aggregate's reference block is judged against.
type Reference struct {
	Head   uint64 // the L1 head
	Min    uint64 // the registry's minReferenceBlock
	Block  uint64 // the reference block new aggregates use: the current operator set's
	MaxAge uint64 // the registry's maxReferenceAge
}

// usable reports whether an aggregate at reference block b can still be submitted, with
// half the registry's maximum age as the margin for the transaction to land.
func (r Reference) usable(b uint64) bool {
	return b >= r.Min && b < r.Head && r.Head-b <= r.MaxAge/2
}

// Config configures a Collector.
type Config struct {
	// ChainID and Registry are bound into every checkpoint digest.
	ChainID  uint64
	Registry common.Address
	// ThresholdBips is the share of stake an aggregate needs (1..10000).
	ThresholdBips uint16
	// Retain is how many settled checkpoints' signatures are kept to catch late conflicting
	// signatures; MaxAhead is how far beyond the latest settled checkpoint signatures are held.
	Retain   uint64
	MaxAhead uint64
	// Linger is how long an aggregate reaching the threshold waits for the remaining
	// signatures (negative: not at all).
	Linger time.Duration
	// Now is the clock (nil: time.Now).
	Now func() time.Time
}

// Hooks are what the collector needs from outside. Every hook is optional and is called with
// the collector's lock held, so it must not call back into the collector.
type Hooks struct {
	// Hold writes a signature about to be held to the journal without waiting for it to be
	// durable; the caller acknowledges the signature once the returned sequence number is.
	Hold func(cp commitment.Checkpoint, op common.Hash, sig []byte) (seq uint64, err error)
	// Drop journals that a held signature was refused at aggregation.
	Drop func(cp commitment.Checkpoint, op common.Hash)
	// Settled journals that L1 stores every checkpoint up to n.
	Settled func(n uint64)
	// Equivocation receives each pair of valid conflicting signatures found.
	Equivocation func(Equivocation)
	// Aggregated meters one aggregation and the signatures it refused.
	Aggregated func(took time.Duration, refused int)
	// ThresholdReached meters the time from a digest's first signature to its first aggregate.
	ThresholdReached func(after time.Duration)
	// Reaggregated meters an aggregate rebuilt because its reference block became unusable.
	Reaggregated func()
	// Behind reports the highest checkpoint number held minus the latest settled.
	Behind func(n uint64)
	// Ready says an aggregate became ready, or every operator signed: time to submit.
	Ready func()
}

// Equivocation is two valid signatures by one operator over different checkpoints with the
// same number: B just arrived, A was held.
type Equivocation struct {
	Operator   blsagg.Operator
	Address    common.Address
	A          commitment.Checkpoint
	DigestA    common.Hash
	SignatureA []byte
	B          commitment.Checkpoint
	DigestB    common.Hash
	SignatureB []byte
}

// Status is what became of a signature that was not refused.
type Status int

const (
	// Collected: held towards the checkpoint's aggregate.
	Collected Status = iota + 1
	// Duplicate: the same signature was already held.
	Duplicate
	// Settled: the checkpoint is already stored on L1; the signature is only kept to catch
	// equivocation.
	Settled
)

// Receipt is an accepted signature.
type Receipt struct {
	Digest common.Hash
	Status Status
	// Seq, if not 0, is the journal sequence number to make durable before acknowledging.
	Seq uint64
}

// entry is one checkpoint digest being collected.
type entry struct {
	cp     commitment.Checkpoint
	digest common.Hash
	sigs   map[common.Hash]Signature // held signatures (journaled)
	task   *blsagg.Task              // nil until an operator set is known
	agg    *blsagg.Aggregate         // verified aggregate reaching the threshold, if any
	first  time.Time
	ready  time.Time // when the threshold was first reached
	timed  bool      // threshold time observed
	failed string    // a permanent L1 refusal: never submitted again
}

// Collector holds signatures per checkpoint digest and aggregates them. It is safe for
// concurrent use.
type Collector struct {
	cfg   Config
	hooks Hooks
	log   *slog.Logger

	mu      sync.Mutex
	settled uint64
	entries map[common.Hash]*entry
	sets    map[uint64]*OperatorSet // by reference block; a few recent ones
	current *OperatorSet
}

// New returns a collector whose latest settled checkpoint is settled.
func New(cfg Config, settled uint64, hooks Hooks, log *slog.Logger) (*Collector, error) {
	if cfg.ThresholdBips == 0 || cfg.ThresholdBips > blsagg.MaxBips {
		return nil, fmt.Errorf("new collector: threshold %d bips not in [1, %d]", cfg.ThresholdBips, blsagg.MaxBips)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Collector{cfg: cfg, hooks: hooks, log: log, settled: settled,
		entries: make(map[common.Hash]*entry), sets: make(map[uint64]*OperatorSet)}, nil
}

// Digest is cp's digest, the message operators sign.
func (c *Collector) Digest(cp commitment.Checkpoint) common.Hash {
	return commitment.CheckpointDigest(c.cfg.ChainID, c.cfg.Registry, cp)
}

// Restore holds signatures replayed from the journal (they are not journaled again). An
// undecodable one, which the collector never journals, is skipped.
func (c *Collector) Restore(cp commitment.Checkpoint, sigs map[common.Hash][]byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d := c.Digest(cp)
	e := c.entries[d]
	if e == nil {
		e = c.newEntry(cp, d)
	}
	for op, b := range sigs {
		sig, err := DecodeSignature(b)
		if err != nil {
			c.log.Warn("journaled signature not restored", "checkpoint", cp.Number, "operatorID", op, "err", err)
			continue
		}
		e.sigs[op] = sig
	}
}

func (c *Collector) newEntry(cp commitment.Checkpoint, d common.Hash) *entry {
	e := &entry{cp: cp, digest: d, sigs: make(map[common.Hash]Signature), first: c.cfg.Now()}
	c.entries[d] = e
	return e
}

// Receive checks opID's signature over cp and holds it. A refusal is a *Refusal.
func (c *Collector) Receive(cp commitment.Checkpoint, opID blsagg.OperatorID, sig Signature) (Receipt, error) {
	digest := c.Digest(cp)
	res := Receipt{Digest: digest}
	opHash := common.Hash(opID)

	c.mu.Lock()
	defer c.mu.Unlock()
	if c.current == nil {
		return res, refuse(Unavailable, nil, "aggregator has no view of the operator set yet (L1 unreachable); retry")
	}
	e := c.entries[digest]
	set := c.current
	if e != nil && e.task != nil {
		set = c.setOf(e.task.Set().ReferenceBlock())
	}
	op, ok := set.Operator(opID)
	if !ok && set != c.current {
		op, ok = c.current.Operator(opID)
	}
	if !ok {
		return res, refuse(UnknownOperator, nil, "operator %s is not registered in the quorum", opHash)
	}
	if e != nil {
		if held, ok := e.sigs[opHash]; ok {
			if slices.Equal(held.Bytes, sig.Bytes) {
				res.Status = Duplicate
				if cp.Number <= c.settled {
					res.Status = Settled
				}
				return res, nil
			}
			return res, refuse(Conflict, nil, "operator %s already sent another signature for digest %s", opHash, digest)
		}
	}

	// Bounds, so unverified signatures cannot grow memory or the journal without limit:
	// numbers within [settled − Retain, settled + MaxAhead], and a second digest for a number
	// is held only once its signature verifies on its own (one pairing).
	if cp.Number+c.cfg.Retain <= c.settled {
		return res, refuse(Stale, nil, "checkpoint %d was settled on L1 long ago (latest %d)", cp.Number, c.settled)
	}
	if cp.Number > c.settled+c.cfg.MaxAhead {
		return res, refuse(Unavailable, nil, "checkpoint %d is too far ahead of L1 (latest %d, window %d); retry later", cp.Number, c.settled, c.cfg.MaxAhead)
	}
	verified := false
	if e == nil && c.hasNumber(cp.Number) {
		if err := blsagg.VerifySingle(op, digest, sig.Point); err != nil {
			return res, refuse(Invalid, err, "invalid signature by operator %s for checkpoint %d (digest %s)", opHash, cp.Number, digest)
		}
		verified = true
	}

	// Equivocation: another digest with the same number signed by the same operator.
	for _, other := range c.entries {
		if other.cp.Number != cp.Number || other.digest == digest {
			continue
		}
		if prev, ok := other.sigs[opHash]; ok {
			if err := c.equivocation(op, other, prev, cp, digest, sig, verified); err != nil {
				return res, err
			}
			verified = true
		}
	}

	if cp.Number <= c.settled {
		// Kept for the equivocation watch above; nothing to aggregate.
		res.Status = Settled
		if e == nil {
			e = c.newEntry(cp, digest)
		}
		seq, err := c.hold(cp, opHash, sig)
		if err != nil {
			return res, refuse(NotPersisted, err, "persist signature: %v", err)
		}
		e.sigs[opHash] = sig
		res.Seq = seq
		return res, nil
	}

	if e == nil {
		e = c.newEntry(cp, digest)
	}
	if e.task == nil {
		c.rebuild(e, c.current)
	}
	if err := e.task.Add(opID, sig.Point); err != nil {
		switch {
		case errors.Is(err, blsagg.ErrUnknownOperator):
			// Registered now but not at the task's reference block: keep it; a newer
			// reference block will count it.
		case errors.Is(err, blsagg.ErrInvalidSignature):
			return res, refuse(Invalid, err, "invalid signature by operator %s for checkpoint %d: already refused", opHash, cp.Number)
		case errors.Is(err, blsagg.ErrMalformedSignature):
			return res, refuse(Malformed, err, "%v", err)
		default:
			return res, refuse(Conflict, err, "%v", err)
		}
	}
	// Journaled now, durable before acknowledged (the caller syncs).
	seq, err := c.hold(cp, opHash, sig)
	if err != nil {
		c.rebuild(e, c.setOf(e.task.Set().ReferenceBlock())) // forget the unjournaled signature
		return res, refuse(NotPersisted, err, "persist signature: %v", err)
	}
	e.sigs[opHash] = sig
	// Verify (one pairing) when the held stake first crosses the threshold, so the signature
	// that completes it learns at once if it is bad. Signatures arriving once an aggregate is
	// ready are only held: the submitter re-aggregates right before sending (one more
	// pairing for all of them), rather than one pairing per late signature here.
	var refused []blsagg.OperatorID
	if e.agg == nil {
		refused = c.tryAggregate(e)
	} else if e.task.SignedStake().Cmp(e.task.Set().TotalStake()) >= 0 {
		c.ready() // the last straggler: the submitter need not linger any longer
	}
	if slices.Contains(refused, opID) {
		return res, refuse(Invalid, blsagg.ErrInvalidSignature, "invalid signature by operator %s for checkpoint %d (digest %s)", opHash, cp.Number, digest)
	}
	c.behind()
	res.Status, res.Seq = Collected, seq
	return res, nil
}

func (c *Collector) hold(cp commitment.Checkpoint, op common.Hash, sig Signature) (uint64, error) {
	if c.hooks.Hold == nil {
		return 0, nil
	}
	return c.hooks.Hold(cp, op, sig.Bytes)
}

// hasNumber reports whether any digest with checkpoint number n is held (c.mu held).
func (c *Collector) hasNumber(n uint64) bool {
	for _, e := range c.entries {
		if e.cp.Number == n {
			return true
		}
	}
	return false
}

// setOf returns the cached set at ref, or the current one if it was evicted (c.mu held).
func (c *Collector) setOf(ref uint64) *OperatorSet {
	if os, ok := c.sets[ref]; ok {
		return os
	}
	return c.current
}

// equivocation checks a conflicting pair and, if both signatures are valid, reports it
// (c.mu held). It refuses the new signature if it is itself invalid; verified says it was
// already checked on its own.
func (c *Collector) equivocation(op blsagg.Operator, other *entry, prev Signature, cp commitment.Checkpoint, digest common.Hash, sig Signature, verified bool) error {
	if !verified {
		if err := blsagg.VerifySingle(op, digest, sig.Point); err != nil {
			return refuse(Invalid, err, "invalid signature by operator %s for checkpoint %d: %v", op.ID, cp.Number, err)
		}
	}
	if err := blsagg.VerifySingle(op, other.digest, prev.Point); err != nil {
		return nil // the held one is bad: aggregation will refuse it; no evidence
	}
	addr, ok := c.current.Addrs[op.ID]
	if !ok {
		for _, set := range c.sets {
			if addr, ok = set.Addrs[op.ID]; ok {
				break
			}
		}
	}
	if c.hooks.Equivocation != nil {
		c.hooks.Equivocation(Equivocation{
			Operator: op, Address: addr,
			A: other.cp, DigestA: other.digest, SignatureA: slices.Clone(prev.Bytes),
			B: cp, DigestB: digest, SignatureB: slices.Clone(sig.Bytes),
		})
	}
	return nil
}

// rebuild starts e's task over on set, re-adding every held signature (c.mu held).
func (c *Collector) rebuild(e *entry, set *OperatorSet) {
	t, err := blsagg.NewTask(set.OperatorSet, e.digest, uint32(c.cfg.ThresholdBips))
	if err != nil {
		panic(fmt.Sprintf("collect: new task: %v", err)) // set and bips were validated
	}
	e.task, e.agg = t, nil
	for op, sig := range e.sigs {
		if err := t.Add(blsagg.OperatorID(op), sig.Point); err != nil && !errors.Is(err, blsagg.ErrUnknownOperator) {
			c.log.Warn("held signature not re-added", "checkpoint", e.cp.Number, "operatorID", op, "err", err)
		}
	}
	c.tryAggregate(e)
}

// tryAggregate aggregates e if its held stake reaches the threshold, dropping (and
// journaling the drop of) signatures refused by verification (c.mu held). It returns the
// refused operators.
func (c *Collector) tryAggregate(e *entry) []blsagg.OperatorID {
	if e.task == nil || !e.task.ThresholdReached() {
		e.agg = nil
		return nil
	}
	start := time.Now()
	agg, refusals, err := e.task.Aggregate()
	if c.hooks.Aggregated != nil {
		c.hooks.Aggregated(time.Since(start), len(refusals))
	}
	var refused []blsagg.OperatorID
	for _, r := range refusals {
		refused = append(refused, r.Operator)
		op := common.Hash(r.Operator)
		delete(e.sigs, op)
		if c.hooks.Drop != nil {
			c.hooks.Drop(e.cp, op)
		}
		c.log.Warn("signature refused at aggregation", "checkpoint", e.cp.Number, "digest", e.digest, "operatorID", op, "err", r.Err)
	}
	if err != nil {
		e.agg = nil
		if !errors.Is(err, blsagg.ErrBelowThreshold) {
			c.log.Error("aggregate", "checkpoint", e.cp.Number, "err", err)
		}
		return refused
	}
	e.agg = agg
	if !e.timed {
		e.timed, e.ready = true, c.cfg.Now()
		if c.hooks.ThresholdReached != nil {
			c.hooks.ThresholdReached(e.ready.Sub(e.first))
		}
		c.log.Info("threshold reached", "checkpoint", e.cp.Number, "digest", e.digest, "signers", len(agg.Signers),
			"signedStake", agg.SignedStake, "totalStake", agg.TotalStake, "referenceBlock", agg.ReferenceBlock)
	}
	c.ready()
	return refused
}

func (c *Collector) ready() {
	if c.hooks.Ready != nil {
		c.hooks.Ready()
	}
}

// behind reports the distance to L1 (c.mu held).
func (c *Collector) behind() {
	if c.hooks.Behind == nil {
		return
	}
	var hi uint64
	for _, e := range c.entries {
		hi = max(hi, e.cp.Number)
	}
	if hi > c.settled {
		c.hooks.Behind(hi - c.settled)
	} else {
		c.hooks.Behind(0)
	}
}
