package follower

import (
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
)

// ErrInvalid is wrapped by every verification failure: an operator's answer does not prove what
// it claims. The follower treats it as a lie by the operator that served the answer.
var ErrInvalid = errors.New("invalid operator data")

// VerifyBatch checks that b is rollupID's batch at height and consistent with the block root it
// names (b.Proof.BlockRoot): every transaction hashes to the hash listed for it, the hashes build
// the batch root, the batch's count is the number of transactions, and the batch is a leaf of
// the block root. It returns the transaction hashes. Whether the block root itself is the one
// consensus committed is the caller's business (a checkpoint root on L1 settles it).
func VerifyBatch(b *operatorapi.Batch, rollupID, height uint64) ([]common.Hash, error) {
	fail := func(format string, args ...any) ([]common.Hash, error) {
		return nil, fmt.Errorf("%w: batch of rollup %d at height %d: %s", ErrInvalid, rollupID, height, fmt.Sprintf(format, args...))
	}
	if b == nil {
		return fail("no batch in the answer")
	}
	if b.RollupID != rollupID || b.Height != height || b.Proof.Height != height || b.Proof.Batch.RollupID != rollupID {
		return fail("the answer is for rollup %d at height %d (proof: rollup %d at height %d)", b.RollupID, b.Height, b.Proof.Batch.RollupID, b.Proof.Height)
	}
	if len(b.Txs) == 0 {
		return fail("no transactions")
	}
	if uint64(len(b.Txs)) != b.Proof.Batch.TxCount {
		return fail("%d transactions, the batch header says %d", len(b.Txs), b.Proof.Batch.TxCount)
	}
	if len(b.TxHashes) != 0 && len(b.TxHashes) != len(b.Txs) {
		return fail("%d transaction hashes for %d transactions", len(b.TxHashes), len(b.Txs))
	}
	hashes := make([]common.Hash, len(b.Txs))
	for i, tx := range b.Txs {
		hashes[i] = commitment.TxHash(tx)
		if len(b.TxHashes) != 0 && b.TxHashes[i] != hashes[i] {
			return fail("transaction %d hashes to %s, the answer says %s", i, hashes[i], b.TxHashes[i])
		}
	}
	if root := commitment.BatchRoot(hashes); root != b.Proof.Batch.Root {
		return fail("the transactions hash to batch root %s, the batch header says %s", root, b.Proof.Batch.Root)
	}
	if err := b.Proof.VerifyBlock(); err != nil {
		return fail("batch header not in block root %s: %v", b.Proof.BlockRoot, err)
	}
	return hashes, nil
}

// VerifyBatchAt is VerifyBatch against a trusted block root.
func VerifyBatchAt(b *operatorapi.Batch, rollupID, height uint64, blockRoot common.Hash) ([]common.Hash, error) {
	hashes, err := VerifyBatch(b, rollupID, height)
	if err != nil {
		return nil, err
	}
	if b.Proof.BlockRoot != blockRoot {
		return nil, fmt.Errorf("%w: batch of rollup %d at height %d: block root %s, the checkpoint on L1 has %s", ErrInvalid, rollupID, height, b.Proof.BlockRoot, blockRoot)
	}
	return hashes, nil
}

// VerifyAbsence checks that p proves rollupID has no batch at height in the block with the
// trusted root blockRoot.
func VerifyAbsence(p *commitment.AbsenceProof, rollupID, height uint64, blockRoot common.Hash) error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%w: absence of rollup %d at height %d: %s", ErrInvalid, rollupID, height, fmt.Sprintf(format, args...))
	}
	if p == nil {
		return fail("no proof in the answer")
	}
	if p.RollupID != rollupID || p.Height != height {
		return fail("the proof is for rollup %d at height %d", p.RollupID, p.Height)
	}
	if p.BlockRoot != blockRoot {
		return fail("block root %s, the checkpoint on L1 has %s", p.BlockRoot, blockRoot)
	}
	if err := p.Verify(); err != nil {
		return fail("%v", err)
	}
	return nil
}

// VerifyCheckpoint checks an operator's checkpoint against the one stored on L1: same number
// and heights, one block root per height, and the block roots build the L1 root. It returns the
// block roots of heights onL1.StartHeight..EndHeight, now trusted.
func VerifyCheckpoint(res *operatorapi.CheckpointResult, onL1 commitment.Checkpoint) ([]common.Hash, error) {
	fail := func(format string, args ...any) ([]common.Hash, error) {
		return nil, fmt.Errorf("%w: checkpoint %d: %s", ErrInvalid, onL1.Number, fmt.Sprintf(format, args...))
	}
	if err := onL1.Validate(); err != nil {
		return nil, fmt.Errorf("checkpoint %d on L1: %w", onL1.Number, err)
	}
	if res == nil {
		return fail("no checkpoint in the answer")
	}
	got := res.Checkpoint
	if got.Number != onL1.Number || got.StartHeight != onL1.StartHeight || got.EndHeight != onL1.EndHeight {
		return fail("the answer is checkpoint %d over [%d, %d], L1 has [%d, %d]", got.Number, got.StartHeight, got.EndHeight, onL1.StartHeight, onL1.EndHeight)
	}
	n := onL1.EndHeight - onL1.StartHeight + 1
	if uint64(len(res.Heights)) != n {
		return fail("%d block roots for %d heights", len(res.Heights), n)
	}
	roots := make([]common.Hash, n)
	for i, h := range res.Heights {
		if h.Height != onL1.StartHeight+uint64(i) {
			return fail("block root %d is for height %d, want %d", i, h.Height, onL1.StartHeight+uint64(i))
		}
		roots[i] = h.BlockRoot
	}
	if root := commitment.CheckpointTree(onL1.StartHeight, roots).Root(); root != onL1.Root {
		return fail("the block roots build root %s, L1 stores %s", root, onL1.Root)
	}
	if got.Root != onL1.Root {
		return fail("the answer's root %s differs from L1's %s", got.Root, onL1.Root)
	}
	return roots, nil
}

func sameHashes(a, b []common.Hash) bool { return slices.Equal(a, b) }
