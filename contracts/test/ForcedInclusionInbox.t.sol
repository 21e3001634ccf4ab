// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {ForcedInclusionInbox} from "../src/ForcedInclusionInbox.sol";
import {ICheckpointRegistry} from "../src/interfaces/ICheckpointRegistry.sol";
import {
    IForcedInclusionInboxErrors,
    IForcedInclusionInboxEvents,
    IForcedInclusionInboxTypes
} from "../src/interfaces/IForcedInclusionInbox.sol";
import {LockstepProofs} from "../src/libraries/LockstepProofs.sol";

import {LockstepTestBase} from "./Base.t.sol";

/// @dev A fee recipient that refuses ether.
contract RejectingRecipient {
    receive() external payable {
        revert("no");
    }
}

contract ForcedInclusionInboxTest is
    LockstepTestBase,
    IForcedInclusionInboxErrors,
    IForcedInclusionInboxEvents,
    IForcedInclusionInboxTypes
{
    string internal constant NOT_OWNER = "Ownable: caller is not the owner";

    /// @dev Storage slot of ForcedInclusionInbox._config (after Ownable2Step's two); `count` is
    ///      its lowest 64 bits.
    bytes32 internal constant CONFIG_SLOT = bytes32(uint256(2));

    function setUp() public override {
        super.setUp();
        _deployInbox();
    }

    /// @dev Pretends `n` entries were queued (fee and QueueFull only look at the count).
    function _setCount(uint64 n) internal {
        uint256 word = uint256(vm.load(address(inbox), CONFIG_SLOT));
        word = (word & ~uint256(type(uint64).max)) | n;
        vm.store(address(inbox), CONFIG_SLOT, bytes32(word));
        assertEq(inbox.count(), n);
    }

    /// @dev Stores the next checkpoint (one height) including the first `forcedCount` entries.
    function _checkpointThrough(uint64 forcedCount) internal {
        uint64 start = registry.latestEndHeight() + 1;
        Checkpoint memory cp = _cp(
            registry.latestCheckpointNumber() + 1,
            start,
            start,
            keccak256(abi.encode(start)),
            uint64(block.number - 1),
            forcedCount,
            inbox.accumulatorAt(forcedCount)
        );
        registry.submitCheckpoint(cp, uint32(block.number - 1), _noSig());
    }

    // =============================================================================================
    // constructor
    // =============================================================================================

    function test_constructor_setsConfig() public view {
        assertEq(address(inbox.registry()), address(registry));
        assertEq(inbox.baseFee(), BASE_FEE);
        assertEq(inbox.maxPayloadBytes(), MAX_PAYLOAD_BYTES);
        assertEq(inbox.feeDoublingQueue(), FEE_DOUBLING_QUEUE);
        assertEq(inbox.feeRecipient(), feeRecipient);
        assertEq(inbox.owner(), owner);
        assertEq(inbox.count(), 0);
        assertEq(inbox.accumulatorAt(0), bytes32(0));
        assertEq(inbox.fee(), BASE_FEE);
        assertEq(inbox.MAX_PAYLOAD_BYTES_CAP(), 128 * 1024);
        assertEq(inbox.MAX_ENTRIES(), type(uint32).max);
    }

    function test_constructor_revertsOnZeroAddresses() public {
        vm.expectRevert(abi.encodeWithSelector(ZeroAddress.selector));
        new ForcedInclusionInbox(ICheckpointRegistry(address(0)), BASE_FEE, MAX_PAYLOAD_BYTES, FEE_DOUBLING_QUEUE, feeRecipient, owner);
        vm.expectRevert(abi.encodeWithSelector(ZeroAddress.selector));
        new ForcedInclusionInbox(registry, BASE_FEE, MAX_PAYLOAD_BYTES, FEE_DOUBLING_QUEUE, address(0), owner);
        vm.expectRevert(abi.encodeWithSelector(ZeroAddress.selector));
        new ForcedInclusionInbox(registry, BASE_FEE, MAX_PAYLOAD_BYTES, FEE_DOUBLING_QUEUE, feeRecipient, address(0));
    }

    function test_constructor_revertsOnInvalidMaxPayloadBytes() public {
        uint32 cap = 128 * 1024;
        vm.expectRevert(abi.encodeWithSelector(InvalidMaxPayloadBytes.selector, uint32(0), cap));
        new ForcedInclusionInbox(registry, BASE_FEE, 0, FEE_DOUBLING_QUEUE, feeRecipient, owner);
        vm.expectRevert(abi.encodeWithSelector(InvalidMaxPayloadBytes.selector, cap + 1, cap));
        new ForcedInclusionInbox(registry, BASE_FEE, cap + 1, FEE_DOUBLING_QUEUE, feeRecipient, owner);
        assertEq(new ForcedInclusionInbox(registry, BASE_FEE, cap, FEE_DOUBLING_QUEUE, feeRecipient, owner).maxPayloadBytes(), cap);
    }

    function test_constructor_revertsOnZeroFeeDoublingQueue() public {
        vm.expectRevert(abi.encodeWithSelector(InvalidFeeDoublingQueue.selector));
        new ForcedInclusionInbox(registry, BASE_FEE, MAX_PAYLOAD_BYTES, 0, feeRecipient, owner);
    }

    function test_constructor_revertsOnBaseFeeTooHigh() public {
        uint256 tooHigh = uint256(type(uint128).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(BaseFeeTooHigh.selector, tooHigh));
        new ForcedInclusionInbox(registry, tooHigh, MAX_PAYLOAD_BYTES, FEE_DOUBLING_QUEUE, feeRecipient, owner);
        ForcedInclusionInbox max =
            new ForcedInclusionInbox(registry, type(uint128).max, MAX_PAYLOAD_BYTES, FEE_DOUBLING_QUEUE, feeRecipient, owner);
        assertEq(max.baseFee(), type(uint128).max);
    }

    // =============================================================================================
    // forceInclude
    // =============================================================================================

    function test_forceInclude_storesEntryAndEmits() public {
        bytes memory payload = hex"02f86c0180";
        bytes32 payloadHash = keccak256(payload);
        bytes32 acc = LockstepProofs.forcedAcc(bytes32(0), ROLLUP_ID, payloadHash, uint64(block.number));
        vm.deal(alice, BASE_FEE);
        vm.expectEmit(address(inbox));
        uint64 deadline = uint64(block.number) + registry.forcedInclusionDelay();
        emit ForcedInclusionQueued(0, ROLLUP_ID, uint64(block.number), deadline, payloadHash, acc, payload);
        vm.prank(alice);
        uint64 index = inbox.forceInclude{value: BASE_FEE}(ROLLUP_ID, payload);

        assertEq(index, 0);
        assertEq(inbox.count(), 1);
        assertEq(inbox.accumulatorAt(1), acc);
        Entry memory e = inbox.entry(0);
        assertEq(e.acc, acc);
        assertEq(e.l1Block, block.number);
        assertEq(e.rollupId, ROLLUP_ID);
        assertEq(e.deadline, deadline);
        assertEq(address(inbox).balance, BASE_FEE);
    }

    function test_forceInclude_accumulatorChainsEntries() public {
        _registerRollup(7, owner, "");
        bytes32 acc;
        for (uint64 i = 0; i < 5; ++i) {
            uint64 rollup = i % 2 == 0 ? ROLLUP_ID : 7;
            bytes memory payload = abi.encode("tx", i);
            uint256 f = inbox.fee();
            vm.deal(bob, f);
            vm.prank(bob);
            assertEq(inbox.forceInclude{value: f}(rollup, payload), i);
            acc = LockstepProofs.forcedAcc(acc, rollup, keccak256(payload), uint64(block.number));
            assertEq(inbox.accumulatorAt(i + 1), acc);
            assertEq(inbox.entry(i).acc, acc);
            assertEq(inbox.entry(i).rollupId, rollup);
            vm.roll(block.number + i); // some entries share a block
        }
        assertEq(inbox.count(), 5);
    }

    function test_forceInclude_keepsExcessFee() public {
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        inbox.forceInclude{value: 1 ether}(ROLLUP_ID, hex"01");
        assertEq(address(inbox).balance, 1 ether);
        assertEq(alice.balance, 0);
    }

    function test_forceInclude_revertsOnEmptyPayload() public {
        vm.expectRevert(abi.encodeWithSelector(EmptyPayload.selector));
        inbox.forceInclude{value: BASE_FEE}(ROLLUP_ID, "");
    }

    function test_forceInclude_revertsOnPayloadTooLarge() public {
        vm.prank(owner);
        inbox.setMaxPayloadBytes(100);
        vm.deal(address(this), BASE_FEE);
        vm.expectRevert(abi.encodeWithSelector(PayloadTooLarge.selector, uint256(101), uint256(100)));
        inbox.forceInclude{value: BASE_FEE}(ROLLUP_ID, new bytes(101));
        inbox.forceInclude{value: BASE_FEE}(ROLLUP_ID, new bytes(100));
        assertEq(inbox.count(), 1);
    }

    function test_forceInclude_revertsWhenRollupNotRegistered() public {
        vm.deal(address(this), BASE_FEE);
        vm.expectRevert(abi.encodeWithSelector(RollupNotRegistered.selector, uint64(43)));
        inbox.forceInclude{value: BASE_FEE}(43, hex"01");
        // deregistered rollups are refused too
        vm.prank(owner);
        registry.deregisterRollup(ROLLUP_ID);
        vm.expectRevert(abi.encodeWithSelector(RollupNotRegistered.selector, ROLLUP_ID));
        inbox.forceInclude{value: BASE_FEE}(ROLLUP_ID, hex"01");
    }

    function test_forceInclude_revertsOnInsufficientFee() public {
        vm.deal(address(this), BASE_FEE);
        vm.expectRevert(abi.encodeWithSelector(InsufficientFee.selector, BASE_FEE, BASE_FEE - 1));
        inbox.forceInclude{value: BASE_FEE - 1}(ROLLUP_ID, hex"01");
        vm.expectRevert(abi.encodeWithSelector(InsufficientFee.selector, BASE_FEE, uint256(0)));
        inbox.forceInclude(ROLLUP_ID, hex"01");
    }

    function test_forceInclude_revertsWhenQueueFull() public {
        _setCount(type(uint32).max);
        vm.prank(owner);
        inbox.setBaseFee(0);
        vm.expectRevert(abi.encodeWithSelector(QueueFull.selector));
        inbox.forceInclude(ROLLUP_ID, hex"01");
        _setCount(type(uint32).max - 1);
        assertEq(inbox.forceInclude(ROLLUP_ID, hex"01"), type(uint32).max - 1);
        assertEq(inbox.count(), type(uint32).max);
    }

    // =============================================================================================
    // fee
    // =============================================================================================

    function test_fee_doublesPerPendingQueue() public {
        vm.prank(owner);
        inbox.setFeeDoublingQueue(2);
        uint256[7] memory want = [BASE_FEE, BASE_FEE, 2 * BASE_FEE, 2 * BASE_FEE, 4 * BASE_FEE, 4 * BASE_FEE, 8 * BASE_FEE];
        for (uint256 i = 0; i < want.length; ++i) {
            assertEq(inbox.fee(), want[i]);
            _force(abi.encode(i));
        }
        // a checkpoint covering 4 of the 7 entries leaves 3 pending
        vm.roll(block.number + 1);
        _checkpointThrough(4);
        assertEq(registry.latestForcedCount(), 4);
        assertEq(inbox.fee(), 2 * BASE_FEE);
        vm.roll(block.number + 1);
        _checkpointThrough(7);
        assertEq(inbox.fee(), BASE_FEE);
    }

    function test_fee_exponentIsCapped() public {
        vm.startPrank(owner);
        inbox.setFeeDoublingQueue(1);
        inbox.setBaseFee(type(uint128).max);
        vm.stopPrank();
        _setCount(128);
        assertEq(inbox.fee(), uint256(type(uint128).max) << 128);
        _setCount(type(uint32).max);
        assertEq(inbox.fee(), uint256(type(uint128).max) << 128, "no overflow past the cap");
    }

    function test_fee_zeroBaseFeeIsFree() public {
        vm.prank(owner);
        inbox.setBaseFee(0);
        _setCount(10_000);
        assertEq(inbox.fee(), 0);
    }

    // =============================================================================================
    // views
    // =============================================================================================

    function test_accumulatorAt_revertsBeyondCount() public {
        vm.expectRevert(abi.encodeWithSelector(IndexOutOfRange.selector, uint64(1), uint64(0)));
        inbox.accumulatorAt(1);
        _force(hex"01");
        assertNotEq(inbox.accumulatorAt(1), bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IndexOutOfRange.selector, uint64(2), uint64(1)));
        inbox.accumulatorAt(2);
    }

    function test_entry_revertsBeyondCount() public {
        vm.expectRevert(abi.encodeWithSelector(IndexOutOfRange.selector, uint64(0), uint64(0)));
        inbox.entry(0);
        _force(hex"01");
        inbox.entry(0);
        vm.expectRevert(abi.encodeWithSelector(IndexOutOfRange.selector, uint64(1), uint64(1)));
        inbox.entry(1);
    }

    // =============================================================================================
    // owner
    // =============================================================================================

    function test_setBaseFee() public {
        vm.expectEmit(address(inbox));
        emit BaseFeeUpdated(BASE_FEE, 5);
        vm.prank(owner);
        inbox.setBaseFee(5);
        assertEq(inbox.baseFee(), 5);
        assertEq(inbox.fee(), 5);
    }

    function test_setBaseFee_reverts() public {
        vm.expectRevert(bytes(NOT_OWNER));
        vm.prank(alice);
        inbox.setBaseFee(5);
        uint256 tooHigh = uint256(type(uint128).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(BaseFeeTooHigh.selector, tooHigh));
        vm.prank(owner);
        inbox.setBaseFee(tooHigh);
    }

    function test_setMaxPayloadBytes() public {
        vm.expectEmit(address(inbox));
        emit MaxPayloadBytesUpdated(MAX_PAYLOAD_BYTES, 1000);
        vm.prank(owner);
        inbox.setMaxPayloadBytes(1000);
        assertEq(inbox.maxPayloadBytes(), 1000);
    }

    function test_setMaxPayloadBytes_reverts() public {
        vm.expectRevert(bytes(NOT_OWNER));
        vm.prank(alice);
        inbox.setMaxPayloadBytes(1000);
        vm.startPrank(owner);
        vm.expectRevert(abi.encodeWithSelector(InvalidMaxPayloadBytes.selector, uint32(0), uint32(128 * 1024)));
        inbox.setMaxPayloadBytes(0);
        vm.expectRevert(abi.encodeWithSelector(InvalidMaxPayloadBytes.selector, uint32(128 * 1024 + 1), uint32(128 * 1024)));
        inbox.setMaxPayloadBytes(128 * 1024 + 1);
        vm.stopPrank();
    }

    function test_setFeeDoublingQueue() public {
        vm.expectEmit(address(inbox));
        emit FeeDoublingQueueUpdated(FEE_DOUBLING_QUEUE, 8);
        vm.prank(owner);
        inbox.setFeeDoublingQueue(8);
        assertEq(inbox.feeDoublingQueue(), 8);
    }

    function test_setFeeDoublingQueue_reverts() public {
        vm.expectRevert(bytes(NOT_OWNER));
        vm.prank(alice);
        inbox.setFeeDoublingQueue(8);
        vm.expectRevert(abi.encodeWithSelector(InvalidFeeDoublingQueue.selector));
        vm.prank(owner);
        inbox.setFeeDoublingQueue(0);
    }

    function test_setFeeRecipient() public {
        vm.expectEmit(address(inbox));
        emit FeeRecipientUpdated(feeRecipient, bob);
        vm.prank(owner);
        inbox.setFeeRecipient(bob);
        assertEq(inbox.feeRecipient(), bob);
    }

    function test_setFeeRecipient_reverts() public {
        vm.expectRevert(bytes(NOT_OWNER));
        vm.prank(alice);
        inbox.setFeeRecipient(bob);
        vm.expectRevert(abi.encodeWithSelector(ZeroAddress.selector));
        vm.prank(owner);
        inbox.setFeeRecipient(address(0));
    }

    function test_withdraw_sendsBalanceToRecipient() public {
        _force(hex"01");
        _force(hex"02");
        uint256 collected = address(inbox).balance;
        assertEq(collected, 2 * BASE_FEE);
        vm.expectEmit(address(inbox));
        emit FeesWithdrawn(feeRecipient, collected);
        vm.prank(owner);
        inbox.withdraw();
        assertEq(feeRecipient.balance, collected);
        assertEq(address(inbox).balance, 0);
        // nothing left: a second withdraw sends zero
        vm.prank(owner);
        inbox.withdraw();
        assertEq(feeRecipient.balance, collected);
    }

    function test_withdraw_revertsWhenNotOwner() public {
        vm.expectRevert(bytes(NOT_OWNER));
        vm.prank(feeRecipient);
        inbox.withdraw();
    }

    function test_withdraw_revertsWhenRecipientRejects() public {
        RejectingRecipient rejecting = new RejectingRecipient();
        vm.prank(owner);
        inbox.setFeeRecipient(address(rejecting));
        _force(hex"01");
        vm.expectRevert(abi.encodeWithSelector(WithdrawFailed.selector, address(rejecting), BASE_FEE));
        vm.prank(owner);
        inbox.withdraw();
        // the queue keeps working and the fees stay
        _force(hex"02");
        assertEq(address(inbox).balance, 2 * BASE_FEE);
    }

    function test_ownership_isTwoStep() public {
        vm.prank(owner);
        inbox.transferOwnership(alice);
        assertEq(inbox.owner(), owner);
        assertEq(inbox.pendingOwner(), alice);
        vm.prank(alice);
        inbox.acceptOwnership();
        assertEq(inbox.owner(), alice);
    }

    // =============================================================================================
    // fuzz
    // =============================================================================================

    /// Payloads of 1..maxPayloadBytes bytes are queued; empty and longer ones refused.
    function testFuzz_forceInclude_payloadSize(uint256 length, uint32 max) public {
        max = uint32(bound(max, 1, MAX_PAYLOAD_BYTES));
        length = bound(length, 0, uint256(max) + 64);
        vm.prank(owner);
        inbox.setMaxPayloadBytes(max);
        bytes memory payload = new bytes(length);
        vm.deal(address(this), BASE_FEE);
        if (length == 0) {
            vm.expectRevert(abi.encodeWithSelector(EmptyPayload.selector));
        } else if (length > max) {
            vm.expectRevert(abi.encodeWithSelector(PayloadTooLarge.selector, length, uint256(max)));
        }
        inbox.forceInclude{value: BASE_FEE}(ROLLUP_ID, payload);
        assertEq(inbox.count(), length > 0 && length <= max ? 1 : 0);
    }

    /// fee() is baseFee * 2^min(pending / feeDoublingQueue, 128), and forceInclude takes exactly
    /// what is at least that.
    function testFuzz_fee(uint128 base, uint32 queue, uint32 pending, uint256 paid) public {
        queue = uint32(bound(queue, 1, type(uint32).max));
        vm.startPrank(owner);
        inbox.setBaseFee(base);
        inbox.setFeeDoublingQueue(queue);
        vm.stopPrank();
        pending = uint32(bound(pending, 0, type(uint32).max - 1));
        _setCount(pending);
        uint256 doublings = pending / queue;
        if (doublings > 128) doublings = 128;
        uint256 want = uint256(base) << doublings;
        assertEq(inbox.fee(), want);

        paid = bound(paid, 0, want < type(uint256).max / 2 ? want * 2 : want);
        vm.deal(alice, paid);
        if (paid < want) vm.expectRevert(abi.encodeWithSelector(InsufficientFee.selector, want, paid));
        vm.prank(alice);
        inbox.forceInclude{value: paid}(ROLLUP_ID, hex"01");
    }

    /// The stored accumulators are the LockstepProofs.forcedAcc chain over whatever is queued.
    function testFuzz_forceInclude_accumulatorChain(bytes32[8] memory seeds, uint8 n) public {
        n = uint8(bound(n, 1, seeds.length));
        _registerRollup(1, owner, "");
        bytes32 acc;
        for (uint256 i = 0; i < n; ++i) {
            uint64 rollup = uint256(seeds[i]) % 2 == 0 ? ROLLUP_ID : 1;
            bytes memory payload = abi.encodePacked(seeds[i], new bytes(uint256(seeds[i]) % 300));
            vm.roll(block.number + uint256(seeds[i]) % 3);
            uint256 f = inbox.fee();
            vm.deal(alice, f);
            vm.prank(alice);
            inbox.forceInclude{value: f}(rollup, payload);
            acc = LockstepProofs.forcedAcc(acc, rollup, keccak256(payload), uint64(block.number));
        }
        assertEq(inbox.count(), n);
        assertEq(inbox.accumulatorAt(n), acc);
    }
}
