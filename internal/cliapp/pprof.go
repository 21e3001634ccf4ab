package cliapp

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"sync"
	"time"
)

// PprofServer serves Go's /debug/pprof on its own mux (never http.DefaultServeMux, so nothing
// else the process registers there is exposed). It is a Lifecycle; serving that stops other
// than by Stop is reported to fail.
type PprofServer struct {
	addr string
	log  *slog.Logger
	fail func(error)
	srv  *http.Server

	mu      sync.Mutex
	ln      net.Listener
	stopped bool
	wg      sync.WaitGroup
}

// NewPprofServer returns a pprof server for addr (see PprofAddrFlag); fail may be nil.
func NewPprofServer(addr string, log *slog.Logger, fail func(error)) *PprofServer {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return &PprofServer{addr: addr, log: log, fail: fail, srv: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}}
}

// Start listens and serves.
func (p *PprofServer) Start(context.Context) error {
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		return fmt.Errorf("--%s: listen on %s: %w", PprofFlag, p.addr, err)
	}
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		if err := p.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			err = fmt.Errorf("pprof server on %s stopped: %w", ln.Addr(), err)
			if p.fail == nil {
				p.log.Error("pprof server stopped", "err", err)
				return
			}
			p.fail(err)
		}
	}()
	p.log.Info("pprof listening", "addr", ln.Addr().String())
	return nil
}

// Addr is the listening address ("" before Start).
func (p *PprofServer) Addr() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln == nil {
		return ""
	}
	return p.ln.Addr().String()
}

// Stop stops serving. It is idempotent.
func (p *PprofServer) Stop(ctx context.Context) error {
	p.mu.Lock()
	if p.stopped {
		p.mu.Unlock()
		return nil
	}
	p.stopped = true
	p.mu.Unlock()
	err := p.srv.Shutdown(ctx)
	p.wg.Wait()
	if err != nil {
		return fmt.Errorf("stop pprof server: %w", err)
	}
	return nil
}

// Stopped reports whether Stop has run.
func (p *PprofServer) Stopped() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.stopped
}

// WithPprof runs svc with a pprof server on addr beside it (started after it, stopped before
// it), or svc alone when addr is empty.
func WithPprof(svc Lifecycle, addr string, log *slog.Logger, fail func(error)) Lifecycle {
	if addr == "" {
		return svc
	}
	return NewGroup(svc, NewPprofServer(addr, log, fail))
}
