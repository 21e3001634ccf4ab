// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {BN254Types} from "../src/interfaces/eigenlayer/BN254Types.sol";
import {IBLSSignatureChecker} from "../src/interfaces/eigenlayer/IBLSSignatureChecker.sol";

import {LockstepTestBase} from "./Base.t.sol";

/// @notice Gas of the hot paths, for the snapshot (contracts/.gas-snapshot). Only the measured call
///         is metered; building its arguments is not. The fakes answer cheaply (the fake
///         AllocationManager checks but does not record), so these numbers are mostly Lockstep's own
///         overhead: on a real deployment add the middleware's checkSignatures
///         (pairing plus stake lookups) and, for proveEquivocation, two pairings and EigenLayer's
///         slashing and ejection.
///         LockstepProofs.verifyBatch is measured in LockstepProofs.t.sol
///         (test_gas_verifyBatch_8rollups_32heights).
contract GasTest is LockstepTestBase {
    address internal operator = makeAddr("operator");

    function setUp() public override {
        super.setUp();
        address[] memory strategies = new address[](3);
        (strategies[0], strategies[1], strategies[2]) = (address(0x3003), address(0x1001), address(0x2002));
        stakeRegistry.setStrategies(0, strategies);
        stakeRegistry.setStrategies(1, strategies);
        allocationManager.createOperatorSet(0, strategies);
        allocationManager.createOperatorSet(1, strategies);
        _addOperator(operator, 1, 0x3);
        allocationManager.setLightweight(true);
        // a previous checkpoint, so the measured one is a steady-state submission
        _submitNext(32, keccak256("checkpoint 1"));
        vm.roll(block.number + 20);
    }

    /// @dev The shape of a real aggregate signature over 2 quorums with 2 non-signers.
    function _realisticSig() internal pure returns (IBLSSignatureChecker.NonSignerStakesAndSignature memory sig) {
        sig.nonSignerQuorumBitmapIndices = new uint32[](2);
        sig.nonSignerPubkeys = new BN254Types.G1Point[](2);
        sig.quorumApks = new BN254Types.G1Point[](2);
        sig.quorumApkIndices = new uint32[](2);
        sig.totalStakeIndices = new uint32[](2);
        sig.nonSignerStakeIndices = new uint32[][](2);
        for (uint256 i = 0; i < 2; ++i) {
            sig.nonSignerPubkeys[i] = BN254Types.G1Point(uint256(keccak256(abi.encode(i, "x"))), uint256(keccak256(abi.encode(i, "y"))));
            sig.quorumApks[i] = BN254Types.G1Point(uint256(keccak256(abi.encode(i, "ax"))), uint256(keccak256(abi.encode(i, "ay"))));
            sig.nonSignerStakeIndices[i] = new uint32[](2);
        }
        sig.sigma = BN254Types.G1Point(1, 2);
    }

    function test_gas_submitCheckpoint() public {
        vm.pauseGasMetering();
        Checkpoint memory cp = _cp(2, 33, 64, keccak256("checkpoint 2"));
        IBLSSignatureChecker.NonSignerStakesAndSignature memory sig = _realisticSig();
        uint32 ref = uint32(block.number - 1);
        vm.resumeGasMetering();

        registry.submitCheckpoint(cp, ref, sig);

        vm.pauseGasMetering();
        assertEq(registry.latestCheckpointNumber(), 2);
        vm.resumeGasMetering();
    }

    /// Two quorums of three (unsorted) strategies each; the operator is slashed in both and ejected.
    function test_gas_proveEquivocation() public {
        vm.pauseGasMetering();
        Checkpoint memory a = _cp(2, 33, 64, keccak256("honest"));
        Checkpoint memory b = _cp(2, 33, 64, keccak256("forged"));
        BN254Types.G1Point memory sigA = _signAs(1, a);
        BN254Types.G1Point memory sigB = _signAs(1, b);
        vm.resumeGasMetering();

        slasher.proveEquivocation(operator, a, sigA, b, sigB);

        vm.pauseGasMetering();
        assertTrue(slasher.isSlashed(operator, 2));
        assertEq(allocationManager.callCount(), 2);
        vm.resumeGasMetering();
    }
}
