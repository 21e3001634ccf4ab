// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {CheckpointRegistry} from "../src/CheckpointRegistry.sol";
import {EquivocationSlasher} from "../src/EquivocationSlasher.sol";
import {ICheckpointRegistry, ICheckpointRegistryErrors, ICheckpointRegistryEvents} from "../src/interfaces/ICheckpointRegistry.sol";
import {IEquivocationSlasherErrors, IEquivocationSlasherEvents} from "../src/interfaces/IEquivocationSlasher.sol";
import {BN254Types} from "../src/interfaces/eigenlayer/BN254Types.sol";
import {IAllocationManager} from "../src/interfaces/eigenlayer/IAllocationManager.sol";
import {IBLSApkRegistry} from "../src/interfaces/eigenlayer/IBLSApkRegistry.sol";
import {IBLSSignatureChecker} from "../src/interfaces/eigenlayer/IBLSSignatureChecker.sol";
import {ISlashingRegistryCoordinator} from "../src/interfaces/eigenlayer/ISlashingRegistryCoordinator.sol";
import {IStakeRegistry} from "../src/interfaces/eigenlayer/IStakeRegistry.sol";
import {LockstepProofs} from "../src/libraries/LockstepProofs.sol";

import {LockstepTestBase} from "./Base.t.sol";
import {FakeAllocationManager} from "./fakes/FakeAllocationManager.sol";
import {FakeSlashingRegistryCoordinator} from "./fakes/FakeSlashingRegistryCoordinator.sol";

contract EquivocationSlasherTest is LockstepTestBase, IEquivocationSlasherErrors, IEquivocationSlasherEvents {
    string internal constant NOT_OWNER = "Ownable: caller is not the owner";

    address internal operator = makeAddr("operator");
    uint256 internal constant OP_SEED = 1;
    uint256 internal constant OTHER_SEED = 2;

    // Strategy addresses: s1 < s2 < s3 < s4.
    address internal constant S1 = address(0x1001);
    address internal constant S2 = address(0x1002);
    address internal constant S3 = address(0x1003);
    address internal constant S4 = address(0x1004);

    Checkpoint internal cpA;
    Checkpoint internal cpB;

    function setUp() public override {
        super.setUp();
        // Quorum 0 lists its strategies out of order; quorum 1 lists S2 twice (and shares it with 0).
        stakeRegistry.setStrategies(0, _addrs(S3, S1, S2));
        address[] memory q1 = new address[](3);
        (q1[0], q1[1], q1[2]) = (S4, S2, S2);
        stakeRegistry.setStrategies(1, q1);
        allocationManager.createOperatorSet(0, _addrs(S1, S2, S3));
        allocationManager.createOperatorSet(1, _addrs(S2, S4, S4));

        _addOperator(operator, OP_SEED, 0x3);
        cpA = _cp(7, 61, 70, keccak256("honest"));
        cpB = _cp(7, 61, 70, keccak256("forged"));
    }

    function _addrs(address a, address b, address c) internal pure returns (address[] memory out) {
        out = new address[](3);
        (out[0], out[1], out[2]) = (a, b, c);
    }

    function _prove(Checkpoint memory a, Checkpoint memory b) internal {
        slasher.proveEquivocation(operator, a, _signAs(OP_SEED, a), b, _signAs(OP_SEED, b));
    }

    // =============================================================================================
    // constructor and owner
    // =============================================================================================

    function test_constructor_readsWiring() public view {
        assertEq(address(slasher.registry()), address(registry));
        assertEq(address(slasher.coordinator()), address(coordinator));
        assertEq(address(slasher.apkRegistry()), address(apkRegistry));
        assertEq(address(slasher.stakeRegistry()), address(stakeRegistry));
        assertEq(address(slasher.allocationManager()), address(allocationManager));
        assertEq(address(slasher.signatureChecker()), address(checker));
        assertEq(slasher.avs(), avs);
        assertEq(slasher.quorumNumbers(), quorums);
        assertEq(slasher.wadToSlash(), WAD_TO_SLASH);
        assertEq(slasher.owner(), owner);
    }

    function test_constructor_revertsOnZeroAddresses() public {
        ICheckpointRegistry r = registry;
        ISlashingRegistryCoordinator c = coordinator;
        IBLSApkRegistry k = apkRegistry;
        IStakeRegistry s = stakeRegistry;
        IAllocationManager m = allocationManager;
        bytes4 err = ZeroAddress.selector;
        vm.expectRevert(abi.encodeWithSelector(err));
        new EquivocationSlasher(ICheckpointRegistry(address(0)), c, k, s, m, WAD_TO_SLASH, owner);
        vm.expectRevert(abi.encodeWithSelector(err));
        new EquivocationSlasher(r, ISlashingRegistryCoordinator(address(0)), k, s, m, WAD_TO_SLASH, owner);
        vm.expectRevert(abi.encodeWithSelector(err));
        new EquivocationSlasher(r, c, IBLSApkRegistry(address(0)), s, m, WAD_TO_SLASH, owner);
        vm.expectRevert(abi.encodeWithSelector(err));
        new EquivocationSlasher(r, c, k, IStakeRegistry(address(0)), m, WAD_TO_SLASH, owner);
        vm.expectRevert(abi.encodeWithSelector(err));
        new EquivocationSlasher(r, c, k, s, IAllocationManager(address(0)), WAD_TO_SLASH, owner);
        vm.expectRevert(abi.encodeWithSelector(err));
        new EquivocationSlasher(r, c, k, s, m, WAD_TO_SLASH, address(0));
    }

    function test_constructor_revertsOnZeroAvs() public {
        FakeSlashingRegistryCoordinator noAvs = new FakeSlashingRegistryCoordinator(address(0));
        vm.expectRevert(abi.encodeWithSelector(ZeroAddress.selector));
        new EquivocationSlasher(registry, noAvs, apkRegistry, stakeRegistry, allocationManager, WAD_TO_SLASH, owner);
    }

    function test_constructor_revertsOnInvalidWad() public {
        vm.expectRevert(abi.encodeWithSelector(InvalidWadToSlash.selector, uint256(0)));
        new EquivocationSlasher(registry, coordinator, apkRegistry, stakeRegistry, allocationManager, 0, owner);
        vm.expectRevert(abi.encodeWithSelector(InvalidWadToSlash.selector, uint256(1e18 + 1)));
        new EquivocationSlasher(registry, coordinator, apkRegistry, stakeRegistry, allocationManager, 1e18 + 1, owner);
    }

    function test_setWadToSlash() public {
        vm.expectEmit(address(slasher));
        emit WadToSlashUpdated(WAD_TO_SLASH, 1e18);
        vm.prank(owner);
        slasher.setWadToSlash(1e18);
        assertEq(slasher.wadToSlash(), 1e18);
    }

    function test_setWadToSlash_revertsOnInvalid() public {
        vm.startPrank(owner);
        vm.expectRevert(abi.encodeWithSelector(InvalidWadToSlash.selector, uint256(0)));
        slasher.setWadToSlash(0);
        vm.expectRevert(abi.encodeWithSelector(InvalidWadToSlash.selector, uint256(1e18 + 1)));
        slasher.setWadToSlash(1e18 + 1);
        vm.stopPrank();
    }

    function test_setWadToSlash_revertsWhenNotOwner() public {
        vm.expectRevert(bytes(NOT_OWNER));
        vm.prank(alice);
        slasher.setWadToSlash(1e17);
    }

    function test_ownership_isTwoStep() public {
        vm.prank(owner);
        slasher.transferOwnership(alice);
        assertEq(slasher.owner(), owner);
        vm.prank(alice);
        slasher.acceptOwnership();
        assertEq(slasher.owner(), alice);
    }

    // =============================================================================================
    // proveEquivocation: the happy path
    // =============================================================================================

    function test_proveEquivocation_slashesEjectsAndRaises() public {
        bytes32 digestA = _digest(cpA);
        bytes32 digestB = _digest(cpB);
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, cpA);
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, cpB);
        vm.roll(2_000);

        vm.expectEmit(address(slasher));
        emit EquivocationSlashed(operator, 7, digestA, digestB, WAD_TO_SLASH, true, bob);
        vm.expectEmit(address(registry));
        emit ICheckpointRegistryEvents.MinReferenceBlockRaised(2_000);
        vm.prank(bob); // anyone may report
        slasher.proveEquivocation(operator, cpA, sigA, cpB, sigB);

        assertTrue(slasher.isSlashed(operator, 7));
        assertFalse(slasher.isSlashed(operator, 8));

        // one slash per quorum (operator set), strategies sorted and deduplicated
        assertEq(allocationManager.callCount(), 2);
        FakeAllocationManager.SlashCall memory c0 = allocationManager.getCall(0);
        assertEq(c0.avs, avs);
        assertEq(c0.operator, operator);
        assertEq(c0.operatorSetId, 0);
        assertEq(c0.strategies, _addrs(S1, S2, S3));
        assertEq(c0.wadsToSlash.length, 3);
        assertEq(c0.wadsToSlash[0], WAD_TO_SLASH);
        assertEq(c0.wadsToSlash[2], WAD_TO_SLASH);
        assertEq(c0.description, "lockstep: equivocation at checkpoint 7");
        FakeAllocationManager.SlashCall memory c1 = allocationManager.getCall(1);
        assertEq(c1.operatorSetId, 1);
        assertEq(c1.strategies.length, 2);
        assertEq(c1.strategies[0], S2);
        assertEq(c1.strategies[1], S4);

        // S1 slashed once (50%), S2 in both sets (75%)
        assertEq(allocationManager.getMaxMagnitude(operator, S1), 5e17);
        assertEq(allocationManager.getMaxMagnitude(operator, S2), 25e16);

        // ejected from both quorums; later checkpoints need a reference block from now on
        assertEq(coordinator.effectiveEjections(), 1);
        assertEq(coordinator.lastEjectQuorums(operator), hex"0001");
        assertEq(coordinator.getOperatorStatus(operator), 2);
        assertEq(registry.minReferenceBlock(), 2_000);
    }

    function test_proveEquivocation_argumentOrderDoesNotMatter() public {
        _prove(cpB, cpA);
        assertTrue(slasher.isSlashed(operator, 7));
    }

    function test_proveEquivocation_differentHeightRangesConflict() public {
        // same number, same root, different range: still two digests for one number
        _prove(cpA, _cp(7, 61, 71, cpA.root));
        assertTrue(slasher.isSlashed(operator, 7));
    }

    /// Same number, range and root, but a different L1 origin, forced count or forced accumulator:
    /// each is a second signed header for the number.
    function test_proveEquivocation_differentForcedFieldsConflict() public {
        Checkpoint memory base = _cp(7, 61, 70, cpA.root, 500, 3, keccak256("acc"));
        Checkpoint[3] memory others = [
            _cp(7, 61, 70, cpA.root, 501, 3, keccak256("acc")),
            _cp(7, 61, 70, cpA.root, 500, 4, keccak256("acc")),
            _cp(7, 61, 70, cpA.root, 500, 3, keccak256("other acc"))
        ];
        for (uint256 i = 0; i < others.length; ++i) {
            uint256 snapshot = vm.snapshotState();
            _prove(base, others[i]);
            assertTrue(slasher.isSlashed(operator, 7));
            vm.revertToState(snapshot);
        }
    }

    function test_proveEquivocation_ejectsOnlyFromQuorumsOperatorIsIn() public {
        address op2 = makeAddr("op2");
        _addOperator(op2, OTHER_SEED, 0x2); // quorum 1 only
        slasher.proveEquivocation(op2, cpA, _signAs(OTHER_SEED, cpA), cpB, _signAs(OTHER_SEED, cpB));
        // the coordinator ignores ejections from quorums the operator is not in, so only 1 is sent
        assertEq(coordinator.lastEjectQuorums(op2), hex"01");
        assertEq(coordinator.effectiveEjections(), 1);
        assertEq(coordinator.getOperatorStatus(op2), 2);
        // and slashing happens only in the operator set it is slashable in
        assertEq(allocationManager.callCount(), 1);
        assertEq(allocationManager.getCall(0).operatorSetId, 1);
    }

    function test_proveEquivocation_deregisteredOperatorIsSlashedNotEjected() public {
        // deregistered, but still within the deallocation delay: slashable
        coordinator.setStatus(operator, 2);
        vm.recordLogs();
        _prove(cpA, cpB);
        assertEq(allocationManager.callCount(), 2);
        assertEq(coordinator.ejectCalls(), 0);
        assertEq(registry.minReferenceBlock(), 0, "nothing to eject, nothing to raise");
        assertTrue(slasher.isSlashed(operator, 7));
    }

    function test_proveEquivocation_emitsEjectedFalseWhenNotRegistered() public {
        coordinator.setStatus(operator, 2);
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, cpA);
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, cpB);
        vm.expectEmit(address(slasher));
        emit EquivocationSlashed(operator, 7, _digest(cpA), _digest(cpB), WAD_TO_SLASH, false, address(this));
        slasher.proveEquivocation(operator, cpA, sigA, cpB, sigB);
    }

    function test_proveEquivocation_skipsQuorumWithoutStrategies() public {
        stakeRegistry.setStrategies(0, new address[](0));
        _prove(cpA, cpB);
        assertEq(allocationManager.callCount(), 1);
        assertEq(allocationManager.getCall(0).operatorSetId, 1);
    }

    function test_proveEquivocation_usesCurrentWad() public {
        vm.prank(owner);
        slasher.setWadToSlash(1e18);
        _prove(cpA, cpB);
        assertEq(allocationManager.getCall(0).wadsToSlash[0], 1e18);
        assertEq(allocationManager.getMaxMagnitude(operator, S1), 0);
    }

    function test_proveEquivocation_sameOperatorOtherNumber() public {
        _prove(cpA, cpB);
        vm.roll(block.number + 1);
        coordinator.registerOperator(operator, _operatorId(OP_SEED), 0x3); // re-registered
        _prove(_cp(8, 71, 80, "x"), _cp(8, 71, 80, "y"));
        assertTrue(slasher.isSlashed(operator, 8));
        assertEq(allocationManager.callCount(), 4);
        assertEq(coordinator.effectiveEjections(), 2);
    }

    function test_proveEquivocation_checkpointSubmittedAfterEjectionNeedsFreshReference() public {
        vm.roll(2_000);
        _prove(cpA, cpB);
        vm.roll(2_001);
        vm.expectRevert(abi.encodeWithSelector(ICheckpointRegistryErrors.StaleReferenceBlock.selector, uint32(1_999), uint32(2_000)));
        registry.submitCheckpoint(_cp(1, 1, 10, "r"), 1_999, _noSig());
        registry.submitCheckpoint(_cp(1, 1, 10, "r"), 2_000, _noSig());
    }

    // =============================================================================================
    // proveEquivocation: reverts
    // =============================================================================================

    function test_proveEquivocation_revertsOnNumberMismatch() public {
        Checkpoint memory other = _cp(8, 61, 70, cpB.root);
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, cpA);
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, other);
        vm.expectRevert(abi.encodeWithSelector(CheckpointNumberMismatch.selector, uint64(7), uint64(8)));
        slasher.proveEquivocation(operator, cpA, sigA, other, sigB);
    }

    function test_proveEquivocation_revertsWhenNotConflicting() public {
        BN254Types.G1Point memory sig = _signAs(OP_SEED, cpA);
        vm.expectRevert(abi.encodeWithSelector(NotConflicting.selector, _digest(cpA)));
        slasher.proveEquivocation(operator, cpA, sig, cpA, sig);
    }

    function test_proveEquivocation_revertsOnReplay() public {
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, cpA);
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, cpB);
        slasher.proveEquivocation(operator, cpA, sigA, cpB, sigB);

        vm.expectRevert(abi.encodeWithSelector(AlreadySlashed.selector, operator, uint64(7)));
        slasher.proveEquivocation(operator, cpA, sigA, cpB, sigB);
        vm.expectRevert(abi.encodeWithSelector(AlreadySlashed.selector, operator, uint64(7)));
        slasher.proveEquivocation(operator, cpB, sigB, cpA, sigA);
        // a third conflicting digest for the same number is the same offence
        Checkpoint memory cpC = _cp(7, 61, 70, keccak256("third"));
        BN254Types.G1Point memory sigC = _signAs(OP_SEED, cpC);
        vm.expectRevert(abi.encodeWithSelector(AlreadySlashed.selector, operator, uint64(7)));
        slasher.proveEquivocation(operator, cpA, sigA, cpC, sigC);
        assertEq(allocationManager.callCount(), 2);
    }

    function test_proveEquivocation_revertsWithoutPubkeyHash() public {
        address stranger = makeAddr("stranger");
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, cpA);
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, cpB);
        vm.expectRevert(abi.encodeWithSelector(OperatorHasNoBLSKey.selector, stranger));
        slasher.proveEquivocation(stranger, cpA, sigA, cpB, sigB);
    }

    function test_proveEquivocation_revertsWithoutG2Key() public {
        BN254Types.G2Point memory zeroG2;
        apkRegistry.setOperator(operator, _operatorId(OP_SEED), _g1(OP_SEED), zeroG2);
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, cpA);
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, cpB);
        vm.expectRevert(abi.encodeWithSelector(OperatorHasNoBLSKey.selector, operator));
        slasher.proveEquivocation(operator, cpA, sigA, cpB, sigB);
    }

    function test_proveEquivocation_revertsWithoutG1Key() public {
        BN254Types.G1Point memory zeroG1;
        apkRegistry.setOperator(operator, _operatorId(OP_SEED), zeroG1, _g2(OP_SEED));
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, cpA);
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, cpB);
        vm.expectRevert(abi.encodeWithSelector(OperatorHasNoBLSKey.selector, operator));
        slasher.proveEquivocation(operator, cpA, sigA, cpB, sigB);
    }

    function test_proveEquivocation_revertsOnSignatureByOtherKey() public {
        // sigB is a valid signature of cpB, but by another operator
        _addOperator(makeAddr("op2"), OTHER_SEED, 0x3);
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, cpA);
        BN254Types.G1Point memory sigB = _signAs(OTHER_SEED, cpB);
        vm.expectRevert(abi.encodeWithSelector(InvalidOperatorSignature.selector, operator, _digest(cpB)));
        slasher.proveEquivocation(operator, cpA, sigA, cpB, sigB);
    }

    function test_proveEquivocation_revertsOnSignatureOverOtherMessage() public {
        // sigA is the operator's signature, but over cpB's digest
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, cpB);
        vm.expectRevert(abi.encodeWithSelector(InvalidOperatorSignature.selector, operator, _digest(cpA)));
        slasher.proveEquivocation(operator, cpA, sigB, cpB, sigB);
    }

    function test_proveEquivocation_revertsOnSignatureForOtherDeployment() public {
        // signed for another registry (or chain): the digest binds both, so it does not count here
        CheckpointRegistry other = new CheckpointRegistry(checker, quorums, THRESHOLD_BIPS, MAX_REFERENCE_AGE, owner);
        BN254Types.G1Point memory sigA =
            checker.sign(LockstepProofs.checkpointDigest(block.chainid, address(other), cpA), _g1(OP_SEED));
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, cpB);
        vm.expectRevert(abi.encodeWithSelector(InvalidOperatorSignature.selector, operator, _digest(cpA)));
        slasher.proveEquivocation(operator, cpA, sigA, cpB, sigB);
    }

    function test_proveEquivocation_revertsWhenG2DoesNotMatch() public {
        // registered G2 is not the G1 key's other half: the pairing check fails
        apkRegistry.setOperator(operator, _operatorId(OP_SEED), _g1(OP_SEED), _g2(OTHER_SEED));
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, cpA);
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, cpB);
        vm.expectRevert(abi.encodeWithSelector(InvalidOperatorSignature.selector, operator, _digest(cpA)));
        slasher.proveEquivocation(operator, cpA, sigA, cpB, sigB);
    }

    function test_proveEquivocation_revertsWhenPairingFails() public {
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, cpA);
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, cpB);
        checker.setPairingFails(true);
        vm.expectRevert(abi.encodeWithSelector(InvalidOperatorSignature.selector, operator, _digest(cpA)));
        slasher.proveEquivocation(operator, cpA, sigA, cpB, sigB);
    }

    function test_proveEquivocation_revertsWhenNotSlashableAnywhere() public {
        allocationManager.setSlashable(operator, 0, false);
        allocationManager.setSlashable(operator, 1, false);
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, cpA);
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, cpB);
        vm.expectRevert(abi.encodeWithSelector(OperatorNotSlashable.selector, operator));
        slasher.proveEquivocation(operator, cpA, sigA, cpB, sigB);
        // the evidence was not consumed: it works once the operator is slashable again
        allocationManager.setSlashable(operator, 0, true);
        slasher.proveEquivocation(operator, cpA, sigA, cpB, sigB);
        assertTrue(slasher.isSlashed(operator, 7));
    }

    function test_proveEquivocation_revertsWhenNotAppointee() public {
        allocationManager.setAppointee(alice);
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, cpA);
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, cpB);
        vm.expectRevert(abi.encodeWithSelector(FakeAllocationManager.InvalidPermissions.selector));
        slasher.proveEquivocation(operator, cpA, sigA, cpB, sigB);
        assertFalse(slasher.isSlashed(operator, 7), "effects roll back with the failed slash");
    }

    function test_proveEquivocation_revertsWhenNotEjector() public {
        coordinator.setEjector(alice);
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, cpA);
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, cpB);
        vm.expectRevert(abi.encodeWithSelector(FakeSlashingRegistryCoordinator.OnlyEjector.selector, address(slasher)));
        slasher.proveEquivocation(operator, cpA, sigA, cpB, sigB);
    }

    function test_proveEquivocation_revertsWhenNotRegistrySlasher() public {
        // a slasher the registry does not know cannot raise minReferenceBlock
        EquivocationSlasher unwired = new EquivocationSlasher(
            registry, coordinator, apkRegistry, stakeRegistry, allocationManager, WAD_TO_SLASH, owner
        );
        allocationManager.setAppointee(address(unwired));
        coordinator.setEjector(address(unwired));
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, cpA);
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, cpB);
        vm.expectRevert(abi.encodeWithSelector(ICheckpointRegistryErrors.OnlySlasher.selector, address(unwired)));
        unwired.proveEquivocation(operator, cpA, sigA, cpB, sigB);
    }

    // =============================================================================================
    // fuzz
    // =============================================================================================

    /// Any two different headers with one number, both signed by the operator, get it slashed once.
    function testFuzz_proveEquivocation_anyConflict(uint64 number, uint64 startA, uint64 endA, bytes32 rootA, bytes32 rootB, uint64 endB)
        public
    {
        Checkpoint memory a = _cp(number, startA, endA, rootA);
        Checkpoint memory b = _cp(number, startA, endB, rootB);
        vm.assume(_digest(a) != _digest(b));
        BN254Types.G1Point memory sigA = _signAs(OP_SEED, a);
        BN254Types.G1Point memory sigB = _signAs(OP_SEED, b);
        slasher.proveEquivocation(operator, a, sigA, b, sigB);
        assertTrue(slasher.isSlashed(operator, number));
        vm.expectRevert(abi.encodeWithSelector(AlreadySlashed.selector, operator, number));
        slasher.proveEquivocation(operator, b, sigB, a, sigA);
    }

    /// Whatever order and repetition the StakeRegistry lists strategies in, the slash call gets
    /// exactly the distinct ones, strictly ascending.
    function testFuzz_proveEquivocation_sortsAndDeduplicatesStrategies(uint8[12] memory picks, uint8 n) public {
        n = uint8(bound(n, 1, picks.length));
        address[] memory listed = new address[](n);
        bool[16] memory present;
        uint256 distinct;
        for (uint256 i = 0; i < n; ++i) {
            uint8 p = picks[i] % 16;
            listed[i] = address(uint160(0x2000 + uint256(p) * 0x1111));
            if (!present[p]) {
                present[p] = true;
                ++distinct;
            }
        }
        stakeRegistry.setStrategies(0, listed);
        allocationManager.createOperatorSet(0, listed);
        allocationManager.setSlashable(operator, 1, false);
        _prove(cpA, cpB);

        address[] memory got = allocationManager.getCall(0).strategies;
        assertEq(got.length, distinct);
        uint256 k = 0;
        for (uint256 p = 0; p < 16; ++p) {
            // forge-lint: disable-next-line(unsafe-typecast)
            if (present[p]) assertEq(got[k++], address(uint160(0x2000 + p * 0x1111)));
        }
    }
}
