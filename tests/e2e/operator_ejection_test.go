package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// An operator proven to equivocate on L1 is slashed and ejected from the quorum; the running
// network drops it from the validator set: every node syncs a set of 3 at an L1 block at or
// after the slashing, through the same validator sync as a deregistration.
func TestOperatorEjectedLeavesValidatorSet(t *testing.T) {
	testutil.SkipShort(t)
	net := startNetwork(t, 4, 100, "--validators.sync-interval", "200ms", "--validators.confirmations", "0",
		"--consensus.empty-block-interval", "200ms")
	b, err := net.dn.Deployment.Bindings(net.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	e := &testenv.Env{T: t, Ctx: net.ctx, DN: net.dn, D: net.dn.Deployment, B: b}
	e.Reporter = e.Transactor(2)

	for _, n := range net.nodes {
		testutil.WaitFor(t, 30*time.Second, fmt.Sprintf("node %d to report its validator set", n.i), func() (bool, error) {
			s, err := n.status(net.ctx)
			if err != nil {
				return false, err
			}
			if s.Validators != 4 {
				return false, fmt.Errorf("node %d has %d validators before any ejection, want 4", n.i, s.Validators)
			}
			return true, nil
		})
	}

	victim := e.D.Operators[3]
	a := commitment.Checkpoint{Number: 1000, StartHeight: 1, EndHeight: 10, Root: testenv.Root("one version")}
	c := a
	c.Root = testenv.Root("another version")
	r, err := e.Prove(victim.Address, a, e.Sign(a, victim)[0], c, e.Sign(c, victim)[0])
	if err != nil {
		t.Fatalf("proveEquivocation: %s", chainio.FormatRevert(err))
	}
	if ev := e.SlashedEvent(r); ev == nil || !ev.Ejected {
		t.Fatalf("EquivocationSlashed = %+v, want the operator ejected", ev)
	}
	slashBlock := r.BlockNumber.Uint64()

	for _, n := range net.nodes {
		testutil.WaitFor(t, 30*time.Second, fmt.Sprintf("node %d to drop the ejected operator (L1 block %d)", n.i, slashBlock), func() (bool, error) {
			s, err := n.status(net.ctx)
			if err != nil {
				return false, err
			}
			return s.ValidatorsL1Block >= slashBlock && s.Validators == 3, nil
		})
	}
}
