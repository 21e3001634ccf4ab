// Package derive turns a rollup's ordering from Lockstep into L2 blocks. It holds the rules
// only (docs/rollup.md): which transactions go in which block, with which timestamp, when the
// soft head must roll back, which block is safe or finalized. Execution is behind Chain; reading
// the ordering (the follower) and storage are the caller's.
//
// The rules, in short. Every Lockstep height with a batch for the rollup is an Input; so are
// the forced transactions that became firm from L1 at their deadline (Late), placed after the
// batch of the height they follow. Inputs are ordered by height. A block gathers the inputs whose
// block time falls in one second: its timestamp is that second (or its parent's plus one, when
// the parent already took it), and an input whose second is not after the head block's
// timestamp joins that block, which is then built again with it. So a block is made as soon as
// its first batch is known (soft latency is not traded for timestamps), at most one block per
// second exists, and block timestamps never run ahead of Lockstep's clock except past genesis.
package derive

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Input is what one position of the ordering holds for the rollup: a height's batch, or the
// forced transactions made firm from L1 after that height's batch (Late).
type Input struct {
	Height uint64
	// TimeMs is the height's block time (Unix ms); 0 when unknown (a late input the follower
	// could not time), then the time of the input before it applies.
	TimeMs uint64
	Late   bool
	Firm   bool
	Txs    [][]byte
	Hashes []common.Hash
	// InboxIndex is, for a late input, the inbox entry of its (single) transaction: a late
	// input is added one transaction at a time, in inbox order.
	InboxIndex uint64
}

// before orders inputs: by height, a height's batch before its late input.
func (in *Input) before(o *Input) bool {
	if in.Height != o.Height {
		return in.Height < o.Height
	}
	return !in.Late && o.Late
}

func (in *Input) samePos(o *Input) bool { return in.Height == o.Height && in.Late == o.Late }

// Checkpoint is a checkpoint whose items the follower emitted firm: every height up to EndHeight
// is final.
type Checkpoint struct {
	Number    uint64
	EndHeight uint64
	// TimeMs is EndHeight's block time.
	TimeMs uint64
	// L1Block stored the checkpoint; once L1 finalizes it, so are the blocks it made safe.
	L1Block uint64
}

// Record is one entry of the journal: a firm input or a checkpoint, in the order they became firm.
type Record struct {
	Input      *Input
	Checkpoint *Checkpoint
}

// Journal keeps what became firm, in order, so a restart can rebuild every block from it
// whatever the chain's database lost. Append may buffer; Sync makes everything appended durable.
type Journal interface {
	Append(Record) error
	Sync() error
}

// Config tunes a Deriver.
type Config struct {
	// MaxSoftLead is how many Lockstep heights past the last firm one the soft head may execute.
	// Later inputs wait (in memory, bounded by the follower's own lead) until a checkpoint lands,
	// so an outage of L1 or of the aggregator cannot pile up unbounded unsettled state.
	MaxSoftLead uint64
	Logger      *slog.Logger
}

// DefaultMaxSoftLead is Config.MaxSoftLead's default: 4096 heights, about four minutes at 60 ms
// blocks (the follower stops fetching soft batches past the same lead).
const DefaultMaxSoftLead = 4096

// Status is the derivation's progress.
type Status struct {
	Head, Safe, Finalized uint64 // L2 block numbers
	// SoftHeight is the last Lockstep height executed; FirmHeight the last final one (the end of
	// the last checkpoint).
	SoftHeight, FirmHeight uint64
	// Waiting is how many inputs wait for the firm height to catch up (MaxSoftLead).
	Waiting int
}

// mark is a checkpoint's effect on the chain: the block it made safe.
type mark struct {
	l1Block uint64
	safe    uint64
}

// Deriver builds the L2 chain from inputs. Its methods are not safe for concurrent use.
type Deriver struct {
	cfg     Config
	log     *slog.Logger
	chain   Chain
	journal Journal

	// base is the last block that can no longer change (genesis, or the safe block); built
	// holds the blocks above it, as this Deriver built or verified them, and inputs their
	// inputs, followed by those not built yet.
	base   Block
	built  []Block
	inputs []Input

	firmHeight, firmTimeMs uint64
	lastCheckpoint         uint64 // number of the last checkpoint added
	lateNext               uint64 // inbox index after the last late transaction added
	marks                  []mark
	safe, finalized        uint64
	finalizedL1            uint64
	restoring              bool
}

// New returns a Deriver on chain. Call Restore with the journal's records before anything else,
// even when there are none.
func New(cfg Config, chain Chain, journal Journal) (*Deriver, error) {
	if chain == nil || journal == nil {
		return nil, errors.New("derive: a chain and a journal are required")
	}
	if cfg.MaxSoftLead == 0 {
		return nil, errors.New("derive: MaxSoftLead is 0")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	d := &Deriver{cfg: cfg, log: cfg.Logger.With("component", "derive"), chain: chain, journal: journal}
	g, ok := chain.BlockByNumber(0)
	if !ok {
		return nil, errors.New("derive: the chain has no genesis block")
	}
	d.base = g
	return d, nil
}

// Restore replays the journal: next yields its records in order (ok false at the end). Blocks the
// chain still holds with the same inputs are kept; the rest are built again; blocks built from
// soft inputs before the restart are dropped (the follower serves those again).
func (d *Deriver) Restore(next func() (Record, bool, error)) error {
	d.restoring = true
	defer func() { d.restoring = false }()
	n := 0
	for {
		r, ok, err := next()
		if err != nil {
			return fmt.Errorf("derive: read journal: %w", err)
		}
		if !ok {
			break
		}
		n++
		switch {
		case r.Input != nil:
			if err := d.AddInput(*r.Input); err != nil {
				return err
			}
		case r.Checkpoint != nil:
			if err := d.AddCheckpoint(*r.Checkpoint); err != nil {
				return err
			}
		}
	}
	if err := d.sync(0, true); err != nil {
		return err
	}
	d.log.Info("restored from journal", "records", n, "head", d.chain.Head().Number, "safe", d.safe, "firmHeight", d.firmHeight)
	return nil
}

// AddInput adds a height's batch, soft or firm, or a late input. A soft batch at a height that
// already has one replaces it; a firm one confirms or replaces it; a late input adds its
// transactions to the height's late input.
func (d *Deriver) AddInput(in Input) error {
	if len(in.Txs) != len(in.Hashes) {
		return fmt.Errorf("derive: input at height %d has %d transactions and %d hashes", in.Height, len(in.Txs), len(in.Hashes))
	}
	switch {
	case in.Late && (!in.Firm || len(in.Txs) != 1):
		return fmt.Errorf("derive: late input after height %d must be one firm transaction", in.Height)
	case in.Late && in.InboxIndex < d.lateNext:
		return nil // journaled before a restart and emitted again
	case in.Late && in.Height < d.firmHeight:
		return fmt.Errorf("derive: late input after height %d, before the firm height %d", in.Height, d.firmHeight)
	case !in.Late && in.Height <= d.firmHeight:
		// Firm: journaled before a restart and emitted again. Soft: the follower resumed from an
		// older state than the journal's.
		return nil
	}
	i, found := slices.BinarySearchFunc(d.inputs, in, func(a, b Input) int {
		switch {
		case a.samePos(&b):
			return 0
		case a.before(&b):
			return -1
		}
		return 1
	})
	switch {
	case found && in.Late:
		old := &d.inputs[i]
		old.Txs, old.Hashes = append(slices.Clone(old.Txs), in.Txs...), append(slices.Clone(old.Hashes), in.Hashes...)
		old.InboxIndex, old.TimeMs = in.InboxIndex, max(old.TimeMs, in.TimeMs)
	case found:
		d.inputs[i] = in
	default:
		d.inputs = slices.Insert(d.inputs, i, in)
	}
	if in.Late {
		d.lateNext = in.InboxIndex + 1
	}
	if in.Firm && !d.restoring {
		if err := d.journal.Append(Record{Input: &in}); err != nil {
			return fmt.Errorf("derive: journal input at height %d: %w", in.Height, err)
		}
		if in.Late { // the follower records it as emitted once this returns
			if err := d.journal.Sync(); err != nil {
				return fmt.Errorf("derive: journal: %w", err)
			}
		}
	}
	if d.restoring {
		return nil
	}
	return d.sync(i, true)
}

// Retract drops the soft input at height: its transactions were wrong. The right ones follow.
func (d *Deriver) Retract(height uint64) error {
	i := slices.IndexFunc(d.inputs, func(in Input) bool { return in.Height == height && !in.Late })
	if i < 0 {
		return nil
	}
	if d.inputs[i].Firm {
		return fmt.Errorf("derive: retraction of height %d, which is firm", height)
	}
	d.inputs = slices.Delete(d.inputs, i, i+1)
	d.log.Info("soft batch retracted", "height", height)
	return d.sync(i, true)
}

// AddCheckpoint records that every height up to cp.EndHeight is final (the follower emitted
// their firm inputs before), journals it durably, and marks safe the blocks it completes: those
// whose second is before the block time of cp.EndHeight, which no later height can join.
func (d *Deriver) AddCheckpoint(cp Checkpoint) error {
	if cp.Number <= d.lastCheckpoint {
		return nil // journaled before a restart and emitted again
	}
	for i := range d.inputs {
		if d.inputs[i].Height <= cp.EndHeight && !d.inputs[i].Firm {
			return fmt.Errorf("derive: checkpoint %d ends at height %d, but the input at height %d is not firm", cp.Number, cp.EndHeight, d.inputs[i].Height)
		}
	}
	d.firmHeight, d.firmTimeMs, d.lastCheckpoint = cp.EndHeight, max(d.firmTimeMs, cp.TimeMs), cp.Number
	if !d.restoring {
		if err := d.journal.Append(Record{Checkpoint: &cp}); err != nil {
			return fmt.Errorf("derive: journal checkpoint %d: %w", cp.Number, err)
		}
		if err := d.journal.Sync(); err != nil {
			return fmt.Errorf("derive: journal: %w", err)
		}
	}
	// Build what is final now (in a restore, only that: later records may extend the open
	// block), then move the base to the last block no later input can change.
	var err error
	if d.restoring {
		err = d.syncBefore(0, d.firmTimeMs/1000, false)
	} else {
		err = d.sync(len(d.inputs), true) // inputs past the soft lead may be due now
	}
	if err != nil {
		return err
	}
	k := 0
	for k < len(d.built) && d.built[k].Time < d.firmTimeMs/1000 {
		k++
	}
	if k > 0 {
		last := d.built[k-1]
		var used int
		for _, b := range d.built[:k] {
			used += blockInputs(b.Extra)
		}
		d.base, d.built, d.inputs = last, slices.Delete(d.built, 0, k), slices.Delete(d.inputs, 0, used)
		if err := d.chain.SetSafe(last.Number); err != nil {
			return fmt.Errorf("derive: mark block %d safe: %w", last.Number, err)
		}
		d.safe = last.Number
	}
	d.marks = append(d.marks, mark{l1Block: cp.L1Block, safe: d.safe})
	return d.finalize()
}

// L1Finalized records that L1 finalized block l1Block: the blocks made safe by checkpoints
// stored at or before it are finalized.
func (d *Deriver) L1Finalized(l1Block uint64) error {
	d.finalizedL1 = max(d.finalizedL1, l1Block)
	return d.finalize()
}

func (d *Deriver) finalize() error {
	f := d.finalized
	for len(d.marks) > 0 && d.marks[0].l1Block <= d.finalizedL1 {
		f = max(f, d.marks[0].safe)
		d.marks = d.marks[1:]
	}
	if f > d.finalized {
		if err := d.chain.SetFinalized(f); err != nil {
			return fmt.Errorf("derive: mark block %d finalized: %w", f, err)
		}
		d.finalized = f
	}
	return nil
}

// Status reports progress.
func (d *Deriver) Status() Status {
	s := Status{Head: d.chain.Head().Number, Safe: d.safe, Finalized: d.finalized, FirmHeight: d.firmHeight}
	if n := len(d.built); n > 0 {
		s.SoftHeight = lastHeight(d.built[n-1].Extra)
	} else {
		s.SoftHeight = lastHeight(d.base.Extra)
	}
	limit := d.firmHeight + d.cfg.MaxSoftLead
	s.Waiting = len(d.inputs) - sort.Search(len(d.inputs), func(i int) bool { return d.inputs[i].Height > limit }) // ordered by height
	return s
}

// sync builds the blocks the inputs call for after a change at input index from, keeping the
// blocks before it (and those built already with the same inputs).
func (d *Deriver) sync(from int, trim bool) error { return d.syncBefore(from, 0, trim) }

// syncBefore is sync limited to the blocks whose timestamp is before sec (0: no limit). With
// trim false, blocks the chain holds past the planned ones are kept (a restore verifies them
// against later records).
func (d *Deriver) syncBefore(from int, sec uint64, trim bool) error {
	// Re-plan from the block before the one holding input from: an input can join the block
	// before its own.
	k, first := 0, 0
	for k < len(d.built) {
		n := blockInputs(d.built[k].Extra)
		if first+n > from {
			break
		}
		first += n
		k++
	}
	if k > 0 {
		k--
		first -= blockInputs(d.built[k].Extra)
	}
	parent := d.base
	if k > 0 {
		parent = d.built[k-1]
	}
	specs := plan(parent.Time, d.inputs[first:], d.firmHeight+d.cfg.MaxSoftLead)
	if sec > 0 {
		n := 0
		for n < len(specs) && specs[n].Time < sec {
			n++
		}
		specs = specs[:n]
	}
	// Keep the blocks that match: those this Deriver built, or, in a restore, what the database
	// holds.
	keep := 0
	for keep < len(specs) {
		i := k + keep
		if i >= len(d.built) {
			if !d.restoring {
				break
			}
			b, ok := d.chain.BlockByNumber(d.base.Number + 1 + uint64(i))
			if !ok {
				break
			}
			d.built = append(d.built, b)
		}
		if have := d.built[i]; have.Time != specs[keep].Time || !bytes.Equal(have.Extra, specs[keep].Extra) {
			break
		}
		keep++
	}
	d.built = d.built[:min(len(d.built), k+keep)]
	top := d.base.Number + uint64(len(d.built))
	if head := d.chain.Head(); head.Number > top && (trim || keep < len(specs)) {
		if err := d.chain.Rewind(top); err != nil {
			return fmt.Errorf("derive: rewind to block %d: %w", top, err)
		}
		d.log.Debug("rewound", "from", head.Number, "to", top)
	}
	for _, s := range specs[keep:] {
		b, err := d.chain.Build(s)
		if err != nil {
			return fmt.Errorf("derive: build block %d (heights %d-%d): %w", top+1, firstHeight(s.Extra), lastHeight(s.Extra), err)
		}
		for _, sk := range b.Skipped {
			d.log.Debug("transaction skipped", "block", b.Number, "txHash", sk.TxHash, "reason", sk.Reason)
		}
		d.built = append(d.built, b.Block)
		top++
	}
	return nil
}

// plan groups inputs (up to height limit) into blocks after a parent with timestamp parentTime.
func plan(parentTime uint64, inputs []Input, limit uint64) []BlockSpec {
	var (
		out   []BlockSpec
		group []*Input
		eff   uint64 // block time of the input before, carried to inputs without one
	)
	flush := func() {
		if len(group) > 0 {
			out[len(out)-1].Extra = extra(group)
			group = group[:0]
		}
	}
	for i := range inputs {
		in := &inputs[i]
		if in.Height > limit {
			break
		}
		eff = max(eff, in.TimeMs)
		sec := eff / 1000
		if n := len(out); n > 0 && sec <= out[n-1].Time {
			out[n-1].Txs = append(out[n-1].Txs, in.Txs...)
			group = append(group, in)
			continue
		}
		flush()
		t := parentTime + 1
		if n := len(out); n > 0 {
			t = out[n-1].Time + 1
		}
		out = append(out, BlockSpec{Time: max(sec, t), Txs: slices.Clone(in.Txs)})
		group = append(group, in)
	}
	flush()
	return out
}

// extraVersion is the first byte of the extra data derivation writes.
const extraVersion = 1

// extra is a block's record of its inputs (32 bytes, the most a header's extra data holds):
// version, first and last height, number of inputs (4 bytes), and 11 bytes of a hash over every
// input's position and transaction hashes. Two blocks on the same parent with the same extra
// were built from the same inputs.
func extra(group []*Input) []byte {
	h := crypto.NewKeccakState()
	var buf [8]byte
	for _, in := range group {
		binary.BigEndian.PutUint64(buf[:], in.Height)
		h.Write(buf[:])
		late := byte(0)
		if in.Late {
			late = 1
		}
		h.Write([]byte{late})
		binary.BigEndian.PutUint64(buf[:], uint64(len(in.Hashes)))
		h.Write(buf[:])
		for _, x := range in.Hashes {
			h.Write(x[:])
		}
	}
	var sum common.Hash
	h.Read(sum[:])
	out := make([]byte, 0, 32)
	out = append(out, extraVersion)
	out = binary.BigEndian.AppendUint64(out, group[0].Height)
	out = binary.BigEndian.AppendUint64(out, group[len(group)-1].Height)
	out = binary.BigEndian.AppendUint32(out, uint32(len(group)))
	return append(out, sum[:11]...)
}

// ExtraInfo decodes the extra data derivation writes: the block's first and last Lockstep height
// and its number of inputs. ok is false for other extra data (genesis).
func ExtraInfo(extra []byte) (first, last uint64, inputs int, ok bool) {
	if len(extra) != 32 || extra[0] != extraVersion {
		return 0, 0, 0, false
	}
	return binary.BigEndian.Uint64(extra[1:9]), binary.BigEndian.Uint64(extra[9:17]), int(binary.BigEndian.Uint32(extra[17:21])), true
}

func firstHeight(extra []byte) uint64 { f, _, _, _ := ExtraInfo(extra); return f }
func lastHeight(extra []byte) uint64  { _, l, _, _ := ExtraInfo(extra); return l }
func blockInputs(extra []byte) int    { _, _, n, _ := ExtraInfo(extra); return n }
