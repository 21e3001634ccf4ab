package rpc

import (
	"errors"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
)

// GetAbsence proves rollupID has no batch at height (an error if it has one).
func (l *LockstepAPI) GetAbsence(rollupID, height hexutil.Uint64) (*commitment.AbsenceProof, error) {
	blk, err := l.a.block(uint64(height))
	if err != nil {
		return nil, err
	}
	p, err := commitment.ProveAbsence(uint64(rollupID), blk.Height, blk.BlockRoot, blk.Meta, blk.Batches)
	if errors.Is(err, commitment.ErrPresent) {
		return nil, invalidParams("rollup %d has a batch at height %d: use %s", uint64(rollupID), blk.Height, operatorapi.MethodGetBatch)
	}
	if err != nil {
		return nil, &Error{code: operatorapi.CodeInternal, msg: err.Error()}
	}
	return p, nil
}
