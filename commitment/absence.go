package commitment

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// AbsenceProof shows a rollup has no batch at a height: the block's rollup leaves are sorted by
// rollup ID, so the neighbours on either side (adjacent leaves, proven against the block root
// that binds the leaf count) leave no room for it. Left is nil when the rollup would be first,
// Right when it would be last; both are nil for a block without transactions.
type AbsenceProof struct {
	RollupID    uint64      `json:"rollupId"`
	Height      uint64      `json:"height"`
	BlockRoot   common.Hash `json:"blockRoot"`
	RollupCount uint64      `json:"rollupCount"`
	Meta        BlockMeta   `json:"meta"`
	Left        *BatchProof `json:"left,omitempty"`
	Right       *BatchProof `json:"right,omitempty"`
}

// ErrNotAbsent is wrapped by Verify's errors.
var ErrNotAbsent = errors.New("absence proof does not hold")

// ErrPresent is wrapped by ProveAbsence's error when the rollup has a batch in the block.
var ErrPresent = errors.New("rollup has a batch in the block")

// ProveAbsence proves that rollupID has no batch in the block at height with the given root,
// meta and batch headers (sorted by rollup ID, as the block root commits them).
func ProveAbsence(rollupID, height uint64, blockRoot common.Hash, meta BlockMeta, batches []BatchHeader) (*AbsenceProof, error) {
	p := &AbsenceProof{RollupID: rollupID, Height: height, BlockRoot: blockRoot, RollupCount: uint64(len(batches)), Meta: meta}
	if len(batches) == 0 {
		return p, nil
	}
	tree, err := BlockTree(batches)
	if err != nil {
		return nil, fmt.Errorf("prove absence of rollup %d at height %d: %w", rollupID, height, err)
	}
	i := 0
	for i < len(batches) && batches[i].RollupID < rollupID {
		i++
	}
	if i < len(batches) && batches[i].RollupID == rollupID {
		return nil, fmt.Errorf("prove absence of rollup %d at height %d: %w", rollupID, height, ErrPresent)
	}
	neighbour := func(i int) *BatchProof {
		proof, _ := tree.Proof(i) // i is in range
		return &BatchProof{Batch: batches[i], Height: height, RollupIndex: uint64(i), RollupCount: p.RollupCount, Meta: meta, BlockRoot: blockRoot, BlockProof: proof}
	}
	if i > 0 {
		p.Left = neighbour(i - 1)
	}
	if i < len(batches) {
		p.Right = neighbour(i)
	}
	return p, nil
}

// Verify checks the proof against its block root (which the caller ties to a checkpoint, e.g.
// with a BatchProof of another rollup, or to the chain it trusts).
func (p *AbsenceProof) Verify() error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%w: rollup %d at height %d: %s", ErrNotAbsent, p.RollupID, p.Height, fmt.Sprintf(format, args...))
	}
	if p.RollupCount == 0 {
		if p.Left != nil || p.Right != nil || p.BlockRoot != BlockRootOf(0, common.Hash{}, p.Meta) {
			return fail("a block without rollups has the empty root and no neighbours")
		}
		return nil
	}
	for _, n := range []*BatchProof{p.Left, p.Right} {
		if n == nil {
			continue
		}
		if n.BlockRoot != p.BlockRoot || n.RollupCount != p.RollupCount || n.Meta != p.Meta || n.Height != p.Height {
			return fail("neighbour proves another block")
		}
		if err := n.VerifyBlock(); err != nil {
			return fmt.Errorf("%w: %w", ErrNotAbsent, err)
		}
	}
	switch {
	case p.Left == nil && p.Right == nil:
		return fail("no neighbours")
	case p.Left == nil:
		if p.Right.RollupIndex != 0 || p.Right.Batch.RollupID <= p.RollupID {
			return fail("right neighbour is not the first leaf above the rollup")
		}
	case p.Right == nil:
		if p.Left.RollupIndex != p.RollupCount-1 || p.Left.Batch.RollupID >= p.RollupID {
			return fail("left neighbour is not the last leaf below the rollup")
		}
	default:
		if p.Right.RollupIndex != p.Left.RollupIndex+1 || p.Left.Batch.RollupID >= p.RollupID || p.Right.Batch.RollupID <= p.RollupID {
			return fail("neighbours are not adjacent around the rollup")
		}
	}
	return nil
}
