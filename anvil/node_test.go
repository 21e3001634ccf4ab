package anvil_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/anvil"
)

var readFile = os.ReadFile

func TestNodeLifecycle(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	logPath := filepath.Join(t.TempDir(), "anvil.log")

	// Two nodes at once get their own ports.
	a, err := anvil.StartNode(ctx, anvil.NodeConfig{ChainID: 4242, LogPath: logPath})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = a.Close() })
	b, err := anvil.StartNode(ctx, anvil.NodeConfig{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = b.Close() })
	if a.RPCURL() == b.RPCURL() {
		t.Fatalf("both nodes on %s", a.RPCURL())
	}
	if id, err := a.Client().ChainID(ctx); err != nil || id.Uint64() != 4242 {
		t.Fatalf("chain ID %v, %v", id, err)
	}
	if err := a.Mine(ctx, 7); err != nil {
		t.Fatal(err)
	}
	if n, err := a.Client().BlockNumber(ctx); err != nil || n != 7 {
		t.Fatalf("block %d, %v after mining 7", n, err)
	}

	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if err := a.Close(); err != nil { // idempotent
		t.Fatal(err)
	}
	select {
	case <-a.Done():
	default:
		t.Fatal("process still running after Close")
	}
	if _, err := b.Client().ChainID(ctx); err != nil {
		t.Fatalf("closing one node affected the other: %v", err)
	}
	if log, err := os.ReadFile(logPath); err != nil || !strings.Contains(string(log), "Listening on") {
		t.Fatalf("anvil log: %v %q", err, log)
	}
}

func TestStartNodeErrors(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	t.Setenv(anvil.EnvAnvil, filepath.Join(t.TempDir(), "no-anvil-here"))
	if _, err := anvil.StartNode(ctx, anvil.NodeConfig{}); !errors.Is(err, anvil.ErrToolNotFound) {
		t.Fatalf("missing anvil: %v, want ErrToolNotFound", err)
	}
	// A binary that exits at once is reported with its output.
	if _, err := anvil.StartNode(ctx, anvil.NodeConfig{Binary: "false"}); !errors.Is(err, anvil.ErrNodeExited) {
		t.Fatalf("exiting binary: %v, want ErrNodeExited", err)
	}
	t.Setenv(anvil.EnvOZArtifacts, t.TempDir())
	if _, err := anvil.FindOZArtifacts(); !errors.Is(err, anvil.ErrToolNotFound) {
		t.Fatalf("missing artifacts: %v", err)
	}
}
