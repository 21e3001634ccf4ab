// Package signing signs each checkpoint the node cuts with the operator's BLS key (through the
// signer package's persisted anti-equivocation guard) and delivers the signature to every
// configured aggregator, each from its own owned goroutine with retry and backoff. Delivery
// progress per aggregator is persisted, so a restarted node re-sends what was not delivered
// (the guard hands back the same signature); an unreachable aggregator delays only itself and
// never the ordering.
package signing

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/signer"
)

// Store is what the service reads and records.
type Store interface {
	Checkpoint(n uint64) (commitment.Checkpoint, error)
	Sent(dest string) (uint64, error)
	SetSent(dest string, n uint64) error
}

// DefaultUnknownRetry is Config.UnknownRetry's usual value: many times an aggregator's L1 poll.
const DefaultUnknownRetry = time.Minute

// Config configures the service.
type Config struct {
	// Aggregators are the aggregators' JSON-RPC URLs.
	Aggregators []string
	// OperatorID is the operator's ID on L1 (keccak of its G1 public key).
	OperatorID common.Hash
	// MinBackoff and MaxBackoff bound the retry delay after a failed send.
	MinBackoff, MaxBackoff time.Duration
	// Timeout bounds one send.
	Timeout time.Duration
	// UnknownRetry is how long a checkpoint's signature is sent again after an aggregator
	// answers that the operator is not in its operator set (0: that answer is final at once).
	// An aggregator reads the set from L1 a little behind the head, so an operator that has just
	// registered is unknown to it for a moment; a final refusal then would cost that checkpoint
	// the operator's stake for good. Each refusal still counts as refused.
	UnknownRetry time.Duration
	// Faults are test-only misbehaviours (fault.go). They exist only in a build with the
	// lockstep_faults tag; in any other build Faults is empty and nothing misbehaves.
	Faults Faults
}

// Check validates the configuration.
func (c *Config) Check() error {
	if c.OperatorID == (common.Hash{}) {
		return errors.New("signing: OperatorID is empty")
	}
	if c.MinBackoff <= 0 || c.MaxBackoff < c.MinBackoff || c.Timeout <= 0 {
		return fmt.Errorf("signing: backoff [%s, %s] and timeout %s must be positive and ordered", c.MinBackoff, c.MaxBackoff, c.Timeout)
	}
	return nil
}

// Results of one send of a signature to one aggregator (label result of
// lockstep_signer_signatures_total).
const (
	// ResultAccepted: the aggregator took the signature (collected, a duplicate, or for a
	// checkpoint already settled with the same digest).
	ResultAccepted = "accepted"
	// ResultRefused: the aggregator answered with a final refusal (wrong key, unknown
	// operator, another digest settled...); the signature is not sent to it again.
	ResultRefused = "refused"
	// ResultUnreachable: no answer, or an answer saying to send again later; retried.
	ResultUnreachable = "unreachable"
)

// AVSName is the avs_name label of the EigenLayer node-spec metrics.
const AVSName = "lockstep"

// ScoreWindow is how many of the latest checkpoints answered the performance score covers.
const ScoreWindow = 20

// Metrics of the service (subsystem signer), and EigenLayer's eigen_performance_score.
type Metrics struct {
	Signed       prometheus.Counter
	SendFailures *prometheus.CounterVec
	Delivered    *prometheus.GaugeVec
	// Signatures counts sends by result and reason: for accepted the aggregator's status, for
	// refused the error code's name, for unreachable transport or the retryable code's name.
	Signatures *prometheus.CounterVec
	// PerformanceScore is eigen_performance_score (see Service.Score).
	PerformanceScore prometheus.Gauge
}

// NewMetrics registers the metrics on reg (none if nil).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Signed:       prometheus.NewCounter(prometheus.CounterOpts{Namespace: "lockstep", Subsystem: "signer", Name: "checkpoints_signed_total", Help: "Checkpoint signatures produced or re-read from the guard."}),
		SendFailures: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "lockstep", Subsystem: "signer", Name: "aggregator_send_failures_total", Help: "Failed sends to an aggregator, by aggregator index."}, []string{"aggregator"}),
		Delivered:    prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "lockstep", Subsystem: "signer", Name: "delivered_checkpoint", Help: "Last checkpoint an aggregator accepted, by aggregator index."}, []string{"aggregator"}),
		Signatures: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "lockstep", Subsystem: "signer", Name: "signatures_total",
			Help: "Checkpoint signatures sent to aggregators, by result (accepted, refused, unreachable) and reason."}, []string{"result", "reason"}),
		// EigenLayer's node spec metric, named and labelled as eigensdk-go's metrics package does.
		PerformanceScore: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: sdktypes.EigenPromNamespace, Name: "performance_score",
			Help:        "Share (0-100) of the last 20 checkpoints this operator signed and an aggregator answered that an aggregator accepted.",
			ConstLabels: prometheus.Labels{"avs_name": AVSName}}),
	}
	m.PerformanceScore.Set(100) // nothing refused yet, as eigensdk-go starts it
	if reg != nil {
		reg.MustRegister(m.Signed, m.SendFailures, m.Delivered, m.Signatures, m.PerformanceScore)
	}
	return m
}

// reasons name the aggregator's JSON-RPC error codes (label reason).
var reasons = map[int]string{
	aggregatorapi.CodeMalformed:        "malformed",
	aggregatorapi.CodeUnknownOperator:  "unknown_operator",
	aggregatorapi.CodeInvalidSignature: "invalid_signature",
	aggregatorapi.CodeStale:            "stale",
	aggregatorapi.CodeUnavailable:      "unavailable",
	aggregatorapi.CodeInternal:         "internal",
}

// classify turns a send's outcome into its result and reason labels.
func classify(res *aggregatorapi.SubmitResult, err error) (result, reason string) {
	if err == nil {
		switch res.Status {
		case aggregatorapi.StatusCollected, aggregatorapi.StatusDuplicate, aggregatorapi.StatusSettled:
			return ResultAccepted, string(res.Status)
		default:
			return ResultAccepted, "other"
		}
	}
	code, answered := aggregatorapi.ErrorCode(err)
	if !answered {
		return ResultUnreachable, "transport"
	}
	reason, ok := reasons[code]
	if !ok {
		reason = "other"
	}
	if aggregatorapi.Retryable(code) {
		return ResultUnreachable, reason
	}
	return ResultRefused, reason
}

// Health is what the service knows of its deliveries; the node judges the signer's health
// from it.
type Health struct {
	// Aggregators is how many aggregators are configured.
	Aggregators int
	// LastAnswered is the highest checkpoint an aggregator gave a final answer for in this run
	// (0: none yet); LastAccepted whether an aggregator accepted it.
	LastAnswered uint64
	LastAccepted bool
	// WaitingSince is when the oldest cut checkpoint no aggregator has answered started
	// waiting (zero: every cut checkpoint has an answer).
	WaitingSince time.Time
	// Score is the performance score (see Service.Score).
	Score float64
}

// Service signs and delivers checkpoint signatures.
type Service struct {
	cfg     Config
	store   Store
	signer  *signer.Signer
	log     *slog.Logger
	metrics *Metrics

	mu   sync.Mutex
	last uint64 // highest checkpoint cut
	wake []chan struct{}
	// answered is the highest checkpoint with a final answer from an aggregator (or delivered
	// before a restart), waitingSince when the next one started waiting for one.
	answered     uint64
	waitingSince time.Time
	// window is the latest checkpoints answered (at most ScoreWindow, ascending): whether an
	// aggregator accepted each.
	window []answer

	signMu sync.Mutex // one signing at a time (the guard is safe, this keeps logs ordered)

	cancel context.CancelFunc
	wg     sync.WaitGroup
	once   sync.Once
}

type answer struct {
	n        uint64
	accepted bool
}

// New returns the service; last is the highest checkpoint already cut.
func New(cfg Config, st Store, s *signer.Signer, last uint64, log *slog.Logger, m *Metrics) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if m == nil {
		m = NewMetrics(nil)
	}
	svc := &Service{cfg: cfg, store: st, signer: s, log: log.With("component", "signer"), metrics: m, last: last}
	for range cfg.Aggregators {
		svc.wake = append(svc.wake, make(chan struct{}, 1))
	}
	return svc, nil
}

// Checkpoint tells the service a checkpoint was cut. It never blocks.
func (s *Service) Checkpoint(n uint64) {
	s.mu.Lock()
	if n > s.last {
		s.last = n
		if n > s.answered && s.waitingSince.IsZero() {
			s.waitingSince = time.Now()
		}
	}
	s.mu.Unlock()
	for _, w := range s.wake {
		select {
		case w <- struct{}{}:
		default:
		}
	}
}

func (s *Service) lastCut() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

// reached notes that checkpoints up to n have a final answer (or were delivered before a
// restart): the wait for an answer starts again from now if more are cut.
func (s *Service) reached(n uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n <= s.answered {
		return
	}
	s.answered = n
	if n >= s.last {
		s.waitingSince = time.Time{}
	} else {
		s.waitingSince = time.Now()
	}
}

// answer records an aggregator's final answer for checkpoint n and updates the score. A
// checkpoint counts as accepted once any aggregator accepted it.
func (s *Service) answer(n uint64, accepted bool) {
	s.reached(n)
	s.mu.Lock()
	defer s.mu.Unlock()
	i := len(s.window)
	for i > 0 && s.window[i-1].n >= n {
		i--
	}
	switch {
	case i < len(s.window) && s.window[i].n == n:
		s.window[i].accepted = s.window[i].accepted || accepted
	case i == 0 && len(s.window) == ScoreWindow:
		return // older than the whole window
	default:
		s.window = append(s.window, answer{})
		copy(s.window[i+1:], s.window[i:])
		s.window[i] = answer{n: n, accepted: accepted}
		if len(s.window) > ScoreWindow {
			s.window = s.window[1:]
		}
	}
	s.metrics.PerformanceScore.Set(s.scoreLocked())
}

// Score is EigenLayer's performance score for this operator: of the latest ScoreWindow
// checkpoints it signed that an aggregator answered for good, the share (0 to 100) an
// aggregator accepted. Signatures not answered yet (aggregators unreachable) do not count;
// Health reports them. 100 before any answer.
func (s *Service) Score() float64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.scoreLocked()
}

func (s *Service) scoreLocked() float64 {
	if len(s.window) == 0 {
		return 100
	}
	accepted := 0
	for _, a := range s.window {
		if a.accepted {
			accepted++
		}
	}
	return 100 * float64(accepted) / float64(len(s.window))
}

// Health reports the deliveries so far.
func (s *Service) Health() Health {
	s.mu.Lock()
	defer s.mu.Unlock()
	h := Health{Aggregators: len(s.cfg.Aggregators), WaitingSince: s.waitingSince, Score: s.scoreLocked()}
	if k := len(s.window); k > 0 {
		h.LastAnswered, h.LastAccepted = s.window[k-1].n, s.window[k-1].accepted
	}
	return h
}

// Sign returns the signature message for checkpoint n (signing it the first time) and the
// digest signed.
func (s *Service) Sign(n uint64) (*aggregatorapi.CheckpointSignature, common.Hash, error) {
	cp, err := s.store.Checkpoint(n)
	if err != nil {
		return nil, common.Hash{}, err
	}
	s.signMu.Lock()
	defer s.signMu.Unlock()
	sig, digest, err := s.signer.SignCheckpoint(cp)
	if err != nil {
		return nil, digest, err
	}
	s.metrics.Signed.Inc()
	return &aggregatorapi.CheckpointSignature{Checkpoint: cp, OperatorID: s.cfg.OperatorID, Signature: sig.G1Affine.Marshal()}, digest, nil
}

// destKey names an aggregator in the store.
func destKey(url string) string {
	h := sha256.Sum256([]byte(url))
	return "agg:" + hex.EncodeToString(h[:8])
}

// Start starts one sender per aggregator; each first re-sends what it had not delivered.
func (s *Service) Start(context.Context) error {
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	for i, url := range s.cfg.Aggregators {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			s.sender(ctx, i, url)
		}()
	}
	if len(s.cfg.Aggregators) == 0 {
		s.log.Warn("no aggregator configured: checkpoints are not signed")
	}
	return nil
}

func (s *Service) sender(ctx context.Context, i int, url string) {
	label := fmt.Sprint(i)
	log := s.log.With("aggregator", url)
	dest := destKey(url)
	sent, err := s.store.Sent(dest)
	if err != nil {
		log.Error("read delivery progress", "err", err)
		return
	}
	s.reached(sent)
	var client *aggregatorapi.Client
	defer func() {
		if client != nil {
			client.Close()
		}
	}()
	backoff := s.cfg.MinBackoff
	var unknownN uint64 // the checkpoint refused as unknown_operator since unknownSince
	var unknownSince time.Time
	for {
		for sent < s.lastCut() {
			n := sent + 1
			msg, digest, err := s.Sign(n)
			if err != nil {
				// A guard refusal (conflict, stale) is permanent for this number: skip it loudly.
				log.Error("sign checkpoint", "checkpoint", n, "err", err)
				sent = n
				continue
			}
			if client == nil {
				if client, err = aggregatorapi.Dial(ctx, url); err != nil {
					client = nil
				}
			}
			var res *aggregatorapi.SubmitResult
			if client != nil {
				res, err = s.send(ctx, client, msg, digest)
			}
			result, reason := classify(res, err)
			s.metrics.Signatures.WithLabelValues(result, reason).Inc()
			if result == ResultRefused && reason == reasons[aggregatorapi.CodeUnknownOperator] && s.cfg.UnknownRetry > 0 {
				if unknownN != n {
					unknownN, unknownSince = n, time.Now()
				}
				if time.Since(unknownSince) < s.cfg.UnknownRetry {
					log.Warn("aggregator does not know this operator yet: sending again", "checkpoint", n, "retryIn", backoff, "err", err)
					select {
					case <-ctx.Done():
						return
					case <-time.After(backoff):
					}
					backoff = min(2*backoff, s.cfg.MaxBackoff)
					continue
				}
			}
			switch result {
			case ResultAccepted, ResultRefused:
				if result == ResultRefused {
					// Final: sending it again gets the same answer. It is not counted as delivered.
					log.Warn("aggregator refused signature", "checkpoint", n, "reason", reason, "err", err)
				} else {
					s.metrics.Delivered.WithLabelValues(label).Set(float64(n))
				}
				s.answer(n, result == ResultAccepted)
				sent = n
				if err := s.store.SetSent(dest, n); err != nil {
					log.Error("record delivery", "checkpoint", n, "err", err)
				}
				backoff = s.cfg.MinBackoff
				if client != nil {
					s.afterDelivery(ctx, client, msg, log) // test-only faults; a no-op without lockstep_faults
				}
			default:
				s.metrics.SendFailures.WithLabelValues(label).Inc()
				log.Debug("send signature", "checkpoint", n, "err", err, "retryIn", backoff)
				select {
				case <-ctx.Done():
					return
				case <-time.After(backoff):
				}
				backoff = min(2*backoff, s.cfg.MaxBackoff)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-s.wake[i]:
		}
	}
}

func (s *Service) send(ctx context.Context, client *aggregatorapi.Client, msg *aggregatorapi.CheckpointSignature, digest common.Hash) (*aggregatorapi.SubmitResult, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	res, err := client.SubmitSignature(ctx, msg)
	if err != nil {
		return nil, err
	}
	if res.Digest != (common.Hash{}) && res.Digest != digest {
		// Different L1 chain or registry configured on one side: nothing a retry fixes.
		s.log.Error("aggregator computed another digest", "checkpoint", msg.Checkpoint.Number, "digest", digest, "aggregatorDigest", res.Digest)
	}
	s.log.Debug("signature delivered", "checkpoint", msg.Checkpoint.Number, "status", res.Status)
	return res, nil
}

// Stop stops the senders. It is idempotent.
func (s *Service) Stop(context.Context) error {
	s.once.Do(func() {
		if s.cancel != nil {
			s.cancel()
		}
		s.wg.Wait()
	})
	return nil
}
