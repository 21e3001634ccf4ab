package bench

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/bench/internal/mdtable"
	"github.com/lockstep-xyz/lockstep/bench/internal/stats"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/system"
)

// rollupChainID is the EVM rollup the rollup benchmark runs a node for; its chain ID is its
// rollup ID.
const rollupChainID = 901

// The anvil dev accounts (funded by the rollup genesis) each stream signs with: disjoint, so each
// stream keeps its own nonces, and several per stream, so one account sends at most a few
// transactions a second one after the other (the rollup node refuses a nonce gap).
var (
	rollupNodeAccounts   = []int{0, 1, 2, 3, 4, 5}
	rollupDirectAccounts = []int{6, 7, 8, 9}
)

// rollupSink receives the benchmark's value transfers: an address nobody holds a key for.
var rollupSink = common.BytesToAddress(crypto.Keccak256([]byte("lockstep bench rollup sink")))

// rollupBatchMax is how many calls one JSON-RPC batch carries (the operator's limit is 100).
const rollupBatchMax = 100

// RollupConfig configures RunRollup.
type RollupConfig struct {
	// LockstepBinary is the lockstep executable the system runs (required).
	LockstepBinary string `json:"-"`
	// WorkDir holds the run's data folder (rollup/, removed after a successful run); empty
	// means a fresh temporary folder.
	WorkDir string `json:"-"`
	// Operators is the number of operator nodes; the rollup node follows all of them.
	Operators int `json:"operators"`
	// BlockTime is anvil's block interval.
	BlockTime time.Duration `json:"l1BlockTimeNs"`
	// CheckpointInterval is K of the genesis: a checkpoint every K heights.
	CheckpointInterval uint64 `json:"checkpointInterval"`
	// Rate is the open-loop load sent to the rollup node, in tx/s, for Duration.
	Rate     float64       `json:"txPerSecond"`
	Duration time.Duration `json:"sendingNs"`
	// DirectRate is the parallel load sent straight to operator 0, in tx/s, for Duration.
	DirectRate float64 `json:"directTxPerSecond"`
	// Drain bounds the wait after the last send for the last transaction to be soft and safe.
	Drain time.Duration `json:"drainNs"`
	// Timeout bounds the run, start-up included; a run that times out reports what it has.
	Timeout time.Duration `json:"timeoutNs"`
	// SafePoll is how often the rollup node's safe header is read; TxPoll how often operator 0
	// is asked for the direct transactions not found yet.
	SafePoll time.Duration `json:"safePollNs"`
	TxPoll   time.Duration `json:"getTxPollNs"`
	// Log receives the system's steps; nil discards them.
	Log *slog.Logger `json:"-"`
}

// DefaultRollupConfig is the full run (50 tx/s for 30 s), or with quick a smoke test (20 tx/s
// for 8 s).
func DefaultRollupConfig(quick bool) RollupConfig {
	c := RollupConfig{
		Operators:          4,
		BlockTime:          time.Second,
		CheckpointInterval: 3,
		Rate:               50,
		Duration:           30 * time.Second,
		DirectRate:         10,
		Drain:              40 * time.Second,
		Timeout:            4 * time.Minute,
		SafePoll:           50 * time.Millisecond,
		TxPoll:             5 * time.Millisecond,
	}
	if quick {
		c.Rate, c.Duration, c.DirectRate, c.Drain, c.Timeout = 20, 8*time.Second, 5, 30*time.Second, 3*time.Minute
	}
	return c
}

// Check names the first bad field.
func (c RollupConfig) Check() error {
	switch {
	case c.LockstepBinary == "":
		return errors.New("rollup latency: no lockstep binary")
	case c.Operators < 1:
		return fmt.Errorf("rollup latency: Operators %d, want at least 1", c.Operators)
	case c.BlockTime <= 0:
		return fmt.Errorf("rollup latency: BlockTime %s, want > 0", c.BlockTime)
	case c.CheckpointInterval == 0:
		return errors.New("rollup latency: CheckpointInterval 0, want > 0")
	case !(c.Rate > 0) || math.IsInf(c.Rate, 0):
		return fmt.Errorf("rollup latency: Rate %v, want > 0", c.Rate)
	case !(c.DirectRate > 0) || math.IsInf(c.DirectRate, 0):
		return fmt.Errorf("rollup latency: DirectRate %v, want > 0", c.DirectRate)
	case c.Duration <= 0:
		return fmt.Errorf("rollup latency: Duration %s, want > 0", c.Duration)
	case c.Drain <= 0:
		return fmt.Errorf("rollup latency: Drain %s, want > 0", c.Drain)
	case c.Timeout <= 0:
		return fmt.Errorf("rollup latency: Timeout %s, want > 0", c.Timeout)
	case c.SafePoll <= 0:
		return fmt.Errorf("rollup latency: SafePoll %s, want > 0", c.SafePoll)
	case c.TxPoll <= 0:
		return fmt.Errorf("rollup latency: TxPoll %s, want > 0", c.TxPoll)
	}
	return nil
}

// rollupCount is how many transactions a stream at rate sends in d.
func rollupCount(rate float64, d time.Duration) int {
	return int(math.Ceil(rate * d.Seconds()))
}

// rollupDue is when transaction k of a stream at rate starting at start is due: an open-loop
// schedule, whatever happened to the ones before.
func rollupDue(start time.Time, rate float64, k int) time.Time {
	return start.Add(time.Duration(float64(k) / rate * float64(time.Second)))
}

// RollupLatency is one measure's distribution over the transactions that reached it.
type RollupLatency struct {
	Count int     `json:"count"`
	P50Ms float64 `json:"p50Ms"`
	P99Ms float64 `json:"p99Ms"`
	MaxMs float64 `json:"maxMs"`
}

func rollupLatency(ms []float64) RollupLatency {
	return RollupLatency{Count: len(ms), P50Ms: stats.Percentile(ms, 50), P99Ms: stats.Percentile(ms, 99), MaxMs: stats.Percentile(ms, 100)}
}

// RollupStream counts one stream's transactions.
type RollupStream struct {
	Sent    int `json:"sent"`
	Refused int `json:"refused"`
	// NeverSoft counts accepted transactions never seen in a rollup block; NeverSafe those never
	// at or below safe; NeverOrdered (direct stream only) those lockstep_getTx never found.
	NeverSoft    int `json:"neverSoft"`
	NeverSafe    int `json:"neverSafe"`
	NeverOrdered int `json:"neverOrdered,omitempty"`
	// SendLateP99Ms is how far behind its schedule a send started (p99): the load generator's
	// own lag.
	SendLateP99Ms float64 `json:"sendLateP99Ms"`
	// FirstRefusal is the first refused send's error.
	FirstRefusal string `json:"firstRefusal,omitempty"`
}

// RollupResult is the rollup latency benchmark.
type RollupResult struct {
	RollupConfig
	ChainID        uint64  `json:"chainId"`
	StartupSeconds float64 `json:"startupSeconds"`
	// Node is the load sent to the rollup node; Direct the load sent straight to operator 0.
	Node   RollupStream `json:"throughRollupNode"`
	Direct RollupStream `json:"straightToOperator0"`
	// RollupSoft: send to the rollup node → receipt there; RollupSafe: → its block at or below
	// safe; OrderingSoft: send to operator 0 → its lockstep_getTx finds it; DirectRollupSoft:
	// the same direct transactions → receipt on the rollup node.
	RollupSoft       RollupLatency `json:"rollupSoft"`
	RollupSafe       RollupLatency `json:"rollupSafe"`
	OrderingSoft     RollupLatency `json:"orderingOnlySoft"`
	DirectRollupSoft RollupLatency `json:"directRollupSoft"`
	// OrderedToReceipt pairs them per direct transaction: lockstep_getTx first finding it →
	// its receipt on the rollup node (negative when the node had it first).
	OrderedToReceipt RollupLatency `json:"directOrderedToReceipt"`
	// Blocks is how many L2 blocks the timed transactions landed in.
	Blocks int `json:"l2Blocks"`
	// Receipts checked after the run: FailedReceipts have status 0, MovedReceipts a block other
	// than the one they were first seen in, LateReceipts belong to transactions the newHeads
	// watch never saw.
	ReceiptsChecked int `json:"receiptsChecked"`
	FailedReceipts  int `json:"failedReceipts"`
	MovedReceipts   int `json:"movedReceipts"`
	LateReceipts    int `json:"lateReceipts"`
	// Note says why the run measured less than it was asked to.
	Note string `json:"note,omitempty"`
}

// RunRollup measures what a user of the reference rollup node waits for: it starts the system
// (anvil mining every BlockTime, the operator processes, the aggregator and one `lockstep
// rollup run` for chain 901 following every operator), waits for a first checkpoint on L1 and a
// first transaction executed, then sends value transfers open-loop through the rollup node
// (rollup soft and safe) and, in parallel, straight to operator 0 (ordering-only soft, the
// baseline). It stops the system, also when ctx is cancelled.
func RunRollup(ctx context.Context, cfg RollupConfig, logf func(format string, args ...any)) (res RollupResult, err error) {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	res = RollupResult{RollupConfig: cfg, ChainID: rollupChainID}
	if err := cfg.Check(); err != nil {
		return res, err
	}
	if cfg.WorkDir == "" {
		dir, err := os.MkdirTemp("", "lockstep-bench-rollup-")
		if err != nil {
			return res, err
		}
		defer os.RemoveAll(dir)
		cfg.WorkDir = dir
	}
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	start := time.Now()
	dir := filepath.Join(cfg.WorkDir, "rollup")
	logf("rollup: starting the system (%d operators, the aggregator, a checkpoint every %d heights, %s L1 blocks, a rollup node for chain %d), data in %s",
		cfg.Operators, cfg.CheckpointInterval, cfg.BlockTime, rollupChainID, dir)
	exits := &forcedExits{}
	sys, stop, err := startSystem(ctx, dir, system.Config{
		Lockstep:           cfg.LockstepBinary,
		Operators:          cfg.Operators,
		BlockTime:          cfg.BlockTime,
		Rollups:            []deployment.Rollup{{ID: rollupChainID}},
		CheckpointInterval: cfg.CheckpointInterval,
		NodeArgs:           []string{"--log.cometbft-level", "error"},
		Aggregator:         &system.AggregatorConfig{},
		RollupNodes:        []system.RollupNodeConfig{{ChainID: rollupChainID}},
		StopTimeout:        procStopTimeout,
		OnExit:             exits.exited,
		Logger:             cfg.Log,
	})
	if err != nil {
		return res, err
	}
	defer stop(&err)

	l, err := newRollupLoad(ctx, sys, cfg)
	if err != nil {
		return res, err
	}
	defer l.close()
	if err := firstCheckpoint(ctx, l.reg); err != nil {
		return res, err
	}
	warm, err := l.warmUp(ctx)
	if err != nil {
		return res, err
	}
	res.StartupSeconds = time.Since(start).Seconds()
	n, nd := rollupCount(cfg.Rate, cfg.Duration), rollupCount(cfg.DirectRate, cfg.Duration)
	logf("rollup: up with a first checkpoint and a first transaction executed (%s) in %s; sending %d tx at %v tx/s to the rollup node and %d at %v tx/s to operator 0",
		warm.Round(time.Millisecond), time.Since(start).Round(100*time.Millisecond), n, cfg.Rate, nd, cfg.DirectRate)

	res.Note, err = l.run(ctx, exits, logf)
	// The run's bound may have passed; the caller's has not: check the receipts, then stop.
	rctx, rcancel := context.WithTimeout(parent, 30*time.Second)
	defer rcancel()
	txs, refusals := l.tr.snapshot()
	res.summarize(txs, refusals)
	if cerr := res.checkReceipts(rctx, l.rpc, txs); cerr != nil && err == nil {
		err = cerr
	}
	if err != nil {
		return res, err
	}
	logf("rollup: rollup soft p50 %s ms p99 %s ms, safe p50 %s ms, ordering-only soft p50 %s ms (%d + %d tx, %d refused)",
		mdtable.Float(res.RollupSoft.P50Ms), mdtable.Float(res.RollupSoft.P99Ms), mdtable.Float(res.RollupSafe.P50Ms),
		mdtable.Float(res.OrderingSoft.P50Ms), res.Node.Sent, res.Direct.Sent, res.Node.Refused+res.Direct.Refused)
	if res.RollupSoft.Count == 0 {
		return res, errors.New("no transaction through the rollup node was seen executed")
	}
	return res, exits.get()
}

// Markdown renders the table and how it was measured.
func (r RollupResult) Markdown() string {
	ms := func(x float64) string {
		if x < 0 {
			return "–"
		}
		return mdtable.Float(x) + " ms"
	}
	// A paired difference can be negative; only no pair at all is missing.
	pair := func(x float64) string {
		if r.OrderedToReceipt.Count == 0 {
			return "–"
		}
		return mdtable.Float(x) + " ms"
	}
	counts := func(s RollupStream, never int) string {
		return fmt.Sprintf("%d / %d / %d", s.Sent, s.Refused, never)
	}
	t := mdtable.Table{Header: []string{"measure", "load", "txs timed", "p50", "p99", "max", "sent / refused / never seen"}}
	nodeLoad := fmt.Sprintf("%v tx/s to the rollup node", r.Rate)
	directLoad := fmt.Sprintf("%v tx/s straight to operator 0", r.DirectRate)
	row := func(what, load string, l RollupLatency, s RollupStream, never int) {
		t.Add(what, load, strconv.Itoa(l.Count), ms(l.P50Ms), ms(l.P99Ms), ms(l.MaxMs), counts(s, never))
	}
	row("rollup soft: send → receipt on the rollup node", nodeLoad, r.RollupSoft, r.Node, r.Node.NeverSoft)
	row("rollup safe: send → its block at or below safe", nodeLoad, r.RollupSafe, r.Node, r.Node.NeverSafe)
	row("ordering-only soft (baseline): send → operator 0's lockstep_getTx finds it", directLoad, r.OrderingSoft, r.Direct, r.Direct.NeverOrdered)
	row("rollup soft of those same direct txs: send → receipt on the rollup node", directLoad, r.DirectRollupSoft, r.Direct, r.Direct.NeverSoft)

	var b strings.Builder
	b.WriteString(t.String())
	if r.Note != "" {
		fmt.Fprintf(&b, "\nThis run measured less than asked: %s.\n", r.Note)
	}
	for _, s := range []struct {
		name string
		s    RollupStream
	}{{"the rollup node", r.Node}, {"operator 0", r.Direct}} {
		if s.s.FirstRefusal != "" {
			fmt.Fprintf(&b, "\n%s refused %d transactions, the first with: %s\n", s.name, s.s.Refused, s.s.FirstRefusal)
		}
	}
	fmt.Fprintf(&b, "\nThe whole system (`system.Start`: anvil mining every %s, %d operator processes, the aggregator, a checkpoint every %d heights, "+
		"one `lockstep rollup run` for chain %d following every operator over WebSocket), measured once a first checkpoint is on L1 and a "+
		"warm-up transfer has its receipt. For %s two open-loop streams of signed EIP-1559 transfers (21,000 gas, 1 wei, nonces kept here) run "+
		"side by side: %v tx/s sent with `eth_sendRawTransaction` to the rollup node from %d dev accounts, and %v tx/s sent with the "+
		"operator API's `eth_sendRawTransaction` straight to operator 0 from %d others; each account sends its share on schedule, one "+
		"after the other (p99 lateness against the schedule: %s / %s). Every time starts just before the send. Rollup soft ends when the "+
		"rollup node's `newHeads` WebSocket notification for a block holding the transaction arrives (the block is fetched by the "+
		"notified hash for its transaction hashes; go-ethereum writes a head block's receipts and transaction index before notifying); "+
		"rollup safe when the `safe` header, read every %s ms, is at or past that block; ordering-only soft when operator 0's "+
		"`lockstep_getTx`, asked every %s ms in batches, first finds the transaction. After the run every receipt is read again: "+
		"%d checked, %d failed, %d in another block than first seen, %d for transactions the watch never saw; %d L2 blocks hold the "+
		"timed transactions. Ordering-only soft is Lockstep alone: mempool, a CometBFT height, operator 0's index. Rollup soft adds the "+
		"rollup node's part: checking the transaction against its head state and forwarding it to an operator (the first row only), "+
		"receiving the height's batch over its operator subscription, derivation (one L2 block per second of Lockstep time, built at "+
		"that second's first batch and rebuilt, re-executed and re-sealed as later heights of the same second join it, so a transaction "+
		"waits for the rebuild that takes in its height, not for the second to end) and go-ethereum executing and inserting the block. "+
		"The last row times the baseline's own transactions on the rollup node, so the difference between the third and fourth rows is "+
		"derivation and execution on the same transactions, without the forwarding hop; paired per transaction, from `lockstep_getTx` "+
		"first finding it to its receipt on the rollup node: p50 %s, p99 %s, max %s (the rollup node is pushed each height by every "+
		"operator it follows, while operator 0 is polled, so a pair can be negative). Safe adds the checkpoint covering the height "+
		"(every %d heights), its aggregation and the L1 block that stores it; the node counts a block safe once its checkpoint is in an "+
		"L1 block (0 confirmations on anvil). Percentiles are nearest-rank; times are wall-clock on this machine, which runs the whole "+
		"system and the load at once.\n",
		r.BlockTime, r.Operators, r.CheckpointInterval, r.ChainID, r.Duration, r.Rate, len(rollupNodeAccounts), r.DirectRate,
		len(rollupDirectAccounts), ms(r.Node.SendLateP99Ms), ms(r.Direct.SendLateP99Ms),
		strconv.FormatFloat(firmMs(r.SafePoll), 'f', -1, 64), strconv.FormatFloat(firmMs(r.TxPoll), 'f', -1, 64),
		r.ReceiptsChecked, r.FailedReceipts, r.MovedReceipts, r.LateReceipts, r.Blocks,
		pair(r.OrderedToReceipt.P50Ms), pair(r.OrderedToReceipt.P99Ms), pair(r.OrderedToReceipt.MaxMs), r.CheckpointInterval)
	return b.String()
}

// Section is the report section.
func (r RollupResult) Section() Section {
	return Section{Title: "Rollup node: user latency, send to receipt (soft) and to safe", Markdown: r.Markdown(), JSON: r}
}
