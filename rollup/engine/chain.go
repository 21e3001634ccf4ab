package engine

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/misc/eip1559"
	"github.com/ethereum/go-ethereum/consensus/misc/eip4844"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/lockstep-xyz/lockstep/rollup/derive"
)

// ReasonBlobTx is the skip reason of a blob transaction: a rollup block carries no blobs.
const ReasonBlobTx = "blob transactions are not supported"

// Head is the current head block (genesis on a new chain).
func (e *Engine) Head() derive.Block {
	return blockOf(e.bc.CurrentBlock())
}

// BlockByNumber is the canonical block n, if any.
func (e *Engine) BlockByNumber(n uint64) (derive.Block, bool) {
	h := e.bc.GetHeaderByNumber(n)
	if h == nil {
		return derive.Block{}, false
	}
	return blockOf(h), true
}

func blockOf(h *types.Header) derive.Block {
	return derive.Block{Number: h.Number.Uint64(), Hash: h.Hash(), Time: h.Time, Extra: common.CopyBytes(h.Extra)}
}

// Build executes spec's transactions in order on top of the head and inserts the block as the
// new head. A transaction that cannot apply where it stands (undecodable, a blob transaction,
// wrong chain ID or signature, nonce, funds, fee cap below the base fee, intrinsic gas, the
// block's gas used up) is skipped with the error's text as reason and leaves no trace; one
// that reverts is included with status 0, as on L1. Every node given the same specs builds the
// same blocks.
//
// The header: gas limit held at the genesis's, EIP-1559 base fee, coinbase the genesis's fee
// recipient. MixDigest (PREVRANDAO) and the parent beacon root are zero: contracts on the
// rollup get no randomness from the chain.
func (e *Engine) Build(spec derive.BlockSpec) (derive.Built, error) {
	start := time.Now()
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return derive.Built{}, ErrClosed
	}
	parent := e.bc.CurrentBlock()
	number := parent.Number.Uint64() + 1
	if spec.Time <= parent.Time {
		return derive.Built{}, fmt.Errorf("build block %d: time %d: %w %d", number, spec.Time, ErrTimeNotAfter, parent.Time)
	}
	if uint64(len(spec.Extra)) > params.MaximumExtraDataSize {
		return derive.Built{}, fmt.Errorf("build block %d: extra data of %d bytes, at most %d fit", number, len(spec.Extra), params.MaximumExtraDataSize)
	}
	block, skipped, err := e.assemble(parent, spec)
	if err != nil {
		return derive.Built{}, fmt.Errorf("build block %d: %w", number, err)
	}
	// InsertChain executes the block again and validates it like any block from outside:
	// geth has no exported way to write a block with a state already computed.
	if _, err := e.bc.InsertChain(types.Blocks{block}); err != nil {
		return derive.Built{}, fmt.Errorf("insert block %d: %w", number, err)
	}
	if head := e.bc.CurrentBlock(); head.Hash() != block.Hash() {
		return derive.Built{}, fmt.Errorf("insert block %d: head is %d %s, not the block %s", number, head.Number.Uint64(), head.Hash(), block.Hash())
	}

	build := e.nextBuild()
	for _, s := range skipped {
		e.skips.add(s.TxHash, s.Reason, build)
		e.pending.drop(s.TxHash)
	}
	e.signalBuilt()
	included := len(block.Transactions())
	e.metrics.Head.Set(float64(number))
	e.metrics.TxsIncluded.Add(float64(included))
	e.metrics.TxsSkipped.Add(float64(len(skipped)))
	e.metrics.BuildSeconds.Observe(time.Since(start).Seconds())
	e.log.Debug("built block", "block", number, "hash", block.Hash(), "txs", included, "skipped", len(skipped))
	return derive.Built{Block: blockOf(block.Header()), Included: included, Skipped: skipped}, nil
}

// assemble executes spec on parent's state the way geth's miner prepares and fills a block
// (miner/worker.go), but in the given order, skipping what cannot apply.
func (e *Engine) assemble(parent *types.Header, spec derive.BlockSpec) (*types.Block, []derive.Skip, error) {
	var (
		ctx    = context.Background()
		cfg    = e.bc.Config()
		engine = e.bc.Engine()
	)
	header := &types.Header{
		ParentHash: parent.Hash(),
		Number:     new(big.Int).Add(parent.Number, common.Big1),
		GasLimit:   core.CalcGasLimit(parent.GasLimit, e.genesis.GasLimit),
		Time:       spec.Time,
		Coinbase:   e.genesis.FeeRecipient,
		Extra:      common.CopyBytes(spec.Extra),
		BaseFee:    eip1559.CalcBaseFee(cfg, parent),
	}
	if err := engine.Prepare(e.bc, header); err != nil {
		return nil, nil, fmt.Errorf("prepare header: %w", err)
	}
	if cfg.IsCancun(header.Number, header.Time) {
		excess := eip4844.CalcExcessBlobGas(cfg, parent, header.Time)
		header.ExcessBlobGas = &excess
		header.BlobGasUsed = new(uint64)
		header.ParentBeaconRoot = new(common.Hash)
	}
	statedb, err := e.bc.StateAtForkBoundary(parent, header)
	if err != nil {
		return nil, nil, fmt.Errorf("state of block %d: %w", parent.Number.Uint64(), err)
	}
	evm := vm.NewEVM(core.NewEVMBlockContext(header, e.bc, nil), statedb, cfg, vm.Config{})
	defer evm.Release()
	core.PreExecution(ctx, header.ParentBeaconRoot, parent, cfg, evm, header.Number, header.Time)

	var (
		gp       = core.NewGasPool(header.GasLimit)
		included []*types.Transaction
		receipts []*types.Receipt
		logs     []*types.Log
		skipped  []derive.Skip
	)
	for i, raw := range spec.Txs {
		skip := func(reason string) {
			skipped = append(skipped, derive.Skip{Index: i, TxHash: crypto.Keccak256Hash(raw), Reason: reason})
		}
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			skip(fmt.Sprintf("decode transaction: %v", err))
			continue
		}
		if tx.Type() == types.BlobTxType {
			skip(ReasonBlobTx)
			continue
		}
		snap, gasSnap := statedb.Snapshot(), gp.Snapshot()
		statedb.SetTxContext(tx.Hash(), len(included), uint32(len(included)+1))
		receipt, _, err := core.ApplyTransaction(ctx, evm, gp, statedb, header, tx)
		if err != nil {
			statedb.RevertToSnapshot(snap)
			gp.Set(gasSnap)
			skip(err.Error())
			continue
		}
		included = append(included, tx)
		receipts = append(receipts, receipt)
		logs = append(logs, receipt.Logs...)
	}
	header.GasUsed = gp.Used()

	withdrawals := make([]*types.Withdrawal, 0) // Shanghai: present and empty
	requests, _, err := core.PostExecution(ctx, cfg, header.Number, header.Time, logs, withdrawals, evm, uint32(len(included)+1))
	if err != nil {
		return nil, nil, fmt.Errorf("post-block system calls: %w", err)
	}
	if requests != nil {
		h := types.CalcRequestsHash(requests)
		header.RequestsHash = &h
	}
	body := &types.Body{Transactions: included, Withdrawals: withdrawals}
	engine.Finalize(e.bc, header, statedb, body)
	return core.AssembleBlock(e.bc, header, statedb, body, receipts, nil), skipped, nil
}

// Rewind makes block n the head, dropping the blocks above it. It refuses n above the head or
// below the finalized block.
func (e *Engine) Rewind(n uint64) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return ErrClosed
	}
	head := e.bc.CurrentBlock().Number.Uint64()
	if n > head {
		return fmt.Errorf("rewind to %d: above the head %d", n, head)
	}
	if fin := e.bc.CurrentFinalBlock(); fin != nil && n < fin.Number.Uint64() {
		return fmt.Errorf("rewind to %d: %w %d", n, ErrBelowFinalized, fin.Number.Uint64())
	}
	if n == head {
		return nil
	}
	if err := e.bc.SetHead(n); err != nil {
		return fmt.Errorf("rewind to %d: %w", n, err)
	}
	e.metrics.Rewinds.Inc()
	now := e.bc.CurrentBlock().Number.Uint64()
	e.metrics.Head.Set(float64(now))
	if now != n {
		// The state of n was gone (beyond the state history): geth went further back.
		return fmt.Errorf("rewind to %d: the head is %d, the state of %d is not available", n, now, n)
	}
	e.log.Debug("rewound head", "block", n, "from", head)
	return nil
}

// SetSafe marks canonical block n safe (the `safe` tag of the RPC). geth does not persist it:
// after a restart safe is the finalized block until set again.
func (e *Engine) SetSafe(n uint64) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	h, err := e.canonical(n)
	if err != nil {
		return fmt.Errorf("set safe block %d: %w", n, err)
	}
	e.bc.SetSafe(h)
	return nil
}

// SetFinalized marks canonical block n finalized (the `finalized` tag), persistently; Rewind
// never goes below it.
func (e *Engine) SetFinalized(n uint64) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	h, err := e.canonical(n)
	if err != nil {
		return fmt.Errorf("set finalized block %d: %w", n, err)
	}
	e.bc.SetFinalized(h)
	return nil
}

func (e *Engine) canonical(n uint64) (*types.Header, error) {
	if e.closed {
		return nil, ErrClosed
	}
	h := e.bc.GetHeaderByNumber(n)
	if h == nil {
		return nil, fmt.Errorf("no canonical block %d (head %d)", n, e.bc.CurrentBlock().Number.Uint64())
	}
	return h, nil
}

// nextBuild is the number of the build under way, for skip records (see waitForTx).
func (e *Engine) nextBuild() uint64 {
	e.signalMu.Lock()
	defer e.signalMu.Unlock()
	return e.builds + 1
}

// signalBuilt wakes the calls waiting for a block.
func (e *Engine) signalBuilt() {
	e.signalMu.Lock()
	defer e.signalMu.Unlock()
	e.builds++
	close(e.built)
	e.built = make(chan struct{})
}

// buildSignal is closed after the next block is built; builds is how many came before.
func (e *Engine) buildSignal() (signal <-chan struct{}, builds uint64) {
	e.signalMu.Lock()
	defer e.signalMu.Unlock()
	return e.built, e.builds
}
