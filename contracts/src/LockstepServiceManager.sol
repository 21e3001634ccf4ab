// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {Initializable} from "@openzeppelin/contracts/proxy/utils/Initializable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

import {ILockstepServiceManager} from "./interfaces/ILockstepServiceManager.sol";
import {IAllocationManager} from "./interfaces/eigenlayer/IAllocationManager.sol";
import {IPermissionController} from "./interfaces/eigenlayer/IPermissionController.sol";
import {IRewardsCoordinator, IRewardsCoordinatorTypes} from "./interfaces/eigenlayer/IRewardsCoordinator.sol";

/// @title LockstepServiceManager
/// @notice Lockstep's AVS in EigenLayer. Its address is the AVS: it owns the operator sets the
///         registry coordinator creates, is the PermissionController account whose admins and
///         appointees act for the AVS, and pays operators and stakers through the
///         RewardsCoordinator (the coordinator sees this contract as the submitting AVS).
/// @dev Deployed behind a TransparentUpgradeableProxy; the implementation's constructor stores the
///      EigenLayer and middleware addresses as immutables and disables initializers, so only the
///      proxy can be initialized. The contract stays an admin of itself in the PermissionController
///      so that its owner-gated functions keep working after the owner becomes an admin too (once
///      an account has admins, the account itself is no longer one).
contract LockstepServiceManager is ILockstepServiceManager, Initializable {
    using SafeERC20 for IERC20;

    /// @notice EigenLayer's AllocationManager (operator sets, AVS metadata).
    IAllocationManager public immutable allocationManager;
    /// @notice EigenLayer's PermissionController (who may act for the AVS).
    IPermissionController public immutable permissionController;
    /// @notice EigenLayer's RewardsCoordinator (where rewards are submitted).
    IRewardsCoordinator public immutable rewardsCoordinator;
    /// @notice The middleware's SlashingRegistryCoordinator (the AVS registrar).
    address public immutable registryCoordinator;
    /// @notice The middleware's StakeRegistry.
    address public immutable stakeRegistry;
    /// @dev Returned by avsDirectory(); EigenLayer tooling reads it from every service manager.
    address private immutable _avsDirectory;

    address private _owner;
    address private _pendingOwner;
    address private _rewardsInitiator;

    /// @dev Room for new state in later implementations behind the same proxy.
    uint256[47] private __gap;

    modifier onlyOwner() {
        if (msg.sender != _owner) revert NotOwner(msg.sender);
        _;
    }

    modifier onlyRewardsInitiator() {
        if (msg.sender != _rewardsInitiator) revert NotRewardsInitiator(msg.sender);
        _;
    }

    constructor(
        IAllocationManager allocationManager_,
        IPermissionController permissionController_,
        IRewardsCoordinator rewardsCoordinator_,
        address avsDirectory_,
        address registryCoordinator_,
        address stakeRegistry_
    ) {
        if (
            address(allocationManager_) == address(0) || address(permissionController_) == address(0)
                || address(rewardsCoordinator_) == address(0) || avsDirectory_ == address(0)
                || registryCoordinator_ == address(0) || stakeRegistry_ == address(0)
        ) revert ZeroAddress();
        allocationManager = allocationManager_;
        permissionController = permissionController_;
        rewardsCoordinator = rewardsCoordinator_;
        _avsDirectory = avsDirectory_;
        registryCoordinator = registryCoordinator_;
        stakeRegistry = stakeRegistry_;
        _disableInitializers();
    }

    /// @inheritdoc ILockstepServiceManager
    function initialize(address initialOwner, address initialRewardsInitiator) external initializer {
        if (initialOwner == address(0) || initialRewardsInitiator == address(0)) revert ZeroAddress();
        _owner = initialOwner;
        emit OwnershipTransferred(address(0), initialOwner);
        _rewardsInitiator = initialRewardsInitiator;
        emit RewardsInitiatorUpdated(address(0), initialRewardsInitiator);
        // With no admins yet this contract is its own admin: it makes that explicit first, since
        // the owner's acceptAdmin would otherwise end its right to act for the AVS.
        permissionController.addPendingAdmin(address(this), address(this));
        permissionController.acceptAdmin(address(this));
        permissionController.addPendingAdmin(address(this), initialOwner);
    }

    // =============================================================================================
    // Ownership (two steps)
    // =============================================================================================

    /// @inheritdoc ILockstepServiceManager
    function owner() external view returns (address) {
        return _owner;
    }

    /// @inheritdoc ILockstepServiceManager
    function pendingOwner() external view returns (address) {
        return _pendingOwner;
    }

    /// @inheritdoc ILockstepServiceManager
    function transferOwnership(address newOwner) external onlyOwner {
        _pendingOwner = newOwner;
        emit OwnershipTransferStarted(_owner, newOwner);
    }

    /// @inheritdoc ILockstepServiceManager
    function acceptOwnership() external {
        if (msg.sender != _pendingOwner) revert NotPendingOwner(msg.sender);
        address previous = _owner;
        _owner = msg.sender;
        delete _pendingOwner;
        emit OwnershipTransferred(previous, msg.sender);
    }

    // =============================================================================================
    // Views EigenLayer tooling reads
    // =============================================================================================

    /// @inheritdoc ILockstepServiceManager
    function rewardsInitiator() external view returns (address) {
        return _rewardsInitiator;
    }

    /// @inheritdoc ILockstepServiceManager
    function avsDirectory() external view returns (address) {
        return _avsDirectory;
    }

    // =============================================================================================
    // Owner
    // =============================================================================================

    /// @inheritdoc ILockstepServiceManager
    function updateAVSMetadataURI(string calldata metadataURI) external onlyOwner {
        allocationManager.updateAVSMetadataURI(address(this), metadataURI);
        emit AVSMetadataURIUpdated(metadataURI);
    }

    /// @inheritdoc ILockstepServiceManager
    function setRewardsInitiator(address newRewardsInitiator) external onlyOwner {
        if (newRewardsInitiator == address(0)) revert ZeroAddress();
        address previous = _rewardsInitiator;
        _rewardsInitiator = newRewardsInitiator;
        emit RewardsInitiatorUpdated(previous, newRewardsInitiator);
    }

    /// @inheritdoc ILockstepServiceManager
    function setClaimerFor(address claimer) external onlyOwner {
        rewardsCoordinator.setClaimerFor(claimer);
        emit ClaimerSet(claimer);
    }

    /// @inheritdoc ILockstepServiceManager
    function setAppointee(address appointee, address target, bytes4 selector) external onlyOwner {
        permissionController.setAppointee(address(this), appointee, target, selector);
        emit AppointeeSet(appointee, target, selector);
    }

    /// @inheritdoc ILockstepServiceManager
    function removeAppointee(address appointee, address target, bytes4 selector) external onlyOwner {
        permissionController.removeAppointee(address(this), appointee, target, selector);
        emit AppointeeRemoved(appointee, target, selector);
    }

    // =============================================================================================
    // Rewards
    // =============================================================================================

    /// @inheritdoc ILockstepServiceManager
    function createAVSRewardsSubmission(IRewardsCoordinatorTypes.RewardsSubmission[] calldata submissions)
        external
        onlyRewardsInitiator
    {
        for (uint256 i = 0; i < submissions.length; ++i) {
            _pull(submissions[i].token, submissions[i].amount);
        }
        rewardsCoordinator.createAVSRewardsSubmission(submissions);
    }

    /// @inheritdoc ILockstepServiceManager
    function createOperatorDirectedOperatorSetRewardsSubmission(
        IAllocationManager.OperatorSet calldata operatorSet,
        IRewardsCoordinatorTypes.OperatorDirectedRewardsSubmission[] calldata submissions
    ) external onlyRewardsInitiator {
        if (operatorSet.avs != address(this)) revert NotThisAVS(operatorSet.avs);
        for (uint256 i = 0; i < submissions.length; ++i) {
            IRewardsCoordinatorTypes.OperatorReward[] calldata rewards = submissions[i].operatorRewards;
            uint256 total = 0;
            for (uint256 j = 0; j < rewards.length; ++j) {
                total += rewards[j].amount;
            }
            _pull(submissions[i].token, total);
        }
        rewardsCoordinator.createOperatorDirectedOperatorSetRewardsSubmission(operatorSet, submissions);
    }

    /// @dev Takes `amount` of `token` from the caller and lets the coordinator take it from here.
    ///      The allowance is increased, not set, so several submissions in one token add up.
    function _pull(IERC20 token, uint256 amount) private {
        token.safeTransferFrom(msg.sender, address(this), amount);
        token.safeIncreaseAllowance(address(rewardsCoordinator), amount);
    }
}
