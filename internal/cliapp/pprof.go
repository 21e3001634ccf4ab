package cliapp

import (
	"log/slog"
	"net/http"
	"net/http/pprof"

	"github.com/lockstep-xyz/lockstep/internal/httpserver"
)

// NewPprofServer returns a server of Go's /debug/pprof for addr (see PprofAddrFlag), on its own
// mux (never http.DefaultServeMux, so nothing else the process registers there is exposed). It
// is a Lifecycle; serving that stops other than by Stop is reported to fail (nil: logged).
func NewPprofServer(addr string, log *slog.Logger, fail func(error)) *httpserver.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	return httpserver.New("pprof", addr, &http.Server{Handler: mux}, log, fail)
}

// WithPprof runs svc with a pprof server on addr beside it (started after it, stopped before
// it), or svc alone when addr is empty.
func WithPprof(svc Lifecycle, addr string, log *slog.Logger, fail func(error)) Lifecycle {
	if addr == "" {
		return svc
	}
	return NewGroup(svc, NewPprofServer(addr, log, fail))
}
