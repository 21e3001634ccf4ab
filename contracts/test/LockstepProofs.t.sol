// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";

import {CheckpointRegistry} from "../src/CheckpointRegistry.sol";
import {ICheckpointRegistry, ICheckpointRegistryErrors, ICheckpointRegistryTypes} from "../src/interfaces/ICheckpointRegistry.sol";
import {IBLSSignatureChecker} from "../src/interfaces/eigenlayer/IBLSSignatureChecker.sol";
import {LockstepProofs} from "../src/libraries/LockstepProofs.sol";

import {TestMerkle} from "./Base.t.sol";
import {FakeBLSSignatureChecker} from "./fakes/FakeBLSSignatureChecker.sol";

/// @notice External entry points into the library, as a rollup's L1 contract would call it (and so
///         the gas snapshot measures a real call, calldata decoding included).
contract LockstepProofsHarness {
    function verifyBatch(ICheckpointRegistryTypes.StoredCheckpoint calldata cp, LockstepProofs.BatchProof calldata p)
        external
        pure
        returns (bool)
    {
        return LockstepProofs.verifyBatch(cp, p);
    }

    function verifyBatchAt(ICheckpointRegistry registry, uint64 number, LockstepProofs.BatchProof calldata p)
        external
        view
        returns (bool)
    {
        return LockstepProofs.verifyBatch(registry, number, p);
    }
}

/// @notice A sequenced chain segment built in the test: blocks of rollup batches and the
///         checkpoint over them, with proofs for any (height, rollup) in it.
abstract contract ChainBuilder is Test {
    struct Block {
        uint64[] rollupIds; // ascending
        bytes32[] batchRoots;
        uint64[] txCounts;
        LockstepProofs.BlockMeta meta;
        bytes32 blockRoot;
    }

    Block[] internal _blocks;
    uint64 internal _start;
    bytes32[] internal _heightLeaves;

    /// @dev Builds `heights` blocks from `start`, each with 1..maxRollups rollups picked from seed.
    function _buildChain(uint256 seed, uint64 start, uint256 heights, uint256 maxRollups)
        internal
        returns (ICheckpointRegistryTypes.StoredCheckpoint memory cp)
    {
        delete _blocks;
        delete _heightLeaves;
        _start = start;
        for (uint256 h = 0; h < heights; ++h) {
            uint256 n = 1 + uint256(keccak256(abi.encode(seed, h, "n"))) % maxRollups;
            Block storage b = _blocks.push();
            uint64 id = 0;
            bytes32[] memory leaves = new bytes32[](n);
            for (uint256 i = 0; i < n; ++i) {
                id += 1 + uint64(uint256(keccak256(abi.encode(seed, h, i, "id"))) % 1000); // ascending, distinct
                bytes32 batchRoot = keccak256(abi.encode(seed, h, i, "batch"));
                uint64 txCount = 1 + uint64(uint256(keccak256(abi.encode(seed, h, i, "txs"))) % 500);
                b.rollupIds.push(id);
                b.batchRoots.push(batchRoot);
                b.txCounts.push(txCount);
                leaves[i] = LockstepProofs.rollupLeaf(id, batchRoot, txCount);
            }
            b.meta = _meta(seed, h);
            // forge-lint: disable-next-line(unsafe-typecast)
            b.blockRoot = LockstepProofs.blockRootOf(uint64(n), TestMerkle.root(leaves), b.meta);
            // forge-lint: disable-next-line(unsafe-typecast)
            _heightLeaves.push(LockstepProofs.heightLeaf(start + uint64(h), b.blockRoot));
        }
        cp.root = TestMerkle.root(_heightLeaves);
        cp.startHeight = start;
        // forge-lint: disable-next-line(unsafe-typecast)
        cp.endHeight = start + uint64(heights) - 1;
    }

    /// @dev Block `h`'s time, L1 origin and forced cursor: all non-decreasing in h, as in a chain.
    function _meta(uint256 seed, uint256 h) internal pure returns (LockstepProofs.BlockMeta memory m) {
        uint64 base = uint64(uint256(keccak256(abi.encode(seed, "meta"))) % 1e9);
        // forge-lint: disable-next-line(unsafe-typecast)
        uint64 h64 = uint64(h);
        m.timeMs = 1_700_000_000_000 + base + h64 * 1000;
        m.l1OriginNumber = base + h64 / 4;
        m.l1OriginHash = keccak256(abi.encode(seed, m.l1OriginNumber, "l1"));
        m.forcedCount = h64 / 3;
    }

    function _proofFor(uint256 h, uint256 i) internal view returns (LockstepProofs.BatchProof memory p) {
        Block storage b = _blocks[h];
        uint256 n = b.rollupIds.length;
        bytes32[] memory leaves = new bytes32[](n);
        for (uint256 k = 0; k < n; ++k) {
            leaves[k] = LockstepProofs.rollupLeaf(b.rollupIds[k], b.batchRoots[k], b.txCounts[k]);
        }
        p.rollupId = b.rollupIds[i];
        // forge-lint: disable-next-line(unsafe-typecast)
        p.height = _start + uint64(h);
        p.batchRoot = b.batchRoots[i];
        p.txCount = b.txCounts[i];
        p.rollupIndex = i;
        // forge-lint: disable-next-line(unsafe-typecast)
        p.rollupCount = uint64(n);
        p.meta = b.meta;
        p.blockRoot = b.blockRoot;
        p.blockProof = TestMerkle.proof(leaves, i);
        p.checkpointProof = TestMerkle.proof(_heightLeaves, h);
    }
}

contract LockstepProofsTest is ChainBuilder, ICheckpointRegistryTypes {
    LockstepProofsHarness internal harness;

    function setUp() public {
        harness = new LockstepProofsHarness();
    }

    function _leaves(uint256 seed, uint256 n) internal pure returns (bytes32[] memory leaves) {
        leaves = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            leaves[i] = keccak256(abi.encode(seed, i));
        }
    }

    function _copy(bytes32[] memory a) internal pure returns (bytes32[] memory b) {
        b = new bytes32[](a.length);
        for (uint256 i = 0; i < a.length; ++i) {
            b[i] = a[i];
        }
    }

    // =============================================================================================
    // hashing and tree shape
    // =============================================================================================

    function test_leafAndNodeEncodings() public pure {
        bytes32 a = keccak256("a");
        bytes32 b = keccak256("b");
        assertEq(LockstepProofs.txLeaf(a), keccak256(abi.encodePacked(bytes1(0x00), a)));
        assertEq(LockstepProofs.node(a, b), keccak256(abi.encodePacked(bytes1(0x01), a, b)));
        assertEq(
            LockstepProofs.rollupLeaf(7, a, 3), keccak256(abi.encodePacked(bytes1(0x02), uint64(7), a, uint64(3)))
        );
        assertEq(LockstepProofs.heightLeaf(9, a), keccak256(abi.encodePacked(bytes1(0x03), uint64(9), a)));
        LockstepProofs.BlockMeta memory m = LockstepProofs.BlockMeta({
            timeMs: 1_700_000_000_123, l1OriginNumber: 77, l1OriginHash: b, forcedCount: 5
        });
        bytes memory preimage =
            abi.encodePacked(bytes1(0x04), uint64(4), a, uint64(1_700_000_000_123), uint64(77), b, uint64(5));
        assertEq(preimage.length, 97);
        assertEq(LockstepProofs.blockRootOf(4, a, m), keccak256(preimage));
        assertEq(LockstepProofs.CHECKPOINT_DOMAIN, keccak256("Lockstep.Checkpoint.v2"));
        assertEq(
            LockstepProofs.forcedAcc(a, 7, b, 99), keccak256(abi.encode(a, uint64(7), b, uint64(99)))
        );
    }

    /// Each block meta field is bound in the block root.
    function testFuzz_blockRootOf_bindsEveryField(bytes32 root, uint64 count, uint64 t, uint64 n, bytes32 hash, uint64 fc, uint8 what)
        public
        pure
    {
        LockstepProofs.BlockMeta memory m =
            LockstepProofs.BlockMeta({timeMs: t, l1OriginNumber: n, l1OriginHash: hash, forcedCount: fc});
        bytes32 want = LockstepProofs.blockRootOf(count, root, m);
        what = uint8(bound(what, 0, 5));
        unchecked {
            if (what == 0) m.timeMs += 1;
            else if (what == 1) m.l1OriginNumber += 1;
            else if (what == 2) m.l1OriginHash = keccak256(abi.encode(hash));
            else if (what == 3) m.forcedCount += 1;
            else if (what == 4) count += 1;
            else root = keccak256(abi.encode(root));
        }
        assertNotEq(LockstepProofs.blockRootOf(count, root, m), want);
    }

    function test_merkleRoot_smallShapes() public pure {
        bytes32[] memory l = _leaves(1, 5);
        (bytes32 a, bytes32 b, bytes32 c, bytes32 d, bytes32 e) = (l[0], l[1], l[2], l[3], l[4]);
        assertEq(LockstepProofs.merkleRoot(new bytes32[](0)), bytes32(0));
        bytes32[] memory one = new bytes32[](1);
        one[0] = a;
        assertEq(LockstepProofs.merkleRoot(one), a);
        assertEq(LockstepProofs.merkleRoot(_copy(_leaves(1, 2))), LockstepProofs.node(a, b));
        // the last unpaired node moves up unchanged
        assertEq(LockstepProofs.merkleRoot(_copy(_leaves(1, 3))), LockstepProofs.node(LockstepProofs.node(a, b), c));
        assertEq(
            LockstepProofs.merkleRoot(_copy(_leaves(1, 5))),
            LockstepProofs.node(LockstepProofs.node(LockstepProofs.node(a, b), LockstepProofs.node(c, d)), e)
        );
    }

    function testFuzz_merkleRoot_matchesReference(uint256 seed, uint256 n) public pure {
        n = bound(n, 0, 200);
        bytes32[] memory leaves = _leaves(seed, n);
        assertEq(LockstepProofs.merkleRoot(_copy(leaves)), TestMerkle.root(leaves));
    }

    // =============================================================================================
    // proofs
    // =============================================================================================

    /// Every leaf of a random tree verifies with its proof.
    function testFuzz_verify_everyLeaf(uint256 seed, uint256 n) public pure {
        n = bound(n, 1, 70);
        bytes32[] memory leaves = _leaves(seed, n);
        bytes32 root = LockstepProofs.merkleRoot(_copy(leaves));
        for (uint256 i = 0; i < n; ++i) {
            bytes32[] memory proof = TestMerkle.proof(leaves, i);
            assertEq(LockstepProofs.computeRoot(leaves[i], i, n, proof), root);
            assertTrue(LockstepProofs.verify(root, leaves[i], i, n, proof));
        }
    }

    function testFuzz_verify_tamperedLeafFails(uint256 seed, uint256 n, uint256 i, bytes32 other) public pure {
        n = bound(n, 1, 70);
        i = bound(i, 0, n - 1);
        bytes32[] memory leaves = _leaves(seed, n);
        vm.assume(other != leaves[i]);
        bytes32 root = LockstepProofs.merkleRoot(_copy(leaves));
        assertFalse(LockstepProofs.verify(root, other, i, n, TestMerkle.proof(leaves, i)));
    }

    function testFuzz_verify_tamperedIndexFails(uint256 seed, uint256 n, uint256 i, uint256 j) public pure {
        n = bound(n, 2, 70);
        i = bound(i, 0, n - 1);
        // Any other index, in range or not. For a fixed count each leaf has its own root-to-leaf
        // path, so no other in-range index can take the same sides.
        j = bound(j, 0, 2 * n);
        if (j == i) j = type(uint256).max;
        bytes32[] memory leaves = _leaves(seed, n);
        bytes32 root = LockstepProofs.merkleRoot(_copy(leaves));
        assertFalse(LockstepProofs.verify(root, leaves[i], j, n, TestMerkle.proof(leaves, i)));
    }

    /// A proof also verifies under a different count exactly when the leaf takes the same sides at
    /// the levels where it has siblings. This is why counts must be authenticated (blockRootOf,
    /// or the stored checkpoint's height range).
    function testFuzz_verify_tamperedCount(uint256 seed, uint256 n, uint256 i, uint256 m) public pure {
        n = bound(n, 1, 70);
        i = bound(i, 0, n - 1);
        m = bound(m, 0, 140);
        vm.assume(m != n);
        bytes32[] memory leaves = _leaves(seed, n);
        bytes32 root = LockstepProofs.merkleRoot(_copy(leaves));
        bool sameShape = i < m && keccak256(TestMerkle.path(i, m)) == keccak256(TestMerkle.path(i, n));
        assertEq(LockstepProofs.verify(root, leaves[i], i, m, TestMerkle.proof(leaves, i)), sameShape);
    }

    function test_verify_countAmbiguityExample() public pure {
        // e at index 4 of 5 and at index 1 of 2 (sibling: the root of a..d) give the same root.
        bytes32[] memory leaves = _leaves(3, 5);
        bytes32 root = LockstepProofs.merkleRoot(_copy(leaves));
        bytes32[] memory proof = TestMerkle.proof(leaves, 4);
        assertEq(proof.length, 1);
        assertTrue(LockstepProofs.verify(root, leaves[4], 4, 5, proof));
        assertTrue(LockstepProofs.verify(root, leaves[4], 1, 2, proof));
    }

    function testFuzz_verify_tamperedSiblingFails(uint256 seed, uint256 n, uint256 i, uint256 k, bytes32 other)
        public
        pure
    {
        n = bound(n, 2, 70);
        i = bound(i, 0, n - 1);
        bytes32[] memory leaves = _leaves(seed, n);
        bytes32 root = LockstepProofs.merkleRoot(_copy(leaves));
        bytes32[] memory proof = TestMerkle.proof(leaves, i);
        k = bound(k, 0, proof.length - 1);
        vm.assume(other != proof[k]);
        proof[k] = other;
        assertFalse(LockstepProofs.verify(root, leaves[i], i, n, proof));
    }

    /// A proof one sibling short or one too long never verifies.
    function testFuzz_verify_proofLengthMismatchFails(uint256 seed, uint256 n, uint256 i, bytes32 extra)
        public
        pure
    {
        n = bound(n, 1, 70);
        i = bound(i, 0, n - 1);
        bytes32[] memory leaves = _leaves(seed, n);
        bytes32 root = LockstepProofs.merkleRoot(_copy(leaves));
        bytes32[] memory proof = TestMerkle.proof(leaves, i);

        bytes32[] memory longer = new bytes32[](proof.length + 1);
        for (uint256 k = 0; k < proof.length; ++k) {
            longer[k] = proof[k];
        }
        longer[proof.length] = extra;
        assertEq(LockstepProofs.computeRoot(leaves[i], i, n, longer), bytes32(0));
        assertFalse(LockstepProofs.verify(root, leaves[i], i, n, longer));

        if (proof.length > 0) {
            bytes32[] memory shorter = new bytes32[](proof.length - 1);
            for (uint256 k = 0; k < shorter.length; ++k) {
                shorter[k] = proof[k];
            }
            assertEq(LockstepProofs.computeRoot(leaves[i], i, n, shorter), bytes32(0));
            assertFalse(LockstepProofs.verify(root, leaves[i], i, n, shorter));
        }
    }

    function test_verify_edgeCases() public pure {
        bytes32 leaf = keccak256("leaf");
        bytes32[] memory none = new bytes32[](0);
        // single leaf: its own root, empty proof
        assertTrue(LockstepProofs.verify(leaf, leaf, 0, 1, none));
        // index out of range, zero count
        assertEq(LockstepProofs.computeRoot(leaf, 1, 1, none), bytes32(0));
        assertEq(LockstepProofs.computeRoot(leaf, 0, 0, none), bytes32(0));
        // a zero root never verifies, even for a zero leaf
        assertFalse(LockstepProofs.verify(bytes32(0), bytes32(0), 0, 1, none));
        // a huge caller-supplied count returns zero instead of overflowing
        assertEq(LockstepProofs.computeRoot(leaf, 0, type(uint256).max, none), bytes32(0));
        bytes32[] memory many = new bytes32[](256);
        LockstepProofs.computeRoot(leaf, type(uint256).max - 1, type(uint256).max, many);
    }

    function testFuzz_verifyTransaction(uint256 seed, uint256 n, uint256 i) public pure {
        n = bound(n, 1, 100);
        i = bound(i, 0, n - 1);
        bytes32[] memory txLeaves = new bytes32[](n);
        for (uint256 k = 0; k < n; ++k) {
            txLeaves[k] = LockstepProofs.txLeaf(keccak256(abi.encode(seed, k)));
        }
        bytes32 batchRoot = TestMerkle.root(txLeaves);
        bytes32[] memory proof = TestMerkle.proof(txLeaves, i);
        bytes32 txHash = keccak256(abi.encode(seed, i));
        // forge-lint: disable-next-line(unsafe-typecast)
        assertTrue(LockstepProofs.verifyTransaction(batchRoot, uint64(n), txHash, i, proof));
        // the transaction leaf is not the raw hash: a raw leaf value is not accepted as a tx hash
        // forge-lint: disable-next-line(unsafe-typecast)
        assertFalse(LockstepProofs.verifyTransaction(batchRoot, uint64(n), txLeaves[i], i, proof));
        // forge-lint: disable-next-line(unsafe-typecast)
        assertFalse(LockstepProofs.verifyTransaction(batchRoot, uint64(n), keccak256("other"), i, proof));
    }

    // =============================================================================================
    // verifyBatch end to end
    // =============================================================================================

    function testFuzz_verifyBatch_endToEnd(uint256 seed, uint64 start, uint256 heights, uint256 h, uint256 i) public {
        start = uint64(bound(start, 1, type(uint64).max - 64));
        heights = bound(heights, 1, 24);
        StoredCheckpoint memory cp = _buildChain(seed, start, heights, 6);
        h = bound(h, 0, heights - 1);
        i = bound(i, 0, _blocks[h].rollupIds.length - 1);
        LockstepProofs.BatchProof memory p = _proofFor(h, i);
        assertTrue(LockstepProofs.verifyBatch(cp, p));
        assertTrue(harness.verifyBatch(cp, p));
    }

    function testFuzz_verifyBatch_tamperedFails(uint256 seed, uint256 h, uint256 i, uint8 what) public {
        StoredCheckpoint memory cp = _buildChain(seed, 100, 12, 5);
        h = bound(h, 0, 11);
        i = bound(i, 0, _blocks[h].rollupIds.length - 1);
        LockstepProofs.BatchProof memory p = _proofFor(h, i);
        what = uint8(bound(what, 0, 13));
        if (what == 0) p.rollupId += 1;
        else if (what == 1) p.batchRoot = keccak256(abi.encode(p.batchRoot));
        else if (what == 2) p.txCount += 1;
        else if (what == 3) p.rollupCount += 1; // count is bound in the block root
        else if (what == 4) p.rollupIndex += 1;
        else if (what == 5) p.blockRoot = keccak256(abi.encode(p.blockRoot));
        else if (what == 6) p.height += 1; // a different height: different leaf and index
        else if (what == 7) p.height = cp.endHeight + 1; // out of range
        else if (what == 8) cp.root = keccak256(abi.encode(cp.root));
        else if (what == 9) p.meta.timeMs += 1; // the block meta is bound in the block root
        else if (what == 10) p.meta.l1OriginNumber += 1;
        else if (what == 11) p.meta.l1OriginHash = keccak256(abi.encode(p.meta.l1OriginHash));
        else if (what == 12) p.meta.forcedCount += 1;
        else p.checkpointProof = new bytes32[](p.checkpointProof.length + 1);
        assertFalse(LockstepProofs.verifyBatch(cp, p));
    }

    function test_verifyBatch_heightBelowRangeFails() public {
        StoredCheckpoint memory cp = _buildChain(1, 100, 4, 3);
        LockstepProofs.BatchProof memory p = _proofFor(0, 0);
        p.height = 99;
        assertFalse(LockstepProofs.verifyBatch(cp, p));
    }

    function test_verifyBatch_againstRegistry() public {
        vm.roll(1000);
        FakeBLSSignatureChecker checker = new FakeBLSSignatureChecker();
        CheckpointRegistry registry = new CheckpointRegistry(checker, hex"00", 6667, 300, address(this));
        StoredCheckpoint memory cp = _buildChain(7, 1, 10, 4);
        IBLSSignatureChecker.NonSignerStakesAndSignature memory sig;
        registry.submitCheckpoint(Checkpoint(1, 1, 10, cp.root, 998, 0, 0), 999, sig);

        LockstepProofs.BatchProof memory p = _proofFor(3, 0);
        assertTrue(harness.verifyBatchAt(registry, 1, p));
        vm.expectRevert(abi.encodeWithSelector(ICheckpointRegistryErrors.CheckpointNotFound.selector, uint64(2)));
        harness.verifyBatchAt(registry, 2, p);
    }

    // =============================================================================================
    // gas
    // =============================================================================================

    /// Realistic proof: 8 rollups in the block, 32 heights in the checkpoint.
    function test_gas_verifyBatch_8rollups_32heights() public {
        vm.pauseGasMetering();
        StoredCheckpoint memory cp = _buildChain(42, 1, 32, 1);
        // every block has exactly 8 rollups
        delete _heightLeaves;
        for (uint256 h = 0; h < 32; ++h) {
            Block storage b = _blocks[h];
            delete b.rollupIds;
            delete b.batchRoots;
            delete b.txCounts;
            bytes32[] memory leaves = new bytes32[](8);
            for (uint64 r = 0; r < 8; ++r) {
                b.rollupIds.push(r + 1);
                b.batchRoots.push(keccak256(abi.encode(h, r)));
                b.txCounts.push(100);
                leaves[r] = LockstepProofs.rollupLeaf(r + 1, keccak256(abi.encode(h, r)), 100);
            }
            b.blockRoot = LockstepProofs.blockRootOf(8, TestMerkle.root(leaves), b.meta);
            // forge-lint: disable-next-line(unsafe-typecast)
            _heightLeaves.push(LockstepProofs.heightLeaf(uint64(1 + h), b.blockRoot));
        }
        cp.root = TestMerkle.root(_heightLeaves);
        LockstepProofs.BatchProof memory p = _proofFor(17, 5);
        assertEq(p.blockProof.length, 3);
        assertEq(p.checkpointProof.length, 5);
        vm.resumeGasMetering();

        bool ok = harness.verifyBatch(cp, p);

        vm.pauseGasMetering();
        assertTrue(ok);
        vm.resumeGasMetering();
    }
}
