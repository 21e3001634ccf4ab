// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IAllocationManager} from "./eigenlayer/IAllocationManager.sol";
import {IRewardsCoordinatorTypes} from "./eigenlayer/IRewardsCoordinator.sol";

/// @title ILockstepServiceManagerErrors
interface ILockstepServiceManagerErrors {
    /// @notice A constructor or initializer address argument was zero.
    error ZeroAddress();
    /// @notice The caller is not the owner.
    error NotOwner(address caller);
    /// @notice The caller is not the pending owner.
    error NotPendingOwner(address caller);
    /// @notice The caller is not the rewards initiator.
    error NotRewardsInitiator(address caller);
    /// @notice A rewards submission was for an operator set of another AVS.
    error NotThisAVS(address avs);
}

/// @title ILockstepServiceManagerEvents
interface ILockstepServiceManagerEvents {
    /// @notice Ownership moved (by initialize or acceptOwnership).
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    /// @notice The owner proposed `newOwner`, who takes over with acceptOwnership.
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);
    /// @notice The account allowed to submit rewards changed.
    event RewardsInitiatorUpdated(address previousRewardsInitiator, address newRewardsInitiator);
    /// @notice The AVS's metadata URI was sent to the AllocationManager.
    event AVSMetadataURIUpdated(string metadataURI);
    /// @notice The AVS's rewards claimer was set in the RewardsCoordinator.
    event ClaimerSet(address claimer);
    /// @notice An appointee was granted `selector` on `target` on behalf of the AVS.
    event AppointeeSet(address indexed appointee, address indexed target, bytes4 selector);
    /// @notice An appointee lost `selector` on `target` on behalf of the AVS.
    event AppointeeRemoved(address indexed appointee, address indexed target, bytes4 selector);
}

/// @title ILockstepServiceManager
/// @notice Lockstep's AVS identity in EigenLayer: the address that owns the operator sets, is the
///         PermissionController account of the AVS, and pays operators and stakers through the
///         RewardsCoordinator.
interface ILockstepServiceManager is ILockstepServiceManagerErrors, ILockstepServiceManagerEvents {
    /// @notice Sets the owner and the rewards initiator, makes this contract an admin of itself in
    ///         the PermissionController (so its owner-gated passthroughs can act for the AVS) and
    ///         proposes `initialOwner` as an admin too (who completes it with
    ///         PermissionController.acceptAdmin(this)). Callable once, through the proxy.
    function initialize(address initialOwner, address initialRewardsInitiator) external;

    /// @notice The owner (governance of the AVS).
    function owner() external view returns (address);

    /// @notice The proposed owner, until they accept.
    function pendingOwner() external view returns (address);

    /// @notice Proposes `newOwner`; the current owner stays until they call acceptOwnership.
    function transferOwnership(address newOwner) external;

    /// @notice Completes a transfer proposed with transferOwnership.
    function acceptOwnership() external;

    /// @notice The account allowed to submit rewards.
    function rewardsInitiator() external view returns (address);

    /// @notice EigenLayer's AVSDirectory (read by EigenLayer tooling).
    function avsDirectory() external view returns (address);

    /// @notice Owner only: publishes the AVS metadata URI through the AllocationManager.
    function updateAVSMetadataURI(string calldata metadataURI) external;

    /// @notice Owner only: changes the rewards initiator.
    function setRewardsInitiator(address newRewardsInitiator) external;

    /// @notice Owner only: sets who may claim rewards earned by this AVS address.
    function setClaimerFor(address claimer) external;

    /// @notice Owner only: lets `appointee` call `selector` on `target` on behalf of the AVS.
    function setAppointee(address appointee, address target, bytes4 selector) external;

    /// @notice Owner only: revokes what setAppointee granted.
    function removeAppointee(address appointee, address target, bytes4 selector) external;

    /// @notice Rewards initiator only: pulls each submission's amount of its token from the caller
    ///         and submits them to the RewardsCoordinator as this AVS.
    function createAVSRewardsSubmission(IRewardsCoordinatorTypes.RewardsSubmission[] calldata submissions) external;

    /// @notice Rewards initiator only: pulls each submission's total (the sum of its operator
    ///         rewards) of its token from the caller and submits them to the RewardsCoordinator for
    ///         `operatorSet`, which must belong to this AVS.
    function createOperatorDirectedOperatorSetRewardsSubmission(
        IAllocationManager.OperatorSet calldata operatorSet,
        IRewardsCoordinatorTypes.OperatorDirectedRewardsSubmission[] calldata submissions
    ) external;
}
