package integration

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/lockstep-xyz/lockstep/aggregator"
	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/syncbuf"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/signer"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// aggLogger writes the service's logs to the test log while the test runs.
func aggLogger(t testing.TB) *slog.Logger {
	w := &aggLogWriter{t: t}
	t.Cleanup(func() { w.mu.Lock(); w.done = true; w.mu.Unlock() })
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

type aggLogWriter struct {
	t    testing.TB
	mu   sync.Mutex
	done bool
}

func (w *aggLogWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.done {
		w.t.Log(strings.TrimSpace(string(p)))
	}
	return len(p), nil
}

// aggHandle is an in-process aggregator with a JSON-RPC client to it.
type aggHandle struct {
	svc *aggregator.Service
	reg *prometheus.Registry
	rpc *aggregatorapi.Client
	dir string
}

func startAggregator(t *testing.T, e *testenv.Env, l1 *ethclient.Client, dataDir string) *aggHandle {
	t.Helper()
	return startAggregatorAs(t, e, l1, dataDir, 1)
}

// startAggregatorAs starts an aggregator submitting from anvil account devAccount.
func startAggregatorAs(t testing.TB, e *testenv.Env, l1 *ethclient.Client, dataDir string, devAccount int) *aggHandle {
	t.Helper()
	key, _ := deployment.DevKey(devAccount)
	reg := prometheus.NewRegistry()
	cfg := aggregator.DefaultConfig()
	cfg.ListenAddr, cfg.MetricsAddr, cfg.DataDir, cfg.ChainID, cfg.Addresses = "127.0.0.1:0", "127.0.0.1:0", dataDir, e.D.ChainID, testenv.Addresses(e.D)
	cfg.PollInterval, cfg.MaxBackoff, cfg.Linger = 20*time.Millisecond, 200*time.Millisecond, 100*time.Millisecond
	// Every test operator posts from 127.0.0.1: one rate-limit bucket for all of them.
	cfg.RatePerSecond, cfg.RateBurst = 1e5, 1e5
	cfg.TxMgr.PollInterval, cfg.TxMgr.ResubmitTimeout = 5*time.Millisecond, 2*time.Second
	svc, err := aggregator.New(e.Ctx, cfg, l1, key, aggLogger(t), reg)
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
	return &aggHandle{svc: svc, reg: reg, rpc: c, dir: dataDir}
}

// aggStatus reads the aggregator's status.
func aggStatus(t *testing.T, ctx context.Context, c *aggregatorapi.Client) aggregatorapi.Status {
	t.Helper()
	st, err := c.Status(ctx)
	if err != nil {
		t.Fatalf("%s: %v", aggregatorapi.MethodStatus, err)
	}
	return *st
}

// aggWaitFor polls cond until it holds or the deadline passes.
func aggWaitFor(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	testutil.WaitFor(t, d, what, func() (bool, error) { return cond(), nil })
}

// aggWaitOperators waits until the aggregator's view of the operator set has n operators.
func aggWaitOperators(t *testing.T, ctx context.Context, c *aggregatorapi.Client, n int) {
	t.Helper()
	aggWaitFor(t, 20*time.Second, fmt.Sprintf("aggregator to see %d operators", n), func() bool {
		st, err := c.Status(ctx)
		return err == nil && st.Operators == n
	})
}

// aggSigner is a devnet operator signing through the real signer (with its guard).
type aggSigner struct {
	op *deployment.Operator
	s  *signer.Signer
}

func aggSigners(t *testing.T, e *testenv.Env) []*aggSigner {
	t.Helper()
	out := make([]*aggSigner, len(e.D.Operators))
	for i, op := range e.D.Operators {
		g, err := signer.OpenGuard(filepath.Join(t.TempDir(), "guard.json"), 0)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = &aggSigner{op: op, s: signer.New(op.BLSKey, g, e.D.ChainID, e.D.Contracts.CheckpointRegistry)}
	}
	return out
}

// message signs cp with the operator's guarded signer.
func (o *aggSigner) message(t *testing.T, cp commitment.Checkpoint) aggregatorapi.CheckpointSignature {
	t.Helper()
	sig, _, err := o.s.SignCheckpoint(cp)
	if err != nil {
		t.Fatal(err)
	}
	return aggregatorapi.CheckpointSignature{Checkpoint: cp, OperatorID: o.op.OperatorID, Signature: sig.G1Affine.Marshal()}
}

// aggRawMessage signs digest of signed but claims cp, bypassing the guard (a byzantine operator).
func aggRawMessage(chainID uint64, registry common.Address, key *bls.KeyPair, id common.Hash, claimed, signed commitment.Checkpoint) aggregatorapi.CheckpointSignature {
	sig := key.SignMessage(commitment.CheckpointDigest(chainID, registry, signed))
	return aggregatorapi.CheckpointSignature{Checkpoint: claimed, OperatorID: id, Signature: sig.G1Affine.Marshal()}
}

func aggSend(ctx context.Context, c *aggregatorapi.Client, msg aggregatorapi.CheckpointSignature) (aggregatorapi.SubmitResult, error) {
	res, err := c.SubmitSignature(ctx, &msg)
	if err != nil {
		return aggregatorapi.SubmitResult{}, err
	}
	return *res, nil
}

func aggMustSend(t *testing.T, ctx context.Context, c *aggregatorapi.Client, msg aggregatorapi.CheckpointSignature) aggregatorapi.SubmitResult {
	t.Helper()
	res, err := aggSend(ctx, c, msg)
	if err != nil {
		t.Fatalf("submit signature of %x for checkpoint %d: %v", msg.OperatorID[:4], msg.Checkpoint.Number, err)
	}
	return res
}

// aggWantCode asserts err is a JSON-RPC error with code.
func aggWantCode(t *testing.T, err error, code int, what string) {
	t.Helper()
	var re rpc.Error
	if !errors.As(err, &re) || re.ErrorCode() != code {
		t.Fatalf("%s: got %v, want JSON-RPC error code %d", what, err, code)
	}
	t.Logf("%s refused: code %d: %v", what, re.ErrorCode(), err)
}

// aggLatest reads the registry's aggLatest checkpoint number.
func aggLatest(e *testenv.Env) uint64 {
	n, err := e.B.CheckpointRegistry.LatestCheckpointNumber(e.Call())
	if err != nil {
		e.T.Fatal(err)
	}
	return n
}

// aggWaitSettled waits until checkpoint n is stored on L1.
func aggWaitSettled(e *testenv.Env, n uint64, d time.Duration) {
	e.T.Helper()
	aggWaitFor(e.T, d, fmt.Sprintf("checkpoint %d on L1", n), func() bool {
		m, err := e.B.CheckpointRegistry.LatestCheckpointNumber(e.Call())
		return err == nil && m >= n
	})
}

// aggSubmissions returns the CheckpointSubmitted events (number → receipt), failing on
// duplicates or on a stored checkpoint without its event, and checks the roots. Anvil's log
// index can trail its state for a moment after a block, so it polls until the events of every
// checkpoint L1 reports stored are there.
func aggSubmissions(e *testenv.Env, cps ...commitment.Checkpoint) map[uint64]*types.Receipt {
	e.T.Helper()
	latest := aggLatest(e)
	var out map[uint64]*types.Receipt
	polls := 0
	aggWaitFor(e.T, 10*time.Second, fmt.Sprintf("CheckpointSubmitted events for checkpoints 1..%d", latest), func() bool {
		polls++
		out = aggEvents(e)
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

// aggEvents reads the CheckpointSubmitted events (number → receipt), failing on duplicates
// and on a checkpoint stored before its predecessor.
func aggEvents(e *testenv.Env) map[uint64]*types.Receipt {
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

// aggCounter reads a aggCounter (with labels) from reg.
func aggCounter(t *testing.T, reg *prometheus.Registry, name string, labels map[string]string) float64 {
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

func aggCheckpoint(n uint64, tag string) commitment.Checkpoint {
	return commitment.Checkpoint{Number: n, StartHeight: (n-1)*10 + 1, EndHeight: n * 10, Root: testenv.Root(fmt.Sprintf("checkpoint %d %s", n, tag))}
}

// aggProc is a running `lockstep aggregator run`.
type aggProc struct {
	cmd  *exec.Cmd
	addr string
	done chan struct{}
	out  *syncbuf.Buffer
}

func startAggregatorProcess(t *testing.T, ctx context.Context, deployment, dataDir string) *aggProc {
	t.Helper()
	cmd := exec.Command(lockstepBinary(t), "--log.level", "info", "aggregator", "run",
		"--deployment", deployment, "--devnet", "--devnet-account", "1",
		"--listen", "127.0.0.1:0", "--metrics", "", "--data-dir", dataDir,
		"--poll-interval", "20ms", "--resubmit-timeout", "2s")
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &aggProc{cmd: cmd, done: make(chan struct{}), out: &syncbuf.Buffer{}}
	cmd.Stderr = p.out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	addrCh := make(chan string, 1)
	go func() {
		defer close(p.done)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			line := sc.Text()
			if f := strings.Fields(line); len(f) >= 4 && f[0] == "aggregator" && f[1] == "listening" {
				addrCh <- strings.TrimPrefix(f[3], "http://")
			}
		}
		_, _ = io.Copy(io.Discard, stdout)
		_ = cmd.Wait()
	}()
	t.Cleanup(func() { p.kill(); <-p.done })
	select {
	case p.addr = <-addrCh:
	case <-p.done:
		t.Fatalf("aggregator exited:\n%s", p.output())
	case <-ctx.Done():
		t.Fatalf("aggregator did not start:\n%s", p.output())
	case <-time.After(30 * time.Second):
		t.Fatalf("aggregator did not start in 30s:\n%s", p.output())
	}
	return p
}

func (p *aggProc) kill() {
	if p.cmd.Process != nil {
		_ = p.cmd.Process.Signal(syscall.SIGKILL)
	}
}

func (p *aggProc) output() string { return p.out.String() }
