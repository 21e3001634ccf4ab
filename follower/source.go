package follower

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/api"
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
	Batch   *api.Batch
	Absence *api.AbsenceProof
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
	// Checkpoint is lockstep_getCheckpoint(n).
	Checkpoint(ctx context.Context, n uint64) (*api.CheckpointResult, error)
	// Height is the last height the operator committed (lockstep_status).
	Height(ctx context.Context) (uint64, error)
	// SubscribeBatches is lockstep_subscribe("batches", rollupID): the operator sends rollupID's
	// batches on ch from its next committed height on, until the subscription fails (Err) or is
	// ended. Only WebSocket URLs support it (see subscribes).
	SubscribeBatches(ctx context.Context, rollupID uint64, ch chan<- *api.Batch) (subscription, error)
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
	c      *gethrpc.Client
	closed bool
}

func newRPCSource(url string) source { return &rpcSource{url: url} }

func (s *rpcSource) URL() string { return s.url }

func (s *rpcSource) client(ctx context.Context) (*gethrpc.Client, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, errClosed
	}
	if s.c == nil {
		c, err := gethrpc.DialContext(ctx, s.url)
		if err != nil {
			return nil, fmt.Errorf("dial %s: %w", s.url, err)
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

func (s *rpcSource) call(ctx context.Context, result any, method string, args ...any) error {
	c, err := s.client(ctx)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	return wrapRPCError(c.CallContext(ctx, result, method, args...))
}

// wrapRPCError marks the API's not-found answers with ErrNotFound.
func wrapRPCError(err error) error {
	var re gethrpc.Error
	if errors.As(err, &re) && re.ErrorCode() == api.CodeNotFound {
		return fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	return err
}

func (s *rpcSource) BatchHeights(ctx context.Context, rollupID, from uint64, limit int) ([]uint64, error) {
	var hs []uint64
	if err := s.call(ctx, &hs, "lockstep_getBatchHeights", hexutil.Uint64(rollupID), hexutil.Uint64(from), limit); err != nil {
		return nil, fmt.Errorf("lockstep_getBatchHeights(%d, %d): %w", rollupID, from, err)
	}
	return hs, nil
}

func (s *rpcSource) Checkpoint(ctx context.Context, n uint64) (*api.CheckpointResult, error) {
	var res api.CheckpointResult
	if err := s.call(ctx, &res, "lockstep_getCheckpoint", hexutil.Uint64(n)); err != nil {
		return nil, fmt.Errorf("lockstep_getCheckpoint(%d): %w", n, err)
	}
	return &res, nil
}

func (s *rpcSource) Height(ctx context.Context) (uint64, error) {
	var st api.Status
	if err := s.call(ctx, &st, "lockstep_status"); err != nil {
		return 0, fmt.Errorf("lockstep_status: %w", err)
	}
	return st.Height, nil
}

func (s *rpcSource) SubscribeBatches(ctx context.Context, rollupID uint64, ch chan<- *api.Batch) (subscription, error) {
	c, err := s.client(ctx)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	sub, err := c.Subscribe(ctx, api.Namespace, ch, api.SubscriptionBatches, hexutil.Uint64(rollupID))
	if err != nil {
		return nil, fmt.Errorf("lockstep_subscribe(%q, %d): %w", api.SubscriptionBatches, rollupID, err)
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
			elems[i] = s.elem(rollupID, qs[lo+i], &out[lo+i])
		}
		cctx, cancel := context.WithTimeout(ctx, callTimeout)
		err := c.BatchCallContext(cctx, elems)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("batch of %d calls: %w", len(elems), err)
		}
		for i, e := range elems {
			var re gethrpc.Error
			if e.Error != nil && errors.As(e.Error, &re) && re.ErrorCode() == codeResponseTooLarge {
				// Past the batch response limit: ask for this one alone.
				e.Error = s.call(ctx, e.Result, e.Method, e.Args...)
			}
			if e.Error != nil {
				out[lo+i] = answer{Err: fmt.Errorf("%s(%d, %d): %w", e.Method, rollupID, qs[lo+i].Height, wrapRPCError(e.Error))}
			}
		}
	}
	return out, nil
}

func (s *rpcSource) elem(rollupID uint64, q query, a *answer) gethrpc.BatchElem {
	args := []any{hexutil.Uint64(rollupID), hexutil.Uint64(q.Height)}
	if q.Absent {
		a.Absence = new(api.AbsenceProof)
		return gethrpc.BatchElem{Method: "lockstep_getAbsence", Args: args, Result: a.Absence}
	}
	a.Batch = new(api.Batch)
	return gethrpc.BatchElem{Method: "lockstep_getBatch", Args: args, Result: a.Batch}
}
