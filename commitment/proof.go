package commitment

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// BatchProof ties one rollup's batch at one height to a block root and, through CheckpointProof,
// to the root of the checkpoint covering that height. Its fields mirror
// LockstepProofs.BatchProof in Solidity.
type BatchProof struct {
	Batch           BatchHeader   `json:"batch"`
	Height          uint64        `json:"height"`
	RollupIndex     uint64        `json:"rollupIndex"`
	RollupCount     uint64        `json:"rollupCount"`
	Meta            BlockMeta     `json:"meta"`
	BlockRoot       common.Hash   `json:"blockRoot"`
	BlockProof      []common.Hash `json:"blockProof"`
	CheckpointProof []common.Hash `json:"checkpointProof,omitempty"`
}

// VerifyBlock checks the batch against the proof's block root.
func (p *BatchProof) VerifyBlock() error {
	rollupsRoot, err := ComputeRoot(p.Batch.Leaf(), p.RollupIndex, p.RollupCount, p.BlockProof)
	if err == nil {
		if got := BlockRootOf(p.RollupCount, rollupsRoot, p.Meta); got != p.BlockRoot {
			err = fmt.Errorf("%w: computed block root %s, want %s", ErrRootMismatch, got, p.BlockRoot)
		}
	}
	if err != nil {
		return fmt.Errorf("batch of rollup %d at height %d against block root: %w", p.Batch.RollupID, p.Height, err)
	}
	return nil
}

// VerifyCheckpoint checks the batch against the block root and the block root against the
// checkpoint cp (typically read from L1).
func (p *BatchProof) VerifyCheckpoint(cp Checkpoint) error {
	if err := p.VerifyBlock(); err != nil {
		return err
	}
	if !cp.Covers(p.Height) {
		return fmt.Errorf("height %d is outside checkpoint %d [%d, %d]: %w", p.Height, cp.Number, cp.StartHeight, cp.EndHeight, ErrIndexOutOfRange)
	}
	index, count := p.Height-cp.StartHeight, cp.EndHeight-cp.StartHeight+1
	if err := Verify(cp.Root, HeightLeaf(p.Height, p.BlockRoot), index, count, p.CheckpointProof); err != nil {
		return fmt.Errorf("block root at height %d against checkpoint %d: %w", p.Height, cp.Number, err)
	}
	return nil
}

// TxProof ties one transaction to a batch root.
type TxProof struct {
	TxHash common.Hash   `json:"txHash"`
	Index  uint64        `json:"index"`
	Proof  []common.Hash `json:"proof"`
}

// Verify checks the transaction against batch.
func (p *TxProof) Verify(batch BatchHeader) error {
	if err := Verify(batch.Root, TxLeaf(p.TxHash), p.Index, batch.TxCount, p.Proof); err != nil {
		return fmt.Errorf("transaction %s at %d in batch of rollup %d: %w", p.TxHash, p.Index, batch.RollupID, err)
	}
	return nil
}
