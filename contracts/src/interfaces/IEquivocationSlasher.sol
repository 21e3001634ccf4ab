// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {ICheckpointRegistryTypes} from "./ICheckpointRegistry.sol";
import {BN254Types} from "./eigenlayer/BN254Types.sol";

/// @title IEquivocationSlasherErrors
interface IEquivocationSlasherErrors {
    /// @notice The two headers have different checkpoint numbers.
    error CheckpointNumberMismatch(uint64 numberA, uint64 numberB);
    /// @notice The two headers have the same digest: no conflict.
    error NotConflicting(bytes32 digest);
    /// @notice The operator has no registered BLS key with the AVS.
    error OperatorHasNoBLSKey(address operator);
    /// @notice A signature did not verify against the operator's registered key.
    error InvalidOperatorSignature(address operator, bytes32 digest);
    /// @notice This operator was already slashed for this checkpoint number.
    error AlreadySlashed(address operator, uint64 number);
    /// @notice The operator is not slashable in any of the registry's quorums' operator sets
    ///         (never registered, or deregistered longer ago than the deallocation delay).
    ///         The evidence is not consumed, so it can be used if the operator registers again.
    error OperatorNotSlashable(address operator);
    /// @notice Slash fraction outside (0, 1e18].
    error InvalidWadToSlash(uint256 wad);
    /// @notice A zero address where one is required.
    error ZeroAddress();
}

/// @title IEquivocationSlasherEvents
interface IEquivocationSlasherEvents {
    /// @notice `operator` signed two different digests for checkpoint `number` and was slashed.
    event EquivocationSlashed(
        address indexed operator,
        uint64 indexed number,
        bytes32 digestA,
        bytes32 digestB,
        uint256 wadToSlash,
        bool ejected,
        address reporter
    );
    /// @notice The slashed fraction changed.
    event WadToSlashUpdated(uint256 previousWad, uint256 newWad);
}

/// @title IEquivocationSlasher
/// @notice Anyone can prove that a registered operator BLS-signed two different checkpoints with
///         the same number; the operator is then slashed through EigenLayer's AllocationManager
///         and ejected from the quorums so its signatures stop counting.
interface IEquivocationSlasher is IEquivocationSlasherErrors, IEquivocationSlasherEvents {
    /// @notice Verifies both signatures against `operator`'s registered BLS keys, records the
    ///         evidence (so it cannot be replayed), slashes `wadToSlash` of its allocation in
    ///         every quorum's operator set where it is slashable, then, if it is still registered,
    ///         ejects it from the registry's quorums and raises the registry's minimum reference
    ///         block so its signature stops counting.
    function proveEquivocation(
        address operator,
        ICheckpointRegistryTypes.Checkpoint calldata a,
        BN254Types.G1Point calldata sigA,
        ICheckpointRegistryTypes.Checkpoint calldata b,
        BN254Types.G1Point calldata sigB
    ) external;

    /// @notice Whether `operator` was already slashed for checkpoint `number`.
    function isSlashed(address operator, uint64 number) external view returns (bool);

    /// @notice Fraction of the allocated magnitude slashed per offence (1e18 = 100%).
    function wadToSlash() external view returns (uint256);
}
