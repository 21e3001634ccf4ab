package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/operator/store"
)

// TestOperatorAppStoreBehindCometBFT: the node's own store is written without fsync per block
// (CometBFT's block store and state are, and hold everything the store derives from). A power
// loss can therefore leave the store some heights behind CometBFT. Simulated here by putting
// back a copy of the store taken heights earlier: on restart CometBFT replays the missing
// heights into the application, which rebuilds the same blocks (same roots and app hashes as
// the other nodes), and every transaction any node accepted is sequenced everywhere.
func TestOperatorAppStoreBehindCometBFT(t *testing.T) {
	testutil.SkipShort(t)
	net := startNetwork(t, 4, 5, "--consensus.empty-block-interval", "200ms")
	ctx, victim := net.ctx, net.nodes[3]
	l := startLoad(net, 100)
	testutil.WaitFor(t, 30*time.Second, "100 accepted transactions", func() (bool, error) { return l.count() >= 100, nil })

	// Stop the node cleanly and copy its store: the state a power loss could leave behind.
	victim.kill(syscall.SIGTERM)
	storeDir := filepath.Join(victim.Home, "data", "lockstep")
	snapshot := filepath.Join(t.TempDir(), "lockstep")
	if out, err := exec.Command("cp", "-a", storeDir, snapshot).CombinedOutput(); err != nil {
		t.Fatalf("copy store: %v: %s", err, out)
	}
	// The copy's height: the heights above it are what the store will lose.
	st, err := store.Open(snapshot)
	if err != nil {
		t.Fatal(err)
	}
	meta, err := st.Meta()
	if err != nil {
		t.Fatal(err)
	}
	snapHeight := meta.Height
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	victim.start()
	var before operatorapi.Status
	testutil.WaitFor(t, 60*time.Second, "the node to sequence 20 heights after the copy", func() (bool, error) {
		s, err := victim.status(ctx)
		if err == nil && before.Height == 0 {
			before.Height = s.Height
		}
		return err == nil && before.Height > 0 && s.Height >= before.Height+20 && !s.CatchingUp, err
	})
	s, err := victim.status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lost := s.Height // heights snapHeight+1..lost will be lost
	if snapHeight == 0 || snapHeight+20 > lost {
		t.Fatalf("copy at height %d, node at %d: want 20 heights to lose", snapHeight, lost)
	}
	blocks := make(map[uint64]*operatorapi.Block)
	for h := uint64(1); h <= lost; h++ {
		b, err := victim.block(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		blocks[h] = b
	}

	// Power loss: the process dies and its store's heights are back where the copy was. What
	// the node wrote with fsync survives a power loss: the journal of accepted transactions,
	// files of its own beside the store (store.JournalDir), stays as it is.
	victim.kill(syscall.SIGKILL)
	if err := os.RemoveAll(storeDir); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("cp", "-a", snapshot, storeDir).CombinedOutput(); err != nil {
		t.Fatalf("restore store: %v: %s", err, out)
	}
	kept := journaled(t, storeDir)
	t.Logf("%d journal entries (accepted, not known committed) kept across the simulated power loss", len(kept))
	victim.start()
	others, err := net.nodes[0].status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	testutil.WaitFor(t, 60*time.Second, "the node to catch up", func() (bool, error) {
		s, err := victim.status(ctx)
		return err == nil && s.Height >= others.Height && !s.CatchingUp, err
	})
	for h := uint64(1); h <= lost; h++ {
		got, err := victim.block(ctx, h)
		if err != nil {
			t.Fatalf("height %d after the rewind: %v", h, err)
		}
		ref, err := net.nodes[0].block(ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		want := blocks[h]
		if got.BlockRoot != want.BlockRoot || got.AppHash != want.AppHash || got.TxCount != want.TxCount || got.AppHash != ref.AppHash {
			t.Fatalf("height %d after the rewind: root %s app hash %s (%d txs); before %s %s (%d); node 0 app hash %s",
				h, got.BlockRoot, got.AppHash, got.TxCount, want.BlockRoot, want.AppHash, want.TxCount, ref.AppHash)
		}
	}
	t.Logf("store put back to height %d while the node had reached %d: heights %d..%d rebuilt identically; caught up to %d",
		snapHeight, lost, snapHeight+1, lost, others.Height)

	caughtUp := l.count()
	testutil.WaitFor(t, 30*time.Second, "100 more accepted transactions", func() (bool, error) { return l.count() >= caughtUp+100, nil })
	waitAllSequenced(t, net, l.stop())
}

// journaled reads the journal of the (closed) store in dir.
func journaled(t *testing.T, dir string) [][]byte {
	t.Helper()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	raws, err := st.Journaled()
	if err != nil {
		t.Fatal(err)
	}
	return raws
}
