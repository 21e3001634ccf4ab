// Package rollupapi is the wire API of the reference rollup node (`lockstep rollup run`) beyond
// go-ethereum's own eth, net and web3 namespaces: the rollup namespace's method names and types,
// and a typed client that also gives go-ethereum's ethclient on the same connection.
package rollupapi

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Namespace is the rollup node's own JSON-RPC namespace.
const Namespace = "rollup"

// Methods of the rollup namespace.
const (
	// MethodStatus answers Status.
	MethodStatus = Namespace + "_status"
	// MethodTransactionStatus answers TxStatus for a transaction hash.
	MethodTransactionStatus = Namespace + "_transactionStatus"
)

// Transaction statuses (TxStatus.Status).
const (
	TxIncluded = "included" // in a canonical block: eth_getTransactionReceipt has it
	TxSkipped  = "skipped"  // ordered, but it could not apply where it stood; it has no receipt
	TxPending  = "pending"  // forwarded by this node, not in a block yet
	TxUnknown  = "unknown"  // not seen by this node, or forgotten (it keeps the latest ones)
)

// TxStatus is where a transaction stands on the rollup node: what a wallet asks when a receipt
// does not come.
type TxStatus struct {
	Status string `json:"status"`
	// Block holds the transaction (included).
	Block *uint64 `json:"block,omitempty"`
	// Reason is why execution skipped it (skipped), e.g. "nonce too high: ...".
	Reason string `json:"reason,omitempty"`
}

// Status is a rollup node's progress.
type Status struct {
	ChainID uint64 `json:"chainId"`
	// Head, Safe and Finalized are L2 block numbers: latest (soft), safe (its checkpoint is on
	// L1), finalized (that checkpoint's L1 block is finalized).
	Head      uint64 `json:"head"`
	Safe      uint64 `json:"safe"`
	Finalized uint64 `json:"finalized"`
	// SoftHeight is the last Lockstep height executed, FirmHeight the last one final on L1.
	SoftHeight uint64 `json:"softHeight"`
	FirmHeight uint64 `json:"firmHeight"`
	// SoftLead is SoftHeight - FirmHeight; Waiting counts the heights held back because the lead
	// reached MaxSoftLead (L1 or the aggregator is behind).
	SoftLead    uint64 `json:"softLead"`
	MaxSoftLead uint64 `json:"maxSoftLead"`
	Waiting     int    `json:"waiting"`
}

// Client talks to a rollup node.
type Client struct {
	c   *rpc.Client
	eth *ethclient.Client
}

// Dial connects to a rollup node's JSON-RPC (http(s) or ws(s) URL).
func Dial(ctx context.Context, url string) (*Client, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("dial rollup node %s: %w", url, err)
	}
	return NewClient(c), nil
}

// NewClient wraps an RPC connection.
func NewClient(c *rpc.Client) *Client { return &Client{c: c, eth: ethclient.NewClient(c)} }

// Eth is go-ethereum's client on the same connection (eth namespace).
func (c *Client) Eth() *ethclient.Client { return c.eth }

// RPC is the underlying connection.
func (c *Client) RPC() *rpc.Client { return c.c }

// Close closes the connection.
func (c *Client) Close() { c.c.Close() }

// TransactionStatus is where transaction hash stands on the node.
func (c *Client) TransactionStatus(ctx context.Context, hash common.Hash) (*TxStatus, error) {
	var s TxStatus
	if err := c.c.CallContext(ctx, &s, MethodTransactionStatus, hash); err != nil {
		return nil, err
	}
	return &s, nil
}

// Status is the node's progress.
func (c *Client) Status(ctx context.Context) (*Status, error) {
	var s Status
	if err := c.c.CallContext(ctx, &s, MethodStatus); err != nil {
		return nil, err
	}
	return &s, nil
}
