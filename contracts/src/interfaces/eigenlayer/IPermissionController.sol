// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title IPermissionController
/// @notice The part of EigenLayer's PermissionController (core v1.4.2) that Lockstep's service
///         manager calls. While an account has no admins, the account itself is its admin.
interface IPermissionController {
    /// @notice Proposes `admin` as an admin of `account`; `admin` completes it with acceptAdmin.
    function addPendingAdmin(address account, address admin) external;

    /// @notice Makes the caller, a pending admin of `account`, one of its admins.
    function acceptAdmin(address account) external;

    /// @notice Lets `appointee` call `selector` on `target` on behalf of `account`.
    function setAppointee(address account, address appointee, address target, bytes4 selector) external;

    /// @notice Revokes what setAppointee granted.
    function removeAppointee(address account, address appointee, address target, bytes4 selector) external;

    /// @notice Whether `caller` is an admin of `account`.
    function isAdmin(address account, address caller) external view returns (bool);
}
