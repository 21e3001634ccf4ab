// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title IAllocationManager
/// @notice The part of EigenLayer's AllocationManager (core v1.4.2) that Lockstep calls.
interface IAllocationManager {
    /// @notice An operator set: (avs, id). For middleware quorums, id is the quorum number.
    struct OperatorSet {
        address avs;
        uint32 id;
    }

    struct SlashingParams {
        address operator;
        uint32 operatorSetId;
        address[] strategies; // strictly ascending
        uint256[] wadsToSlash; // fraction of the allocated magnitude, 1e18 = 100%
        string description;
    }

    /// @notice Slashes `params.operator` in operator set (avs, params.operatorSetId). The caller
    ///         must be the AVS or an appointee of it for this selector (PermissionController).
    ///         Every strategy must belong to that operator set (StrategyNotInOperatorSet) and the
    ///         operator must be slashable in it (OperatorNotSlashable).
    function slashOperator(address avs, SlashingParams calldata params) external;

    /// @notice Whether `operator` can be slashed in `operatorSet` now: registered, or deregistered
    ///         less than DEALLOCATION_DELAY blocks ago.
    function isOperatorSlashable(address operator, OperatorSet memory operatorSet) external view returns (bool);

    /// @notice Max magnitude of `operator` in `strategy` (1e18 before any slashing).
    function getMaxMagnitude(address operator, address strategy) external view returns (uint64);

    /// @notice Emits the AVS's metadata URI (EigenLayer's indexers read it); the caller must be able
    ///         to act for `avs` (PermissionController).
    function updateAVSMetadataURI(address avs, string calldata metadataURI) external;
}
