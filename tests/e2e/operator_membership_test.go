package e2e

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// Membership follows L1: a fifth operator registers and starts a node, the first deregisters;
// every node adopts the new validator set at the same height (a validator sync checked
// against L1 by every validator). The fifth operator signs: within a few checkpoints of its
// node catching up, a checkpoint stored on L1 counts its signature; the deregistered one no
// longer counts (not in the operator set at later reference blocks). Then the deregistered
// node and one more are killed: with the old set (3 of 5 alive) the chain would halt, with the
// new one (3 of 4) it goes on, the new operator's node votes, and checkpoints still land on L1,
// which takes the new operator's signature.
func TestE2EMembership(t *testing.T) {
	testutil.SkipShort(t)
	const interval = 10
	x := startE2E(t, 4, interval, "--validators.sync-interval", "200ms", "--validators.confirmations", "0",
		"--consensus.empty-block-interval", "200ms")
	net := x.network
	ctx, dn := net.ctx, net.dn
	genesisOps := append([]*deployment.Operator(nil), dn.Deployment.Operators...) // the deployment drops a leaver

	// A fifth operator: keys, registration on L1 with its socket, a node with the same genesis.
	n4 := net.addNode()
	op := n4.Operator

	// The first operator leaves.
	leaver := genesisOps[0]
	if err := dn.Deployment.DeregisterOperator(ctx, dn.Client, leaver.ECDSAKey); err != nil {
		t.Fatalf("deregister operator 0: %v", err)
	}
	l1Block, err := dn.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var synced uint64
	for _, n := range net.nodes {
		testutil.WaitFor(t, 30*time.Second, fmt.Sprintf("node %d to sync the validator set of L1 block %d", n.i, l1Block), func() (bool, error) {
			s, err := n.status(ctx)
			if err == nil && s.ValidatorsL1Block >= l1Block && s.Validators == 4 {
				synced = max(synced, s.Height)
				return true, nil
			}
			return false, err
		})
	}
	// CometBFT applies the change two heights after the block that carried it.
	net.waitHeight(synced+3, 30*time.Second)
	testutil.WaitFor(t, 30*time.Second, "node 4 to catch up", func() (bool, error) {
		s, err := n4.status(ctx)
		return err == nil && !s.CatchingUp, err
	})

	// The new operator signs: one of the next few checkpoints stored on L1 counts it.
	cut := net.lastCut(net.nodes)
	signed := x.waitStored(cut+1, 60*time.Second, "a checkpoint on L1 counting the fifth operator", func(c *l1Checkpoint) bool {
		return c.Signers[op.OperatorID]
	})
	if signed.Number > cut+3 {
		t.Fatalf("node 4 was running at checkpoint %d but first counted in checkpoint %d", cut, signed.Number)
	}
	t.Logf("the fifth operator counted: %s", signed)
	// The leaver no longer counts: not an operator at reference blocks after it left.
	later := x.waitStored(signed.Number, 60*time.Second, fmt.Sprintf("a checkpoint on L1 referencing block %d or later", l1Block), func(c *l1Checkpoint) bool {
		return c.ReferenceBlock >= l1Block
	})
	if later.Operators[leaver.OperatorID] || later.Signers[leaver.OperatorID] || len(later.Operators) != 4 || !later.Operators[op.OperatorID] {
		t.Fatalf("after operator 0 left: %s; leaver registered %v, newcomer registered %v", later, later.Operators[leaver.OperatorID], later.Operators[op.OperatorID])
	}
	t.Logf("after operator 0 left: %s", later)

	net.nodes[0].kill(syscall.SIGKILL)
	net.nodes[1].kill(syscall.SIGKILL)
	alive := []*opNode{net.nodes[2], net.nodes[3], n4}
	hash, err := n4.submit(ctx, rollupA, []byte("after the membership change"))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range alive {
		net.waitTx(n, hash, 30*time.Second)
	}
	s, _ := n4.status(ctx)
	t.Logf("with operators 0 and 1 down, the new set (1..4) committed height %d", s.Height)
	// Operators 2, 3 and 4 hold 3/4 of the stake: a checkpoint still lands, and it counts them.
	down := x.waitStored(net.lastCut(alive)+1, 60*time.Second, "a checkpoint cut with nodes 0 and 1 down stored on L1", func(*l1Checkpoint) bool { return true })
	for _, o := range []int{2, 3} {
		if !down.Signers[genesisOps[o].OperatorID] {
			t.Fatalf("with nodes 0 and 1 down: %s, operator %d not counted", down, o)
		}
	}
	if !down.Signers[op.OperatorID] || len(down.Signers) != 3 {
		t.Fatalf("with nodes 0 and 1 down: %s, want operators 2, 3 and the fifth", down)
	}
	t.Logf("with nodes 0 and 1 down: %s", down)
}
