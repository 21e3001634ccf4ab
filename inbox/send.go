package inbox

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/bindings/forcedinclusioninbox"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

// Sender is what Queue sends through; *txmgr.Manager satisfies it.
type Sender interface {
	Send(ctx context.Context, build func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error)
}

// Queue queues payload for rollupID in the inbox at addr, paying the inbox's current fee (read
// again and retried once if the queue grew and the fee with it before the transaction landed).
// It returns the entry as the receipt's event records it.
func Queue(ctx context.Context, s Sender, backend bind.ContractBackend, addr common.Address, rollupID uint64, payload []byte) (Entry, *types.Receipt, error) {
	ib, err := forcedinclusioninbox.NewForcedInclusionInbox(addr, backend)
	if err != nil {
		return Entry{}, nil, fmt.Errorf("bind ForcedInclusionInbox at %s: %w", addr, err)
	}
	var r *types.Receipt
	for attempt := 0; ; attempt++ {
		fee, err := ib.Fee(&bind.CallOpts{Context: ctx, Pending: true})
		if err != nil {
			return Entry{}, nil, fmt.Errorf("read the inbox fee: %w", err)
		}
		r, err = s.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
			o.Value = fee
			return ib.ForceInclude(o, rollupID, payload)
		})
		if re, ok := txmgr.AsRevert(err); ok && re.Name == "InsufficientFee" && attempt == 0 {
			continue
		}
		if err != nil {
			return Entry{}, nil, fmt.Errorf("forceInclude(rollup %d, %d bytes): %w", rollupID, len(payload), err)
		}
		break
	}
	for _, l := range r.Logs {
		ev, err := ib.ParseForcedInclusionQueued(*l)
		if err != nil || l.Address != addr {
			continue
		}
		return Entry{Index: ev.Index, RollupID: ev.RollupId, QueuedAt: ev.L1Block, Deadline: ev.Deadline, Payload: ev.Payload, Acc: ev.Acc}, r, nil
	}
	return Entry{}, r, errors.New("forceInclude succeeded without a ForcedInclusionQueued event")
}

// Fate is how an inbox entry ends up, as far as L1 shows at some block.
type Fate struct {
	// Decided is false while the entry is neither covered by a stored checkpoint stored before
	// its deadline nor past its deadline.
	Decided bool
	// Deadline is the L1 block where the entry is firm whatever the operators do.
	Deadline uint64
	// ByL1 is true when the entry became firm at its deadline (Lockstep did not order it in
	// time); otherwise Checkpoint is the checkpoint that ordered it, stored in L1Block.
	ByL1       bool
	Checkpoint uint64
	L1Block    uint64
}

// FateOf applies the follower's rule (docs/follower.md, "Forced transactions") to entry e as L1
// shows at block (number, hash): covered if the first checkpoint whose forced cursor passes it
// was stored before its deadline, otherwise firm at the deadline once L1 reaches it.
func FateOf(ctx context.Context, reg *checkpointregistry.CheckpointRegistryCaller, number uint64, hash common.Hash, e Entry) (Fate, error) {
	o := opts(ctx, hash)
	f := Fate{Deadline: e.Deadline}
	latest, err := reg.LatestCheckpointNumber(o)
	if err != nil {
		return f, fmt.Errorf("read latestCheckpointNumber: %w", err)
	}
	// The forced cursor never goes backwards: find the first checkpoint past e.Index.
	var readErr error
	cps := make(map[uint64]checkpointregistry.ICheckpointRegistryTypesStoredCheckpoint)
	first := uint64(sort.Search(int(latest), func(i int) bool {
		if readErr != nil {
			return true
		}
		sc, err := reg.GetCheckpoint(o, uint64(i)+1)
		if err != nil {
			readErr = err
			return true
		}
		cps[uint64(i)+1] = sc
		return uint64(sc.ForcedCount) > e.Index
	})) + 1
	if readErr != nil {
		return f, fmt.Errorf("read checkpoints: %w", readErr)
	}
	if first <= latest && uint64(cps[first].L1Block) < f.Deadline {
		f.Decided, f.Checkpoint, f.L1Block = true, first, uint64(cps[first].L1Block)
		return f, nil
	}
	if number >= f.Deadline {
		f.Decided, f.ByL1, f.L1Block = true, true, f.Deadline
	}
	return f, nil
}
