// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";
import {LockstepProofs} from "../src/libraries/LockstepProofs.sol";
import {ICheckpointRegistryTypes} from "../src/interfaces/ICheckpointRegistry.sol";

/// @notice Asserts LockstepProofs against the golden vectors the Go commitment package generates
///         (contracts/test/testdata/commitment_vectors.json), so both implementations agree.
contract GoldenTest is Test {
    string internal json;

    function setUp() public {
        json = vm.readFile(string.concat(vm.projectRoot(), "/contracts/test/testdata/commitment_vectors.json"));
    }

    function _key(string memory prefix, uint256 i, string memory suffix) internal pure returns (string memory) {
        return string.concat(prefix, "[", vm.toString(i), "]", suffix);
    }

    function _count(string memory prefix) internal view returns (uint256 n) {
        while (vm.keyExistsJson(json, _key(prefix, n, ""))) n++;
    }

    function test_golden_leavesAndNodes() public view {
        uint256 n = _count(".txLeaves");
        assertGt(n, 0);
        for (uint256 i; i < n; i++) {
            bytes32[] memory pair = vm.parseJsonBytes32Array(json, _key(".txLeaves", i, ""));
            assertEq(LockstepProofs.txLeaf(pair[0]), pair[1], "txLeaf");
        }
        n = _count(".rollupLeaves");
        assertGt(n, 0);
        for (uint256 i; i < n; i++) {
            string memory k = _key(".rollupLeaves", i, "");
            uint64 id = uint64(vm.parseJsonUint(json, string.concat(k, ".rollupId")));
            bytes32 root = vm.parseJsonBytes32(json, string.concat(k, ".batchRoot"));
            uint64 count = uint64(vm.parseJsonUint(json, string.concat(k, ".txCount")));
            assertEq(LockstepProofs.rollupLeaf(id, root, count), vm.parseJsonBytes32(json, string.concat(k, ".leaf")), "rollupLeaf");
        }
        n = _count(".heightLeaves");
        assertGt(n, 0);
        for (uint256 i; i < n; i++) {
            string memory k = _key(".heightLeaves", i, "");
            uint64 h = uint64(vm.parseJsonUint(json, string.concat(k, ".height")));
            bytes32 root = vm.parseJsonBytes32(json, string.concat(k, ".blockRoot"));
            assertEq(LockstepProofs.heightLeaf(h, root), vm.parseJsonBytes32(json, string.concat(k, ".leaf")), "heightLeaf");
        }
        n = _count(".blockRoots");
        assertGt(n, 0);
        for (uint256 i; i < n; i++) {
            string memory k = _key(".blockRoots", i, "");
            uint64 c = uint64(vm.parseJsonUint(json, string.concat(k, ".rollupCount")));
            bytes32 r = vm.parseJsonBytes32(json, string.concat(k, ".rollupsRoot"));
            LockstepProofs.BlockMeta memory m = _meta(k);
            assertEq(LockstepProofs.blockRootOf(c, r, m), vm.parseJsonBytes32(json, string.concat(k, ".blockRoot")), "blockRootOf");
        }
        n = _count(".nodes");
        assertGt(n, 0);
        for (uint256 i; i < n; i++) {
            bytes32[] memory t = vm.parseJsonBytes32Array(json, _key(".nodes", i, ""));
            assertEq(LockstepProofs.node(t[0], t[1]), t[2], "node");
        }
    }

    function test_golden_forcedAccs() public view {
        uint256 n = _count(".forcedAccs");
        assertGt(n, 0);
        for (uint256 i; i < n; i++) {
            string memory k = _key(".forcedAccs", i, "");
            assertEq(
                LockstepProofs.forcedAcc(
                    vm.parseJsonBytes32(json, string.concat(k, ".prev")),
                    uint64(vm.parseJsonUint(json, string.concat(k, ".rollupId"))),
                    vm.parseJsonBytes32(json, string.concat(k, ".payloadHash")),
                    uint64(vm.parseJsonUint(json, string.concat(k, ".l1Block")))
                ),
                vm.parseJsonBytes32(json, string.concat(k, ".acc")),
                "forcedAcc"
            );
        }
    }

    function test_golden_trees() public view {
        uint256 n = _count(".trees");
        assertGt(n, 0);
        for (uint256 t; t < n; t++) {
            string memory k = _key(".trees", t, "");
            bytes32[] memory leaves = vm.parseJsonBytes32Array(json, string.concat(k, ".leaves"));
            bytes32 root = vm.parseJsonBytes32(json, string.concat(k, ".root"));
            bytes32[] memory copy = new bytes32[](leaves.length);
            for (uint256 i; i < leaves.length; i++) copy[i] = leaves[i];
            assertEq(LockstepProofs.merkleRoot(copy), root, "merkleRoot");
            for (uint256 i; i < leaves.length; i++) {
                bytes32[] memory proof = _bytes32Array(_key(string.concat(k, ".proofs"), i, ""));
                assertTrue(LockstepProofs.verify(root, leaves[i], i, leaves.length, proof), "verify");
                assertEq(LockstepProofs.computeRoot(leaves[i], i, leaves.length, proof), root, "computeRoot");
            }
        }
    }

    function test_golden_digests() public view {
        uint256 n = _count(".digests");
        assertGt(n, 0);
        for (uint256 i; i < n; i++) {
            string memory k = _key(".digests", i, "");
            ICheckpointRegistryTypes.Checkpoint memory cp = _checkpoint(k);
            assertEq(
                LockstepProofs.checkpointDigest(
                    vm.parseJsonUint(json, string.concat(k, ".chainId")), vm.parseJsonAddress(json, string.concat(k, ".registry")), cp
                ),
                vm.parseJsonBytes32(json, string.concat(k, ".digest")),
                "checkpointDigest"
            );
        }
    }

    function test_golden_scenario() public view {
        ICheckpointRegistryTypes.Checkpoint memory cp = _checkpoint(".scenario.checkpoint");
        assertEq(
            LockstepProofs.checkpointDigest(
                vm.parseJsonUint(json, ".scenario.chainId"), vm.parseJsonAddress(json, ".scenario.registry"), cp
            ),
            vm.parseJsonBytes32(json, ".scenario.digest")
        );
        // The checkpoint root recomputed from the block roots.
        bytes32[] memory blockRoots = vm.parseJsonBytes32Array(json, ".scenario.blockRoots");
        bytes32[] memory leaves = new bytes32[](blockRoots.length);
        for (uint256 i; i < blockRoots.length; i++) {
            // casting to 'uint64' is safe because i < blockRoots.length, a handful of heights
            // forge-lint: disable-next-line(unsafe-typecast)
            leaves[i] = LockstepProofs.heightLeaf(cp.startHeight + uint64(i), blockRoots[i]);
        }
        assertEq(LockstepProofs.merkleRoot(leaves), cp.root, "checkpoint root");

        // casting to 'uint32' is safe because the scenario's L1 origin and forced count are small
        // forge-lint: disable-next-line(unsafe-typecast)
        (uint32 l1Origin, uint32 forcedCount) = (uint32(cp.l1Origin), uint32(cp.forcedCount));
        ICheckpointRegistryTypes.StoredCheckpoint memory stored = ICheckpointRegistryTypes.StoredCheckpoint({
            root: cp.root,
            startHeight: cp.startHeight,
            endHeight: cp.endHeight,
            referenceBlock: 0,
            l1Block: 0,
            l1Origin: l1Origin,
            forcedCount: forcedCount
        });
        uint256 n = _count(".scenario.batches");
        assertGt(n, 0);
        for (uint256 b; b < n; b++) {
            string memory k = _key(".scenario.batches", b, "");
            LockstepProofs.BatchProof memory p = _batchProof(k);
            assertTrue(LockstepProofs.verifyBatch(stored, p), "verifyBatch");
            if (p.height == cp.endHeight) {
                // the checkpoint signs its end block's L1 origin and forced cursor
                assertEq(p.meta.l1OriginNumber, cp.l1Origin, "end block L1 origin");
                assertEq(p.meta.forcedCount, cp.forcedCount, "end block forced count");
            }
            p.meta.forcedCount += 1;
            assertFalse(LockstepProofs.verifyBatch(stored, p), "tampered meta verified");
            p.meta.forcedCount -= 1;
            p.batchRoot = keccak256(abi.encode(p.batchRoot));
            assertFalse(LockstepProofs.verifyBatch(stored, p), "tampered batch verified");
            _checkTxProofs(k, _batchProof(k));
        }
    }

    function _batchProof(string memory k) internal view returns (LockstepProofs.BatchProof memory p) {
        p.rollupId = uint64(vm.parseJsonUint(json, string.concat(k, ".rollupId")));
        p.height = uint64(vm.parseJsonUint(json, string.concat(k, ".height")));
        p.batchRoot = vm.parseJsonBytes32(json, string.concat(k, ".batchRoot"));
        p.txCount = uint64(vm.parseJsonUint(json, string.concat(k, ".txCount")));
        p.rollupIndex = vm.parseJsonUint(json, string.concat(k, ".rollupIndex"));
        p.rollupCount = uint64(vm.parseJsonUint(json, string.concat(k, ".rollupCount")));
        p.meta = _meta(string.concat(k, ".meta"));
        p.blockRoot = vm.parseJsonBytes32(json, string.concat(k, ".blockRoot"));
        p.blockProof = _bytes32Array(string.concat(k, ".blockProof"));
        p.checkpointProof = _bytes32Array(string.concat(k, ".checkpointProof"));
    }

    function _checkpoint(string memory k) internal view returns (ICheckpointRegistryTypes.Checkpoint memory) {
        return ICheckpointRegistryTypes.Checkpoint({
            number: uint64(vm.parseJsonUint(json, string.concat(k, ".number"))),
            startHeight: uint64(vm.parseJsonUint(json, string.concat(k, ".startHeight"))),
            endHeight: uint64(vm.parseJsonUint(json, string.concat(k, ".endHeight"))),
            root: vm.parseJsonBytes32(json, string.concat(k, ".root")),
            l1Origin: uint64(vm.parseJsonUint(json, string.concat(k, ".l1Origin"))),
            forcedCount: uint64(vm.parseJsonUint(json, string.concat(k, ".forcedCount"))),
            forcedAcc: vm.parseJsonBytes32(json, string.concat(k, ".forcedAcc"))
        });
    }

    /// @dev The four BlockMeta fields under `k` (a block root vector or a batch's "meta" object).
    function _meta(string memory k) internal view returns (LockstepProofs.BlockMeta memory m) {
        m.timeMs = uint64(vm.parseJsonUint(json, string.concat(k, ".timeMs")));
        m.l1OriginNumber = uint64(vm.parseJsonUint(json, string.concat(k, ".l1OriginNumber")));
        m.l1OriginHash = vm.parseJsonBytes32(json, string.concat(k, ".l1OriginHash"));
        m.forcedCount = uint64(vm.parseJsonUint(json, string.concat(k, ".forcedCount")));
    }

    function _checkTxProofs(string memory k, LockstepProofs.BatchProof memory p) internal view {
        bytes32[] memory txs = vm.parseJsonBytes32Array(json, string.concat(k, ".txHashes"));
        bytes32[] memory flat = _bytes32Array(string.concat(k, ".txProofs"));
        uint256[] memory offsets = vm.parseJsonUintArray(json, string.concat(k, ".txProofOffsets"));
        assertEq(txs.length, p.txCount);
        for (uint256 i; i < txs.length; i++) {
            bytes32[] memory proof = new bytes32[](offsets[i + 1] - offsets[i]);
            for (uint256 j; j < proof.length; j++) proof[j] = flat[offsets[i] + j];
            assertTrue(LockstepProofs.verifyTransaction(p.batchRoot, p.txCount, txs[i], i, proof), "verifyTransaction");
        }
    }

    /// @dev forge cannot infer the type of an empty JSON array, so read those as empty.
    function _bytes32Array(string memory key) internal view returns (bytes32[] memory) {
        if (!vm.keyExistsJson(json, string.concat(key, "[0]"))) return new bytes32[](0);
        return vm.parseJsonBytes32Array(json, key);
    }
}
