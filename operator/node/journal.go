package node

import (
	"context"
	"errors"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/mempool"

	"github.com/lockstep-xyz/lockstep/operator/envelope"
)

// replayJournal re-submits the transactions accepted before a restart that no committed block
// holds, once the node has caught up (so it does not re-sequence what the network already has).
func (n *Node) replayJournal(ctx context.Context) {
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for n.cmt.ConsensusReactor().WaitSync() {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
	// Committed heights the store has not written yet would look unsequenced.
	if err := n.app.Flush(); err != nil {
		n.log.Error("replay the transaction journal", "err", err)
		return
	}
	txs, err := n.store.Journaled()
	if err != nil {
		n.log.Error("read transaction journal", "err", err)
		return
	}
	resubmitted := 0
	for _, raw := range txs {
		if n.sequenced(raw) {
			_ = n.store.Unjournal(raw)
			continue
		}
		res, err := n.submit(ctx, raw)
		switch {
		case errors.Is(err, mempool.ErrTxInCache):
		case err != nil:
			n.log.Warn("re-submit journaled transaction", "err", err)
		case res.Code != abci.CodeTypeOK:
			n.log.Warn("journaled transaction refused now", "reason", res.Log)
			_ = n.store.Unjournal(raw)
		default:
			resubmitted++
		}
	}
	if len(txs) > 0 {
		n.log.Info("transaction journal replayed", "journaled", len(txs), "resubmitted", resubmitted)
	}
}

// sequenced says whether every part of raw is already in a committed block.
func (n *Node) sequenced(raw []byte) bool {
	d, err := envelope.Decode(raw)
	if err != nil {
		return true // nothing to sequence
	}
	for _, p := range d.Parts {
		if _, err := n.store.Tx(p.Hash()); err != nil {
			return false
		}
	}
	return true
}
