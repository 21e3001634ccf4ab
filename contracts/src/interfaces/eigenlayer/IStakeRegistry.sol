// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title IStakeRegistry
/// @notice The part of eigenlayer-middleware's StakeRegistry that Lockstep reads.
interface IStakeRegistry {
    struct StrategyParams {
        address strategy;
        uint96 multiplier;
    }

    /// @notice Number of strategies weighted in `quorumNumber`.
    function strategyParamsLength(uint8 quorumNumber) external view returns (uint256);

    /// @notice The strategy and multiplier at `index` of `quorumNumber`.
    function strategyParamsByIndex(uint8 quorumNumber, uint256 index) external view returns (StrategyParams memory);
}
