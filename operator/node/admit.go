package node

import (
	"context"
	"errors"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/cometbft/cometbft/mempool"

	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/operator/app"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/rpc"
)

// validate checks raw as CheckTx will, as the API's refusal.
func (n *Node) validate(raw []byte) (envelope.Tx, error) {
	if len(raw) > 0 && raw[0] == envelope.KindRef {
		return envelope.Tx{}, &rpc.RefusedError{Code: app.CodeReserved, Reason: "reference transactions are made by operators, for transactions their API accepted: submit the transaction itself"}
	}
	d, err := n.app.Validate(raw)
	if err != nil {
		var ce *app.CheckError
		if errors.As(err, &ce) {
			return d, &rpc.RefusedError{Code: ce.Code, Reason: ce.Msg}
		}
		return d, err
	}
	return d, nil
}

// admit journals a validated transaction and runs it through the mempool's CheckTx.
func (n *Node) admit(ctx context.Context, raw []byte) error {
	if n.full(len(raw)) {
		return rpc.ErrBusy // before the journal and the pool write what would be refused
	}
	// keccak256 of the bytes keys the journal entry and, for a reference, the pool: hashed once.
	hash := commitment.TxHash(raw)
	if err := n.store.JournalHashed(raw, hash); err != nil {
		return err
	}
	res, err := n.submitHashed(ctx, raw, hash)
	switch {
	case errors.Is(err, mempool.ErrTxInCache):
		return nil // already accepted (here or from a peer)
	case err != nil:
		if uerr := n.store.Withdraw(raw, hash); uerr != nil {
			n.log.Warn("unjournal refused transaction", "err", uerr)
		}
		var full mempool.ErrMempoolIsFull
		if errors.As(err, &full) || errors.Is(err, mempool.ErrRecheckFull) {
			return rpc.ErrBusy
		}
		var large mempool.ErrTxTooLarge
		if errors.As(err, &large) {
			return &rpc.RefusedError{Code: app.CodeOversize, Reason: err.Error()}
		}
		return err
	case res.Code != abci.CodeTypeOK:
		if uerr := n.store.Withdraw(raw, hash); uerr != nil {
			n.log.Warn("unjournal refused transaction", "err", uerr)
		}
		return &rpc.RefusedError{Code: res.Code, Reason: res.Log}
	}
	return nil
}

// full reports whether a transaction of size bytes would find the mempool full now: its
// transactions, or the bytes its references name (see publish). CheckTx decides; this only spares
// the journal, the pool and the peers the bytes of a submission that would be refused.
func (n *Node) full(size int) bool {
	mp := n.cmt.Mempool()
	switch {
	case mp.Size() >= n.cfg.Mempool.Size:
		return true
	case n.byRefSize(size):
		return n.refsFull(size)
	default:
		return mp.SizeBytes()+int64(size) > n.cfg.Mempool.MaxBytes
	}
}

// submit gives an accepted (journaled) transaction to the mempool: by reference if large
// enough (byRef), its bytes sent to the other operators first, so they hold them before the
// reference reaches them; inline otherwise.
func (n *Node) submit(ctx context.Context, raw []byte) (*abci.ResponseCheckTx, error) {
	return n.submitHashed(ctx, raw, common.Hash{})
}

// submitHashed is submit of raw whose keccak256 the caller computed (zero: not).
func (n *Node) submitHashed(ctx context.Context, raw []byte, hash common.Hash) (*abci.ResponseCheckTx, error) {
	if !n.byRef(raw) {
		return n.checkTx(ctx, raw)
	}
	ref, err := n.publish(ctx, raw, hash)
	if err != nil {
		return nil, err
	}
	return n.checkTx(ctx, ref)
}

// checkTx runs raw through the mempool's CheckTx. CometBFT checks the mempool's limits before
// asking the application and again after it answered OK; if concurrent submissions filled the
// mempool in between, it drops the transaction yet still hands the callback the application's
// OK. The callback runs inside CheckTx, under the mempool's read lock, so no block has removed
// transactions since that second check: if the mempool is at a limit now, raw may have been
// dropped, and it is reported full (busy), never accepted. (A retry of one that did get in
// finds it in the cache and is accepted.)
func (n *Node) checkTx(ctx context.Context, raw []byte) (*abci.ResponseCheckTx, error) {
	type answer struct {
		res  *abci.ResponseCheckTx
		full *mempool.ErrMempoolIsFull
	}
	mp := n.cmt.Mempool()
	ch := make(chan answer, 1)
	if err := mp.CheckTx(raw, func(r *abci.ResponseCheckTx) {
		a := answer{res: r}
		if size, used := mp.Size(), mp.SizeBytes(); r.Code == abci.CodeTypeOK &&
			(size >= n.cfg.Mempool.Size || used+int64(len(raw)) > n.cfg.Mempool.MaxBytes) {
			a.full = &mempool.ErrMempoolIsFull{NumTxs: size, MaxTxs: n.cfg.Mempool.Size, TxsBytes: used, MaxTxsBytes: n.cfg.Mempool.MaxBytes}
		}
		ch <- a
	}, mempool.TxInfo{}); err != nil {
		return nil, err
	}
	select {
	case a := <-ch:
		if a.full != nil {
			return nil, *a.full
		}
		return a.res, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
