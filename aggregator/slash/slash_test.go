package slash

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/aggregator/blsagg"
	"github.com/lockstep-xyz/lockstep/aggregator/internal/aggtest"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

// memQueue is a Queue in memory.
type memQueue struct {
	mu    sync.Mutex
	paths []string
}

func (q *memQueue) Pending() []string { q.mu.Lock(); defer q.mu.Unlock(); return slices.Clone(q.paths) }
func (q *memQueue) Add(p string) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.paths = append(q.paths, p)
	return nil
}
func (q *memQueue) Done(p string) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.paths = slices.DeleteFunc(q.paths, func(x string) bool { return x == p })
	return nil
}

type countMetrics struct {
	mu     sync.Mutex
	equivs int
	proofs map[string]int
	l1Err  int
}

func (m *countMetrics) Equivocation() { m.mu.Lock(); m.equivs++; m.mu.Unlock() }
func (m *countMetrics) Proof(r string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.proofs == nil {
		m.proofs = map[string]int{}
	}
	m.proofs[r]++
}
func (m *countMetrics) L1Error() { m.mu.Lock(); m.l1Err++; m.mu.Unlock() }

// testEvidence is valid evidence by one key over checkpoint n.
func testEvidence(t *testing.T, n uint64) *Evidence {
	t.Helper()
	k := aggtest.Keys("slash", 1)[0]
	registry := aggtest.Registry
	a, b := aggtest.Checkpoint(n, "a"), aggtest.Checkpoint(n, "b")
	da, db := commitment.CheckpointDigest(1, registry, a), commitment.CheckpointDigest(1, registry, b)
	ev := &Evidence{ChainID: 1, Registry: registry, Slasher: common.HexToAddress("0xbb"), Operator: common.HexToAddress("0xcc"),
		OperatorID: common.Hash(blsagg.OperatorIDFromPubkey(k.GetPubKeyG1())),
		A:          a, DigestA: da, SignatureA: k.SignMessage(da).G1Affine.Marshal(),
		B: b, DigestB: db, SignatureB: k.SignMessage(db).G1Affine.Marshal()}
	op := blsagg.Operator{ID: blsagg.OperatorID(ev.OperatorID), PubkeyG1: k.GetPubKeyG1(), PubkeyG2: k.GetPubKeyG2(), Stake: big.NewInt(1)}
	if err := ev.Verify(op); err != nil {
		t.Fatal(err)
	}
	return ev
}

// TestSlasher: reported evidence is written once and proved; how L1 answers decides whether
// it leaves the queue.
func TestSlasher(t *testing.T) {
	for _, tc := range []struct {
		name     string
		answers  []error // the first proofs' outcomes; nil: slashed
		result   string
		slashed  int
		attempts int
	}{
		{name: "slashed", answers: []error{nil}, result: "slashed", slashed: 1, attempts: 1},
		{name: "already slashed", answers: []error{fmt.Errorf("prove: %w", ErrAlreadySlashed)}, result: "already_slashed", attempts: 1},
		{name: "refused by L1", answers: []error{&txmgr.RevertError{Name: "InvalidEvidence"}}, result: "refused", attempts: 1},
		{name: "L1 unreachable, then slashed", answers: []error{errors.New("connection refused"), nil}, result: "slashed", slashed: 1, attempts: 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := &memQueue{}
			m := &countMetrics{}
			var mu sync.Mutex
			attempts, slashed := 0, 0
			prove := func(context.Context, *Evidence) (*types.Receipt, error) {
				mu.Lock()
				defer mu.Unlock()
				err := tc.answers[min(attempts, len(tc.answers)-1)]
				attempts++
				if err != nil {
					return nil, err
				}
				return &types.Receipt{}, nil
			}
			s := New(Config{Dir: t.TempDir(), PollInterval: time.Millisecond, MaxBackoff: 5 * time.Millisecond, SubmitTimeout: time.Second},
				q, prove, m, func() { mu.Lock(); slashed++; mu.Unlock() }, nil)
			ev := testEvidence(t, 2)
			s.Report(ev)
			s.Report(ev) // the same operator and number again: one file
			if p := q.Pending(); len(p) != 1 || m.equivs != 1 {
				t.Fatalf("queued %v, equivocations %d", p, m.equivs)
			}
			if _, err := LoadEvidence(q.Pending()[0]); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan struct{})
			go func() { defer close(done); s.Run(ctx) }()
			defer func() { cancel(); <-done }()
			deadline := time.NewTimer(10 * time.Second)
			defer deadline.Stop()
			tick := time.NewTicker(time.Millisecond)
			defer tick.Stop()
			for len(q.Pending()) != 0 {
				select {
				case <-deadline.C:
					t.Fatal("evidence never left the queue")
				case <-tick.C:
				}
			}
			mu.Lock()
			defer mu.Unlock()
			m.mu.Lock()
			defer m.mu.Unlock()
			if m.proofs[tc.result] != 1 || slashed != tc.slashed || attempts != tc.attempts || m.l1Err != tc.attempts-1 {
				t.Fatalf("proofs %v, slashed %d, attempts %d, L1 errors %d", m.proofs, slashed, attempts, m.l1Err)
			}
		})
	}
}
