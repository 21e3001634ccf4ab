// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";

import {ICheckpointRegistry} from "./interfaces/ICheckpointRegistry.sol";
import {IForcedInclusionInbox} from "./interfaces/IForcedInclusionInbox.sol";
import {IBLSSignatureChecker} from "./interfaces/eigenlayer/IBLSSignatureChecker.sol";
import {LockstepProofs} from "./libraries/LockstepProofs.sol";

/// @title CheckpointRegistry
/// @notice Registry of the rollups Lockstep sequences and of the checkpoints (Merkle roots over the
///         ordering, docs/commitment.md) that at least `thresholdBips` of every quorum's restaked
///         stake BLS-signed. Checkpoint n is accepted only as the successor of n-1, continuing its
///         heights, signed at a recent reference block, and only once (first valid submission wins).
///         Once a ForcedInclusionInbox is set, a checkpoint must also include the inbox's queue in
///         order, leaving no entry out longer than forcedInclusionDelay L1 blocks.
///
///         Rollups are admitted by the registry's owner (governance: on a real network a multisig
///         or timelock to which the deployer transfers ownership), not first come, first served.
///         A rollup ID is the rollup's EVM chain ID (EIP-155), a claim made off chain (chainlist,
///         the chain's own genesis): no contract can check that a registrant runs chain 10 or
///         8453, so under first come, first served anyone could take those IDs before their
///         rollups do and hold them for ransom, and a registration fee only prices out the
///         squatters who are not funded. Governance can check the claim off chain, and the rollup
///         team it names as owner then manages its own registration (metadata, ownership,
///         deregistration) without governance.
/// @dev Not upgradeable. The signature checker is the AVS's middleware BLSSignatureChecker; the
///      slasher (EquivocationSlasher) and the inbox are each set once by the owner after
///      deployment.
contract CheckpointRegistry is ICheckpointRegistry, Ownable2Step {
    /// @notice Longest metadata string a rollup may register, in bytes.
    uint256 public constant MAX_METADATA_BYTES = 1024;

    /// @dev Basis-point denominator of the signing threshold.
    uint256 private constant BIPS = 10_000;

    /// @notice forcedInclusionDelay of a new registry, in L1 blocks.
    uint32 public constant DEFAULT_FORCED_INCLUSION_DELAY = 16;

    /// @notice maxForcedPerCheckpoint of a new registry: the operators' bound of forced entries per
    ///         block (16), so that even a checkpoint of one block can always reach it when a backlog
    ///         is overdue, and a flood of entries can never make every checkpoint refusable.
    uint16 public constant DEFAULT_MAX_FORCED_PER_CHECKPOINT = 16;

    /// @dev What submitCheckpoint updates, packed in one slot (224 bits) so a submission pays for a
    ///      single SLOAD and SSTORE of it. The latest checkpoint's L1 origin and forced cursor are
    ///      kept here too, so the checks against them need not read that checkpoint.
    struct State {
        uint64 latestNumber;
        uint64 latestEnd;
        uint32 minReferenceBlock;
        uint32 latestL1Origin;
        uint32 latestForcedCount;
    }

    /// @dev What submitCheckpoint only reads, packed in one slot (256 bits): one more SLOAD per
    ///      submission, no SSTORE.
    struct Config {
        address inbox;
        uint32 maxReferenceAge;
        uint16 thresholdBips;
        uint32 forcedInclusionDelay;
        uint16 maxForcedPerCheckpoint;
    }

    /// @inheritdoc ICheckpointRegistry
    IBLSSignatureChecker public immutable signatureChecker;

    /// @dev Set once by setSlasher; read through slasher().
    address private _slasher;

    State private _state;
    Config private _config;
    bytes private _quorumNumbers;

    mapping(uint64 number => StoredCheckpoint) private _checkpoints;

    mapping(uint64 rollupId => Rollup) private _rollups;
    uint64[] private _rollupIds;
    /// @dev Position in _rollupIds plus one; zero means not registered.
    mapping(uint64 rollupId => uint256) private _rollupIdPosition;

    modifier onlySlasher() {
        if (msg.sender != _slasher) revert OnlySlasher(msg.sender);
        _;
    }

    modifier onlyRollupOwner(uint64 rollupId) {
        address rollupOwner = _rollups[rollupId].owner;
        if (rollupOwner == address(0)) revert RollupNotRegistered(rollupId);
        if (msg.sender != rollupOwner) revert NotRollupOwner(rollupId, msg.sender);
        _;
    }

    /// @dev The rollup's owner, or the registry's owner (governance) reclaiming the ID.
    modifier onlyRollupOwnerOrGovernance(uint64 rollupId) {
        address rollupOwner = _rollups[rollupId].owner;
        if (rollupOwner == address(0)) revert RollupNotRegistered(rollupId);
        if (msg.sender != rollupOwner && msg.sender != owner()) revert NotRollupOwner(rollupId, msg.sender);
        _;
    }

    /// @param checker The middleware BLSSignatureChecker (the AVS ServiceManager).
    /// @param quorumNumbers_ The quorums whose stake must sign, strictly ascending, each below 192.
    /// @param thresholdBips_ Signed stake required per quorum, in (5000, 10000] basis points.
    /// @param maxReferenceAge_ How many blocks old a reference block may be (> 0).
    /// @param initialOwner Owner of the configuration (Ownable2Step).
    constructor(
        IBLSSignatureChecker checker,
        bytes memory quorumNumbers_,
        uint16 thresholdBips_,
        uint32 maxReferenceAge_,
        address initialOwner
    ) {
        if (address(checker) == address(0) || initialOwner == address(0)) revert ZeroAddress();
        if (quorumNumbers_.length == 0) revert EmptyQuorumNumbers();
        for (uint256 i = 0; i < quorumNumbers_.length; ++i) {
            uint8 q = uint8(quorumNumbers_[i]);
            if (q >= 192 || (i > 0 && q <= uint8(quorumNumbers_[i - 1]))) revert InvalidQuorumNumbers();
        }
        _checkThreshold(thresholdBips_);
        if (maxReferenceAge_ == 0) revert InvalidMaxReferenceAge();

        signatureChecker = checker;
        _quorumNumbers = quorumNumbers_;
        _config = Config({
            inbox: address(0),
            maxReferenceAge: maxReferenceAge_,
            thresholdBips: thresholdBips_,
            forcedInclusionDelay: DEFAULT_FORCED_INCLUSION_DELAY,
            maxForcedPerCheckpoint: DEFAULT_MAX_FORCED_PER_CHECKPOINT
        });
        _transferOwnership(initialOwner);
    }

    // ---------------------------------------------------------------------------------------------
    // Owner
    // ---------------------------------------------------------------------------------------------

    /// @notice Sets the signed stake required per quorum, in (5000, 10000] basis points. Owner only.
    /// @param newBips The new threshold.
    function setThresholdBips(uint16 newBips) external onlyOwner {
        _checkThreshold(newBips);
        uint16 previous = _config.thresholdBips;
        _config.thresholdBips = newBips;
        emit ThresholdUpdated(previous, newBips);
    }

    /// @notice Sets how many blocks old a reference block may be (> 0). Owner only.
    /// @param newAge The new maximum age in blocks.
    function setMaxReferenceAge(uint32 newAge) external onlyOwner {
        if (newAge == 0) revert InvalidMaxReferenceAge();
        uint32 previous = _config.maxReferenceAge;
        _config.maxReferenceAge = newAge;
        emit MaxReferenceAgeUpdated(previous, newAge);
    }

    /// @notice Sets the EquivocationSlasher allowed to raise minReferenceBlock. Owner only, once.
    /// @param newSlasher The slasher contract.
    function setSlasher(address newSlasher) external onlyOwner {
        if (newSlasher == address(0)) revert ZeroAddress();
        if (_slasher != address(0)) revert SlasherAlreadySet();
        _slasher = newSlasher;
        emit SlasherSet(newSlasher);
    }

    /// @notice Sets the ForcedInclusionInbox whose queue checkpoints must include. Owner only, once.
    ///         Its entries count from the next checkpoint on.
    /// @param inbox The inbox contract.
    function setForcedInclusionInbox(address inbox) external onlyOwner {
        if (inbox == address(0)) revert ZeroAddress();
        if (_config.inbox != address(0)) revert ForcedInclusionInboxAlreadySet();
        _config.inbox = inbox;
        emit ForcedInclusionInboxSet(inbox);
    }

    /// @notice Sets how many L1 blocks an inbox entry may stay out of checkpoints (> 0), for
    ///         entries queued from now on: each entry keeps the deadline it was queued with.
    ///         Owner only.
    /// @param newDelay The new delay in L1 blocks.
    function setForcedInclusionDelay(uint32 newDelay) external onlyOwner {
        if (newDelay == 0) revert InvalidForcedInclusionDelay();
        uint32 previous = _config.forcedInclusionDelay;
        _config.forcedInclusionDelay = newDelay;
        emit ForcedInclusionDelayUpdated(previous, newDelay);
    }

    /// @notice Sets how many inbox entries exempt a checkpoint from the delay (> 0). Owner only.
    /// @param newMax The new number of entries.
    function setMaxForcedPerCheckpoint(uint16 newMax) external onlyOwner {
        if (newMax == 0) revert InvalidMaxForcedPerCheckpoint();
        uint16 previous = _config.maxForcedPerCheckpoint;
        _config.maxForcedPerCheckpoint = newMax;
        emit MaxForcedPerCheckpointUpdated(previous, newMax);
    }

    /// @inheritdoc ICheckpointRegistry
    function slasher() external view returns (address) {
        return _slasher;
    }

    /// @inheritdoc ICheckpointRegistry
    function forcedInclusionInbox() external view returns (address) {
        return _config.inbox;
    }

    /// @inheritdoc ICheckpointRegistry
    function forcedInclusionDelay() external view returns (uint32) {
        return _config.forcedInclusionDelay;
    }

    /// @inheritdoc ICheckpointRegistry
    function maxForcedPerCheckpoint() external view returns (uint16) {
        return _config.maxForcedPerCheckpoint;
    }

    // ---------------------------------------------------------------------------------------------
    // Rollups
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc ICheckpointRegistry
    /// @dev Registry owner only, with a custom error (Ownable's onlyOwner reverts with a string) so
    ///      a refused registrant learns who admits rollups.
    function registerRollup(uint64 rollupId, address rollupOwner, string calldata metadata) external {
        if (msg.sender != owner()) revert NotRegistryOwner(msg.sender, owner());
        if (rollupId == 0) revert InvalidRollupId();
        if (_rollups[rollupId].owner != address(0)) revert RollupAlreadyRegistered(rollupId);
        if (rollupOwner == address(0)) revert ZeroAddress();
        _checkMetadata(metadata);

        _rollups[rollupId] = Rollup({owner: rollupOwner, registeredAt: uint64(block.number), metadata: metadata});
        _rollupIds.push(rollupId);
        _rollupIdPosition[rollupId] = _rollupIds.length;
        emit RollupRegistered(rollupId, rollupOwner, metadata);
    }

    /// @inheritdoc ICheckpointRegistry
    function updateRollupMetadata(uint64 rollupId, string calldata metadata) external onlyRollupOwner(rollupId) {
        _checkMetadata(metadata);
        _rollups[rollupId].metadata = metadata;
        emit RollupMetadataUpdated(rollupId, metadata);
    }

    /// @inheritdoc ICheckpointRegistry
    function transferRollupOwnership(uint64 rollupId, address newOwner) external onlyRollupOwner(rollupId) {
        if (newOwner == address(0)) revert ZeroAddress();
        _rollups[rollupId].owner = newOwner;
        emit RollupOwnershipTransferred(rollupId, msg.sender, newOwner);
    }

    /// @inheritdoc ICheckpointRegistry
    function deregisterRollup(uint64 rollupId) external onlyRollupOwnerOrGovernance(rollupId) {
        delete _rollups[rollupId];

        // Swap-and-pop: move the last ID into the removed one's place.
        uint256 position = _rollupIdPosition[rollupId];
        uint256 lastPosition = _rollupIds.length;
        if (position != lastPosition) {
            uint64 lastId = _rollupIds[lastPosition - 1];
            _rollupIds[position - 1] = lastId;
            _rollupIdPosition[lastId] = position;
        }
        _rollupIds.pop();
        delete _rollupIdPosition[rollupId];
        emit RollupDeregistered(rollupId);
    }

    // ---------------------------------------------------------------------------------------------
    // Checkpoints
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc ICheckpointRegistry
    /// @dev Checks, in order: sequence, height range, reference block window, L1 origin and forced
    ///      cursor (view calls to the inbox), then the aggregate signature (the checker's own errors
    ///      bubble up unchanged) and the per-quorum threshold.
    function submitCheckpoint(
        Checkpoint calldata checkpoint,
        uint32 referenceBlock,
        IBLSSignatureChecker.NonSignerStakesAndSignature calldata signature
    ) external {
        State memory s = _state;
        Config memory c = _config;
        _checkSequence(s, checkpoint);
        _checkReferenceBlock(s, c, referenceBlock);
        _checkL1Origin(s, checkpoint.l1Origin);
        _checkForcedCursor(s, c, checkpoint);
        bytes32 digest = LockstepProofs.checkpointDigest(block.chainid, address(this), checkpoint);
        bytes32 signatoryRecordHash = _checkSignedStake(digest, referenceBlock, signature, c.thresholdBips);

        uint64 number = checkpoint.number;
        uint64 endHeight = checkpoint.endHeight;
        // Exact casts: l1Origin < block.number (checked), which fits in 32 bits as the middleware
        // assumes of block numbers; forcedCount <= the inbox's count (checked), which the inbox
        // caps at 2^32-1.
        // forge-lint: disable-next-line(unsafe-typecast)
        uint32 l1Origin = uint32(checkpoint.l1Origin);
        // forge-lint: disable-next-line(unsafe-typecast)
        uint32 forcedCount = uint32(checkpoint.forcedCount);
        _checkpoints[number] = StoredCheckpoint({
            root: checkpoint.root,
            startHeight: checkpoint.startHeight,
            endHeight: endHeight,
            referenceBlock: referenceBlock,
            l1Block: uint32(block.number),
            l1Origin: l1Origin,
            forcedCount: forcedCount
        });
        s.latestNumber = number;
        s.latestEnd = endHeight;
        s.latestL1Origin = l1Origin;
        s.latestForcedCount = forcedCount;
        _state = s;
        _emitSubmitted(checkpoint, digest, referenceBlock, signatoryRecordHash);
    }

    /// @inheritdoc ICheckpointRegistry
    /// @dev Only ever raises: a lower value is ignored (no event), so two ejections in one block
    ///      or out of order cannot lower the bar.
    function raiseMinReferenceBlock(uint32 blockNumber) external onlySlasher {
        if (blockNumber <= _state.minReferenceBlock) return;
        _state.minReferenceBlock = blockNumber;
        emit MinReferenceBlockRaised(blockNumber);
    }

    // ---------------------------------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------------------------------

    /// @inheritdoc ICheckpointRegistry
    function checkpointDigest(Checkpoint calldata checkpoint) external view returns (bytes32) {
        return LockstepProofs.checkpointDigest(block.chainid, address(this), checkpoint);
    }

    /// @inheritdoc ICheckpointRegistry
    function latestCheckpointNumber() external view returns (uint64) {
        return _state.latestNumber;
    }

    /// @inheritdoc ICheckpointRegistry
    function latestEndHeight() external view returns (uint64) {
        return _state.latestEnd;
    }

    /// @inheritdoc ICheckpointRegistry
    function latestCheckpoint() external view returns (uint64 number, StoredCheckpoint memory) {
        number = _state.latestNumber;
        if (number == 0) revert CheckpointNotFound(0);
        return (number, _checkpoints[number]);
    }

    /// @inheritdoc ICheckpointRegistry
    function getCheckpoint(uint64 number) external view returns (StoredCheckpoint memory) {
        if (number == 0 || number > _state.latestNumber) revert CheckpointNotFound(number);
        return _checkpoints[number];
    }

    /// @inheritdoc ICheckpointRegistry
    /// @dev Binary search for the first checkpoint whose endHeight >= height. End heights strictly
    ///      increase with the number and ranges are contiguous from height 1, so that checkpoint
    ///      starts at or below `height`.
    function checkpointByHeight(uint64 height) external view returns (uint64 number, StoredCheckpoint memory) {
        State memory s = _state;
        if (height == 0 || height > s.latestEnd) revert HeightNotCheckpointed(height);
        uint64 lo = 1;
        uint64 hi = s.latestNumber;
        while (lo < hi) {
            uint64 mid;
            unchecked {
                // Cannot overflow: lo < hi <= type(uint64).max, so (hi - lo) / 2 + lo < hi.
                mid = lo + (hi - lo) / 2;
            }
            if (_checkpoints[mid].endHeight < height) {
                unchecked {
                    // Cannot overflow: mid < hi.
                    lo = mid + 1;
                }
            } else {
                hi = mid;
            }
        }
        return (lo, _checkpoints[lo]);
    }

    /// @inheritdoc ICheckpointRegistry
    function latestForcedCount() external view returns (uint64) {
        return _state.latestForcedCount;
    }

    /// @inheritdoc ICheckpointRegistry
    function isRollupRegistered(uint64 rollupId) external view returns (bool) {
        return _rollups[rollupId].owner != address(0);
    }

    /// @inheritdoc ICheckpointRegistry
    function getRollup(uint64 rollupId) external view returns (Rollup memory) {
        Rollup memory rollup = _rollups[rollupId];
        if (rollup.owner == address(0)) revert RollupNotRegistered(rollupId);
        return rollup;
    }

    /// @inheritdoc ICheckpointRegistry
    function rollupIds() external view returns (uint64[] memory) {
        return _rollupIds;
    }

    /// @inheritdoc ICheckpointRegistry
    function quorumNumbers() external view returns (bytes memory) {
        return _quorumNumbers;
    }

    /// @inheritdoc ICheckpointRegistry
    function thresholdBips() external view returns (uint16) {
        return _config.thresholdBips;
    }

    /// @inheritdoc ICheckpointRegistry
    function maxReferenceAge() external view returns (uint32) {
        return _config.maxReferenceAge;
    }

    /// @inheritdoc ICheckpointRegistry
    function minReferenceBlock() external view returns (uint32) {
        return _state.minReferenceBlock;
    }

    // ---------------------------------------------------------------------------------------------
    // Internal
    // ---------------------------------------------------------------------------------------------

    /// @dev Checkpoint `checkpoint` must be the successor of the latest one and continue its heights.
    function _checkSequence(State memory s, Checkpoint calldata checkpoint) private pure {
        uint64 number = checkpoint.number;
        if (number <= s.latestNumber && number != 0) revert CheckpointAlreadySubmitted(number);
        uint64 expectedNumber;
        unchecked {
            // Cannot overflow: either number > latestNumber (so latestNumber < type(uint64).max),
            // or number == 0 == latestNumber.
            expectedNumber = s.latestNumber + 1;
        }
        if (number != expectedNumber) revert NonSequentialCheckpoint(expectedNumber, number);
        // Checked: reverts (panic) only once a checkpoint ended at height 2^64-1.
        uint64 expectedStart = s.latestEnd + 1;
        if (checkpoint.startHeight != expectedStart) revert NonContiguousHeights(expectedStart, checkpoint.startHeight);
        if (checkpoint.endHeight < checkpoint.startHeight) {
            revert InvalidHeightRange(checkpoint.startHeight, checkpoint.endHeight);
        }
    }

    /// @dev The reference block must be in the past, at most maxReferenceAge blocks old, and not
    ///      before minReferenceBlock (the latest ejection).
    function _checkReferenceBlock(State memory s, Config memory c, uint32 referenceBlock) private view {
        if (referenceBlock >= block.number) revert ReferenceBlockNotInPast(referenceBlock, block.number);
        uint256 oldestAllowed;
        unchecked {
            // Cannot underflow: guarded by the comparison.
            oldestAllowed = block.number > c.maxReferenceAge ? block.number - c.maxReferenceAge : 0;
        }
        if (oldestAllowed < s.minReferenceBlock) oldestAllowed = s.minReferenceBlock;
        // When this fails, referenceBlock < oldestAllowed <= max(block.number, minReferenceBlock), so
        // the cast is exact as long as block numbers fit in uint32 (as the middleware assumes).
        // forge-lint: disable-next-line(unsafe-typecast)
        if (referenceBlock < oldestAllowed) revert StaleReferenceBlock(referenceBlock, uint32(oldestAllowed));
    }

    /// @dev The L1 origin must be in the past (operators cannot have derived from a block that does
    ///      not exist yet) and must not go back behind the previous checkpoint's.
    function _checkL1Origin(State memory s, uint64 l1Origin) private view {
        if (l1Origin >= block.number) revert L1OriginNotInPast(l1Origin, block.number);
        if (l1Origin < s.latestL1Origin) revert L1OriginBackwards(s.latestL1Origin, l1Origin);
    }

    /// @dev The forced cursor moves forward over a prefix of the inbox's queue: its accumulator is
    ///      the inbox's, its last entry was queued at or before the L1 origin, and the first entry
    ///      left out is at most forcedInclusionDelay blocks old at the L1 origin unless the
    ///      checkpoint includes maxForcedPerCheckpoint entries. Without an inbox the queue is empty.
    ///      Entries' L1 blocks never decrease, so checking the last included and the first left out
    ///      entry covers all of them.
    function _checkForcedCursor(State memory s, Config memory c, Checkpoint calldata checkpoint) private view {
        uint64 forcedCount = checkpoint.forcedCount;
        uint64 previous = s.latestForcedCount;
        if (forcedCount < previous) revert ForcedCursorBackwards(previous, forcedCount);
        if (c.inbox == address(0)) {
            if (forcedCount != 0) revert ForcedCursorBeyondQueue(forcedCount, 0);
            if (checkpoint.forcedAcc != bytes32(0)) revert ForcedAccumulatorMismatch(bytes32(0), checkpoint.forcedAcc);
            return;
        }
        IForcedInclusionInbox inbox = IForcedInclusionInbox(c.inbox);
        uint64 queued = inbox.count();
        if (forcedCount > queued) revert ForcedCursorBeyondQueue(forcedCount, queued);
        bytes32 expected = inbox.accumulatorAt(forcedCount);
        if (expected != checkpoint.forcedAcc) revert ForcedAccumulatorMismatch(expected, checkpoint.forcedAcc);

        uint64 l1Origin = checkpoint.l1Origin;
        if (forcedCount != 0) {
            uint64 last;
            unchecked {
                // Cannot underflow: forcedCount != 0.
                last = forcedCount - 1;
            }
            uint64 queuedAt = inbox.entry(last).l1Block;
            if (queuedAt > l1Origin) revert ForcedEntryNotVisible(last, queuedAt, l1Origin);
        }
        uint64 included;
        unchecked {
            // Cannot underflow: forcedCount >= previous (checked above).
            included = forcedCount - previous;
        }
        if (forcedCount < queued && included < c.maxForcedPerCheckpoint) {
            // The entry's own deadline (its queue block plus the delay when it was queued): the
            // rule rollups derive from L1 too, so the owner changing the delay moves neither.
            IForcedInclusionInbox.Entry memory next = inbox.entry(forcedCount);
            if (l1Origin > next.deadline) revert ForcedEntryOverdue(forcedCount, next.l1Block, l1Origin);
        }
    }

    /// @dev Emits CheckpointSubmitted; a function of its own because the event's ten fields do not
    ///      fit on submitCheckpoint's stack.
    function _emitSubmitted(
        Checkpoint calldata checkpoint,
        bytes32 digest,
        uint32 referenceBlock,
        bytes32 signatoryRecordHash
    ) private {
        emit CheckpointSubmitted(
            checkpoint.number,
            checkpoint.startHeight,
            checkpoint.endHeight,
            checkpoint.root,
            digest,
            referenceBlock,
            signatoryRecordHash,
            checkpoint.l1Origin,
            checkpoint.forcedCount,
            checkpoint.forcedAcc
        );
    }

    /// @dev Verifies the aggregate signature through the middleware (its errors bubble up) and
    ///      requires signed * 10000 >= total * thresholdBips in every quorum. Returns the
    ///      signatory record hash.
    function _checkSignedStake(
        bytes32 digest,
        uint32 referenceBlock,
        IBLSSignatureChecker.NonSignerStakesAndSignature calldata signature,
        uint16 bips
    ) private view returns (bytes32 signatoryRecordHash) {
        bytes memory quorums = _quorumNumbers;
        IBLSSignatureChecker.QuorumStakeTotals memory totals;
        (totals, signatoryRecordHash) = signatureChecker.checkSignatures(digest, quorums, referenceBlock, signature);
        for (uint256 i = 0; i < quorums.length; ++i) {
            uint96 signed = totals.signedStakeForQuorum[i];
            uint96 total = totals.totalStakeForQuorum[i];
            // uint256 maths: signed * 10000 can overflow uint96.
            if (total == 0 || uint256(signed) * BIPS < uint256(total) * bips) {
                revert InsufficientSignedStake(uint8(quorums[i]), signed, total, bips);
            }
        }
    }

    function _checkThreshold(uint16 bips) private pure {
        if (bips <= 5000 || bips > BIPS) revert InvalidThreshold(bips);
    }

    function _checkMetadata(string calldata metadata) private pure {
        if (bytes(metadata).length > MAX_METADATA_BYTES) {
            revert MetadataTooLong(bytes(metadata).length, MAX_METADATA_BYTES);
        }
    }
}
