package e2e

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/aggregator/slash"
	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/internal/proc"
	"github.com/lockstep-xyz/lockstep/system"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// TestAggregatorSlashesEquivocation: an operator sends the aggregator two valid signatures for
// checkpoint 2 with different roots. Without any manual step the aggregator writes evidence,
// proves it on L1 (the operator's magnitude drops and it is ejected) and still settles
// checkpoint 2 with the honest operators; replaying the evidence with `lockstep slash` ends in
// a clear "already slashed" error.
func TestAggregatorSlashesEquivocation(t *testing.T) {
	e := testenv.New(t, anvil.Config{Operators: 4})
	testenv.StartMiner(t, e, 100*time.Millisecond)
	dataDir := t.TempDir()
	a := testenv.StartAggregator(t, e, e.DN.Client, dataDir)
	ctx, c := e.Ctx, a.RPC
	testenv.WaitOperators(t, ctx, c, 4)
	ops := testenv.Signers(t, e)
	victim := ops[0]
	strategy := e.D.Contracts.Strategy
	magBefore := e.MaxMagnitude(victim.Op.Address, strategy)

	cp1 := testenv.Checkpoint(1, "")
	for _, o := range ops {
		testenv.MustSend(t, ctx, c, o.Message(t, cp1))
	}
	e.WaitSettled(1, 30*time.Second)

	cp2a, cp2b := testenv.Checkpoint(2, "a"), testenv.Checkpoint(2, "b")
	testenv.MustSend(t, ctx, c, victim.Message(t, cp2a))
	// The second signature bypasses the victim's guard: a byzantine operator.
	testenv.MustSend(t, ctx, c, testenv.RawMessage(e.D.ChainID, e.D.Contracts.CheckpointRegistry, victim.Op.BLSKey, victim.Op.OperatorID, cp2b, cp2b))
	for _, o := range ops[1:] {
		testenv.MustSend(t, ctx, c, o.Message(t, cp2a))
	}

	// The aggregator counts the proof once its receipt is in.
	testenv.WaitUntil(t, 30*time.Second, "the aggregator's slashing proof mined", func() bool {
		return testenv.Counter(t, a.Reg, "lockstep_aggregator_slashing_proofs_submitted_total", map[string]string{"result": "slashed"}) == 1
	})
	if ok, err := e.B.EquivocationSlasher.IsSlashed(e.Call(), victim.Op.Address, 2); err != nil || !ok {
		t.Fatalf("isSlashed(victim, 2) = %v, %v", ok, err)
	}
	// (Polled: anvil's eth_call can briefly answer from the state before a block that is
	// being mined while another caller mines, seen once under load.)
	testenv.WaitUntil(t, 10*time.Second, "victim's max magnitude to drop", func() bool {
		return e.MaxMagnitude(victim.Op.Address, strategy) < magBefore
	})
	t.Logf("victim's max magnitude %d -> %d", magBefore, e.MaxMagnitude(victim.Op.Address, strategy))
	if st, err := e.B.RegistryCoordinator.GetOperatorStatus(e.Call(), victim.Op.Address); err != nil || st != 2 {
		t.Fatalf("victim status %d, %v; want 2 (deregistered)", st, err)
	}
	e.WaitSettled(2, 30*time.Second)
	e.Submissions(cp1, cp2a)

	// The evidence file, replayed by hand through the slash command.
	ev := &slash.Evidence{A: cp2a, Operator: victim.Op.Address}
	path := filepath.Join(dataDir, "evidence", ev.FileName())
	if _, err := slash.LoadEvidence(path); err != nil {
		t.Fatalf("evidence file: %v", err)
	}
	deployment := filepath.Join(t.TempDir(), "deployment.json")
	if err := e.D.WriteJSON(deployment); err != nil {
		t.Fatal(err)
	}
	// The reason is on stderr, which proc.Run's error carries.
	ks, pw, err := system.WriteDevKeystore(t.TempDir(), 2, "pw")
	if err != nil {
		t.Fatal(err)
	}
	out, err := proc.Run(ctx, lockstepBinary(t), append([]string{"slash", "--evidence", path, "--deployment", deployment,
		"--l1.rpc", e.DN.Node.RPCURL()}, system.KeyArgs(ks, pw)...), "LOCKSTEP_LOG_LEVEL=warn")
	if err == nil || !strings.Contains(err.Error(), "already slashed") {
		t.Fatalf("lockstep slash with used evidence: err %v, output:\n%s", err, out)
	}
	t.Logf("lockstep slash replay: %v", err)
}
