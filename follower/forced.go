package follower

import (
	"context"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/inbox"
)

// Forced inclusion (docs/follower.md, "Forced transactions").
//
// Anyone can queue a transaction for a rollup in the ForcedInclusionInbox on L1. Operators put
// queued entries first in their blocks and every checkpoint carries the forced cursor (entries
// included up to its end height), which the registry checks against the inbox. The follower
// derives, from L1 alone, where each entry of its rollup goes:
//
//   - Entry i, queued in L1 block q, has the deadline q + D, D being the registry's
//     forcedInclusionDelay when it was queued; the inbox stores it with the entry, so the owner
//     changing D later moves no deadline.
//   - Stored checkpoints and deadlines are merged in L1-block order, a deadline first when it
//     falls in the block that stores a checkpoint.
//   - When its deadline comes, entry i is covered if a checkpoint stored before it has a cursor
//     above i: Lockstep ordered it, and it comes out firm in its batch like any transaction.
//   - Otherwise it becomes firm at the deadline, positioned after the last checkpoint stored
//     before it (after that checkpoint's end height), entries in inbox order. If Lockstep
//     includes it later, that copy is not emitted again.
//
// Every input is read from L1 at the follower's confirmed block, so two followers derive the same
// positions whatever the operators do, including when no checkpoint lands at all.

// forcedQueue reads the inbox as of an L1 block. The registry names the inbox and D.
type forcedQueue interface {
	// HasInbox says whether the registry names an inbox as of block at.
	HasInbox(ctx context.Context, at common.Hash) (bool, error)
	// Count is the number of queued entries as of block at.
	Count(ctx context.Context, at common.Hash) (uint64, error)
	// Meta is entry i without its payload.
	Meta(ctx context.Context, at common.Hash, i uint64) (inbox.Entry, error)
	// Entries are entries [from, to) with their payloads, checked against the accumulator.
	Entries(ctx context.Context, at common.Hash, from, to uint64) ([]inbox.Entry, error)
}

// lateEntry is an entry of the rollup emitted firm at its deadline and not yet covered by a
// checkpoint: if Lockstep orders it later, that copy is skipped.
type lateEntry struct {
	Index  uint64      `json:"index"`
	TxHash common.Hash `json:"txHash"`
}

// forcedMark is a forced transaction found in a batch: its position and inbox index.
type forcedMark struct {
	pos   int
	index uint64
}

// decideForced decides, in inbox order, the entries whose fate is known at the confirmed block
// safe: those below the cursor of the checkpoints handled so far (covered, nothing to do), and
// those whose deadline has come, at or before nextStored (the L1 block storing the next checkpoint
// to handle; 0: none stored yet). An uncovered entry of the rollup is emitted firm. wait is
// true when L1 could not be read (logged; retried on the next poll): nothing after may be decided.
func (f *Follower) decideForced(ctx context.Context, safe L1Block, nextStored uint64) (wait bool, err error) {
	if f.queue == nil {
		return false, nil
	}
	l1err := func(err error) (bool, error) { return true, f.transient(ctx, "L1 inbox", err) }
	ok, err := f.queue.HasInbox(ctx, safe.Hash)
	if err != nil {
		return l1err(err)
	}
	if !ok {
		return false, nil
	}
	count, err := f.queue.Count(ctx, safe.Hash)
	if err != nil {
		return l1err(err)
	}
	for f.last.ForcedNext < count {
		i := f.last.ForcedNext
		if i < f.last.Cursor {
			f.last.ForcedNext = f.last.Cursor // covered by a checkpoint already handled
			continue
		}
		e, err := f.queue.Meta(ctx, safe.Hash, i)
		if err != nil {
			return l1err(err)
		}
		deadline := e.Deadline
		if deadline > safe.Number || (nextStored != 0 && deadline > nextStored) {
			return false, nil // not due yet, or the next checkpoint comes first
		}
		st := f.last
		st.ForcedNext = i + 1
		if e.RollupID == f.cfg.RollupID {
			es, err := f.queue.Entries(ctx, safe.Hash, i, i+1)
			if err != nil {
				return l1err(err)
			}
			if len(es) != 1 {
				return l1err(fmt.Errorf("inbox entry %d: %d entries read", i, len(es)))
			}
			e = es[0]
			st.Late = append(slices.Clone(st.Late), lateEntry{Index: i, TxHash: e.TxHash()})
			if deadline > f.silentBefore {
				idx := i
				if err := f.out(Item{Kind: KindTx, Status: Firm, Height: f.next - 1, TxHash: e.TxHash(), Tx: e.Payload, Source: SourceL1,
					Forced: true, InboxIndex: &idx, L1Block: deadline, TimeMs: f.last.EndTimeMs}); err != nil {
					return false, err
				}
				f.log.Info("forced transaction firm from L1 (not ordered by Lockstep in time)", "inboxIndex", i, "queuedAt", e.QueuedAt, "deadline", deadline, "afterHeight", f.next-1)
			}
		}
		if err := f.saveState(st); err != nil {
			return false, err
		}
		f.last = st
	}
	return false, nil
}

// markForced finds the rollup's forced transactions in a checkpoint's batches, from L1: the
// inbox entries [cursor before it, its cursor) of the rollup are, in order, the first
// transactions of its batches, each in the block whose forced cursor first passes its index.
// A batch that does not start with them, or a checkpoint that does not contain them all, does
// not verify (the operator lies). Reading L1 failing is an error to retry.
func (f *Follower) markForced(ctx context.Context, safe L1Block, sc StoredCheckpoint, fd *firmData) (map[uint64][]forcedMark, error) {
	if f.queue == nil || sc.ForcedCount <= f.last.Cursor {
		return nil, nil
	}
	var ours []inbox.Entry
	for i := f.last.Cursor; i < sc.ForcedCount; i++ {
		e, err := f.queue.Meta(ctx, safe.Hash, i)
		if err != nil {
			return nil, err
		}
		if e.RollupID != f.cfg.RollupID {
			continue
		}
		es, err := f.queue.Entries(ctx, safe.Hash, i, i+1)
		if err != nil {
			return nil, err
		}
		ours = append(ours, es...)
	}
	marks := make(map[uint64][]forcedMark)
	for h := sc.StartHeight; h <= sc.EndHeight && len(ours) > 0; h++ {
		m, ok := fd.metas[h]
		if !ok {
			return nil, fmt.Errorf("no block meta for height %d", h) // firmFrom decides every height
		}
		b := fd.batches[h]
		for pos := 0; len(ours) > 0 && ours[0].Index < m.ForcedCount; pos++ {
			if b == nil || pos >= len(b.hashes) || b.hashes[pos] != ours[0].TxHash() {
				return nil, &lieError{height: h, err: fmt.Errorf("%w: forced inbox entry %d is not transaction %d of the rollup's batch at height %d, where the block's forced cursor passes it",
					ErrInvalid, ours[0].Index, pos, h)}
			}
			marks[h] = append(marks[h], forcedMark{pos: pos, index: ours[0].Index})
			ours = ours[1:]
		}
	}
	if len(ours) > 0 {
		return nil, &lieError{height: sc.EndHeight, err: fmt.Errorf("%w: checkpoint %d's cursor %d covers forced inbox entry %d, which no block of it includes",
			ErrInvalid, sc.Number, sc.ForcedCount, ours[0].Index)}
	}
	return marks, nil
}

// pruneLate drops the late entries below cursor: ordered by a checkpoint already emitted, so
// they cannot come up again.
func pruneLate(late []lateEntry, cursor uint64) []lateEntry {
	return slices.DeleteFunc(slices.Clone(late), func(l lateEntry) bool { return l.Index < cursor })
}

// isLate reports whether inbox entry index was already emitted at its deadline.
func (f *Follower) isLate(index uint64) bool {
	return slices.ContainsFunc(f.last.Late, func(l lateEntry) bool { return l.Index == index })
}

// lateHash reports whether a soft transaction hash is that of an entry already emitted at its
// deadline, which an operator ordered late.
func (f *Follower) lateHash(h common.Hash) bool {
	return slices.ContainsFunc(f.last.Late, func(l lateEntry) bool { return l.TxHash == h })
}

// blockMetaOf returns the meta a verified answer proves for its height.
func blockMetaOf(a answer) commitment.BlockMeta {
	if a.Batch != nil {
		return a.Batch.Proof.Meta
	}
	if a.Absence != nil {
		return a.Absence.Meta
	}
	return commitment.BlockMeta{}
}
