// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IPermissionController} from "../../src/interfaces/eigenlayer/IPermissionController.sol";

/// @notice Stand-in for EigenLayer's PermissionController with its admin rules: while an account
///         has no admins the account is its own admin, afterwards only its admins are; admins and
///         appointees (per target and selector) may act for the account.
contract FakePermissionController is IPermissionController {
    // Same names as the real errors (selectors match).
    error NotAdmin();
    error AdminAlreadyPending();
    error AdminNotPending();
    error AppointeeAlreadySet();
    error AppointeeNotSet();

    mapping(address => address[]) internal _admins;
    mapping(address => mapping(address => bool)) internal _isAdmin;
    mapping(address => mapping(address => bool)) public isPendingAdmin;
    mapping(address => mapping(address => mapping(address => mapping(bytes4 => bool)))) public isAppointee;

    modifier onlyAdmin(address account) {
        if (!isAdmin(account, msg.sender)) revert NotAdmin();
        _;
    }

    /// @inheritdoc IPermissionController
    function addPendingAdmin(address account, address admin) external onlyAdmin(account) {
        if (isPendingAdmin[account][admin]) revert AdminAlreadyPending();
        isPendingAdmin[account][admin] = true;
    }

    /// @inheritdoc IPermissionController
    function acceptAdmin(address account) external {
        if (!isPendingAdmin[account][msg.sender]) revert AdminNotPending();
        isPendingAdmin[account][msg.sender] = false;
        _isAdmin[account][msg.sender] = true;
        _admins[account].push(msg.sender);
    }

    /// @inheritdoc IPermissionController
    function setAppointee(address account, address appointee, address target, bytes4 selector)
        external
        onlyAdmin(account)
    {
        if (isAppointee[account][appointee][target][selector]) revert AppointeeAlreadySet();
        isAppointee[account][appointee][target][selector] = true;
    }

    /// @inheritdoc IPermissionController
    function removeAppointee(address account, address appointee, address target, bytes4 selector)
        external
        onlyAdmin(account)
    {
        if (!isAppointee[account][appointee][target][selector]) revert AppointeeNotSet();
        isAppointee[account][appointee][target][selector] = false;
    }

    /// @inheritdoc IPermissionController
    function isAdmin(address account, address caller) public view returns (bool) {
        if (_admins[account].length == 0) return account == caller;
        return _isAdmin[account][caller];
    }

    function canCall(address account, address caller, address target, bytes4 selector) public view returns (bool) {
        return isAdmin(account, caller) || isAppointee[account][caller][target][selector];
    }

    function getAdmins(address account) external view returns (address[] memory) {
        return _admins[account];
    }
}
