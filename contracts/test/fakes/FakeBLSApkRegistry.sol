// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {BN254Types} from "../../src/interfaces/eigenlayer/BN254Types.sol";
import {IBLSApkRegistry} from "../../src/interfaces/eigenlayer/IBLSApkRegistry.sol";

/// @notice Stand-in for the middleware's BLSApkRegistry: a settable table of operators' keys.
contract FakeBLSApkRegistry is IBLSApkRegistry {
    struct Keys {
        bytes32 pubkeyHash;
        BN254Types.G1Point g1;
        BN254Types.G2Point g2;
    }

    mapping(address => Keys) internal _keys;

    function setOperator(
        address operator,
        bytes32 pubkeyHash,
        BN254Types.G1Point memory g1,
        BN254Types.G2Point memory g2
    ) external {
        _keys[operator] = Keys(pubkeyHash, g1, g2);
    }

    /// @inheritdoc IBLSApkRegistry
    function operatorToPubkeyHash(address operator) external view returns (bytes32) {
        return _keys[operator].pubkeyHash;
    }

    /// @inheritdoc IBLSApkRegistry
    function operatorToPubkey(address operator) external view returns (uint256 X, uint256 Y) {
        BN254Types.G1Point memory g1 = _keys[operator].g1;
        return (g1.X, g1.Y);
    }

    /// @inheritdoc IBLSApkRegistry
    function getOperatorPubkeyG2(address operator) external view returns (BN254Types.G2Point memory) {
        return _keys[operator].g2;
    }
}
