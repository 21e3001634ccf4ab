// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {BN254Types} from "./BN254Types.sol";

/// @title IBLSSignatureChecker
/// @notice The part of eigenlayer-middleware's BLSSignatureChecker that Lockstep calls, written
///         against its ABI (eigensdk-go v0.3.0 bindings). The deployed checker is the AVS's
///         ServiceManager.
interface IBLSSignatureChecker {
    /// @notice Aggregate signature data, laid out exactly as the middleware's
    ///         `IBLSSignatureCheckerTypes.NonSignerStakesAndSignature`.
    struct NonSignerStakesAndSignature {
        uint32[] nonSignerQuorumBitmapIndices;
        BN254Types.G1Point[] nonSignerPubkeys;
        BN254Types.G1Point[] quorumApks;
        BN254Types.G2Point apkG2;
        BN254Types.G1Point sigma;
        uint32[] quorumApkIndices;
        uint32[] totalStakeIndices;
        uint32[][] nonSignerStakeIndices;
    }

    /// @notice Stake that signed and total stake, per quorum, in the order of `quorumNumbers`.
    struct QuorumStakeTotals {
        uint96[] signedStakeForQuorum;
        uint96[] totalStakeForQuorum;
    }

    /// @notice Verifies an aggregate signature over `msgHash` by the quorums' operators as of
    ///         `referenceBlockNumber` (which must be < block.number) and returns the stake that signed.
    function checkSignatures(
        bytes32 msgHash,
        bytes calldata quorumNumbers,
        uint32 referenceBlockNumber,
        NonSignerStakesAndSignature memory params
    ) external view returns (QuorumStakeTotals memory, bytes32);

    /// @notice Pairing check of `sigma` over hashToG1(msgHash) against the G1/G2 key pair
    ///         (apk, apkG2). Both results must be true for a valid signature.
    function trySignatureAndApkVerification(
        bytes32 msgHash,
        BN254Types.G1Point memory apk,
        BN254Types.G2Point memory apkG2,
        BN254Types.G1Point memory sigma
    ) external view returns (bool pairingSuccessful, bool siganatureIsValid);
}
