// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {IAllocationManager} from "../../src/interfaces/eigenlayer/IAllocationManager.sol";

/// @notice Stand-in for EigenLayer's AllocationManager, enforcing what slashOperator requires of
///         its caller: the AVS's appointee (here: one configured slasher), an existing operator set,
///         a slashable operator, strategies strictly ascending and all in the operator set, wads in
///         (0, 1e18]. Records every call and reduces a per-(operator, strategy) magnitude.
contract FakeAllocationManager is IAllocationManager {
    // Same names as the real errors (selectors match).
    error InvalidPermissions();
    error InvalidOperatorSet();
    error InputArrayLengthMismatch();
    error OperatorNotSlashable();
    error StrategiesMustBeInAscendingOrder();
    error InvalidWadToSlash();
    error StrategyNotInOperatorSet();

    uint64 internal constant WAD = 1e18;

    struct SlashCall {
        address avs;
        address operator;
        uint32 operatorSetId;
        address[] strategies;
        uint256[] wadsToSlash;
        string description;
    }

    address public immutable avs;
    address public appointee;
    /// @notice When set, slashOperator checks everything but only counts calls (for gas tests,
    ///         so the fake's bookkeeping does not drown the caller's own cost).
    bool public lightweight;
    uint256 internal _lightCalls;

    mapping(uint32 => bool) public operatorSetExists;
    mapping(uint32 => mapping(address => bool)) public strategyInSet;
    mapping(address => mapping(uint32 => bool)) internal _slashable;
    /// @dev magnitude slashed so far; max magnitude = WAD - this
    mapping(address => mapping(address => uint64)) internal _slashedMagnitude;

    SlashCall[] internal _calls;

    constructor(address avs_) {
        avs = avs_;
    }

    function setAppointee(address appointee_) external {
        appointee = appointee_;
    }

    function setLightweight(bool on) external {
        lightweight = on;
    }

    function createOperatorSet(uint32 id, address[] memory strategies) external {
        operatorSetExists[id] = true;
        for (uint256 i = 0; i < strategies.length; ++i) {
            strategyInSet[id][strategies[i]] = true;
        }
    }

    function setSlashable(address operator, uint32 operatorSetId, bool on) external {
        _slashable[operator][operatorSetId] = on;
    }

    /// @inheritdoc IAllocationManager
    function isOperatorSlashable(address operator, OperatorSet memory operatorSet) external view returns (bool) {
        return operatorSet.avs == avs && _slashable[operator][operatorSet.id];
    }

    /// @inheritdoc IAllocationManager
    function slashOperator(address avs_, SlashingParams calldata params) external {
        if (msg.sender != appointee || avs_ != avs) revert InvalidPermissions();
        if (params.strategies.length != params.wadsToSlash.length) revert InputArrayLengthMismatch();
        if (!operatorSetExists[params.operatorSetId]) revert InvalidOperatorSet();
        if (!_slashable[params.operator][params.operatorSetId]) revert OperatorNotSlashable();
        for (uint256 i = 0; i < params.strategies.length; ++i) {
            address strategy = params.strategies[i];
            if (i > 0 && strategy <= params.strategies[i - 1]) revert StrategiesMustBeInAscendingOrder();
            uint256 wad = params.wadsToSlash[i];
            if (wad == 0 || wad > WAD) revert InvalidWadToSlash();
            if (!strategyInSet[params.operatorSetId][strategy]) revert StrategyNotInOperatorSet();
            if (lightweight) continue;
            uint64 current = WAD - _slashedMagnitude[params.operator][strategy];
            // mulWadRoundUp, as the real one
            uint64 slashed = uint64((uint256(current) * wad + WAD - 1) / WAD);
            _slashedMagnitude[params.operator][strategy] += slashed;
        }
        if (lightweight) {
            ++_lightCalls;
            return;
        }
        SlashCall storage c = _calls.push();
        c.avs = avs_;
        c.operator = params.operator;
        c.operatorSetId = params.operatorSetId;
        c.strategies = params.strategies;
        c.wadsToSlash = params.wadsToSlash;
        c.description = params.description;
    }

    /// @inheritdoc IAllocationManager
    function getMaxMagnitude(address operator, address strategy) external view returns (uint64) {
        return WAD - _slashedMagnitude[operator][strategy];
    }

    /// @notice The last metadata URI per AVS.
    mapping(address => string) public avsMetadataURI;

    /// @inheritdoc IAllocationManager
    /// @dev Only the AVS itself may call (the real one also accepts its admins and appointees).
    function updateAVSMetadataURI(address avs_, string calldata metadataURI) external {
        if (msg.sender != avs_) revert InvalidPermissions();
        avsMetadataURI[avs_] = metadataURI;
    }

    function callCount() external view returns (uint256) {
        return _calls.length + _lightCalls;
    }

    function getCall(uint256 i) external view returns (SlashCall memory) {
        return _calls[i];
    }
}
