// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {ICheckpointRegistry} from "./ICheckpointRegistry.sol";

/// @title IForcedInclusionInboxTypes
interface IForcedInclusionInboxTypes {
    /// @notice One queued entry: the accumulator after it (LockstepProofs.forcedAcc over the
    ///         previous one), the L1 block in which it was queued, its rollup, and its deadline:
    ///         l1Block plus the registry's forcedInclusionDelay when it was queued, fixed then, so
    ///         the owner changing the delay later moves no entry's deadline. The payload itself
    ///         is only in the ForcedInclusionQueued event.
    struct Entry {
        bytes32 acc;
        uint64 l1Block;
        uint64 rollupId;
        uint64 deadline;
    }
}

/// @title IForcedInclusionInboxErrors
interface IForcedInclusionInboxErrors {
    /// @notice The rollup ID is not registered in the CheckpointRegistry.
    error RollupNotRegistered(uint64 rollupId);
    /// @notice A payload of zero bytes.
    error EmptyPayload();
    /// @notice A payload longer than maxPayloadBytes.
    error PayloadTooLarge(uint256 length, uint256 max);
    /// @notice msg.value below fee().
    error InsufficientFee(uint256 required, uint256 paid);
    /// @notice The queue holds 2^32-1 entries, the most a checkpoint's forced cursor can count.
    error QueueFull();
    /// @notice No entry (or accumulator) at that index.
    error IndexOutOfRange(uint64 index, uint64 count);
    /// @notice Max payload size of zero or above MAX_PAYLOAD_BYTES_CAP.
    error InvalidMaxPayloadBytes(uint32 maxPayloadBytes, uint32 cap);
    /// @notice Fee doubling queue length of zero.
    error InvalidFeeDoublingQueue();
    /// @notice Base fee above type(uint128).max.
    error BaseFeeTooHigh(uint256 baseFee);
    /// @notice The fee recipient did not accept the withdrawn fees.
    error WithdrawFailed(address recipient, uint256 amount);
    /// @notice A zero address where one is required.
    error ZeroAddress();
}

/// @title IForcedInclusionInboxEvents
interface IForcedInclusionInboxEvents {
    /// @notice Entry `index` (0-based) was queued for `rollupId` at L1 block `l1Block`, due by L1
    ///         block `deadline`; `acc` is the accumulator after it. Operators read `payload` from here.
    event ForcedInclusionQueued(
        uint64 indexed index,
        uint64 indexed rollupId,
        uint64 l1Block,
        uint64 deadline,
        bytes32 payloadHash,
        bytes32 acc,
        bytes payload
    );
    /// @notice The base fee changed.
    event BaseFeeUpdated(uint256 previousFee, uint256 newFee);
    /// @notice The max payload size changed.
    event MaxPayloadBytesUpdated(uint32 previousMax, uint32 newMax);
    /// @notice The pending queue length per fee doubling changed.
    event FeeDoublingQueueUpdated(uint32 previousLength, uint32 newLength);
    /// @notice The fee recipient changed.
    event FeeRecipientUpdated(address previousRecipient, address newRecipient);
    /// @notice `amount` of collected fees was sent to `recipient`.
    event FeesWithdrawn(address indexed recipient, uint256 amount);
}

/// @title IForcedInclusionInbox
/// @notice An L1 queue of transactions for registered rollups that the sequencer network must
///         include: the CheckpointRegistry refuses a checkpoint that leaves an entry out for longer
///         than its forcedInclusionDelay. Entries are bound in order by a hash chain
///         (LockstepProofs.forcedAcc) that checkpoints sign.
interface IForcedInclusionInbox is IForcedInclusionInboxTypes, IForcedInclusionInboxErrors, IForcedInclusionInboxEvents {
    /// @notice Queues `payload` (an encoded rollup transaction, opaque here) for `rollupId`.
    ///         Requires a registered rollup, 0 < payload.length <= maxPayloadBytes and
    ///         msg.value >= fee(). The whole msg.value is kept as the fee.
    /// @return index The entry's 0-based index; the accumulator after it is accumulatorAt(index + 1).
    function forceInclude(uint64 rollupId, bytes calldata payload) external payable returns (uint64 index);

    /// @notice Number of entries queued so far.
    function count() external view returns (uint64);

    /// @notice The accumulator after the first `n` entries (zero for n = 0). Reverts with
    ///         IndexOutOfRange if n > count().
    function accumulatorAt(uint64 n) external view returns (bytes32);

    /// @notice Entry `index` (0-based). Reverts with IndexOutOfRange if index >= count().
    function entry(uint64 index) external view returns (Entry memory);

    /// @notice The fee forceInclude requires now: baseFee doubled once per feeDoublingQueue entries
    ///         not yet covered by a stored checkpoint.
    function fee() external view returns (uint256);

    /// @notice The registry whose rollups may be targeted and whose checkpoints include the queue.
    function registry() external view returns (ICheckpointRegistry);

    /// @notice Fee with an empty pending queue, in wei.
    function baseFee() external view returns (uint256);

    /// @notice Largest payload forceInclude accepts, in bytes.
    function maxPayloadBytes() external view returns (uint32);

    /// @notice Pending entries per doubling of the fee.
    function feeDoublingQueue() external view returns (uint32);

    /// @notice Where withdraw sends the collected fees.
    function feeRecipient() external view returns (address);
}
