// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

import {ICheckpointRegistry} from "./interfaces/ICheckpointRegistry.sol";
import {IForcedInclusionInbox} from "./interfaces/IForcedInclusionInbox.sol";
import {LockstepProofs} from "./libraries/LockstepProofs.sol";

/// @title ForcedInclusionInbox
/// @notice Lets anyone queue a transaction for a registered rollup on L1 when the sequencer
///         network will not take it. Each entry extends a hash chain (LockstepProofs.forcedAcc);
///         the CheckpointRegistry accepts a checkpoint only if it includes a prefix of this queue
///         that leaves no entry out for longer than its forcedInclusionDelay, so operators either
///         sequence forced entries in time or stop checkpointing.
/// @dev The fee doubles every feeDoublingQueue entries not yet covered by a stored checkpoint, so
///      filling the queue faster than operators can include it (forcing them to the registry's
///      maxForcedPerCheckpoint exemption) gets exponentially expensive. Fees accumulate here
///      and the owner withdraws them to the fee recipient. Not upgradeable.
contract ForcedInclusionInbox is IForcedInclusionInbox, Ownable2Step {
    /// @notice Upper bound of maxPayloadBytes: the largest payload a sequencer envelope carries
    ///         (operator/envelope.MaxPayloadBytes), so every queued entry can be sequenced.
    uint32 public constant MAX_PAYLOAD_BYTES_CAP = 128 * 1024;

    /// @notice Most entries the queue ever holds: the registry stores a checkpoint's forced cursor
    ///         in 32 bits.
    uint64 public constant MAX_ENTRIES = type(uint32).max;

    /// @dev Doublings past this are not applied: baseFee < 2^128, so baseFee << 128 cannot overflow,
    ///      and a fee of baseFee * 2^128 already closes the inbox until operators catch up.
    uint256 private constant MAX_FEE_DOUBLINGS = 128;

    /// @dev Everything forceInclude reads or writes besides the entries, packed in one slot.
    struct Config {
        uint64 count;
        uint32 maxPayloadBytes;
        uint32 feeDoublingQueue;
        uint128 baseFee;
    }

    /// @inheritdoc IForcedInclusionInbox
    ICheckpointRegistry public immutable registry;

    Config private _config;
    address private _feeRecipient;

    mapping(uint64 index => Entry) private _entries;

    /// @param registry_ The CheckpointRegistry (rollups, and the forced cursor of its checkpoints).
    /// @param baseFee_ Fee with no pending entries, in wei (at most type(uint128).max).
    /// @param maxPayloadBytes_ Largest payload accepted, in (0, MAX_PAYLOAD_BYTES_CAP].
    /// @param feeDoublingQueue_ Pending entries per doubling of the fee (> 0).
    /// @param feeRecipient_ Where withdraw sends the collected fees.
    /// @param initialOwner Owner of the configuration and of withdraw (Ownable2Step).
    constructor(
        ICheckpointRegistry registry_,
        uint256 baseFee_,
        uint32 maxPayloadBytes_,
        uint32 feeDoublingQueue_,
        address feeRecipient_,
        address initialOwner
    ) {
        if (address(registry_) == address(0) || feeRecipient_ == address(0) || initialOwner == address(0)) {
            revert ZeroAddress();
        }
        _checkBaseFee(baseFee_);
        _checkMaxPayloadBytes(maxPayloadBytes_);
        if (feeDoublingQueue_ == 0) revert InvalidFeeDoublingQueue();

        registry = registry_;
        // Exact: _checkBaseFee bounded it.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint128 base = uint128(baseFee_);
        _config = Config({count: 0, maxPayloadBytes: maxPayloadBytes_, feeDoublingQueue: feeDoublingQueue_, baseFee: base});
        _feeRecipient = feeRecipient_;
        _transferOwnership(initialOwner);
    }

    // ---------------------------------------------------------------------------------------------
    // Queue
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc IForcedInclusionInbox
    /// @dev msg.value above fee() is not refunded: the fee can rise between quoting and inclusion,
    ///      so callers send what they are willing to pay, and a refund would be a call out to them.
    function forceInclude(uint64 rollupId, bytes calldata payload) external payable returns (uint64 index) {
        Config memory c = _config;
        uint256 length = payload.length;
        if (length == 0) revert EmptyPayload();
        if (length > c.maxPayloadBytes) revert PayloadTooLarge(length, c.maxPayloadBytes);
        if (!registry.isRollupRegistered(rollupId)) revert RollupNotRegistered(rollupId);
        index = c.count;
        if (index == MAX_ENTRIES) revert QueueFull();
        uint256 required = _fee(c);
        if (msg.value < required) revert InsufficientFee(required, msg.value);

        _append(index, rollupId, payload);
    }

    /// @dev Stores entry `index` and emits its event; a function of its own because the event's
    ///      fields do not fit on forceInclude's stack.
    function _append(uint64 index, uint64 rollupId, bytes calldata payload) private {
        bytes32 payloadHash = keccak256(payload);
        uint64 l1Block = uint64(block.number);
        bytes32 prev;
        if (index != 0) {
            unchecked {
                // Cannot underflow: index != 0.
                prev = _entries[index - 1].acc;
            }
        }
        bytes32 acc = LockstepProofs.forcedAcc(prev, rollupId, payloadHash, l1Block);
        // Checked: the delay is a uint32 and block numbers are far below 2^63.
        uint64 deadline = l1Block + registry.forcedInclusionDelay();
        _entries[index] = Entry({acc: acc, l1Block: l1Block, rollupId: rollupId, deadline: deadline});
        unchecked {
            // Cannot overflow: index < MAX_ENTRIES.
            _config.count = index + 1;
        }
        emit ForcedInclusionQueued(index, rollupId, l1Block, deadline, payloadHash, acc, payload);
    }

    /// @inheritdoc IForcedInclusionInbox
    function count() external view returns (uint64) {
        return _config.count;
    }

    /// @inheritdoc IForcedInclusionInbox
    function accumulatorAt(uint64 n) external view returns (bytes32) {
        uint64 queued = _config.count;
        if (n > queued) revert IndexOutOfRange(n, queued);
        if (n == 0) return bytes32(0);
        unchecked {
            // Cannot underflow: n != 0.
            return _entries[n - 1].acc;
        }
    }

    /// @inheritdoc IForcedInclusionInbox
    function entry(uint64 index) external view returns (Entry memory) {
        uint64 queued = _config.count;
        if (index >= queued) revert IndexOutOfRange(index, queued);
        return _entries[index];
    }

    /// @inheritdoc IForcedInclusionInbox
    function fee() external view returns (uint256) {
        return _fee(_config);
    }

    /// @inheritdoc IForcedInclusionInbox
    function baseFee() external view returns (uint256) {
        return _config.baseFee;
    }

    /// @inheritdoc IForcedInclusionInbox
    function maxPayloadBytes() external view returns (uint32) {
        return _config.maxPayloadBytes;
    }

    /// @inheritdoc IForcedInclusionInbox
    function feeDoublingQueue() external view returns (uint32) {
        return _config.feeDoublingQueue;
    }

    /// @inheritdoc IForcedInclusionInbox
    function feeRecipient() external view returns (address) {
        return _feeRecipient;
    }

    // ---------------------------------------------------------------------------------------------
    // Owner
    // ---------------------------------------------------------------------------------------------

    /// @notice Sets the fee with no pending entries. Owner only.
    /// @param newFee The new base fee in wei, at most type(uint128).max.
    function setBaseFee(uint256 newFee) external onlyOwner {
        _checkBaseFee(newFee);
        uint256 previous = _config.baseFee;
        // Exact: _checkBaseFee bounded it.
        // forge-lint: disable-next-line(unsafe-typecast)
        _config.baseFee = uint128(newFee);
        emit BaseFeeUpdated(previous, newFee);
    }

    /// @notice Sets the largest payload accepted. Owner only. Entries already queued stay valid.
    /// @param newMax The new maximum, in (0, MAX_PAYLOAD_BYTES_CAP] bytes.
    function setMaxPayloadBytes(uint32 newMax) external onlyOwner {
        _checkMaxPayloadBytes(newMax);
        uint32 previous = _config.maxPayloadBytes;
        _config.maxPayloadBytes = newMax;
        emit MaxPayloadBytesUpdated(previous, newMax);
    }

    /// @notice Sets how many pending entries double the fee. Owner only.
    /// @param newLength The new queue length per doubling (> 0).
    function setFeeDoublingQueue(uint32 newLength) external onlyOwner {
        if (newLength == 0) revert InvalidFeeDoublingQueue();
        uint32 previous = _config.feeDoublingQueue;
        _config.feeDoublingQueue = newLength;
        emit FeeDoublingQueueUpdated(previous, newLength);
    }

    /// @notice Sets where withdraw sends the collected fees. Owner only.
    /// @param newRecipient The new recipient.
    function setFeeRecipient(address newRecipient) external onlyOwner {
        if (newRecipient == address(0)) revert ZeroAddress();
        address previous = _feeRecipient;
        _feeRecipient = newRecipient;
        emit FeeRecipientUpdated(previous, newRecipient);
    }

    /// @notice Sends every collected fee to the fee recipient. Owner only. Fees are pulled this way
    ///         rather than pushed on each forceInclude, so a recipient that rejects ether cannot
    ///         block the queue.
    function withdraw() external onlyOwner {
        address recipient = _feeRecipient;
        uint256 amount = address(this).balance;
        emit FeesWithdrawn(recipient, amount);
        // A re-entering recipient finds the balance it was just sent gone; nothing else changes.
        (bool ok,) = recipient.call{value: amount}("");
        if (!ok) revert WithdrawFailed(recipient, amount);
    }

    // ---------------------------------------------------------------------------------------------
    // Internal
    // ---------------------------------------------------------------------------------------------

    /// @dev baseFee * 2^(pending / feeDoublingQueue), pending = entries not yet covered by a stored
    ///      checkpoint. The registry never accepts a cursor beyond count, so pending >= 0; the
    ///      comparison only guards against a registry wired to another inbox.
    function _fee(Config memory c) private view returns (uint256) {
        uint64 covered = registry.latestForcedCount();
        uint256 pending;
        unchecked {
            // Cannot underflow: guarded by the comparison.
            pending = c.count > covered ? c.count - covered : 0;
        }
        uint256 doublings = pending / c.feeDoublingQueue;
        if (doublings > MAX_FEE_DOUBLINGS) doublings = MAX_FEE_DOUBLINGS;
        return uint256(c.baseFee) << doublings;
    }

    function _checkBaseFee(uint256 fee_) private pure {
        if (fee_ > type(uint128).max) revert BaseFeeTooHigh(fee_);
    }

    function _checkMaxPayloadBytes(uint32 max) private pure {
        if (max == 0 || max > MAX_PAYLOAD_BYTES_CAP) revert InvalidMaxPayloadBytes(max, MAX_PAYLOAD_BYTES_CAP);
    }
}
