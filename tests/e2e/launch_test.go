package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/system"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// Lockstep launched as on a real EigenLayer network: only the EigenLayer core is deployed, with
// a non-zero allocation configuration delay (mainnet's DEALLOCATION_DELAY), `lockstep avs
// deploy` deploys the AVS onto it, governance admits the rollup, four operators take the
// EigenLayer steps through the core contracts honouring the delays and join with `lockstep
// operator register` (the first one, tried before it allocated, is refused with the step it
// misses). The four nodes order, checkpoint and settle on L1; update-socket moves one node's
// API and another node serves the move.
func TestE2ELaunchOnExistingEigenLayer(t *testing.T) {
	testutil.SkipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	t.Cleanup(cancel)
	bin := lockstepBinary(t)
	sys, err := system.Start(ctx, system.Config{
		Lockstep:           bin,
		Dir:                t.TempDir(),
		Operators:          4,
		Rollups:            []deployment.Rollup{{ID: rollupA, Metadata: "launched"}},
		CheckpointInterval: 10,
		NodeArgs:           []string{"--rollups.refresh", "500ms", "--validators.sync-interval", "200ms", "--validators.confirmations", "0"},
		Aggregator:         &system.AggregatorConfig{Args: []string{"--l1.poll", "50ms"}},
		BLSPassword:        "test-password",
		StopTimeout:        15 * time.Second,
		Launch: &system.LaunchConfig{
			// Mainnet's is 126,000 blocks: anvil mines ~230 blocks/s, so a test takes a
			// thousandth-scale delay that still has to be waited out.
			AllocationConfigurationDelay: 1200,
			DeallocationDelay:            100800,
			AllocationDelay:              50,
		},
	})
	if err != nil {
		t.Fatalf("launch: %v", err)
	}
	stopOnCleanup(t, sys)
	if !strings.Contains(sys.Launch.EarlyRegister, "eigenlayer operator allocations update") {
		t.Fatalf("register before allocating: %q, want the missing step named", sys.Launch.EarlyRegister)
	}
	net := &network{t: t, ctx: ctx, bin: bin, sys: sys, dn: sys.Devnet}
	for i, node := range sys.Nodes {
		net.nodes = append(net.nodes, &opNode{Node: node, t: t, i: i})
	}
	b, err := sys.Devnet.Deployment.Bindings(sys.Devnet.Client)
	if err != nil {
		t.Fatal(err)
	}
	x := &e2e{network: net, l1: &testenv.Env{T: t, Ctx: ctx, DN: sys.Devnet, D: sys.Devnet.Deployment, B: b}}
	if x.avs, err = avs.NewReader(sys.Devnet.Client, testenv.Addresses(sys.Devnet.Deployment)); err != nil {
		t.Fatal(err)
	}
	testenv.StartMiner(t, x.l1, 250*time.Millisecond)

	// Ordering: transactions sent to every node are sequenced at the same place on all four.
	var hashes []common.Hash
	for i := range 8 {
		h, err := net.nodes[i%4].submit(ctx, rollupA, fmt.Appendf(nil, "launched %d", i))
		if err != nil {
			t.Fatal(err)
		}
		hashes = append(hashes, h)
	}
	net.waitSequenced(net.nodes, hashes, 30*time.Second)
	last := net.waitTx(net.nodes[0], hashes[len(hashes)-1], 10*time.Second)

	// Settlement: a checkpoint covering them is stored on L1 with every node's root and all
	// four operators' signatures counted.
	c := x.waitStored(1, 90*time.Second, "a checkpoint covering the transactions on L1", func(c *l1Checkpoint) bool {
		cp, err := net.nodes[0].checkpoint(ctx, c.Number)
		return err == nil && cp.Checkpoint.EndHeight >= last.Height
	})
	for _, n := range net.nodes {
		cp, err := n.checkpoint(ctx, c.Number)
		if err != nil || cp.Checkpoint.Root != c.Root {
			t.Fatalf("node %d checkpoint %d: %v, root differs from L1's %s", n.i, c.Number, err, c.Root)
		}
	}
	if len(c.Signers) != 4 {
		t.Fatalf("checkpoint %d counted %d signers, want 4", c.Number, len(c.Signers))
	}

	// update-socket moves node 3's API; node 0 serves the move from L1.
	moved := net.nodes[3]
	newAPI := fmt.Sprintf("http://127.0.0.1:%d", freeTCPPort(t))
	out := runLockstep(t, bin, nil, append([]string{"operator", "update-socket", "--home", moved.Home, "--deployment", sys.DeploymentPath, "--l1.rpc", sys.L1RPC(),
		"--confirmations", "0", "--p2p.external", moved.P2PAddr, "--api.url", newAPI}, system.KeyArgs(sys.Launch.OperatorKeystores[3], sys.Launch.PasswordFile)...)...)
	if !strings.Contains(out, "rpc="+newAPI) {
		t.Fatalf("update-socket printed %q", out)
	}
	client := net.nodes[0].client()
	testutil.WaitFor(t, 15*time.Second, "node 0 serving node 3's new API", func() (bool, error) {
		ops, err := bounded(ctx, client.Operators)
		if err != nil {
			return false, err
		}
		for _, o := range ops.Operators {
			if o.OperatorID == moved.Operator.OperatorID {
				return o.API == newAPI && o.Validator, fmt.Errorf("node 3 published %q", o.API)
			}
		}
		return false, fmt.Errorf("node 3 not among %d operators", len(ops.Operators))
	})
}
