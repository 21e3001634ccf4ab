package derive

import (
	"github.com/ethereum/go-ethereum/common"
)

// Block is what derivation needs to know of an L2 block the chain holds.
type Block struct {
	Number uint64
	Hash   common.Hash
	// Time is the block's timestamp in seconds.
	Time uint64
	// Extra is the header's extra data: derivation writes its record of the inputs there
	// (see Extra), so a restart can tell which blocks still match its inputs.
	Extra []byte
}

// BlockSpec is a block to build on the current head: its timestamp, extra data and the raw
// transactions in order. Invalid ones are skipped, deterministically.
type BlockSpec struct {
	Time  uint64
	Extra []byte
	Txs   [][]byte
}

// Skip is a transaction of a BlockSpec that the block does not include, and why.
type Skip struct {
	Index  int         // position in BlockSpec.Txs
	TxHash common.Hash // keccak256 of the raw bytes
	Reason string
}

// Built is a block Build made and inserted as the new head.
type Built struct {
	Block
	Included int
	Skipped  []Skip
}

// Chain is the execution layer derivation drives: an EVM chain whose blocks it builds one at a
// time on the head, and whose head it may rewind. Implemented on go-ethereum by rollup/engine.
type Chain interface {
	// Head is the current head block (genesis on a new chain).
	Head() Block
	// BlockByNumber is the canonical block n, if any.
	BlockByNumber(n uint64) (Block, bool)
	// Build executes spec on top of the head, skipping transactions that cannot apply (bad
	// encoding or signature, wrong chain ID, nonce, funds, fee below the base fee, gas), and
	// inserts the block as the new head. spec.Time must be after the head's.
	Build(spec BlockSpec) (Built, error)
	// Rewind makes block n the head, dropping the blocks above it. It refuses to go below the
	// finalized block.
	Rewind(n uint64) error
	// SetSafe and SetFinalized mark canonical block n (n at or below the head).
	SetSafe(n uint64) error
	SetFinalized(n uint64) error
}
