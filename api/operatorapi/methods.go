package operatorapi

// Namespaces the node serves: Lockstep's own methods, and the eth door for EVM rollups.
const (
	Namespace    = "lockstep"
	EthNamespace = "eth"
)

// The methods the operator node serves. The server's Go methods (go-ethereum derives
// lockstep_getBatch from LockstepAPI.GetBatch) and every client name them through these, so a
// renamed method fails a test (operator/rpc checks each one is served) instead of a client.
const (
	// MethodSubmit takes (rollupId, payload) and answers a SubmitResult.
	MethodSubmit = "lockstep_submit"
	// MethodSubmitBundle takes a []Part, sequenced all-or-nothing, and answers a BundleResult.
	MethodSubmitBundle = "lockstep_submitBundle"
	// MethodSubmitBatch takes (rollupId, []payload), one consensus transaction carrying many of
	// one rollup's transactions in order (each its own hash and position), and answers a
	// BundleResult.
	MethodSubmitBatch = "lockstep_submitBatch"
	// MethodGetBatch takes (rollupId, height) and answers a Batch.
	MethodGetBatch = "lockstep_getBatch"
	// MethodGetAbsence takes (rollupId, height) and answers a commitment.AbsenceProof.
	MethodGetAbsence = "lockstep_getAbsence"
	// MethodGetBatchHeights takes (rollupId, from, limit) and answers the heights >= from with
	// a batch of the rollup, ascending, at most limit (1 to MaxBatchHeights) of them.
	MethodGetBatchHeights = "lockstep_getBatchHeights"
	// MethodGetBlock takes a height and answers a Block.
	MethodGetBlock = "lockstep_getBlock"
	// MethodGetCheckpoint takes a checkpoint number and answers a CheckpointResult.
	MethodGetCheckpoint = "lockstep_getCheckpoint"
	// MethodGetTx takes a payload hash and answers a TxResult.
	MethodGetTx = "lockstep_getTx"
	// MethodGetReferenced takes the keccak256 digest of a transaction ordered by reference and
	// answers its bytes: how an operator that lacks a committed block's referenced transaction
	// gets it from another when their p2p connections cannot deliver it (verified by its digest).
	MethodGetReferenced = "lockstep_getReferenced"
	// MethodStatus answers a Status.
	MethodStatus = "lockstep_status"
	// MethodOperators answers the AVS's Operators as the node last read them from L1, with the
	// endpoints their sockets publish (a moved API or p2p address shows here once on L1).
	MethodOperators = "lockstep_operators"

	// MethodSubscribe opens a subscription (over WebSocket): (SubscriptionBatches or
	// SubscriptionSequenced, rollupId).
	MethodSubscribe = "lockstep_subscribe"
	// MethodUnsubscribe ends one.
	MethodUnsubscribe = "lockstep_unsubscribe"
	// MethodSubscription is the method name of the notifications the node pushes.
	MethodSubscription = "lockstep_subscription"

	// MethodSendRawTransaction takes a signed Ethereum transaction, sequences it for the rollup
	// whose chain ID it carries, and answers its hash.
	MethodSendRawTransaction = "eth_sendRawTransaction"
	// MethodChainID answers an error (CodeMethodNotFound): the node sequences many rollups and
	// has no chain ID a wallet should sign for.
	MethodChainID = "eth_chainId"
)

// SubscriptionBatches is the MethodSubscribe subscription to one rollup's new batches
// (argument: the rollup ID). Each notification is a Batch, from the next committed height on.
const SubscriptionBatches = "batches"

// SubscriptionSequenced is the MethodSubscribe subscription to the hashes of one rollup's newly
// sequenced transactions (argument: the rollup ID): each notification is a Sequenced, from the
// next committed height on. For clients that only wait for their own transactions (a rollup's
// batcher, a wallet's backend): a Batch carries every transaction's bytes and proofs, about
// 2 + 64/n times the bytes of an n-byte transaction in JSON, this its hash.
const SubscriptionSequenced = "sequenced"

// MaxBatchHeights bounds the limit of MethodGetBatchHeights.
const MaxBatchHeights = 1000

// Methods lists every method above but the subscription's notification name.
var Methods = []string{
	MethodSubmit, MethodSubmitBundle, MethodSubmitBatch, MethodGetBatch, MethodGetAbsence, MethodGetBatchHeights,
	MethodGetBlock, MethodGetCheckpoint, MethodGetTx, MethodStatus, MethodOperators, MethodSubscribe, MethodUnsubscribe,
	MethodSendRawTransaction, MethodChainID,
}
