package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/system"
)

// The whole path: four operator nodes sequence, sign their checkpoints and send the signatures
// to the real aggregator (a `lockstep aggregator run` process), which settles them on L1; the
// root stored on L1 is the one every node computed, and a batch proof from a node verifies
// against it.
func TestOperatorSettlement(t *testing.T) {
	testutil.SkipShort(t)
	net := startSystem(t, 4, 5, &system.AggregatorConfig{})
	ctx := net.ctx

	hash, err := net.nodes[1].submit(ctx, rollupB, []byte("settle me"))
	if err != nil {
		t.Fatal(err)
	}
	loc := net.waitTx(net.nodes[1], hash, 30*time.Second)

	b, err := net.dn.Deployment.Bindings(net.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	n := (loc.Height + 4) / 5
	testutil.WaitFor(t, 60*time.Second, fmt.Sprintf("checkpoint %d on L1", n), func() (bool, error) {
		latest, err := b.CheckpointRegistry.LatestCheckpointNumber(&bind.CallOpts{Context: ctx})
		return err == nil && latest >= n, err
	})
	stored, err := b.CheckpointRegistry.GetCheckpoint(&bind.CallOpts{Context: ctx}, n)
	if err != nil {
		t.Fatal(err)
	}
	batch, err := net.nodes[2].batch(ctx, rollupB, loc.Height)
	if err != nil {
		t.Fatal(err)
	}
	cp, err := net.nodes[3].checkpoint(ctx, n)
	if err != nil {
		t.Fatal(err)
	}
	if stored.Root != cp.Checkpoint.Root || stored.StartHeight != cp.Checkpoint.StartHeight || stored.EndHeight != cp.Checkpoint.EndHeight {
		t.Fatalf("L1 stored %+v, nodes computed %+v", stored, cp.Checkpoint)
	}
	if err := batch.Proof.VerifyCheckpoint(cp.Checkpoint); err != nil {
		t.Fatalf("batch proof against the L1 checkpoint: %v", err)
	}
	t.Logf("checkpoint %d [%d, %d] settled on L1 with root %x", n, stored.StartHeight, stored.EndHeight, stored.Root)
}
