// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {BN254Types} from "../../src/interfaces/eigenlayer/BN254Types.sol";
import {IBLSSignatureChecker} from "../../src/interfaces/eigenlayer/IBLSSignatureChecker.sol";

/// @notice Programmable stand-in for the middleware's BLSSignatureChecker.
///         checkSignatures: by default every quorum signed in full (1e18 of 1e18); tests can set
///         per-quorum stakes or make it revert with the middleware's InvalidBLSSignature().
///         trySignatureAndApkVerification: valid only for (digest, sigma) pairs registered with
///         `sign` as signed by a given G1 key, and only with that key's registered G2 half.
contract FakeBLSSignatureChecker is IBLSSignatureChecker {
    /// @dev Same name and selector as the middleware's error.
    error InvalidBLSSignature();
    /// @dev Same name and selector as the middleware's error.
    error InvalidReferenceBlocknumber();
    error StakesLengthMismatch();

    uint96 internal constant FULL_STAKE = 1e18;

    bool public revertSignatures;
    bool public customStakes;
    bool public pairingFails;

    uint96[] internal _signed;
    uint96[] internal _total;

    /// @dev keccak(digest, sigma) => keccak(G1 key) that signed it
    mapping(bytes32 => bytes32) internal _signerOf;
    /// @dev keccak(G1 key) => keccak(G2 key)
    mapping(bytes32 => bytes32) internal _g2Of;

    function setStakes(uint96[] memory signed, uint96[] memory total) external {
        if (signed.length != total.length) revert StakesLengthMismatch();
        _signed = signed;
        _total = total;
        customStakes = true;
    }

    function setRevertSignatures(bool on) external {
        revertSignatures = on;
    }

    function setPairingFails(bool on) external {
        pairingFails = on;
    }

    /// @notice Registers a key pair, so signatures by `g1` verify only together with `g2`.
    function setKeyPair(BN254Types.G1Point memory g1, BN254Types.G2Point memory g2) external {
        _g2Of[keccak256(abi.encode(g1))] = keccak256(abi.encode(g2));
    }

    /// @notice Deterministic "signature" of `digest` by `g1`, registered as valid.
    function sign(bytes32 digest, BN254Types.G1Point memory g1) external returns (BN254Types.G1Point memory sigma) {
        sigma = sigmaOf(digest, g1);
        _signerOf[keccak256(abi.encode(digest, sigma))] = keccak256(abi.encode(g1));
    }

    function sigmaOf(bytes32 digest, BN254Types.G1Point memory g1) public pure returns (BN254Types.G1Point memory) {
        return BN254Types.G1Point(uint256(keccak256(abi.encode("sigma", digest, g1))), 2);
    }

    /// @inheritdoc IBLSSignatureChecker
    function checkSignatures(bytes32 msgHash, bytes calldata quorumNumbers, uint32 referenceBlockNumber, NonSignerStakesAndSignature memory)
        external
        view
        returns (QuorumStakeTotals memory totals, bytes32 signatoryRecordHash)
    {
        if (referenceBlockNumber >= block.number) revert InvalidReferenceBlocknumber();
        if (revertSignatures) revert InvalidBLSSignature();
        uint256 n = quorumNumbers.length;
        totals.signedStakeForQuorum = new uint96[](n);
        totals.totalStakeForQuorum = new uint96[](n);
        if (customStakes) {
            if (_signed.length != n) revert StakesLengthMismatch();
            for (uint256 i = 0; i < n; ++i) {
                totals.signedStakeForQuorum[i] = _signed[i];
                totals.totalStakeForQuorum[i] = _total[i];
            }
        } else {
            for (uint256 i = 0; i < n; ++i) {
                totals.signedStakeForQuorum[i] = FULL_STAKE;
                totals.totalStakeForQuorum[i] = FULL_STAKE;
            }
        }
        signatoryRecordHash = recordHash(msgHash, referenceBlockNumber);
    }

    function recordHash(bytes32 msgHash, uint32 referenceBlockNumber) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(referenceBlockNumber, msgHash));
    }

    /// @inheritdoc IBLSSignatureChecker
    function trySignatureAndApkVerification(
        bytes32 msgHash,
        BN254Types.G1Point memory apk,
        BN254Types.G2Point memory apkG2,
        BN254Types.G1Point memory sigma
    ) external view returns (bool pairingSuccessful, bool siganatureIsValid) {
        if (pairingFails) return (false, false);
        bytes32 g1Hash = keccak256(abi.encode(apk));
        bytes32 signer = _signerOf[keccak256(abi.encode(msgHash, sigma))];
        bytes32 g2Hash = _g2Of[g1Hash];
        bool g2Matches = g2Hash == bytes32(0) || g2Hash == keccak256(abi.encode(apkG2));
        return (true, signer != bytes32(0) && signer == g1Hash && g2Matches);
    }
}
