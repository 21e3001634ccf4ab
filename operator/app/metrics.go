package app

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/lockstep-xyz/lockstep/operator/store"
)

// Metrics are the application's Prometheus metrics (namespace lockstep, subsystem app).
type Metrics struct {
	Height      prometheus.Gauge
	Txs         prometheus.Counter
	TxsAccepted prometheus.Counter
	TxsRefused  *prometheus.CounterVec
	BlockTxs    prometheus.Histogram
	BlockBytes  prometheus.Histogram
	BatchTxs    prometheus.Histogram
	Checkpoint  prometheus.Gauge
}

// NewMetrics registers the metrics on reg (none if nil).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	const ns, sub = "lockstep", "app"
	m := &Metrics{
		Height:      prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "height", Help: "Last committed height."}),
		Txs:         prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "sequenced_txs_total", Help: "Rollup transactions sequenced in committed blocks."}),
		TxsAccepted: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "checktx_accepted_total", Help: "Transactions admitted to the mempool."}),
		TxsRefused:  prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "checktx_refused_total", Help: "Transactions refused at admission, by reason."}, []string{"reason"}),
		BlockTxs:    prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "block_txs", Help: "Rollup transactions per block.", Buckets: prometheus.ExponentialBuckets(1, 4, 9)}),
		BlockBytes:  prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "block_bytes", Help: "Transaction bytes per block.", Buckets: prometheus.ExponentialBuckets(256, 4, 9)}),
		BatchTxs:    prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "batch_txs", Help: "Transactions per rollup batch.", Buckets: prometheus.ExponentialBuckets(1, 4, 9)}),
		Checkpoint:  prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "checkpoint", Help: "Number of the last checkpoint cut."}),
	}
	if reg != nil {
		reg.MustRegister(m.Height, m.Txs, m.TxsAccepted, m.TxsRefused, m.BlockTxs, m.BlockBytes, m.BatchTxs, m.Checkpoint)
	}
	return m
}

var reasons = map[uint32]string{
	CodeMalformed: "malformed", CodeEmpty: "empty", CodeOversize: "oversize",
	CodeUnknownRollup: "unknown_rollup", CodeDuplicatePart: "duplicate_part",
}

func (m *Metrics) refused(code uint32) { m.TxsRefused.WithLabelValues(reasons[code]).Inc() }

func (m *Metrics) observe(c *store.Commit) {
	m.Height.Set(float64(c.Block.Height))
	m.Txs.Add(float64(c.Block.TxCount))
	m.BlockTxs.Observe(float64(c.Block.TxCount))
	var size int
	for _, r := range c.Raw {
		size += len(r)
	}
	m.BlockBytes.Observe(float64(size))
	for _, b := range c.Block.Batches {
		m.BatchTxs.Observe(float64(b.TxCount))
	}
	if c.Checkpoint != nil {
		m.Checkpoint.Set(float64(c.Checkpoint.Number))
	}
}
