package node

import (
	"encoding/json"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Version is reported by /eigen/node.
var Version = "dev"

// metricsHandler serves /metrics and the EigenLayer AVS node API.
func (n *Node) metricsHandler() http.Handler {
	mux := http.NewServeMux()
	// One endpoint: the node's registry and the process-wide one (Go runtime, process, CometBFT).
	mux.Handle("/metrics", promhttp.HandlerFor(prometheus.Gatherers{n.reg, prometheus.DefaultGatherer}, promhttp.HandlerOpts{}))
	writeJSON := func(w http.ResponseWriter, code int, v any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(v)
	}
	mux.HandleFunc("/eigen/node", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"node_name": "lockstep-operator", "spec_version": "v0.0.1", "node_version": Version})
	})
	health := func() (int, string) {
		st := n.Status()
		switch {
		case !n.started:
			return http.StatusServiceUnavailable, "down"
		case st.CatchingUp:
			return http.StatusPartialContent, "initializing"
		default:
			return http.StatusOK, "up"
		}
	}
	mux.HandleFunc("/eigen/node/health", func(w http.ResponseWriter, r *http.Request) {
		code, _ := health()
		w.WriteHeader(code)
	})
	mux.HandleFunc("/eigen/node/services", func(w http.ResponseWriter, r *http.Request) {
		_, status := health()
		svcs := []map[string]string{
			{"id": "consensus", "name": "CometBFT consensus", "description": "orders rollup transactions with the other operators", "status": status},
			{"id": "api", "name": "client API", "description": "JSON-RPC/WebSocket API for rollups", "status": "up"},
		}
		if n.signing != nil {
			svcs = append(svcs, map[string]string{"id": "signer", "name": "checkpoint signer", "description": "BLS-signs checkpoints and sends them to aggregators", "status": "up"})
		}
		writeJSON(w, http.StatusOK, map[string]any{"services": svcs})
	})
	mux.HandleFunc("/eigen/node/services/{id}/health", func(w http.ResponseWriter, r *http.Request) {
		code, _ := health()
		w.WriteHeader(code)
	})
	return mux
}
