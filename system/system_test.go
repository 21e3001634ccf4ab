package system_test

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/system"
)

func TestMain(m *testing.M) { testutil.Main(m) }

// The system comes up in its steps, a node restarts, a crashed child is reported, a rollup node
// follows the operators, and Stop leaves no process behind.
func TestSystemLifecycle(t *testing.T) {
	testutil.SkipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var mu sync.Mutex
	exited := map[string]bool{}
	s, err := system.Start(ctx, system.Config{
		Lockstep:           testutil.Lockstep.Path(t),
		Dir:                t.TempDir(),
		Operators:          2,
		Rollups:            []deployment.Rollup{{ID: 901}},
		CheckpointInterval: 5,
		NodeArgs:           []string{"--consensus.empty-block-interval", "200ms"},
		Aggregator:         &system.AggregatorConfig{},
		RollupNodes:        []system.RollupNodeConfig{{ChainID: 901, Operators: []int{1, 0}}},
		OnExit: func(name string, err error) {
			mu.Lock()
			defer mu.Unlock()
			exited[name] = true
		},
		Logger: slog.New(slog.NewTextHandler(testWriter{t}, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	stopped := false
	defer func() {
		if !stopped {
			_ = s.Stop(context.Background())
		}
	}()
	if err := s.WaitHeight(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(s.Pids(), "aggregator ") || len(s.Nodes) != 2 || s.Nodes[1].Operator == nil {
		t.Fatalf("pids %q, %d nodes", s.Pids(), len(s.Nodes))
	}
	if len(s.Rollups) != 1 || !strings.Contains(s.Pids(), "rollup901-0 ") {
		t.Fatalf("pids %q, %d rollup nodes", s.Pids(), len(s.Rollups))
	}
	r := s.Rollups[0]
	if rst, err := r.Status(ctx); err != nil || rst.ChainID != 901 || !slices.Equal(r.Operators(), []int{1, 0}) {
		t.Fatalf("rollup node: status %+v, %v; operators %v", rst, err, r.Operators())
	}
	// Its restart is not a crash either, and keeps its home and ports.
	if err := r.Restart(nil); err != nil {
		t.Fatal(err)
	}
	testutil.WaitFor(t, 30*time.Second, "the rollup node answering after its restart", func() (bool, error) {
		rst, err := r.Status(ctx)
		return err == nil && rst.ChainID == 901, err
	})

	// A restart is not a crash.
	n1 := s.Nodes[1]
	if err := n1.Restart(func(nc *system.NodeConfig) { nc.Args = append(nc.Args, "--api.rate", "0") }); err != nil {
		t.Fatal(err)
	}
	st, err := s.Nodes[0].Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.WaitHeight(ctx, st.Height+2); err != nil {
		t.Fatal(err)
	}

	// A SIGKILLed aggregator is a crash: reported.
	pid := s.Aggregator.Pid()
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	testutil.WaitFor(t, 10*time.Second, "the aggregator's crash reported", func() (bool, error) {
		mu.Lock()
		defer mu.Unlock()
		return exited["aggregator"], nil
	})

	pids := []int{s.Nodes[0].Pid(), s.Nodes[1].Pid(), r.Pid()}
	if err := s.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	stopped = true
	if err := s.Stop(ctx); err != nil {
		t.Fatalf("a second Stop: %v", err)
	}
	for _, pid := range pids {
		if err := syscall.Kill(pid, 0); err == nil {
			t.Errorf("pid %d still runs after Stop", pid)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if exited["op0"] || exited["op1"] || exited["rollup901-0"] {
		t.Fatalf("a stop or restart reported as a crash: %v", exited)
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// A node that dies while starting fails Start at once with its log (not after the wait for its
// API times out).
func TestStartFailsWhenANodeDies(t *testing.T) {
	testutil.SkipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s, err := system.Start(ctx, system.Config{
		Lockstep:  testutil.Lockstep.Path(t),
		Dir:       t.TempDir(),
		Operators: 2,
		Rollups:   []deployment.Rollup{{ID: 901}},
		Node: func(i int) system.NodeConfig {
			if i == 1 {
				return system.NodeConfig{Args: []string{"--mempool.size", "-1"}} // refused by the node's config check
			}
			return system.NodeConfig{}
		},
		Logger: slog.New(slog.NewTextHandler(testWriter{t}, nil)),
	})
	if err == nil {
		_ = s.Stop(context.Background())
		t.Fatal("a system with a node that cannot start started")
	}
	if !strings.Contains(err.Error(), "exited while starting") || !strings.Contains(err.Error(), "mempool") {
		t.Fatalf("start: %v, want the node's exit with its log", err)
	}
}
