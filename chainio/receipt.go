package chainio

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// WaitReceipt polls every ReceiptPollInterval at first, backing off to MaxReceiptPollInterval.
// geth's bind.WaitMined polls once a second, which dominates every round trip on a local chain
// that mines in milliseconds; the cap keeps waiting on a 12-second chain cheap.
const (
	ReceiptPollInterval    = 2 * time.Millisecond
	MaxReceiptPollInterval = 50 * time.Millisecond
)

// ReceiptReader is the part of a JSON-RPC client that WaitReceipt needs.
type ReceiptReader interface {
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// DeployReader is the part of a JSON-RPC client that WaitDeployed needs.
type DeployReader interface {
	ReceiptReader
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

// ErrReverted is matched (errors.Is) by every *RevertedError.
var ErrReverted = errors.New("transaction reverted")

// ErrNoCode is returned by WaitDeployed when a creation left no code behind.
var ErrNoCode = errors.New("no code at deployed address")

// RevertedError reports a mined transaction whose receipt has status 0. Cause, when set, is the
// error of replaying the transaction as a call (it carries the revert data; see DecodeRevert).
type RevertedError struct {
	TxHash  common.Hash
	Block   uint64
	GasUsed uint64
	Cause   error
}

func (e *RevertedError) Error() string {
	msg := fmt.Sprintf("transaction %s reverted in block %d (gas used %d)", e.TxHash, e.Block, e.GasUsed)
	if e.Cause != nil {
		msg += ": " + e.Cause.Error()
	}
	return msg
}

// Is makes errors.Is(err, ErrReverted) true.
func (e *RevertedError) Is(target error) bool { return target == ErrReverted }

// Unwrap exposes the replayed call's error so DecodeRevert can read its revert data.
func (e *RevertedError) Unwrap() error { return e.Cause }

// WaitReceipt polls for tx's receipt until it is mined or ctx ends.
// A mined transaction that reverted returns its receipt together with a *RevertedError.
func WaitReceipt(ctx context.Context, client ReceiptReader, tx *types.Transaction) (*types.Receipt, error) {
	return WaitReceiptHash(ctx, client, tx.Hash())
}

// WaitReceiptHash is WaitReceipt by transaction hash.
func WaitReceiptHash(ctx context.Context, client ReceiptReader, hash common.Hash) (*types.Receipt, error) {
	interval := ReceiptPollInterval
	timer := time.NewTimer(interval)
	defer timer.Stop()
	for {
		r, err := client.TransactionReceipt(ctx, hash)
		switch {
		case err == nil && r != nil:
			if r.Status != types.ReceiptStatusSuccessful {
				return r, &RevertedError{TxHash: hash, Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed}
			}
			return r, nil
		case err != nil && !errors.Is(err, ethereum.NotFound):
			// Not "unknown yet" but a failing RPC: report it rather than spin until the deadline.
			return nil, fmt.Errorf("get receipt of %s: %w", hash, err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for receipt of %s: %w", hash, ctx.Err())
		case <-timer.C:
		}
		interval = min(interval*3/2, MaxReceiptPollInterval)
		timer.Reset(interval)
	}
}

// WaitDeployed waits for a contract creation and returns the new contract's address, failing
// if the creation reverted or left no code.
func WaitDeployed(ctx context.Context, client DeployReader, tx *types.Transaction) (common.Address, error) {
	if tx.To() != nil {
		return common.Address{}, fmt.Errorf("transaction %s is not a contract creation", tx.Hash())
	}
	r, err := WaitReceipt(ctx, client, tx)
	if err != nil {
		return common.Address{}, err
	}
	code, err := client.CodeAt(ctx, r.ContractAddress, r.BlockNumber)
	if err != nil {
		return common.Address{}, fmt.Errorf("read code at %s: %w", r.ContractAddress, err)
	}
	if len(code) == 0 {
		return common.Address{}, fmt.Errorf("%w: %s (tx %s)", ErrNoCode, r.ContractAddress, tx.Hash())
	}
	return r.ContractAddress, nil
}
