// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

import {CheckpointRegistry} from "../../src/CheckpointRegistry.sol";
import {ForcedInclusionInbox} from "../../src/ForcedInclusionInbox.sol";
import {ICheckpointRegistryTypes} from "../../src/interfaces/ICheckpointRegistry.sol";
import {IBLSSignatureChecker} from "../../src/interfaces/eigenlayer/IBLSSignatureChecker.sol";

/// @notice Drives ForcedInclusionInbox with random entries (rollups registered or not, payloads of
///         any size, fees too low or generous), across L1 blocks, and stores checkpoints that
///         include random prefixes of the queue so the fee moves. Recomputes the accumulator
///         chain on its own (not through LockstepProofs) from what it queued.
contract InboxHandler is CommonBase, StdUtils, ICheckpointRegistryTypes {
    ForcedInclusionInbox public immutable inbox;
    CheckpointRegistry public immutable registry;
    uint64[] internal _rollups;

    /// @notice The handler's own chain: ghostAcc[n] is the accumulator after n entries.
    bytes32[] public ghostAcc;
    uint64 public lastCount;
    /// @notice Times count() went down between two calls.
    uint256 public countDecreased;
    /// @notice Calls whose outcome (accepted or not) differed from the model's prediction.
    uint256 public unexpected;

    constructor(ForcedInclusionInbox inbox_, CheckpointRegistry registry_, uint64[] memory rollups) {
        inbox = inbox_;
        registry = registry_;
        _rollups = rollups;
        ghostAcc.push(bytes32(0));
    }

    function ghostCount() external view returns (uint256) {
        return ghostAcc.length - 1;
    }

    function forceInclude(uint256 rollupSeed, uint256 length, uint256 paySeed, bytes32 fill) external {
        // mostly registered rollups; rollup ID 9999 never is
        uint64 rollupId = rollupSeed % 8 == 0 ? 9999 : _rollups[rollupSeed % _rollups.length];
        length = bound(length, 0, uint256(inbox.maxPayloadBytes()) + 1) % 2048;
        if (length == 2047) length = uint256(inbox.maxPayloadBytes()) + 1;
        bytes memory payload = new bytes(length);
        if (length > 0) payload[0] = fill[0];
        if (length > 1) payload[length - 1] = fill[1];

        uint256 fee = inbox.fee();
        uint256 paid = paySeed % 10 == 0 ? bound(paySeed, 0, fee) : fee + paySeed % 1000;
        vm.deal(address(this), paid);
        bool expected =
            rollupId != 9999 && length > 0 && length <= inbox.maxPayloadBytes() && paid >= fee;
        try inbox.forceInclude{value: paid}(rollupId, payload) returns (uint64 index) {
            if (!expected || index != ghostAcc.length - 1) ++unexpected;
            bytes32 prev = ghostAcc[ghostAcc.length - 1];
            ghostAcc.push(keccak256(abi.encode(prev, rollupId, keccak256(payload), uint64(block.number))));
        } catch {
            if (expected) ++unexpected;
        }
        _observe();
    }

    /// @dev Stores a checkpoint including a random number of the pending entries, always enough
    ///      to leave none overdue (all of them once one is).
    function checkpoint(uint256 includeSeed) external {
        uint64 queued = inbox.count();
        uint64 previous = registry.latestForcedCount();
        uint64 forcedCount = uint64(bound(includeSeed, previous, queued));
        uint64 l1Origin = uint64(block.number - 1);
        if (forcedCount < queued) {
            if (l1Origin > inbox.entry(forcedCount).deadline) forcedCount = queued;
        }
        // entries queued in this very block are not visible at the L1 origin yet
        while (forcedCount > previous && inbox.entry(forcedCount - 1).l1Block > l1Origin) {
            --forcedCount;
        }
        uint64 start = registry.latestEndHeight() + 1;
        Checkpoint memory cp = Checkpoint({
            number: registry.latestCheckpointNumber() + 1,
            startHeight: start,
            endHeight: start,
            root: bytes32(uint256(start)),
            l1Origin: l1Origin,
            forcedCount: forcedCount,
            forcedAcc: inbox.accumulatorAt(forcedCount)
        });
        IBLSSignatureChecker.NonSignerStakesAndSignature memory sig;
        try registry.submitCheckpoint(cp, uint32(block.number - 1), sig) {}
        catch {
            ++unexpected;
        }
        _observe();
    }

    function roll(uint256 blocks) external {
        vm.roll(block.number + bound(blocks, 1, 10));
        _observe();
    }

    function _observe() internal {
        uint64 c = inbox.count();
        if (c < lastCount) ++countDecreased;
        lastCount = c;
    }
}
