package app

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
)

// L1 is the node's view of Ethereum for block origins and the forced-inclusion inbox. The node
// backs it with an L1 client; tests with a fake.
type L1 interface {
	// Origin returns the L1 block a proposer records as its block's origin now: the node's head,
	// less a small lag so the other validators have seen it too. ok is false before the first read.
	Origin() (ref commitment.L1Ref, ok bool)
	// Head returns the newest L1 block number the node has read.
	Head() (number uint64, ok bool)
	// BlockHash returns the hash of the canonical L1 block at number.
	BlockHash(ctx context.Context, number uint64) (common.Hash, error)
	// Forced returns the inbox entries from index `from` on, at most max of them, that were
	// queued at or before the L1 block at (read at that block's hash; the genesis origin has
	// none: then at the canonical block of that number), in inbox order.
	Forced(ctx context.Context, at commitment.L1Ref, from uint64, max int) ([]envelope.Forced, error)
}

// FollowL1 makes the application record an L1 origin in every block it proposes and include
// the forced-inclusion inbox's entries, and check both in other proposers' blocks. Call before
// the node starts. Without it blocks keep the genesis origin and include no forced entries.
func (a *App) FollowL1(l1 L1) { a.l1 = l1 }

// l1CheckTimeout bounds the L1 reads of checking one proposal; l1ProposeTimeout those of making
// one, shorter, since a proposer that cannot read L1 in time keeps its parent's origin rather than
// miss its turn (CometBFT's timeout_propose is 1 s by default).
const (
	l1CheckTimeout   = 3 * time.Second
	l1ProposeTimeout = 500 * time.Millisecond
)

// Reasons a proposal's origin is rejected. Unit tests assert them.
const (
	reasonOriginBackwards = "L1 origin before the parent's"
	reasonOriginFuture    = "L1 origin past this node's L1 head"
	reasonOriginTooOld    = "L1 origin too old"
	reasonOriginUnknown   = "L1 origin not on this node's L1"
	reasonOriginNotFirst  = "origin transaction not first"
	reasonNoL1            = "cannot read L1"
	reasonForcedSkipped   = "forced entries skipped"
	reasonForcedAltered   = "forced entry altered"
	reasonForcedExtra     = "forced entry not in the inbox at the origin"
)

// originError is a proposal's origin or forced entries failing a check; reason is one of the
// reason constants.
type originError struct {
	reason string
	detail string
}

func (e *originError) Error() string {
	if e.detail == "" {
		return e.reason
	}
	return e.reason + ": " + e.detail
}

func originErr(reason, format string, args ...any) error {
	return &originError{reason: reason, detail: fmt.Sprintf(format, args...)}
}

// forcedFor returns the entries a block with origin o must include after cursor: the next ones
// queued at or before o, at most the genesis bound per block (any MaxForced payloads fit in one
// origin transaction). Proposers and validators compute it alike, so it is a rule, not a choice.
func (a *App) forcedFor(ctx context.Context, o commitment.L1Ref, cursor uint64) ([]envelope.Forced, error) {
	max := int(a.genesis.maxForcedPerBlock())
	entries, err := a.l1.Forced(ctx, o, cursor, max)
	if err != nil {
		return nil, fmt.Errorf("read the inbox at L1 block %d from entry %d: %w", o.Number, cursor, err)
	}
	if len(entries) > max {
		entries = entries[:max]
	}
	size := envelope.OriginHeaderBytes
	for i, f := range entries {
		size += envelope.ForcedEntryBytes + len(f.Payload)
		if size > envelope.MaxOriginTxBytes {
			return entries[:i], nil
		}
	}
	return entries, nil
}

// originProposal returns the origin transaction a proposer puts first in its block, or nil when
// the block keeps its parent's origin and includes nothing forced.
func (a *App) originProposal(ctx context.Context) []byte {
	if a.l1 == nil {
		return nil
	}
	m := a.state()
	o, ok := a.l1.Origin()
	if !ok || o.Number < m.L1Origin.Number || o == m.L1Origin {
		o = m.L1Origin // this node is behind: keep the parent's origin
	}
	cctx, cancel := context.WithTimeout(ctx, l1ProposeTimeout)
	forced, err := a.forcedFor(cctx, o, m.ForcedCount)
	cancel()
	if err != nil {
		a.log.Warn("proposing without forced entries", "l1Origin", o.Number, "err", err)
		forced = nil
		if o != m.L1Origin {
			return nil // keep the parent's origin rather than skip entries at a newer one
		}
	}
	if o == m.L1Origin && len(forced) == 0 {
		return nil
	}
	tx, err := envelope.EncodeOrigin(envelope.Origin{L1: o, Forced: forced})
	if err != nil {
		a.log.Warn("encode origin", "err", err)
		return nil
	}
	return tx
}

// checkOrigin checks a proposal's origin transaction o against this node's L1: the origin is
// not behind the parent's, not past this node's head, not older than the genesis bound, and is
// the canonical block there; the forced entries are exactly forcedFor(origin, cursor). A
// proposal without one keeps the parent's origin, which was checked when committed (an L1
// reorg may since have put it past this node's head: that must not stop the chain), but it
// must still not be too old, nor skip entries visible there: a proposer cannot censor the inbox
// by never advancing its origin.
func (a *App) checkOrigin(ctx context.Context, o *envelope.Origin) error {
	m := a.state()
	origin, forced := m.L1Origin, []envelope.Forced(nil)
	if o != nil {
		origin, forced = o.L1, o.Forced
	}
	if origin.Number < m.L1Origin.Number {
		return originErr(reasonOriginBackwards, "%d, parent's %d", origin.Number, m.L1Origin.Number)
	}
	head, ok := a.l1.Head()
	if !ok {
		if o == nil {
			return nil // nothing claimed, nothing this node can check yet
		}
		return originErr(reasonNoL1, "no L1 head read yet")
	}
	cctx, cancel := context.WithTimeout(ctx, l1CheckTimeout)
	defer cancel()
	if o != nil && origin.Number > head {
		// Past the head this node last polled: its L1 may have the block by now (the poll
		// lags by up to its interval); only a block L1 does not have is in the future.
		if h, err := a.l1.BlockHash(cctx, origin.Number); err != nil || h != origin.Hash {
			return originErr(reasonOriginFuture, "%d, head %d", origin.Number, head)
		}
		head = origin.Number
	}
	if maxAge := a.genesis.maxOriginAge(); head > origin.Number && head-origin.Number > maxAge {
		return originErr(reasonOriginTooOld, "%d, head %d, at most %d blocks behind", origin.Number, head, maxAge)
	}
	if origin != m.L1Origin {
		h, err := a.l1.BlockHash(cctx, origin.Number)
		if err != nil {
			return originErr(reasonNoL1, "block %d: %v", origin.Number, err)
		}
		if h != origin.Hash {
			return originErr(reasonOriginUnknown, "block %d is %s here, proposal says %s", origin.Number, h, origin.Hash)
		}
	}
	want, err := a.forcedFor(cctx, origin, m.ForcedCount)
	if err != nil {
		return originErr(reasonNoL1, "%v", err)
	}
	for i, f := range forced {
		if i >= len(want) {
			return originErr(reasonForcedExtra, "entry %d", m.ForcedCount+uint64(i))
		}
		w := want[i]
		if f.RollupID != w.RollupID || f.QueuedAt != w.QueuedAt || string(f.Payload) != string(w.Payload) {
			return originErr(reasonForcedAltered, "entry %d", m.ForcedCount+uint64(i))
		}
	}
	if len(forced) < len(want) {
		return originErr(reasonForcedSkipped, "%d of %d from entry %d", len(want)-len(forced), len(want), m.ForcedCount)
	}
	return nil
}
