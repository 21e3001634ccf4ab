package rpc

import (
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/lockstep-xyz/lockstep/api"
	"github.com/lockstep-xyz/lockstep/commitment"
)

// AbsenceProof answers lockstep_getAbsence (defined, with its Verify, in package api).
type AbsenceProof = api.AbsenceProof

// ErrNotAbsent is wrapped by AbsenceProof.Verify's errors.
var ErrNotAbsent = api.ErrNotAbsent

// GetAbsence proves rollupID has no batch at height (an error if it has one).
func (l *LockstepAPI) GetAbsence(rollupID, height hexutil.Uint64) (*AbsenceProof, error) {
	blk, err := l.a.block(uint64(height))
	if err != nil {
		return nil, err
	}
	r := uint64(rollupID)
	p := &AbsenceProof{RollupID: r, Height: blk.Height, BlockRoot: blk.BlockRoot, RollupCount: uint64(len(blk.Batches))}
	if len(blk.Batches) == 0 {
		return p, nil
	}
	tree, err := commitment.BlockTree(blk.Batches)
	if err != nil {
		return nil, &Error{code: CodeInternal, msg: err.Error()}
	}
	neighbour := func(i int) *commitment.BatchProof {
		proof, _ := tree.Proof(i)
		return &commitment.BatchProof{Batch: blk.Batches[i], Height: blk.Height, RollupIndex: uint64(i), RollupCount: p.RollupCount, BlockRoot: blk.BlockRoot, BlockProof: proof}
	}
	i := 0
	for i < len(blk.Batches) && blk.Batches[i].RollupID < r {
		i++
	}
	if i < len(blk.Batches) && blk.Batches[i].RollupID == r {
		return nil, invalidParams("rollup %d has a batch at height %d: use lockstep_getBatch", r, blk.Height)
	}
	if i > 0 {
		p.Left = neighbour(i - 1)
	}
	if i < len(blk.Batches) {
		p.Right = neighbour(i)
	}
	return p, nil
}
