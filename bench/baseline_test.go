package bench

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"testing"
	"time"
)

// baselineNodeEnv makes the test binary run a baseline node (the role `lockstep-dev bench
// baseline-node` has in the real command) instead of the tests.
const baselineNodeEnv = "LOCKSTEP_BENCH_TEST_BASELINE_NODE"

func TestMain(m *testing.M) {
	if os.Getenv(baselineNodeEnv) == "1" {
		cfg, err := ParseBaselineNodeArgs(os.Args[1:])
		if err == nil {
			ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
			err = RunBaselineNode(ctx, cfg)
			stop()
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestParseBaselineNodeArgs(t *testing.T) {
	c := BaselineNodeConfig{Home: "/h", P2P: "127.0.0.1:1", Peers: []string{"a@127.0.0.1:2", "b@127.0.0.1:3"}, RPC: "tcp://127.0.0.1:4", ProfileAddr: "127.0.0.1:5", Profile: "wan"}
	got, err := ParseBaselineNodeArgs(c.args())
	if err != nil || fmt.Sprint(got) != fmt.Sprint(c) {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	for _, bad := range [][]string{nil, {"--home", "/h"}, append(c.args(), "extra"), {"--nope"}, append(c.args(), "--consensus.profile", "moon")} {
		if _, err := ParseBaselineNodeArgs(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// TestBaselineSmoke runs the ordering benchmark's load generator against a real baseline network
// (four CometBFT processes) at a low load, and checks every transaction is notified committed.
func TestBaselineSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four CometBFT processes")
	}
	t.Setenv(baselineNodeEnv, "1") // the nodes are this test binary (see TestMain)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	env := NewEnv(os.Args[0], t.TempDir(), t.TempDir(), true, nil, nil, nil)
	env.DevBinary = os.Args[0]
	env.baselineCmd = []string{}
	cfg := DefaultOrderingConfig(true)
	cfg.Loads, cfg.Duration, cfg.Warmup, cfg.systems = []int{200}, 2*time.Second, 500*time.Millisecond, []string{systemBaseline}
	res, err := RunOrdering(ctx, env, cfg)
	if err != nil {
		t.Fatal(err)
	}
	// The fixed load, then the comparison phase's one repeat of it (no saturation search).
	if len(res.Points) != 2 {
		t.Fatalf("%d points, want the fixed one and one comparison", len(res.Points))
	}
	if c := res.Points[1]; c.Phase != phaseCompare || c.Repeat != 1 || c.Offered != 200 || c.Accepted != c.Scheduled || c.Lost != 0 {
		t.Fatalf("comparison point %+v", c)
	}
	p := res.Points[0]
	t.Logf("%s", p.summary())
	if p.Accepted != p.Scheduled || p.Lost != 0 || p.Throughput < 100 || p.Latency.P50 == nil || p.Blocks == 0 {
		t.Fatalf("point %+v", p)
	}
	if p.Resources == nil || p.Resources.Node.CPUPercent <= 0 || p.Resources.Node.RSSMaxMiB <= 0 {
		t.Fatalf("resources %+v", p.Resources)
	}
	if p.Consensus == nil || p.Consensus.BlockIntervalMs <= 0 || p.Consensus.StepMs["Propose"] <= 0 {
		t.Fatalf("consensus breakdown %+v", p.Consensus)
	}
	if err := ctx.Err(); errors.Is(err, context.DeadlineExceeded) {
		t.Fatal("took too long")
	}
}
