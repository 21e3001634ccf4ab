// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IBLSSignatureChecker} from "./eigenlayer/IBLSSignatureChecker.sol";

/// @title ICheckpointRegistryTypes
/// @notice Types shared by the registry, the slasher, the proof library and off-chain code.
interface ICheckpointRegistryTypes {
    /// @notice The header operators sign. Checkpoint `number` covers the sequencer heights
    ///         [startHeight, endHeight]; `root` is the Merkle root over (height, blockRoot) for
    ///         those heights (see docs/commitment.md). `l1Origin` is the L1 origin number of the
    ///         end block; `forcedCount` is the number of ForcedInclusionInbox entries included up
    ///         to endHeight and `forcedAcc` the inbox accumulator after them (zero when none).
    struct Checkpoint {
        uint64 number;
        uint64 startHeight;
        uint64 endHeight;
        bytes32 root;
        uint64 l1Origin;
        uint64 forcedCount;
        bytes32 forcedAcc;
    }

    /// @notice What the registry keeps for each accepted checkpoint (2 storage slots).
    struct StoredCheckpoint {
        bytes32 root;
        uint64 startHeight;
        uint64 endHeight;
        uint32 referenceBlock; // L1 block whose stakes the signature was checked against
        uint32 l1Block; // L1 block in which the checkpoint was stored
        uint32 l1Origin; // L1 origin number of the end block (below l1Block)
        uint32 forcedCount; // inbox entries included up to endHeight (the inbox caps its queue at 2^32-1)
    }

    /// @notice A rollup the network sequences, admitted by the registry's owner. `owner` (the
    ///         rollup team) may update, transfer or deregister it.
    struct Rollup {
        address owner;
        uint64 registeredAt; // L1 block of registration
        string metadata; // free-form, e.g. a URI or JSON with name and RPC endpoints
    }
}

/// @title ICheckpointRegistryErrors
interface ICheckpointRegistryErrors {
    /// @notice Rollup ID 0 is reserved.
    error InvalidRollupId();
    /// @notice The rollup ID is already taken.
    error RollupAlreadyRegistered(uint64 rollupId);
    /// @notice The rollup ID is not registered.
    error RollupNotRegistered(uint64 rollupId);
    /// @notice Only the rollup's owner may do this (deregisterRollup: or the registry's owner).
    error NotRollupOwner(uint64 rollupId, address caller);
    /// @notice Only the registry's owner (governance) admits rollups; `owner` is who does.
    error NotRegistryOwner(address caller, address owner);
    /// @notice Metadata longer than MAX_METADATA_BYTES.
    error MetadataTooLong(uint256 length, uint256 max);
    /// @notice Checkpoint `number` is already stored (e.g. another aggregator submitted it first).
    error CheckpointAlreadySubmitted(uint64 number);
    /// @notice The submitted number is not the successor of the latest stored checkpoint.
    error NonSequentialCheckpoint(uint64 expected, uint64 got);
    /// @notice The checkpoint does not start right after the previous one's end.
    error NonContiguousHeights(uint64 expectedStart, uint64 gotStart);
    /// @notice endHeight < startHeight.
    error InvalidHeightRange(uint64 startHeight, uint64 endHeight);
    /// @notice The reference block is in the future or the current block.
    error ReferenceBlockNotInPast(uint32 referenceBlock, uint256 currentBlock);
    /// @notice The reference block is older than allowed (max age, or before the latest slashing).
    error StaleReferenceBlock(uint32 referenceBlock, uint32 oldestAllowed);
    /// @notice Signed stake is below the threshold for a quorum.
    error InsufficientSignedStake(uint8 quorumNumber, uint96 signedStake, uint96 totalStake, uint16 thresholdBips);
    /// @notice Threshold outside (5000, 10000] basis points.
    error InvalidThreshold(uint16 thresholdBips);
    /// @notice Max reference age of zero.
    error InvalidMaxReferenceAge();
    /// @notice No quorum numbers given.
    error EmptyQuorumNumbers();
    /// @notice Quorum numbers not strictly ascending or not below 192 (the middleware's
    ///         BitmapUtils.orderedBytesArrayToBitmap would reject them on every submission).
    error InvalidQuorumNumbers();
    /// @notice Only the configured slasher may call this.
    error OnlySlasher(address caller);
    /// @notice The slasher can be set once.
    error SlasherAlreadySet();
    /// @notice A zero address where one is required.
    error ZeroAddress();
    /// @notice No checkpoint with that number.
    error CheckpointNotFound(uint64 number);
    /// @notice No stored checkpoint covers that height.
    error HeightNotCheckpointed(uint64 height);
    /// @notice The checkpoint's L1 origin is the current block or later.
    error L1OriginNotInPast(uint64 l1Origin, uint256 currentBlock);
    /// @notice The checkpoint's L1 origin is before the previous checkpoint's.
    error L1OriginBackwards(uint64 previous, uint64 l1Origin);
    /// @notice The checkpoint includes fewer forced entries than the previous one.
    error ForcedCursorBackwards(uint64 previous, uint64 forcedCount);
    /// @notice The checkpoint includes more forced entries than the inbox holds (any at all
    ///         while no inbox is set).
    error ForcedCursorBeyondQueue(uint64 forcedCount, uint64 queued);
    /// @notice The checkpoint's forced accumulator is not the inbox's after forcedCount entries.
    error ForcedAccumulatorMismatch(bytes32 expected, bytes32 got);
    /// @notice The checkpoint includes entry `index`, queued at L1 block `queuedAt`, which its L1
    ///         origin cannot see yet.
    error ForcedEntryNotVisible(uint64 index, uint64 queuedAt, uint64 l1Origin);
    /// @notice Entry `index`, queued at L1 block `queuedAt`, is past its deadline (queuedAt plus
    ///         the forcedInclusionDelay when it was queued) at the checkpoint's L1 origin, yet the
    ///         checkpoint neither includes it nor includes maxForcedPerCheckpoint entries.
    error ForcedEntryOverdue(uint64 index, uint64 queuedAt, uint64 l1Origin);
    /// @notice The forced inclusion inbox can be set once.
    error ForcedInclusionInboxAlreadySet();
    /// @notice Forced inclusion delay of zero.
    error InvalidForcedInclusionDelay();
    /// @notice Max forced entries per checkpoint of zero.
    error InvalidMaxForcedPerCheckpoint();
}

/// @title ICheckpointRegistryEvents
interface ICheckpointRegistryEvents {
    /// @notice A rollup was registered.
    event RollupRegistered(uint64 indexed rollupId, address indexed owner, string metadata);
    /// @notice A rollup's metadata changed.
    event RollupMetadataUpdated(uint64 indexed rollupId, string metadata);
    /// @notice A rollup changed owner.
    event RollupOwnershipTransferred(uint64 indexed rollupId, address indexed previousOwner, address indexed newOwner);
    /// @notice A rollup was deregistered; its ID stops being sequenced.
    event RollupDeregistered(uint64 indexed rollupId);
    /// @notice Checkpoint `number` was stored.
    event CheckpointSubmitted(
        uint64 indexed number,
        uint64 startHeight,
        uint64 endHeight,
        bytes32 root,
        bytes32 digest,
        uint32 referenceBlock,
        bytes32 signatoryRecordHash,
        uint64 l1Origin,
        uint64 forcedCount,
        bytes32 forcedAcc
    );
    /// @notice The signing threshold changed.
    event ThresholdUpdated(uint16 previousBips, uint16 newBips);
    /// @notice The max reference block age changed.
    event MaxReferenceAgeUpdated(uint32 previousAge, uint32 newAge);
    /// @notice The slasher was set.
    event SlasherSet(address slasher);
    /// @notice Reference blocks before `minReferenceBlock` no longer count (an operator was ejected).
    event MinReferenceBlockRaised(uint32 minReferenceBlock);
    /// @notice The forced inclusion inbox was set.
    event ForcedInclusionInboxSet(address inbox);
    /// @notice The forced inclusion delay changed.
    event ForcedInclusionDelayUpdated(uint32 previousDelay, uint32 newDelay);
    /// @notice The max forced entries per checkpoint changed.
    event MaxForcedPerCheckpointUpdated(uint16 previousMax, uint16 newMax);
}

/// @title ICheckpointRegistry
/// @notice Registry of rollups and of the checkpoints (Merkle commitments to the ordering) that
///         enough restaked stake has BLS-signed.
interface ICheckpointRegistry is ICheckpointRegistryTypes, ICheckpointRegistryErrors, ICheckpointRegistryEvents {
    /// @notice Registers `rollupId` (the EVM chain ID for EVM rollups) to `owner`, the rollup team
    ///         who then manages it. Registry owner (governance) only: a chain ID is an off-chain
    ///         claim that only governance can check before admitting it, where first come, first
    ///         served would let anyone squat on a known chain's ID. Only registered IDs are
    ///         sequenced.
    function registerRollup(uint64 rollupId, address owner, string calldata metadata) external;

    /// @notice Replaces a rollup's metadata. Rollup owner only.
    function updateRollupMetadata(uint64 rollupId, string calldata metadata) external;

    /// @notice Transfers a rollup to `newOwner`. Rollup owner only.
    function transferRollupOwnership(uint64 rollupId, address newOwner) external;

    /// @notice Deregisters a rollup. Rollup owner, or the registry's owner (governance) to reclaim
    ///         an ID admitted by mistake or abandoned (its owner key lost). The ID may be
    ///         registered again later.
    function deregisterRollup(uint64 rollupId) external;

    /// @notice Stores checkpoint `checkpoint.number` if it is the successor of the latest one, its
    ///         heights continue the previous range, its L1 origin is in the past and not before
    ///         the previous one's, its forced cursor moves forward over a prefix of the inbox
    ///         (matching accumulator, every included entry visible at the L1 origin, no entry left
    ///         out past its deadline unless it includes maxForcedPerCheckpoint entries), and the aggregate BLS signature over its digest carries at least the
    ///         threshold of every quorum's stake at `referenceBlock`.
    function submitCheckpoint(
        Checkpoint calldata checkpoint,
        uint32 referenceBlock,
        IBLSSignatureChecker.NonSignerStakesAndSignature calldata signature
    ) external;

    /// @notice Called by the slasher after ejecting an operator: from now on a checkpoint must be
    ///         checked against stakes at `blockNumber` or later, so the ejected operator's
    ///         signature no longer counts.
    function raiseMinReferenceBlock(uint32 blockNumber) external;

    /// @notice The digest operators sign for `checkpoint` on this chain and registry.
    function checkpointDigest(Checkpoint calldata checkpoint) external view returns (bytes32);

    /// @notice Number of the latest stored checkpoint (0 if none).
    function latestCheckpointNumber() external view returns (uint64);

    /// @notice Last height covered by the latest stored checkpoint (0 if none).
    function latestEndHeight() external view returns (uint64);

    /// @notice The latest stored checkpoint and its number. Reverts with CheckpointNotFound(0) if none.
    function latestCheckpoint() external view returns (uint64 number, StoredCheckpoint memory);

    /// @notice Checkpoint `number`. Reverts with CheckpointNotFound if not stored.
    function getCheckpoint(uint64 number) external view returns (StoredCheckpoint memory);

    /// @notice The stored checkpoint covering `height`. Reverts with HeightNotCheckpointed if none.
    function checkpointByHeight(uint64 height) external view returns (uint64 number, StoredCheckpoint memory);

    /// @notice Whether `rollupId` is registered.
    function isRollupRegistered(uint64 rollupId) external view returns (bool);

    /// @notice A registered rollup. Reverts with RollupNotRegistered if not registered.
    function getRollup(uint64 rollupId) external view returns (Rollup memory);

    /// @notice All registered rollup IDs (unordered).
    function rollupIds() external view returns (uint64[] memory);

    /// @notice The middleware signature checker (the AVS ServiceManager).
    function signatureChecker() external view returns (IBLSSignatureChecker);

    /// @notice The quorums whose stake must sign, as the middleware's quorumNumbers bytes.
    function quorumNumbers() external view returns (bytes memory);

    /// @notice Required signed stake per quorum, in basis points of the quorum's total stake.
    function thresholdBips() external view returns (uint16);

    /// @notice How many blocks old a reference block may be.
    function maxReferenceAge() external view returns (uint32);

    /// @notice Oldest reference block allowed regardless of age (raised on ejection).
    function minReferenceBlock() external view returns (uint32);

    /// @notice The EquivocationSlasher allowed to raise minReferenceBlock.
    function slasher() external view returns (address);

    /// @notice Forced inclusion entries included up to the latest stored checkpoint (0 if none).
    function latestForcedCount() external view returns (uint64);

    /// @notice The ForcedInclusionInbox whose queue checkpoints must include (zero until set).
    function forcedInclusionInbox() external view returns (address);

    /// @notice How many L1 blocks past its queueing an inbox entry may stay out of a checkpoint
    ///         (measured at the checkpoint's L1 origin).
    function forcedInclusionDelay() external view returns (uint32);

    /// @notice How many inbox entries a checkpoint must include to be exempt from the delay, so a
    ///         flood of entries cannot stall checkpoints.
    function maxForcedPerCheckpoint() external view returns (uint16);
}
