package engine

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the engine's Prometheus metrics (namespace lockstep, subsystem rollup).
type Metrics struct {
	Head          prometheus.Gauge
	BuildSeconds  prometheus.Histogram
	TxsIncluded   prometheus.Counter
	TxsSkipped    prometheus.Counter
	Rewinds       prometheus.Counter
	TxsForwarded  prometheus.Counter
	TxsRefused    prometheus.Counter
	PendingNonces prometheus.GaugeFunc
}

// newMetrics registers the metrics on reg (none if nil). pending reports how many forwarded
// transactions count towards pending nonces.
func newMetrics(reg prometheus.Registerer, pending func() float64) (*Metrics, error) {
	const ns, sub = "lockstep", "rollup"
	m := &Metrics{
		Head:          prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "head", Help: "Number of the head block."}),
		BuildSeconds:  prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "build_seconds", Help: "Time to execute and insert one block.", Buckets: prometheus.ExponentialBuckets(0.001, 2, 14)}),
		TxsIncluded:   prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "txs_included_total", Help: "Transactions included in built blocks."}),
		TxsSkipped:    prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "txs_skipped_total", Help: "Ordered transactions the blocks skipped as invalid."}),
		Rewinds:       prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rewinds_total", Help: "Head rewinds."}),
		TxsForwarded:  prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rpc_txs_forwarded_total", Help: "Transactions eth_sendRawTransaction forwarded to the sequencer."}),
		TxsRefused:    prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rpc_txs_refused_total", Help: "Transactions eth_sendRawTransaction refused before forwarding."}),
		PendingNonces: prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "pending_txs", Help: "Forwarded transactions counted in pending nonces."}, pending),
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.Head, m.BuildSeconds, m.TxsIncluded, m.TxsSkipped, m.Rewinds, m.TxsForwarded, m.TxsRefused, m.PendingNonces} {
		if err := reg.Register(c); err != nil {
			return nil, fmt.Errorf("register rollup metrics: %w", err)
		}
	}
	return m, nil
}
