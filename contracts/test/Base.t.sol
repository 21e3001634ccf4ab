// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Test} from "forge-std/Test.sol";

import {CheckpointRegistry} from "../src/CheckpointRegistry.sol";
import {EquivocationSlasher} from "../src/EquivocationSlasher.sol";
import {ForcedInclusionInbox} from "../src/ForcedInclusionInbox.sol";
import {ICheckpointRegistryTypes} from "../src/interfaces/ICheckpointRegistry.sol";
import {BN254Types} from "../src/interfaces/eigenlayer/BN254Types.sol";
import {IBLSSignatureChecker} from "../src/interfaces/eigenlayer/IBLSSignatureChecker.sol";
import {LockstepProofs} from "../src/libraries/LockstepProofs.sol";

import {FakeAllocationManager} from "./fakes/FakeAllocationManager.sol";
import {FakeBLSApkRegistry} from "./fakes/FakeBLSApkRegistry.sol";
import {FakeBLSSignatureChecker} from "./fakes/FakeBLSSignatureChecker.sol";
import {FakeSlashingRegistryCoordinator} from "./fakes/FakeSlashingRegistryCoordinator.sol";
import {FakeStakeRegistry} from "./fakes/FakeStakeRegistry.sol";

/// @notice Test-side Merkle tree builder, written level by level (not in place) so it does not
///         share code with LockstepProofs.merkleRoot.
library TestMerkle {
    function root(bytes32[] memory leaves) internal pure returns (bytes32) {
        if (leaves.length == 0) return bytes32(0);
        bytes32[] memory level = leaves;
        while (level.length > 1) {
            level = _up(level);
        }
        return level[0];
    }

    /// @dev Siblings of leaf `index`, bottom up, skipping levels where it has none.
    function proof(bytes32[] memory leaves, uint256 index) internal pure returns (bytes32[] memory out) {
        out = new bytes32[](256);
        uint256 used = 0;
        bytes32[] memory level = leaves;
        while (level.length > 1) {
            if (index % 2 == 1) {
                out[used++] = level[index - 1];
            } else if (index + 1 < level.length) {
                out[used++] = level[index + 1];
            }
            level = _up(level);
            index /= 2;
        }
        assembly ("memory-safe") {
            mstore(out, used)
        }
    }

    /// @dev The sides (0 = left child, 1 = right child) leaf `index` takes at each level where it
    ///      has a sibling: together with the siblings they alone decide the computed root.
    function path(uint256 index, uint256 count) internal pure returns (bytes memory sides) {
        while (count > 1) {
            if (index % 2 == 1) {
                sides = bytes.concat(sides, bytes1(0x01));
            } else if (index + 1 < count) {
                sides = bytes.concat(sides, bytes1(0x00));
            }
            index /= 2;
            count = (count + 1) / 2;
        }
    }

    function _up(bytes32[] memory level) private pure returns (bytes32[] memory next) {
        uint256 n = level.length;
        next = new bytes32[]((n + 1) / 2);
        for (uint256 i = 0; i + 1 < n; i += 2) {
            next[i / 2] = keccak256(abi.encodePacked(bytes1(0x01), level[i], level[i + 1]));
        }
        if (n % 2 == 1) next[n / 2] = level[n - 1];
    }
}

/// @notice Deploys the registry and the slasher against hand-written fakes of the middleware and
///         EigenLayer core, wired the way the Go deployer wires the real ones.
abstract contract LockstepTestBase is Test, ICheckpointRegistryTypes {
    uint16 internal constant THRESHOLD_BIPS = 6667;
    uint32 internal constant MAX_REFERENCE_AGE = 300;
    uint256 internal constant WAD_TO_SLASH = 5e17;
    uint256 internal constant START_BLOCK = 1_000;
    uint256 internal constant BASE_FEE = 0.001 ether;
    uint32 internal constant MAX_PAYLOAD_BYTES = 128 * 1024;
    uint32 internal constant FEE_DOUBLING_QUEUE = 64;
    uint64 internal constant ROLLUP_ID = 42;

    address internal owner = makeAddr("owner");
    address internal avs = makeAddr("avs");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");
    address internal feeRecipient = makeAddr("feeRecipient");

    bytes internal quorums = hex"0001";

    FakeBLSSignatureChecker internal checker;
    FakeBLSApkRegistry internal apkRegistry;
    FakeStakeRegistry internal stakeRegistry;
    FakeSlashingRegistryCoordinator internal coordinator;
    FakeAllocationManager internal allocationManager;
    CheckpointRegistry internal registry;
    EquivocationSlasher internal slasher;
    /// @dev Zero unless a test calls _deployInbox: most tests run without forced inclusion.
    ForcedInclusionInbox internal inbox;

    function setUp() public virtual {
        vm.roll(START_BLOCK);
        checker = new FakeBLSSignatureChecker();
        apkRegistry = new FakeBLSApkRegistry();
        stakeRegistry = new FakeStakeRegistry();
        coordinator = new FakeSlashingRegistryCoordinator(avs);
        allocationManager = new FakeAllocationManager(avs);
        registry = new CheckpointRegistry(checker, quorums, THRESHOLD_BIPS, MAX_REFERENCE_AGE, owner);
        slasher = new EquivocationSlasher(
            registry, coordinator, apkRegistry, stakeRegistry, allocationManager, WAD_TO_SLASH, owner
        );
        // What the deployer does: appointee for slashOperator, ejector, registry's slasher.
        allocationManager.setAppointee(address(slasher));
        coordinator.setEjector(address(slasher));
        vm.prank(owner);
        registry.setSlasher(address(slasher));
    }

    /// @dev Deploys the inbox the way the Go deployer does, sets it on the registry and registers
    ///      rollup ROLLUP_ID.
    function _deployInbox() internal {
        inbox = new ForcedInclusionInbox(registry, BASE_FEE, MAX_PAYLOAD_BYTES, FEE_DOUBLING_QUEUE, feeRecipient, owner);
        vm.prank(owner);
        registry.setForcedInclusionInbox(address(inbox));
        _registerRollup(ROLLUP_ID, owner, "");
    }

    /// @dev Registers `rollupId` to `rollupOwner` as the registry's owner (governance) does.
    function _registerRollup(uint64 rollupId, address rollupOwner, string memory metadata) internal {
        vm.prank(owner);
        registry.registerRollup(rollupId, rollupOwner, metadata);
    }

    /// @dev Queues `payload` for ROLLUP_ID at the current block, paying the current fee.
    function _force(bytes memory payload) internal returns (uint64 index) {
        uint256 f = inbox.fee();
        vm.deal(alice, alice.balance + f);
        vm.prank(alice);
        return inbox.forceInclude{value: f}(ROLLUP_ID, payload);
    }

    // ---- checkpoints ----

    /// @dev A checkpoint with L1 origin 0 and no forced entries: valid while no inbox is set.
    function _cp(uint64 number, uint64 start, uint64 end, bytes32 root) internal pure returns (Checkpoint memory) {
        return _cp(number, start, end, root, 0, 0, bytes32(0));
    }

    function _cp(
        uint64 number,
        uint64 start,
        uint64 end,
        bytes32 root,
        uint64 l1Origin,
        uint64 forcedCount,
        bytes32 forcedAcc
    ) internal pure returns (Checkpoint memory) {
        return Checkpoint({
            number: number,
            startHeight: start,
            endHeight: end,
            root: root,
            l1Origin: l1Origin,
            forcedCount: forcedCount,
            forcedAcc: forcedAcc
        });
    }

    function _noSig() internal pure returns (IBLSSignatureChecker.NonSignerStakesAndSignature memory sig) {}

    /// @dev Submits the next checkpoint covering `len` heights, signed at the previous block.
    function _submitNext(uint64 len, bytes32 root) internal returns (Checkpoint memory cp) {
        uint64 start = registry.latestEndHeight() + 1;
        cp = _cp(registry.latestCheckpointNumber() + 1, start, start + len - 1, root);
        registry.submitCheckpoint(cp, uint32(block.number - 1), _noSig());
    }

    function _setStakes(uint96 s0, uint96 t0, uint96 s1, uint96 t1) internal {
        uint96[] memory signed = new uint96[](2);
        uint96[] memory total = new uint96[](2);
        (signed[0], signed[1], total[0], total[1]) = (s0, s1, t0, t1);
        checker.setStakes(signed, total);
    }

    function _digest(Checkpoint memory cp) internal view returns (bytes32) {
        return LockstepProofs.checkpointDigest(block.chainid, address(registry), cp);
    }

    // ---- operators ----

    function _g1(uint256 seed) internal pure returns (BN254Types.G1Point memory) {
        return BN254Types.G1Point(uint256(keccak256(abi.encode("g1.x", seed))), uint256(keccak256(abi.encode("g1.y", seed))));
    }

    function _g2(uint256 seed) internal pure returns (BN254Types.G2Point memory g2) {
        g2.X[0] = uint256(keccak256(abi.encode("g2.x0", seed)));
        g2.X[1] = uint256(keccak256(abi.encode("g2.x1", seed)));
        g2.Y[0] = uint256(keccak256(abi.encode("g2.y0", seed)));
        g2.Y[1] = uint256(keccak256(abi.encode("g2.y1", seed)));
    }

    function _operatorId(uint256 seed) internal pure returns (bytes32) {
        return keccak256(abi.encode("operatorId", seed));
    }

    /// @dev Registers an operator with BLS keys (seed), in quorums `bitmap`, slashable in each.
    function _addOperator(address operator, uint256 seed, uint192 bitmap) internal {
        apkRegistry.setOperator(operator, _operatorId(seed), _g1(seed), _g2(seed));
        checker.setKeyPair(_g1(seed), _g2(seed));
        coordinator.registerOperator(operator, _operatorId(seed), bitmap);
        for (uint8 q = 0; q < 2; ++q) {
            allocationManager.setSlashable(operator, q, bitmap & (uint192(1) << q) != 0);
        }
    }

    function _signAs(uint256 seed, Checkpoint memory cp) internal returns (BN254Types.G1Point memory) {
        return checker.sign(_digest(cp), _g1(seed));
    }
}
