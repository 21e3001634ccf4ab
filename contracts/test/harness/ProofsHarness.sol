// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.27;

import {ICheckpointRegistry} from "../../src/interfaces/ICheckpointRegistry.sol";
import {LockstepProofs} from "../../src/libraries/LockstepProofs.sol";

/// @title ProofsHarness
/// @notice What a rollup's own L1 contract does with LockstepProofs, as external functions, for
///         `lockstep bench` (bench/gas.go), which deploys it on anvil from its forge artifact
///         (contracts/out/ProofsHarness.sol/ProofsHarness.json) next to the real registry.
///         Each function also returns the gas the library call itself used (gasleft() before
///         and after, the proof's copy from calldata to memory included), which is what a
///         rollup contract pays for the check inside its own transaction; a transaction to
///         the function costs that plus the intrinsic 21,000, calldata and dispatch.
/// @dev Not part of the protocol and never deployed outside benchmarks.
contract ProofsHarness {
    /// @notice LockstepProofs.verifyBatch against checkpoint `number` stored in `registry`.
    /// @return ok Whether the proof holds.
    /// @return gasUsed Gas of the library call alone.
    function verifyBatch(ICheckpointRegistry registry, uint64 number, LockstepProofs.BatchProof calldata p)
        external
        view
        returns (bool ok, uint256 gasUsed)
    {
        uint256 before = gasleft();
        ok = LockstepProofs.verifyBatch(registry, number, p);
        gasUsed = before - gasleft();
    }

    /// @notice LockstepProofs.verifyTransaction: the transaction with hash `txHash` is at `index`
    ///         of the batch with root `batchRoot` and `txCount` transactions.
    /// @return ok Whether the proof holds.
    /// @return gasUsed Gas of the library call alone.
    function verifyTransaction(
        bytes32 batchRoot,
        uint64 txCount,
        bytes32 txHash,
        uint256 index,
        bytes32[] calldata proof
    ) external view returns (bool ok, uint256 gasUsed) {
        uint256 before = gasleft();
        ok = LockstepProofs.verifyTransaction(batchRoot, txCount, txHash, index, proof);
        gasUsed = before - gasleft();
    }
}
