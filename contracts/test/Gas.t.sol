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
///         test_gas_submitCheckpoint runs without a forced inclusion inbox (as before one is set);
///         the _inboxIdle and _forcedEntries variants add the inbox's view calls.
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

    /// @dev Setting up inside the test warms the storage it touched; a real submission finds it
    ///      cold, as test_gas_submitCheckpoint (set up in setUp, another transaction) does.
    function _coolAll() internal {
        vm.cool(address(registry));
        vm.cool(address(inbox));
        vm.cool(address(checker));
    }

    /// The production steady state: an inbox is set, nothing pending, nothing new included.
    function test_gas_submitCheckpoint_inboxIdle() public {
        vm.pauseGasMetering();
        _deployInbox();
        Checkpoint memory cp = _cp(2, 33, 64, keccak256("checkpoint 2"), uint64(block.number - 1), 0, bytes32(0));
        IBLSSignatureChecker.NonSignerStakesAndSignature memory sig = _realisticSig();
        uint32 ref = uint32(block.number - 1);
        _coolAll();
        vm.resumeGasMetering();

        registry.submitCheckpoint(cp, ref, sig);

        vm.pauseGasMetering();
        assertEq(registry.latestCheckpointNumber(), 2);
        vm.resumeGasMetering();
    }

    /// Every forced check runs: a previous checkpoint included one entry, this one includes two more
    /// (the last visible, the accumulator matching) and leaves a third, not yet overdue, pending.
    function test_gas_submitCheckpoint_forcedEntries() public {
        vm.pauseGasMetering();
        _deployInbox();
        _force(new bytes(200));
        vm.roll(block.number + 1);
        registry.submitCheckpoint(
            _cp(2, 33, 64, keccak256("checkpoint 2"), uint64(block.number - 1), 1, inbox.accumulatorAt(1)),
            uint32(block.number - 1),
            _noSig()
        );
        _force(new bytes(200));
        _force(new bytes(200));
        vm.roll(block.number + 1);
        _force(new bytes(200));
        vm.roll(block.number + 1);
        Checkpoint memory cp =
            _cp(3, 65, 96, keccak256("checkpoint 3"), uint64(block.number - 2), 3, inbox.accumulatorAt(3));
        IBLSSignatureChecker.NonSignerStakesAndSignature memory sig = _realisticSig();
        uint32 ref = uint32(block.number - 1);
        _coolAll();
        vm.resumeGasMetering();

        registry.submitCheckpoint(cp, ref, sig);

        vm.pauseGasMetering();
        assertEq(registry.latestForcedCount(), 3);
        assertEq(inbox.count(), 4);
        vm.resumeGasMetering();
    }

    /// A 200-byte transaction queued behind an earlier entry (not the first: that one also
    /// initialises the queue's slot).
    function test_gas_forceInclude() public {
        vm.pauseGasMetering();
        _deployInbox();
        _force(new bytes(200));
        bytes memory payload = new bytes(200);
        uint256 f = inbox.fee();
        vm.deal(alice, f);
        _coolAll();
        vm.prank(alice);
        vm.resumeGasMetering();

        inbox.forceInclude{value: f}(ROLLUP_ID, payload);

        vm.pauseGasMetering();
        assertEq(inbox.count(), 2);
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
