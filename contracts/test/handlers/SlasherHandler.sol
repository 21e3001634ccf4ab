// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {CommonBase} from "forge-std/Base.sol";
import {StdUtils} from "forge-std/StdUtils.sol";

import {EquivocationSlasher} from "../../src/EquivocationSlasher.sol";
import {ICheckpointRegistryTypes} from "../../src/interfaces/ICheckpointRegistry.sol";
import {BN254Types} from "../../src/interfaces/eigenlayer/BN254Types.sol";
import {LockstepProofs} from "../../src/libraries/LockstepProofs.sol";

import {FakeBLSSignatureChecker} from "../fakes/FakeBLSSignatureChecker.sol";
import {FakeSlashingRegistryCoordinator} from "../fakes/FakeSlashingRegistryCoordinator.sol";

/// @notice Throws evidence at the slasher from a small pool of operators, checkpoint numbers and
///         roots, so the same (operator, number) comes up again and again: replays, swapped
///         pairs, new conflicting pairs for an already-punished offence, identical headers, and
///         signatures by the wrong operator. Operators get re-registered after ejection.
contract SlasherHandler is CommonBase, StdUtils, ICheckpointRegistryTypes {
    EquivocationSlasher public immutable slasher;
    FakeBLSSignatureChecker public immutable checker;
    FakeSlashingRegistryCoordinator public immutable coordinator;

    address[] internal _operators;
    uint256[] internal _seeds;
    mapping(address => bytes32) internal _operatorIds;

    mapping(address => mapping(uint64 => bool)) public ghostSlashed;
    uint256 public distinctPairs;
    uint256 public successes;
    uint256 public unexpected;
    address[] internal _slashedOperators;
    uint64[] internal _slashedNumbers;

    constructor(
        EquivocationSlasher slasher_,
        FakeBLSSignatureChecker checker_,
        FakeSlashingRegistryCoordinator coordinator_,
        address[] memory operators,
        uint256[] memory seeds,
        bytes32[] memory operatorIds
    ) {
        slasher = slasher_;
        checker = checker_;
        coordinator = coordinator_;
        _operators = operators;
        _seeds = seeds;
        for (uint256 i = 0; i < operators.length; ++i) {
            _operatorIds[operators[i]] = operatorIds[i];
        }
    }

    function slashedCount() external view returns (uint256) {
        return _slashedOperators.length;
    }

    function slashedAt(uint256 i) external view returns (address, uint64) {
        return (_slashedOperators[i], _slashedNumbers[i]);
    }

    function prove(uint256 opSeed, uint256 numberSeed, uint256 rootSeedA, uint256 rootSeedB, uint256 signerSeed)
        external
    {
        uint256 k = bound(opSeed, 0, _operators.length - 1);
        address operator = _operators[k];
        uint64 number = uint64(bound(numberSeed, 1, 4));
        Checkpoint memory a = Checkpoint(number, 1, 10, keccak256(abi.encode(rootSeedA % 3)), 0, 0, 0);
        Checkpoint memory b = Checkpoint(number, 1, 10, keccak256(abi.encode(rootSeedB % 3)), 0, 0, 0);

        // usually the operator's own signatures; sometimes b is signed by someone else
        uint256 signerB = signerSeed % 5 == 0 ? bound(signerSeed, 0, _operators.length - 1) : k;
        BN254Types.G1Point memory sigA = checker.sign(_digest(a), _g1(_seeds[k]));
        BN254Types.G1Point memory sigB = checker.sign(_digest(b), _g1(_seeds[signerB]));

        bool expected = a.root != b.root && signerB == k && !ghostSlashed[operator][number];
        try slasher.proveEquivocation(operator, a, sigA, b, sigB) {
            ++successes;
            if (!expected) ++unexpected;
            if (!ghostSlashed[operator][number]) {
                ghostSlashed[operator][number] = true;
                ++distinctPairs;
                _slashedOperators.push(operator);
                _slashedNumbers.push(number);
            }
        } catch {
            if (expected) ++unexpected;
        }
    }

    function reRegister(uint256 opSeed) external {
        address operator = _operators[bound(opSeed, 0, _operators.length - 1)];
        coordinator.registerOperator(operator, _operatorIds[operator], 0x3);
    }

    function roll(uint256 blocks) external {
        vm.roll(block.number + bound(blocks, 1, 20));
    }

    function _digest(Checkpoint memory cp) internal view returns (bytes32) {
        return LockstepProofs.checkpointDigest(block.chainid, address(slasher.registry()), cp);
    }

    /// @dev Same derivation as LockstepTestBase._g1.
    function _g1(uint256 seed) internal pure returns (BN254Types.G1Point memory) {
        return BN254Types.G1Point(uint256(keccak256(abi.encode("g1.x", seed))), uint256(keccak256(abi.encode("g1.y", seed))));
    }
}
