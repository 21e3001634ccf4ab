// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {stdError} from "forge-std/StdError.sol";

import {CheckpointRegistry} from "../src/CheckpointRegistry.sol";
import {ICheckpointRegistryErrors, ICheckpointRegistryEvents} from "../src/interfaces/ICheckpointRegistry.sol";
import {IBLSSignatureChecker} from "../src/interfaces/eigenlayer/IBLSSignatureChecker.sol";
import {LockstepProofs} from "../src/libraries/LockstepProofs.sol";

import {LockstepTestBase} from "./Base.t.sol";
import {FakeBLSSignatureChecker} from "./fakes/FakeBLSSignatureChecker.sol";

contract CheckpointRegistryTest is LockstepTestBase, ICheckpointRegistryErrors, ICheckpointRegistryEvents {
    string internal constant NOT_OWNER = "Ownable: caller is not the owner";

    // =============================================================================================
    // constructor
    // =============================================================================================

    function test_constructor_setsConfig() public view {
        assertEq(address(registry.signatureChecker()), address(checker));
        assertEq(registry.quorumNumbers(), quorums);
        assertEq(registry.thresholdBips(), THRESHOLD_BIPS);
        assertEq(registry.maxReferenceAge(), MAX_REFERENCE_AGE);
        assertEq(registry.minReferenceBlock(), 0);
        assertEq(registry.owner(), owner);
        assertEq(registry.pendingOwner(), address(0));
        assertEq(registry.slasher(), address(slasher));
        assertEq(registry.latestCheckpointNumber(), 0);
        assertEq(registry.latestEndHeight(), 0);
        assertEq(registry.rollupIds().length, 0);
        assertEq(registry.MAX_METADATA_BYTES(), 1024);
        assertEq(registry.forcedInclusionInbox(), address(0));
        assertEq(registry.forcedInclusionDelay(), 16);
        assertEq(registry.maxForcedPerCheckpoint(), 16);
        assertEq(registry.latestForcedCount(), 0);
    }

    function test_constructor_slasherUnsetInitially() public {
        CheckpointRegistry r = new CheckpointRegistry(checker, quorums, THRESHOLD_BIPS, MAX_REFERENCE_AGE, owner);
        assertEq(r.slasher(), address(0));
    }

    function test_constructor_revertsOnZeroChecker() public {
        vm.expectRevert(abi.encodeWithSelector(ZeroAddress.selector));
        new CheckpointRegistry(IBLSSignatureChecker(address(0)), quorums, THRESHOLD_BIPS, MAX_REFERENCE_AGE, owner);
    }

    function test_constructor_revertsOnZeroOwner() public {
        vm.expectRevert(abi.encodeWithSelector(ZeroAddress.selector));
        new CheckpointRegistry(checker, quorums, THRESHOLD_BIPS, MAX_REFERENCE_AGE, address(0));
    }

    function test_constructor_revertsOnEmptyQuorumNumbers() public {
        vm.expectRevert(abi.encodeWithSelector(EmptyQuorumNumbers.selector));
        new CheckpointRegistry(checker, "", THRESHOLD_BIPS, MAX_REFERENCE_AGE, owner);
    }

    function test_constructor_revertsOnUnorderedQuorumNumbers() public {
        vm.expectRevert(abi.encodeWithSelector(InvalidQuorumNumbers.selector));
        new CheckpointRegistry(checker, hex"0100", THRESHOLD_BIPS, MAX_REFERENCE_AGE, owner);
    }

    function test_constructor_revertsOnDuplicateQuorumNumbers() public {
        vm.expectRevert(abi.encodeWithSelector(InvalidQuorumNumbers.selector));
        new CheckpointRegistry(checker, hex"000101", THRESHOLD_BIPS, MAX_REFERENCE_AGE, owner);
    }

    function test_constructor_revertsOnQuorumNumberAbove191() public {
        vm.expectRevert(abi.encodeWithSelector(InvalidQuorumNumbers.selector));
        new CheckpointRegistry(checker, hex"00c0", THRESHOLD_BIPS, MAX_REFERENCE_AGE, owner);
        // 191 is the last valid quorum
        new CheckpointRegistry(checker, hex"00bf", THRESHOLD_BIPS, MAX_REFERENCE_AGE, owner);
    }

    function test_constructor_revertsOnThresholdAtHalf() public {
        vm.expectRevert(abi.encodeWithSelector(InvalidThreshold.selector, uint16(5000)));
        new CheckpointRegistry(checker, quorums, 5000, MAX_REFERENCE_AGE, owner);
    }

    function test_constructor_revertsOnThresholdAbove100Percent() public {
        vm.expectRevert(abi.encodeWithSelector(InvalidThreshold.selector, uint16(10_001)));
        new CheckpointRegistry(checker, quorums, 10_001, MAX_REFERENCE_AGE, owner);
    }

    function test_constructor_acceptsThresholdBounds() public {
        assertEq(new CheckpointRegistry(checker, quorums, 5001, MAX_REFERENCE_AGE, owner).thresholdBips(), 5001);
        assertEq(new CheckpointRegistry(checker, quorums, 10_000, MAX_REFERENCE_AGE, owner).thresholdBips(), 10_000);
    }

    function test_constructor_revertsOnZeroMaxReferenceAge() public {
        vm.expectRevert(abi.encodeWithSelector(InvalidMaxReferenceAge.selector));
        new CheckpointRegistry(checker, quorums, THRESHOLD_BIPS, 0, owner);
    }

    // =============================================================================================
    // owner functions
    // =============================================================================================

    function test_setThresholdBips() public {
        vm.expectEmit(address(registry));
        emit ThresholdUpdated(THRESHOLD_BIPS, 7500);
        vm.prank(owner);
        registry.setThresholdBips(7500);
        assertEq(registry.thresholdBips(), 7500);
    }

    function test_setThresholdBips_revertsWhenNotOwner() public {
        vm.expectRevert(bytes(NOT_OWNER));
        vm.prank(alice);
        registry.setThresholdBips(7500);
    }

    function test_setThresholdBips_revertsOnInvalid() public {
        vm.startPrank(owner);
        vm.expectRevert(abi.encodeWithSelector(InvalidThreshold.selector, uint16(5000)));
        registry.setThresholdBips(5000);
        vm.expectRevert(abi.encodeWithSelector(InvalidThreshold.selector, uint16(10_001)));
        registry.setThresholdBips(10_001);
        vm.stopPrank();
    }

    function test_setMaxReferenceAge() public {
        vm.expectEmit(address(registry));
        emit MaxReferenceAgeUpdated(MAX_REFERENCE_AGE, 50);
        vm.prank(owner);
        registry.setMaxReferenceAge(50);
        assertEq(registry.maxReferenceAge(), 50);
    }

    function test_setMaxReferenceAge_revertsWhenNotOwner() public {
        vm.expectRevert(bytes(NOT_OWNER));
        vm.prank(alice);
        registry.setMaxReferenceAge(50);
    }

    function test_setMaxReferenceAge_revertsOnZero() public {
        vm.expectRevert(abi.encodeWithSelector(InvalidMaxReferenceAge.selector));
        vm.prank(owner);
        registry.setMaxReferenceAge(0);
    }

    function test_setSlasher() public {
        CheckpointRegistry r = new CheckpointRegistry(checker, quorums, THRESHOLD_BIPS, MAX_REFERENCE_AGE, owner);
        vm.expectEmit(address(r));
        emit SlasherSet(alice);
        vm.prank(owner);
        r.setSlasher(alice);
        assertEq(r.slasher(), alice);
    }

    function test_setSlasher_revertsWhenAlreadySet() public {
        vm.expectRevert(abi.encodeWithSelector(SlasherAlreadySet.selector));
        vm.prank(owner);
        registry.setSlasher(alice);
    }

    function test_setSlasher_revertsOnZero() public {
        CheckpointRegistry r = new CheckpointRegistry(checker, quorums, THRESHOLD_BIPS, MAX_REFERENCE_AGE, owner);
        vm.expectRevert(abi.encodeWithSelector(ZeroAddress.selector));
        vm.prank(owner);
        r.setSlasher(address(0));
    }

    function test_setSlasher_revertsWhenNotOwner() public {
        CheckpointRegistry r = new CheckpointRegistry(checker, quorums, THRESHOLD_BIPS, MAX_REFERENCE_AGE, owner);
        vm.expectRevert(bytes(NOT_OWNER));
        vm.prank(alice);
        r.setSlasher(alice);
    }

    function test_ownership_isTwoStep() public {
        vm.prank(owner);
        registry.transferOwnership(alice);
        assertEq(registry.owner(), owner);
        assertEq(registry.pendingOwner(), alice);

        vm.expectRevert(bytes("Ownable2Step: caller is not the new owner"));
        vm.prank(bob);
        registry.acceptOwnership();

        vm.prank(alice);
        registry.acceptOwnership();
        assertEq(registry.owner(), alice);

        vm.expectRevert(bytes(NOT_OWNER));
        vm.prank(owner);
        registry.setThresholdBips(7000);
    }

    // =============================================================================================
    // rollups
    // =============================================================================================

    function test_registerRollup() public {
        vm.roll(1234);
        vm.expectEmit(address(registry));
        emit RollupRegistered(42, alice, "ipfs://rollup");
        vm.prank(owner); // governance admits the rollup and names its team as owner
        registry.registerRollup(42, alice, "ipfs://rollup");

        assertTrue(registry.isRollupRegistered(42));
        Rollup memory r = registry.getRollup(42);
        assertEq(r.owner, alice);
        assertEq(r.registeredAt, 1234);
        assertEq(r.metadata, "ipfs://rollup");
        uint64[] memory ids = registry.rollupIds();
        assertEq(ids.length, 1);
        assertEq(ids[0], 42);
    }

    /// Squatting: someone other than governance takes a well-known chain ID, for itself or for the
    /// rollup's real team; both are refused and nothing is registered.
    function test_registerRollup_revertsWhenNotRegistryOwner() public {
        vm.expectRevert(abi.encodeWithSelector(NotRegistryOwner.selector, bob, owner));
        vm.prank(bob);
        registry.registerRollup(10, bob, "op mainnet");
        vm.expectRevert(abi.encodeWithSelector(NotRegistryOwner.selector, alice, owner));
        vm.prank(alice);
        registry.registerRollup(8453, alice, "base");

        assertFalse(registry.isRollupRegistered(10));
        assertFalse(registry.isRollupRegistered(8453));
        assertEq(registry.rollupIds().length, 0);
    }

    function testFuzz_registerRollup_onlyRegistryOwner(address caller, uint64 rollupId) public {
        vm.assume(caller != owner);
        rollupId = uint64(bound(rollupId, 1, type(uint64).max));
        vm.expectRevert(abi.encodeWithSelector(NotRegistryOwner.selector, caller, owner));
        vm.prank(caller);
        registry.registerRollup(rollupId, caller, "");
        assertFalse(registry.isRollupRegistered(rollupId));
    }

    /// Admission follows ownership of the registry: once governance moves (Ownable2Step), the new
    /// owner admits and the old one no longer can.
    function test_registerRollup_followsRegistryOwnership() public {
        vm.prank(owner);
        registry.transferOwnership(bob);
        // still the old owner until the new one accepts
        vm.expectRevert(abi.encodeWithSelector(NotRegistryOwner.selector, bob, owner));
        vm.prank(bob);
        registry.registerRollup(42, alice, "");
        vm.prank(bob);
        registry.acceptOwnership();

        vm.expectRevert(abi.encodeWithSelector(NotRegistryOwner.selector, owner, bob));
        vm.prank(owner);
        registry.registerRollup(42, alice, "");
        vm.prank(bob);
        registry.registerRollup(42, alice, "");
        assertEq(registry.getRollup(42).owner, alice);
    }

    function test_registerRollup_revertsOnIdZero() public {
        vm.expectRevert(abi.encodeWithSelector(InvalidRollupId.selector));
        vm.prank(owner);
        registry.registerRollup(0, alice, "");
    }

    function test_registerRollup_revertsWhenTaken() public {
        _registerRollup(42, alice, "");
        vm.expectRevert(abi.encodeWithSelector(RollupAlreadyRegistered.selector, uint64(42)));
        vm.prank(owner);
        registry.registerRollup(42, bob, "");
    }

    function test_registerRollup_revertsOnZeroOwner() public {
        vm.expectRevert(abi.encodeWithSelector(ZeroAddress.selector));
        vm.prank(owner);
        registry.registerRollup(42, address(0), "");
    }

    function test_registerRollup_metadataLimit() public {
        _registerRollup(1, alice, string(new bytes(1024)));
        assertEq(bytes(registry.getRollup(1).metadata).length, 1024);
        vm.expectRevert(abi.encodeWithSelector(MetadataTooLong.selector, uint256(1025), uint256(1024)));
        vm.prank(owner);
        registry.registerRollup(2, alice, string(new bytes(1025)));
    }

    /// Governance admits but does not manage: the rollup's metadata and ownership stay its team's.
    function test_registryOwner_cannotManageRollup() public {
        _registerRollup(42, alice, "alice's");
        vm.expectRevert(abi.encodeWithSelector(NotRollupOwner.selector, uint64(42), owner));
        vm.prank(owner);
        registry.updateRollupMetadata(42, "governance's");
        vm.expectRevert(abi.encodeWithSelector(NotRollupOwner.selector, uint64(42), owner));
        vm.prank(owner);
        registry.transferRollupOwnership(42, owner);
        Rollup memory r = registry.getRollup(42);
        assertEq(r.owner, alice);
        assertEq(r.metadata, "alice's");
    }

    function test_updateRollupMetadata() public {
        _registerRollup(42, alice, "old");
        vm.expectEmit(address(registry));
        emit RollupMetadataUpdated(42, "new");
        vm.prank(alice);
        registry.updateRollupMetadata(42, "new");
        assertEq(registry.getRollup(42).metadata, "new");
    }

    function test_updateRollupMetadata_revertsWhenNotOwner() public {
        _registerRollup(42, alice, "old");
        vm.expectRevert(abi.encodeWithSelector(NotRollupOwner.selector, uint64(42), bob));
        vm.prank(bob);
        registry.updateRollupMetadata(42, "new");
    }

    function test_updateRollupMetadata_revertsWhenNotRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(RollupNotRegistered.selector, uint64(42)));
        vm.prank(alice);
        registry.updateRollupMetadata(42, "new");
    }

    function test_updateRollupMetadata_revertsWhenTooLong() public {
        _registerRollup(42, alice, "old");
        vm.expectRevert(abi.encodeWithSelector(MetadataTooLong.selector, uint256(2000), uint256(1024)));
        vm.prank(alice);
        registry.updateRollupMetadata(42, string(new bytes(2000)));
    }

    function test_transferRollupOwnership() public {
        _registerRollup(42, alice, "");
        vm.expectEmit(address(registry));
        emit RollupOwnershipTransferred(42, alice, bob);
        vm.prank(alice);
        registry.transferRollupOwnership(42, bob);
        assertEq(registry.getRollup(42).owner, bob);

        // the new owner has the rights, the old one lost them
        vm.prank(bob);
        registry.updateRollupMetadata(42, "bob's");
        vm.expectRevert(abi.encodeWithSelector(NotRollupOwner.selector, uint64(42), alice));
        vm.prank(alice);
        registry.updateRollupMetadata(42, "alice's");
    }

    function test_transferRollupOwnership_revertsOnZero() public {
        _registerRollup(42, alice, "");
        vm.expectRevert(abi.encodeWithSelector(ZeroAddress.selector));
        vm.prank(alice);
        registry.transferRollupOwnership(42, address(0));
    }

    function test_transferRollupOwnership_revertsWhenNotOwner() public {
        _registerRollup(42, alice, "");
        vm.expectRevert(abi.encodeWithSelector(NotRollupOwner.selector, uint64(42), bob));
        vm.prank(bob);
        registry.transferRollupOwnership(42, bob);
    }

    function test_transferRollupOwnership_revertsWhenNotRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(RollupNotRegistered.selector, uint64(42)));
        registry.transferRollupOwnership(42, bob);
    }

    function test_deregisterRollup() public {
        _registerRollup(1, alice, "a");
        _registerRollup(2, alice, "b");
        _registerRollup(3, alice, "c");

        vm.expectEmit(address(registry));
        emit RollupDeregistered(1);
        vm.prank(alice);
        registry.deregisterRollup(1); // first: the last ID moves into its place

        assertFalse(registry.isRollupRegistered(1));
        vm.expectRevert(abi.encodeWithSelector(RollupNotRegistered.selector, uint64(1)));
        registry.getRollup(1);
        uint64[] memory ids = registry.rollupIds();
        assertEq(ids.length, 2);
        assertEq(ids[0], 3);
        assertEq(ids[1], 2);

        vm.prank(alice);
        registry.deregisterRollup(2); // last: plain pop
        ids = registry.rollupIds();
        assertEq(ids.length, 1);
        assertEq(ids[0], 3);

        vm.prank(alice);
        registry.deregisterRollup(3);
        assertEq(registry.rollupIds().length, 0);
    }

    function test_deregisterRollup_idCanBeRegisteredAgain() public {
        _registerRollup(42, alice, "first");
        vm.prank(alice);
        registry.deregisterRollup(42);
        vm.roll(block.number + 10);
        _registerRollup(42, bob, "second");
        Rollup memory r = registry.getRollup(42);
        assertEq(r.owner, bob);
        assertEq(r.metadata, "second");
        assertEq(r.registeredAt, block.number);
        assertEq(registry.rollupIds().length, 1);
        // the old owner has no rights on the new registration
        vm.expectRevert(abi.encodeWithSelector(NotRollupOwner.selector, uint64(42), alice));
        vm.prank(alice);
        registry.deregisterRollup(42);
    }

    function test_deregisterRollup_revertsWhenNotOwner() public {
        _registerRollup(42, alice, "");
        vm.expectRevert(abi.encodeWithSelector(NotRollupOwner.selector, uint64(42), bob));
        vm.prank(bob);
        registry.deregisterRollup(42);
    }

    function test_deregisterRollup_revertsWhenNotRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(RollupNotRegistered.selector, uint64(42)));
        registry.deregisterRollup(42);
    }

    /// Governance reclaims an ID admitted by mistake or abandoned, without its owner, and can admit
    /// the real rollup to it; the old owner keeps no rights.
    function test_deregisterRollup_byRegistryOwner() public {
        _registerRollup(42, alice, "wrong team");
        vm.expectEmit(address(registry));
        emit RollupDeregistered(42);
        vm.prank(owner);
        registry.deregisterRollup(42);
        assertFalse(registry.isRollupRegistered(42));
        assertEq(registry.rollupIds().length, 0);

        _registerRollup(42, bob, "right team");
        assertEq(registry.getRollup(42).owner, bob);
        vm.expectRevert(abi.encodeWithSelector(NotRollupOwner.selector, uint64(42), alice));
        vm.prank(alice);
        registry.updateRollupMetadata(42, "alice's");
    }

    function test_deregisterRollup_byRegistryOwner_revertsWhenNotRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(RollupNotRegistered.selector, uint64(42)));
        vm.prank(owner);
        registry.deregisterRollup(42);
    }

    function test_getRollup_revertsWhenNotRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(RollupNotRegistered.selector, uint64(7)));
        registry.getRollup(7);
    }

    /// Registering then deregistering any subset keeps rollupIds() equal to the registered set.
    function testFuzz_rollupIds_matchRegisteredSet(uint8 n, uint256 removeMask) public {
        n = uint8(bound(n, 1, 40));
        for (uint64 id = 1; id <= n; ++id) {
            _registerRollup(id, alice, "");
        }
        uint256 kept = n;
        vm.startPrank(alice);
        for (uint64 id = 1; id <= n; ++id) {
            if (removeMask & (uint256(1) << id) != 0) {
                registry.deregisterRollup(id);
                --kept;
            }
        }
        vm.stopPrank();
        uint64[] memory ids = registry.rollupIds();
        assertEq(ids.length, kept);
        uint256 seen;
        for (uint256 i = 0; i < ids.length; ++i) {
            assertTrue(registry.isRollupRegistered(ids[i]));
            assertEq(removeMask & (uint256(1) << ids[i]), 0, "deregistered ID listed");
            assertEq(seen & (uint256(1) << ids[i]), 0, "ID listed twice");
            seen |= uint256(1) << ids[i];
        }
    }

    // =============================================================================================
    // submitCheckpoint
    // =============================================================================================

    function test_submitCheckpoint_storesFirst() public {
        uint64 origin = uint64(block.number - 3);
        Checkpoint memory cp = _cp(1, 1, 10, keccak256("root1"), origin, 0, bytes32(0));
        uint32 ref = uint32(block.number - 1);
        bytes32 digest = _digest(cp);

        vm.expectCall(
            address(checker),
            abi.encodeCall(FakeBLSSignatureChecker.checkSignatures, (digest, quorums, ref, _noSig()))
        );
        vm.expectEmit(address(registry));
        emit CheckpointSubmitted(
            1, 1, 10, cp.root, digest, ref, checker.recordHash(digest, ref), origin, 0, bytes32(0)
        );
        vm.prank(bob); // anyone may submit
        registry.submitCheckpoint(cp, ref, _noSig());

        assertEq(registry.latestCheckpointNumber(), 1);
        assertEq(registry.latestEndHeight(), 10);
        StoredCheckpoint memory s = registry.getCheckpoint(1);
        assertEq(s.root, cp.root);
        assertEq(s.startHeight, 1);
        assertEq(s.endHeight, 10);
        assertEq(s.referenceBlock, ref);
        assertEq(s.l1Block, block.number);
        assertEq(s.l1Origin, origin);
        assertEq(s.forcedCount, 0);
        (uint64 number, StoredCheckpoint memory latest) = registry.latestCheckpoint();
        assertEq(number, 1);
        assertEq(latest.root, cp.root);
    }

    function test_submitCheckpoint_storesSuccessor() public {
        _submitNext(10, keccak256("root1"));
        vm.roll(block.number + 5);
        Checkpoint memory cp = _submitNext(1, keccak256("root2")); // single height
        assertEq(cp.number, 2);
        assertEq(cp.startHeight, 11);
        assertEq(cp.endHeight, 11);
        assertEq(registry.latestCheckpointNumber(), 2);
        assertEq(registry.latestEndHeight(), 11);
        assertEq(registry.getCheckpoint(2).root, keccak256("root2"));
        assertEq(registry.getCheckpoint(1).root, keccak256("root1"));
    }

    function test_submitCheckpoint_revertsWhenAlreadySubmitted() public {
        _submitNext(10, keccak256("root1"));
        _submitNext(10, keccak256("root2"));
        // a second aggregator racing for checkpoint 2, and a stale one for checkpoint 1
        vm.expectRevert(abi.encodeWithSelector(CheckpointAlreadySubmitted.selector, uint64(2)));
        registry.submitCheckpoint(_cp(2, 11, 20, keccak256("other")), uint32(block.number - 1), _noSig());
        vm.expectRevert(abi.encodeWithSelector(CheckpointAlreadySubmitted.selector, uint64(1)));
        registry.submitCheckpoint(_cp(1, 1, 10, keccak256("root1")), uint32(block.number - 1), _noSig());
    }

    function test_submitCheckpoint_revertsOnNumberZero() public {
        vm.expectRevert(abi.encodeWithSelector(NonSequentialCheckpoint.selector, uint64(1), uint64(0)));
        registry.submitCheckpoint(_cp(0, 1, 10, keccak256("r")), uint32(block.number - 1), _noSig());
    }

    function test_submitCheckpoint_revertsOnGapInNumbers() public {
        _submitNext(10, keccak256("root1"));
        vm.expectRevert(abi.encodeWithSelector(NonSequentialCheckpoint.selector, uint64(2), uint64(3)));
        registry.submitCheckpoint(_cp(3, 11, 20, keccak256("r")), uint32(block.number - 1), _noSig());
    }

    function test_submitCheckpoint_revertsOnNonContiguousHeights() public {
        vm.expectRevert(abi.encodeWithSelector(NonContiguousHeights.selector, uint64(1), uint64(0)));
        registry.submitCheckpoint(_cp(1, 0, 10, keccak256("r")), uint32(block.number - 1), _noSig());

        _submitNext(10, keccak256("root1"));
        // gap
        vm.expectRevert(abi.encodeWithSelector(NonContiguousHeights.selector, uint64(11), uint64(12)));
        registry.submitCheckpoint(_cp(2, 12, 20, keccak256("r")), uint32(block.number - 1), _noSig());
        // overlap
        vm.expectRevert(abi.encodeWithSelector(NonContiguousHeights.selector, uint64(11), uint64(10)));
        registry.submitCheckpoint(_cp(2, 10, 20, keccak256("r")), uint32(block.number - 1), _noSig());
    }

    function test_submitCheckpoint_revertsOnInvalidHeightRange() public {
        _submitNext(10, keccak256("root1"));
        vm.expectRevert(abi.encodeWithSelector(InvalidHeightRange.selector, uint64(11), uint64(10)));
        registry.submitCheckpoint(_cp(2, 11, 10, keccak256("r")), uint32(block.number - 1), _noSig());
    }

    function test_submitCheckpoint_nothingFollowsTheLastHeight() public {
        registry.submitCheckpoint(_cp(1, 1, type(uint64).max, keccak256("r")), uint32(block.number - 1), _noSig());
        assertEq(registry.latestEndHeight(), type(uint64).max);
        (uint64 n,) = registry.checkpointByHeight(type(uint64).max);
        assertEq(n, 1);
        // no height after 2^64-1: the next start cannot be computed (arithmetic panic, not a wrap to 0)
        vm.expectRevert(stdError.arithmeticError);
        registry.submitCheckpoint(_cp(2, 0, 0, keccak256("r")), uint32(block.number - 1), _noSig());
    }

    function test_submitCheckpoint_revertsOnReferenceBlockNotInPast() public {
        Checkpoint memory cp = _cp(1, 1, 10, keccak256("r"));
        vm.expectRevert(abi.encodeWithSelector(ReferenceBlockNotInPast.selector, uint32(block.number), block.number));
        registry.submitCheckpoint(cp, uint32(block.number), _noSig());
        vm.expectRevert(
            abi.encodeWithSelector(ReferenceBlockNotInPast.selector, uint32(block.number + 7), block.number)
        );
        registry.submitCheckpoint(cp, uint32(block.number + 7), _noSig());
    }

    function test_submitCheckpoint_referenceBlockAgeBoundary() public {
        Checkpoint memory cp = _cp(1, 1, 10, keccak256("r"));
        uint32 oldest = uint32(block.number - MAX_REFERENCE_AGE);
        vm.expectRevert(abi.encodeWithSelector(StaleReferenceBlock.selector, oldest - 1, oldest));
        registry.submitCheckpoint(cp, oldest - 1, _noSig());
        registry.submitCheckpoint(cp, oldest, _noSig());
        assertEq(registry.getCheckpoint(1).referenceBlock, oldest);
    }

    function test_submitCheckpoint_referenceAgeSaturatesEarlyInChain() public {
        vm.roll(10); // block.number < maxReferenceAge: any past block is recent enough
        registry.submitCheckpoint(_cp(1, 1, 10, keccak256("r")), 0, _noSig());
        assertEq(registry.getCheckpoint(1).referenceBlock, 0);
    }

    function test_submitCheckpoint_revertsBeforeMinReferenceBlock() public {
        vm.prank(address(slasher));
        registry.raiseMinReferenceBlock(uint32(block.number - 10));
        uint32 minRef = uint32(block.number - 10);
        Checkpoint memory cp = _cp(1, 1, 10, keccak256("r"));
        // within maxReferenceAge, but before the ejection
        vm.expectRevert(abi.encodeWithSelector(StaleReferenceBlock.selector, minRef - 1, minRef));
        registry.submitCheckpoint(cp, minRef - 1, _noSig());
        registry.submitCheckpoint(cp, minRef, _noSig());
    }

    function test_submitCheckpoint_bubblesUpCheckerError() public {
        checker.setRevertSignatures(true);
        vm.expectRevert(abi.encodeWithSelector(FakeBLSSignatureChecker.InvalidBLSSignature.selector));
        registry.submitCheckpoint(_cp(1, 1, 10, keccak256("r")), uint32(block.number - 1), _noSig());
    }

    function test_submitCheckpoint_revertsOnInsufficientStakeInAnyQuorum() public {
        Checkpoint memory cp = _cp(1, 1, 10, keccak256("r"));
        uint32 ref = uint32(block.number - 1);
        // quorum 0 fine, quorum 1 short: 6666 of 10000 < 66.67%
        _setStakes(10_000, 10_000, 6666, 10_000);
        vm.expectRevert(
            abi.encodeWithSelector(
                InsufficientSignedStake.selector, uint8(1), uint96(6666), uint96(10_000), THRESHOLD_BIPS
            )
        );
        registry.submitCheckpoint(cp, ref, _noSig());
        // quorum 0 short
        _setStakes(1, 10_000, 10_000, 10_000);
        vm.expectRevert(
            abi.encodeWithSelector(InsufficientSignedStake.selector, uint8(0), uint96(1), uint96(10_000), THRESHOLD_BIPS)
        );
        registry.submitCheckpoint(cp, ref, _noSig());
        // exactly at the threshold passes
        _setStakes(6667, 10_000, 6667, 10_000);
        registry.submitCheckpoint(cp, ref, _noSig());
    }

    function test_submitCheckpoint_revertsOnZeroTotalStake() public {
        _setStakes(0, 0, 10, 10);
        vm.expectRevert(
            abi.encodeWithSelector(InsufficientSignedStake.selector, uint8(0), uint96(0), uint96(0), THRESHOLD_BIPS)
        );
        registry.submitCheckpoint(_cp(1, 1, 10, keccak256("r")), uint32(block.number - 1), _noSig());
    }

    function test_submitCheckpoint_usesCurrentThreshold() public {
        _setStakes(9000, 10_000, 9000, 10_000);
        vm.prank(owner);
        registry.setThresholdBips(9500);
        vm.expectRevert(
            abi.encodeWithSelector(InsufficientSignedStake.selector, uint8(0), uint96(9000), uint96(10_000), uint16(9500))
        );
        registry.submitCheckpoint(_cp(1, 1, 10, keccak256("r")), uint32(block.number - 1), _noSig());
    }

    function test_submitCheckpoint_noOverflowAtMaxStake() public {
        uint96 max = type(uint96).max;
        _setStakes(max, max, max, max);
        registry.submitCheckpoint(_cp(1, 1, 10, keccak256("r")), uint32(block.number - 1), _noSig());
        assertEq(registry.latestCheckpointNumber(), 1);
    }

    /// Signed stake exactly at ceil(total * bips / 10000) passes; one less fails.
    function testFuzz_submitCheckpoint_thresholdBoundary(uint96 total, uint16 bips) public {
        total = uint96(bound(total, 1, type(uint96).max));
        bips = uint16(bound(bips, 5001, 10_000));
        vm.prank(owner);
        registry.setThresholdBips(bips);
        uint96 minSigned = uint96((uint256(total) * bips + 9999) / 10_000);
        Checkpoint memory cp = _cp(1, 1, 1, keccak256("r"));
        uint32 ref = uint32(block.number - 1);

        _setStakes(total, total, minSigned - 1, total);
        vm.expectRevert(
            abi.encodeWithSelector(InsufficientSignedStake.selector, uint8(1), minSigned - 1, total, bips)
        );
        registry.submitCheckpoint(cp, ref, _noSig());

        _setStakes(minSigned, total, minSigned, total);
        registry.submitCheckpoint(cp, ref, _noSig());
        assertEq(registry.latestCheckpointNumber(), 1);
    }

    /// Any sequence of contiguous ranges is accepted; any other start is refused.
    function testFuzz_submitCheckpoint_heightRanges(uint64[8] memory lens, uint64 badStart) public {
        uint64 end = 0;
        for (uint256 i = 0; i < lens.length; ++i) {
            uint64 len = uint64(bound(lens[i], 1, 1_000_000));
            // forge-lint: disable-next-line(unsafe-typecast)
            uint64 number = uint64(i + 1);
            if (badStart != end + 1) {
                vm.expectRevert(abi.encodeWithSelector(NonContiguousHeights.selector, end + 1, badStart));
                registry.submitCheckpoint(_cp(number, badStart, badStart, bytes32(i)), uint32(block.number - 1), _noSig());
            }
            registry.submitCheckpoint(_cp(number, end + 1, end + len, bytes32(i)), uint32(block.number - 1), _noSig());
            end += len;
            assertEq(registry.latestEndHeight(), end);
            assertEq(registry.latestCheckpointNumber(), number);
        }
    }

    /// The reference block is accepted iff max(block - maxAge, minReferenceBlock) <= ref < block.
    function testFuzz_submitCheckpoint_referenceWindow(uint32 blockNumber, uint32 maxAge, uint32 minRef, uint32 ref)
        public
    {
        blockNumber = uint32(bound(blockNumber, 1, type(uint32).max));
        maxAge = uint32(bound(maxAge, 1, type(uint32).max));
        vm.roll(blockNumber);
        vm.prank(owner);
        registry.setMaxReferenceAge(maxAge);
        vm.prank(address(slasher));
        registry.raiseMinReferenceBlock(minRef);

        uint256 oldest = blockNumber > maxAge ? blockNumber - maxAge : 0;
        if (oldest < minRef) oldest = minRef;
        Checkpoint memory cp = _cp(1, 1, 1, keccak256("r"));
        if (ref >= blockNumber) {
            vm.expectRevert(abi.encodeWithSelector(ReferenceBlockNotInPast.selector, ref, uint256(blockNumber)));
        } else if (ref < oldest) {
            // forge-lint: disable-next-line(unsafe-typecast)
            vm.expectRevert(abi.encodeWithSelector(StaleReferenceBlock.selector, ref, uint32(oldest)));
        }
        registry.submitCheckpoint(cp, ref, _noSig());
        if (ref < blockNumber && ref >= oldest) assertEq(registry.latestCheckpointNumber(), 1);
    }

    // =============================================================================================
    // L1 origin and forced inclusion
    // =============================================================================================

    /// @dev The next checkpoint (one height) with the given L1 origin and forced cursor.
    function _next(uint64 l1Origin, uint64 forcedCount, bytes32 forcedAcc) internal view returns (Checkpoint memory) {
        uint64 start = registry.latestEndHeight() + 1;
        return _cp(registry.latestCheckpointNumber() + 1, start, start, keccak256(abi.encode(start)), l1Origin, forcedCount, forcedAcc);
    }

    function _submit(Checkpoint memory cp) internal {
        registry.submitCheckpoint(cp, uint32(block.number - 1), _noSig());
    }

    /// @dev Takes the checkpoint already built, so expectRevert applies to the submission and not
    ///      to the view calls that build it.
    function _submitReverts(Checkpoint memory cp, bytes memory err) internal {
        vm.expectRevert(err);
        _submit(cp);
    }

    /// @dev The next checkpoint including the first `forcedCount` entries, with the inbox's accumulator.
    function _nextForced(uint64 l1Origin, uint64 forcedCount) internal view returns (Checkpoint memory) {
        return _next(l1Origin, forcedCount, inbox.accumulatorAt(forcedCount));
    }

    function test_setForcedInclusionInbox() public {
        vm.expectEmit(address(registry));
        emit ForcedInclusionInboxSet(alice);
        vm.prank(owner);
        registry.setForcedInclusionInbox(alice);
        assertEq(registry.forcedInclusionInbox(), alice);
    }

    function test_setForcedInclusionInbox_reverts() public {
        vm.expectRevert(bytes(NOT_OWNER));
        vm.prank(alice);
        registry.setForcedInclusionInbox(alice);
        vm.startPrank(owner);
        vm.expectRevert(abi.encodeWithSelector(ZeroAddress.selector));
        registry.setForcedInclusionInbox(address(0));
        registry.setForcedInclusionInbox(alice);
        vm.expectRevert(abi.encodeWithSelector(ForcedInclusionInboxAlreadySet.selector));
        registry.setForcedInclusionInbox(bob);
        vm.stopPrank();
    }

    function test_setForcedInclusionDelay() public {
        vm.expectEmit(address(registry));
        emit ForcedInclusionDelayUpdated(16, 100);
        vm.prank(owner);
        registry.setForcedInclusionDelay(100);
        assertEq(registry.forcedInclusionDelay(), 100);
    }

    function test_setForcedInclusionDelay_reverts() public {
        vm.expectRevert(bytes(NOT_OWNER));
        vm.prank(alice);
        registry.setForcedInclusionDelay(100);
        vm.expectRevert(abi.encodeWithSelector(InvalidForcedInclusionDelay.selector));
        vm.prank(owner);
        registry.setForcedInclusionDelay(0);
    }

    function test_setMaxForcedPerCheckpoint() public {
        vm.expectEmit(address(registry));
        emit MaxForcedPerCheckpointUpdated(16, 8);
        vm.prank(owner);
        registry.setMaxForcedPerCheckpoint(8);
        assertEq(registry.maxForcedPerCheckpoint(), 8);
    }

    function test_setMaxForcedPerCheckpoint_reverts() public {
        vm.expectRevert(bytes(NOT_OWNER));
        vm.prank(alice);
        registry.setMaxForcedPerCheckpoint(8);
        vm.expectRevert(abi.encodeWithSelector(InvalidMaxForcedPerCheckpoint.selector));
        vm.prank(owner);
        registry.setMaxForcedPerCheckpoint(0);
    }

    function test_submitCheckpoint_revertsOnL1OriginNotInPast() public {
        uint64 current = uint64(block.number);
        _submitReverts(
            _next(current, 0, bytes32(0)),
            abi.encodeWithSelector(L1OriginNotInPast.selector, current, block.number)
        );
        _submitReverts(
            _next(current + 5, 0, bytes32(0)),
            abi.encodeWithSelector(L1OriginNotInPast.selector, current + 5, block.number)
        );
        _submit(_next(current - 1, 0, bytes32(0)));
        assertEq(registry.getCheckpoint(1).l1Origin, current - 1);
    }

    function test_submitCheckpoint_revertsOnL1OriginBackwards() public {
        _submit(_next(990, 0, bytes32(0)));
        _submitReverts(
            _next(989, 0, bytes32(0)),
            abi.encodeWithSelector(L1OriginBackwards.selector, uint64(990), uint64(989))
        );
        // the same origin again is fine (several checkpoints per L1 block)
        _submit(_next(990, 0, bytes32(0)));
        _submit(_next(995, 0, bytes32(0)));
        assertEq(registry.getCheckpoint(3).l1Origin, 995);
    }

    function test_submitCheckpoint_withoutInboxRequiresEmptyCursor() public {
        _submitReverts(
            _next(990, 1, bytes32(0)),
            abi.encodeWithSelector(ForcedCursorBeyondQueue.selector, uint64(1), uint64(0))
        );
        _submitReverts(
            _next(990, 0, keccak256("acc")),
            abi.encodeWithSelector(ForcedAccumulatorMismatch.selector, bytes32(0), keccak256("acc"))
        );
        _submit(_next(990, 0, bytes32(0)));
        assertEq(registry.latestForcedCount(), 0);
    }

    function test_submitCheckpoint_storesForcedCursor() public {
        _deployInbox();
        _force(hex"01");
        _force(hex"02");
        vm.roll(block.number + 1);
        uint64 origin = uint64(block.number - 1);
        Checkpoint memory cp = _nextForced(origin, 2);
        bytes32 digest = _digest(cp);
        // An anvil block number fits the reference block's uint32.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint32 refBlock = uint32(origin);
        vm.expectEmit(address(registry));
        emit CheckpointSubmitted(
            1, 1, 1, cp.root, digest, refBlock, checker.recordHash(digest, refBlock), origin, 2, cp.forcedAcc
        );
        _submit(cp);
        StoredCheckpoint memory s = registry.getCheckpoint(1);
        assertEq(s.l1Origin, origin);
        assertEq(s.forcedCount, 2);
        assertEq(registry.latestForcedCount(), 2);
        // a checkpoint may include nothing new
        _submit(_nextForced(origin, 2));
        assertEq(registry.latestForcedCount(), 2);
    }

    function test_submitCheckpoint_revertsOnForcedCursorBackwards() public {
        _deployInbox();
        _force(hex"01");
        _force(hex"02");
        vm.roll(block.number + 1);
        uint64 origin = uint64(block.number - 1);
        _submit(_nextForced(origin, 2));
        _submitReverts(
            _nextForced(origin, 1),
            abi.encodeWithSelector(ForcedCursorBackwards.selector, uint64(2), uint64(1))
        );
    }

    function test_submitCheckpoint_revertsOnForcedCursorBeyondQueue() public {
        _deployInbox();
        _force(hex"01");
        vm.roll(block.number + 1);
        _submitReverts(
            _next(uint64(block.number - 1), 2, keccak256("acc")),
            abi.encodeWithSelector(ForcedCursorBeyondQueue.selector, uint64(2), uint64(1))
        );
    }

    function test_submitCheckpoint_revertsOnForcedAccumulatorMismatch() public {
        _deployInbox();
        _force(hex"01");
        _force(hex"02");
        vm.roll(block.number + 1);
        uint64 origin = uint64(block.number - 1);
        bytes32 acc1 = inbox.accumulatorAt(1);
        bytes32 acc2 = inbox.accumulatorAt(2);
        // the accumulator of another prefix
        _submitReverts(_next(origin, 2, acc1), abi.encodeWithSelector(ForcedAccumulatorMismatch.selector, acc2, acc1));
        // a nonzero accumulator for no entries
        _submitReverts(
            _next(origin, 0, acc1),
            abi.encodeWithSelector(ForcedAccumulatorMismatch.selector, bytes32(0), acc1)
        );
        _submit(_next(origin, 2, acc2));
    }

    function test_submitCheckpoint_revertsOnForcedEntryNotVisible() public {
        _deployInbox();
        vm.roll(block.number + 10);
        uint64 queuedAt = uint64(block.number);
        _force(hex"01");
        vm.roll(block.number + 1);
        // an L1 origin one block before the entry was queued cannot have seen it
        _submitReverts(
            _nextForced(queuedAt - 1, 1),
            abi.encodeWithSelector(ForcedEntryNotVisible.selector, uint64(0), queuedAt, queuedAt - 1)
        );
        _submit(_nextForced(queuedAt - 1, 0));
        _submit(_nextForced(queuedAt, 1));
        assertEq(registry.latestForcedCount(), 1);
    }

    function test_submitCheckpoint_revertsOnForcedEntryOverdue() public {
        _deployInbox();
        uint64 delay = registry.forcedInclusionDelay();
        uint64 queuedAt = uint64(block.number);
        _force(hex"01");
        _force(hex"02");
        vm.roll(block.number + delay + 10);
        // exactly `delay` blocks later the entry may still be left out
        _submit(_nextForced(queuedAt + delay, 0));
        // one more and it must be included
        _submitReverts(
            _nextForced(queuedAt + delay + 1, 0),
            abi.encodeWithSelector(ForcedEntryOverdue.selector, uint64(0), queuedAt, queuedAt + delay + 1)
        );
        // including only the first leaves the second overdue
        _submitReverts(
            _nextForced(queuedAt + delay + 1, 1),
            abi.encodeWithSelector(ForcedEntryOverdue.selector, uint64(1), queuedAt, queuedAt + delay + 1)
        );
        _submit(_nextForced(queuedAt + delay + 1, 2));
    }

    /// @dev A new delay applies to entries queued after it: each keeps the deadline it was
    ///      queued with, as the rollups' derivation from L1 does.
    function test_submitCheckpoint_overdueFollowsEachEntrysDeadline() public {
        _deployInbox();
        uint64 delay = registry.forcedInclusionDelay();
        uint64 first = uint64(block.number);
        _force(hex"01");
        vm.prank(owner);
        registry.setForcedInclusionDelay(40);
        vm.roll(block.number + 1);
        uint64 second = uint64(block.number);
        _force(hex"02");
        assertEq(inbox.entry(0).deadline, first + delay);
        assertEq(inbox.entry(1).deadline, second + 40);
        vm.roll(block.number + 60);
        _submitReverts(
            _nextForced(first + delay + 1, 0),
            abi.encodeWithSelector(ForcedEntryOverdue.selector, uint64(0), first, first + delay + 1)
        );
        _submitReverts(
            _nextForced(second + 41, 1),
            abi.encodeWithSelector(ForcedEntryOverdue.selector, uint64(1), second, second + 41)
        );
        _submit(_nextForced(second + 40, 1));
    }

    function test_submitCheckpoint_includingMaxForcedIsExempt() public {
        _deployInbox();
        vm.prank(owner);
        registry.setMaxForcedPerCheckpoint(2);
        uint64 queuedAt = uint64(block.number);
        for (uint256 i = 0; i < 5; ++i) {
            _force(abi.encode(i));
        }
        vm.roll(block.number + 100);
        uint64 late = uint64(block.number - 1);
        // one entry is not enough: the second is overdue
        _submitReverts(
            _nextForced(late, 1),
            abi.encodeWithSelector(ForcedEntryOverdue.selector, uint64(1), queuedAt, late)
        );
        // M entries are, although entries 2..4 are overdue too
        _submit(_nextForced(late, 2));
        // the exemption counts only entries new in this checkpoint: 1 more is not enough
        _submitReverts(
            _nextForced(late, 3),
            abi.encodeWithSelector(ForcedEntryOverdue.selector, uint64(3), queuedAt, late)
        );
        // more than M is fine too
        _submit(_nextForced(late, 5));
        assertEq(registry.latestForcedCount(), 5);
    }

    function test_submitCheckpoint_entryQueuedAfterOriginIsNotOverdue() public {
        _deployInbox();
        vm.roll(block.number + 100);
        uint64 queuedAt = uint64(block.number);
        _force(hex"01");
        vm.roll(block.number + 1);
        // an old L1 origin (before the entry) leaves it out without being overdue
        _submit(_nextForced(queuedAt - 50, 0));
        assertEq(registry.latestCheckpointNumber(), 1);
    }

    /// Whatever the queue timing, the cursor and the L1 origin, the registry accepts exactly what the
    /// rules allow.
    function testFuzz_submitCheckpoint_forcedRules(uint8[6] memory gaps, uint64 forcedCount, uint64 l1Origin, uint16 maxForced)
        public
    {
        _deployInbox();
        maxForced = uint16(bound(maxForced, 1, 4));
        vm.prank(owner);
        registry.setMaxForcedPerCheckpoint(maxForced);
        uint64[6] memory queuedAt;
        for (uint256 i = 0; i < gaps.length; ++i) {
            vm.roll(block.number + gaps[i] % 20);
            queuedAt[i] = uint64(block.number);
            _force(abi.encode(i));
        }
        vm.roll(block.number + 1);
        forcedCount = uint64(bound(forcedCount, 0, gaps.length));
        l1Origin = uint64(bound(l1Origin, 0, block.number - 1));
        uint64 delay = registry.forcedInclusionDelay();

        bytes memory err;
        if (forcedCount > 0 && queuedAt[forcedCount - 1] > l1Origin) {
            err = abi.encodeWithSelector(ForcedEntryNotVisible.selector, forcedCount - 1, queuedAt[forcedCount - 1], l1Origin);
        } else if (forcedCount < gaps.length && forcedCount < maxForced && queuedAt[forcedCount] + delay < l1Origin) {
            err = abi.encodeWithSelector(ForcedEntryOverdue.selector, forcedCount, queuedAt[forcedCount], l1Origin);
        }
        Checkpoint memory cp = _nextForced(l1Origin, forcedCount);
        if (err.length != 0) vm.expectRevert(err);
        _submit(cp);
        if (err.length == 0) assertEq(registry.latestForcedCount(), forcedCount);
    }

    // =============================================================================================
    // views
    // =============================================================================================

    function test_checkpointDigest_matchesLibraryAndBindsDeployment() public {
        Checkpoint memory cp = _cp(3, 21, 30, keccak256("r"), 900, 4, keccak256("acc"));
        bytes32 d = registry.checkpointDigest(cp);
        assertEq(d, LockstepProofs.checkpointDigest(block.chainid, address(registry), cp));
        assertEq(
            d,
            keccak256(
                abi.encode(
                    keccak256("Lockstep.Checkpoint.v2"),
                    block.chainid,
                    address(registry),
                    uint64(3),
                    uint64(21),
                    uint64(30),
                    cp.root,
                    uint64(900),
                    uint64(4),
                    keccak256("acc")
                )
            )
        );
        // every new field is signed
        assertNotEq(registry.checkpointDigest(_cp(3, 21, 30, cp.root, 901, 4, cp.forcedAcc)), d, "l1Origin not bound");
        assertNotEq(registry.checkpointDigest(_cp(3, 21, 30, cp.root, 900, 5, cp.forcedAcc)), d, "forcedCount not bound");
        assertNotEq(registry.checkpointDigest(_cp(3, 21, 30, cp.root, 900, 4, bytes32(0))), d, "forcedAcc not bound");
        CheckpointRegistry other = new CheckpointRegistry(checker, quorums, THRESHOLD_BIPS, MAX_REFERENCE_AGE, owner);
        assertNotEq(other.checkpointDigest(cp), d, "registry address not bound");
        vm.chainId(block.chainid + 1);
        assertNotEq(registry.checkpointDigest(cp), d, "chain ID not bound");
    }

    function test_latestCheckpoint_revertsWhenEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(CheckpointNotFound.selector, uint64(0)));
        registry.latestCheckpoint();
    }

    function test_getCheckpoint_revertsWhenNotStored() public {
        vm.expectRevert(abi.encodeWithSelector(CheckpointNotFound.selector, uint64(0)));
        registry.getCheckpoint(0);
        vm.expectRevert(abi.encodeWithSelector(CheckpointNotFound.selector, uint64(1)));
        registry.getCheckpoint(1);
        _submitNext(5, keccak256("r"));
        vm.expectRevert(abi.encodeWithSelector(CheckpointNotFound.selector, uint64(2)));
        registry.getCheckpoint(2);
    }

    function test_checkpointByHeight() public {
        _submitNext(10, keccak256("1")); // 1..10
        _submitNext(1, keccak256("2")); // 11
        _submitNext(5, keccak256("3")); // 12..16
        uint64[7] memory heights = [uint64(1), 5, 10, 11, 12, 15, 16];
        uint64[7] memory numbers = [uint64(1), 1, 1, 2, 3, 3, 3];
        for (uint256 i = 0; i < heights.length; ++i) {
            (uint64 n, StoredCheckpoint memory s) = registry.checkpointByHeight(heights[i]);
            assertEq(n, numbers[i]);
            assertLe(s.startHeight, heights[i]);
            assertGe(s.endHeight, heights[i]);
        }
    }

    function test_checkpointByHeight_revertsWhenNotCovered() public {
        vm.expectRevert(abi.encodeWithSelector(HeightNotCheckpointed.selector, uint64(1)));
        registry.checkpointByHeight(1);
        _submitNext(10, keccak256("1"));
        vm.expectRevert(abi.encodeWithSelector(HeightNotCheckpointed.selector, uint64(0)));
        registry.checkpointByHeight(0);
        vm.expectRevert(abi.encodeWithSelector(HeightNotCheckpointed.selector, uint64(11)));
        registry.checkpointByHeight(11);
    }

    /// The binary search finds the unique checkpoint covering any checkpointed height.
    function testFuzz_checkpointByHeight(uint64[12] memory lens, uint64 height) public {
        for (uint256 i = 0; i < lens.length; ++i) {
            _submitNext(uint64(bound(lens[i], 1, 1000)), bytes32(i));
        }
        height = uint64(bound(height, 1, registry.latestEndHeight()));
        (uint64 n, StoredCheckpoint memory s) = registry.checkpointByHeight(height);
        assertLe(s.startHeight, height);
        assertGe(s.endHeight, height);
        assertEq(s.root, bytes32(uint256(n - 1)));
    }

    // =============================================================================================
    // raiseMinReferenceBlock
    // =============================================================================================

    function test_raiseMinReferenceBlock() public {
        vm.expectEmit(address(registry));
        emit MinReferenceBlockRaised(900);
        vm.prank(address(slasher));
        registry.raiseMinReferenceBlock(900);
        assertEq(registry.minReferenceBlock(), 900);
    }

    function test_raiseMinReferenceBlock_neverLowers() public {
        vm.startPrank(address(slasher));
        registry.raiseMinReferenceBlock(900);
        vm.recordLogs();
        registry.raiseMinReferenceBlock(900);
        registry.raiseMinReferenceBlock(899);
        vm.stopPrank();
        assertEq(vm.getRecordedLogs().length, 0, "no event for a non-raise");
        assertEq(registry.minReferenceBlock(), 900);
    }

    function test_raiseMinReferenceBlock_revertsWhenNotSlasher() public {
        vm.expectRevert(abi.encodeWithSelector(OnlySlasher.selector, owner));
        vm.prank(owner);
        registry.raiseMinReferenceBlock(900);
    }

    function test_raiseMinReferenceBlock_revertsWhileSlasherUnset() public {
        CheckpointRegistry r = new CheckpointRegistry(checker, quorums, THRESHOLD_BIPS, MAX_REFERENCE_AGE, owner);
        vm.expectRevert(abi.encodeWithSelector(OnlySlasher.selector, address(this)));
        r.raiseMinReferenceBlock(900);
    }
}
