// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

import {CheckpointRegistry} from "../../src/CheckpointRegistry.sol";
import {ICheckpointRegistryTypes} from "../../src/interfaces/ICheckpointRegistry.sol";
import {IBLSSignatureChecker} from "../../src/interfaces/eigenlayer/IBLSSignatureChecker.sol";

import {FakeBLSSignatureChecker} from "../fakes/FakeBLSSignatureChecker.sol";

/// @notice Drives CheckpointRegistry with a mix of valid and invalid submissions (replays of stored
///         numbers with other roots, gaps, overlaps, inverted ranges, stale or future reference
///         blocks, L1 origins not in the past or going back, forced cursors without an inbox, too
///         little stake) while a model predicts each outcome. Keeps a ghost copy of
///         every checkpoint it saw accepted.
contract RegistryHandler is CommonBase, StdUtils, ICheckpointRegistryTypes {
    uint96 internal constant TOTAL = 1e18;

    CheckpointRegistry public immutable registry;
    FakeBLSSignatureChecker public immutable checker;
    address public immutable slasher;

    mapping(uint64 => StoredCheckpoint) internal _ghost;
    uint64 public ghostLatest;
    uint32 public ghostMinReferenceBlock;

    uint256 public accepted;
    uint256 public rejected;
    /// @notice Calls whose outcome (accepted or not) differed from the model's prediction.
    uint256 public unexpected;

    constructor(CheckpointRegistry registry_, FakeBLSSignatureChecker checker_, address slasher_) {
        registry = registry_;
        checker = checker_;
        slasher = slasher_;
    }

    function ghost(uint64 number) external view returns (StoredCheckpoint memory) {
        return _ghost[number];
    }

    function submit(uint256 lenSeed, bytes32 root, uint256 refSeed, uint256 stakeSeed, uint256 mutation) external {
        uint64 latestEnd = _ghost[ghostLatest].endHeight;
        Checkpoint memory cp;
        cp.number = ghostLatest + 1;
        cp.startHeight = latestEnd + 1;
        cp.endHeight = cp.startHeight + uint64(bound(lenSeed, 0, 100));
        cp.root = root;
        // an L1 origin between the previous one and the previous block
        uint64 prevOrigin = _ghost[ghostLatest].l1Origin;
        cp.l1Origin = uint64(bound(uint256(keccak256(abi.encode(root))), prevOrigin, block.number - 1));

        mutation = bound(mutation, 0, 13);
        if (mutation == 4) cp.number = uint64(bound(lenSeed, 0, ghostLatest)); // replay (or zero)
        else if (mutation == 5) cp.number = ghostLatest + 2; // gap
        else if (mutation == 6) cp.startHeight = latestEnd + 2; // height gap
        else if (mutation == 7 && latestEnd > 0) cp.startHeight = latestEnd; // overlap
        else if (mutation == 8) cp.endHeight = cp.startHeight - 1; // inverted
        else if (mutation == 10) cp.l1Origin = uint64(block.number); // L1 origin not in the past
        else if (mutation == 11 && prevOrigin > 0) cp.l1Origin = prevOrigin - 1; // L1 origin backwards
        else if (mutation == 12) cp.forcedCount = 1; // no inbox: nothing to include
        else if (mutation == 13) cp.forcedAcc = root; // no inbox: accumulator must be zero

        // mostly recent reference blocks, sometimes stale, sometimes not in the past
        uint32 maxAge = registry.maxReferenceAge();
        uint256 back = bound(refSeed, 0, uint256(maxAge) + 20);
        uint32 ref = uint32(block.number > back ? block.number - back : 0);
        if (refSeed % 13 == 0) ref = uint32(block.number);

        // per-quorum signed stake; most of the time enough
        uint96[] memory signed = new uint96[](2);
        uint96[] memory total = new uint96[](2);
        signed[0] = stakeSeed % 5 == 0 ? uint96(bound(stakeSeed, 0, TOTAL)) : TOTAL;
        signed[1] = stakeSeed % 7 == 0 ? uint96(bound(stakeSeed >> 96, 0, TOTAL)) : TOTAL;
        (total[0], total[1]) = (TOTAL, TOTAL);
        checker.setStakes(signed, total);

        bool expected = _valid(cp, ref, signed, maxAge);
        IBLSSignatureChecker.NonSignerStakesAndSignature memory sig;
        try registry.submitCheckpoint(cp, ref, sig) {
            ++accepted;
            if (!expected) ++unexpected;
            _ghost[cp.number] = StoredCheckpoint({
                root: cp.root,
                startHeight: cp.startHeight,
                endHeight: cp.endHeight,
                referenceBlock: ref,
                l1Block: uint32(block.number),
                l1Origin: uint32(cp.l1Origin),
                forcedCount: 0
            });
            ghostLatest = cp.number;
        } catch {
            ++rejected;
            if (expected) ++unexpected;
        }
    }

    function roll(uint256 blocks) external {
        vm.roll(block.number + bound(blocks, 1, 200));
    }

    function raiseMinReferenceBlock(uint256 back) external {
        uint32 b = uint32(block.number - bound(back, 0, block.number));
        vm.prank(slasher);
        registry.raiseMinReferenceBlock(b);
        if (b > ghostMinReferenceBlock) ghostMinReferenceBlock = b;
    }

    function setThresholdBips(uint256 bips) external {
        vm.prank(registry.owner());
        registry.setThresholdBips(uint16(bound(bips, 5001, 10_000)));
    }

    function _valid(Checkpoint memory cp, uint32 ref, uint96[] memory signed, uint32 maxAge)
        internal
        view
        returns (bool)
    {
        if (cp.number != ghostLatest + 1) return false;
        if (cp.startHeight != _ghost[ghostLatest].endHeight + 1 || cp.endHeight < cp.startHeight) return false;
        if (ref >= block.number) return false;
        uint256 oldest = block.number > maxAge ? block.number - maxAge : 0;
        if (oldest < ghostMinReferenceBlock) oldest = ghostMinReferenceBlock;
        if (ref < oldest) return false;
        if (cp.l1Origin >= block.number || cp.l1Origin < _ghost[ghostLatest].l1Origin) return false;
        if (cp.forcedCount != 0 || cp.forcedAcc != bytes32(0)) return false;
        uint256 bips = registry.thresholdBips();
        for (uint256 i = 0; i < signed.length; ++i) {
            if (uint256(signed[i]) * 10_000 < uint256(TOTAL) * bips) return false;
        }
        return true;
    }
}
