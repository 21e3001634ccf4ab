// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {IAllocationManager} from "./IAllocationManager.sol";

/// @title IRewardsCoordinatorTypes
/// @notice The structs of EigenLayer's RewardsCoordinator (core v1.4.2) that an AVS submits. Field
///         order and types match the v1.4.2 ABI exactly, so the calldata is the same.
interface IRewardsCoordinatorTypes {
    /// @notice A strategy and the weight of its shares in the reward calculation (1e18 = 1x).
    struct StrategyAndMultiplier {
        address strategy;
        uint96 multiplier;
    }

    /// @notice Rewards split among the stakers and operators of the AVS pro rata to stake.
    struct RewardsSubmission {
        StrategyAndMultiplier[] strategiesAndMultipliers;
        IERC20 token;
        uint256 amount;
        uint32 startTimestamp;
        uint32 duration;
    }

    /// @notice One operator's share of an operator-directed submission.
    struct OperatorReward {
        address operator;
        uint256 amount;
    }

    /// @notice Rewards whose per-operator amounts the AVS decides.
    struct OperatorDirectedRewardsSubmission {
        StrategyAndMultiplier[] strategiesAndMultipliers;
        IERC20 token;
        OperatorReward[] operatorRewards;
        uint32 startTimestamp;
        uint32 duration;
        string description;
    }
}

/// @title IRewardsCoordinator
/// @notice The part of EigenLayer's RewardsCoordinator (core v1.4.2) that Lockstep's service
///         manager calls. The coordinator pulls each submission's tokens from the caller.
interface IRewardsCoordinator is IRewardsCoordinatorTypes {
    /// @notice Submits rewards for the caller (the AVS) over its stakers, pro rata to stake.
    function createAVSRewardsSubmission(RewardsSubmission[] calldata rewardsSubmissions) external;

    /// @notice Submits operator-directed rewards for `operatorSet`; the caller must be able to act
    ///         for operatorSet.avs (PermissionController).
    function createOperatorDirectedOperatorSetRewardsSubmission(
        IAllocationManager.OperatorSet calldata operatorSet,
        OperatorDirectedRewardsSubmission[] calldata operatorDirectedRewardsSubmissions
    ) external;

    /// @notice Sets who may claim the caller's rewards.
    function setClaimerFor(address claimer) external;
}
