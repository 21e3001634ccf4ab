package follower

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
)

// l1Step reads L1 and makes firm every checkpoint stored at the confirmed block (head minus
// Confirmations) that the follower has not made firm yet.
func (f *Follower) l1Step(ctx context.Context) error {
	head, err := f.reg.Head(ctx)
	if err != nil {
		return f.transient(ctx, "L1", err)
	}
	if head == f.lastHead && !f.pending {
		return nil
	}
	conf := f.cfg.Confirmations
	if conf > 0 {
		if err := f.trackSeen(ctx, head); err != nil {
			return f.transient(ctx, "L1", err)
		}
	}
	if head.Number < conf {
		f.lastHead = head
		return nil
	}
	safe := head
	if conf > 0 {
		if safe, err = f.reg.BlockAt(ctx, head.Number-conf); err != nil {
			return f.transient(ctx, "L1", err)
		}
	}
	if hold, err := f.checkLastFirm(ctx, safe); err != nil || hold {
		return err
	}
	latest, err := f.reg.Latest(ctx, safe.Hash)
	if err != nil {
		return f.transient(ctx, "L1", err)
	}
	if f.nextCP == 0 {
		if err := f.findFirst(ctx, safe, latest); err != nil {
			return f.transient(ctx, "L1", err)
		}
	}
	for f.nextCP <= latest {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		sc, err := f.reg.Checkpoint(ctx, safe.Hash, f.nextCP)
		if err != nil {
			return f.transient(ctx, "L1", err)
		}
		if wait, err := f.decideForced(ctx, safe, sc.L1Block); err != nil || wait {
			return err
		}
		done, err := f.makeFirm(ctx, safe, sc)
		if err != nil {
			return err
		}
		if !done {
			f.pending = true
			return nil
		}
	}
	if wait, err := f.decideForced(ctx, safe, 0); err != nil || wait {
		return err
	}
	f.pending = false
	f.lastHead = head
	return nil
}

// findFirst sets nextCP to the checkpoint covering the first height to emit (or, if none
// covers it yet, the next one to be stored), and the forced-inclusion progress to the one before
// it: entries it covers were ordered before the first height, and deadlines up to the block that
// stored it fall before the first height too (decided, not emitted).
func (f *Follower) findFirst(ctx context.Context, safe L1Block, latest uint64) error {
	if latest == 0 {
		f.nextCP = 1
		return nil
	}
	sc, err := f.reg.Checkpoint(ctx, safe.Hash, latest)
	if err != nil {
		return err
	}
	if sc.EndHeight < f.next {
		f.nextCP = latest + 1
		f.startAfter(sc)
		return nil
	}
	n, err := f.reg.CheckpointByHeight(ctx, safe.Hash, f.next)
	if err != nil {
		return err
	}
	if n > 1 {
		prev, err := f.reg.Checkpoint(ctx, safe.Hash, n-1)
		if err != nil {
			return err
		}
		f.startAfter(prev)
	}
	f.nextCP = n
	return nil
}

// startAfter sets the forced-inclusion progress of a follower starting after checkpoint sc.
func (f *Follower) startAfter(sc StoredCheckpoint) {
	f.last.Cursor, f.last.ForcedNext = sc.ForcedCount, sc.ForcedCount
	f.silentBefore = sc.L1Block
}

// trackSeen remembers checkpoints stored on L1 but not confirmed yet, with the block that stored
// them, and notices when a reorg removes or moves one. Only confirmed checkpoints become firm.
func (f *Follower) trackSeen(ctx context.Context, head L1Block) error {
	latest, err := f.reg.Latest(ctx, head.Hash)
	if err != nil {
		return err
	}
	for n, s := range f.seen {
		if n > latest {
			f.log.Warn("L1 reorg removed a checkpoint before it was confirmed; not firm until stored and confirmed again",
				"checkpoint", n, "l1Block", s.L1Block, "l1BlockHash", s.hash)
			delete(f.seen, n)
			continue
		}
		b, err := f.reg.BlockAt(ctx, s.L1Block)
		if err != nil {
			return err
		}
		if b.Hash != s.hash {
			f.log.Warn("L1 reorg replaced the block that stored a checkpoint before it was confirmed; not firm until confirmed again",
				"checkpoint", n, "l1Block", s.L1Block, "l1BlockHash", s.hash, "newHash", b.Hash)
			delete(f.seen, n)
		}
	}
	// Newest first: the walk stops at the first confirmed one (nextCP may not be known yet).
	for n := latest; n >= max(f.nextCP, 1); n-- {
		if _, ok := f.seen[n]; ok {
			continue
		}
		sc, err := f.reg.Checkpoint(ctx, head.Hash, n)
		if err != nil {
			return err
		}
		if sc.L1Block+f.cfg.Confirmations <= head.Number {
			break // confirmed, and so are the ones before it: the firm path takes them
		}
		b, err := f.reg.BlockAt(ctx, sc.L1Block)
		if err != nil {
			return err
		}
		f.seen[n] = seenCheckpoint{StoredCheckpoint: sc, hash: b.Hash}
		f.log.Info("checkpoint seen on L1, firm once confirmed", "checkpoint", n, "l1Block", sc.L1Block, "l1BlockHash", b.Hash,
			"confirmations", f.cfg.Confirmations)
	}
	return nil
}

// checkLastFirm checks the block that stored the last firm checkpoint is still canonical. If a
// reorg deeper than the confirmations replaced it, the checkpoint must be stored again with the
// same root; until then nothing more becomes firm (hold).
func (f *Follower) checkLastFirm(ctx context.Context, safe L1Block) (hold bool, err error) {
	last := f.last
	if last.Checkpoint == 0 || last.L1Block == 0 || last.L1Block > safe.Number {
		return false, nil
	}
	b, err := f.reg.BlockAt(ctx, last.L1Block)
	if err != nil {
		return true, f.transient(ctx, "L1", err)
	}
	if b.Hash == last.L1BlockHash {
		return false, nil
	}
	latest, err := f.reg.Latest(ctx, safe.Hash)
	if err != nil {
		return true, f.transient(ctx, "L1", err)
	}
	if latest < last.Checkpoint {
		return true, f.transient(ctx, "deep reorg", fmt.Errorf("an L1 reorg deeper than %d confirmations removed checkpoint %d, already emitted as firm (or the state file is from another chain); waiting for it to be stored again",
			f.cfg.Confirmations, last.Checkpoint))
	}
	sc, err := f.reg.Checkpoint(ctx, safe.Hash, last.Checkpoint)
	if err != nil {
		return true, f.transient(ctx, "L1", err)
	}
	if sc.Root != last.Root || sc.StartHeight != last.StartHeight || sc.EndHeight != last.EndHeight {
		return true, fmt.Errorf("%w: checkpoint %d was [%d, %d] root %s in L1 block %d, now [%d, %d] root %s in block %d",
			ErrFirmReverted, last.Checkpoint, last.StartHeight, last.EndHeight, last.Root, last.L1Block, sc.StartHeight, sc.EndHeight, sc.Root, sc.L1Block)
	}
	nb, err := f.reg.BlockAt(ctx, sc.L1Block)
	if err != nil {
		return true, f.transient(ctx, "L1", err)
	}
	f.log.Warn("an L1 reorg deeper than the confirmations moved a checkpoint already emitted as firm; same root, the firm items stand",
		"checkpoint", last.Checkpoint, "l1Block", last.L1Block, "newL1Block", sc.L1Block)
	last.L1Block, last.L1BlockHash = sc.L1Block, nb.Hash
	if err := f.saveState(last); err != nil {
		return true, err
	}
	f.last = last
	return false, nil
}

// firmData is a checkpoint's heights decided against the L1 root.
type firmData struct {
	roots   []common.Hash                   // trusted block roots of the checkpoint's heights
	batches map[uint64]*record              // the rollup's batches; heights not in it have none
	metas   map[uint64]commitment.BlockMeta // every decided height's meta, proven by its root
	marks   map[uint64][]forcedMark         // the rollup's forced transactions, by height
}

// makeFirm verifies checkpoint sc's heights from the first honest operator that has them and
// emits them firm. done is false when no operator could answer (retried on the next poll).
func (f *Follower) makeFirm(ctx context.Context, safe L1Block, sc StoredCheckpoint) (done bool, err error) {
	lo := max(sc.StartHeight, f.next)
	if sc.EndHeight < lo { // wholly before the first height to emit
		f.nextCP = sc.Number + 1
		f.last.Cursor, f.last.ForcedNext = sc.ForcedCount, max(f.last.ForcedNext, sc.ForcedCount)
		f.last.Late = pruneLate(f.last.Late, sc.ForcedCount)
		f.silentBefore = max(f.silentBefore, sc.L1Block)
		return true, nil
	}
	l1b, err := f.reg.BlockAt(ctx, sc.L1Block)
	if err != nil {
		return false, f.transient(ctx, "L1", err)
	}
	for tried := 0; tried < len(f.ops); {
		op := f.ops[f.cur]
		from := lo
		if f.queue != nil {
			from = sc.StartHeight // markForced needs every height's forced cursor
		}
		fd, err := f.firmFrom(ctx, op, sc, from)
		if err == nil {
			fd.marks, err = f.markForced(ctx, safe, sc, fd)
		}
		var lie *lieError
		switch {
		case errors.As(err, &lie):
			if err := f.markLying(op.URL(), lie.height, sc.Number, lie.Error()); err != nil {
				return false, err
			}
		case err != nil:
			if err := f.unavailable(ctx, op, fmt.Errorf("checkpoint %d: %w", sc.Number, err)); err != nil {
				return false, err
			}
			tried++
		default:
			return true, f.emitFirm(sc, l1b, lo, fd)
		}
	}
	if len(f.ops) == 0 {
		return false, f.noHonest()
	}
	return false, nil
}

// firmFrom gets checkpoint sc from op, checks it against the L1 root, and decides every height
// from lo on: the rollup's batch (from a soft record whose block root is the trusted one, or
// fetched) or a proof that it has none. Answers that do not verify are a *lieError.
func (f *Follower) firmFrom(ctx context.Context, op source, sc StoredCheckpoint, lo uint64) (*firmData, error) {
	res, err := op.Checkpoint(ctx, sc.Number)
	if err != nil {
		return nil, err
	}
	roots, err := VerifyCheckpoint(res, sc.Checkpoint)
	if errors.Is(err, ErrInvalid) {
		return nil, &lieError{height: sc.StartHeight, err: err}
	}
	if err != nil {
		return nil, err
	}
	root := func(h uint64) common.Hash { return roots[h-sc.StartHeight] }
	claimed, err := f.claimedHeights(ctx, op, lo, sc.EndHeight)
	if err != nil {
		return nil, err
	}
	fd := &firmData{roots: roots, batches: make(map[uint64]*record), metas: make(map[uint64]commitment.BlockMeta)}
	var qs []query
	for h := lo; h <= sc.EndHeight; h++ {
		if r := f.records[h]; r != nil && r.blockRoot == root(h) {
			fd.batches[h] = r // verified against this very root when emitted soft
			fd.metas[h] = r.meta
			continue
		}
		qs = append(qs, query{Height: h, Absent: !claimed[h]})
	}
	as, err := op.Fetch(ctx, f.cfg.RollupID, qs)
	if err != nil {
		return nil, err
	}
	for i, q := range qs {
		a := as[i]
		if a.Err != nil {
			return nil, a.Err
		}
		if q.Absent {
			if err := VerifyAbsence(a.Absence, f.cfg.RollupID, q.Height, root(q.Height)); err != nil {
				return nil, &lieError{height: q.Height, err: err}
			}
			fd.metas[q.Height] = blockMetaOf(a)
			continue
		}
		hashes, err := VerifyBatchAt(a.Batch, f.cfg.RollupID, q.Height, root(q.Height))
		if err != nil {
			return nil, &lieError{height: q.Height, err: err}
		}
		fd.metas[q.Height] = blockMetaOf(a)
		fd.batches[q.Height] = &record{height: q.Height, source: op.URL(), blockRoot: root(q.Height), meta: a.Batch.Proof.Meta, hashes: hashes, txs: rawTxs(a.Batch)}
	}
	return fd, nil
}

// claimedHeights is the set of heights in [lo, end] where op says the rollup has a batch. It is
// only a claim: each one is then proven, present or absent.
func (f *Follower) claimedHeights(ctx context.Context, op source, lo, end uint64) (map[uint64]bool, error) {
	out := make(map[uint64]bool)
	for from := lo; from <= end; {
		hs, err := op.BatchHeights(ctx, f.cfg.RollupID, from, heightsPage)
		if err != nil {
			return nil, err
		}
		if err := checkHeights(hs, from); err != nil {
			return nil, &lieError{height: from, err: err}
		}
		for _, h := range hs {
			if h <= end {
				out[h] = true
			}
		}
		if len(hs) < heightsPage || hs[len(hs)-1] >= end {
			break
		}
		from = hs[len(hs)-1] + 1
	}
	return out, nil
}

// emitFirm emits a verified checkpoint: per height, lies revealed by the trusted block root,
// the withdrawal of soft items it contradicts, the firm items; then the checkpoint item, and
// the state file.
func (f *Follower) emitFirm(sc StoredCheckpoint, l1b L1Block, lo uint64, fd *firmData) error {
	for h := lo; h <= sc.EndHeight; h++ {
		root := fd.roots[h-sc.StartHeight]
		rec, fb := f.records[h], fd.batches[h]
		claims := f.claims[h]
		if rec != nil {
			claims = append(claims, claim{source: rec.source, blockRoot: rec.blockRoot})
		}
		for _, c := range claims {
			if c.blockRoot != root && f.active(c.source) {
				reason := fmt.Sprintf("served block root %s at height %d; checkpoint %d on L1 proves %s", c.blockRoot, h, sc.Number, root)
				if err := f.markLying(c.source, h, sc.Number, reason); err != nil {
					return err
				}
			}
		}
		delete(f.claims, h)
		if rec != nil && (fb == nil || !sameHashes(rec.hashes, fb.hashes)) {
			if err := f.out(Item{Kind: KindRetract, Height: h, Source: rec.source, Reason: fmt.Sprintf("contradicted by checkpoint %d on L1", sc.Number)}); err != nil {
				return err
			}
		}
		delete(f.records, h)
		if fb != nil {
			if err := f.emitTxs(fb, Firm, sc.Number, sc.L1Block, fd.marks[h]); err != nil {
				return err
			}
		}
	}
	endTime := fd.metas[sc.EndHeight].TimeMs
	if err := f.out(Item{Kind: KindCheckpoint, Checkpoint: sc.Number, StartHeight: sc.StartHeight, EndHeight: sc.EndHeight, Root: sc.Root,
		L1Block: sc.L1Block, L1BlockHash: l1b.Hash, TimeMs: endTime}); err != nil {
		return err
	}
	st := state{Version: stateVersion, RollupID: f.cfg.RollupID, NextHeight: sc.EndHeight + 1, Checkpoint: sc.Number,
		StartHeight: sc.StartHeight, EndHeight: sc.EndHeight, Root: sc.Root, L1Block: sc.L1Block, L1BlockHash: l1b.Hash, EndTimeMs: endTime,
		Cursor: sc.ForcedCount, ForcedNext: max(f.last.ForcedNext, sc.ForcedCount), Late: pruneLate(f.last.Late, sc.ForcedCount)}
	if err := f.saveState(st); err != nil {
		return err
	}
	f.last, f.next, f.nextCP = st, st.NextHeight, sc.Number+1
	f.softNext = max(f.softNext, f.next)
	if s, ok := f.seen[sc.Number]; ok && s.L1Block != sc.L1Block {
		f.log.Info("checkpoint confirmed in another L1 block than first seen (reorg)", "checkpoint", sc.Number, "seenL1Block", s.L1Block, "l1Block", sc.L1Block)
	}
	delete(f.seen, sc.Number)
	f.log.Info("checkpoint firm", "checkpoint", sc.Number, "startHeight", sc.StartHeight, "endHeight", sc.EndHeight, "batches", len(fd.batches), "l1Block", sc.L1Block)
	return nil
}

func (f *Follower) saveState(st state) error {
	if f.cfg.StatePath == "" {
		return nil
	}
	if err := st.save(f.cfg.StatePath); err != nil {
		return fmt.Errorf("follower: %w", err)
	}
	return nil
}
