// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {ISlashingRegistryCoordinator} from "../../src/interfaces/eigenlayer/ISlashingRegistryCoordinator.sol";

/// @notice Stand-in for the middleware's SlashingRegistryCoordinator. ejectOperator behaves like the
///         real one: ejector only, and it silently does nothing unless the operator is registered
///         and in every quorum given.
contract FakeSlashingRegistryCoordinator is ISlashingRegistryCoordinator {
    error OnlyEjector(address caller);
    error BytesArrayNotOrdered();

    uint8 internal constant REGISTERED = 1;
    uint8 internal constant DEREGISTERED = 2;

    address public immutable avs;
    address public ejector;

    mapping(address => uint8) internal _status;
    mapping(address => bytes32) public operatorIdOf;
    mapping(bytes32 => uint192) internal _bitmap;

    /// @notice ejectOperator calls, effective or not.
    uint256 public ejectCalls;
    /// @notice ejectOperator calls that deregistered the operator from the quorums.
    uint256 public effectiveEjections;
    mapping(address => bytes) public lastEjectQuorums;

    constructor(address avs_) {
        avs = avs_;
    }

    function setEjector(address ejector_) external {
        ejector = ejector_;
    }

    function registerOperator(address operator, bytes32 operatorId, uint192 quorumBitmap) external {
        operatorIdOf[operator] = operatorId;
        _bitmap[operatorId] = quorumBitmap;
        _status[operator] = quorumBitmap == 0 ? DEREGISTERED : REGISTERED;
    }

    function setStatus(address operator, uint8 status) external {
        _status[operator] = status;
    }

    /// @inheritdoc ISlashingRegistryCoordinator
    function getOperatorStatus(address operator) external view returns (uint8) {
        return _status[operator];
    }

    /// @inheritdoc ISlashingRegistryCoordinator
    function getCurrentQuorumBitmap(bytes32 operatorId) external view returns (uint192) {
        return _bitmap[operatorId];
    }

    /// @inheritdoc ISlashingRegistryCoordinator
    function ejectOperator(address operator, bytes calldata quorumNumbers) external {
        if (msg.sender != ejector) revert OnlyEjector(msg.sender);
        ++ejectCalls;
        lastEjectQuorums[operator] = quorumNumbers;
        uint192 toRemove;
        for (uint256 i = 0; i < quorumNumbers.length; ++i) {
            uint192 bit = uint192(1) << uint8(quorumNumbers[i]);
            if (bit <= toRemove) revert BytesArrayNotOrdered();
            toRemove |= bit;
        }
        bytes32 operatorId = operatorIdOf[operator];
        uint192 current = _bitmap[operatorId];
        if (_status[operator] == REGISTERED && toRemove != 0 && (toRemove & current) == toRemove) {
            ++effectiveEjections;
            current &= ~toRemove;
            _bitmap[operatorId] = current;
            if (current == 0) _status[operator] = DEREGISTERED;
        }
    }
}
