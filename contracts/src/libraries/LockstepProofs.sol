// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {ICheckpointRegistry, ICheckpointRegistryTypes} from "../interfaces/ICheckpointRegistry.sol";

/// @title LockstepProofs
/// @notice The Lockstep commitment format (docs/commitment.md) and Merkle proof verification.
///         A rollup's own L1 contracts use it to prove "this batch (or this transaction) was
///         sequenced at height h" against a checkpoint root stored in the CheckpointRegistry.
library LockstepProofs {
    /// @notice Domain tag of the signed checkpoint digest. v2 added the L1 origin and the forced
    ///         inclusion cursor (count and accumulator) to the signed fields.
    bytes32 internal constant CHECKPOINT_DOMAIN = keccak256("Lockstep.Checkpoint.v2");

    bytes1 internal constant TX_LEAF_PREFIX = 0x00;
    bytes1 internal constant NODE_PREFIX = 0x01;
    bytes1 internal constant ROLLUP_LEAF_PREFIX = 0x02;
    bytes1 internal constant HEIGHT_LEAF_PREFIX = 0x03;
    bytes1 internal constant BLOCK_ROOT_PREFIX = 0x04;

    /// @notice What a block root commits to besides its rollup tree: the block's BFT time, the L1
    ///         block it derives from (its L1 origin) and the forced-inclusion cursor after it (the
    ///         number of inbox entries included from height 1 up to and including this block).
    struct BlockMeta {
        uint64 timeMs;
        uint64 l1OriginNumber;
        bytes32 l1OriginHash;
        uint64 forcedCount;
    }

    /// @notice A rollup's batch at one height with the proofs that tie it to a checkpoint root.
    struct BatchProof {
        uint64 rollupId;
        uint64 height;
        bytes32 batchRoot;
        uint64 txCount;
        /// @dev position of the rollup's leaf in the block tree, and the number of leaves there
        ///      (authenticated: the block root commits to it)
        uint256 rollupIndex;
        uint64 rollupCount;
        /// @dev the rest of the block root's preimage (see blockRootOf)
        BlockMeta meta;
        bytes32 blockRoot;
        /// @dev siblings from the rollup leaf up to the block root
        bytes32[] blockProof;
        /// @dev siblings from the height leaf up to the checkpoint root
        bytes32[] checkpointProof;
    }

    /// @notice The signed digest of `cp` for the registry at `registry` on chain `chainId`.
    function checkpointDigest(uint256 chainId, address registry, ICheckpointRegistryTypes.Checkpoint memory cp)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(
            abi.encode(
                CHECKPOINT_DOMAIN,
                chainId,
                registry,
                cp.number,
                cp.startHeight,
                cp.endHeight,
                cp.root,
                cp.l1Origin,
                cp.forcedCount,
                cp.forcedAcc
            )
        );
    }

    /// @notice Forced-inclusion accumulator after appending one inbox entry to `prev` (zero before
    ///         the first entry): the entry's rollup, the keccak256 of its payload and the L1 block
    ///         in which it was queued. The inbox stores it per entry; checkpoints sign the one
    ///         after their forcedCount entries, so an included prefix of the queue is bound in order.
    function forcedAcc(bytes32 prev, uint64 rollupId, bytes32 payloadHash, uint64 l1Block)
        internal
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(prev, rollupId, payloadHash, l1Block));
    }

    /// @notice Leaf of a transaction with hash `txHash` in a batch tree.
    function txLeaf(bytes32 txHash) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(TX_LEAF_PREFIX, txHash));
    }

    /// @notice Leaf of a rollup's batch in a block tree.
    function rollupLeaf(uint64 rollupId, bytes32 batchRoot, uint64 txCount) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(ROLLUP_LEAF_PREFIX, rollupId, batchRoot, txCount));
    }

    /// @notice Leaf of a height's block root in a checkpoint tree.
    function heightLeaf(uint64 height, bytes32 blockRoot) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(HEIGHT_LEAF_PREFIX, height, blockRoot));
    }

    /// @notice Block root: binds the root of a block's rollup tree to its number of rollups, because a
    ///         Merkle proof alone verifies for more than one (index, count) pair, and to the block's
    ///         time, L1 origin and forced-inclusion cursor `m`, so a proof of a batch also proves
    ///         when and after which L1 block it was sequenced (97-byte preimage).
    function blockRootOf(uint64 rollupCount, bytes32 rollupsRoot, BlockMeta memory m) internal pure returns (bytes32) {
        return keccak256(
            abi.encodePacked(
                BLOCK_ROOT_PREFIX, rollupCount, rollupsRoot, m.timeMs, m.l1OriginNumber, m.l1OriginHash, m.forcedCount
            )
        );
    }

    /// @notice Inner node over two children.
    function node(bytes32 left, bytes32 right) internal pure returns (bytes32 h) {
        // Same as keccak256(abi.encodePacked(NODE_PREFIX, left, right)) without the memory expansion.
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore8(ptr, 0x01)
            mstore(add(ptr, 1), left)
            mstore(add(ptr, 33), right)
            h := keccak256(ptr, 65)
        }
    }

    /// @notice Root of `leaves` (already-hashed leaves) per docs/commitment.md. Zero for none.
    /// @dev Hashes in place: `leaves` is overwritten. Pass a copy if the caller still needs it.
    function merkleRoot(bytes32[] memory leaves) internal pure returns (bytes32) {
        uint256 n = leaves.length;
        if (n == 0) return bytes32(0);
        // Hash in place: level i+1 overwrites the front of level i.
        while (n > 1) {
            uint256 half = n / 2;
            for (uint256 i = 0; i < half; ++i) {
                leaves[i] = node(leaves[2 * i], leaves[2 * i + 1]);
            }
            if (n % 2 == 1) {
                leaves[half] = leaves[n - 1];
                n = half + 1;
            } else {
                n = half;
            }
        }
        return leaves[0];
    }

    /// @notice Recomputes the root from `leaf` at `index` of `count` leaves and its `proof`.
    ///         Returns zero if the proof has the wrong length or index >= count. `count` must come
    ///         from an authenticated source (see blockRootOf).
    function computeRoot(bytes32 leaf, uint256 index, uint256 count, bytes32[] memory proof)
        internal
        pure
        returns (bytes32)
    {
        if (index >= count) return bytes32(0);
        bytes32 h = leaf;
        uint256 used = 0;
        while (count > 1) {
            if (index % 2 == 1) {
                if (used == proof.length) return bytes32(0);
                h = node(proof[used++], h);
            } else if (index + 1 < count) {
                if (used == proof.length) return bytes32(0);
                h = node(h, proof[used++]);
            }
            // else: the last unpaired node moves up unchanged
            index /= 2;
            // ceil(count / 2) without `count + 1`, which would overflow (and revert instead of
            // returning zero) for a caller-supplied count of type(uint256).max.
            count = count / 2 + (count & 1);
        }
        if (used != proof.length) return bytes32(0);
        return h;
    }

    /// @notice Whether `leaf` is at `index` of `count` leaves under `root`.
    function verify(bytes32 root, bytes32 leaf, uint256 index, uint256 count, bytes32[] memory proof)
        internal
        pure
        returns (bool)
    {
        return root != bytes32(0) && computeRoot(leaf, index, count, proof) == root;
    }

    /// @notice Whether the batch in `p` is committed by the stored checkpoint `cp`. When it is, so is
    ///         `p.meta`: the caller may rely on the block's time, L1 origin and forced cursor.
    function verifyBatch(ICheckpointRegistryTypes.StoredCheckpoint memory cp, BatchProof memory p)
        internal
        pure
        returns (bool)
    {
        if (p.height < cp.startHeight || p.height > cp.endHeight) return false;
        bytes32 rollupsRoot = computeRoot(rollupLeaf(p.rollupId, p.batchRoot, p.txCount), p.rollupIndex, p.rollupCount, p.blockProof);
        if (rollupsRoot == bytes32(0) || blockRootOf(p.rollupCount, rollupsRoot, p.meta) != p.blockRoot) return false;
        uint256 index = p.height - cp.startHeight;
        uint256 count = uint256(cp.endHeight) - cp.startHeight + 1;
        return verify(cp.root, heightLeaf(p.height, p.blockRoot), index, count, p.checkpointProof);
    }

    /// @notice Whether the batch in `p` is committed by checkpoint `number` stored in `registry`.
    ///         Reverts (CheckpointNotFound) if that checkpoint is not on L1 yet.
    function verifyBatch(ICheckpointRegistry registry, uint64 number, BatchProof memory p) internal view returns (bool) {
        return verifyBatch(registry.getCheckpoint(number), p);
    }

    /// @notice Whether the transaction with hash `txHash` is at `index` of a batch with root
    ///         `batchRoot` and `txCount` transactions.
    function verifyTransaction(bytes32 batchRoot, uint64 txCount, bytes32 txHash, uint256 index, bytes32[] memory proof)
        internal
        pure
        returns (bool)
    {
        return verify(batchRoot, txLeaf(txHash), index, txCount, proof);
    }
}
