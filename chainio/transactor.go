package chainio

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Backend is what the Transactor needs from a JSON-RPC client; *ethclient.Client satisfies it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// DefaultGasMarginPercent is added to estimated gas limits. Estimates are exact for the state
// they ran on; a transaction sent before the previous ones are mined can execute on a state
// that needs more gas (measured: the middleware's operator registration ran out of gas in
// IndexRegistry when estimated one registration early).
const DefaultGasMarginPercent = 25

// Transactor signs and sends transactions from one key, assigning nonces itself so that
// independent transactions can be sent back to back without waiting for each receipt.
// It is safe for concurrent use; it assumes no one else sends from the same key at the same
// time (after a failed send it re-reads the pending nonce from the node).
type Transactor struct {
	client  Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	signer  types.Signer

	mu     sync.Mutex
	nonce  uint64
	synced bool
	margin uint64
}

// NewTransactor returns a Transactor for key on the chain client is connected to.
func NewTransactor(ctx context.Context, client Backend, key *ecdsa.PrivateKey) (*Transactor, error) {
	if key == nil {
		return nil, errors.New("new transactor: nil key")
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("new transactor: read chain ID: %w", err)
	}
	return &Transactor{
		client:  client,
		key:     key,
		from:    crypto.PubkeyToAddress(key.PublicKey),
		chainID: chainID,
		signer:  types.LatestSignerForChainID(chainID),
		margin:  DefaultGasMarginPercent,
	}, nil
}

// SetGasMargin sets the percentage added to estimated gas limits (DefaultGasMarginPercent).
// Limits set explicitly in the transact options are used as they are.
func (t *Transactor) SetGasMargin(percent uint64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.margin = percent
}

// Address is the sending account.
func (t *Transactor) Address() common.Address { return t.from }

// ChainID is the chain ID transactions are signed for.
func (t *Transactor) ChainID() *big.Int { return new(big.Int).Set(t.chainID) }

// Client is the backend transactions are sent through.
func (t *Transactor) Client() Backend { return t.client }

// Send calls build with transact options carrying the next nonce and returns the transaction it
// sent. build's transaction is not sent as is (the options have NoSend set): it is re-signed
// with the gas margin added to an estimated limit, then sent. The nonce is consumed only if the
// transaction was sent, so a send refused at gas estimation (a revert) leaves no gap.
func (t *Transactor) Send(ctx context.Context, build func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Transaction, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.synced {
		n, err := t.client.PendingNonceAt(ctx, t.from)
		if err != nil {
			return nil, fmt.Errorf("read pending nonce of %s: %w", t.from, err)
		}
		t.nonce, t.synced = n, true
	}
	opts, err := bind.NewKeyedTransactorWithChainID(t.key, t.chainID)
	if err != nil {
		return nil, err
	}
	opts.Context = ctx
	opts.Nonce = new(big.Int).SetUint64(t.nonce)
	opts.NoSend = true
	tx, err := build(opts)
	if err == nil && tx == nil {
		err = errors.New("build returned no transaction")
	}
	if err == nil {
		if opts.GasLimit == 0 {
			tx, err = t.withGas(tx, tx.Gas()+tx.Gas()*t.margin/100)
		}
		if err == nil {
			err = t.client.SendTransaction(ctx, tx)
		}
	}
	if err != nil {
		// The node may know better (someone else used the key, or the send half-failed).
		t.synced = false
		return nil, err
	}
	t.nonce++
	return tx, nil
}

// withGas re-signs tx with another gas limit.
func (t *Transactor) withGas(tx *types.Transaction, gas uint64) (*types.Transaction, error) {
	var inner types.TxData
	switch tx.Type() {
	case types.LegacyTxType:
		inner = &types.LegacyTx{Nonce: tx.Nonce(), GasPrice: tx.GasPrice(), Gas: gas, To: tx.To(), Value: tx.Value(), Data: tx.Data()}
	case types.DynamicFeeTxType:
		inner = &types.DynamicFeeTx{
			ChainID: t.chainID, Nonce: tx.Nonce(), GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap(),
			Gas: gas, To: tx.To(), Value: tx.Value(), Data: tx.Data(), AccessList: tx.AccessList(),
		}
	default:
		return nil, fmt.Errorf("transaction type %d not supported", tx.Type())
	}
	return types.SignNewTx(t.key, t.signer, inner)
}

// NextAddress is the address a contract creation sent next by this Transactor would get.
// Only meaningful while nobody else sends concurrently.
func (t *Transactor) NextAddress(ctx context.Context) (common.Address, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.synced {
		n, err := t.client.PendingNonceAt(ctx, t.from)
		if err != nil {
			return common.Address{}, fmt.Errorf("read pending nonce of %s: %w", t.from, err)
		}
		t.nonce, t.synced = n, true
	}
	return crypto.CreateAddress(t.from, t.nonce), nil
}

// Transact sends with Send and waits for the receipt. If the transaction was mined but reverted,
// the error is a *RevertedError whose Cause is the replayed call's error, so DecodeRevert can
// name the custom error.
func (t *Transactor) Transact(ctx context.Context, build func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	tx, err := t.Send(ctx, build)
	if err != nil {
		return nil, err
	}
	return t.Wait(ctx, tx)
}

// Wait waits for tx's receipt like WaitReceipt and explains a revert like Transact.
func (t *Transactor) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	r, err := WaitReceipt(ctx, t.client, tx)
	var rev *RevertedError
	if errors.As(err, &rev) && rev.Cause == nil {
		rev.Cause = ReplayCall(ctx, t.client, t.from, tx, r)
	}
	return r, err
}

// ReplayCall re-executes a mined transaction as eth_call on the state before its block and
// returns the call's error (nil if the call now succeeds). Transactions earlier in the same
// block are not replayed, so this explains most but not all reverts.
func ReplayCall(ctx context.Context, client bind.ContractCaller, from common.Address, tx *types.Transaction, r *types.Receipt) error {
	var at *big.Int
	if r != nil && r.BlockNumber != nil && r.BlockNumber.Sign() > 0 {
		at = new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	}
	_, err := client.CallContract(ctx, ethereum.CallMsg{
		From:  from,
		To:    tx.To(),
		Gas:   tx.Gas(),
		Value: tx.Value(),
		Data:  tx.Data(),
	}, at)
	return err
}
