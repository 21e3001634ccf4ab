package aggregator

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/lockstep-xyz/lockstep/aggregator/collect"
	"github.com/lockstep-xyz/lockstep/aggregator/submit"
	"github.com/lockstep-xyz/lockstep/rpcserver"
)

// Refusal reasons (label values of signatures_refused_total).
const (
	reasonMalformed   = "malformed"
	reasonUnknown     = "unknown_operator"
	reasonInvalid     = "invalid_signature"
	reasonConflict    = "conflicting_signature"
	reasonUnavailable = "unavailable"
	reasonStale       = "stale"
)

// Metrics are the aggregator's Prometheus metrics (namespace lockstep, subsystem aggregator).
type Metrics struct {
	Received        prometheus.Counter
	Refused         *prometheus.CounterVec
	ThresholdTime   prometheus.Histogram
	SubmitLatency   prometheus.Histogram
	SubmitGas       prometheus.Histogram
	Submitted       *prometheus.CounterVec
	Behind          prometheus.Gauge
	Latest          prometheus.Gauge
	Equivocations   prometheus.Counter
	SlashingProofs  *prometheus.CounterVec
	L1Errors        prometheus.Counter
	Reaggregations  prometheus.Counter
	AggregationTime prometheus.Histogram
	// Server is the JSON-RPC server's (lockstep_aggregator_rate_limited_total).
	Server *rpcserver.Metrics
}

// NewMetrics registers the metrics on reg (none if nil).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	const ns, sub = "lockstep", "aggregator"
	m := &Metrics{
		Server:   rpcserver.NewMetrics(reg, sub),
		Received: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "signatures_received_total", Help: "Checkpoint signatures received."}),
		Refused: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "signatures_refused_total",
			Help: "Checkpoint signatures refused, by reason (at the door or at aggregation)."}, []string{"reason"}),
		ThresholdTime: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "threshold_seconds",
			Help: "Time from a checkpoint digest's first signature to a verified aggregate reaching the threshold.", Buckets: prometheus.ExponentialBuckets(0.001, 4, 10)}),
		SubmitLatency: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "submission_seconds",
			Help: "L1 submission latency of a checkpoint: send to confirmed receipt.", Buckets: prometheus.ExponentialBuckets(0.01, 3, 10)}),
		SubmitGas: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "submission_gas",
			Help: "Gas used by submitCheckpoint transactions.", Buckets: prometheus.LinearBuckets(200_000, 50_000, 12)}),
		Submitted: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "checkpoints_settled_total",
			Help: "Checkpoints settled on L1, by who stored them (self or other)."}, []string{"by"}),
		Behind: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "checkpoints_behind",
			Help: "Highest checkpoint number with signatures held minus the latest stored on L1."}),
		Latest: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "latest_checkpoint", Help: "Latest checkpoint number stored on L1."}),
		Equivocations: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "equivocations_detected_total",
			Help: "Pairs of valid conflicting signatures by one operator detected."}),
		SlashingProofs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "slashing_proofs_submitted_total",
			Help: "Equivocation proofs submitted to L1, by result (slashed, already_slashed, refused)."}, []string{"result"}),
		L1Errors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "l1_errors_total", Help: "Failed L1 reads or submissions (retried with backoff)."}),
		Reaggregations: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "reaggregations_total",
			Help: "Aggregates rebuilt at a newer reference block (stale or below minReferenceBlock)."}),
		AggregationTime: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "aggregation_seconds",
			Help: "CPU time of one Aggregate call (verification included).", Buckets: prometheus.ExponentialBuckets(0.0001, 4, 8)}),
	}
	if reg != nil {
		reg.MustRegister(m.Received, m.Refused, m.ThresholdTime, m.SubmitLatency, m.SubmitGas, m.Submitted, m.Behind, m.Latest,
			m.Equivocations, m.SlashingProofs, m.L1Errors, m.Reaggregations, m.AggregationTime)
	}
	return m
}

// submitMetrics meters the submission pipeline (submit.Metrics).
type submitMetrics struct{ m *Metrics }

func (s submitMetrics) Latest(n uint64)   { s.m.Latest.Set(float64(n)) }
func (s submitMetrics) Settled(by string) { s.m.Submitted.WithLabelValues(by).Inc() }
func (s submitMetrics) L1Error()          { s.m.L1Errors.Inc() }
func (s submitMetrics) Reaggregated()     { s.m.Reaggregations.Inc() }
func (s submitMetrics) Stored(r *submit.Receipt) {
	s.m.SubmitLatency.Observe(r.Elapsed.Seconds())
	s.m.SubmitGas.Observe(float64(r.GasUsed))
}

// slashMetrics meters slashing (slash.Metrics).
type slashMetrics struct{ m *Metrics }

func (s slashMetrics) Equivocation()       { s.m.Equivocations.Inc() }
func (s slashMetrics) Proof(result string) { s.m.SlashingProofs.WithLabelValues(result).Inc() }
func (s slashMetrics) L1Error()            { s.m.L1Errors.Inc() }

// collectHooks meter collection.
func (m *Metrics) collectHooks(h collect.Hooks) collect.Hooks {
	h.Aggregated = func(took time.Duration, refused int) {
		m.AggregationTime.Observe(took.Seconds())
		if refused > 0 {
			m.Refused.WithLabelValues(reasonInvalid).Add(float64(refused))
		}
	}
	h.ThresholdReached = func(after time.Duration) { m.ThresholdTime.Observe(after.Seconds()) }
	h.Reaggregated = m.Reaggregations.Inc
	h.Behind = func(n uint64) { m.Behind.Set(float64(n)) }
	return h
}
