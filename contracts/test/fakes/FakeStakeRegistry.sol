// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IStakeRegistry} from "../../src/interfaces/eigenlayer/IStakeRegistry.sol";

/// @notice Stand-in for the middleware's StakeRegistry: each quorum's strategies in whatever order
///         (and with whatever repetitions) a test sets.
contract FakeStakeRegistry is IStakeRegistry {
    mapping(uint8 => address[]) internal _strategies;

    function setStrategies(uint8 quorumNumber, address[] memory strategies) external {
        _strategies[quorumNumber] = strategies;
    }

    /// @inheritdoc IStakeRegistry
    function strategyParamsLength(uint8 quorumNumber) external view returns (uint256) {
        return _strategies[quorumNumber].length;
    }

    /// @inheritdoc IStakeRegistry
    function strategyParamsByIndex(uint8 quorumNumber, uint256 index) external view returns (StrategyParams memory) {
        return StrategyParams({strategy: _strategies[quorumNumber][index], multiplier: 1e18});
    }
}
