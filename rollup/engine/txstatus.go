package engine

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"

	"github.com/lockstep-xyz/lockstep/api/rollupapi"
)

// TxStatus is what the engine knows of a transaction.
type TxStatus struct {
	Status string // one of rollupapi's TxIncluded, TxSkipped, TxPending, TxUnknown
	Block  uint64 // included
	Reason string // skipped
}

// TxStatus answers where transaction hash stands: included (in which block), skipped (why: it
// then has no receipt), forwarded and pending, or unknown. Skip reasons and forwarded
// transactions are remembered for the latest DefaultSkipRecord and DefaultPendingRecord of
// them.
func (e *Engine) TxStatus(hash common.Hash) TxStatus {
	e.mu.Lock()
	closed := e.closed
	e.mu.Unlock()
	if !closed {
		if n := rawdb.ReadTxLookupEntry(e.eth.ChainDb(), hash); n != nil {
			if b := e.bc.GetBlockByNumber(*n); b != nil && b.Transaction(hash) != nil {
				return TxStatus{Status: rollupapi.TxIncluded, Block: *n}
			}
		}
	}
	if s, ok := e.skips.get(hash); ok {
		return TxStatus{Status: rollupapi.TxSkipped, Reason: s.reason}
	}
	if e.pending.has(hash) {
		return TxStatus{Status: rollupapi.TxPending}
	}
	return TxStatus{Status: rollupapi.TxUnknown}
}
