// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {ICheckpointRegistry, ICheckpointRegistryTypes} from "./interfaces/ICheckpointRegistry.sol";
import {IEquivocationSlasher} from "./interfaces/IEquivocationSlasher.sol";
import {BN254Types} from "./interfaces/eigenlayer/BN254Types.sol";
import {IAllocationManager} from "./interfaces/eigenlayer/IAllocationManager.sol";
import {IBLSApkRegistry} from "./interfaces/eigenlayer/IBLSApkRegistry.sol";
import {IBLSSignatureChecker} from "./interfaces/eigenlayer/IBLSSignatureChecker.sol";
import {ISlashingRegistryCoordinator} from "./interfaces/eigenlayer/ISlashingRegistryCoordinator.sol";
import {IStakeRegistry} from "./interfaces/eigenlayer/IStakeRegistry.sol";
import {LockstepProofs} from "./libraries/LockstepProofs.sol";

/// @title EquivocationSlasher
/// @notice Anyone can prove that a registered operator BLS-signed two different checkpoint digests
///         with the same number. The operator is then slashed through EigenLayer's
///         AllocationManager in every quorum's operator set, ejected from the quorums, and the
///         registry stops accepting reference blocks from before the ejection.
/// @dev Deployment wiring (done by the Go deployer, not here): this contract must be
///      - the AVS's PermissionController appointee for AllocationManager.slashOperator, and
///      - the SlashingRegistryCoordinator's ejector, and
///      - the CheckpointRegistry's slasher (CheckpointRegistry.setSlasher);
///      and the SlashingRegistryCoordinator must be the AVS's appointee for
///      AllocationManager.deregisterFromOperatorSets, which ejectOperator calls for operator-set
///      quorums (without it, proveEquivocation reverts with InvalidCaller()).
///      Quorum numbers double as operator set IDs, as in the middleware's slashable quorums.
contract EquivocationSlasher is IEquivocationSlasher, Ownable2Step {
    using Strings for uint256;

    /// @dev 1e18 = 100% of the allocated magnitude.
    uint256 private constant WAD = 1e18;

    /// @dev SlashingRegistryCoordinator.OperatorStatus.REGISTERED.
    uint8 private constant OPERATOR_REGISTERED = 1;

    /// @notice The registry whose checkpoint digests operators sign.
    ICheckpointRegistry public immutable registry;
    /// @notice The middleware registry coordinator (status, quorum bitmap, ejection).
    ISlashingRegistryCoordinator public immutable coordinator;
    /// @notice The middleware BLSApkRegistry holding operators' registered keys.
    IBLSApkRegistry public immutable apkRegistry;
    /// @notice The middleware StakeRegistry listing each quorum's strategies.
    IStakeRegistry public immutable stakeRegistry;
    /// @notice EigenLayer's AllocationManager.
    IAllocationManager public immutable allocationManager;
    /// @notice The signature checker the registry uses (its pairing check verifies single signatures).
    IBLSSignatureChecker public immutable signatureChecker;
    /// @notice The AVS owning the operator sets (the coordinator's avs()).
    address public immutable avs;

    /// @dev Changed only by the owner through setWadToSlash; read through wadToSlash().
    uint256 private _wadToSlash;

    /// @dev The registry's quorum numbers, copied at construction (they are fixed there too).
    bytes private _quorumNumbers;

    mapping(address operator => mapping(uint64 number => bool)) private _slashed;

    /// @param registry_ The CheckpointRegistry; its signature checker and quorums are read here.
    /// @param coordinator_ The AVS's SlashingRegistryCoordinator; its avs() owns the operator sets.
    /// @param apkRegistry_ The AVS's BLSApkRegistry.
    /// @param stakeRegistry_ The AVS's StakeRegistry.
    /// @param allocationManager_ EigenLayer's AllocationManager.
    /// @param wadToSlash_ Fraction of the allocated magnitude slashed per offence, in (0, 1e18].
    /// @param initialOwner Owner allowed to change wadToSlash (Ownable2Step).
    constructor(
        ICheckpointRegistry registry_,
        ISlashingRegistryCoordinator coordinator_,
        IBLSApkRegistry apkRegistry_,
        IStakeRegistry stakeRegistry_,
        IAllocationManager allocationManager_,
        uint256 wadToSlash_,
        address initialOwner
    ) {
        if (
            address(registry_) == address(0) || address(coordinator_) == address(0)
                || address(apkRegistry_) == address(0) || address(stakeRegistry_) == address(0)
                || address(allocationManager_) == address(0) || initialOwner == address(0)
        ) revert ZeroAddress();
        _checkWad(wadToSlash_);

        IBLSSignatureChecker checker = registry_.signatureChecker();
        address avs_ = coordinator_.avs();
        if (address(checker) == address(0) || avs_ == address(0)) revert ZeroAddress();

        registry = registry_;
        coordinator = coordinator_;
        apkRegistry = apkRegistry_;
        stakeRegistry = stakeRegistry_;
        allocationManager = allocationManager_;
        signatureChecker = checker;
        avs = avs_;
        _quorumNumbers = registry_.quorumNumbers();
        _wadToSlash = wadToSlash_;
        _transferOwnership(initialOwner);
    }

    /// @notice Sets the fraction of the allocated magnitude slashed per offence. Owner only.
    /// @param newWad The new fraction, in (0, 1e18].
    function setWadToSlash(uint256 newWad) external onlyOwner {
        _checkWad(newWad);
        uint256 previous = _wadToSlash;
        _wadToSlash = newWad;
        emit WadToSlashUpdated(previous, newWad);
    }

    /// @inheritdoc IEquivocationSlasher
    function wadToSlash() external view returns (uint256) {
        return _wadToSlash;
    }

    /// @inheritdoc IEquivocationSlasher
    /// @dev Checks (including the view calls deciding where to slash and eject), then records the
    ///      evidence and emits, then calls the AllocationManager, the coordinator and the registry.
    function proveEquivocation(
        address operator,
        ICheckpointRegistryTypes.Checkpoint calldata a,
        BN254Types.G1Point calldata sigA,
        ICheckpointRegistryTypes.Checkpoint calldata b,
        BN254Types.G1Point calldata sigB
    ) external {
        uint64 number = a.number;
        if (number != b.number) revert CheckpointNumberMismatch(number, b.number);
        bytes32 digestA = LockstepProofs.checkpointDigest(block.chainid, address(registry), a);
        bytes32 digestB = LockstepProofs.checkpointDigest(block.chainid, address(registry), b);
        if (digestA == digestB) revert NotConflicting(digestA);
        if (_slashed[operator][number]) revert AlreadySlashed(operator, number);
        bytes32 operatorId = _verifySignatures(operator, digestA, sigA, digestB, sigB);
        _punish(operator, operatorId, number, digestA, digestB);
    }

    /// @inheritdoc IEquivocationSlasher
    function isSlashed(address operator, uint64 number) external view returns (bool) {
        return _slashed[operator][number];
    }

    /// @notice The quorums whose operator sets this contract slashes in (the registry's).
    function quorumNumbers() external view returns (bytes memory) {
        return _quorumNumbers;
    }

    /// @dev Records the evidence, then slashes in every quorum where `operator` is slashable and
    ///      ejects it from the quorums it is still registered in.
    function _punish(address operator, bytes32 operatorId, uint64 number, bytes32 digestA, bytes32 digestB) private {
        // ---- Checks ----
        bytes memory quorums = _quorumNumbers;
        bytes memory slashQuorums = _slashableQuorums(operator, quorums);
        if (slashQuorums.length == 0) revert OperatorNotSlashable(operator);
        bytes memory ejectQuorums = _ejectableQuorums(operator, operatorId, quorums);
        uint256 wad = _wadToSlash;

        // ---- Effects ----
        _slashed[operator][number] = true;
        emit EquivocationSlashed(operator, number, digestA, digestB, wad, ejectQuorums.length != 0, msg.sender);

        // ---- Interactions ----
        _slash(operator, number, slashQuorums, wad);
        if (ejectQuorums.length != 0) {
            coordinator.ejectOperator(operator, ejectQuorums);
            // Stakes at reference blocks from this block on no longer include the operator.
            registry.raiseMinReferenceBlock(uint32(block.number));
        }
    }

    /// @dev One slashOperator call per quorum: AllocationManager only slashes strategies of the
    ///      operator set named in the call, so quorums cannot share a call.
    function _slash(address operator, uint64 number, bytes memory slashQuorums, uint256 wad) private {
        string memory description = string.concat("lockstep: equivocation at checkpoint ", uint256(number).toString());
        for (uint256 i = 0; i < slashQuorums.length; ++i) {
            uint8 quorum = uint8(slashQuorums[i]);
            address[] memory strategies = _quorumStrategies(quorum);
            if (strategies.length == 0) continue;
            uint256[] memory wads = new uint256[](strategies.length);
            for (uint256 j = 0; j < wads.length; ++j) {
                wads[j] = wad;
            }
            allocationManager.slashOperator(
                avs,
                IAllocationManager.SlashingParams({
                    operator: operator,
                    operatorSetId: quorum,
                    strategies: strategies,
                    wadsToSlash: wads,
                    description: description
                })
            );
        }
    }

    /// @dev Checks that `operator` has registered BLS keys and signed both digests with them.
    ///      Returns its operatorId (pubkey hash).
    function _verifySignatures(
        address operator,
        bytes32 digestA,
        BN254Types.G1Point calldata sigA,
        bytes32 digestB,
        BN254Types.G1Point calldata sigB
    ) private view returns (bytes32 operatorId) {
        operatorId = apkRegistry.operatorToPubkeyHash(operator);
        if (operatorId == bytes32(0)) revert OperatorHasNoBLSKey(operator);
        (uint256 x, uint256 y) = apkRegistry.operatorToPubkey(operator);
        BN254Types.G1Point memory g1 = BN254Types.G1Point(x, y);
        BN254Types.G2Point memory g2 = apkRegistry.getOperatorPubkeyG2(operator);
        if ((x | y) == 0 || (g2.X[0] | g2.X[1] | g2.Y[0] | g2.Y[1]) == 0) revert OperatorHasNoBLSKey(operator);

        _verifySignature(operator, digestA, g1, g2, sigA);
        _verifySignature(operator, digestB, g1, g2, sigB);
    }

    function _verifySignature(
        address operator,
        bytes32 digest,
        BN254Types.G1Point memory g1,
        BN254Types.G2Point memory g2,
        BN254Types.G1Point calldata sigma
    ) private view {
        (bool pairingSuccessful, bool signatureIsValid) =
            signatureChecker.trySignatureAndApkVerification(digest, g1, g2, sigma);
        if (!pairingSuccessful || !signatureIsValid) revert InvalidOperatorSignature(operator, digest);
    }

    /// @dev The quorums (operator sets) in which `operator` can be slashed right now.
    function _slashableQuorums(address operator, bytes memory quorums) private view returns (bytes memory out) {
        out = new bytes(quorums.length);
        uint256 n = 0;
        for (uint256 i = 0; i < quorums.length; ++i) {
            IAllocationManager.OperatorSet memory set =
                IAllocationManager.OperatorSet({avs: avs, id: uint8(quorums[i])});
            if (allocationManager.isOperatorSlashable(operator, set)) out[n++] = quorums[i];
        }
        _truncate(out, n);
    }

    /// @dev The registry's quorums `operator` is currently registered in. The coordinator's
    ///      ejectOperator silently does nothing unless every quorum given is one the operator is
    ///      in, so it must be given exactly this intersection.
    function _ejectableQuorums(address operator, bytes32 operatorId, bytes memory quorums)
        private
        view
        returns (bytes memory out)
    {
        if (coordinator.getOperatorStatus(operator) != OPERATOR_REGISTERED) return out;
        uint256 bitmap = coordinator.getCurrentQuorumBitmap(operatorId);
        out = new bytes(quorums.length);
        uint256 n = 0;
        for (uint256 i = 0; i < quorums.length; ++i) {
            if (bitmap & (uint256(1) << uint8(quorums[i])) != 0) out[n++] = quorums[i];
        }
        _truncate(out, n);
    }

    /// @dev Strategies of `quorum` in the StakeRegistry, sorted strictly ascending and without
    ///      duplicates, as AllocationManager.slashOperator requires. Insertion sort: quorums have a
    ///      handful of strategies.
    function _quorumStrategies(uint8 quorum) private view returns (address[] memory out) {
        uint256 length = stakeRegistry.strategyParamsLength(quorum);
        out = new address[](length);
        uint256 n = 0;
        for (uint256 i = 0; i < length; ++i) {
            address strategy = stakeRegistry.strategyParamsByIndex(quorum, i).strategy;
            // Find the insertion point; skip duplicates (a strategy may be listed twice).
            uint256 j = n;
            while (j > 0 && out[j - 1] > strategy) {
                unchecked {
                    // Cannot underflow: j > 0.
                    --j;
                }
            }
            if (j > 0 && out[j - 1] == strategy) continue;
            for (uint256 k = n; k > j; --k) {
                out[k] = out[k - 1];
            }
            out[j] = strategy;
            ++n;
        }
        assembly ("memory-safe") {
            mstore(out, n) // shrink: n <= length
        }
    }

    function _truncate(bytes memory b, uint256 n) private pure {
        assembly ("memory-safe") {
            mstore(b, n) // shrink: n <= b.length
        }
    }

    function _checkWad(uint256 wad) private pure {
        if (wad == 0 || wad > WAD) revert InvalidWadToSlash(wad);
    }
}
