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

// Metrics of the service (subsystem signer).
type Metrics struct {
	Signed       prometheus.Counter
	SendFailures *prometheus.CounterVec
	Delivered    *prometheus.GaugeVec
}

// NewMetrics registers the metrics on reg (none if nil).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		Signed:       prometheus.NewCounter(prometheus.CounterOpts{Namespace: "lockstep", Subsystem: "signer", Name: "checkpoints_signed_total", Help: "Checkpoint signatures produced or re-read from the guard."}),
		SendFailures: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "lockstep", Subsystem: "signer", Name: "aggregator_send_failures_total", Help: "Failed sends to an aggregator, by aggregator index."}, []string{"aggregator"}),
		Delivered:    prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: "lockstep", Subsystem: "signer", Name: "delivered_checkpoint", Help: "Last checkpoint delivered, by aggregator index."}, []string{"aggregator"}),
	}
	if reg != nil {
		reg.MustRegister(m.Signed, m.SendFailures, m.Delivered)
	}
	return m
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

	signMu sync.Mutex // one signing at a time (the guard is safe, this keeps logs ordered)

	cancel context.CancelFunc
	wg     sync.WaitGroup
	once   sync.Once
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
	var client *aggregatorapi.Client
	defer func() {
		if client != nil {
			client.Close()
		}
	}()
	backoff := s.cfg.MinBackoff
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
			if client != nil {
				err = s.send(ctx, client, msg, digest)
			}
			code, refused := aggregatorapi.ErrorCode(err)
			switch {
			case err == nil || refused && !aggregatorapi.Retryable(code):
				if err != nil {
					log.Warn("aggregator refused signature", "checkpoint", n, "err", err)
				}
				sent = n
				if err := s.store.SetSent(dest, n); err != nil {
					log.Error("record delivery", "checkpoint", n, "err", err)
				}
				s.metrics.Delivered.WithLabelValues(label).Set(float64(n))
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

func (s *Service) send(ctx context.Context, client *aggregatorapi.Client, msg *aggregatorapi.CheckpointSignature, digest common.Hash) error {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	res, err := client.SubmitSignature(ctx, msg)
	if err != nil {
		return err
	}
	if res.Digest != (common.Hash{}) && res.Digest != digest {
		// Different L1 chain or registry configured on one side: nothing a retry fixes.
		s.log.Error("aggregator computed another digest", "checkpoint", msg.Checkpoint.Number, "digest", digest, "aggregatorDigest", res.Digest)
	}
	s.log.Debug("signature delivered", "checkpoint", msg.Checkpoint.Number, "status", res.Status)
	return nil
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
