// Package txmgr is Lockstep's one L1 transaction manager: one Manager per sender key assigns
// nonces, estimates gas with headroom, prices EIP-1559 fees, resubmits a transaction with
// bumped fees when it is not mined in time, waits for a configurable confirmation depth, and
// reports reverts as *RevertError with the decoded custom error.
//
// By default a Manager has one transaction in flight at a time (the next waits for the
// previous one's receipt), which makes nonce handling trivially correct, including across
// restarts: at the first send the Manager waits until every transaction the key already has in
// the mempool is mined, so a restarted process never sends a second copy of something its
// previous life sent. Config.MaxInFlight > 1 pipelines: a send is broadcast with the next
// nonce while earlier ones still wait for their blocks (its gas is estimated on the pending
// state, which holds them), so several transactions of the key can land in one L1 block. They
// are mined in the order they were sent; a revert of one does not undo the later ones, which
// run against the state it left.
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/chainio"
)

// Backend is what the Manager needs from a JSON-RPC client; *ethclient.Client satisfies it.
type Backend interface {
	bind.ContractBackend
	ChainID(ctx context.Context) (*big.Int, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	BlockNumber(ctx context.Context) (uint64, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Config tunes a Manager. Start from DefaultConfig (its values are in parentheses); zero is a
// value, never "the default".
type Config struct {
	// GasMarginPercent is added to estimated gas limits (chainio.DefaultGasMarginPercent):
	// estimates are exact only for the state they ran on. 0 sends the estimate as it is.
	GasMarginPercent uint64
	// ResubmitTimeout is how long a transaction may stay unmined before it is re-sent with
	// bumped fees (30s).
	ResubmitTimeout time.Duration
	// FeeBumpPercent raises tip and fee cap on each resubmission (15; nodes require >= 10).
	FeeBumpPercent uint64
	// MaxFeeCap bounds the fee cap in wei (500 gwei).
	MaxFeeCap *big.Int
	// Confirmations is how many blocks must be built on top of the receipt's block before a
	// send returns (0: return once mined).
	Confirmations uint64
	// PollInterval is how often receipts and heads are polled (50ms).
	PollInterval time.Duration
	// MaxInFlight is how many sent transactions may wait for their blocks at once (1). Above
	// 1, a send while others are in flight estimates its gas on the pending block, so the
	// node must serve eth_estimateGas at "pending" with its mempool applied (geth and anvil
	// do); where it does not, such an estimate fails as it would on the latest state.
	MaxInFlight int
	// OnSend, if set, is called after every broadcast (attempt 0 is the first, then each
	// resubmission): for metrics and tests.
	OnSend func(tx *types.Transaction, attempt int)
}

// DefaultConfig is a Manager for a public chain: one transaction in flight, a 25% gas margin,
// fees bumped 15% after 30 s unmined up to a 500 gwei cap, receipts polled every 50 ms.
func DefaultConfig() Config {
	return Config{
		GasMarginPercent: chainio.DefaultGasMarginPercent,
		ResubmitTimeout:  30 * time.Second,
		FeeBumpPercent:   15,
		MaxFeeCap:        big.NewInt(500e9),
		PollInterval:     50 * time.Millisecond,
		MaxInFlight:      1,
	}
}

// Check names the first bad field.
func (c *Config) Check() error {
	switch {
	case c.ResubmitTimeout <= 0:
		return fmt.Errorf("txmgr config: ResubmitTimeout %s must be positive", c.ResubmitTimeout)
	case c.PollInterval <= 0:
		return fmt.Errorf("txmgr config: PollInterval %s must be positive", c.PollInterval)
	case c.FeeBumpPercent < 10:
		return fmt.Errorf("txmgr config: FeeBumpPercent %d below the 10%% nodes require for a replacement", c.FeeBumpPercent)
	case c.MaxFeeCap == nil || c.MaxFeeCap.Sign() <= 0:
		return errors.New("txmgr config: MaxFeeCap must be positive")
	case c.MaxInFlight < 1:
		return fmt.Errorf("txmgr config: MaxInFlight %d must be at least 1", c.MaxInFlight)
	}
	return nil
}

// ErrReverted is matched (errors.Is) by every *RevertError.
var ErrReverted = errors.New("execution reverted")

// RevertError is a transaction refused by the contract: at gas estimation (Mined false) or
// mined with status 0 (Mined true, with the replayed call's reason). Name and Args are the
// decoded custom error ("" if it could not be decoded).
type RevertError struct {
	Name   string
	Args   []any
	Mined  bool
	TxHash common.Hash // set if Mined
	Err    error       // the underlying RPC error
}

func (e *RevertError) Error() string {
	what := "execution reverted"
	if e.Mined {
		what = fmt.Sprintf("transaction %s reverted", e.TxHash)
	}
	if e.Name == "" {
		return fmt.Sprintf("%s: %v", what, e.Err)
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = fmt.Sprint(a)
	}
	return fmt.Sprintf("%s: %s(%s)", what, e.Name, strings.Join(parts, ", "))
}

// Is makes errors.Is(err, ErrReverted) true.
func (e *RevertError) Is(target error) bool { return target == ErrReverted }

// Unwrap exposes the RPC error (chainio.DecodeRevert reads revert data through it).
func (e *RevertError) Unwrap() error { return e.Err }

// AsRevert returns the *RevertError in err's chain, if any.
func AsRevert(err error) (*RevertError, bool) {
	var re *RevertError
	ok := errors.As(err, &re)
	return re, ok
}

// Manager sends transactions from one key. It is safe for concurrent use: nonces are assigned
// in the order sends broadcast, and at most Config.MaxInFlight wait for their blocks at once.
type Manager struct {
	cfg     Config
	client  Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int
	signer  types.Signer
	log     *slog.Logger

	slots chan struct{} // one per send in progress; capacity MaxInFlight

	mu       sync.Mutex // held from a send's start to its first broadcast: nonce order
	nonce    uint64
	synced   bool
	inflight int // sends broadcast and not finished
}

// New returns a Manager for key on the chain client is connected to.
func New(ctx context.Context, cfg Config, client Backend, key *ecdsa.PrivateKey, log *slog.Logger) (*Manager, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if key == nil {
		return nil, errors.New("new txmgr: nil key")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("new txmgr: read chain ID: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	return &Manager{
		cfg: cfg, client: client, key: key, from: from, chainID: chainID,
		signer: types.LatestSignerForChainID(chainID),
		log:    log.With("component", "txmgr", "from", from),
		slots:  make(chan struct{}, cfg.MaxInFlight),
	}, nil
}

// From is the sending account.
func (m *Manager) From() common.Address { return m.from }

// Send builds a transaction with build (which gets transact options with NoSend set; it must
// only pack the call, e.g. a binding's method), estimates its gas, signs it with the next nonce
// and sends it, resubmitting with higher fees while it is not mined, and returns the receipt
// once it has Config.Confirmations blocks on top. A revert, at estimation or mined, is a
// *RevertError. ctx bounds the whole send; if it ends while a transaction is in the mempool
// that transaction may still be mined later (the next Send waits for it first).
//
// Concurrent sends are broadcast in the order they take the nonce; with MaxInFlight 1 each
// waits for the previous one's receipt first.
func (m *Manager) Send(ctx context.Context, build func(*bind.TransactOpts) (*types.Transaction, error)) (*types.Receipt, error) {
	select {
	case m.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("wait for a send slot: %w", ctx.Err())
	}
	defer func() { <-m.slots }()
	m.mu.Lock()
	locked := true
	defer func() {
		if locked {
			m.mu.Unlock()
		}
	}()
	if err := m.sync(ctx); err != nil {
		return nil, err
	}
	pipelined := m.inflight > 0
	opts := &bind.TransactOpts{
		From:    m.from,
		Nonce:   new(big.Int).SetUint64(m.nonce),
		Signer:  func(_ common.Address, tx *types.Transaction) (*types.Transaction, error) { return tx, nil },
		Context: ctx,
		NoSend:  true,
		// Fees are set below; fixed ones here keep bind from querying them.
		GasTipCap: big.NewInt(1),
		GasFeeCap: big.NewInt(1),
		GasLimit:  1, // non-zero: bind must not estimate; Send does it below
	}
	draft, err := build(opts)
	if err != nil {
		return nil, m.classify(err)
	}
	if draft == nil {
		return nil, errors.New("send: build returned no transaction")
	}
	// Estimate ourselves: bind estimated with our dummy fees, which is fine, but do it once
	// more explicitly so a revert is reported the same way whatever build did.
	gas, err := m.estimate(ctx, ethereum.CallMsg{From: m.from, To: draft.To(), Value: draft.Value(), Data: draft.Data()}, pipelined)
	if err != nil {
		return nil, m.classify(fmt.Errorf("estimate gas: %w", err))
	}
	gas += gas * m.cfg.GasMarginPercent / 100

	tip, feeCap, err := m.fees(ctx)
	if err != nil {
		return nil, err
	}
	nonce := m.nonce
	var sent []common.Hash
	for attempt := 0; ; attempt++ {
		tx, err := types.SignNewTx(m.key, m.signer, &types.DynamicFeeTx{
			ChainID: m.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas,
			To: draft.To(), Value: draft.Value(), Data: draft.Data(),
		})
		if err != nil {
			return nil, fmt.Errorf("sign transaction: %w", err)
		}
		err = m.client.SendTransaction(ctx, tx)
		switch {
		case err == nil || isKnown(err):
			sent = append(sent, tx.Hash())
			if attempt == 0 {
				// Consumed: this nonce now belongs to this call, whatever happens. The next
				// send may take the following one while this waits for its block.
				m.nonce++
				m.inflight++
				m.mu.Unlock()
				locked = false
				defer func() {
					m.mu.Lock()
					m.inflight--
					m.mu.Unlock()
				}()
			}
			if m.cfg.OnSend != nil {
				m.cfg.OnSend(tx, attempt)
			}
			m.log.Debug("transaction sent", "tx", tx.Hash(), "nonce", nonce, "attempt", attempt, "gasTipCap", tip, "gasFeeCap", feeCap)
		case isNonceTooLow(err) && len(sent) > 0:
			// One of our earlier attempts was mined meanwhile; wait for its receipt below.
		default:
			if attempt == 0 {
				m.synced = false // still locked: nobody has taken a later nonce
				return nil, m.classify(fmt.Errorf("send transaction: %w", err))
			}
			m.log.Warn("resubmission refused, still waiting for earlier attempts", "nonce", nonce, "err", err)
		}
		r, err := m.waitAny(ctx, sent, m.cfg.ResubmitTimeout)
		if err != nil {
			m.mu.Lock()
			m.synced = false // the node knows whether our transaction is still pending
			m.mu.Unlock()
			return nil, err
		}
		if r != nil {
			return m.confirm(ctx, r, tx)
		}
		// Not mined in time: bump both fees (the node requires >= 10% on each to replace).
		tip = bump(tip, m.cfg.FeeBumpPercent)
		feeCap = bump(feeCap, m.cfg.FeeBumpPercent)
		if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
			feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
			if tip.Cmp(feeCap) > 0 {
				tip = new(big.Int).Set(feeCap)
			}
		}
		m.log.Info("transaction not mined in time, resubmitting with higher fees", "nonce", nonce, "attempt", attempt+1, "gasTipCap", tip, "gasFeeCap", feeCap)
	}
}

// pendingEstimator is implemented by *ethclient.Client.
type pendingEstimator interface {
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
}

// estimate estimates msg's gas on the latest state or, when earlier transactions of ours are
// still in the mempool, on the pending one (which holds them).
func (m *Manager) estimate(ctx context.Context, msg ethereum.CallMsg, pending bool) (uint64, error) {
	if pe, ok := m.client.(pendingEstimator); ok && pending {
		return pe.EstimateGasAtBlock(ctx, msg, big.NewInt(int64(rpc.PendingBlockNumber)))
	}
	return m.client.EstimateGas(ctx, msg)
}

// sync reads the account's nonce and, if the mempool holds transactions of ours (a previous
// life of this process, or a send abandoned at its deadline), waits until they are mined.
func (m *Manager) sync(ctx context.Context) error {
	if m.synced {
		return nil
	}
	t := time.NewTicker(m.cfg.PollInterval)
	defer t.Stop()
	for {
		pending, err := m.client.PendingNonceAt(ctx, m.from)
		if err != nil {
			return fmt.Errorf("read pending nonce of %s: %w", m.from, err)
		}
		mined, err := m.client.NonceAt(ctx, m.from, nil)
		if err != nil {
			return fmt.Errorf("read nonce of %s: %w", m.from, err)
		}
		if pending <= mined {
			m.nonce, m.synced = mined, true
			return nil
		}
		m.log.Info("waiting for earlier transactions of this key to be mined", "mined", mined, "pending", pending)
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for %d pending transactions of %s: %w", pending-mined, m.from, ctx.Err())
		case <-t.C:
		}
	}
}

// fees prices a transaction for the next block: tip as the node suggests, fee cap twice the
// latest base fee plus the tip (room for six full blocks of base fee increases).
func (m *Manager) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	tip, err = m.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("suggest gas tip: %w", err)
	}
	if tip.Sign() == 0 {
		tip = big.NewInt(1) // so that bumps make progress
	}
	h, err := m.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("read head: %w", err)
	}
	base := h.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		return nil, nil, fmt.Errorf("fee cap %s above the configured maximum %s", feeCap, m.cfg.MaxFeeCap)
	}
	return tip, feeCap, nil
}

// maxRPCFailure is how long receipt polling may fail before Send gives up on the node.
const maxRPCFailure = time.Second

// waitAny polls for a receipt of any of hashes for at most d; it returns nil, nil on timeout.
func (m *Manager) waitAny(ctx context.Context, hashes []common.Hash, d time.Duration) (*types.Receipt, error) {
	deadline := time.NewTimer(d)
	defer deadline.Stop()
	t := time.NewTicker(m.cfg.PollInterval)
	defer t.Stop()
	var failingSince time.Time // when receipt polls started failing (not "not found"), if they are
	for {
		var rpcErr error
		for _, h := range hashes {
			r, err := m.client.TransactionReceipt(ctx, h)
			if err == nil && r != nil {
				return r, nil
			}
			if err != nil && !errors.Is(err, ethereum.NotFound) && ctx.Err() == nil {
				rpcErr = err
			}
		}
		switch {
		case rpcErr == nil:
			failingSince = time.Time{}
		case failingSince.IsZero():
			failingSince = time.Now()
		case time.Since(failingSince) > maxRPCFailure:
			// The node is unreachable: report it rather than wait blind. The transaction may
			// still be mined; the next Send waits for it before using the nonce again.
			return nil, fmt.Errorf("poll receipt of %s: %w", hashes[len(hashes)-1], rpcErr)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for transaction %s: %w", hashes[len(hashes)-1], ctx.Err())
		case <-deadline.C:
			return nil, nil
		case <-t.C:
		}
	}
}

// confirm waits for the configured depth, checks the receipt is still canonical, and turns a
// failed receipt into a *RevertError explained by replaying the call.
func (m *Manager) confirm(ctx context.Context, r *types.Receipt, tx *types.Transaction) (*types.Receipt, error) {
	t := time.NewTicker(m.cfg.PollInterval)
	defer t.Stop()
	for m.cfg.Confirmations > 0 {
		head, err := m.client.BlockNumber(ctx)
		if err == nil && head >= r.BlockNumber.Uint64()+m.cfg.Confirmations {
			again, err := m.client.TransactionReceipt(ctx, r.TxHash)
			if err == nil && again.BlockHash == r.BlockHash {
				break
			}
			if err == nil {
				r = again // re-orged into another block: count from there
				continue
			}
		}
		select {
		case <-ctx.Done():
			return r, fmt.Errorf("wait for %d confirmations of %s: %w", m.cfg.Confirmations, r.TxHash, ctx.Err())
		case <-t.C:
		}
	}
	if r.Status != types.ReceiptStatusSuccessful {
		cause := chainio.ReplayCall(ctx, m.client, m.from, tx, r)
		if cause == nil {
			// It succeeds on the state before the block, so a transaction earlier in the same
			// block changed things (another aggregator's submission, typically): replay on
			// the state after the block instead.
			_, cause = m.client.CallContract(ctx, ethereum.CallMsg{From: m.from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}, r.BlockNumber)
		}
		if cause == nil {
			cause = errors.New("reverted (the replayed call succeeds both before and after its block)")
		}
		re := &RevertError{Mined: true, TxHash: r.TxHash, Err: cause}
		re.Name, re.Args, _ = chainio.DecodeRevert(cause)
		return r, re
	}
	return r, nil
}

// classify turns an estimation/send error carrying revert data into a *RevertError.
func (m *Manager) classify(err error) error {
	if _, ok := chainio.RevertData(err); ok || strings.Contains(err.Error(), "revert") {
		re := &RevertError{Err: err}
		re.Name, re.Args, _ = chainio.DecodeRevert(err)
		return re
	}
	return err
}

func bump(x *big.Int, percent uint64) *big.Int {
	y := new(big.Int).Mul(x, big.NewInt(int64(100+percent)))
	y.Quo(y, big.NewInt(100))
	if y.Cmp(x) <= 0 {
		y.Add(x, big.NewInt(1))
	}
	return y
}

func isKnown(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "already imported")
}

func isNonceTooLow(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "nonce too low")
}
