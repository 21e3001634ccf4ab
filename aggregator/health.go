package aggregator

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/lockstep-xyz/lockstep/aggregator/submit"
)

// HealthPath is the aggregator's health endpoint, served on its metrics listener. It is not
// EigenLayer's /eigen/node/health: that spec describes operator nodes, and an aggregator has
// one service whose health is whether it can reach L1.
const HealthPath = "/health"

// Health statuses, spelled as in EigenLayer's node API.
const (
	HealthUp   = "Up"
	HealthDown = "Down"
)

// Health is the body of GET HealthPath: 200 when Status is HealthUp, else 503.
type Health struct {
	Status string `json:"status"`
	// L1Reachable: a round of L1 reads succeeded within the last three poll intervals (plus
	// one read timeout). LastL1Read is when the last one did; L1Error the last failure.
	L1Reachable bool       `json:"l1Reachable"`
	LastL1Read  *time.Time `json:"lastL1Read,omitempty"`
	L1Error     string     `json:"l1Error,omitempty"`
	// LatestSettled is the latest checkpoint L1 stores (by any aggregator).
	LatestSettled uint64 `json:"latestSettled"`
	// LastSubmitted is the last checkpoint this aggregator's transaction stored since it
	// started (0: none yet), at LastSubmittedAt.
	LastSubmitted   uint64     `json:"lastSubmitted"`
	LastSubmittedAt *time.Time `json:"lastSubmittedAt,omitempty"`
}

// health judges the pipeline's progress at now: L1 counts as unreachable once no round has
// read it for staleAfter (or none has yet).
func health(now time.Time, p submit.Progress, settled uint64, staleAfter time.Duration) Health {
	h := Health{Status: HealthDown, L1Error: p.L1Error, LatestSettled: settled, LastSubmitted: p.LastStored}
	if !p.LastL1Read.IsZero() {
		t := p.LastL1Read
		h.LastL1Read = &t
		h.L1Reachable = p.L1Error == "" && now.Sub(t) <= staleAfter
	}
	if !p.LastStoredAt.IsZero() {
		t := p.LastStoredAt
		h.LastSubmittedAt = &t
	}
	if h.L1Reachable {
		h.Status = HealthUp
	}
	return h
}

// healthHandler serves GET HealthPath from report.
func healthHandler(report func() Health) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := report()
		code := http.StatusOK
		if h.Status != HealthUp {
			code = http.StatusServiceUnavailable
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		_ = json.NewEncoder(w).Encode(h) // the client went away: nothing to do
	})
}

// Health reports the aggregator's health now.
func (s *Service) Health() Health {
	return health(time.Now(), s.pipe.Progress(), s.col.Settled(), 3*s.cfg.PollInterval+s.cfg.L1ReadTimeout)
}
