package aggregatorapi

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/rpc"
)

// Client is a typed client of one aggregator's API. Its errors are go-ethereum's: a refusal is
// an rpc.Error whose code (ErrorCode, Retryable) says whether to send again.
type Client struct {
	c *rpc.Client
}

// Dial connects to the aggregator API at url.
func Dial(ctx context.Context, url string) (*Client, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("dial aggregator API %s: %w", url, err)
	}
	return NewClient(c), nil
}

// NewClient wraps an existing connection.
func NewClient(c *rpc.Client) *Client { return &Client{c: c} }

// Close closes the connection.
func (c *Client) Close() { c.c.Close() }

// RPC is the underlying connection, for what the typed methods do not cover.
func (c *Client) RPC() *rpc.Client { return c.c }

// SubmitSignature sends one checkpoint signature.
func (c *Client) SubmitSignature(ctx context.Context, msg *CheckpointSignature) (*SubmitResult, error) {
	var res SubmitResult
	if err := c.c.CallContext(ctx, &res, MethodSubmitSignature, msg); err != nil {
		return nil, err
	}
	return &res, nil
}

// Status returns the aggregator's status.
func (c *Client) Status(ctx context.Context) (*Status, error) {
	var st Status
	if err := c.c.CallContext(ctx, &st, MethodStatus); err != nil {
		return nil, err
	}
	return &st, nil
}

// ErrorCode returns the JSON-RPC error code of err (an answer from the aggregator), if it has
// one. Transport failures have none and are worth retrying.
func ErrorCode(err error) (int, bool) {
	var e rpc.Error
	if errors.As(err, &e) {
		return e.ErrorCode(), true
	}
	return 0, false
}
