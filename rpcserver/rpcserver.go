// Package rpcserver is the JSON-RPC server both Lockstep services expose: go-ethereum's
// rpc.Server over HTTP (and WebSocket, on the same port, when enabled), with bounded request
// bodies, WebSocket messages and batches, a per-client-IP rate limit, metrics and a
// Start/Stop lifecycle. Each service registers its API on it and picks its own limits.
package rpcserver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/lockstep-xyz/lockstep/internal/httpserver"
)

// Config configures a server. Every field is explicit: zero is not a default, and Check names
// what is wrong.
type Config struct {
	// Addr is the listen address (host:port; port 0 picks a free one).
	Addr string
	// MaxRequestBytes bounds an HTTP request body (over it with a Content-Length: 413 before
	// reading) and a WebSocket message (over it: the connection is closed with 1009).
	MaxRequestBytes int
	// MaxBatchItems and MaxBatchResponseBytes bound one JSON-RPC batch.
	MaxBatchItems         int
	MaxBatchResponseBytes int
	// RatePerSecond and Burst bound requests per client IP; RatePerSecond 0 disables the limit.
	// An HTTP request is charged once; WebSocket calls are charged where the service calls Allow
	// (the HTTP handler sees only the upgrade).
	RatePerSecond float64
	Burst         int
	// RateLimitedCode is the JSON-RPC error code of the 429 answer to a client over its rate.
	RateLimitedCode int
	// WebSocket serves WebSocket upgrades on the same port. WSOrigins are the browser origins
	// allowed ("*" for any; none: only clients that send no Origin, i.e. not browsers).
	WebSocket bool
	WSOrigins []string
	// ReadHeaderTimeout bounds reading a request's headers (slow clients hold no connection).
	ReadHeaderTimeout time.Duration
	// ReadTimeout bounds reading a whole HTTP request; 0 means none (WebSocket connections are
	// long-lived, so a service that serves them leaves it at 0).
	ReadTimeout time.Duration
	// OnFailure is called once, from the serving goroutine, if serving ends other than by Stop
	// (the listener failed under it): the service has lost its endpoint and should stop rather
	// than run on unreachable. It must not block (nor call Stop). Nil: the failure is only logged.
	OnFailure func(error)
}

// Check validates the configuration.
func (c *Config) Check() error {
	switch {
	case c.Addr == "":
		return errors.New("rpc server: Addr is empty")
	case c.MaxRequestBytes <= 0:
		return fmt.Errorf("rpc server: MaxRequestBytes %d must be positive", c.MaxRequestBytes)
	case c.MaxBatchItems <= 0 || c.MaxBatchResponseBytes <= 0:
		return fmt.Errorf("rpc server: MaxBatchItems %d and MaxBatchResponseBytes %d must be positive", c.MaxBatchItems, c.MaxBatchResponseBytes)
	case c.RatePerSecond < 0 || (c.RatePerSecond > 0 && c.Burst <= 0):
		return fmt.Errorf("rpc server: rate %.1f/s with burst %d: the burst must be positive when a rate is set", c.RatePerSecond, c.Burst)
	case c.RatePerSecond > 0 && c.RateLimitedCode == 0:
		return errors.New("rpc server: RateLimitedCode is 0: a rate limit needs the JSON-RPC code to answer with")
	case c.ReadHeaderTimeout <= 0:
		return fmt.Errorf("rpc server: ReadHeaderTimeout %s must be positive", c.ReadHeaderTimeout)
	case c.ReadTimeout < 0:
		return fmt.Errorf("rpc server: ReadTimeout %s is negative", c.ReadTimeout)
	}
	return nil
}

// Metrics are the server's metrics, under the caller's subsystem.
type Metrics struct {
	// RateLimited counts requests (HTTP requests and charged WebSocket calls) refused by the
	// per-client rate limit.
	RateLimited prometheus.Counter
}

// NewMetrics registers the server's metrics under lockstep_<subsystem>_ on reg (none if nil).
func NewMetrics(reg prometheus.Registerer, subsystem string) *Metrics {
	m := &Metrics{
		RateLimited: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "lockstep", Subsystem: subsystem, Name: "rate_limited_total", Help: "Requests refused by the per-client rate limit."}),
	}
	if reg != nil {
		reg.MustRegister(m.RateLimited)
	}
	return m
}

// Server is one JSON-RPC endpoint. Register the APIs, then Start; Stop ends it.
type Server struct {
	cfg     Config
	log     *slog.Logger
	metrics *Metrics
	rpc     *gethrpc.Server
	http    *httpserver.Server
	limiter *limiter // nil: no rate limit
}

// New builds a server; it listens on Start.
func New(cfg Config, log *slog.Logger, m *Metrics) (*Server, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if m == nil {
		m = NewMetrics(nil, "rpc")
	}
	s := &Server{cfg: cfg, log: log, metrics: m, rpc: gethrpc.NewServer()}
	s.rpc.SetHTTPBodyLimit(cfg.MaxRequestBytes)
	s.rpc.SetWebsocketReadLimit(int64(cfg.MaxRequestBytes))
	s.rpc.SetBatchLimits(cfg.MaxBatchItems, cfg.MaxBatchResponseBytes)
	if cfg.RatePerSecond > 0 {
		s.limiter = newLimiter(cfg.RatePerSecond, cfg.Burst)
	}
	s.http = httpserver.New("JSON-RPC", cfg.Addr, &http.Server{Handler: s.handler(), ReadHeaderTimeout: cfg.ReadHeaderTimeout, ReadTimeout: cfg.ReadTimeout}, log, cfg.OnFailure)
	return s, nil
}

// Register serves service's exported methods under namespace (go-ethereum's rules: Method
// becomes namespace_method). Call it before Start.
func (s *Server) Register(namespace string, service any) error {
	if err := s.rpc.RegisterName(namespace, service); err != nil {
		return fmt.Errorf("register %s API: %w", namespace, err)
	}
	return nil
}

// handler is the server's HTTP handler: the rate limit, then WebSocket upgrades (if enabled)
// or JSON-RPC over HTTP with a bounded body.
func (s *Server) handler() http.Handler {
	var ws http.Handler
	if s.cfg.WebSocket {
		ws = s.rpc.WebsocketHandler(s.cfg.WSOrigins)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.limiter != nil && !s.limiter.allow(hostOf(r.RemoteAddr)) {
			s.metrics.RateLimited.Inc()
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":null,"error":{"code":%d,"message":"rate limit exceeded, retry later","data":{"retryable":true}}}`+"\n", s.cfg.RateLimitedCode)
			return
		}
		if ws != nil && strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			ws.ServeHTTP(w, r)
			return
		}
		// go-ethereum refuses a Content-Length over the limit and reads at most the limit; this
		// also stops a handler from reading past it and closes the connection of one that tries.
		r.Body = http.MaxBytesReader(w, r.Body, int64(s.cfg.MaxRequestBytes))
		s.rpc.ServeHTTP(w, r)
	})
}

// Allow charges one call to its client's rate limit and reports whether it is within it. HTTP
// requests were charged by the handler already, so only WebSocket calls are charged here: a
// service calls it from the methods it wants limited over WebSocket too (the operator, from
// its submissions). Always true without a limit.
func (s *Server) Allow(ctx context.Context) bool {
	if s.limiter == nil {
		return true
	}
	pi := gethrpc.PeerInfoFromContext(ctx)
	if pi.Transport != "ws" || s.limiter.allow(hostOf(pi.RemoteAddr)) {
		return true
	}
	s.metrics.RateLimited.Inc()
	return false
}

// Start listens and serves.
func (s *Server) Start(ctx context.Context) error { return s.http.Start(ctx) }

// Addr is the listening address ("" before Start).
func (s *Server) Addr() string { return s.http.Addr() }

// Stop stops accepting requests, waits (bounded by ctx) for those in flight, then closes every
// connection, WebSocket ones and their subscriptions included. It is idempotent.
func (s *Server) Stop(ctx context.Context) error {
	err := s.http.Stop(ctx)
	// Shutdown does not touch hijacked (WebSocket) connections; the rpc server closes them.
	s.rpc.Stop()
	s.http.Wait()
	return err
}

// Stopped reports whether Stop has run.
func (s *Server) Stopped() bool { return s.http.Stopped() }

// hostOf strips the port from a remote address.
func hostOf(addr string) string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	return host
}
