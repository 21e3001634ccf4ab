package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/operator/socket"
)

// The devnet as a fault-tolerance demo: `lockstep-dev devnet ctl kill op2` crashes one of four
// operators; the devnet goes on (heights and checkpoints advance on three) and shows op2 down;
// `ctl start op2` brings it back and it catches up; `ctl pause`/`resume` freeze and continue a
// node; `ctl partition op3` cuts one off (the others go on, the progress shows it) and `ctl
// heal` brings it back to catch up; a bad name or action is refused with a clear error; an
// operator's update-socket shows in the progress.
func TestE2EDevnetCtl(t *testing.T) {
	p, out, dir := startDevnetCommand(t, "--no-traffic")
	bin := devBinary(t)
	ctl := func(args ...string) (string, error) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		b, err := exec.CommandContext(ctx, bin, append([]string{"devnet", "ctl", "--data-dir", dir}, args...)...).CombinedOutput()
		return string(b), err
	}
	mustCtl := func(want string, args ...string) {
		t.Helper()
		o, err := ctl(args...)
		if err != nil || !strings.Contains(o, want) {
			t.Fatalf("devnet ctl %v: %v\n%s(want %q)", args, err, o, want)
		}
	}

	testutil.WaitFor(t, 60*time.Second, "the devnet up with its control socket", func() (bool, error) {
		_, err := os.Stat(filepath.Join(dir, "ctl.sock"))
		return err == nil && strings.Contains(out.String(), "Ctrl-C stops everything"), nil
	})
	dep, err := deployment.LoadDeployment(filepath.Join(dir, "deployment.json"))
	if err != nil {
		t.Fatal(err)
	}
	l1, err := ethclient.Dial(dep.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer l1.Close()
	b, err := dep.Bindings(l1)
	if err != nil {
		t.Fatal(err)
	}
	latestCheckpoint := func() uint64 {
		n, _ := b.CheckpointRegistry.LatestCheckpointNumber(&bind.CallOpts{})
		return n
	}
	api := func(node string) *operatorapi.Client {
		m := regexp.MustCompile(`(?m)^\s+` + node + `\s+(http://\S+)`).FindStringSubmatch(out.String())
		if m == nil {
			t.Fatalf("no API URL for %s in the devnet output", node)
		}
		c, err := operatorapi.Dial(context.Background(), m[1])
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		return c
	}
	op0, op2 := api("op0"), api("op2")
	height := func(c *operatorapi.Client) uint64 {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		s, err := c.Status(ctx)
		if err != nil {
			return 0
		}
		return s.Height
	}
	testutil.WaitFor(t, 60*time.Second, "a first checkpoint on L1", func() (bool, error) { return latestCheckpoint() >= 1, nil })

	mustCtl("kill op2: now down", "kill", "op2")
	killedAt, cpAt := height(op0), latestCheckpoint()
	testutil.WaitFor(t, 60*time.Second, "three operators going on: heights and checkpoints advance, progress shows op2 down", func() (bool, error) {
		return height(op0) > killedAt+10 && latestCheckpoint() > cpAt+1 && strings.Contains(out.String(), "(op2 down)"), nil
	})
	if strings.Contains(out.String(), "stopping devnet") {
		t.Fatal("the devnet stopped when an operator died")
	}
	mustCtl("op2", "status")
	if o, _ := ctl("status"); !regexp.MustCompile(`op2\s+down`).MatchString(o) {
		t.Fatalf("ctl status does not show op2 down:\n%s", o)
	}

	mustCtl("start op2: now up", "start", "op2")
	target := height(op0)
	testutil.WaitFor(t, 90*time.Second, "op2 caught up after its restart", func() (bool, error) { return height(op2) >= target, nil })

	mustCtl("pause op1: now paused", "pause", "op1")
	testutil.WaitFor(t, 30*time.Second, "the progress showing op1 paused", func() (bool, error) {
		return strings.Contains(out.String(), "(op1 paused)"), nil
	})
	mustCtl("resume op1: now up", "resume", "op1")

	// op3 cut off from the others, the aggregator and L1, still running: the others go on
	// without it; once healed it catches up.
	op3 := api("op3")
	mustCtl("partition op3: now up, partitioned", "partition", "op3")
	testutil.WaitFor(t, 30*time.Second, "the progress showing op3 partitioned", func() (bool, error) {
		return strings.Contains(out.String(), "op3 partitioned)"), nil
	})
	cutAt := height(op3)
	from := height(op0)
	testutil.WaitFor(t, 60*time.Second, "three operators going on without op3", func() (bool, error) { return height(op0) > from+10, nil })
	if h := height(op3); h > cutAt+1 {
		t.Fatalf("partitioned op3 went from height %d to %d", cutAt, h)
	}
	if o, _ := ctl("status"); !regexp.MustCompile(`op3\s+up, partitioned`).MatchString(o) {
		t.Fatalf("ctl status does not show op3 partitioned:\n%s", o)
	}
	mustCtl("every link restored", "heal")
	target = height(op0)
	testutil.WaitFor(t, 60*time.Second, "op3 caught up after healing", func() (bool, error) { return height(op3) >= target, nil })
	if o, err := ctl("partition", "rollup901-0"); err == nil || !strings.Contains(o, "no links") {
		t.Fatalf("ctl partition of a rollup node: %v\n%s", err, o)
	}

	if o, err := ctl("kill", "op9"); err == nil || !strings.Contains(o, `no process "op9"`) {
		t.Fatalf("ctl kill op9: %v\n%s", err, o)
	}
	if o, err := ctl("explode", "op1"); err == nil || !strings.Contains(o, "unknown action") {
		t.Fatalf("ctl explode op1: %v\n%s", err, o)
	}

	// An operator moves its API with update-socket (keystores as the devnet wrote them); the
	// progress shows the new endpoints from L1.
	sock, err := socket.Parse(dep.Operators[1].Socket)
	if err != nil {
		t.Fatal(err)
	}
	newAPI := fmt.Sprintf("http://127.0.0.1:%d", freeTCPPort(t))
	keys := filepath.Join(dir, "keys")
	runLockstep(t, filepath.Join(filepath.Dir(bin), "lockstep"), nil, "operator", "update-socket", "--home", filepath.Join(dir, "op1"),
		"--ecdsa.keystore", filepath.Join(keys, "op1.ecdsa.json"), "--ecdsa.password-file", filepath.Join(keys, "password"),
		"--deployment", filepath.Join(dir, "deployment.json"), "--p2p.external", sock.P2PAddr, "--api.url", newAPI, "--confirmations", "0")
	testutil.WaitFor(t, 30*time.Second, "the progress showing op1's new API", func() (bool, error) {
		return strings.Contains(out.String(), "SOCKET op1 updated on L1: api "+newAPI), nil
	})

	interruptDevnet(t, p)
	if _, err := os.Stat(filepath.Join(dir, "ctl.sock")); err == nil {
		t.Error("the control socket outlived the devnet")
	}
}
