//go:build lockstep_faults

package rpc

// TEST ONLY: the tamper-batches fault (`lockstep operator run --fault tamper-batches`), compiled
// only with the lockstep_faults build tag; the operator's binary has none of it.
//
// A tampering node serves every batch with its first transaction altered and every root above
// it recomputed: batch roots, block roots, block proofs, absence proofs, checkpoint proofs and
// the checkpoint root it reports. Everything it serves is consistent with everything else it
// serves; only the checkpoint root the honest operators signed (on L1) gives it away. It is how
// the end-to-end tests check that a follower catches a lying operator.

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/operator/store"
)

// Faults are test-only misbehaviours of the API.
type Faults struct {
	// TamperBatches serves every batch with its first transaction altered and all roots and
	// proofs recomputed to match, a consistent lie only a checkpoint root on L1 exposes.
	// Followers must catch it.
	TamperBatches bool
}

// faultTxs returns a batch's transactions as served: tampered when the fault is on.
func (a *API) faultTxs(txs [][]byte) [][]byte {
	if !a.faults.TamperBatches {
		return txs
	}
	return tamperTxs(txs)
}

// servesStored says batches are served as stored (their hashes are the committed ones).
func (a *API) servesStored() bool { return !a.faults.TamperBatches }

// faultBlock returns a block as served: with forged batch and block roots when the fault is on.
func (a *API) faultBlock(blk store.Block) (store.Block, error) {
	if !a.faults.TamperBatches {
		return blk, nil
	}
	return a.tamperBlock(blk)
}

// tamperPrefix is prepended to the first transaction of every batch a tampering node serves.
var tamperPrefix = []byte("TAMPERED:")

// tamperTxs returns txs with the first one altered (a copy; the store's slices are not touched).
func tamperTxs(txs [][]byte) [][]byte {
	if len(txs) == 0 {
		return txs
	}
	out := make([][]byte, len(txs))
	copy(out, txs)
	out[0] = append(append([]byte{}, tamperPrefix...), txs[0]...)
	return out
}

// tamperBlock recomputes blk's batch headers and block root over the altered batches.
func (a *API) tamperBlock(blk store.Block) (store.Block, error) {
	if len(blk.Batches) == 0 {
		return blk, nil
	}
	batches := make([]commitment.BatchHeader, len(blk.Batches))
	for i, b := range blk.Batches {
		txs, err := a.store.Batch(b.RollupID, blk.Height)
		if err != nil {
			return blk, err
		}
		txs = tamperTxs(txs)
		hashes := make([]common.Hash, len(txs))
		for j, tx := range txs {
			hashes[j] = commitment.TxHash(tx)
		}
		batches[i] = commitment.BatchHeader{RollupID: b.RollupID, Root: commitment.BatchRoot(hashes), TxCount: b.TxCount}
	}
	root, err := commitment.BlockRoot(blk.Meta, batches)
	if err != nil {
		return blk, err
	}
	blk.Batches, blk.BlockRoot = batches, root
	return blk, nil
}

// checkpointRoots returns the checkpoint and the block roots of its heights: as stored, or,
// when tampering, the forged roots and a checkpoint root recomputed over them.
func (a *API) checkpointRoots(cp commitment.Checkpoint) (commitment.Checkpoint, []common.Hash, error) {
	roots, err := a.store.BlockRoots(cp.StartHeight, cp.EndHeight)
	if err != nil || !a.faults.TamperBatches {
		return cp, roots, err
	}
	for i := range roots {
		blk, err := a.store.Block(cp.StartHeight + uint64(i))
		if err != nil {
			return cp, nil, err
		}
		if blk, err = a.tamperBlock(blk); err != nil {
			return cp, nil, err
		}
		roots[i] = blk.BlockRoot
	}
	cp.Root = commitment.CheckpointTree(cp.StartHeight, roots).Root()
	return cp, roots, nil
}
