// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {ProxyAdmin} from "@openzeppelin/contracts/proxy/transparent/ProxyAdmin.sol";
import {
    ITransparentUpgradeableProxy,
    TransparentUpgradeableProxy
} from "@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20PresetMinterPauser} from "@openzeppelin/contracts/token/ERC20/presets/ERC20PresetMinterPauser.sol";
import {Test} from "forge-std/Test.sol";

import {LockstepServiceManager} from "../src/LockstepServiceManager.sol";
import {
    ILockstepServiceManagerErrors,
    ILockstepServiceManagerEvents
} from "../src/interfaces/ILockstepServiceManager.sol";
import {IAllocationManager} from "../src/interfaces/eigenlayer/IAllocationManager.sol";
import {IPermissionController} from "../src/interfaces/eigenlayer/IPermissionController.sol";
import {IRewardsCoordinator, IRewardsCoordinatorTypes} from "../src/interfaces/eigenlayer/IRewardsCoordinator.sol";

import {FakeAllocationManager} from "./fakes/FakeAllocationManager.sol";
import {FakePermissionController} from "./fakes/FakePermissionController.sol";
import {FakeRewardsCoordinator} from "./fakes/FakeRewardsCoordinator.sol";

contract LockstepServiceManagerTest is Test, ILockstepServiceManagerErrors, ILockstepServiceManagerEvents {
    address internal owner = makeAddr("owner");
    address internal initiator = makeAddr("initiator");
    address internal stranger = makeAddr("stranger");
    address internal avsDirectory = makeAddr("avsDirectory");
    address internal coordinator = makeAddr("registryCoordinator");
    address internal stakeRegistry = makeAddr("stakeRegistry");
    address internal operatorA = address(0xA1);
    address internal operatorB = address(0xB2);
    address internal strategy = address(0x5700);

    FakePermissionController internal pc;
    FakeRewardsCoordinator internal rc;
    FakeAllocationManager internal am;
    LockstepServiceManager internal impl;
    LockstepServiceManager internal sm;
    ERC20PresetMinterPauser internal token;

    function setUp() public {
        pc = new FakePermissionController();
        rc = new FakeRewardsCoordinator(pc);
        // The AVS address is the proxy's, known only after deploying it: the fake AM learns it below.
        impl = new LockstepServiceManager(
            IAllocationManager(address(0xdead)), pc, rc, avsDirectory, coordinator, stakeRegistry
        );
        ProxyAdmin admin = new ProxyAdmin();
        TransparentUpgradeableProxy proxy = new TransparentUpgradeableProxy(address(impl), address(admin), "");
        am = new FakeAllocationManager(address(proxy));
        impl = new LockstepServiceManager(am, pc, rc, avsDirectory, coordinator, stakeRegistry);
        admin.upgradeAndCall(
            ITransparentUpgradeableProxy(address(proxy)), address(impl), abi.encodeCall(LockstepServiceManager.initialize, (owner, initiator))
        );
        sm = LockstepServiceManager(address(proxy));
        vm.prank(owner);
        pc.acceptAdmin(address(sm));

        token = new ERC20PresetMinterPauser("Reward", "RWD");
        token.mint(initiator, 1_000e18);
        vm.prank(initiator);
        token.approve(address(sm), type(uint256).max);
    }

    // =============================================================================================
    // constructor and initialize
    // =============================================================================================

    function test_constructor_storesAddresses() public view {
        assertEq(address(sm.allocationManager()), address(am));
        assertEq(address(sm.permissionController()), address(pc));
        assertEq(address(sm.rewardsCoordinator()), address(rc));
        assertEq(sm.avsDirectory(), avsDirectory);
        assertEq(sm.registryCoordinator(), coordinator);
        assertEq(sm.stakeRegistry(), stakeRegistry);
    }

    function test_constructor_revertsOnZeroAddress() public {
        vm.expectRevert(ZeroAddress.selector);
        new LockstepServiceManager(am, pc, rc, avsDirectory, address(0), stakeRegistry);
        vm.expectRevert(ZeroAddress.selector);
        new LockstepServiceManager(IAllocationManager(address(0)), pc, rc, avsDirectory, coordinator, stakeRegistry);
    }

    function test_implementation_cannotBeInitialized() public {
        vm.expectRevert("Initializable: contract is already initialized");
        impl.initialize(owner, initiator);
    }

    function test_initialize_onlyOnce() public {
        vm.expectRevert("Initializable: contract is already initialized");
        sm.initialize(stranger, stranger);
    }

    function test_initialize_setsOwnerInitiatorAndAdmins() public view {
        assertEq(sm.owner(), owner);
        assertEq(sm.pendingOwner(), address(0));
        assertEq(sm.rewardsInitiator(), initiator);
        assertTrue(pc.isAdmin(address(sm), owner), "owner is an AVS admin");
        assertTrue(pc.isAdmin(address(sm), address(sm)), "the service manager stays its own admin");
        assertFalse(pc.isAdmin(address(sm), stranger));
    }

    function test_initialize_revertsOnZero() public {
        ProxyAdmin admin = new ProxyAdmin();
        TransparentUpgradeableProxy proxy = new TransparentUpgradeableProxy(address(impl), address(admin), "");
        vm.expectRevert(ZeroAddress.selector);
        admin.upgradeAndCall(ITransparentUpgradeableProxy(address(proxy)), address(impl), abi.encodeCall(LockstepServiceManager.initialize, (address(0), initiator)));
    }

    // =============================================================================================
    // ownership
    // =============================================================================================

    function test_transferOwnership_twoSteps() public {
        address next = makeAddr("next");
        vm.expectEmit(address(sm));
        emit OwnershipTransferStarted(owner, next);
        vm.prank(owner);
        sm.transferOwnership(next);
        assertEq(sm.owner(), owner, "owner stays until accepted");
        assertEq(sm.pendingOwner(), next);

        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(NotPendingOwner.selector, stranger));
        sm.acceptOwnership();

        vm.expectEmit(address(sm));
        emit OwnershipTransferred(owner, next);
        vm.prank(next);
        sm.acceptOwnership();
        assertEq(sm.owner(), next);
        assertEq(sm.pendingOwner(), address(0));

        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(NotOwner.selector, owner));
        sm.setRewardsInitiator(stranger);
    }

    function test_ownerFunctions_revertForOthers() public {
        vm.startPrank(stranger);
        bytes memory notOwner = abi.encodeWithSelector(NotOwner.selector, stranger);
        vm.expectRevert(notOwner);
        sm.transferOwnership(stranger);
        vm.expectRevert(notOwner);
        sm.updateAVSMetadataURI("x");
        vm.expectRevert(notOwner);
        sm.setRewardsInitiator(stranger);
        vm.expectRevert(notOwner);
        sm.setClaimerFor(stranger);
        vm.expectRevert(notOwner);
        sm.setAppointee(stranger, address(am), IAllocationManager.slashOperator.selector);
        vm.expectRevert(notOwner);
        sm.removeAppointee(stranger, address(am), IAllocationManager.slashOperator.selector);
        vm.stopPrank();
    }

    // =============================================================================================
    // owner passthroughs
    // =============================================================================================

    function test_updateAVSMetadataURI_actsAsTheAVS() public {
        vm.expectEmit(address(sm));
        emit AVSMetadataURIUpdated("https://example.org/avs.json");
        vm.prank(owner);
        sm.updateAVSMetadataURI("https://example.org/avs.json");
        assertEq(am.avsMetadataURI(address(sm)), "https://example.org/avs.json");
    }

    function test_setRewardsInitiator() public {
        vm.expectEmit(address(sm));
        emit RewardsInitiatorUpdated(initiator, stranger);
        vm.prank(owner);
        sm.setRewardsInitiator(stranger);
        assertEq(sm.rewardsInitiator(), stranger);

        vm.prank(owner);
        vm.expectRevert(ZeroAddress.selector);
        sm.setRewardsInitiator(address(0));
    }

    function test_setClaimerFor() public {
        vm.expectEmit(address(sm));
        emit ClaimerSet(stranger);
        vm.prank(owner);
        sm.setClaimerFor(stranger);
        assertEq(rc.claimerFor(address(sm)), stranger);
    }

    function test_appointees_setAndRemove() public {
        bytes4 sel = IAllocationManager.slashOperator.selector;
        vm.expectEmit(address(sm));
        emit AppointeeSet(stranger, address(am), sel);
        vm.prank(owner);
        sm.setAppointee(stranger, address(am), sel);
        assertTrue(pc.isAppointee(address(sm), stranger, address(am), sel));

        vm.expectEmit(address(sm));
        emit AppointeeRemoved(stranger, address(am), sel);
        vm.prank(owner);
        sm.removeAppointee(stranger, address(am), sel);
        assertFalse(pc.isAppointee(address(sm), stranger, address(am), sel));
    }

    // =============================================================================================
    // rewards
    // =============================================================================================

    function _strategies() internal view returns (IRewardsCoordinatorTypes.StrategyAndMultiplier[] memory s) {
        s = new IRewardsCoordinatorTypes.StrategyAndMultiplier[](1);
        s[0] = IRewardsCoordinatorTypes.StrategyAndMultiplier({strategy: strategy, multiplier: 1e18});
    }

    function _directed(uint256 a, uint256 b)
        internal
        view
        returns (IRewardsCoordinatorTypes.OperatorDirectedRewardsSubmission[] memory subs)
    {
        IRewardsCoordinatorTypes.OperatorReward[] memory rewards = new IRewardsCoordinatorTypes.OperatorReward[](2);
        rewards[0] = IRewardsCoordinatorTypes.OperatorReward({operator: operatorA, amount: a});
        rewards[1] = IRewardsCoordinatorTypes.OperatorReward({operator: operatorB, amount: b});
        subs = new IRewardsCoordinatorTypes.OperatorDirectedRewardsSubmission[](1);
        subs[0] = IRewardsCoordinatorTypes.OperatorDirectedRewardsSubmission({
            strategiesAndMultipliers: _strategies(),
            token: IERC20(address(token)),
            operatorRewards: rewards,
            startTimestamp: 86400,
            duration: 86400,
            description: "checkpoint signatures"
        });
    }

    function test_operatorDirected_pullsTotalAndPaysThroughCoordinator() public {
        IAllocationManager.OperatorSet memory set = IAllocationManager.OperatorSet({avs: address(sm), id: 0});
        IRewardsCoordinatorTypes.OperatorDirectedRewardsSubmission[] memory subs = _directed(3e18, 4e18);
        vm.prank(initiator);
        sm.createOperatorDirectedOperatorSetRewardsSubmission(set, subs);

        assertEq(token.balanceOf(initiator), 993e18);
        assertEq(token.balanceOf(address(rc)), 7e18);
        assertEq(token.balanceOf(address(sm)), 0, "nothing stays in the service manager");
        assertEq(token.allowance(address(sm), address(rc)), 0, "the coordinator used the whole allowance");
        bytes32 h = keccak256(abi.encode(address(sm), uint256(0), subs[0]));
        assertTrue(rc.isOperatorDirectedOperatorSetRewardsSubmissionHash(address(sm), h), "recorded as the AVS");
    }

    function test_operatorDirected_severalSubmissionsSameToken() public {
        IAllocationManager.OperatorSet memory set = IAllocationManager.OperatorSet({avs: address(sm), id: 0});
        IRewardsCoordinatorTypes.OperatorDirectedRewardsSubmission[] memory one = _directed(1e18, 2e18);
        IRewardsCoordinatorTypes.OperatorDirectedRewardsSubmission[] memory subs =
            new IRewardsCoordinatorTypes.OperatorDirectedRewardsSubmission[](2);
        subs[0] = one[0];
        subs[1] = _directed(5e18, 6e18)[0];
        vm.prank(initiator);
        sm.createOperatorDirectedOperatorSetRewardsSubmission(set, subs);
        assertEq(token.balanceOf(address(rc)), 14e18);
        assertEq(rc.submissionNonce(address(sm)), 2);
    }

    function test_operatorDirected_onlyRewardsInitiator() public {
        IAllocationManager.OperatorSet memory set = IAllocationManager.OperatorSet({avs: address(sm), id: 0});
        IRewardsCoordinatorTypes.OperatorDirectedRewardsSubmission[] memory subs = _directed(1, 1);
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(NotRewardsInitiator.selector, owner));
        sm.createOperatorDirectedOperatorSetRewardsSubmission(set, subs);
    }

    function test_operatorDirected_refusesAnotherAVS() public {
        IAllocationManager.OperatorSet memory set = IAllocationManager.OperatorSet({avs: stranger, id: 0});
        IRewardsCoordinatorTypes.OperatorDirectedRewardsSubmission[] memory subs = _directed(1, 1);
        vm.prank(initiator);
        vm.expectRevert(abi.encodeWithSelector(NotThisAVS.selector, stranger));
        sm.createOperatorDirectedOperatorSetRewardsSubmission(set, subs);
    }

    function test_operatorDirected_revertsWithoutEnoughTokens() public {
        IAllocationManager.OperatorSet memory set = IAllocationManager.OperatorSet({avs: address(sm), id: 0});
        IRewardsCoordinatorTypes.OperatorDirectedRewardsSubmission[] memory subs = _directed(600e18, 600e18);
        vm.prank(initiator);
        vm.expectRevert("ERC20: transfer amount exceeds balance");
        sm.createOperatorDirectedOperatorSetRewardsSubmission(set, subs);
        assertEq(token.balanceOf(initiator), 1_000e18);
    }

    function test_avsRewards_pullsAmountAndSubmitsAsTheAVS() public {
        IRewardsCoordinatorTypes.RewardsSubmission[] memory subs = new IRewardsCoordinatorTypes.RewardsSubmission[](1);
        subs[0] = IRewardsCoordinatorTypes.RewardsSubmission({
            strategiesAndMultipliers: _strategies(),
            token: IERC20(address(token)),
            amount: 9e18,
            startTimestamp: 86400,
            duration: 86400
        });
        vm.prank(initiator);
        sm.createAVSRewardsSubmission(subs);
        assertEq(token.balanceOf(address(rc)), 9e18);
        assertEq(token.balanceOf(initiator), 991e18);
        bytes32 h = keccak256(abi.encode(address(sm), uint256(0), subs[0]));
        assertTrue(rc.isAVSRewardsSubmissionHash(address(sm), h));

        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(NotRewardsInitiator.selector, stranger));
        sm.createAVSRewardsSubmission(subs);
    }

    function testFuzz_operatorDirected_tokenFlow(uint96 a, uint96 b) public {
        a = uint96(bound(a, 1, 400e18));
        b = uint96(bound(b, 1, 400e18));
        IAllocationManager.OperatorSet memory set = IAllocationManager.OperatorSet({avs: address(sm), id: 0});
        IRewardsCoordinatorTypes.OperatorDirectedRewardsSubmission[] memory subs = _directed(a, b);
        vm.prank(initiator);
        sm.createOperatorDirectedOperatorSetRewardsSubmission(set, subs);
        assertEq(token.balanceOf(address(rc)), uint256(a) + b);
        assertEq(token.balanceOf(initiator) + token.balanceOf(address(rc)), 1_000e18);
        assertEq(token.balanceOf(address(sm)), 0);
    }
}
