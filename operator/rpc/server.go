package rpc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/lockstep-xyz/lockstep/operator/store"
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
	RateLimited   prometheus.Counter
}

// NewMetrics registers the API metrics on reg (none if nil).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Submitted: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "lockstep", Subsystem: "api", Name: "submissions_total", Help: "Transactions submitted through the API, by result."}, []string{"result"}),
		CommitLatency: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "lockstep", Subsystem: "api", Name: "commit_latency_seconds", Help: "From acceptance by this node to commit of the block holding the transaction.",
			Buckets: prometheus.ExponentialBuckets(0.005, 1.6, 16)}),
		RateLimited: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "lockstep", Subsystem: "api", Name: "rate_limited_total", Help: "Requests refused by the per-client rate limit."}),
	}
	if reg != nil {
		reg.MustRegister(m.Submitted, m.CommitLatency, m.RateLimited)
	}
	return m
}

// Server serves the API over HTTP and WebSocket on one port.
type Server struct {
	cfg     Config
	log     *slog.Logger
	api     *API
	rpc     *gethrpc.Server
	http    *http.Server
	ln      net.Listener
	heights *Heights
	limiter *limiter

	wg       sync.WaitGroup
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
	s := &Server{cfg: cfg, log: log, heights: heights, rpc: gethrpc.NewServer()}
	s.api = newAPI(backend, st, heights, log, m)
	s.api.faults = cfg.Faults
	if err := s.rpc.RegisterName("eth", &EthAPI{a: s.api}); err != nil {
		return nil, fmt.Errorf("api: register eth: %w", err)
	}
	if err := s.rpc.RegisterName("lockstep", &LockstepAPI{a: s.api}); err != nil {
		return nil, fmt.Errorf("api: register lockstep: %w", err)
	}
	s.rpc.SetHTTPBodyLimit(cfg.MaxRequestBytes)
	s.rpc.SetWebsocketReadLimit(int64(cfg.MaxRequestBytes))
	s.rpc.SetBatchLimits(100, cfg.MaxRequestBytes*4)
	if cfg.RatePerSecond > 0 {
		s.limiter = newLimiter(cfg.RatePerSecond, cfg.Burst)
		s.api.limiter = s.limiter
	}
	ws := s.rpc.WebsocketHandler(cfg.WSOrigins)
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.limiter != nil && !s.limiter.allow(clientIP(r)) {
			m.RateLimited.Inc()
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":null,"error":{"code":%d,"message":"rate limit exceeded, retry later","data":{"retryable":true}}}`+"\n", CodeBusy)
			return
		}
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			ws.ServeHTTP(w, r)
			return
		}
		s.rpc.ServeHTTP(w, r)
	})
	s.http = &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	return s, nil
}

// Committed tells the API about a committed height and its raw transactions.
func (s *Server) Committed(height uint64, raw [][]byte) {
	s.api.committed(raw)
	s.heights.Publish(height)
}

// Start listens and serves.
func (s *Server) Start(context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("api: listen %s: %w", s.cfg.Addr, err)
	}
	s.ln = ln
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := s.http.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("api server stopped", "err", err)
		}
	}()
	s.log.Info("api listening", "addr", ln.Addr().String())
	return nil
}

// Addr is the listening address (after Start).
func (s *Server) Addr() string {
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// Stop stops serving and ends subscriptions. It is idempotent.
func (s *Server) Stop(ctx context.Context) error {
	s.stopOnce.Do(func() {
		close(s.api.quit)
		if s.ln != nil {
			s.stopErr = s.http.Shutdown(ctx)
		}
		s.rpc.Stop()
		s.wg.Wait()
		s.api.wg.Wait()
	})
	return s.stopErr
}

func clientIP(r *http.Request) string { return hostOf(r.RemoteAddr) }

// hostOf strips the port from a remote address.
func hostOf(addr string) string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	return host
}

// limiter is a token bucket per client IP.
type limiter struct {
	rate  float64
	burst float64

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newLimiter(rate float64, burst int) *limiter {
	return &limiter{rate: rate, burst: float64(burst), buckets: make(map[string]*bucket)}
}

func (l *limiter) allow(ip string) bool {
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.buckets) > 100_000 { // bound memory: forget everyone (they start with a full burst)
		l.buckets = make(map[string]*bucket)
	}
	b, ok := l.buckets[ip]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[ip] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}
