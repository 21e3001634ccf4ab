package testenv

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/lockstep-xyz/lockstep/aggregator"
	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/signer"
)

// testLogger writes the service's logs to the test log while the test runs.
func testLogger(t testing.TB) *slog.Logger {
	w := &testLogWriter{t: t}
	t.Cleanup(func() { w.mu.Lock(); w.done = true; w.mu.Unlock() })
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

type testLogWriter struct {
	t    testing.TB
	mu   sync.Mutex
	done bool
}

func (w *testLogWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.done {
		w.t.Log(strings.TrimSpace(string(p)))
	}
	return len(p), nil
}

// Aggregator is an in-process aggregator with a JSON-RPC client to it.
type Aggregator struct {
	Svc *aggregator.Service
	Reg *prometheus.Registry
	RPC *aggregatorapi.Client
	Dir string
}

// StartAggregator starts an aggregator submitting from anvil account 1, stopped by t's cleanup.
func StartAggregator(t testing.TB, e *Env, l1 *ethclient.Client, dataDir string) *Aggregator {
	t.Helper()
	return StartAggregatorAs(t, e, l1, dataDir, 1)
}

// StartAggregatorAs starts an aggregator submitting from anvil account devAccount.
func StartAggregatorAs(t testing.TB, e *Env, l1 *ethclient.Client, dataDir string, devAccount int) *Aggregator {
	t.Helper()
	key, _ := deployment.DevKey(devAccount)
	reg := prometheus.NewRegistry()
	cfg := aggregator.DefaultConfig()
	cfg.ListenAddr, cfg.MetricsAddr, cfg.DataDir, cfg.ChainID, cfg.Addresses = "127.0.0.1:0", "127.0.0.1:0", dataDir, e.D.ChainID, Addresses(e.D)
	cfg.PollInterval, cfg.MaxBackoff, cfg.Linger = 20*time.Millisecond, 200*time.Millisecond, 100*time.Millisecond
	// Every test operator posts from 127.0.0.1: one rate-limit bucket for all of them.
	cfg.RatePerSecond, cfg.RateBurst = 1e5, 1e5
	cfg.TxMgr.PollInterval, cfg.TxMgr.ResubmitTimeout = 5*time.Millisecond, 2*time.Second
	svc, err := aggregator.New(e.Ctx, cfg, l1, key, testLogger(t), reg)
	if err != nil {
		t.Fatal(err)
	}
	if err := svc.Start(e.Ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := svc.Stop(context.Background()); err != nil {
			t.Errorf("stop aggregator: %v", err)
		}
	})
	c, err := aggregatorapi.Dial(e.Ctx, "http://"+svc.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return &Aggregator{Svc: svc, Reg: reg, RPC: c, Dir: dataDir}
}

// AggregatorStatus reads the aggregator's status.
func AggregatorStatus(t testing.TB, ctx context.Context, c *aggregatorapi.Client) aggregatorapi.Status {
	t.Helper()
	st, err := c.Status(ctx)
	if err != nil {
		t.Fatalf("%s: %v", aggregatorapi.MethodStatus, err)
	}
	return *st
}

// WaitUntil polls cond until it holds or the deadline passes.
func WaitUntil(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	testutil.WaitFor(t, d, what, func() (bool, error) { return cond(), nil })
}

// WaitOperators waits until the aggregator's view of the operator set has n operators.
func WaitOperators(t testing.TB, ctx context.Context, c *aggregatorapi.Client, n int) {
	t.Helper()
	WaitUntil(t, 20*time.Second, fmt.Sprintf("aggregator to see %d operators", n), func() bool {
		st, err := c.Status(ctx)
		return err == nil && st.Operators == n
	})
}

// Signer is a devnet operator signing through the real signer (with its guard).
type Signer struct {
	Op *deployment.Operator
	S  *signer.Signer
}

// Signers gives each of the devnet's operators a signer with a fresh guard.
func Signers(t testing.TB, e *Env) []*Signer {
	t.Helper()
	out := make([]*Signer, len(e.D.Operators))
	for i, op := range e.D.Operators {
		g, err := signer.OpenGuard(filepath.Join(t.TempDir(), "guard.json"), 0)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = &Signer{Op: op, S: signer.New(op.BLSKey, g, e.D.ChainID, e.D.Contracts.CheckpointRegistry)}
	}
	return out
}

// Message signs cp with the operator's guarded signer.
func (o *Signer) Message(t testing.TB, cp commitment.Checkpoint) aggregatorapi.CheckpointSignature {
	t.Helper()
	sig, _, err := o.S.SignCheckpoint(cp)
	if err != nil {
		t.Fatal(err)
	}
	return aggregatorapi.CheckpointSignature{Checkpoint: cp, OperatorID: o.Op.OperatorID, Signature: sig.G1Affine.Marshal()}
}

// RawMessage signs digest of signed but claims cp, bypassing the guard (a byzantine operator).
func RawMessage(chainID uint64, registry common.Address, key *bls.KeyPair, id common.Hash, claimed, signed commitment.Checkpoint) aggregatorapi.CheckpointSignature {
	sig := key.SignMessage(commitment.CheckpointDigest(chainID, registry, signed))
	return aggregatorapi.CheckpointSignature{Checkpoint: claimed, OperatorID: id, Signature: sig.G1Affine.Marshal()}
}

// Send submits msg to the aggregator.
func Send(ctx context.Context, c *aggregatorapi.Client, msg aggregatorapi.CheckpointSignature) (aggregatorapi.SubmitResult, error) {
	res, err := c.SubmitSignature(ctx, &msg)
	if err != nil {
		return aggregatorapi.SubmitResult{}, err
	}
	return *res, nil
}

// MustSend submits msg and fails t unless the aggregator accepts it.
func MustSend(t testing.TB, ctx context.Context, c *aggregatorapi.Client, msg aggregatorapi.CheckpointSignature) aggregatorapi.SubmitResult {
	t.Helper()
	res, err := Send(ctx, c, msg)
	if err != nil {
		t.Fatalf("submit signature of %x for checkpoint %d: %v", msg.OperatorID[:4], msg.Checkpoint.Number, err)
	}
	return res
}

// LatestCheckpoint reads the registry's latest checkpoint number.
func (e *Env) LatestCheckpoint() uint64 {
	n, err := e.B.CheckpointRegistry.LatestCheckpointNumber(e.Call())
	if err != nil {
		e.T.Fatal(err)
	}
	return n
}

// WaitSettled waits until checkpoint n is stored on L1.
func (e *Env) WaitSettled(n uint64, d time.Duration) {
	e.T.Helper()
	WaitUntil(e.T, d, fmt.Sprintf("checkpoint %d on L1", n), func() bool {
		m, err := e.B.CheckpointRegistry.LatestCheckpointNumber(e.Call())
		return err == nil && m >= n
	})
}

// Submissions returns the CheckpointSubmitted events (number → receipt), failing on
// duplicates or on a stored checkpoint without its event, and checks the roots. Anvil's log
// index can trail its state for a moment after a block, so it polls until the events of every
// checkpoint L1 reports stored are there.
func (e *Env) Submissions(cps ...commitment.Checkpoint) map[uint64]*types.Receipt {
	e.T.Helper()
	latest := e.LatestCheckpoint()
	var out map[uint64]*types.Receipt
	polls := 0
	WaitUntil(e.T, 10*time.Second, fmt.Sprintf("CheckpointSubmitted events for checkpoints 1..%d", latest), func() bool {
		polls++
		out = e.SubmittedEvents()
		for n := uint64(1); n <= latest; n++ {
			if out[n] == nil {
				return false
			}
		}
		return true
	})
	if polls > 1 {
		e.T.Logf("the events of checkpoints 1..%d took %d log queries", latest, polls)
	}
	for _, cp := range cps {
		got, err := e.B.CheckpointRegistry.GetCheckpoint(e.Call(), cp.Number)
		if err != nil || got.Root != cp.Root {
			e.T.Fatalf("checkpoint %d on L1: root %x, %v; want %x", cp.Number, got.Root, err, cp.Root)
		}
	}
	return out
}

// SubmittedEvents reads the CheckpointSubmitted events (number → receipt), failing on
// duplicates and on a checkpoint stored before its predecessor.
func (e *Env) SubmittedEvents() map[uint64]*types.Receipt {
	e.T.Helper()
	it, err := e.B.CheckpointRegistry.FilterCheckpointSubmitted(nil, nil)
	if err != nil {
		e.T.Fatal(err)
	}
	defer it.Close()
	out := make(map[uint64]*types.Receipt)
	var lastBlock uint64
	for it.Next() {
		ev := it.Event
		if _, dup := out[ev.Number]; dup {
			e.T.Fatalf("checkpoint %d submitted twice", ev.Number)
		}
		if ev.Raw.BlockNumber < lastBlock {
			e.T.Fatalf("checkpoint %d stored before its predecessor", ev.Number)
		}
		lastBlock = ev.Raw.BlockNumber
		r, err := e.DN.Client.TransactionReceipt(e.Ctx, ev.Raw.TxHash)
		if err != nil {
			e.T.Fatal(err)
		}
		out[ev.Number] = r
	}
	return out
}

// Counter reads a counter, or a histogram's sample count, with labels from reg; 0 when absent.
func Counter(t testing.TB, reg *prometheus.Registry, name string, labels map[string]string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	next:
		for _, m := range mf.GetMetric() {
			for _, lp := range m.GetLabel() {
				if v, ok := labels[lp.GetName()]; ok && v != lp.GetValue() {
					continue next
				}
			}
			if m.Counter != nil {
				return m.Counter.GetValue()
			}
			if m.Histogram != nil {
				return float64(m.Histogram.GetSampleCount())
			}
		}
	}
	return 0
}

// Checkpoint is checkpoint n over heights (n-1)*10+1 .. n*10, its root derived from tag.
func Checkpoint(n uint64, tag string) commitment.Checkpoint {
	return commitment.Checkpoint{Number: n, StartHeight: (n-1)*10 + 1, EndHeight: n * 10, Root: Root(fmt.Sprintf("checkpoint %d %s", n, tag))}
}
