package signing

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/lockstep-xyz/lockstep/signer"
)

// newMeteredService is newService with its metrics on a registry of its own.
func newMeteredService(t *testing.T, st Store, key *bls.KeyPair, urls []string) (*Service, *Metrics) {
	t.Helper()
	g, err := signer.OpenGuard(filepath.Join(t.TempDir(), "guard.json"), 0)
	if err != nil {
		t.Fatal(err)
	}
	m := NewMetrics(prometheus.NewRegistry())
	s, err := New(Config{Aggregators: urls, OperatorID: common.Hash{1}, MinBackoff: time.Millisecond, MaxBackoff: 20 * time.Millisecond, Timeout: time.Second},
		st, signer.New(key, g, 31337, common.Address{9}), 0, slog.New(slog.DiscardHandler), m)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Stop(context.Background()) })
	return s, m
}

// waitHealth waits until the service's health satisfies ok.
func waitHealth(t *testing.T, s *Service, what string, ok func(Health) bool) Health {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); ; {
		h := s.Health()
		if ok(h) {
			return h
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: never happened (health %+v)", what, h)
		}
		time.Sleep(time.Millisecond) // polling the service's progress
	}
}

// An aggregator that refuses this operator's signatures (its registered BLS key is not the
// one the node signs with) lowers the performance score, is counted as refused by reason,
// and is never counted as delivered.
func TestRefusedSignatureLowersScore(t *testing.T) {
	key, _ := bls.NewKeyPairFromString("5151")
	other, _ := bls.NewKeyPairFromString("6161")
	agg, url := startAggregator(t)
	agg.key = key.GetPubKeyG2()
	st := newMemStore()
	s, m := newMeteredService(t, st, key, []string{url})

	if h := s.Health(); h.Score != 100 || h.LastAnswered != 0 || !h.WaitingSince.IsZero() {
		t.Fatalf("before any checkpoint: %+v", h)
	}
	for n := uint64(1); n <= 3; n++ {
		st.add(n, byte(n))
		s.Checkpoint(n)
	}
	h := waitHealth(t, s, "checkpoints 1-3 answered", func(h Health) bool { return h.LastAnswered == 3 })
	if !h.LastAccepted || h.Score != 100 || !h.WaitingSince.IsZero() {
		t.Fatalf("after 3 accepted: %+v", h)
	}

	// The operator's registered key changes on L1 (or the node runs with the wrong keystore).
	agg.mu.Lock()
	agg.key = other.GetPubKeyG2()
	agg.mu.Unlock()
	st.add(4, 4)
	s.Checkpoint(4)
	h = waitHealth(t, s, "checkpoint 4 answered", func(h Health) bool { return h.LastAnswered == 4 })
	if h.LastAccepted || h.Score != 75 {
		t.Fatalf("after a refusal: %+v, want last refused and score 75", h)
	}
	if got := value(t, m.PerformanceScore); got != 75 {
		t.Fatalf("eigen_performance_score %v, want 75", got)
	}
	if got := value(t, m.Signatures.WithLabelValues(ResultRefused, "invalid_signature")); got != 1 {
		t.Fatalf("refused invalid_signature %v, want 1", got)
	}
	if got := value(t, m.Signatures.WithLabelValues(ResultAccepted, "collected")); got != 3 {
		t.Fatalf("accepted %v, want 3", got)
	}
	if got := value(t, m.Delivered.WithLabelValues("0")); got != 3 {
		t.Fatalf("delivered checkpoint %v, want 3: a refused one is not delivered", got)
	}
	// Refused for good: not sent again, progress moves on.
	waitSent(t, st, url, 4)
	agg.mu.Lock()
	calls := agg.calls
	agg.mu.Unlock()
	if calls != 4 {
		t.Fatalf("%d calls, want 4", calls)
	}
}

// A checkpoint no aggregator answers is reported waiting, and counted unreachable, not in
// the score; an answer ends the wait.
func TestUnreachableAggregatorWaits(t *testing.T) {
	key, _ := bls.NewKeyPairFromString("7171")
	agg, url := startAggregator(t)
	agg.setDown(true)
	st := newMemStore()
	s, m := newMeteredService(t, st, key, []string{url})
	before := time.Now()
	st.add(1, 1)
	s.Checkpoint(1)
	h := s.Health()
	if h.WaitingSince.Before(before) || h.LastAnswered != 0 || h.Score != 100 {
		t.Fatalf("waiting for an unreachable aggregator: %+v", h)
	}
	for deadline := time.Now().Add(5 * time.Second); value(t, m.Signatures.WithLabelValues(ResultUnreachable, "transport")) == 0; {
		if time.Now().After(deadline) {
			t.Fatal("unreachable sends never counted")
		}
		time.Sleep(time.Millisecond) // polling the service's progress
	}
	agg.setDown(false)
	h = waitHealth(t, s, "checkpoint 1 answered", func(h Health) bool { return h.LastAnswered == 1 })
	if !h.LastAccepted || !h.WaitingSince.IsZero() || h.Score != 100 {
		t.Fatalf("after the aggregator came back: %+v", h)
	}
}

// With several aggregators, a checkpoint counts as accepted once any accepted it, and the
// score covers only the latest ScoreWindow checkpoints.
func TestScoreWindow(t *testing.T) {
	s := &Service{metrics: NewMetrics(nil)}
	s.answer(1, false)
	s.answer(1, true) // a second aggregator accepted it
	if got := s.Score(); got != 100 {
		t.Fatalf("score %v, want 100", got)
	}
	for n := uint64(2); n <= ScoreWindow+5; n++ {
		s.answer(n, n%4 != 0) // one in four refused
	}
	s.answer(3, false) // older than the window: ignored
	// Window: 6..25, of which 8, 12, 16, 20, 24 refused.
	if got, want := s.Score(), 100*float64(ScoreWindow-5)/ScoreWindow; got != want {
		t.Fatalf("score %v, want %v", got, want)
	}
	if h := s.Health(); h.LastAnswered != ScoreWindow+5 || !h.LastAccepted {
		t.Fatalf("health %+v", h)
	}
}

// value reads a counter's or gauge's current value.
func value(t *testing.T, m prometheus.Metric) float64 {
	t.Helper()
	var d dto.Metric
	if err := m.Write(&d); err != nil {
		t.Fatal(err)
	}
	if d.Counter != nil {
		return d.Counter.GetValue()
	}
	return d.Gauge.GetValue()
}
