package engine

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/txpool"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// MaxTxSize is the largest transaction eth_sendRawTransaction takes (geth's pool limit).
const MaxTxSize = 128 * 1024

// Sender forwards a signed transaction to the sequencer. Its errors reach the RPC caller as
// they are, so an rpc.Error keeps its code (an operator's "busy" is -32005).
type Sender interface {
	SendRawTransaction(ctx context.Context, raw []byte) (common.Hash, error)
}

// errSendTransaction answers eth_sendTransaction: the node holds no keys.
var errSendTransaction = errors.New("eth_sendTransaction is not supported: sign locally and use eth_sendRawTransaction")

// errReadOnly answers sending on a node without a Sender.
var errReadOnly = errors.New("this node does not forward transactions: send them to a Lockstep operator")

// acceptedTypes are the transaction types a block can include: all but blob transactions.
const acceptedTypes = 1<<types.LegacyTxType | 1<<types.AccessListTxType | 1<<types.DynamicFeeTxType | 1<<types.SetCodeTxType

// ethOverrides replaces geth's eth_* methods that would reach its transaction pool, which a
// rollup node bypasses: transactions go to the sequencer, and pending nonces count what was
// forwarded. Registered after geth's eth API, its methods take their place.
type ethOverrides struct{ e *Engine }

// SendRawTransaction refuses what a block would certainly skip, with geth's messages so
// wallets understand, then forwards it to the sequencer.
func (api *ethOverrides) SendRawTransaction(ctx context.Context, input hexutil.Bytes) (common.Hash, error) {
	return api.e.sendRaw(ctx, input)
}

// SendRawTransactionSync (EIP-7966) sends as SendRawTransaction does, then waits for the
// block that includes the transaction and returns its receipt, as geth does: the wait is
// timeoutMs (a JSON number, or a hex string) capped by the node's maximum, or the node's
// default when absent or zero; past it the error has code 4 and the hash as data. A
// transaction the block builder skips ends the wait with an error naming the reason.
func (api *ethOverrides) SendRawTransactionSync(ctx context.Context, input hexutil.Bytes, timeoutMs *syncTimeout) (json.RawMessage, error) {
	e := api.e
	_, builds := e.buildSignal() // before forwarding: a quick block must not be missed
	hash, err := e.sendRaw(ctx, input)
	if err != nil {
		return nil, err
	}
	timeout := e.syncTimeout
	if timeoutMs != nil && *timeoutMs > 0 {
		timeout = min(time.Duration(*timeoutMs)*time.Millisecond, e.syncMax)
	}
	return e.waitForTx(ctx, hash, builds, timeout)
}

// SendTransaction needs keys the node does not hold.
func (api *ethOverrides) SendTransaction(ctx context.Context, args json.RawMessage) (common.Hash, error) {
	return common.Hash{}, errSendTransaction
}

// GetTransactionCount answers "pending" with the head state's nonce raised past the
// transactions this node forwarded and has not seen included; other blocks as geth does.
func (api *ethOverrides) GetTransactionCount(ctx context.Context, address common.Address, blockNrOrHash *rpc.BlockNumberOrHash) (*hexutil.Uint64, error) {
	bnh := rpc.BlockNumberOrHashWithNumber(rpc.LatestBlockNumber)
	if blockNrOrHash != nil {
		bnh = *blockNrOrHash
	}
	if n, ok := bnh.Number(); ok && n == rpc.PendingBlockNumber {
		statedb, err := api.e.bc.State()
		if err != nil {
			return nil, fmt.Errorf("head state: %w", err)
		}
		nonce := api.e.pending.next(address, statedb.GetNonce(address))
		return (*hexutil.Uint64)(&nonce), nil
	}
	statedb, _, err := api.e.eth.APIBackend.StateAndHeaderByNumberOrHash(ctx, bnh)
	if statedb == nil || err != nil {
		return nil, err
	}
	nonce := statedb.GetNonce(address)
	return (*hexutil.Uint64)(&nonce), statedb.Error()
}

// sendRaw checks raw against the head and forwards it.
func (e *Engine) sendRaw(ctx context.Context, raw []byte) (common.Hash, error) {
	if e.sender == nil {
		return common.Hash{}, errReadOnly
	}
	tx, from, err := e.checkTx(raw)
	if err != nil {
		e.metrics.TxsRefused.Inc()
		return common.Hash{}, err
	}
	hash, err := e.sender.SendRawTransaction(ctx, raw)
	if err != nil {
		return common.Hash{}, err
	}
	e.pending.add(from, tx.Nonce(), tx.Hash())
	e.metrics.TxsForwarded.Inc()
	return hash, nil
}

// checkTx refuses what the next block would certainly skip, using geth's own pool checks
// (type, size, signature and chain ID, intrinsic gas, gas limit; nonce and funds against the
// head state) plus the two a pool allows and a block does not: a fee cap below the next base
// fee, and a nonce past the sender's pending one (a gap the block would skip).
func (e *Engine) checkTx(raw []byte) (*types.Transaction, common.Address, error) {
	if len(raw) > MaxTxSize {
		return nil, common.Address{}, fmt.Errorf("%w: transaction size %d, limit %d", txpool.ErrOversizedData, len(raw), MaxTxSize)
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, common.Address{}, err
	}
	if tx.Type() == types.BlobTxType {
		return nil, common.Address{}, fmt.Errorf("%w: %s", core.ErrTxTypeNotSupported, ReasonBlobTx)
	}
	var (
		cfg    = e.bc.Config()
		head   = e.bc.CurrentBlock()
		signer = types.LatestSigner(cfg)
	)
	opts := &txpool.ValidationOptions{Config: cfg, Accept: acceptedTypes, MaxSize: MaxTxSize, MinTip: new(big.Int)}
	if err := txpool.ValidateTransaction(tx, head, signer, opts); err != nil {
		return nil, common.Address{}, err
	}
	from, err := types.Sender(signer, tx)
	if err != nil { // cached by ValidateTransaction, which checked it
		return nil, common.Address{}, err
	}
	if baseFee := eip1559.CalcBaseFee(cfg, head); tx.GasFeeCapIntCmp(baseFee) < 0 {
		return nil, common.Address{}, fmt.Errorf("%w: address %v, maxFeePerGas: %s, baseFee: %s", core.ErrFeeCapTooLow, from.Hex(), tx.GasFeeCap(), baseFee)
	}
	statedb, err := e.bc.StateAt(head.Root, head.Number, head.Time)
	if err != nil {
		return nil, common.Address{}, fmt.Errorf("head state: %w", err)
	}
	stateOpts := &txpool.ValidationOptionsWithState{
		State:               statedb,
		ExistingExpenditure: func(common.Address) *big.Int { return new(big.Int) },
		ExistingCost:        func(common.Address, uint64) *big.Int { return nil },
	}
	if err := txpool.ValidateTransactionWithState(tx, signer, stateOpts); err != nil {
		return nil, common.Address{}, err
	}
	if next := e.pending.next(from, statedb.GetNonce(from)); tx.Nonce() > next {
		return nil, common.Address{}, fmt.Errorf("%w: next nonce %d, tx nonce %d", core.ErrNonceTooHigh, next, tx.Nonce())
	}
	return tx, from, nil
}

// waitForTx waits for the transaction hash, forwarded after the engine had built `builds`
// blocks, to be included or skipped, for at most timeout.
func (e *Engine) waitForTx(ctx context.Context, hash common.Hash, builds uint64, timeout time.Duration) (json.RawMessage, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		signal, _ := e.buildSignal() // before looking: a block built meanwhile wakes us
		if lookup, _ := e.bc.GetCanonicalTransaction(hash); lookup != nil {
			var receipt json.RawMessage
			if err := e.client.CallContext(ctx, &receipt, "eth_getTransactionReceipt", hash); err != nil {
				return nil, fmt.Errorf("receipt of %s: %w", hash, err)
			}
			return receipt, nil
		}
		// A skip from before this forwarding is of an earlier attempt of the same bytes.
		if skip, ok := e.skips.get(hash); ok && skip.build > builds {
			return nil, &txSkippedError{hash: hash, reason: skip.reason}
		}
		select {
		case <-signal:
		case <-e.closing:
			return nil, ErrClosed
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return nil, &txSyncTimeoutError{hash: hash, timeout: timeout}
			}
			return nil, ctx.Err()
		}
	}
}

// syncTimeout is eth_sendRawTransactionSync's timeout in milliseconds: geth takes a JSON
// number; a hex string, as most quantities in the eth API, is taken too.
type syncTimeout uint64

func (t *syncTimeout) UnmarshalJSON(data []byte) error {
	var n uint64
	if err := json.Unmarshal(data, &n); err == nil {
		*t = syncTimeout(n)
		return nil
	}
	var h hexutil.Uint64
	if err := json.Unmarshal(data, &h); err != nil {
		return fmt.Errorf("timeout: want milliseconds as a number or hex string, got %s", data)
	}
	*t = syncTimeout(h)
	return nil
}

// txSyncTimeoutCode is geth's error code for eth_sendRawTransactionSync's timeout.
const txSyncTimeoutCode = 4

// txSyncTimeoutError is geth's timeout answer of eth_sendRawTransactionSync: code 4, the
// transaction hash as data.
type txSyncTimeoutError struct {
	hash    common.Hash
	timeout time.Duration
}

func (e *txSyncTimeoutError) Error() string {
	return "The transaction was sent to the sequencer but wasn't processed in " + e.timeout.String()
}
func (e *txSyncTimeoutError) ErrorCode() int         { return txSyncTimeoutCode }
func (e *txSyncTimeoutError) ErrorData() interface{} { return e.hash.Hex() }

// txSkippedErrorCode is the JSON-RPC server error code of a skipped transaction.
const txSkippedErrorCode = -32000

// txSkippedError answers eth_sendRawTransactionSync for a transaction the block skipped.
type txSkippedError struct {
	hash   common.Hash
	reason string
}

func (e *txSkippedError) Error() string {
	return "transaction " + e.hash.Hex() + " skipped by the block builder: " + e.reason
}
func (e *txSkippedError) ErrorCode() int         { return txSkippedErrorCode }
func (e *txSkippedError) ErrorData() interface{} { return e.hash.Hex() }
