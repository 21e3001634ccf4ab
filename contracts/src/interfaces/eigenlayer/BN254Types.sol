// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

/// @title BN254Types
/// @notice ABI-compatible copies of eigenlayer-middleware's BN254 point structs, so our
///         contracts can talk to the deployed middleware without importing its source.
library BN254Types {
    /// @notice A point on BN254's G1 in affine coordinates.
    struct G1Point {
        uint256 X;
        uint256 Y;
    }

    /// @notice A point on BN254's G2; each coordinate is an Fp2 element encoded as [c1, c0]
    ///         (the middleware's and the precompile's order).
    struct G2Point {
        uint256[2] X;
        uint256[2] Y;
    }
}
