package avail

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the reactor's Prometheus metrics (namespace lockstep, subsystem avail).
type Metrics struct {
	// Pushed counts transactions peers pushed, by outcome: queued for the storer, or dropped
	// because its queue was full (the node fetches those when a proposal names them, on
	// consensus's path: a growing dropped count means this node cannot keep up with the bytes
	// its peers accept).
	Pushed *prometheus.CounterVec
	// queued and dropped are Pushed's two series, bound once: a push must not look up labels.
	queued, dropped prometheus.Counter
}

// NewMetrics registers the metrics on reg (none if nil).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Pushed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "lockstep", Subsystem: "avail", Name: "pushed_txs_total",
			Help: "Transactions ordered by reference that peers pushed, by outcome: queued (to be checked and stored) or dropped (the storer's queue was full; fetched if a proposal names them)."},
			[]string{"outcome"}),
	}
	m.queued, m.dropped = m.Pushed.WithLabelValues("queued"), m.Pushed.WithLabelValues("dropped")
	if reg != nil {
		reg.MustRegister(m.Pushed)
	}
	return m
}

// pushed counts one pushed transaction (nothing on a nil m).
func (m *Metrics) pushed(dropped bool) {
	if m == nil {
		return
	}
	if dropped {
		m.dropped.Inc()
		return
	}
	m.queued.Inc()
}
