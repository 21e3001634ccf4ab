// Package operatorapi is the operator node's JSON-RPC API as its clients see it: the wire types
// of the lockstep_* methods (and eth_sendRawTransaction), the error codes the API answers with,
// every method's name, and a typed Client over go-ethereum's rpc.Client.
//
// It imports only go-ethereum's common and rpc packages and the commitment format, so that a
// rollup binary reading the API (the follower) does not link the node's storage, consensus or
// metrics.
package operatorapi

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/lockstep-xyz/lockstep/commitment"
)

// JSON-RPC error codes the API answers with.
const (
	CodeMethodNotFound = -32601 // also eth_chainId's answer: the node has no chain ID of its own
	CodeInvalidParams  = -32602
	CodeRefused        = -32001 // the transaction was refused at admission; data carries the reason code
	CodeNotFound       = -32004
	CodeBusy           = -32005 // retryable: the mempool is full or the client is over its rate
	CodeInternal       = -32603
)

// RefusalData is the data of a CodeRefused error.
type RefusalData struct {
	Code      uint32 `json:"code"`
	Codespace string `json:"codespace"`
}

// NodeStatus is what the node reports about itself.
type NodeStatus struct {
	ChainID    string `json:"chainId"`
	NodeID     string `json:"nodeId"`
	CatchingUp bool   `json:"catchingUp"`
	Peers      int    `json:"peers"`
	MempoolTxs int    `json:"mempoolTxs"`
	OperatorID string `json:"operatorId,omitempty"`
}

// Status answers lockstep_status.
type Status struct {
	NodeStatus
	Height             uint64      `json:"height"`
	AppHash            common.Hash `json:"appHash"`
	LastCheckpoint     uint64      `json:"lastCheckpoint"`
	CheckpointInterval uint64      `json:"checkpointInterval"`
	// Validators is the size of the validator set synced from L1 at ValidatorsL1Block
	// (CometBFT applies a change two heights after the block that synced it).
	Validators        int    `json:"validators"`
	ValidatorsL1Block uint64 `json:"validatorsL1Block"`
}

// Operators answers lockstep_operators: the operator set registered on L1 at L1Block.
type Operators struct {
	L1Block   uint64         `json:"l1Block"`
	Operators []OperatorInfo `json:"operators"`
}

// OperatorInfo is one registered operator and what its socket publishes.
type OperatorInfo struct {
	OperatorID common.Hash    `json:"operatorId"`
	Address    common.Address `json:"address"`
	Stake      *hexutil.Big   `json:"stake"`
	// Validator: the operator qualifies as a validator (a valid socket, stake, a consensus key
	// no operator before it uses), with VotingPower.
	Validator   bool   `json:"validator"`
	VotingPower int64  `json:"votingPower"`
	NodeID      string `json:"nodeId,omitempty"`
	// P2P is the CometBFT peer address (node ID @ host:port), API the node's public API URL.
	P2P    string `json:"p2p,omitempty"`
	API    string `json:"api,omitempty"`
	Socket string `json:"socket"`
}

// Part is one envelope of lockstep_submitBundle.
type Part struct {
	RollupID hexutil.Uint64 `json:"rollupId"`
	Payload  hexutil.Bytes  `json:"payload"`
}

// SubmitResult answers lockstep_submit.
type SubmitResult struct {
	TxHash common.Hash `json:"txHash"`
}

// BundleResult answers lockstep_submitBundle.
type BundleResult struct {
	TxHashes []common.Hash `json:"txHashes"`
}

// Batch is one rollup's batch at one height with its proof to the block root and, once the
// height is checkpointed, to the checkpoint root. It answers lockstep_getBatch and is the
// notification of the batches subscription.
type Batch struct {
	RollupID   uint64                `json:"rollupId"`
	Height     uint64                `json:"height"`
	Txs        []hexutil.Bytes       `json:"txs"`
	TxHashes   []common.Hash         `json:"txHashes"`
	Proof      commitment.BatchProof `json:"proof"`
	Checkpoint uint64                `json:"checkpoint,omitempty"`
	// Forced is how many of the batch's first transactions came through the L1
	// forced-inclusion inbox.
	Forced uint64 `json:"forced,omitempty"`
}

// Sequenced is one rollup's batch at one height without its transactions' bytes: the
// notification of the sequenced subscription. TxHashes are in batch order; lockstep_getBatch
// at Height answers the transactions and the proof.
type Sequenced struct {
	RollupID uint64                 `json:"rollupId"`
	Height   uint64                 `json:"height"`
	Batch    commitment.BatchHeader `json:"batch"`
	TxHashes []common.Hash          `json:"txHashes"`
}

// Block is one committed height: batch headers and roots. It answers lockstep_getBlock.
type Block struct {
	Height    uint64                   `json:"height"`
	Time      time.Time                `json:"time"`
	BlockRoot common.Hash              `json:"blockRoot"`
	AppHash   common.Hash              `json:"appHash"`
	TxCount   uint64                   `json:"txCount"`
	Batches   []commitment.BatchHeader `json:"batches"` // sorted by rollup ID
	// Checkpoint is the number of the checkpoint this height ends, or 0.
	Checkpoint uint64 `json:"checkpoint,omitempty"`
	// Meta is what the block root commits to besides the batches: BFT time, L1 origin, forced cursor.
	Meta commitment.BlockMeta `json:"meta"`
	// Forced are the rollup IDs of the forced-inclusion entries the block included, in inbox order.
	Forced []uint64 `json:"forced,omitempty"`
}

// HeightProof proves one height's block root in a checkpoint.
type HeightProof struct {
	Height    uint64        `json:"height"`
	BlockRoot common.Hash   `json:"blockRoot"`
	Proof     []common.Hash `json:"proof"`
}

// CheckpointResult answers lockstep_getCheckpoint.
type CheckpointResult struct {
	Checkpoint commitment.Checkpoint `json:"checkpoint"`
	Heights    []HeightProof         `json:"heights"`
}

// TxLocation is where a transaction was sequenced.
type TxLocation struct {
	Height   uint64 `json:"height"`
	RollupID uint64 `json:"rollupId"`
	Index    uint32 `json:"index"`
}

// TxResult answers lockstep_getTx.
type TxResult struct {
	TxLocation
	Proof commitment.TxProof     `json:"proof"`
	Batch commitment.BatchHeader `json:"batch"`
}
