package follower

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

const testRollup = 901

var testRegistry = common.HexToAddress("0x00000000000000000000000000000000000c0ffe")

// run is a Follower running against fakes, recording what it emits and logs.
type run struct {
	t      *testing.T
	l1     *countingL1
	cancel context.CancelFunc
	done   chan error

	mu    sync.Mutex
	items []Item
	logs  bytes.Buffer
	err   error
	ended bool
}

// countingL1 counts head reads, so a test can wait for the follower to have polled.
type countingL1 struct {
	*fakeL1
	mu    sync.Mutex
	heads int
}

func (c *countingL1) Head(ctx context.Context) (L1Block, error) {
	c.mu.Lock()
	c.heads++
	c.mu.Unlock()
	return c.fakeL1.Head(ctx)
}

func (c *countingL1) polls() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.heads
}

type lockedWriter struct{ r *run }

func (w lockedWriter) Write(p []byte) (int, error) {
	w.r.mu.Lock()
	defer w.r.mu.Unlock()
	return w.r.logs.Write(p)
}

func testConfig(srcs ...*fakeSource) Config {
	cfg := DefaultConfig(testRollup, nil, testRegistry)
	cfg.Confirmations, cfg.PollInterval, cfg.L1PollInterval = 0, time.Millisecond, time.Millisecond
	for _, s := range srcs {
		cfg.Operators = append(cfg.Operators, s.url)
	}
	return cfg
}

func startRun(t *testing.T, cfg Config, l1 *fakeL1, srcs ...*fakeSource) *run {
	t.Helper()
	return startRunWith(t, cfg, l1, nil, srcs...)
}

// startRunWith is startRun with tune applied to the follower before it runs (to shorten its
// timings).
func startRunWith(t *testing.T, cfg Config, l1 *fakeL1, tune func(f *Follower), srcs ...*fakeSource) *run {
	t.Helper()
	r := &run{t: t, l1: &countingL1{fakeL1: l1}, done: make(chan error, 1)}
	cfg.Logger = slog.New(slog.NewTextHandler(lockedWriter{r}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	byURL := make(map[string]*fakeSource)
	for _, s := range srcs {
		byURL[s.url] = s
	}
	f, err := newFollower(cfg, r.l1, func(url string) source { return byURL[url] })
	if err != nil {
		t.Fatal(err)
	}
	if tune != nil {
		tune(f)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	go func() { // owned: stop waits for it
		r.done <- f.Run(ctx, func(it Item) error {
			// Every item must survive a JSON round trip: that is the CLI's output.
			b, err := json.Marshal(it)
			if err != nil {
				return err
			}
			var back Item
			if err := json.Unmarshal(b, &back); err != nil {
				return err
			}
			r.mu.Lock()
			r.items = append(r.items, back)
			r.mu.Unlock()
			return nil
		})
	}()
	t.Cleanup(func() { r.stop() })
	return r
}

// stop cancels Run and returns its error (nil for a clean stop).
func (r *run) stop() error {
	r.mu.Lock()
	ended := r.ended
	r.mu.Unlock()
	if !ended {
		r.cancel()
		err := <-r.done
		r.mu.Lock()
		r.ended, r.err = true, err
		r.mu.Unlock()
	}
	if errors.Is(r.err, context.Canceled) {
		return nil
	}
	return r.err
}

// wait polls cond over the emitted items until it holds; it fails the test after a deadline or
// if Run ends.
func (r *run) wait(what string, cond func(items []Item) bool) {
	r.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if cond(r.snapshot()) {
			return
		}
		select {
		case err := <-r.done:
			r.mu.Lock()
			r.ended, r.err = true, err
			r.mu.Unlock()
			r.t.Fatalf("waiting for %s: Run ended: %v\n%s", what, err, r.dump())
		default:
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("timed out waiting for %s\n%s", what, r.dump())
		}
		time.Sleep(time.Millisecond) // polling interval, not a wait for an event
	}
}

// waitPolls waits until the follower has read the L1 head n more times, so that everything
// the fakes show now has been seen.
func (r *run) waitPolls(n int) {
	r.t.Helper()
	target := r.l1.polls() + n
	r.wait(fmt.Sprintf("%d L1 polls", n), func([]Item) bool { return r.l1.polls() >= target })
}

func (r *run) snapshot() []Item {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Item(nil), r.items...)
}

func (r *run) logText() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.logs.String()
}

func (r *run) dump() string {
	var b strings.Builder
	for _, it := range r.snapshot() {
		j, _ := json.Marshal(it)
		b.Write(j)
		b.WriteByte('\n')
	}
	return b.String() + "logs:\n" + r.logText()
}

// txs lists "height:payload" of the tx items with status st, in order.
func txs(items []Item, st Status) []string {
	var out []string
	for _, it := range items {
		if it.Kind == KindTx && it.Status == st {
			out = append(out, fmt.Sprintf("%d:%s", it.Height, it.Tx))
		}
	}
	return out
}

func ofKind(items []Item, k Kind) []Item {
	var out []Item
	for _, it := range items {
		if it.Kind == k {
			out = append(out, it)
		}
	}
	return out
}

func hasCheckpoint(n uint64) func([]Item) bool {
	return func(items []Item) bool {
		for _, it := range items {
			if it.Kind == KindCheckpoint && it.Checkpoint == n {
				return true
			}
		}
		return false
	}
}

func countTxs(st Status, n int) func([]Item) bool {
	return func(items []Item) bool { return len(txs(items, st)) >= n }
}

func equal(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("%s:\n got %v\nwant %v", what, got, want)
	}
}

func TestFollowerSoftThenFirm(t *testing.T) {
	c := testChain()
	l1 := newFakeL1()
	op := newFakeSource("http://op0", c)
	r := startRun(t, testConfig(op), l1, op)

	r.wait("soft items", countTxs(Soft, 5))
	items := r.snapshot()
	equal(t, "soft", txs(items, Soft), []string{"2:a1", "2:a2", "3:a3", "6:a4", "9:a5"})
	if len(txs(items, Firm)) != 0 {
		t.Fatalf("firm before any checkpoint on L1: %v", txs(items, Firm))
	}
	first := items[0]
	if first.RollupID != testRollup || first.Index != 0 || first.Count != 2 || first.Source != op.url || first.Checkpoint != 0 || first.TimeMs != c.meta(2).TimeMs {
		t.Fatalf("first soft item %+v (want the time of height 2, %d)", first, c.meta(2).TimeMs)
	}

	b1 := l1.mine(c.stored(1))
	r.wait("checkpoint 1", hasCheckpoint(1))
	items = r.snapshot()
	equal(t, "firm after checkpoint 1", txs(items, Firm), []string{"2:a1", "2:a2", "3:a3"})
	for _, it := range items {
		if it.Kind == KindTx && it.Status == Firm && (it.Checkpoint != 1 || it.L1Block != b1 || it.TimeMs != c.meta(it.Height).TimeMs) {
			t.Fatalf("firm item %+v: want checkpoint 1 stored in L1 block %d, the time of its height", it, b1)
		}
	}
	cp := ofKind(items, KindCheckpoint)[0]
	if cp.StartHeight != 1 || cp.EndHeight != 4 || cp.Root != c.stored(1).Root || cp.L1Block != b1 || cp.L1BlockHash == (common.Hash{}) || cp.TimeMs != c.meta(4).TimeMs {
		t.Fatalf("checkpoint item %+v", cp)
	}
	if last := items[len(items)-1]; last.Kind != KindCheckpoint {
		t.Fatalf("the checkpoint item does not follow its firm items: last is %+v", last)
	}

	l1.mine(c.stored(2))
	r.wait("checkpoint 2", hasCheckpoint(2))
	items = r.snapshot()
	equal(t, "firm", txs(items, Firm), []string{"2:a1", "2:a2", "3:a3", "6:a4"})
	equal(t, "soft, once each", txs(items, Soft), []string{"2:a1", "2:a2", "3:a3", "6:a4", "9:a5"})
	if n := len(ofKind(items, KindRetract)) + len(ofKind(items, KindLie)); n != 0 {
		t.Fatalf("%d retract/lie events with an honest operator:\n%s", n, r.dump())
	}
	if err := r.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
}

// An operator serving consistently forged batches (the tamper-batches fault) passes the soft
// checks; the L1 root exposes it: reported, dropped, its soft items withdrawn, and the honest
// operator's data follows.
func TestFollowerLyingOperator(t *testing.T) {
	c := testChain()
	l1 := newFakeL1()
	liar := newFakeSource("http://liar", c.tampered())
	honest := newFakeSource("http://honest", c)
	r := startRun(t, testConfig(liar, honest), l1, liar, honest)

	r.wait("soft items from the liar", countTxs(Soft, 5))
	equal(t, "soft from the liar", txs(r.snapshot(), Soft), []string{"2:TAMPERED:a1", "2:a2", "3:TAMPERED:a3", "6:TAMPERED:a4", "9:TAMPERED:a5"})

	l1.mine(c.stored(1))
	r.wait("checkpoint 1", hasCheckpoint(1))
	// The liar's soft items past the checkpoint are checked against the honest operator too.
	r.wait("liar's later soft items replaced", countTxs(Soft, 7))
	items := r.snapshot()
	lies := ofKind(items, KindLie)
	if len(lies) != 1 || lies[0].Operator != liar.url || lies[0].Checkpoint != 1 || !strings.Contains(lies[0].Reason, "L1") {
		t.Fatalf("lie events %+v", lies)
	}
	var retracted []uint64
	for _, it := range ofKind(items, KindRetract) {
		if it.Source != liar.url {
			t.Fatalf("retract of %s's items", it.Source)
		}
		retracted = append(retracted, it.Height)
	}
	if fmt.Sprint(retracted) != "[2 3 6 9]" {
		t.Fatalf("retracted heights %v", retracted)
	}
	equal(t, "firm", txs(items, Firm), []string{"2:a1", "2:a2", "3:a3"})
	for _, it := range items {
		if it.Kind == KindTx && it.Status == Firm && it.Source != honest.url {
			t.Fatalf("firm item from %s", it.Source)
		}
	}
	// Order: the lie, then the withdrawal of height 2, then its firm items.
	idx := func(pred func(Item) bool) int {
		for i, it := range items {
			if pred(it) {
				return i
			}
		}
		return -1
	}
	lieAt := idx(func(it Item) bool { return it.Kind == KindLie })
	retractAt := idx(func(it Item) bool { return it.Kind == KindRetract && it.Height == 2 })
	firmAt := idx(func(it Item) bool { return it.Kind == KindTx && it.Status == Firm })
	if !(lieAt < retractAt && retractAt < firmAt) {
		t.Fatalf("lie at %d, retract at %d, firm at %d\n%s", lieAt, retractAt, firmAt, r.dump())
	}

	l1.mine(c.stored(2))
	r.wait("checkpoint 2", hasCheckpoint(2))
	items = r.snapshot()
	equal(t, "firm", txs(items, Firm), []string{"2:a1", "2:a2", "3:a3", "6:a4"})
	if len(ofKind(items, KindRetract)) != 4 || len(ofKind(items, KindLie)) != 1 {
		t.Fatalf("more events after checkpoint 2:\n%s", r.dump())
	}
	if liar.closed == 0 {
		t.Fatal("the liar's connection was not closed")
	}
}

// An operator hiding a batch (leaving it out and "proving" its absence with a forged block)
// is caught when the checkpoint is decided height by height.
func TestFollowerHiddenBatch(t *testing.T) {
	c := testChain()
	l1 := newFakeL1()
	hider := newFakeSource("http://hider", c).hideBatch(testRollup, 6)
	honest := newFakeSource("http://honest", c)
	r := startRun(t, testConfig(hider, honest), l1, hider, honest)

	r.wait("soft items", countTxs(Soft, 4))
	l1.mine(c.stored(1), c.stored(2))
	r.wait("checkpoint 2", hasCheckpoint(2))
	items := r.snapshot()
	equal(t, "soft", txs(items, Soft), []string{"2:a1", "2:a2", "3:a3", "9:a5"})
	equal(t, "firm", txs(items, Firm), []string{"2:a1", "2:a2", "3:a3", "6:a4"})
	lies := ofKind(items, KindLie)
	if len(lies) != 1 || lies[0].Operator != hider.url || lies[0].Height != 6 || lies[0].Checkpoint != 2 {
		t.Fatalf("lie events %+v", lies)
	}
	if n := len(ofKind(items, KindRetract)); n != 0 {
		t.Fatalf("%d retracts: nothing wrong was emitted", n)
	}
}

func TestFollowerNoHonestOperator(t *testing.T) {
	c := testChain()
	l1 := newFakeL1()
	liar := newFakeSource("http://liar", c.tampered())
	r := startRun(t, testConfig(liar), l1, liar)
	r.wait("soft items", countTxs(Soft, 5))
	l1.mine(c.stored(1))
	err := <-r.done
	r.ended, r.err = true, err
	if !errors.Is(err, ErrNoHonestOperator) || !strings.Contains(err.Error(), liar.url) {
		t.Fatalf("Run: %v", err)
	}
	if lies := ofKind(r.snapshot(), KindLie); len(lies) != 1 {
		t.Fatalf("lies %+v", lies)
	}
}

// An unreachable operator is not a liar: the follower moves on and comes back.
func TestFollowerUnavailableOperator(t *testing.T) {
	c := testChain()
	l1 := newFakeL1()
	op0, op1 := newFakeSource("http://op0", c), newFakeSource("ws://op1", c)
	op0.setDown(true)
	r := startRun(t, testConfig(op0, op1), l1, op0, op1)
	r.wait("soft items", countTxs(Soft, 5))
	op0.setDown(false)
	op1.setDown(true)
	l1.mine(c.stored(1))
	r.wait("checkpoint 1", hasCheckpoint(1))
	items := r.snapshot()
	if len(ofKind(items, KindLie)) != 0 {
		t.Fatalf("an unreachable operator reported as lying:\n%s", r.dump())
	}
	equal(t, "firm", txs(items, Firm), []string{"2:a1", "2:a2", "3:a3"})
	for _, it := range items {
		if it.Kind == KindTx && it.Status == Firm && it.Source != op1.url {
			t.Fatalf("firm item from %s: soft records verified by the checkpoint need no refetch", it.Source)
		}
	}
}

// A restart with the same state file continues after the last firm checkpoint: no firm item
// twice, none missing.
func TestFollowerResume(t *testing.T) {
	c := testChain()
	l1 := newFakeL1()
	statePath := filepath.Join(t.TempDir(), "follow.state")
	cfg := testConfig()
	cfg.StatePath = statePath

	op := newFakeSource("http://op0", c)
	cfg.Operators = []string{op.url}
	r1 := startRun(t, cfg, l1, op)
	l1.mine(c.stored(1))
	r1.wait("checkpoint 1", hasCheckpoint(1))
	if err := r1.stop(); err != nil {
		t.Fatal(err)
	}
	st, ok, err := loadState(statePath)
	if err != nil || !ok || st.NextHeight != 5 || st.Checkpoint != 1 || st.Root != c.stored(1).Root || st.L1BlockHash == (common.Hash{}) {
		t.Fatalf("state %+v %v %v", st, ok, err)
	}

	l1.mine(c.stored(2))
	r2 := startRun(t, cfg, l1, newFakeSource("http://op0", c))
	r2.wait("checkpoint 2", hasCheckpoint(2))
	r2.wait("soft items past checkpoint 2", countTxs(Soft, 1))
	items2 := r2.snapshot()
	equal(t, "firm after restart", txs(items2, Firm), []string{"6:a4"})
	equal(t, "soft after restart", txs(items2, Soft), []string{"9:a5"})
	if cps := ofKind(items2, KindCheckpoint); len(cps) != 1 {
		t.Fatalf("checkpoints after restart %+v", cps)
	}
	all := append(txs(r1.snapshot(), Firm), txs(items2, Firm)...)
	equal(t, "firm over both runs", all, []string{"2:a1", "2:a2", "3:a3", "6:a4"})

	// The state belongs to its rollup.
	cfg.RollupID = 902
	if _, err := newFollower(cfg, l1, func(string) source { return op }); err == nil || !strings.Contains(err.Error(), "rollup 901") {
		t.Fatalf("state of another rollup: %v", err)
	}
	if err := os.WriteFile(statePath, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg.RollupID = testRollup
	if _, err := newFollower(cfg, l1, func(string) source { return op }); err == nil {
		t.Fatal("corrupt state file accepted")
	}
}

func TestFollowerFromHeight(t *testing.T) {
	c := testChain()
	l1 := newFakeL1()
	l1.mine(c.stored(1), c.stored(2))
	op := newFakeSource("http://op0", c)
	cfg := testConfig(op)
	cfg.FromHeight = 6
	r := startRun(t, cfg, l1, op)
	r.wait("checkpoint 2", hasCheckpoint(2))
	r.wait("soft", countTxs(Soft, 1))
	items := r.snapshot()
	equal(t, "firm", txs(items, Firm), []string{"6:a4"})
	equal(t, "soft", txs(items, Soft), []string{"9:a5"})
	if cps := ofKind(items, KindCheckpoint); len(cps) != 1 {
		t.Fatalf("checkpoints %+v: checkpoint 1 is before the first height", cps)
	}
}

// A checkpoint seen on L1 but removed by a reorg before it has its confirmations is not firm;
// stored again, it is firm once, with the block that stores it now.
func TestFollowerReorgBeforeConfirmation(t *testing.T) {
	c := testChain()
	l1 := newFakeL1()
	op := newFakeSource("http://op0", c)
	cfg := testConfig(op)
	cfg.Confirmations = 2
	r := startRun(t, cfg, l1, op)
	r.wait("soft items", countTxs(Soft, 5))

	b1 := l1.mine(c.stored(1))
	r.wait("checkpoint 1 seen", func([]Item) bool { return strings.Contains(r.logText(), "checkpoint seen on L1") })
	l1.mine() // one confirmation of two
	r.waitPolls(3)
	l1.rollback(b1 - 1)
	r.waitPolls(3)
	if !strings.Contains(r.logText(), "L1 reorg removed a checkpoint") {
		t.Fatalf("the reorg went unnoticed:\n%s", r.logText())
	}
	l1.mine()
	l1.mine()
	l1.mine()
	r.waitPolls(3)
	if n := len(ofKind(r.snapshot(), KindCheckpoint)); n != 0 || len(txs(r.snapshot(), Firm)) != 0 {
		t.Fatalf("firm output for a checkpoint a reorg removed:\n%s", r.dump())
	}

	b2 := l1.mine(c.stored(1))
	l1.mine()
	r.waitPolls(3)
	if n := len(txs(r.snapshot(), Firm)); n != 0 {
		t.Fatalf("firm with 1 confirmation of 2:\n%s", r.dump())
	}
	l1.mine()
	r.wait("checkpoint 1", hasCheckpoint(1))
	r.waitPolls(3)
	items := r.snapshot()
	equal(t, "firm", txs(items, Firm), []string{"2:a1", "2:a2", "3:a3"})
	cps := ofKind(items, KindCheckpoint)
	if len(cps) != 1 || cps[0].L1Block != b2 || b2 == b1 {
		t.Fatalf("checkpoint items %+v: want one, in L1 block %d (first seen in %d)", cps, b2, b1)
	}
}

// A reorg deeper than the confirmations: a checkpoint already firm is stored again with the
// same root (what honest operators guarantee): nothing is emitted twice. With another root,
// Run stops with ErrFirmReverted.
func TestFollowerDeepReorg(t *testing.T) {
	c := testChain()
	l1 := newFakeL1()
	op := newFakeSource("http://op0", c)
	r := startRun(t, testConfig(op), l1, op)
	b1 := l1.mine(c.stored(1))
	r.wait("checkpoint 1", hasCheckpoint(1))

	l1.rollback(b1 - 1)
	l1.mine()
	r.waitPolls(3)
	if !strings.Contains(r.logText(), "removed checkpoint 1, already emitted as firm") {
		t.Fatalf("deep reorg not reported:\n%s", r.logText())
	}
	b2 := l1.mine(c.stored(1), c.stored(2))
	r.wait("checkpoint 2", hasCheckpoint(2))
	items := r.snapshot()
	equal(t, "firm", txs(items, Firm), []string{"2:a1", "2:a2", "3:a3", "6:a4"})
	if n := len(ofKind(items, KindCheckpoint)); n != 2 {
		t.Fatalf("%d checkpoint items", n)
	}

	// Now a different checkpoint 2 (which honest operators would never sign).
	l1.rollback(b2 - 1)
	forged := c.stored(2)
	forged.Root[0] ^= 1
	l1.mine(c.stored(1), forged)
	err := <-r.done
	r.ended, r.err = true, err
	if !errors.Is(err, ErrFirmReverted) {
		t.Fatalf("Run: %v", err)
	}
}

func TestConfigCheck(t *testing.T) {
	good := DefaultConfig(901, []string{"http://127.0.0.1:8545", "ws://op:8546"}, testRegistry)
	if err := good.Check(); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		field string
		edit  func(c *Config)
	}{
		{"RollupID", func(c *Config) { c.RollupID = 0 }},
		{"Operators", func(c *Config) { c.Operators = nil }},
		{"Operators[1]", func(c *Config) { c.Operators[1] = "ftp://x" }},
		{"Operators[0]", func(c *Config) { c.Operators[0] = "http://" }},
		{"Operators[1]", func(c *Config) { c.Operators[1] = c.Operators[0] }},
		{"Registry", func(c *Config) { c.Registry = common.Address{} }},
		{"FromHeight", func(c *Config) { c.FromHeight = 0 }},
		{"PollInterval", func(c *Config) { c.PollInterval = -1 }},
		{"PollInterval", func(c *Config) { c.PollInterval = 0 }},
		{"L1PollInterval", func(c *Config) { c.L1PollInterval = -1 }},
		{"Failback", func(c *Config) { c.Failback = -1 }},
		{"Failback", func(c *Config) { c.Failback = 0 }},
	}
	for _, tc := range cases {
		c := good
		c.Operators = append([]string(nil), good.Operators...)
		tc.edit(&c)
		err := c.Check()
		if err == nil || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s: %v", tc.field, err)
		}
	}
	if _, err := New(good, nil); err == nil {
		t.Error("New without an L1 client")
	}
}

func TestItemJSON(t *testing.T) {
	tx := Item{Kind: KindTx, Status: Firm, RollupID: 901, Height: 7, Index: 0, Count: 1, TxHash: common.HexToHash("0x01"), Tx: []byte{0xab},
		Source: "http://op", Checkpoint: 2, L1Block: 40, TimeMs: 1_764_000_000_250}
	b, err := json.Marshal(tx)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"kind":"tx","status":"firm","rollupId":901,"height":7,"index":0,"count":1,"txHash":"0x0000000000000000000000000000000000000000000000000000000000000001","tx":"0xab","source":"http://op","checkpoint":2,"l1Block":40,"timeMs":1764000000250}`
	if string(b) != want {
		t.Fatalf("tx item:\n got %s\nwant %s", b, want)
	}
	lie := Item{Kind: KindLie, RollupID: 901, Height: 5, Operator: "http://liar", Reason: "bad", Checkpoint: 2}
	if b, _ := json.Marshal(lie); string(b) != `{"kind":"lie","rollupId":901,"height":5,"operator":"http://liar","reason":"bad","checkpoint":2}` {
		t.Fatalf("lie item %s", b)
	}
	for _, it := range []Item{tx, lie, {Kind: KindCheckpoint, RollupID: 1, Checkpoint: 3, StartHeight: 9, EndHeight: 12, Root: common.HexToHash("0x02"), L1Block: 4, L1BlockHash: common.HexToHash("0x03"), TimeMs: 1_764_000_001_000}} {
		b, _ := json.Marshal(it)
		var back Item
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		b2, _ := json.Marshal(back)
		if !bytes.Equal(b, b2) {
			t.Fatalf("round trip:\n%s\n%s", b, b2)
		}
	}
}
