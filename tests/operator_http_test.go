package tests

import (
	"context"
	"net"
	"net/http"
	"sync"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
)

// httpServer serves the fake aggregator, failing its first sends with HTTP 503.
type httpServer struct {
	srv *gethrpc.Server
	hs  *http.Server
	wg  sync.WaitGroup
}

func newHTTPServer(srv *gethrpc.Server, a *fakeAggregator) *httpServer {
	h := &httpServer{srv: srv}
	h.hs = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.mu.Lock()
		fail := a.failures > 0
		if fail {
			a.failures--
		}
		a.mu.Unlock()
		if fail {
			http.Error(w, "aggregator starting", http.StatusServiceUnavailable)
			return
		}
		srv.ServeHTTP(w, r)
	}), ReadHeaderTimeout: 5 * time.Second}
	return h
}

// serve serves on ln; the caller did wg.Add(1).
func (h *httpServer) serve(ln net.Listener) {
	defer h.wg.Done()
	_ = h.hs.Serve(ln)
}

func (h *httpServer) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = h.hs.Shutdown(ctx)
	h.srv.Stop()
	h.wg.Wait()
}
