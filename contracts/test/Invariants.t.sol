// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {LockstepTestBase} from "./Base.t.sol";
import {InboxHandler} from "./handlers/InboxHandler.sol";
import {RegistryHandler} from "./handlers/RegistryHandler.sol";
import {SlasherHandler} from "./handlers/SlasherHandler.sol";

/// @notice Must hold 3: checkpoint n is stored only as the successor of n-1, continuing its
///         heights, and only once; a stored checkpoint never changes; L1 origins never go back.
contract CheckpointRegistryInvariantTest is LockstepTestBase {
    RegistryHandler internal handler;

    function setUp() public override {
        super.setUp();
        // The handler raises minReferenceBlock itself, standing in for the slasher.
        handler = new RegistryHandler(registry, checker, address(slasher));
        targetContract(address(handler));
    }

    function invariant_checkpointsSequentialContiguousAndNeverOverwritten() public view {
        assertEq(handler.unexpected(), 0, "an outcome differed from the model");
        uint64 latest = registry.latestCheckpointNumber();
        assertEq(latest, handler.ghostLatest(), "latest number");
        uint64 prevEnd = 0;
        uint32 prevOrigin = 0;
        for (uint64 n = 1; n <= latest; ++n) {
            StoredCheckpoint memory s = registry.getCheckpoint(n);
            StoredCheckpoint memory g = handler.ghost(n);
            assertEq(s.root, g.root, "root overwritten");
            assertEq(s.startHeight, g.startHeight, "start overwritten");
            assertEq(s.endHeight, g.endHeight, "end overwritten");
            assertEq(s.referenceBlock, g.referenceBlock, "reference block overwritten");
            assertEq(s.l1Block, g.l1Block, "l1 block overwritten");
            assertEq(s.l1Origin, g.l1Origin, "l1 origin overwritten");
            assertEq(s.forcedCount, 0, "forced entries without an inbox");
            assertEq(s.startHeight, prevEnd + 1, "heights not contiguous");
            assertGe(s.endHeight, s.startHeight, "empty range");
            assertLt(s.referenceBlock, s.l1Block, "reference block not in the past");
            assertLt(s.l1Origin, s.l1Block, "l1 origin not in the past");
            assertGe(s.l1Origin, prevOrigin, "l1 origin went back");
            prevEnd = s.endHeight;
            prevOrigin = s.l1Origin;
        }
        assertEq(registry.latestEndHeight(), prevEnd, "latest end height");
        assertEq(registry.minReferenceBlock(), handler.ghostMinReferenceBlock(), "min reference block lowered");
    }
}

/// @notice Must hold 2, without replay: every distinct (operator, number) offence is punished
///         exactly once, whatever evidence is thrown at the slasher.
contract EquivocationSlasherInvariantTest is LockstepTestBase {
    SlasherHandler internal handler;
    uint256 internal constant OPERATORS = 3;

    function setUp() public override {
        super.setUp();
        address[] memory strategies = new address[](2);
        (strategies[0], strategies[1]) = (address(0xB0B), address(0xA11CE));
        stakeRegistry.setStrategies(0, strategies);
        stakeRegistry.setStrategies(1, strategies);
        allocationManager.createOperatorSet(0, strategies);
        allocationManager.createOperatorSet(1, strategies);

        address[] memory ops = new address[](OPERATORS);
        uint256[] memory seeds = new uint256[](OPERATORS);
        bytes32[] memory ids = new bytes32[](OPERATORS);
        for (uint256 i = 0; i < OPERATORS; ++i) {
            ops[i] = makeAddr(string.concat("operator", vm.toString(i)));
            seeds[i] = 100 + i;
            ids[i] = _operatorId(seeds[i]);
            _addOperator(ops[i], seeds[i], 0x3);
        }
        handler = new SlasherHandler(slasher, checker, coordinator, ops, seeds, ids);
        targetContract(address(handler));
    }

    function invariant_evidenceCannotBeReplayed() public view {
        assertEq(handler.unexpected(), 0, "an outcome differed from the model");
        assertEq(handler.successes(), handler.distinctPairs(), "an offence was punished twice");
        // one slashOperator call per quorum per offence, never more
        assertEq(allocationManager.callCount(), handler.distinctPairs() * quorums.length, "slash calls");
        for (uint256 i = 0; i < handler.slashedCount(); ++i) {
            (address op, uint64 number) = handler.slashedAt(i);
            assertTrue(slasher.isSlashed(op, number));
        }
    }
}

/// @notice The forced queue only grows, its accumulator is the hash chain over exactly what was
///         queued, entries' L1 blocks never decrease, and stored checkpoints never claim more of it
///         than exists.
contract ForcedInclusionInboxInvariantTest is LockstepTestBase {
    InboxHandler internal handler;

    function setUp() public override {
        super.setUp();
        _deployInbox();
        _registerRollup(7, owner, "");
        vm.prank(owner);
        inbox.setMaxPayloadBytes(1024);
        uint64[] memory rollups = new uint64[](2);
        (rollups[0], rollups[1]) = (ROLLUP_ID, 7);
        handler = new InboxHandler(inbox, registry, rollups);
        targetContract(address(handler));
    }

    function invariant_queueGrowsAsAHashChain() public view {
        assertEq(handler.unexpected(), 0, "an outcome differed from the model");
        assertEq(handler.countDecreased(), 0, "count went down");
        uint64 n = inbox.count();
        assertEq(n, handler.ghostCount(), "count");
        assertEq(inbox.accumulatorAt(n), handler.ghostAcc(n), "accumulator");
        uint64 prev = 0;
        for (uint64 i = 0; i < n; ++i) {
            uint64 l1Block = inbox.entry(i).l1Block;
            assertGe(l1Block, prev, "entries' L1 blocks went back");
            assertEq(inbox.accumulatorAt(i + 1), handler.ghostAcc(i + 1), "intermediate accumulator");
            prev = l1Block;
        }
        assertLe(registry.latestForcedCount(), n, "checkpoint beyond the queue");
    }
}
