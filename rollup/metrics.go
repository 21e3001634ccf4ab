package rollup

import (
	"github.com/prometheus/client_golang/prometheus"
)

// metrics are the node's derivation metrics. The engine adds its own build metrics, the head
// block among them (lockstep_rollup_head).
type metrics struct {
	safe, finalized        prometheus.Gauge
	softHeight, firmHeight prometheus.Gauge
	softLead, waiting      prometheus.Gauge
	retracts               prometheus.Counter
	applySeconds           prometheus.Histogram
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	g := func(name, help string) prometheus.Gauge {
		return prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "lockstep", Subsystem: "rollup", Name: name, Help: help})
	}
	m := &metrics{
		safe:       g("safe_block", "Number of the safe L2 block (its checkpoint is on L1)."),
		finalized:  g("finalized_block", "Number of the finalized L2 block (its checkpoint's L1 block is finalized)."),
		softHeight: g("soft_height", "Last Lockstep height executed."),
		firmHeight: g("firm_height", "Last Lockstep height final on L1 (end of the last checkpoint)."),
		softLead:   g("soft_lead_heights", "Lockstep heights executed past the last firm one."),
		waiting:    g("waiting_heights", "Heights with batches held back because the soft lead reached its bound."),
		retracts: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "lockstep", Subsystem: "rollup", Name: "retracts_total",
			Help: "Soft batches withdrawn (the soft head rolled back)."}),
		applySeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "lockstep", Subsystem: "rollup", Name: "apply_seconds",
			Help: "Time to apply one height's batch (building or rebuilding its block).", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.safe, m.finalized, m.softHeight, m.firmHeight, m.softLead, m.waiting, m.retracts, m.applySeconds} {
			if err := reg.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}

func (m *metrics) set(s Status) {
	m.safe.Set(float64(s.Safe))
	m.finalized.Set(float64(s.Finalized))
	m.softHeight.Set(float64(s.SoftHeight))
	m.firmHeight.Set(float64(s.FirmHeight))
	m.softLead.Set(float64(s.SoftLead))
	m.waiting.Set(float64(s.Waiting))
}
