// Package httpserver is the one HTTP listener lifecycle every Lockstep endpoint uses (the
// JSON-RPC servers, /metrics, pprof): listen on Start so a bad address fails the start, serve in
// an owned goroutine, report serving that ends other than by Stop to the owner (a dead endpoint
// must stop the process rather than leave it running without it), and Stop idempotently.
package httpserver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"
)

// DefaultReadHeaderTimeout bounds reading a request's headers, so slow clients hold no
// connection.
const DefaultReadHeaderTimeout = 5 * time.Second

// Server is one HTTP endpoint.
type Server struct {
	name      string
	addr      string
	http      *http.Server
	log       *slog.Logger
	onFailure func(error)

	mu      sync.Mutex
	ln      net.Listener
	started bool
	stopped bool
	stopErr error
	wg      sync.WaitGroup
}

// New returns a server named name (for logs and errors) that will serve srv.Handler on addr
// (port 0 picks a free one). srv carries the timeouts; a zero ReadHeaderTimeout becomes
// DefaultReadHeaderTimeout. onFailure receives the error if serving ends other than by Stop;
// nil logs it instead.
func New(name, addr string, srv *http.Server, log *slog.Logger, onFailure func(error)) *Server {
	if srv.ReadHeaderTimeout == 0 {
		srv.ReadHeaderTimeout = DefaultReadHeaderTimeout
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Server{name: name, addr: addr, http: srv, log: log, onFailure: onFailure}
}

// Start listens and serves.
func (s *Server) Start(context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.started {
		return fmt.Errorf("%s server already started", s.name)
	}
	if s.stopped {
		return fmt.Errorf("%s server stopped", s.name)
	}
	ln, err := net.Listen("tcp", s.addr)
	if err != nil {
		return fmt.Errorf("%s: listen on %s: %w", s.name, s.addr, err)
	}
	s.ln, s.started = ln, true
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if err := s.http.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			err = fmt.Errorf("%s server on %s stopped: %w", s.name, ln.Addr(), err)
			if s.onFailure == nil {
				s.log.Error("server stopped", "server", s.name, "err", err)
				return
			}
			s.onFailure(err)
		}
	}()
	s.log.Info("listening", "server", s.name, "addr", ln.Addr().String())
	return nil
}

// Addr is the listening address ("" before Start).
func (s *Server) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// Listener is the listener serving (nil before Start). Closing it makes serving fail, as a
// dying network would: tests use it to check what an owner does then.
func (s *Server) Listener() net.Listener {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ln
}

// Stop stops accepting requests and waits, bounded by ctx, for those in flight. Hijacked
// connections (WebSocket) are the handler's to close. It is idempotent.
func (s *Server) Stop(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stopped {
		return s.stopErr
	}
	s.stopped = true
	if s.started {
		if err := s.http.Shutdown(ctx); err != nil {
			s.stopErr = fmt.Errorf("stop %s server: %w", s.name, err)
		}
	}
	return s.stopErr
}

// Wait waits for the serving goroutine to end (after Stop).
func (s *Server) Wait() { s.wg.Wait() }

// Stopped reports whether Stop has run.
func (s *Server) Stopped() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stopped
}
