// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {IAllocationManager} from "../../src/interfaces/eigenlayer/IAllocationManager.sol";
import {IRewardsCoordinator} from "../../src/interfaces/eigenlayer/IRewardsCoordinator.sol";
import {FakePermissionController} from "./FakePermissionController.sol";

/// @notice Stand-in for EigenLayer's RewardsCoordinator: takes each submission's tokens from the
///         caller with transferFrom (as the real one does), checks the caller may act for the
///         operator set's AVS, and records submission hashes and claimers.
contract FakeRewardsCoordinator is IRewardsCoordinator {
    error InvalidPermissions();
    error AmountIsZero();

    FakePermissionController public immutable permissionController;

    mapping(address => uint256) public submissionNonce;
    mapping(address => mapping(bytes32 => bool)) public isAVSRewardsSubmissionHash;
    mapping(address => mapping(bytes32 => bool)) public isOperatorDirectedOperatorSetRewardsSubmissionHash;
    mapping(address => address) public claimerFor;

    constructor(FakePermissionController permissionController_) {
        permissionController = permissionController_;
    }

    /// @inheritdoc IRewardsCoordinator
    function createAVSRewardsSubmission(RewardsSubmission[] calldata rewardsSubmissions) external {
        for (uint256 i = 0; i < rewardsSubmissions.length; ++i) {
            RewardsSubmission calldata s = rewardsSubmissions[i];
            if (s.amount == 0) revert AmountIsZero();
            bytes32 h = keccak256(abi.encode(msg.sender, submissionNonce[msg.sender]++, s));
            isAVSRewardsSubmissionHash[msg.sender][h] = true;
            s.token.transferFrom(msg.sender, address(this), s.amount);
        }
    }

    /// @inheritdoc IRewardsCoordinator
    function createOperatorDirectedOperatorSetRewardsSubmission(
        IAllocationManager.OperatorSet calldata operatorSet,
        OperatorDirectedRewardsSubmission[] calldata submissions
    ) external {
        if (!permissionController.canCall(operatorSet.avs, msg.sender, address(this), msg.sig)) {
            revert InvalidPermissions();
        }
        for (uint256 i = 0; i < submissions.length; ++i) {
            OperatorDirectedRewardsSubmission calldata s = submissions[i];
            uint256 total = 0;
            for (uint256 j = 0; j < s.operatorRewards.length; ++j) {
                if (s.operatorRewards[j].amount == 0) revert AmountIsZero();
                total += s.operatorRewards[j].amount;
            }
            bytes32 h = keccak256(abi.encode(operatorSet.avs, submissionNonce[operatorSet.avs]++, s));
            isOperatorDirectedOperatorSetRewardsSubmissionHash[operatorSet.avs][h] = true;
            s.token.transferFrom(msg.sender, address(this), total);
        }
    }

    /// @inheritdoc IRewardsCoordinator
    function setClaimerFor(address claimer) external {
        claimerFor[msg.sender] = claimer;
    }

    function balanceOf(IERC20 token) external view returns (uint256) {
        return token.balanceOf(address(this));
    }
}
