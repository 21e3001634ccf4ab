package rpc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/operator/store"
	"github.com/lockstep-xyz/lockstep/rpcserver"
)

// Config configures the API server.
type Config struct {
	// Addr is the listen address (host:port; port 0 picks a free one).
	Addr string
	// MaxRequestBytes bounds an HTTP request body and a WebSocket message.
	MaxRequestBytes int
	// RatePerSecond and Burst bound requests per client IP (0 disables the limit).
	RatePerSecond float64
	Burst         int
	// WSOrigins are the allowed WebSocket origins ("*" for any).
	WSOrigins []string
	// Faults are test-only misbehaviours (tamper.go). They exist only in a build with the
	// lockstep_faults tag; in any other build Faults is empty.
	Faults Faults
	// OnFailure is told if serving ends other than by Stop (rpcserver.Config.OnFailure).
	OnFailure func(error) `json:"-"`
}

// Check validates the configuration.
func (c *Config) Check() error {
	if c.Addr == "" {
		return errors.New("api: Addr is empty")
	}
	if c.MaxRequestBytes <= 0 {
		return fmt.Errorf("api: MaxRequestBytes %d must be positive", c.MaxRequestBytes)
	}
	if c.RatePerSecond < 0 || (c.RatePerSecond > 0 && c.Burst <= 0) {
		return fmt.Errorf("api: rate %.1f/s with burst %d: the burst must be positive when a rate is set", c.RatePerSecond, c.Burst)
	}
	return nil
}

// Metrics are the API's metrics (subsystem api).
type Metrics struct {
	Submitted     *prometheus.CounterVec
	CommitLatency prometheus.Histogram
	// Server is the JSON-RPC server's (lockstep_api_rate_limited_total).
	Server *rpcserver.Metrics
}

// NewMetrics registers the API metrics on reg (none if nil).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Submitted: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "lockstep", Subsystem: "api", Name: "submissions_total", Help: "Transactions submitted through the API, by result."}, []string{"result"}),
		CommitLatency: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "lockstep", Subsystem: "api", Name: "commit_latency_seconds", Help: "From acceptance by this node to commit of the block holding the transaction.",
			Buckets: prometheus.ExponentialBuckets(0.005, 1.6, 16)}),
		Server: rpcserver.NewMetrics(reg, "api"),
	}
	if reg != nil {
		reg.MustRegister(m.Submitted, m.CommitLatency)
	}
	return m
}

// The operator's JSON-RPC limits beyond Config: a batch holds at most 100 calls (the follower
// sends 50) and answers at most four request bodies' worth.
const (
	maxBatchItems     = 100
	batchResponseMult = 4
	readHeaderTimeout = 10 * time.Second
)

// Server serves the API over HTTP and WebSocket on one port.
type Server struct {
	api     *API
	rpc     *rpcserver.Server
	heights *Heights

	stopOnce sync.Once
	stopErr  error
}

// New builds the server; it listens on Start.
func New(cfg Config, backend Backend, st *store.Store, heights *Heights, log *slog.Logger, m *Metrics) (*Server, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if m == nil {
		m = NewMetrics(nil)
	}
	log = log.With("component", "api")
	srv, err := rpcserver.New(rpcserver.Config{
		Addr:                  cfg.Addr,
		MaxRequestBytes:       cfg.MaxRequestBytes,
		MaxBatchItems:         maxBatchItems,
		MaxBatchResponseBytes: cfg.MaxRequestBytes * batchResponseMult,
		RatePerSecond:         cfg.RatePerSecond,
		Burst:                 cfg.Burst,
		RateLimitedCode:       operatorapi.CodeBusy,
		WebSocket:             true,
		WSOrigins:             cfg.WSOrigins,
		ReadHeaderTimeout:     readHeaderTimeout,
		OnFailure:             cfg.OnFailure,
	}, log, m.Server)
	if err != nil {
		return nil, fmt.Errorf("api: %w", err)
	}
	s := &Server{rpc: srv, heights: heights}
	s.api = newAPI(backend, st, heights, srv.Allow, log, m)
	s.api.faults = cfg.Faults // test-only faults (tamper.go), none without the lockstep_faults tag
	if err := srv.Register(operatorapi.EthNamespace, &EthAPI{a: s.api}); err != nil {
		return nil, fmt.Errorf("api: %w", err)
	}
	if err := srv.Register(operatorapi.Namespace, &LockstepAPI{a: s.api}); err != nil {
		return nil, fmt.Errorf("api: %w", err)
	}
	return s, nil
}

// Committed tells the API about a committed height and the hashes of its transactions, per
// rollup.
func (s *Server) Committed(height uint64, txHashes map[uint64][]common.Hash) {
	s.api.committed(height, txHashes)
	s.heights.Publish(height)
}

// Start listens and serves.
func (s *Server) Start(ctx context.Context) error {
	if err := s.rpc.Start(ctx); err != nil {
		return fmt.Errorf("api: %w", err)
	}
	return nil
}

// Addr is the listening address (after Start).
func (s *Server) Addr() string { return s.rpc.Addr() }

// Stop stops serving and ends subscriptions. It is idempotent.
func (s *Server) Stop(ctx context.Context) error {
	s.stopOnce.Do(func() {
		close(s.api.quit) // subscription goroutines return rather than notify a closing server
		s.stopErr = s.rpc.Stop(ctx)
		s.api.wg.Wait()
	})
	return s.stopErr
}
