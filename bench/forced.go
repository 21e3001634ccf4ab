package bench

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/lockstep-xyz/lockstep/bench/internal/mdtable"
	"github.com/lockstep-xyz/lockstep/bench/internal/stats"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/inbox"
	"github.com/lockstep-xyz/lockstep/system"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

// forcedRollup is the rollup the forced benchmark queues transactions for.
const forcedRollup = 901

// forcedPayloadBytes is the size of each forced transaction.
const forcedPayloadBytes = 100

// forcedSenderAccount is the anvil dev account that queues the forced transactions: one the
// deployment, the operators and the aggregator do not use.
const forcedSenderAccount = 5

// ForcedRun is one forced-latency run: the whole system with anvil mining every BlockTime.
type ForcedRun struct {
	BlockTime time.Duration `json:"l1BlockTimeNs"`
	// CheckpointInterval is K of the genesis: a checkpoint every K heights (~K seconds).
	CheckpointInterval uint64 `json:"checkpointInterval"`
	// Samples is how many forced transactions to queue, one after the other.
	Samples int `json:"samples"`
	// SampleTimeout bounds one sample, from sending it to firm.
	SampleTimeout time.Duration `json:"sampleTimeoutNs"`
	// Timeout bounds the run, start-up included; a run that times out reports what it has.
	Timeout time.Duration `json:"timeoutNs"`
}

func (r ForcedRun) check() error {
	if r.BlockTime <= 0 || r.CheckpointInterval == 0 || r.Samples < 1 || r.SampleTimeout <= 0 || r.Timeout <= 0 {
		return fmt.Errorf("forced latency: bad run %+v (block time, interval, samples and timeouts must be positive)", r)
	}
	return nil
}

// DefaultForcedRuns are the runs RunForced makes when ForcedConfig.Runs is empty: about a minute
// at 1 s L1 blocks, about four at 12 s.
var DefaultForcedRuns = []ForcedRun{
	{BlockTime: time.Second, CheckpointInterval: 3, Samples: 10, SampleTimeout: 40 * time.Second, Timeout: 150 * time.Second},
	{BlockTime: 12 * time.Second, CheckpointInterval: 3, Samples: 5, SampleTimeout: 100 * time.Second, Timeout: 330 * time.Second},
}

// QuickForcedRuns is a smoke test (`lockstep-dev bench --quick`): both block times, few samples.
var QuickForcedRuns = []ForcedRun{
	{BlockTime: time.Second, CheckpointInterval: 3, Samples: 3, SampleTimeout: 40 * time.Second, Timeout: 100 * time.Second},
	{BlockTime: 12 * time.Second, CheckpointInterval: 3, Samples: 2, SampleTimeout: 100 * time.Second, Timeout: 200 * time.Second},
}

// ForcedConfig configures RunForced.
type ForcedConfig struct {
	// LockstepBinary is the lockstep executable the nodes and the aggregator run (required).
	LockstepBinary string
	// WorkDir holds each run's data folder (forced-<block time>/, removed after a successful
	// run); empty means a fresh temporary folder.
	WorkDir string
	// Operators is the number of operator nodes (4).
	Operators int
	// Runs are the runs to make (DefaultForcedRuns).
	Runs []ForcedRun
	// Poll is how often operator 0's API and L1 are polled (20ms).
	Poll time.Duration
	// Log receives the system's steps; nil discards them.
	Log *slog.Logger
}

// ForcedSample is one forced transaction. Times are wall-clock milliseconds on this machine;
// -1 means not seen within the sample's bound.
type ForcedSample struct {
	InboxIndex uint64 `json:"inboxIndex"`
	// L1Block is the block that queued it.
	L1Block uint64 `json:"l1Block"`
	// QueueMs is from sending forceInclude to its receipt seen (waiting for the L1 block).
	QueueMs float64 `json:"sendToReceiptMs"`
	// SoftMs is from the receipt seen to operator 0's lockstep_getTx first finding the
	// transaction; FirmMs to inbox.FateOf at the L1 head first saying it is decided.
	SoftMs float64 `json:"softMs"`
	FirmMs float64 `json:"firmMs"`
	// SoftFromBlockMs and FirmFromBlockMs measure from the queuing block's timestamp instead
	// (whole seconds on anvil, so up to a second early or late).
	SoftFromBlockMs float64 `json:"softFromBlockTimestampMs"`
	FirmFromBlockMs float64 `json:"firmFromBlockTimestampMs"`
	// Height is where Lockstep ordered it (soft).
	Height uint64 `json:"height,omitempty"`
	// Checkpoint made it firm, stored in L1 block FirmL1Block; ByL1 if it was firm at its
	// deadline instead (the operators did not order it in time).
	Checkpoint  uint64 `json:"checkpoint,omitempty"`
	FirmL1Block uint64 `json:"firmL1Block,omitempty"`
	ByL1        bool   `json:"byL1,omitempty"`
	// Note says why a sample is incomplete.
	Note string `json:"note,omitempty"`
}

// firmBlocks is how many L1 blocks after the queuing block it was firm, -1 if it was not.
func (s ForcedSample) firmBlocks() float64 {
	if s.FirmMs < 0 || s.FirmL1Block < s.L1Block {
		return -1
	}
	return float64(s.FirmL1Block - s.L1Block)
}

// ForcedRunResult is one run's outcome.
type ForcedRunResult struct {
	ForcedRun
	Operators      int     `json:"operators"`
	StartupSeconds float64 `json:"startupSeconds"`
	// Delay is the registry's forcedInclusionDelay D, read from L1: an entry is firm D L1
	// blocks after its queuing block whatever the operators do.
	Delay   uint64         `json:"forcedInclusionDelayBlocks"`
	Samples []ForcedSample `json:"measured"`
	// Percentiles over the samples that got there (-1 for none).
	SoftP50Ms          float64 `json:"softP50Ms"`
	SoftMaxMs          float64 `json:"softMaxMs"`
	FirmP50Ms          float64 `json:"firmP50Ms"`
	FirmMaxMs          float64 `json:"firmMaxMs"`
	SoftFromBlockP50Ms float64 `json:"softFromBlockTimestampP50Ms"`
	FirmFromBlockP50Ms float64 `json:"firmFromBlockTimestampP50Ms"`
	QueueP50Ms         float64 `json:"sendToReceiptP50Ms"`
	FirmBlocksP50      float64 `json:"firmL1BlocksP50"`
	// ByL1 counts samples made firm at their deadline rather than by a checkpoint.
	ByL1 int `json:"firmAtDeadline"`
	// Note says why a run has fewer samples than asked for.
	Note string `json:"note,omitempty"`
}

// SlowPathBound is D × the L1 block time: how late a forced transaction is firm at the latest
// when every operator censors it.
func (r ForcedRunResult) SlowPathBound() time.Duration {
	return time.Duration(r.Delay) * r.BlockTime
}

// ForcedAnchor is another system's forced-inclusion bound: a published protocol parameter, not
// measured here.
type ForcedAnchor struct {
	System  string  `json:"system"`
	What    string  `json:"what"`
	Seconds float64 `json:"seconds"`
}

// ForcedAnchors are the published protocol parameters the forced latency is reported next to.
var ForcedAnchors = []ForcedAnchor{
	{System: "Arbitrum", What: "delayed inbox: a message can be force-included after 24 h", Seconds: 24 * 3600},
	{System: "OP Stack", What: "sequencing window: deposits are included within 12 h", Seconds: 12 * 3600},
	{System: "Taiko", What: "one-epoch window (32 slots × 12 s)", Seconds: 384},
}

// ForcedResult is the forced-latency benchmark.
type ForcedResult struct {
	Runs    []ForcedRunResult `json:"runs"`
	PollMs  float64           `json:"pollMs"`
	Anchors []ForcedAnchor    `json:"publishedAnchors"`
}

// RunForced measures forced-transaction latency on the whole system: for each run it starts
// the system (anvil mining every block time, the operator nodes and the aggregator as separate
// processes), waits for a first checkpoint, then queues forced transactions one by one
// through the L1 inbox (never sending them to an operator) and measures when operator 0
// orders each (soft) and when L1 shows it decided (firm). It stops the system, also when ctx
// is cancelled.
func RunForced(ctx context.Context, cfg ForcedConfig, logf func(format string, args ...any)) (ForcedResult, error) {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	if cfg.Operators == 0 {
		cfg.Operators = 4
	}
	if len(cfg.Runs) == 0 {
		cfg.Runs = DefaultForcedRuns
	}
	if cfg.Poll == 0 {
		cfg.Poll = 20 * time.Millisecond
	}
	res := ForcedResult{PollMs: firmMs(cfg.Poll), Anchors: ForcedAnchors}
	if cfg.LockstepBinary == "" {
		return res, errors.New("forced latency: no lockstep binary")
	}
	for _, run := range cfg.Runs {
		if err := run.check(); err != nil {
			return res, err
		}
	}
	if cfg.WorkDir == "" {
		dir, err := os.MkdirTemp("", "lockstep-bench-forced-")
		if err != nil {
			return res, err
		}
		defer os.RemoveAll(dir)
		cfg.WorkDir = dir
	}
	for _, run := range cfg.Runs {
		r, err := runForced(ctx, cfg, run, logf)
		if len(r.Samples) > 0 || err == nil {
			r.summarize()
			res.Runs = append(res.Runs, r)
		}
		if err != nil {
			return res, fmt.Errorf("forced latency at %s L1 blocks: %w", run.BlockTime, err)
		}
	}
	return res, nil
}

// forcedExits records how system children exited untold.
type forcedExits struct {
	mu  sync.Mutex
	err error
}

func (e *forcedExits) exited(name string, err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.err = errors.Join(e.err, fmt.Errorf("%s exited: %v", name, err))
}

func (e *forcedExits) get() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.err
}

func runForced(ctx context.Context, cfg ForcedConfig, run ForcedRun, logf func(string, ...any)) (res ForcedRunResult, err error) {
	res = ForcedRunResult{ForcedRun: run, Operators: cfg.Operators}
	ctx, cancel := context.WithTimeout(ctx, run.Timeout)
	defer cancel()
	start := time.Now()
	dir := filepath.Join(cfg.WorkDir, fmt.Sprintf("forced-%s", run.BlockTime))
	logf("forced: %s L1 blocks: starting the system (%d operators, the aggregator, a checkpoint every %d heights), data in %s",
		run.BlockTime, cfg.Operators, run.CheckpointInterval, dir)
	exits := &forcedExits{}
	sys, stop, err := startSystem(ctx, dir, system.Config{
		Lockstep:           cfg.LockstepBinary,
		Operators:          cfg.Operators,
		BlockTime:          run.BlockTime,
		Rollups:            []deployment.Rollup{{ID: forcedRollup}},
		CheckpointInterval: run.CheckpointInterval,
		NodeArgs:           []string{"--log.cometbft-level", "error"},
		Aggregator:         &system.AggregatorConfig{},
		StopTimeout:        procStopTimeout,
		OnExit:             exits.exited,
		Logger:             cfg.Log,
	})
	if err != nil {
		return res, err
	}
	defer stop(&err)

	w, err := newForcedWatch(ctx, sys, cfg.Poll)
	if err != nil {
		return res, err
	}
	if res.Delay, err = w.delay(ctx); err != nil {
		return res, err
	}
	if err := firstCheckpoint(ctx, w.reg); err != nil {
		return res, err
	}
	res.StartupSeconds = time.Since(start).Seconds()
	logf("forced: %s L1 blocks: up with a first checkpoint in %s (D = %d L1 blocks); queuing %d forced transactions",
		run.BlockTime, time.Since(start).Round(100*time.Millisecond), res.Delay, run.Samples)

	for i := range run.Samples {
		if err := exits.get(); err != nil {
			return res, err
		}
		payload := forcedPayload(run.BlockTime, i)
		s, err := w.sample(ctx, run.SampleTimeout, payload)
		if errors.Is(err, context.DeadlineExceeded) && ctx.Err() != nil { // the run's bound
			res.Note = fmt.Sprintf("the run's %s bound ended it after %d of %d samples", run.Timeout, len(res.Samples), run.Samples)
			return res, nil
		}
		if err != nil {
			return res, fmt.Errorf("forced transaction %d: %w", i, err)
		}
		res.Samples = append(res.Samples, s)
		logf("forced: %s L1 blocks: entry %d queued in L1 block %d: soft %s, firm %s (%s)",
			run.BlockTime, s.InboxIndex, s.L1Block, forcedSeconds(s.SoftMs), forcedSeconds(s.FirmMs), forcedHow(s))
	}
	return res, exits.get()
}

// forcedPayload is sample i's transaction: forcedPayloadBytes bytes, distinct per run and sample.
func forcedPayload(blockTime time.Duration, i int) []byte {
	p := []byte(fmt.Sprintf("lockstep bench forced transaction, %s L1 blocks, sample %d ", blockTime, i))
	for len(p) < forcedPayloadBytes {
		p = append(p, '.')
	}
	return p[:forcedPayloadBytes]
}

func forcedSeconds(ms float64) string {
	if ms < 0 {
		return "not seen"
	}
	return mdtable.Float(ms/1000) + " s"
}

func forcedHow(s ForcedSample) string {
	switch {
	case s.Note != "":
		return s.Note
	case s.ByL1:
		return "firm at its deadline"
	}
	return fmt.Sprintf("height %d, checkpoint %d stored in L1 block %d", s.Height, s.Checkpoint, s.FirmL1Block)
}

// forcedWatch queues forced transactions and watches operator 0 and L1.
type forcedWatch struct {
	sys    *system.System
	poll   time.Duration
	reg    *checkpointregistry.CheckpointRegistryCaller
	sender *txmgr.Manager
}

func newForcedWatch(ctx context.Context, sys *system.System, poll time.Duration) (*forcedWatch, error) {
	w := &forcedWatch{sys: sys, poll: poll}
	var err error
	if w.reg, err = checkpointregistry.NewCheckpointRegistryCaller(sys.Devnet.Deployment.Contracts.CheckpointRegistry, sys.Devnet.Client); err != nil {
		return nil, err
	}
	key, err := deployment.DevKey(forcedSenderAccount)
	if err != nil {
		return nil, err
	}
	tc := txmgr.DefaultConfig()
	tc.PollInterval = poll // the receipt is the start of every measurement
	if w.sender, err = txmgr.New(ctx, tc, sys.Devnet.Client, key, slog.New(slog.DiscardHandler)); err != nil {
		return nil, fmt.Errorf("forced transactions' sender: %w", err)
	}
	return w, nil
}

// delay reads the registry's forcedInclusionDelay D.
func (w *forcedWatch) delay(ctx context.Context) (uint64, error) {
	d, err := w.reg.ForcedInclusionDelay(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("read forcedInclusionDelay: %w", err)
	}
	return uint64(d), nil
}

// sample queues payload and polls until operator 0 has it and L1 decides it, or timeout (a
// sample with what it saw and a note) or ctx (its error).
func (w *forcedWatch) sample(ctx context.Context, timeout time.Duration, payload []byte) (ForcedSample, error) {
	s := ForcedSample{SoftMs: -1, FirmMs: -1, SoftFromBlockMs: -1, FirmFromBlockMs: -1}
	sctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	l1 := w.sys.Devnet.Client
	sent := time.Now()
	e, r, err := inbox.Queue(sctx, w.sender, l1, w.sys.Devnet.Deployment.Contracts.ForcedInclusionInbox, forcedRollup, payload)
	if err != nil {
		if ctx.Err() != nil {
			return s, ctx.Err()
		}
		return s, fmt.Errorf("queue in the inbox: %w", err)
	}
	queued := time.Now()
	s.InboxIndex, s.L1Block, s.QueueMs = e.Index, e.QueuedAt, firmMs(queued.Sub(sent))
	hdr, err := l1.HeaderByNumber(sctx, r.BlockNumber)
	if err != nil {
		return s, fmt.Errorf("read L1 block %d: %w", r.BlockNumber, err)
	}
	blockAt := time.Unix(int64(hdr.Time), 0)
	op, err := w.sys.Nodes[0].Client(sctx)
	if err != nil {
		return s, err
	}
	tick := time.NewTicker(w.poll)
	defer tick.Stop()
	for s.SoftMs < 0 || s.FirmMs < 0 {
		select {
		case <-sctx.Done():
			if ctx.Err() != nil {
				return s, ctx.Err()
			}
			s.Note = fmt.Sprintf("not soft and firm within the sample's %s bound", timeout)
			return s, nil
		case <-tick.C:
		}
		if s.SoftMs < 0 {
			if tx, err := op.GetTx(sctx, e.TxHash()); err == nil && tx.RollupID == e.RollupID {
				now := time.Now()
				s.SoftMs, s.SoftFromBlockMs, s.Height = firmMs(now.Sub(queued)), firmMs(now.Sub(blockAt)), tx.Height
			}
		}
		if s.FirmMs < 0 {
			head, err := l1.HeaderByNumber(sctx, nil)
			if err != nil {
				continue
			}
			fate, err := inbox.FateOf(sctx, w.reg, head.Number.Uint64(), head.Hash(), e)
			if err != nil || !fate.Decided {
				continue
			}
			now := time.Now()
			s.FirmMs, s.FirmFromBlockMs = firmMs(now.Sub(queued)), firmMs(now.Sub(blockAt))
			s.Checkpoint, s.FirmL1Block, s.ByL1 = fate.Checkpoint, fate.L1Block, fate.ByL1
		}
	}
	return s, nil
}

// summarize fills the percentiles from the samples.
func (r *ForcedRunResult) summarize() {
	var soft, firm, softB, firmB, queue, blocks []float64
	r.ByL1 = 0
	for _, s := range r.Samples {
		queue = append(queue, s.QueueMs)
		if s.SoftMs >= 0 {
			soft = append(soft, s.SoftMs)
			softB = append(softB, s.SoftFromBlockMs)
		}
		if s.FirmMs >= 0 {
			firm = append(firm, s.FirmMs)
			firmB = append(firmB, s.FirmFromBlockMs)
			blocks = append(blocks, s.firmBlocks())
		}
		if s.ByL1 {
			r.ByL1++
		}
	}
	r.SoftP50Ms, r.SoftMaxMs = stats.Percentile(soft, 50), stats.Percentile(soft, 100)
	r.FirmP50Ms, r.FirmMaxMs = stats.Percentile(firm, 50), stats.Percentile(firm, 100)
	r.SoftFromBlockP50Ms, r.FirmFromBlockP50Ms = stats.Percentile(softB, 50), stats.Percentile(firmB, 50)
	r.QueueP50Ms, r.FirmBlocksP50 = stats.Percentile(queue, 50), stats.Percentile(blocks, 50)
}

// durationText is d in the largest unit that keeps it readable: "384 s", "12 h".
func durationText(d time.Duration) string {
	if d >= time.Hour && d%time.Hour == 0 {
		return fmt.Sprintf("%d h", d/time.Hour)
	}
	if d%time.Second == 0 {
		return fmt.Sprintf("%d s", d/time.Second)
	}
	return mdtable.Float(d.Seconds()) + " s"
}

// Markdown renders the measured table, then the bounds table with the published anchors.
func (r ForcedResult) Markdown() string {
	sec := func(ms float64) string {
		if ms < 0 {
			return "–"
		}
		return mdtable.Float(ms/1000) + " s"
	}
	t := mdtable.Table{Header: []string{"L1 block time", "checkpoint every", "forced transactions", "soft p50", "soft max", "firm p50", "firm max",
		"firm, L1 blocks after queuing (p50)", "from the block timestamp: soft / firm p50", "slow-path bound D × block time"}}
	var b strings.Builder
	ops := 4
	for _, run := range r.Runs {
		ops = run.Operators
		n := fmt.Sprint(len(run.Samples))
		if run.ByL1 > 0 {
			n += fmt.Sprintf(" (%d firm at the deadline)", run.ByL1)
		}
		if run.Note != "" {
			n += " (" + run.Note + ")"
		}
		blocks := "–"
		if run.FirmBlocksP50 >= 0 {
			blocks = mdtable.Float(run.FirmBlocksP50)
		}
		t.Add(run.BlockTime.String(), fmt.Sprintf("%d heights", run.CheckpointInterval), n, sec(run.SoftP50Ms), sec(run.SoftMaxMs),
			sec(run.FirmP50Ms), sec(run.FirmMaxMs), blocks, sec(run.SoftFromBlockP50Ms)+" / "+sec(run.FirmFromBlockP50Ms),
			fmt.Sprintf("%d × %s = %s", run.Delay, run.BlockTime, durationText(run.SlowPathBound())))
	}
	b.WriteString(t.String())
	b.WriteString("\n")

	a := mdtable.Table{Header: []string{"forced inclusion bound (worst case when the sequencer censors)", "time", "source"}}
	for _, run := range r.Runs {
		a.Add(fmt.Sprintf("Lockstep slow path at %s L1 blocks: D = %d blocks (the registry's `forcedInclusionDelay`)", run.BlockTime, run.Delay),
			durationText(run.SlowPathBound()), "protocol parameter, D read from L1 in this run")
	}
	for _, an := range r.Anchors {
		a.Add(fmt.Sprintf("%s: %s", an.System, an.What), durationText(time.Duration(an.Seconds*float64(time.Second))), "published protocol parameter, not measured here")
	}
	b.WriteString(a.String())

	fmt.Fprintf(&b, "\nThe whole system (`system.Start`: anvil mining every block time, %d operator processes, the aggregator), one run per block time, "+
		"measured after the first checkpoint is stored. Each sample queues a %d-byte transaction with `ForcedInclusionInbox.forceInclude` "+
		"(`inbox.Queue`, from anvil account %d, which nothing else uses) and never sends it to an operator; they are queued one after "+
		"the other. Latency is measured from the moment the queuing transaction's receipt is seen (polled every %s ms; the block itself "+
		"is mined up to that much earlier): soft when operator 0's `lockstep_getTx` first finds the transaction, firm when `inbox.FateOf` "+
		"at the L1 head (no confirmations) first says it is decided by a checkpoint. The column from the block timestamp measures from "+
		"the queuing L1 block's timestamp instead, which anvil keeps in whole seconds. Operators put queued entries first in their next "+
		"block once the queuing block is their L1 origin, which lags the L1 head by one block, so soft includes about one L1 block; firm "+
		"adds the checkpoint that covers the entry and the L1 block that stores it, so it comes in whole L1 blocks after the queuing one. "+
		"The slow-path bound is the escape hatch: with every "+
		"operator censoring (or halted), an entry is firm D L1 blocks after its queuing block, from L1 alone. The anchors are other "+
		"systems' published protocol parameters for the same guarantee, not measured here.\n",
		ops, forcedPayloadBytes, forcedSenderAccount, strconv.FormatFloat(r.PollMs, 'f', -1, 64))
	return b.String()
}

// Section is the report section.
func (r ForcedResult) Section() Section {
	return Section{Title: "Forced transactions: queued on L1 to soft and firm", Markdown: r.Markdown(), JSON: r}
}
