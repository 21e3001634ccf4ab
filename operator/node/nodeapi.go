package node

import (
	"encoding/json"
	"net/http"
)

// Version is reported by /eigen/node.
var Version = "dev"

// NodeName is the node_name /eigen/node reports.
const NodeName = "lockstep-operator"

// EigenLayer's AVS node API, spec v0.0.1, as eigensdk-go v0.3.0's nodeapi package serves it:
// the same paths, JSON shapes, status strings and codes. Its types are mirrored here rather
// than imported, since that package pulls in eigensdk's logging (zap, tint) and serves from a
// server of its own without a Stop; here it is a handler on the node's metrics server.

// specVersion is the node spec version implemented.
const specVersion = "v0.0.1"

// ServiceStatus is a service's status (eigensdk-go nodeapi.ServiceStatus).
type ServiceStatus string

// Service statuses, ordered from best to worst.
const (
	ServiceUp           ServiceStatus = "Up"
	ServiceInitializing ServiceStatus = "Initializing"
	ServiceDown         ServiceStatus = "Down"
)

// code is the HTTP status answering a health query for s: 200 up, 206 initializing (or, for
// the node, partly healthy), 503 down; anything unknown is reported down rather than left
// for the caller to guess.
func (s ServiceStatus) code() int {
	switch s {
	case ServiceUp:
		return http.StatusOK
	case ServiceInitializing:
		return http.StatusPartialContent
	default:
		return http.StatusServiceUnavailable
	}
}

// worse reports whether s is worse than t.
func (s ServiceStatus) worse(t ServiceStatus) bool { return rank(s) > rank(t) }

func rank(s ServiceStatus) int {
	switch s {
	case ServiceUp:
		return 0
	case ServiceInitializing:
		return 1
	default:
		return 2
	}
}

// nodeService is one entry of /eigen/node/services (eigensdk-go's JSON shape).
type nodeService struct {
	ID          string        `json:"id"`
	Name        string        `json:"name"`
	Description string        `json:"description"`
	Status      ServiceStatus `json:"status"`
}

// healthSource is a service the node API reports, with how to judge its health now.
type healthSource struct {
	id, name, description string
	health                func() ServiceStatus
}

// nodeAPI serves the node spec's four endpoints on mux. The node's health is the worst of its
// services'.
func nodeAPI(mux *http.ServeMux, version string, services []healthSource) {
	writeJSON := func(w http.ResponseWriter, v any) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(v) // the client went away: nothing to do
	}
	mux.HandleFunc("GET /eigen/node", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]string{"node_name": NodeName, "spec_version": specVersion, "node_version": version})
	})
	mux.HandleFunc("GET /eigen/node/health", func(w http.ResponseWriter, r *http.Request) {
		worst := ServiceUp
		for _, s := range services {
			if st := s.health(); st.worse(worst) {
				worst = st
			}
		}
		w.WriteHeader(worst.code())
	})
	mux.HandleFunc("GET /eigen/node/services", func(w http.ResponseWriter, r *http.Request) {
		out := make([]nodeService, 0, len(services))
		for _, s := range services {
			out = append(out, nodeService{ID: s.id, Name: s.name, Description: s.description, Status: s.health()})
		}
		writeJSON(w, map[string][]nodeService{"services": out})
	})
	mux.HandleFunc("GET /eigen/node/services/{id}/health", func(w http.ResponseWriter, r *http.Request) {
		for _, s := range services {
			if s.id == r.PathValue("id") {
				w.WriteHeader(s.health().code())
				return
			}
		}
		w.WriteHeader(http.StatusNotFound)
	})
}
