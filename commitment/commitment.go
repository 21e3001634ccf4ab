package commitment

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Errors of malformed inputs.
var (
	ErrUnsortedBatches = errors.New("batches must be sorted by strictly ascending rollup ID")
	ErrEmptyBatch      = errors.New("a batch has no transactions")
	ErrHeightRange     = errors.New("invalid height range")
)

// BatchHeader is what a block commits to for one rollup: the root of the rollup's transactions
// at that height and how many there are.
type BatchHeader struct {
	RollupID uint64      `json:"rollupId"`
	Root     common.Hash `json:"root"`
	TxCount  uint64      `json:"txCount"`
}

// Leaf is the batch's leaf in the block tree.
func (b BatchHeader) Leaf() common.Hash { return RollupLeaf(b.RollupID, b.Root, b.TxCount) }

// BatchTree is the tree over a batch's transaction hashes, in order.
func BatchTree(txHashes []common.Hash) *Tree {
	leaves := make([]common.Hash, len(txHashes))
	for i, h := range txHashes {
		leaves[i] = TxLeaf(h)
	}
	return NewTree(leaves)
}

// BatchRoot is the root over a batch's transaction hashes, in order.
func BatchRoot(txHashes []common.Hash) common.Hash {
	leaves := make([]common.Hash, len(txHashes))
	for i, h := range txHashes {
		leaves[i] = TxLeaf(h)
	}
	return Root(leaves)
}

// BlockTree is the tree over a block's batches, which must be sorted by strictly ascending
// rollup ID and non-empty. A block without transactions has an empty tree (zero root). The
// block root is BlockRootOf(len(batches), tree.Root(), meta).
func BlockTree(batches []BatchHeader) (*Tree, error) {
	leaves := make([]common.Hash, len(batches))
	for i, b := range batches {
		if i > 0 && batches[i-1].RollupID >= b.RollupID {
			return nil, fmt.Errorf("block tree: rollup %d after %d: %w", b.RollupID, batches[i-1].RollupID, ErrUnsortedBatches)
		}
		if b.TxCount == 0 {
			return nil, fmt.Errorf("block tree: rollup %d: %w", b.RollupID, ErrEmptyBatch)
		}
		leaves[i] = b.Leaf()
	}
	return NewTree(leaves), nil
}

// BlockRoot is the block root over meta and batches:
// BlockRootOf(len(batches), BlockTree(batches).Root(), meta).
func BlockRoot(meta BlockMeta, batches []BatchHeader) (common.Hash, error) {
	t, err := BlockTree(batches)
	if err != nil {
		return common.Hash{}, err
	}
	return BlockRootOf(uint64(t.Len()), t.Root(), meta), nil
}

// CheckpointTree is the tree over the block roots of heights start, start+1, ...
func CheckpointTree(start uint64, blockRoots []common.Hash) *Tree {
	leaves := make([]common.Hash, len(blockRoots))
	for i, r := range blockRoots {
		leaves[i] = HeightLeaf(start+uint64(i), r)
	}
	return NewTree(leaves)
}

// Checkpoint is the header operators sign: checkpoint Number covers heights
// [StartHeight, EndHeight] and Root is the CheckpointTree root over them. L1Origin is the L1
// origin number of the end height's block, ForcedCount the forced cursor there (inbox entries
// included up to EndHeight) and ForcedAcc the inbox accumulator after that many entries (zero
// for none); the registry checks both against the inbox.
type Checkpoint struct {
	Number      uint64      `json:"number"`
	StartHeight uint64      `json:"startHeight"`
	EndHeight   uint64      `json:"endHeight"`
	Root        common.Hash `json:"root"`
	L1Origin    uint64      `json:"l1Origin"`
	ForcedCount uint64      `json:"forcedCount"`
	ForcedAcc   common.Hash `json:"forcedAcc"`
}

// Validate checks the header's own consistency (not its place in the chain of checkpoints).
func (c Checkpoint) Validate() error {
	if c.Number == 0 {
		return fmt.Errorf("checkpoint number 0 is reserved")
	}
	if c.StartHeight == 0 || c.EndHeight < c.StartHeight {
		return fmt.Errorf("checkpoint %d covers [%d, %d]: %w", c.Number, c.StartHeight, c.EndHeight, ErrHeightRange)
	}
	return nil
}

// Covers reports whether the checkpoint covers height.
func (c Checkpoint) Covers(height uint64) bool {
	return height >= c.StartHeight && height <= c.EndHeight
}

// CheckpointDigest is the digest operators BLS-sign for cp on the L1 chain chainID and the
// CheckpointRegistry at registry:
// keccak256(abi.encode(CheckpointDomain, chainID, registry, number, start, end, root, l1Origin,
// forcedCount, forcedAcc)).
func CheckpointDigest(chainID uint64, registry common.Address, cp Checkpoint) common.Hash {
	var b [10 * 32]byte
	copy(b[0:32], CheckpointDomain[:])
	binary.BigEndian.PutUint64(b[56:64], chainID)
	copy(b[64+12:96], registry[:])
	binary.BigEndian.PutUint64(b[120:128], cp.Number)
	binary.BigEndian.PutUint64(b[152:160], cp.StartHeight)
	binary.BigEndian.PutUint64(b[184:192], cp.EndHeight)
	copy(b[192:224], cp.Root[:])
	binary.BigEndian.PutUint64(b[248:256], cp.L1Origin)
	binary.BigEndian.PutUint64(b[280:288], cp.ForcedCount)
	copy(b[288:320], cp.ForcedAcc[:])
	return keccak(b[:])
}
