package signing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/signer"
)

// memStore is a Store in memory.
type memStore struct {
	mu   sync.Mutex
	cps  map[uint64]commitment.Checkpoint
	sent map[string]uint64
}

func newMemStore() *memStore {
	return &memStore{cps: make(map[uint64]commitment.Checkpoint), sent: make(map[string]uint64)}
}

func (m *memStore) Checkpoint(n uint64) (commitment.Checkpoint, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	cp, ok := m.cps[n]
	if !ok {
		return cp, errors.New("no checkpoint")
	}
	return cp, nil
}
func (m *memStore) Sent(d string) (uint64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.sent[d], nil
}
func (m *memStore) SetSent(d string, n uint64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sent[d] = n
	return nil
}

func (m *memStore) add(n uint64, root byte) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.cps[n] = commitment.Checkpoint{Number: n, StartHeight: (n-1)*10 + 1, EndHeight: n * 10, Root: common.Hash{root}}
}

// aggregator records signatures; while down it answers 503.
type aggregator struct {
	mu   sync.Mutex
	down bool
	got  []aggregatorapi.CheckpointSignature
	ch   chan struct{}
	// refuse answers the next refuseN calls with a JSON-RPC error of code refuseCode.
	refuseCode, refuseN, calls int
	// key, if set, is the operator's registered key: a signature that does not verify
	// against it is refused as the aggregator refuses it (CodeInvalidSignature).
	key *bls.G2Point
}

type codeError struct{ code int }

func (e codeError) Error() string  { return fmt.Sprintf("refused with code %d", e.code) }
func (e codeError) ErrorCode() int { return e.code }

func (a *aggregator) SubmitSignature(s aggregatorapi.CheckpointSignature) (*aggregatorapi.SubmitResult, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	a.mu.Lock()
	a.calls++
	if a.refuseN > 0 {
		a.refuseN--
		a.mu.Unlock()
		return nil, codeError{a.refuseCode}
	}
	if a.key != nil {
		sig, err := signer.DecodeSignature(s.Signature)
		if err != nil {
			a.mu.Unlock()
			return nil, codeError{aggregatorapi.CodeMalformed}
		}
		if ok, _ := sig.Verify(a.key, commitment.CheckpointDigest(31337, common.Address{9}, s.Checkpoint)); !ok {
			a.mu.Unlock()
			return nil, codeError{aggregatorapi.CodeInvalidSignature}
		}
	}
	a.got = append(a.got, s)
	a.mu.Unlock()
	select {
	case a.ch <- struct{}{}:
	default:
	}
	return &aggregatorapi.SubmitResult{Status: aggregatorapi.StatusCollected}, nil
}

func (a *aggregator) setDown(d bool) { a.mu.Lock(); a.down = d; a.mu.Unlock() }

func (a *aggregator) received() []aggregatorapi.CheckpointSignature {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]aggregatorapi.CheckpointSignature(nil), a.got...)
}

func startAggregator(t *testing.T) (*aggregator, string) {
	a := &aggregator{ch: make(chan struct{}, 1)}
	srv := gethrpc.NewServer()
	if err := srv.RegisterName(aggregatorapi.Namespace, a); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.mu.Lock()
		down := a.down
		a.mu.Unlock()
		if down {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		srv.ServeHTTP(w, r)
	}))
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	return a, hs.URL
}

func newService(t *testing.T, st Store, guardPath string, key *bls.KeyPair, url string, last uint64) *Service {
	t.Helper()
	return newServiceRetrying(t, st, guardPath, key, url, last, 0)
}

func newServiceRetrying(t *testing.T, st Store, guardPath string, key *bls.KeyPair, url string, last uint64, unknownRetry time.Duration) *Service {
	t.Helper()
	g, err := signer.OpenGuard(guardPath, 0)
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Aggregators: []string{url}, OperatorID: common.Hash{1}, MinBackoff: time.Millisecond, MaxBackoff: 20 * time.Millisecond, Timeout: time.Second, UnknownRetry: unknownRetry},
		st, signer.New(key, g, 31337, common.Address{9}), last, slog.New(slog.DiscardHandler), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Stop(context.Background()) })
	return s
}

func waitSigs(t *testing.T, a *aggregator, n int) []aggregatorapi.CheckpointSignature {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		if got := a.received(); len(got) >= n {
			return got
		}
		select {
		case <-a.ch:
		case <-deadline:
			t.Fatalf("aggregator received %d signatures, want %d", len(a.received()), n)
		}
	}
}

func TestDeliversWithRetryAndNeverBlocks(t *testing.T) {
	key, _ := bls.NewKeyPairFromString("424242")
	agg, url := startAggregator(t)
	agg.setDown(true)
	st := newMemStore()
	s := newService(t, st, filepath.Join(t.TempDir(), "guard.json"), key, url, 0)
	start := time.Now()
	for n := uint64(1); n <= 3; n++ {
		st.add(n, byte(n))
		s.Checkpoint(n) // must not wait for the unreachable aggregator
	}
	if d := time.Since(start); d > 100*time.Millisecond {
		t.Fatalf("Checkpoint blocked for %s with the aggregator down", d)
	}
	agg.setDown(false)
	got := waitSigs(t, agg, 3)
	for i, sig := range got[:3] {
		cp, _ := st.Checkpoint(uint64(i + 1))
		if sig.Checkpoint != cp {
			t.Fatalf("signature %d for %+v", i, sig.Checkpoint)
		}
		dec, err := signer.DecodeSignature(sig.Signature)
		if err != nil {
			t.Fatal(err)
		}
		if ok, _ := dec.Verify(key.GetPubKeyG2(), commitment.CheckpointDigest(31337, common.Address{9}, cp)); !ok {
			t.Fatalf("signature %d does not verify", i)
		}
	}
	// The aggregator answered; the progress is recorded right after.
	waitSent(t, st, url, 3)
}

// A retryable refusal (the aggregator has no view of L1 yet, or failed to persist) is sent
// again until accepted; a final refusal is not.
func TestRetriesOnlyRetryableRefusals(t *testing.T) {
	for _, tc := range []struct {
		code         int
		unknownRetry time.Duration
		delivered    bool
	}{
		{aggregatorapi.CodeUnavailable, 0, true},
		{aggregatorapi.CodeInternal, 0, true},
		{aggregatorapi.CodeUnknownOperator, 0, false},
		// An aggregator whose view of L1 has not caught up with the operator's registration yet.
		{aggregatorapi.CodeUnknownOperator, time.Minute, true},
	} {
		t.Run(fmt.Sprint(tc.code, "/", tc.unknownRetry), func(t *testing.T) {
			key, _ := bls.NewKeyPairFromString("777")
			agg, url := startAggregator(t)
			agg.mu.Lock()
			agg.refuseCode, agg.refuseN = tc.code, 3
			agg.mu.Unlock()
			st := newMemStore()
			s := newServiceRetrying(t, st, filepath.Join(t.TempDir(), "guard.json"), key, url, 0, tc.unknownRetry)
			st.add(1, 1)
			s.Checkpoint(1)
			for deadline := time.Now().Add(5 * time.Second); ; {
				if sent, _ := st.Sent(destKey(url)); sent == 1 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatal("delivery of checkpoint 1 never completed")
				}
				time.Sleep(time.Millisecond) // polling the service's progress
			}
			agg.mu.Lock()
			calls, got := agg.calls, len(agg.got)
			agg.mu.Unlock()
			if tc.delivered && (got != 1 || calls != 4) {
				t.Fatalf("code %d: %d calls, %d accepted; want 4 calls (3 refused + 1 accepted)", tc.code, calls, got)
			}
			if !tc.delivered && (got != 0 || calls != 1) {
				t.Fatalf("code %d: %d calls, %d accepted; a final refusal must not be retried", tc.code, calls, got)
			}
		})
	}
}

// A crash between persisting the signature and sending it: the restarted node re-sends the
// same signature and refuses to sign a conflicting digest for that number.
func TestResendsAfterRestartAndRefusesConflict(t *testing.T) {
	key, _ := bls.NewKeyPairFromString("777")
	agg, url := startAggregator(t)
	guard := filepath.Join(t.TempDir(), "guard.json")
	st := newMemStore()
	st.add(1, 0xaa)

	agg.setDown(true)
	first := newService(t, st, guard, key, url, 1)
	// Signed and persisted, not delivered.
	deadline := time.Now().Add(5 * time.Second)
	for {
		g, _ := signer.OpenGuard(guard, 0)
		if _, ok := g.Signed(1); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("checkpoint 1 never signed")
		}
		time.Sleep(5 * time.Millisecond) // polling the file the service writes
	}
	first.Stop(context.Background()) // "crash"
	g, _ := signer.OpenGuard(guard, 0)
	rec, _ := g.Signed(1)

	agg.setDown(false)
	newService(t, st, guard, key, url, 1)
	got := waitSigs(t, agg, 1)
	if string(got[0].Signature) != string(rec.Signature) {
		t.Fatal("the restarted node sent a different signature")
	}

	// The chain now claims a different checkpoint 1: the guard refuses it.
	other := newMemStore()
	other.add(1, 0xbb)
	g2, _ := signer.OpenGuard(guard, 0)
	s, _ := New(Config{OperatorID: common.Hash{1}, MinBackoff: time.Millisecond, MaxBackoff: time.Millisecond, Timeout: time.Second},
		other, signer.New(key, g2, 31337, common.Address{9}), 1, slog.New(slog.DiscardHandler), nil)
	if _, _, err := s.Sign(1); !errors.Is(err, signer.ErrConflictingDigest) {
		t.Fatalf("conflicting checkpoint 1: %v, want %v", err, signer.ErrConflictingDigest)
	}
}

// waitSent waits until the delivery progress to the aggregator at url reaches n.
func waitSent(t *testing.T, st *memStore, url string, n uint64) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); ; {
		if sent, _ := st.Sent(destKey(url)); sent == n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("delivery progress never reached %d", n)
		}
		time.Sleep(time.Millisecond) // polling the service's progress
	}
}

// Without the fault, exactly one signature per checkpoint.
func TestNoFaultSignsOnce(t *testing.T) {
	key, _ := bls.NewKeyPairFromString("4343")
	agg, url := startAggregator(t)
	st := newMemStore()
	s := newService(t, st, filepath.Join(t.TempDir(), "guard.json"), key, url, 0)
	st.add(1, 1)
	s.Checkpoint(1)
	waitSigs(t, agg, 1)
	// Once the delivery of checkpoint 1 is recorded, the sender is idle: nothing else comes.
	waitSent(t, st, url, 1)
	s.Stop(context.Background())
	if got := agg.received(); len(got) != 1 {
		t.Fatalf("aggregator received %d signatures for one checkpoint without the fault", len(got))
	}
}

// An operator the aggregator never comes to know: after UnknownRetry the refusal is final and
// the node moves on.
func TestUnknownOperatorFinalAfterRetryWindow(t *testing.T) {
	key, _ := bls.NewKeyPairFromString("777")
	agg, url := startAggregator(t)
	agg.mu.Lock()
	agg.refuseCode, agg.refuseN = aggregatorapi.CodeUnknownOperator, 1_000_000
	agg.mu.Unlock()
	st := newMemStore()
	s := newServiceRetrying(t, st, filepath.Join(t.TempDir(), "guard.json"), key, url, 0, 50*time.Millisecond)
	st.add(1, 1)
	s.Checkpoint(1)
	for deadline := time.Now().Add(5 * time.Second); ; {
		if sent, _ := st.Sent(destKey(url)); sent == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("checkpoint 1 never given up on")
		}
		time.Sleep(time.Millisecond) // polling the service's progress
	}
	agg.mu.Lock()
	calls, got := agg.calls, len(agg.got)
	agg.mu.Unlock()
	if got != 0 || calls < 2 {
		t.Fatalf("%d calls, %d accepted; want it sent again within the window, then given up", calls, got)
	}
	if h := s.Health(); h.LastAnswered != 1 || h.LastAccepted {
		t.Fatalf("health %+v, want checkpoint 1 answered refused", h)
	}
}
