package follower

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
)

// ErrNotFound is wrapped when an operator does not have what was asked (not committed or not
// cut yet): it may be behind, which is not a lie.
var ErrNotFound = errors.New("not found on the operator")

// query asks for rollup's batch at Height, or for the proof that it has none there.
type query struct {
	Height uint64
	Absent bool
}

// answer is the operator's reply to one query: Batch or Absence, or Err.
type answer struct {
	Batch   *operatorapi.Batch
	Absence *commitment.AbsenceProof
	Err     error
}

// source is one operator's API as the follower reads it. Nothing it returns is trusted.
type source interface {
	URL() string
	// BatchHeights lists up to limit heights >= from where rollupID has a batch, ascending.
	BatchHeights(ctx context.Context, rollupID, from uint64, limit int) ([]uint64, error)
	// Fetch answers the queries in as few round trips as it can. An error is a failure of the
	// whole exchange; a failure of one query is in its answer.
	Fetch(ctx context.Context, rollupID uint64, qs []query) ([]answer, error)
	// Checkpoint is operatorapi.MethodGetCheckpoint(n).
	Checkpoint(ctx context.Context, n uint64) (*operatorapi.CheckpointResult, error)
	// Height is the last height the operator committed (operatorapi.MethodStatus).
	Height(ctx context.Context) (uint64, error)
	// SubscribeBatches is the batches subscription to rollupID: the operator sends rollupID's
	// batches on ch from its next committed height on, until the subscription fails (Err) or is
	// ended. Only WebSocket URLs support it (see subscribes).
	SubscribeBatches(ctx context.Context, rollupID uint64, ch chan<- *operatorapi.Batch) (subscription, error)
	Close()
}

// subscription is a live subscription; *gethrpc.ClientSubscription is one.
type subscription interface {
	// Err receives the error that ended the subscription (nil when the connection was closed).
	Err() <-chan error
	Unsubscribe()
}

// subscribes reports whether the operator API at rawURL can push new batches: a WebSocket URL.
func subscribes(rawURL string) bool {
	u, err := url.Parse(rawURL)
	return err == nil && (u.Scheme == "ws" || u.Scheme == "wss")
}

// errClosed is returned by a closed rpcSource: it does not dial again.
var errClosed = errors.New("operator connection closed")

const (
	// fetchChunk bounds one JSON-RPC batch (the operator API accepts 100 calls per batch).
	fetchChunk = 50
	// callTimeout bounds one round trip to an operator.
	callTimeout = 15 * time.Second
	// codeResponseTooLarge is go-ethereum's error for batch items past the response size limit.
	codeResponseTooLarge = -32003
)

// rpcSource reads an operator's JSON-RPC API over HTTP or WebSocket.
type rpcSource struct {
	url string

	mu     sync.Mutex
	c      *operatorapi.Client
	closed bool
}

func newRPCSource(url string) source { return &rpcSource{url: url} }

func (s *rpcSource) URL() string { return s.url }

func (s *rpcSource) client(ctx context.Context) (*operatorapi.Client, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, errClosed
	}
	if s.c == nil {
		c, err := operatorapi.Dial(ctx, s.url)
		if err != nil {
			return nil, err
		}
		s.c = c
	}
	return s.c, nil
}

func (s *rpcSource) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	if s.c != nil {
		s.c.Close()
		s.c = nil
	}
}

// call runs one call on the operator's client, bounded by callTimeout, its error marked with
// ErrNotFound when the operator does not have what was asked.
func (s *rpcSource) call(ctx context.Context, fn func(context.Context, *operatorapi.Client) error) error {
	c, err := s.client(ctx)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	return wrapRPCError(fn(ctx, c))
}

// wrapRPCError marks the API's not-found answers with ErrNotFound.
func wrapRPCError(err error) error {
	if operatorapi.IsNotFound(err) {
		return fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	return err
}

func (s *rpcSource) BatchHeights(ctx context.Context, rollupID, from uint64, limit int) ([]uint64, error) {
	var hs []uint64
	err := s.call(ctx, func(ctx context.Context, c *operatorapi.Client) (err error) {
		hs, err = c.GetBatchHeights(ctx, rollupID, from, limit)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s(%d, %d): %w", operatorapi.MethodGetBatchHeights, rollupID, from, err)
	}
	return hs, nil
}

func (s *rpcSource) Checkpoint(ctx context.Context, n uint64) (*operatorapi.CheckpointResult, error) {
	var res *operatorapi.CheckpointResult
	err := s.call(ctx, func(ctx context.Context, c *operatorapi.Client) (err error) {
		res, err = c.GetCheckpoint(ctx, n)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("%s(%d): %w", operatorapi.MethodGetCheckpoint, n, err)
	}
	return res, nil
}

func (s *rpcSource) Height(ctx context.Context) (uint64, error) {
	var st *operatorapi.Status
	err := s.call(ctx, func(ctx context.Context, c *operatorapi.Client) (err error) {
		st, err = c.Status(ctx)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("%s: %w", operatorapi.MethodStatus, err)
	}
	return st.Height, nil
}

func (s *rpcSource) SubscribeBatches(ctx context.Context, rollupID uint64, ch chan<- *operatorapi.Batch) (subscription, error) {
	c, err := s.client(ctx)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	sub, err := c.SubscribeBatches(ctx, rollupID, ch)
	if err != nil {
		return nil, fmt.Errorf("%s(%q, %d): %w", operatorapi.MethodSubscribe, operatorapi.SubscriptionBatches, rollupID, err)
	}
	return sub, nil
}

func (s *rpcSource) Fetch(ctx context.Context, rollupID uint64, qs []query) ([]answer, error) {
	out := make([]answer, len(qs))
	if len(qs) == 0 {
		return out, nil
	}
	c, err := s.client(ctx)
	if err != nil {
		return nil, err
	}
	for lo := 0; lo < len(qs); lo += fetchChunk {
		hi := min(lo+fetchChunk, len(qs))
		elems := make([]gethrpc.BatchElem, hi-lo)
		for i := range elems {
			elems[i] = elem(rollupID, qs[lo+i], &out[lo+i])
		}
		cctx, cancel := context.WithTimeout(ctx, callTimeout)
		err := c.BatchCall(cctx, elems)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("batch of %d calls: %w", len(elems), err)
		}
		for i, e := range elems {
			if code, _ := operatorapi.ErrorCode(e.Error); code == codeResponseTooLarge {
				// Past the batch response limit: ask for this one alone.
				e.Error = s.fetchOne(ctx, rollupID, qs[lo+i], &out[lo+i])
			}
			if e.Error != nil {
				out[lo+i] = answer{Err: fmt.Errorf("%s(%d, %d): %w", e.Method, rollupID, qs[lo+i].Height, wrapRPCError(e.Error))}
			}
		}
	}
	return out, nil
}

// fetchOne answers q with a call of its own.
func (s *rpcSource) fetchOne(ctx context.Context, rollupID uint64, q query, a *answer) error {
	c, err := s.client(ctx)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	if q.Absent {
		a.Absence, err = c.GetAbsence(ctx, rollupID, q.Height)
	} else {
		a.Batch, err = c.GetBatch(ctx, rollupID, q.Height)
	}
	return err
}

// elem is q as one call of a batch, answered into a.
func elem(rollupID uint64, q query, a *answer) gethrpc.BatchElem {
	if q.Absent {
		a.Absence = new(commitment.AbsenceProof)
		return operatorapi.GetAbsenceCall(rollupID, q.Height, a.Absence)
	}
	a.Batch = new(operatorapi.Batch)
	return operatorapi.GetBatchCall(rollupID, q.Height, a.Batch)
}
