// Package commitment is the Lockstep commitment format: how transactions, per-rollup batches,
// blocks and checkpoints are hashed into Merkle trees, the checkpoint digest operators BLS-sign,
// and the proofs that tie a batch or a transaction to a checkpoint root stored on L1.
//
// It is the one format the operator nodes, the aggregator, the contracts and rollups agree on.
// The Solidity twin is contracts/src/libraries/LockstepProofs.sol; both are tested against the
// golden vectors in contracts/test/testdata/commitment_vectors.json. The format itself is
// described in docs/commitment.md.
//
// The package is pure: no chain access, no I/O.
package commitment
