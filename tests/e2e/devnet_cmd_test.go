package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/proc"
	"github.com/lockstep-xyz/lockstep/internal/syncbuf"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// `lockstep-dev devnet` brings up the whole system as separate processes: the operator nodes and
// the aggregator settle a checkpoint on L1, a byzantine operator's slashing shows in the
// progress, the rollup nodes execute the demo traffic, and Ctrl-C stops every child and exits 0.
func TestE2EDevnetCommand(t *testing.T) {
	started := time.Now()
	p, out, dir := startDevnetCommand(t, "--byzantine", "3")

	depPath := filepath.Join(dir, "deployment.json")
	testutil.WaitFor(t, 30*time.Second, "deployment.json and the pids file", func() (bool, error) {
		_, err1 := os.Stat(depPath)
		_, err2 := os.Stat(filepath.Join(dir, "pids"))
		return err1 == nil && err2 == nil, nil
	})
	dep, err := deployment.LoadDeployment(depPath)
	if err != nil {
		t.Fatal(err)
	}
	client, err := ethclient.Dial(dep.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	b, err := dep.Bindings(client)
	if err != nil {
		t.Fatal(err)
	}
	testutil.WaitFor(t, 60*time.Second, "a checkpoint on L1", func() (bool, error) {
		n, err := b.CheckpointRegistry.LatestCheckpointNumber(&bind.CallOpts{})
		return err == nil && n >= 1, err
	})
	t.Logf("first L1 checkpoint %s after starting lockstep-dev devnet", time.Since(started).Round(100*time.Millisecond))

	// op3 signs conflicting checkpoints (--byzantine 3): the aggregator proves it on L1, and the
	// progress shows the slashing and the operator set shrinking to 3.
	testutil.WaitFor(t, 90*time.Second, "the slashing of op3 and an operator set of 3 in the progress output", func() (bool, error) {
		o := out.String()
		return strings.Contains(o, "SLASHED op3 ") && strings.Contains(o, "operators 3 (stake"), nil
	})
	// The demo traffic queues a transaction in the L1 inbox a few seconds in; the operators
	// order it and a checkpoint carries it.
	testutil.WaitFor(t, 90*time.Second, "a forced transaction queued and in a checkpoint, in the progress output", func() (bool, error) {
		o := out.String()
		return strings.Contains(o, "FORCED inbox entry 0 for rollup") && regexp.MustCompile(`forced [1-9]\d* queued, [1-9]\d* in checkpoints`).MatchString(o), nil
	})

	// A rollup node per rollup executes the demo traffic (signed transfers, bundles, the forced
	// transaction): both chains' soft and safe heads advance in the progress.
	testutil.WaitFor(t, 60*time.Second, "both rollups with soft and safe blocks in the progress output", func() (bool, error) {
		return regexp.MustCompile(`rollups 901 soft #[1-9]\d* safe #[1-9]\d*, 902 soft #[1-9]\d* safe #[1-9]\d*`).MatchString(out.String()), nil
	})

	raw, err := os.ReadFile(filepath.Join(dir, "pids"))
	if err != nil {
		t.Fatal(err)
	}
	var pids []int
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		f := strings.Fields(line)
		if len(f) != 2 {
			t.Fatalf("pids line %q", line)
		}
		pid, err := strconv.Atoi(f[1])
		if err != nil {
			t.Fatalf("pids line %q: %v", line, err)
		}
		pids = append(pids, pid)
	}
	if len(pids) != 7 {
		t.Fatalf("want 4 operators, an aggregator and 2 rollup nodes in the pids file, got:\n%s", raw)
	}

	interruptDevnet(t, p)
	for _, pid := range pids {
		// The devnet waited for its children, so they are reaped: a live pid is an orphan.
		if err := syscall.Kill(pid, 0); err == nil {
			_ = syscall.Kill(pid, syscall.SIGKILL)
			t.Errorf("child pid %d outlived the devnet", pid)
		}
	}
	if !strings.Contains(out.String(), "stopping devnet") {
		t.Errorf("no orderly stop in the output")
	}
}

// startDevnetCommand runs `lockstep-dev devnet` (4 operators, 1 s L1 blocks, a checkpoint every 5
// heights, plus args) in a temporary data folder, with its output collected (logged if the test
// fails); it is stopped when the test ends if it still runs.
func startDevnetCommand(t *testing.T, args ...string) (p *proc.Proc, out *syncbuf.Buffer, dir string) {
	t.Helper()
	testutil.SkipShort(t)
	bin := devBinary(t)
	dir = t.TempDir()
	out = &syncbuf.Buffer{}
	p, err := proc.Start("devnet", bin, append([]string{"devnet", "--operators", "4", "--block-time", "1s", "--data-dir", dir, "--checkpoint-interval", "5"}, args...),
		proc.Options{Output: out})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = p.Stop(10 * time.Second) // a no-op once the devnet has exited
		if t.Failed() {
			t.Logf("devnet output:\n%s", out.String())
		}
	})
	return p, out, dir
}

// interruptDevnet sends the devnet Ctrl-C and requires it to exit 0 within 30 s.
func interruptDevnet(t *testing.T, p *proc.Proc) {
	t.Helper()
	if err := p.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.Done():
		if err := p.Err(); err != nil {
			t.Fatalf("devnet exited with %v after SIGINT", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("devnet did not exit within 30s of SIGINT")
	}
}
