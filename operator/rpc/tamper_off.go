//go:build !lockstep_faults

package rpc

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/operator/store"
)

// Faults is empty: the test-only faults (tamper.go) are compiled only into a build with the
// lockstep_faults tag, so this build serves what it stored.
type Faults struct{}

func (*API) faultTxs(txs [][]byte) [][]byte { return txs }

// servesStored says batches are served as stored (their hashes are the committed ones).
func (*API) servesStored() bool { return true }

func (*API) faultBlock(blk store.Block) (store.Block, error) { return blk, nil }

// checkpointRoots returns the checkpoint and the stored block roots of its heights.
func (a *API) checkpointRoots(cp commitment.Checkpoint) (commitment.Checkpoint, []common.Hash, error) {
	roots, err := a.store.BlockRoots(cp.StartHeight, cp.EndHeight)
	return cp, roots, err
}
