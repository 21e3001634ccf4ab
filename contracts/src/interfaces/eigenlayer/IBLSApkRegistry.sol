// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {BN254Types} from "./BN254Types.sol";

/// @title IBLSApkRegistry
/// @notice The part of eigenlayer-middleware's BLSApkRegistry that Lockstep reads.
interface IBLSApkRegistry {
    /// @notice The operator's registered pubkey hash (its operatorId); zero if it never registered.
    function operatorToPubkeyHash(address operator) external view returns (bytes32);

    /// @notice The operator's registered G1 public key (zero point if none).
    function operatorToPubkey(address operator) external view returns (uint256 X, uint256 Y);

    /// @notice The operator's registered G2 public key (zero point if none).
    function getOperatorPubkeyG2(address operator) external view returns (BN254Types.G2Point memory);
}
