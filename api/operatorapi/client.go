package operatorapi

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/commitment"
)

// Client is a typed client of one operator node's API, over HTTP or WebSocket (subscriptions
// need WebSocket). Its errors are go-ethereum's: a refusal by the node is an rpc.Error (and an
// rpc.DataError when it carries data), so callers read the codes above with ErrorCode; nothing
// it returns is verified (the follower checks proofs against L1).
type Client struct {
	c *rpc.Client
}

// Dial connects to the operator API at url (http://, https://, ws:// or wss://).
func Dial(ctx context.Context, url string) (*Client, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("dial operator API %s: %w", url, err)
	}
	return NewClient(c), nil
}

// NewClient wraps an existing connection.
func NewClient(c *rpc.Client) *Client { return &Client{c: c} }

// Close closes the connection; subscriptions on it end.
func (c *Client) Close() { c.c.Close() }

// RPC is the underlying connection, for what the typed methods do not cover.
func (c *Client) RPC() *rpc.Client { return c.c }

// Submit sequences payload for rollupID and returns its hash (commitment.TxHash of payload).
func (c *Client) Submit(ctx context.Context, rollupID uint64, payload []byte) (common.Hash, error) {
	var res SubmitResult
	if err := c.c.CallContext(ctx, &res, MethodSubmit, hexutil.Uint64(rollupID), hexutil.Bytes(payload)); err != nil {
		return common.Hash{}, err
	}
	return res.TxHash, nil
}

// SubmitBundle sequences parts in one block, or none, and returns their hashes in order.
func (c *Client) SubmitBundle(ctx context.Context, parts []Part) ([]common.Hash, error) {
	var res BundleResult
	if err := c.c.CallContext(ctx, &res, MethodSubmitBundle, parts); err != nil {
		return nil, err
	}
	return res.TxHashes, nil
}

// SubmitBatch sequences payloads of rollupID, in order, as one consensus transaction (a rollup
// batcher's whole batch) and returns their hashes in order.
func (c *Client) SubmitBatch(ctx context.Context, rollupID uint64, payloads [][]byte) ([]common.Hash, error) {
	ps := make([]hexutil.Bytes, len(payloads))
	for i, p := range payloads {
		ps[i] = p
	}
	var res BundleResult
	if err := c.c.CallContext(ctx, &res, MethodSubmitBatch, hexutil.Uint64(rollupID), ps); err != nil {
		return nil, err
	}
	return res.TxHashes, nil
}

// SendRawTransaction sequences a signed Ethereum transaction for the rollup whose chain ID it
// carries and returns its hash.
func (c *Client) SendRawTransaction(ctx context.Context, raw []byte) (common.Hash, error) {
	var h common.Hash
	if err := c.c.CallContext(ctx, &h, MethodSendRawTransaction, hexutil.Bytes(raw)); err != nil {
		return common.Hash{}, err
	}
	return h, nil
}

// GetBatch returns rollupID's batch at height.
func (c *Client) GetBatch(ctx context.Context, rollupID, height uint64) (*Batch, error) {
	var b Batch
	if err := c.c.CallContext(ctx, &b, MethodGetBatch, hexutil.Uint64(rollupID), hexutil.Uint64(height)); err != nil {
		return nil, err
	}
	return &b, nil
}

// GetAbsence returns the proof that rollupID has no batch at height.
func (c *Client) GetAbsence(ctx context.Context, rollupID, height uint64) (*commitment.AbsenceProof, error) {
	var p commitment.AbsenceProof
	if err := c.c.CallContext(ctx, &p, MethodGetAbsence, hexutil.Uint64(rollupID), hexutil.Uint64(height)); err != nil {
		return nil, err
	}
	return &p, nil
}

// GetBatchHeights lists up to limit (1 to MaxBatchHeights) heights >= from at which rollupID
// has a batch, ascending.
func (c *Client) GetBatchHeights(ctx context.Context, rollupID, from uint64, limit int) ([]uint64, error) {
	var hs []uint64
	if err := c.c.CallContext(ctx, &hs, MethodGetBatchHeights, hexutil.Uint64(rollupID), hexutil.Uint64(from), limit); err != nil {
		return nil, err
	}
	return hs, nil
}

// GetBlock returns the committed block at height.
func (c *Client) GetBlock(ctx context.Context, height uint64) (*Block, error) {
	var b Block
	if err := c.c.CallContext(ctx, &b, MethodGetBlock, hexutil.Uint64(height)); err != nil {
		return nil, err
	}
	return &b, nil
}

// GetCheckpoint returns checkpoint n with a proof of every height's block root.
func (c *Client) GetCheckpoint(ctx context.Context, n uint64) (*CheckpointResult, error) {
	var res CheckpointResult
	if err := c.c.CallContext(ctx, &res, MethodGetCheckpoint, hexutil.Uint64(n)); err != nil {
		return nil, err
	}
	return &res, nil
}

// GetTx returns where the transaction with payload hash was sequenced, with its proof.
func (c *Client) GetTx(ctx context.Context, hash common.Hash) (*TxResult, error) {
	var res TxResult
	if err := c.c.CallContext(ctx, &res, MethodGetTx, hash); err != nil {
		return nil, err
	}
	return &res, nil
}

// GetReferenced returns the transaction ordered by reference under digest, checked against it.
func (c *Client) GetReferenced(ctx context.Context, digest common.Hash) ([]byte, error) {
	var raw hexutil.Bytes
	if err := c.c.CallContext(ctx, &raw, MethodGetReferenced, digest); err != nil {
		return nil, err
	}
	if got := crypto.Keccak256Hash(raw); got != digest {
		return nil, fmt.Errorf("%s: answered %d bytes with digest %s, not %s", MethodGetReferenced, len(raw), got, digest)
	}
	return raw, nil
}

// Status returns the node's progress.
func (c *Client) Status(ctx context.Context) (*Status, error) {
	var st Status
	if err := c.c.CallContext(ctx, &st, MethodStatus); err != nil {
		return nil, err
	}
	return &st, nil
}

// Operators returns the operator set as the node last read it from L1.
func (c *Client) Operators(ctx context.Context) (*Operators, error) {
	var ops Operators
	if err := c.c.CallContext(ctx, &ops, MethodOperators); err != nil {
		return nil, err
	}
	return &ops, nil
}

// SubscribeBatches subscribes to rollupID's batches from the node's next committed height on;
// each arrives on ch. The connection must be a WebSocket.
func (c *Client) SubscribeBatches(ctx context.Context, rollupID uint64, ch chan<- *Batch) (*rpc.ClientSubscription, error) {
	return c.c.Subscribe(ctx, Namespace, ch, SubscriptionBatches, hexutil.Uint64(rollupID))
}

// SubscribeSequenced subscribes to the hashes of rollupID's transactions as the node sequences
// them, from its next committed height on; each height's arrive on ch. The connection must be a
// WebSocket.
func (c *Client) SubscribeSequenced(ctx context.Context, rollupID uint64, ch chan<- *Sequenced) (*rpc.ClientSubscription, error) {
	return c.c.Subscribe(ctx, Namespace, ch, SubscriptionSequenced, hexutil.Uint64(rollupID))
}

// BatchCall sends several calls in one round trip (see GetBatchCall and its siblings); each
// element's Error says how that call went, the returned error how the exchange went.
func (c *Client) BatchCall(ctx context.Context, calls []rpc.BatchElem) error {
	return c.c.BatchCallContext(ctx, calls)
}

// GetBatchCall is GetBatch as an element of BatchCall, answered into out.
func GetBatchCall(rollupID, height uint64, out *Batch) rpc.BatchElem {
	return rpc.BatchElem{Method: MethodGetBatch, Args: []any{hexutil.Uint64(rollupID), hexutil.Uint64(height)}, Result: out}
}

// GetAbsenceCall is GetAbsence as an element of BatchCall, answered into out.
func GetAbsenceCall(rollupID, height uint64, out *commitment.AbsenceProof) rpc.BatchElem {
	return rpc.BatchElem{Method: MethodGetAbsence, Args: []any{hexutil.Uint64(rollupID), hexutil.Uint64(height)}, Result: out}
}

// GetBlockCall is GetBlock as an element of BatchCall, answered into out.
func GetBlockCall(height uint64, out *Block) rpc.BatchElem {
	return rpc.BatchElem{Method: MethodGetBlock, Args: []any{hexutil.Uint64(height)}, Result: out}
}

// GetTxCall is GetTx as an element of BatchCall, answered into out.
func GetTxCall(hash common.Hash, out *TxResult) rpc.BatchElem {
	return rpc.BatchElem{Method: MethodGetTx, Args: []any{hash}, Result: out}
}

// ErrorCode returns the JSON-RPC error code of err (an answer from the node), if it has one.
func ErrorCode(err error) (int, bool) {
	var e rpc.Error
	if errors.As(err, &e) {
		return e.ErrorCode(), true
	}
	return 0, false
}

// IsNotFound reports whether err is the node's CodeNotFound: what was asked is not committed
// or not cut yet there (the node may be behind).
func IsNotFound(err error) bool {
	c, ok := ErrorCode(err)
	return ok && c == CodeNotFound
}

// IsBusy reports whether err is the node's retryable CodeBusy: its mempool is full or the
// client is over its rate.
func IsBusy(err error) bool {
	c, ok := ErrorCode(err)
	return ok && c == CodeBusy
}
