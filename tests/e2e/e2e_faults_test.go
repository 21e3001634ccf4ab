package e2e

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/bindings/equivocationslasher"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/system"
)

// Crash: kill -9 one of four operators under steady load. Ordering goes on with three (heights
// advance, the load's submissions to the others are committed) and L1 checkpoints keep landing,
// signed by the three. Restarted, the node catches up to the same blocks as the others and
// signs again: a checkpoint stored on L1 after the restart counts its signature. Every
// transaction any node accepted, before or during the crash, is sequenced on every node.
func TestE2ECrash(t *testing.T) {
	testutil.SkipShort(t)
	const interval = 10
	x := startE2E(t, 4, interval, "--consensus.empty-block-interval", "200ms")
	ctx, victim := x.ctx, x.nodes[3]
	live := x.nodes[:3]
	victimID := x.dn.Deployment.Operators[victim.i].OperatorID

	l := startLoad(x.network, 150)
	testutil.WaitFor(t, 30*time.Second, "300 accepted transactions", func() (bool, error) { return l.count() >= 300, nil })
	all := x.waitStored(1, 60*time.Second, "a checkpoint on L1 signed by all 4 operators", func(c *l1Checkpoint) bool { return len(c.Signers) == 4 })
	t.Logf("before the crash: %s", all)

	victim.kill(syscall.SIGKILL)
	killedAt, cutAtKill := l.count(), x.lastCut(live)
	downFrom := x.heights(live)[0]
	t.Logf("node %d killed at height ~%d after %d accepted transactions; checkpoint %d cut", victim.i, downFrom, killedAt, cutAtKill)

	// Three of four go on: the load's submissions to them are accepted and committed, and
	// checkpoints cut after the crash land on L1, signed by exactly the three live operators.
	testutil.WaitFor(t, 30*time.Second, "300 more accepted transactions with a node down", func() (bool, error) { return l.count() >= killedAt+300, nil })
	x.waitAdvance(live, 2*interval, 30*time.Second)
	var down []*l1Checkpoint
	x.waitStored(cutAtKill+1, 60*time.Second, "2 checkpoints cut after the crash stored on L1", func(c *l1Checkpoint) bool {
		down = append(down, c)
		return len(down) == 2
	})
	for _, c := range down {
		if len(c.Signers) != 3 || c.Signers[victimID] || len(c.Operators) != 4 {
			t.Fatalf("while node %d was down: %s, victim counted %v; want the 3 live operators", victim.i, c, c.Signers[victimID])
		}
		t.Logf("while down: %s", c)
	}

	victim.start()
	var target uint64
	for _, h := range x.heights(live) {
		target = max(target, h)
	}
	restarted := time.Now()
	testutil.WaitFor(t, 60*time.Second, fmt.Sprintf("node %d to catch up to height %d", victim.i, target), func() (bool, error) {
		s, err := victim.status(ctx)
		return err == nil && s.Height >= target && !s.CatchingUp, err
	})
	s, err := victim.status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("node %d caught up to height %d in %s", victim.i, s.Height, time.Since(restarted).Round(time.Millisecond))

	// It signs again: within a few checkpoints of catching up, one stored on L1 counts it.
	signed := x.waitStored(s.LastCheckpoint+1, 60*time.Second, fmt.Sprintf("a checkpoint on L1 counting node %d's signature", victim.i), func(c *l1Checkpoint) bool {
		return c.Signers[victimID]
	})
	if signed.Number > s.LastCheckpoint+3 {
		t.Fatalf("node %d caught up at checkpoint %d but was first counted again in checkpoint %d", victim.i, s.LastCheckpoint, signed.Number)
	}
	t.Logf("after the restart: %s, node %d counted", signed, victim.i)

	// Nothing accepted is lost, and the restarted node has the others' blocks.
	accepted := l.stop()
	perNode := make(map[int]int)
	for _, n := range accepted {
		perNode[n]++
	}
	t.Logf("%d transactions accepted (per node %v), %d refused or unreachable", len(accepted), perNode, l.refused)
	if perNode[victim.i] == 0 {
		t.Fatal("the killed node accepted nothing: the test proves nothing")
	}
	hashes := make([]common.Hash, 0, len(accepted))
	for h := range accepted {
		hashes = append(hashes, h)
	}
	x.waitSequenced(x.nodes, hashes, 60*time.Second)
	s0, err := x.nodes[0].status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	x.waitHeight(s0.Height, 30*time.Second)
	x.sameBlocks(x.nodes, 1, s0.Height)
}

// Byzantine: one of four operators is restarted in the test-only equivocation mode and signs
// a conflicting checkpoint beside every honest one. Without any manual step the aggregator
// proves it on L1 within a bounded time: the operator is slashed (its magnitude drops) and
// ejected from the quorum; every node drops it from the validator set (3 left); ordering goes
// on and checkpoints keep landing on L1, counted against the 3 remaining operators.
func TestE2EByzantine(t *testing.T) {
	testutil.SkipShort(t)
	const interval = 5
	x := startE2E(t, 4, interval, "--validators.sync-interval", "200ms", "--validators.confirmations", "0",
		"--consensus.empty-block-interval", "200ms")
	ctx, byz := x.ctx, x.nodes[3]
	honest := x.nodes[:3]
	op := x.dn.Deployment.Operators[byz.i]
	strategy := x.dn.Deployment.Contracts.Strategy
	magBefore := x.l1.MaxMagnitude(op.Address, strategy)
	for _, n := range x.nodes {
		testutil.WaitFor(t, 30*time.Second, fmt.Sprintf("node %d to report 4 validators", n.i), func() (bool, error) {
			s, err := n.status(ctx)
			return err == nil && s.Validators == 4, err
		})
	}

	byz.restart(func(nc *system.NodeConfig) { // the faults build: a byzantine operator
		nc.Faulty = true
		nc.Args = append(nc.Args, "--fault", "equivocate")
	})
	faulty := time.Now()

	// Traffic, so heights and checkpoints move.
	l := startLoad(x.network, 50)
	defer l.stop()

	var ev *equivocationslasher.EquivocationSlasherEquivocationSlashed
	testutil.WaitFor(t, 60*time.Second, fmt.Sprintf("operator %s slashed on L1", op.Address), func() (bool, error) {
		it, err := x.l1.B.EquivocationSlasher.FilterEquivocationSlashed(&bind.FilterOpts{Context: ctx}, []common.Address{op.Address}, nil)
		if err != nil {
			return false, err
		}
		defer it.Close()
		if it.Next() {
			ev = it.Event
			return true, nil
		}
		return false, it.Error()
	})
	slashBlock := ev.Raw.BlockNumber
	t.Logf("operator %d slashed for equivocating on checkpoint %d in L1 block %d, %s after it turned byzantine (ejected %v, reporter %s)",
		byz.i, ev.Number, slashBlock, time.Since(faulty).Round(time.Millisecond), ev.Ejected, ev.Reporter)
	if !ev.Ejected || ev.DigestA == ev.DigestB {
		t.Fatalf("EquivocationSlashed = %+v, want the operator ejected for two digests", ev)
	}
	if ok, err := x.l1.B.EquivocationSlasher.IsSlashed(x.l1.Call(), op.Address, ev.Number); err != nil || !ok {
		t.Fatalf("isSlashed(%s, %d) = %v, %v", op.Address, ev.Number, ok, err)
	}
	// (Polled: anvil's eth_call can briefly answer from an older state while blocks are mined.)
	testutil.WaitFor(t, 10*time.Second, "the operator's max magnitude to drop", func() (bool, error) {
		return x.l1.MaxMagnitude(op.Address, strategy) < magBefore, nil
	})
	if st, err := x.l1.B.RegistryCoordinator.GetOperatorStatus(x.l1.Call(), op.Address); err != nil || st != 2 {
		t.Fatalf("operator status %d, %v; want 2 (deregistered)", st, err)
	}

	// Every node, the byzantine one too, syncs the validator set without it.
	for _, n := range x.nodes {
		testutil.WaitFor(t, 30*time.Second, fmt.Sprintf("node %d to drop the slashed operator (L1 block %d)", n.i, slashBlock), func() (bool, error) {
			s, err := n.status(ctx)
			return err == nil && s.ValidatorsL1Block >= slashBlock && s.Validators == 3, err
		})
	}

	// The network goes on: new transactions are sequenced by the honest nodes, and a checkpoint
	// cut after the ejection lands on L1, counted against the 3 remaining operators.
	x.waitAdvance(honest, 2*interval, 30*time.Second)
	hash, err := honest[0].submit(ctx, rollupA, []byte("after the slashing"))
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range honest {
		x.waitTx(n, hash, 30*time.Second)
	}
	after := x.waitStored(x.lastCut(honest), 60*time.Second, "a checkpoint referencing L1 after the slashing", func(c *l1Checkpoint) bool {
		return c.ReferenceBlock >= slashBlock
	})
	if len(after.Operators) != 3 || after.Operators[op.OperatorID] || len(after.Signers) < 3 {
		t.Fatalf("after the slashing: %s, slashed operator registered: %v", after, after.Operators[op.OperatorID])
	}
	t.Logf("after the slashing: %s", after)
	if !byz.alive() {
		t.Fatal("the byzantine node exited")
	}
}
