package collect

// What the submission pipeline asks of the collector: the settled number, the operator set at a
// reference block, the next checkpoint ready to submit, and what became of a submission.

import (
	"math/big"
	"slices"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/aggregator/blsagg"
	"github.com/lockstep-xyz/lockstep/commitment"
)

// Settled is the latest checkpoint number known stored on L1.
func (c *Collector) Settled() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.settled
}

// Settle records that L1 stores every checkpoint up to n: their aggregates are dropped, and
// the signatures of those more than Retain behind are forgotten.
func (c *Collector) Settle(n uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n <= c.settled {
		return
	}
	c.settled = n
	if c.hooks.Settled != nil {
		c.hooks.Settled(n)
	}
	for d, e := range c.entries {
		if e.cp.Number <= n {
			e.task, e.agg = nil, nil
		}
		if e.cp.Number+c.cfg.Retain <= n {
			delete(c.entries, d)
		}
	}
	c.behind()
}

// Set returns the cached operator set at reference block ref.
func (c *Collector) Set(ref uint64) (*OperatorSet, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	os, ok := c.sets[ref]
	return os, ok
}

// Rebase makes set the current operator set: signatures arriving are checked against it, and
// digests not settled that have no task start one on it.
func (c *Collector) Rebase(set *OperatorSet) {
	c.mu.Lock()
	defer c.mu.Unlock()
	ref := set.ReferenceBlock()
	if _, ok := c.sets[ref]; !ok {
		c.sets[ref] = set
		// Keep the sets tasks still use and a few recent ones.
		if len(c.sets) > 16 {
			used := make(map[uint64]bool)
			for _, e := range c.entries {
				if e.task != nil {
					used[e.task.Set().ReferenceBlock()] = true
				}
			}
			for r := range c.sets {
				if r+8 < ref && !used[r] {
					delete(c.sets, r)
				}
			}
		}
	}
	c.current = set
	for _, e := range c.entries {
		if e.task == nil && e.cp.Number > c.settled {
			c.rebuild(e, set)
		}
	}
}

// Current is the current operator set (nil before the first Rebase).
func (c *Collector) Current() *OperatorSet {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.current
}

// Candidate is an aggregate ready for L1, with what the submission needs.
type Candidate struct {
	Checkpoint commitment.Checkpoint
	Digest     common.Hash
	Aggregate  *blsagg.Aggregate
	// Set is the operator set at Aggregate.ReferenceBlock.
	Set *OperatorSet
	// Signatures are the signers', in Aggregate.Signers order.
	Signatures []*bls.Signature
}

// Next returns the aggregate to submit for checkpoint number n, or nil if none is ready. A
// digest whose aggregate's reference block ref says is no longer usable is rebuilt on the
// current operator set first, and so is one still short of the threshold at an older block
// (operators registered since may make the difference; no pairing unless the threshold is
// reached). Of several digests, the one with the most signed stake wins. A ready aggregate
// lingers for the remaining signatures, then is verified again with whatever arrived since.
func (c *Collector) Next(n uint64, ref Reference) *Candidate {
	c.mu.Lock()
	defer c.mu.Unlock()
	var e *entry
	for _, x := range c.entries {
		if x.cp.Number != n || x.failed != "" || x.task == nil {
			continue
		}
		r := x.task.Set().ReferenceBlock()
		switch {
		case !ref.usable(r):
			if c.hooks.Reaggregated != nil {
				c.hooks.Reaggregated()
			}
			c.log.Info("re-aggregating at a newer reference block", "checkpoint", x.cp.Number, "oldReferenceBlock", r, "referenceBlock", ref.Block, "minReferenceBlock", ref.Min)
			c.rebuild(x, c.current)
		case x.agg == nil && r != ref.Block:
			c.rebuild(x, c.current)
		}
		if x.agg != nil && (e == nil || x.task.SignedStake().Cmp(e.task.SignedStake()) > 0) {
			e = x
		}
	}
	if e == nil {
		c.behind()
		return nil
	}
	// Every non-signer costs ~14k gas in checkSignatures (measured: 200 operators, 60
	// non-signers, 1.29M gas against 0.28M with none), so give stragglers a moment; then
	// verify everything that arrived since the threshold with one more pairing check.
	held := e.task.SignedStake()
	if held.Cmp(e.task.Set().TotalStake()) < 0 && !e.ready.IsZero() && c.cfg.Now().Sub(e.ready) < c.cfg.Linger {
		return nil
	}
	if held.Cmp(e.agg.SignedStake) != 0 {
		c.tryAggregate(e)
		if e.agg == nil { // refusals took it below the threshold again
			return nil
		}
	}
	agg := e.agg
	sigs := make([]*bls.Signature, len(agg.Signers))
	for i, id := range agg.Signers {
		sig, ok := e.sigs[common.Hash(id)]
		if !ok {
			// Tasks count held signatures only: start over from those.
			c.log.Error("aggregate signer's signature not held; rebuilding", "checkpoint", e.cp.Number, "operatorID", id)
			c.rebuild(e, c.setOf(agg.ReferenceBlock))
			return nil
		}
		sigs[i] = sig.Point
	}
	return &Candidate{Checkpoint: e.cp, Digest: e.digest, Aggregate: agg, Set: c.setOf(agg.ReferenceBlock), Signatures: sigs}
}

// Reaggregate forgets d's aggregate: L1 refused it at its reference block, so the next Rebase
// builds it again on the operator set then current.
func (c *Collector) Reaggregate(d common.Hash) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.entries[d]; e != nil {
		e.task, e.agg = nil, nil
	}
}

// Fail marks d as refused by L1 for good (the checkpoint itself can never be stored); it is
// not offered by Next again.
func (c *Collector) Fail(d common.Hash, reason string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.entries[d]; e != nil {
		e.failed = reason
	}
}

// Pending is one checkpoint digest held and not yet settled.
type Pending struct {
	Number         uint64
	Digest         common.Hash
	Signatures     int
	Ready          bool
	ReferenceBlock uint64
	SignedStake    *big.Int
	Failed         string
}

// Pending lists the digests held above the latest settled checkpoint, by number then digest.
func (c *Collector) Pending() []Pending {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []Pending
	for _, e := range c.entries {
		if e.cp.Number <= c.settled {
			continue
		}
		p := Pending{Number: e.cp.Number, Digest: e.digest, Signatures: len(e.sigs), Ready: e.agg != nil, Failed: e.failed}
		if e.task != nil {
			p.ReferenceBlock, p.SignedStake = e.task.Set().ReferenceBlock(), e.task.SignedStake()
		}
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b Pending) int {
		if a.Number != b.Number {
			if a.Number < b.Number {
				return -1
			}
			return 1
		}
		return a.Digest.Cmp(b.Digest)
	})
	return out
}
