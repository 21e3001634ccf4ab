// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title ISlashingRegistryCoordinator
/// @notice The part of eigenlayer-middleware's SlashingRegistryCoordinator that Lockstep calls.
interface ISlashingRegistryCoordinator {
    /// @notice 0 = never registered, 1 = registered, 2 = deregistered.
    function getOperatorStatus(address operator) external view returns (uint8);

    /// @notice Bitmap of the quorums the operator is currently registered in.
    function getCurrentQuorumBitmap(bytes32 operatorId) external view returns (uint192);

    /// @notice Forcibly deregisters `operator` from `quorumNumbers`; callable by the ejector only.
    function ejectOperator(address operator, bytes calldata quorumNumbers) external;

    /// @notice The AVS (ServiceManager) address that owns the operator sets.
    function avs() external view returns (address);
}
