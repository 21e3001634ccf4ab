package follower

import (
	"errors"
	"strings"
	"testing"
)

// forcedScenario: D = 5. Entries 0 (rollup 901) and 1 (rollup 77) are queued in L1 block 1 and
// ordered at height 2; checkpoint 1 (heights 1-4) covers them, stored in block 3. Entry 2 (901),
// queued in block 2, is not ordered before its deadline (block 7): it becomes firm there, after
// height 4. Lockstep orders it late, at height 10 (checkpoint 3): that copy is not emitted.
func forcedScenario(t *testing.T) (*fakeChain, *fakeL1) {
	t.Helper()
	c := newFakeChain(4, 12).
		add(2, 901, "f0", "a1").add(2, 77, "g1").forcedUpTo(2, 2).
		add(3, 901, "a3").
		add(6, 901, "a6").
		add(10, 901, "f2", "a10").forcedUpTo(10, 3)
	l1 := newFakeL1()
	l1.delay = 5
	l1.force(901, "f0")
	l1.force(77, "g1")
	l1.mine() // 1
	l1.force(901, "f2")
	l1.mine()            // 2
	l1.mine(c.stored(1)) // 3
	for range 4 {        // 4..7: entry 2's deadline passes
		l1.mine()
	}
	return c, l1
}

var wantForcedFirm = []string{"2:f0", "2:a1", "3:a3", "4:f2", "6:a6", "10:a10"}

func TestFollowerForcedInclusion(t *testing.T) {
	c, l1 := forcedScenario(t)
	op := newFakeSource("http://op0", c)
	r := startRun(t, testConfig(op), l1, op)

	r.wait("entry 2 firm at its deadline", func(items []Item) bool { return strings.Contains(strings.Join(txs(items, Firm), ","), "4:f2") })
	l1.mine(c.stored(2)) // 8
	l1.mine(c.stored(3)) // 9: orders entry 2 late
	r.wait("checkpoint 3", hasCheckpoint(3))
	items := r.snapshot()
	equal(t, "firm", txs(items, Firm), wantForcedFirm)

	for _, it := range items {
		if it.Kind != KindTx || it.Status != Firm {
			continue
		}
		switch string(it.Tx) {
		case "f0":
			if !it.Forced || it.InboxIndex == nil || *it.InboxIndex != 0 || it.Index != 0 || it.Checkpoint != 1 || it.Source != op.url {
				t.Fatalf("f0, ordered by Lockstep in time: %+v", it)
			}
		case "f2":
			if !it.Forced || it.InboxIndex == nil || *it.InboxIndex != 2 || it.Source != SourceL1 || it.L1Block != 7 || it.Checkpoint != 0 || it.TimeMs != c.meta(4).TimeMs {
				t.Fatalf("f2, firm from L1 at its deadline, after height 4 (time %d): %+v", c.meta(4).TimeMs, it)
			}
		default:
			if it.Forced || it.InboxIndex != nil {
				t.Fatalf("%s is not forced: %+v", it.Tx, it)
			}
		}
	}
	if n := len(ofKind(items, KindLie)); n != 0 {
		t.Fatalf("%d lies with an honest operator:\n%s", n, r.dump())
	}
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}

	// A second follower started once everything is on L1 derives the same positions.
	late := startRun(t, testConfig(op), l1, op)
	late.wait("checkpoint 3", hasCheckpoint(3))
	equal(t, "firm, second follower", txs(late.snapshot(), Firm), wantForcedFirm)
}

// The escape hatch: with no checkpoint ever stored (Lockstep halted), a forced transaction is
// firm D blocks after it was queued, from L1 alone.
func TestFollowerForcedWithoutCheckpoints(t *testing.T) {
	c := newFakeChain(4, 0)
	l1 := newFakeL1()
	l1.delay = 3
	l1.force(901, "x")
	l1.force(902, "other rollup")
	l1.mine() // 1
	op := newFakeSource("http://op0", c)
	op.setDown(true)
	r := startRun(t, testConfig(op), l1, op)
	r.waitPolls(3)
	if got := txs(r.snapshot(), Firm); len(got) != 0 {
		t.Fatalf("firm before the deadline: %v", got)
	}
	for range 3 { // 2..4: the deadline is block 4
		l1.mine()
	}
	r.wait("x firm", countTxs(Firm, 1))
	items := r.snapshot()
	equal(t, "firm", txs(items, Firm), []string{"0:x"})
	if it := items[0]; it.Source != SourceL1 || it.L1Block != 4 || !it.Forced || *it.InboxIndex != 0 {
		t.Fatalf("escape hatch item %+v", it)
	}
}

// Checkpoints whose forced cursor passes an entry of the rollup that the batches do not start
// with do not verify, even though their roots are on L1.
func TestFollowerForcedEntryMissing(t *testing.T) {
	c := newFakeChain(4, 4).add(2, 901, "a1").forcedUpTo(2, 1) // the cursor claims entry 0, the batch lacks it
	l1 := newFakeL1()
	l1.delay = 50
	l1.force(901, "f0")
	l1.mine()
	l1.mine(c.stored(1))
	op := newFakeSource("http://op0", c)
	r := startRun(t, testConfig(op), l1, op)
	r.wait("a lie", func(items []Item) bool { return len(ofKind(items, KindLie)) > 0 })
	lie := ofKind(r.snapshot(), KindLie)[0]
	if !strings.Contains(lie.Reason, "forced inbox entry 0") {
		t.Fatalf("lie %+v", lie)
	}
	if err := r.stop(); !errors.Is(err, ErrNoHonestOperator) {
		t.Fatalf("Run: %v", err)
	}
	equal(t, "firm", txs(r.snapshot(), Firm), nil)
}
