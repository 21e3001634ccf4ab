package follower

import (
	"encoding/json"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Kind says what an Item is.
type Kind string

// Kinds of items.
const (
	// KindTx is one transaction of the rollup, soft or firm (Status).
	KindTx Kind = "tx"
	// KindRetract withdraws every soft item emitted so far at Height: they were wrong (or could
	// not be confirmed). Correct items for the height follow, soft or firm.
	KindRetract Kind = "retract"
	// KindLie reports an operator caught serving data that does not verify. The follower stops
	// using it for the rest of the run.
	KindLie Kind = "lie"
	// KindCheckpoint follows the firm items of a checkpoint: every height up to EndHeight is
	// final, including heights where the rollup has no transactions (proven absent).
	KindCheckpoint Kind = "checkpoint"
)

// Status is how final a transaction is.
type Status string

// Statuses of KindTx items.
const (
	// Soft: committed by the operators' consensus and verified against the block root the
	// operator served, which only a checkpoint on L1 can confirm.
	Soft Status = "soft"
	// Firm: verified against a checkpoint root stored on L1 with the configured confirmations.
	Firm Status = "firm"
)

// SourceL1 is the Source of a forced transaction that became firm from L1 alone, at its deadline.
const SourceL1 = "l1"

// Item is one output of the follower: a transaction or an event. Which fields are set depends
// on Kind; JSON carries only those.
type Item struct {
	Kind     Kind
	RollupID uint64
	Height   uint64

	// KindTx.
	Status Status
	Index  uint64 // position in the rollup's batch at Height
	Count  uint64 // transactions in the rollup's batch at Height
	TxHash common.Hash
	Tx     []byte
	// Source is the operator whose data the item came from (KindTx; SourceL1 for a forced
	// transaction made firm at its deadline), or whose soft items are withdrawn (KindRetract).
	Source string
	// Forced marks a transaction queued in the L1 forced-inclusion inbox; InboxIndex is its entry
	// there (set for firm items; soft ones carry the operator's claim only). A forced transaction
	// that Lockstep did not order within the registry's delay is emitted firm at its deadline
	// with Source SourceL1, positioned after all of Height's transactions (Index and Count 0).
	Forced     bool
	InboxIndex *uint64

	// KindLie.
	Operator string

	// KindLie and KindRetract.
	Reason string

	// Firm KindTx, KindCheckpoint, and KindLie when found checking a checkpoint.
	Checkpoint uint64
	// Firm KindTx and KindCheckpoint: the L1 block that stored the checkpoint.
	L1Block uint64
	// TimeMs is the block time (BFT time, Unix milliseconds) of Height, proven by its block root
	// like the transactions: for KindTx and for KindCheckpoint (of EndHeight). A forced
	// transaction made firm at its deadline carries the time of the Height it comes after (0
	// when the follower started there without a state file and does not know it).
	TimeMs uint64

	// KindCheckpoint.
	StartHeight uint64
	EndHeight   uint64
	Root        common.Hash
	L1BlockHash common.Hash
}

type txJSON struct {
	Kind       Kind          `json:"kind"`
	Status     Status        `json:"status"`
	RollupID   uint64        `json:"rollupId"`
	Height     uint64        `json:"height"`
	Index      uint64        `json:"index"`
	Count      uint64        `json:"count"`
	TxHash     common.Hash   `json:"txHash"`
	Tx         hexutil.Bytes `json:"tx"`
	Source     string        `json:"source"`
	Checkpoint uint64        `json:"checkpoint,omitempty"`
	L1Block    uint64        `json:"l1Block,omitempty"`
	Forced     bool          `json:"forced,omitempty"`
	InboxIndex *uint64       `json:"inboxIndex,omitempty"`
	TimeMs     uint64        `json:"timeMs,omitempty"`
}

type eventJSON struct {
	Kind        Kind         `json:"kind"`
	RollupID    uint64       `json:"rollupId"`
	Height      uint64       `json:"height,omitempty"`
	Operator    string       `json:"operator,omitempty"`
	Source      string       `json:"source,omitempty"`
	Reason      string       `json:"reason,omitempty"`
	Checkpoint  uint64       `json:"checkpoint,omitempty"`
	StartHeight uint64       `json:"startHeight,omitempty"`
	EndHeight   uint64       `json:"endHeight,omitempty"`
	Root        *common.Hash `json:"root,omitempty"`
	L1Block     uint64       `json:"l1Block,omitempty"`
	L1BlockHash *common.Hash `json:"l1BlockHash,omitempty"`
	TimeMs      uint64       `json:"timeMs,omitempty"`
}

// MarshalJSON writes the fields of the item's kind (docs/follower.md).
func (it Item) MarshalJSON() ([]byte, error) {
	if it.Kind == KindTx {
		return json.Marshal(txJSON{Kind: it.Kind, Status: it.Status, RollupID: it.RollupID, Height: it.Height, Index: it.Index, Count: it.Count,
			TxHash: it.TxHash, Tx: it.Tx, Source: it.Source, Checkpoint: it.Checkpoint, L1Block: it.L1Block, Forced: it.Forced, InboxIndex: it.InboxIndex, TimeMs: it.TimeMs})
	}
	e := eventJSON{Kind: it.Kind, RollupID: it.RollupID, Height: it.Height, Operator: it.Operator, Source: it.Source, Reason: it.Reason,
		Checkpoint: it.Checkpoint, StartHeight: it.StartHeight, EndHeight: it.EndHeight, L1Block: it.L1Block, TimeMs: it.TimeMs}
	if it.Kind == KindCheckpoint {
		e.Root, e.L1BlockHash = &it.Root, &it.L1BlockHash
	}
	return json.Marshal(e)
}

// UnmarshalJSON reads what MarshalJSON writes.
func (it *Item) UnmarshalJSON(b []byte) error {
	var v struct {
		Kind        Kind          `json:"kind"`
		Status      Status        `json:"status"`
		RollupID    uint64        `json:"rollupId"`
		Height      uint64        `json:"height"`
		Index       uint64        `json:"index"`
		Count       uint64        `json:"count"`
		TxHash      common.Hash   `json:"txHash"`
		Tx          hexutil.Bytes `json:"tx"`
		Source      string        `json:"source"`
		Operator    string        `json:"operator"`
		Reason      string        `json:"reason"`
		Checkpoint  uint64        `json:"checkpoint"`
		L1Block     uint64        `json:"l1Block"`
		StartHeight uint64        `json:"startHeight"`
		EndHeight   uint64        `json:"endHeight"`
		Root        common.Hash   `json:"root"`
		L1BlockHash common.Hash   `json:"l1BlockHash"`
		Forced      bool          `json:"forced"`
		InboxIndex  *uint64       `json:"inboxIndex"`
		TimeMs      uint64        `json:"timeMs"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*it = Item{Kind: v.Kind, RollupID: v.RollupID, Height: v.Height, Status: v.Status, Index: v.Index, Count: v.Count, TxHash: v.TxHash, Tx: v.Tx,
		Source: v.Source, Operator: v.Operator, Reason: v.Reason, Checkpoint: v.Checkpoint, L1Block: v.L1Block,
		StartHeight: v.StartHeight, EndHeight: v.EndHeight, Root: v.Root, L1BlockHash: v.L1BlockHash, Forced: v.Forced, InboxIndex: v.InboxIndex, TimeMs: v.TimeMs}
	return nil
}
