package bench

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestRollupConfigCheck(t *testing.T) {
	for _, quick := range []bool{false, true} {
		c := DefaultRollupConfig(quick)
		c.LockstepBinary = "lockstep"
		if err := c.Check(); err != nil {
			t.Fatalf("default (quick %v): %v", quick, err)
		}
	}
	full, quick := DefaultRollupConfig(false), DefaultRollupConfig(true)
	if full.Rate != 50 || full.Duration != 30*time.Second || quick.Rate != 20 || quick.Duration != 8*time.Second ||
		full.SafePoll > 50*time.Millisecond || full.TxPoll > 5*time.Millisecond || full.Operators != 4 || full.BlockTime != time.Second {
		t.Fatalf("defaults %+v / %+v", full, quick)
	}
	for field, change := range map[string]func(*RollupConfig){
		"no lockstep binary": func(c *RollupConfig) { c.LockstepBinary = "" },
		"Operators":          func(c *RollupConfig) { c.Operators = 0 },
		"BlockTime":          func(c *RollupConfig) { c.BlockTime = 0 },
		"CheckpointInterval": func(c *RollupConfig) { c.CheckpointInterval = 0 },
		"Rate":               func(c *RollupConfig) { c.Rate = 0 },
		"DirectRate":         func(c *RollupConfig) { c.DirectRate = -1 },
		"Duration":           func(c *RollupConfig) { c.Duration = 0 },
		"Drain":              func(c *RollupConfig) { c.Drain = 0 },
		"Timeout":            func(c *RollupConfig) { c.Timeout = 0 },
		"SafePoll":           func(c *RollupConfig) { c.SafePoll = 0 },
		"TxPoll":             func(c *RollupConfig) { c.TxPoll = 0 },
	} {
		c := DefaultRollupConfig(false)
		c.LockstepBinary = "lockstep"
		change(&c)
		if err := c.Check(); err == nil || !strings.Contains(err.Error(), field) {
			t.Errorf("%s: err = %v", field, err)
		}
	}
}

func TestRollupSchedule(t *testing.T) {
	if n := rollupCount(50, 30*time.Second); n != 1500 {
		t.Errorf("50 tx/s for 30 s: %d", n)
	}
	if n := rollupCount(20, 8*time.Second); n != 160 {
		t.Errorf("20 tx/s for 8 s: %d", n)
	}
	if n := rollupCount(3, 500*time.Millisecond); n != 2 {
		t.Errorf("3 tx/s for 0.5 s: %d, want the started second's share rounded up", n)
	}
	start := time.Unix(1000, 0)
	for k, want := range map[int]time.Duration{0: 0, 1: 20 * time.Millisecond, 50: time.Second, 1499: 29980 * time.Millisecond} {
		if got := rollupDue(start, 50, k).Sub(start); got != want {
			t.Errorf("tx %d due after %s, want %s", k, got, want)
		}
	}
}

func TestRollupTracker(t *testing.T) {
	tr := newRollupTracker()
	t0 := time.Unix(1000, 0)
	h := func(i byte) common.Hash { return common.Hash{i} }
	tr.add(h(1), false, t0, t0)
	tr.add(h(2), false, t0, t0.Add(time.Millisecond))
	tr.add(h(3), true, t0, t0)
	tr.add(h(4), true, t0, t0)
	tr.refuse(h(4), errors.New("busy"))
	tr.refuse(h(2), errors.New("nonce too high"))

	if got := tr.unordered(); len(got) != 1 || got[0] != h(3) {
		t.Fatalf("unordered %v, want only the accepted direct tx", got)
	}
	tr.seenInBlock([]common.Hash{h(1), {9}}, 5, t0.Add(800*time.Millisecond))
	// A rebuilt block 5 holds tx 1 again: the first sighting stands.
	tr.seenInBlock([]common.Hash{h(1), h(3)}, 5, t0.Add(900*time.Millisecond))
	tr.orderedAt(h(3), t0.Add(400*time.Millisecond))
	tr.orderedAt(h(3), t0.Add(450*time.Millisecond))
	if got := tr.unordered(); len(got) != 0 {
		t.Fatalf("unordered %v after ordering", got)
	}
	tr.safeUpTo(4, t0.Add(2*time.Second))
	if _, _, safe, complete := tr.progress(); safe != 0 || complete {
		t.Fatalf("safe %d complete %v with safe below the block", safe, complete)
	}
	tr.safeUpTo(5, t0.Add(3*time.Second))
	tr.safeUpTo(6, t0.Add(4*time.Second))
	sent, soft, safe, complete := tr.progress()
	if sent != 4 || soft != 2 || safe != 2 || !complete {
		t.Fatalf("progress %d sent %d soft %d safe complete %v", sent, soft, safe, complete)
	}
	txs, refusals := tr.snapshot()
	if refusals != [2]string{"nonce too high", "busy"} {
		t.Fatalf("first refusals %q", refusals)
	}
	var r RollupResult
	r.summarize(txs, refusals)
	if r.RollupSoft != (RollupLatency{Count: 1, P50Ms: 800, P99Ms: 800, MaxMs: 800}) || r.RollupSafe.P50Ms != 3000 ||
		r.OrderingSoft.P50Ms != 400 || r.DirectRollupSoft.P50Ms != 900 || r.Blocks != 1 {
		t.Fatalf("summary %+v", r)
	}
	if r.Node.Sent != 2 || r.Node.Refused != 1 || r.Direct.Sent != 2 || r.Direct.Refused != 1 || r.Node.NeverSoft != 0 ||
		r.Node.SendLateP99Ms != 1 || r.Direct.SendLateP99Ms != 0 {
		t.Fatalf("streams %+v / %+v", r.Node, r.Direct)
	}
}

func TestRollupSummarizeAndMarkdown(t *testing.T) {
	t0 := time.Unix(1000, 0)
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	var txs []rollupTx
	for i := range 10 {
		txs = append(txs, rollupTx{hash: common.Hash{byte(i)}, due: at(i*20 - i), sent: at(i * 20), soft: at(i*20 + 500 + 10*i), safe: at(i*20 + 4000 + 100*i), block: uint64(3 + i/5)})
	}
	txs = append(txs,
		rollupTx{hash: common.Hash{20}, due: at(0), sent: at(0), soft: at(700), block: 9}, // soft, never safe
		rollupTx{hash: common.Hash{21}, due: at(0), sent: at(0)},                          // never seen
		rollupTx{hash: common.Hash{30}, direct: true, due: at(0), sent: at(0), ordered: at(300), soft: at(650), safe: at(4000), block: 3},
		rollupTx{hash: common.Hash{31}, direct: true, due: at(0), sent: at(2), ordered: at(352)}, // ordered, not executed
	)
	r := RollupResult{RollupConfig: DefaultRollupConfig(false), ChainID: rollupChainID}
	r.summarize(txs, [2]string{})
	if r.RollupSoft.Count != 11 || r.RollupSoft.P50Ms != 550 || r.RollupSoft.MaxMs != 700 || r.RollupSafe.Count != 10 ||
		r.RollupSafe.P50Ms != 4400 || r.RollupSafe.MaxMs != 4900 {
		t.Fatalf("rollup latencies %+v %+v", r.RollupSoft, r.RollupSafe)
	}
	if r.OrderingSoft != (RollupLatency{Count: 2, P50Ms: 300, P99Ms: 350, MaxMs: 350}) || r.DirectRollupSoft.Count != 1 ||
		r.OrderedToReceipt != (RollupLatency{Count: 1, P50Ms: 350, P99Ms: 350, MaxMs: 350}) {
		t.Fatalf("direct latencies %+v %+v %+v", r.OrderingSoft, r.DirectRollupSoft, r.OrderedToReceipt)
	}
	if r.Node.Sent != 12 || r.Node.NeverSoft != 1 || r.Node.NeverSafe != 2 || r.Direct.NeverOrdered != 0 || r.Direct.NeverSoft != 1 ||
		r.Node.SendLateP99Ms != 9 || r.Direct.SendLateP99Ms != 2 || r.Blocks != 3 {
		t.Fatalf("counts %+v / %+v, %d blocks", r.Node, r.Direct, r.Blocks)
	}
	r.Direct.Refused, r.Direct.FirstRefusal = 1, "mempool full"
	r.Note = "stopped waiting 40s after the last send"
	md := r.Markdown()
	for _, want := range []string{
		"| rollup soft: send → receipt on the rollup node | 50 tx/s to the rollup node | 11 | 550 ms | 700 ms | 700 ms | 12 / 0 / 1 |",
		"| rollup safe: send → its block at or below safe | 50 tx/s to the rollup node | 10 | 4400 ms | 4900 ms | 4900 ms | 12 / 0 / 2 |",
		"| ordering-only soft (baseline): send → operator 0's lockstep_getTx finds it | 10 tx/s straight to operator 0 | 2 | 300 ms | 350 ms | 350 ms | 2 / 1 / 0 |",
		"| rollup soft of those same direct txs: send → receipt on the rollup node | 10 tx/s straight to operator 0 | 1 | 650 ms | 650 ms | 650 ms | 2 / 1 / 1 |",
		"measured less than asked: stopped waiting 40s", "operator 0 refused 1 transactions, the first with: mempool full",
		"to its receipt on the rollup node: p50 350 ms, p99 350 ms, max 350 ms",
		"4 operator processes", "`newHeads`", "read every 50 ms", "asked every 5 ms", "chain 901", "a checkpoint every 3 heights",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	neg := r
	neg.OrderedToReceipt = RollupLatency{Count: 3, P50Ms: -4, P99Ms: 12, MaxMs: 12}
	if md := neg.Markdown(); !strings.Contains(md, "p50 -4.00 ms, p99 12.0 ms") {
		t.Errorf("a negative paired p50 is not shown:\n%s", md)
	}
	if s := r.Section(); s.Title == "" || s.JSON == nil {
		t.Fatalf("section %+v", s)
	}
	empty := RollupResult{RollupConfig: DefaultRollupConfig(true)}
	empty.summarize(nil, [2]string{})
	if md := empty.Markdown(); !strings.Contains(md, "| 0 | – | – | – | 0 / 0 / 0 |") || !strings.Contains(md, "p50 –, p99 –, max –") {
		t.Errorf("empty run's markdown:\n%s", md)
	}
}

func TestRunRollupChecksConfig(t *testing.T) {
	if _, err := RunRollup(context.Background(), DefaultRollupConfig(true), nil); err == nil || !strings.Contains(err.Error(), "no lockstep binary") {
		t.Fatalf("err = %v, want no lockstep binary", err)
	}
	// A binary that does not start fails the run at once, with no process left behind.
	cfg := DefaultRollupConfig(true)
	cfg.LockstepBinary, cfg.WorkDir, cfg.Timeout = "/nonexistent/lockstep", t.TempDir(), 10*time.Second
	if _, err := RunRollup(context.Background(), cfg, nil); err == nil {
		t.Fatal("no error from a missing binary")
	}
}
