package bench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/bench/internal/mdtable"
	"github.com/lockstep-xyz/lockstep/bench/internal/stats"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/proc"
	"github.com/lockstep-xyz/lockstep/operator/socket"
)

// FirmRun is one firm-latency run: a whole devnet with anvil mining every BlockTime.
type FirmRun struct {
	BlockTime time.Duration `json:"l1BlockTimeNs"`
	// CheckpointInterval is K, a checkpoint every K heights. With no traffic CometBFT makes a
	// block about every second, so a checkpoint comes every ~K seconds.
	CheckpointInterval uint64 `json:"checkpointInterval"`
	// MaxInFlight is the aggregator's --max-in-flight (0: its default, 4). With 1 it waits for
	// each receipt before sending the next checkpoint, so it stores at most one per L1 block:
	// the baseline for checkpoints that come faster than L1 blocks.
	MaxInFlight int `json:"maxInFlight,omitempty"`
	// Samples is how many checkpoints to measure after the first (a warm-up, not counted).
	Samples int `json:"samples"`
	// Timeout bounds the run, start-up included; a run that times out reports what it has.
	Timeout time.Duration `json:"timeoutNs"`
}

// DefaultFirmRuns are the runs RunFirm makes when FirmConfig.Runs is empty: about 45 s at 1 s
// blocks, at most 150 s at 12 s blocks with a checkpoint every ~14 s, then a checkpoint every
// ~3 s (four per L1 block) with submissions pipelined and, side by side, one at a time.
var DefaultFirmRuns = []FirmRun{
	{BlockTime: time.Second, CheckpointInterval: 3, Samples: 10, Timeout: 75 * time.Second},
	{BlockTime: 12 * time.Second, CheckpointInterval: 14, Samples: 6, Timeout: 150 * time.Second},
	{BlockTime: 12 * time.Second, CheckpointInterval: 3, Samples: 8, Timeout: 90 * time.Second},
	{BlockTime: 12 * time.Second, CheckpointInterval: 3, Samples: 8, Timeout: 90 * time.Second, MaxInFlight: 1},
}

// label names the run in progress lines.
func (r FirmRun) label() string {
	return fmt.Sprintf("%s L1 blocks, a checkpoint every %d heights, submissions %s", r.BlockTime, r.CheckpointInterval, r.inFlight())
}

// inFlight describes MaxInFlight.
func (r FirmRun) inFlight() string {
	switch r.MaxInFlight {
	case 0:
		return "pipelined"
	case 1:
		return "one at a time"
	}
	return fmt.Sprintf("pipelined, %d in flight", r.MaxInFlight)
}

// QuickFirmRuns is a smoke test (`lockstep-dev bench --quick`): 1 s blocks only, 4 checkpoints.
var QuickFirmRuns = []FirmRun{{BlockTime: time.Second, CheckpointInterval: 3, Samples: 4, Timeout: 45 * time.Second}}

// FirmConfig configures RunFirm.
type FirmConfig struct {
	// Binary is the lockstep-dev executable (required): each run is `lockstep-dev devnet`.
	Binary string
	// LockstepBinary is the lockstep executable the devnet runs (its --lockstep-bin); empty
	// means the devnet's default, lockstep next to lockstep-dev.
	LockstepBinary string
	// WorkDir holds each run's data folder (firm-<block time>/, removed after a successful run);
	// empty means a fresh temporary folder.
	WorkDir string
	// Operators is the number of operator nodes (4).
	Operators int
	// Runs are the runs to make (DefaultFirmRuns).
	Runs []FirmRun
	// Poll is how often the operator API and L1 are polled (20ms).
	Poll time.Duration
}

// FirmSample is one checkpoint. Times are wall-clock milliseconds on this machine.
type FirmSample struct {
	Checkpoint uint64 `json:"checkpoint"`
	EndHeight  uint64 `json:"endHeight"`
	// LatencyMs is from the moment operator 0's API first reported EndHeight committed to the
	// moment the registry's latestCheckpointNumber first read Checkpoint.
	LatencyMs float64 `json:"latencyMs"`
	// SubmitMs is from that commit to the aggregator's transaction first seen in anvil's
	// mempool (signing, delivery, aggregation, building the L1 input); -1 if not seen.
	SubmitMs float64 `json:"commitToMempoolMs"`
	// InclusionMs is from the mempool to stored: waiting for the next L1 block; -1 if not seen.
	InclusionMs float64 `json:"mempoolToStoredMs"`
	// CometLatencyMs is the latency from CometBFT's own commit timestamp instead: the time of
	// block EndHeight+1, which BFT time sets to the median of the precommit times for EndHeight.
	CometLatencyMs float64 `json:"cometLatencyMs"`
	// ReferenceLag is the L1 block the checkpoint was stored in minus its reference block.
	ReferenceLag uint64 `json:"referenceLagBlocks"`
}

// FirmRunResult is one run's outcome.
type FirmRunResult struct {
	FirmRun
	Operators      int          `json:"operators"`
	StartupSeconds float64      `json:"startupSeconds"`
	Samples        []FirmSample `json:"measured"`
	P50Ms          float64      `json:"p50Ms"`
	P99Ms          float64      `json:"p99Ms"`
	MinMs          float64      `json:"minMs"`
	SubmitP50Ms    float64      `json:"commitToMempoolP50Ms"`
	InclusionP50Ms float64      `json:"mempoolToStoredP50Ms"`
	CometP50Ms     float64      `json:"cometLatencyP50Ms"`
	// ReferenceLagP50 is the median of the samples' ReferenceLag, in L1 blocks.
	ReferenceLagP50 float64 `json:"referenceLagP50Blocks"`
	// Note says why a run has fewer samples than asked for.
	Note string `json:"note,omitempty"`
}

// FirmResult is the firm-latency benchmark.
type FirmResult struct {
	Runs   []FirmRunResult `json:"runs"`
	PollMs float64         `json:"pollMs"`
}

// RunFirm measures firm latency, from CometBFT committing a checkpoint's last height to the
// checkpoint stored on L1, on the whole system: for each run it starts `lockstep-dev devnet
// --no-traffic` (anvil with interval mining, the operator nodes and the aggregator as separate
// processes), watches operator 0's API, anvil's mempool and the registry, and stops the devnet
// (by pid, also when ctx is cancelled).
func RunFirm(ctx context.Context, cfg FirmConfig, logf func(format string, args ...any)) (FirmResult, error) {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	if cfg.Binary == "" {
		return FirmResult{}, errors.New("firm latency: no lockstep-dev binary")
	}
	if cfg.Operators == 0 {
		cfg.Operators = 4
	}
	if len(cfg.Runs) == 0 {
		cfg.Runs = DefaultFirmRuns
	}
	if cfg.Poll == 0 {
		cfg.Poll = 20 * time.Millisecond
	}
	res := FirmResult{PollMs: firmMs(cfg.Poll)}
	for _, run := range cfg.Runs {
		if run.BlockTime <= 0 || run.CheckpointInterval == 0 || run.Samples < 1 || run.Timeout <= 0 {
			return res, fmt.Errorf("firm latency: bad run %+v (block time, interval, samples and timeout must be positive)", run)
		}
	}
	if cfg.WorkDir == "" {
		dir, err := os.MkdirTemp("", "lockstep-bench-firm-")
		if err != nil {
			return res, err
		}
		defer os.RemoveAll(dir)
		cfg.WorkDir = dir
	}
	for _, run := range cfg.Runs {
		r, err := runFirm(ctx, cfg, run, logf)
		if len(r.Samples) > 0 || err == nil {
			res.Runs = append(res.Runs, r)
		}
		if err != nil {
			return res, fmt.Errorf("firm latency at %s L1 blocks: %w", run.BlockTime, err)
		}
	}
	return res, nil
}

func runFirm(ctx context.Context, cfg FirmConfig, run FirmRun, logf func(string, ...any)) (FirmRunResult, error) {
	res := FirmRunResult{FirmRun: run, Operators: cfg.Operators}
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, run.Timeout)
	defer cancel()
	start := time.Now()

	dir := filepath.Join(cfg.WorkDir, fmt.Sprintf("firm-%s-k%d-inflight%d", run.BlockTime, run.CheckpointInterval, run.MaxInFlight))
	if err := os.RemoveAll(dir); err != nil {
		return res, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return res, err
	}
	out := filepath.Join(dir, "devnet.out")
	logf("firm: %s: starting lockstep devnet (%d operators, no traffic), data in %s", run.label(), cfg.Operators, dir)
	args := []string{"devnet", "--operators", strconv.Itoa(cfg.Operators), "--block-time", run.BlockTime.String(),
		"--checkpoint-interval", strconv.FormatUint(run.CheckpointInterval, 10), "--data-dir", dir, "--no-traffic"}
	if run.MaxInFlight > 0 {
		args = append(args, "--aggregator-max-in-flight", strconv.Itoa(run.MaxInFlight))
	}
	if cfg.LockstepBinary != "" {
		args = append(args, "--lockstep-bin", cfg.LockstepBinary)
	}
	p, err := proc.Start("lockstep devnet", cfg.Binary, args, proc.Options{LogPath: out, TruncateLog: true})
	if err != nil {
		return res, err
	}
	stopped := false
	stop := func() error {
		if stopped {
			return nil
		}
		stopped = true
		return p.Stop(30 * time.Second)
	}
	defer func() { _ = stop() }() // the normal path stops it earlier and logs the error
	failed := func(err error) (FirmRunResult, error) {
		if stopErr := stop(); stopErr != nil {
			err = errors.Join(err, stopErr)
		}
		if errors.Is(err, context.Canceled) {
			return res, err
		}
		return res, fmt.Errorf("%w (devnet output in %s:\n%s)", err, out, firmTail(out, 15))
	}

	w, err := attachDevnet(ctx, p, dir)
	if err != nil {
		return failed(err)
	}
	defer w.close()
	res.StartupSeconds = time.Since(start).Seconds()
	logf("firm: %s: devnet up in %s; measuring %d checkpoints after a warm-up one", run.label(), time.Since(start).Round(100*time.Millisecond), run.Samples)

	obs, err := w.observe(ctx, p, cfg.Poll, uint64(run.Samples)+1)
	if err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return failed(err)
	}
	if err != nil { // the run's time bound
		res.Note = fmt.Sprintf("the run's %s bound ended it after %d of %d checkpoints", run.Timeout, max(len(obs.stored), 1)-1, run.Samples)
	}
	// Read what the samples need from the still-running devnet (the run's bound may have passed,
	// the caller's has not), then stop it.
	rctx, rcancel := context.WithTimeout(parent, 20*time.Second)
	defer rcancel()
	res.Samples, err = w.samples(rctx, obs)
	if stopErr := stop(); stopErr != nil {
		logf("firm: stopping the devnet: %v", stopErr)
	}
	if err != nil {
		return res, fmt.Errorf("%w (devnet output in %s)", err, out)
	}
	if len(res.Samples) == 0 {
		return res, fmt.Errorf("no checkpoint measured within %s (devnet output in %s)", run.Timeout, out)
	}
	res.summarize()
	logf("firm: %s: %d checkpoints, p50 %s ms, p99 %s ms", run.label(), len(res.Samples), mdtable.Float(res.P50Ms), mdtable.Float(res.P99Ms))
	if err := os.RemoveAll(dir); err != nil {
		logf("firm: remove %s: %v", dir, err)
	}
	return res, nil
}

// devnetWatch holds the connections to a running devnet.
type devnetWatch struct {
	l1       *ethclient.Client
	l1rpc    *gethrpc.Client
	op       *operatorapi.Client
	registry *checkpointregistry.CheckpointRegistry
	regAddr  common.Address
	submitID []byte // submitCheckpoint's selector
}

func (w *devnetWatch) close() {
	w.op.Close()
	w.l1.Close()
}

// attachDevnet waits for the devnet to write its deployment and pids (written once every
// process is started) and connects to L1 and operator 0's API.
func attachDevnet(ctx context.Context, p *proc.Proc, dir string) (*devnetWatch, error) {
	depPath := filepath.Join(dir, "deployment.json")
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		_, err1 := os.Stat(depPath)
		_, err2 := os.Stat(filepath.Join(dir, "pids"))
		if err1 == nil && err2 == nil {
			break
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for the devnet to start: %w", ctx.Err())
		case <-p.Done():
			return nil, fmt.Errorf("lockstep devnet exited while starting: %v", p.Err())
		case <-tick.C:
		}
	}
	dep, err := deployment.LoadDeployment(depPath)
	if err != nil {
		return nil, err
	}
	if len(dep.Operators) == 0 {
		return nil, errors.New("deployment has no operators")
	}
	sock, err := socket.Parse(dep.Operators[0].Socket)
	if err != nil || sock.RPCURL == "" {
		return nil, fmt.Errorf("operator 0's socket %q has no API URL: %v", dep.Operators[0].Socket, err)
	}
	w := &devnetWatch{regAddr: dep.Contracts.CheckpointRegistry}
	if w.l1rpc, err = gethrpc.DialContext(ctx, dep.RPCURL); err != nil {
		return nil, fmt.Errorf("dial L1: %w", err)
	}
	w.l1 = ethclient.NewClient(w.l1rpc)
	if w.op, err = operatorapi.Dial(ctx, sock.RPCURL); err != nil {
		w.l1.Close()
		return nil, fmt.Errorf("dial operator 0's API: %w", err)
	}
	if w.registry, err = checkpointregistry.NewCheckpointRegistry(w.regAddr, w.l1); err != nil {
		w.close()
		return nil, err
	}
	regABI, err := checkpointregistry.CheckpointRegistryMetaData.GetAbi()
	if err != nil {
		w.close()
		return nil, err
	}
	w.submitID = regABI.Methods["submitCheckpoint"].ID
	return w, nil
}

// observations are wall-clock times seen while polling.
type observations struct {
	committed map[uint64]time.Time // height -> first seen committed at operator 0's API
	mempool   map[uint64]time.Time // checkpoint -> its submission first seen in anvil's mempool
	stored    map[uint64]time.Time // checkpoint -> first read as stored in the registry
}

// observe polls every poll until checkpoint want is stored (or ctx ends, returning what it saw
// with ctx's error). Each poll reads operator 0's height, anvil's mempool and the registry's
// latest checkpoint number.
func (w *devnetWatch) observe(ctx context.Context, p *proc.Proc, poll time.Duration, want uint64) (observations, error) {
	obs := observations{committed: map[uint64]time.Time{}, mempool: map[uint64]time.Time{}, stored: map[uint64]time.Time{}}
	var height, stored uint64
	tick := time.NewTicker(poll)
	defer tick.Stop()
	for stored < want {
		select {
		case <-ctx.Done():
			return obs, ctx.Err()
		case <-p.Done():
			return obs, fmt.Errorf("lockstep devnet exited: %v", p.Err())
		case <-tick.C:
		}
		cctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		if st, err := w.op.Status(cctx); err == nil && st.Height > height {
			now := time.Now()
			for h := height + 1; h <= st.Height; h++ {
				obs.committed[h] = now
			}
			height = st.Height
		}
		if ns, err := w.pendingCheckpoints(cctx); err == nil {
			now := time.Now()
			for _, n := range ns {
				if _, seen := obs.mempool[n]; !seen {
					obs.mempool[n] = now
				}
			}
		}
		if n, err := w.registry.LatestCheckpointNumber(&bind.CallOpts{Context: cctx}); err == nil && n > stored {
			now := time.Now()
			for m := stored + 1; m <= n; m++ {
				obs.stored[m] = now
			}
			stored = n
		}
		cancel()
	}
	return obs, nil
}

// pendingCheckpoints lists the checkpoint numbers of submitCheckpoint transactions in anvil's
// mempool. The checkpoint is a static tuple, so its number is the first argument word.
func (w *devnetWatch) pendingCheckpoints(ctx context.Context) ([]uint64, error) {
	var pool struct {
		Pending map[string]map[string]struct {
			To    *common.Address `json:"to"`
			Input hexutil.Bytes   `json:"input"`
		} `json:"pending"`
	}
	if err := w.l1rpc.CallContext(ctx, &pool, "txpool_content"); err != nil {
		return nil, err
	}
	var out []uint64
	for _, byNonce := range pool.Pending {
		for _, tx := range byNonce {
			in := tx.Input
			if tx.To == nil || *tx.To != w.regAddr || len(in) < 4+32 || !bytes.Equal(in[:4], w.submitID) {
				continue
			}
			if n := new(big.Int).SetBytes(in[4:36]); n.IsUint64() {
				out = append(out, n.Uint64())
			}
		}
	}
	return out, nil
}

// samples turns observations into per-checkpoint samples, skipping checkpoint 1 (warm-up: the
// aggregator's first reads of the operator set). It reads each checkpoint's heights from the
// operator API and its L1 block from the registry.
func (w *devnetWatch) samples(ctx context.Context, obs observations) ([]FirmSample, error) {
	var out []FirmSample
	for n := uint64(2); ; n++ {
		storedAt, ok := obs.stored[n]
		if !ok {
			return out, nil
		}
		cp, err := w.op.GetCheckpoint(ctx, n)
		if err != nil {
			return out, fmt.Errorf("read checkpoint %d from operator 0: %w", n, err)
		}
		end := cp.Checkpoint.EndHeight
		committedAt, ok := obs.committed[end]
		if !ok {
			return out, fmt.Errorf("checkpoint %d ends at height %d, which was never seen committed", n, end)
		}
		s := FirmSample{Checkpoint: n, EndHeight: end, LatencyMs: firmMs(storedAt.Sub(committedAt)), SubmitMs: -1, InclusionMs: -1, CometLatencyMs: -1}
		if at, ok := obs.mempool[n]; ok {
			s.SubmitMs, s.InclusionMs = firmMs(at.Sub(committedAt)), firmMs(storedAt.Sub(at))
		}
		if at, ok := w.blockTime(ctx, end+1); ok {
			s.CometLatencyMs = firmMs(storedAt.Sub(at))
		}
		if sc, err := w.registry.GetCheckpoint(&bind.CallOpts{Context: ctx}, n); err == nil && uint64(sc.L1Block) >= uint64(sc.ReferenceBlock) {
			s.ReferenceLag = uint64(sc.L1Block) - uint64(sc.ReferenceBlock)
		}
		out = append(out, s)
	}
}

// blockTime returns the CometBFT time of the block at height, waiting up to 5 s for it to be
// committed (the last checkpoint's next block may not be yet).
func (w *devnetWatch) blockTime(ctx context.Context, height uint64) (time.Time, bool) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		if blk, err := w.op.GetBlock(ctx, height); err == nil && !blk.Time.IsZero() {
			return blk.Time, true
		}
		select {
		case <-ctx.Done():
			return time.Time{}, false
		case <-tick.C:
		}
	}
}

func (r *FirmRunResult) summarize() {
	lat := make([]float64, 0, len(r.Samples))
	var submit, incl, comet, lag []float64
	for _, s := range r.Samples {
		lat = append(lat, s.LatencyMs)
		lag = append(lag, float64(s.ReferenceLag))
		if s.SubmitMs >= 0 {
			submit = append(submit, s.SubmitMs)
			incl = append(incl, s.InclusionMs)
		}
		if s.CometLatencyMs >= 0 {
			comet = append(comet, s.CometLatencyMs)
		}
	}
	r.P50Ms, r.P99Ms, r.MinMs = stats.Percentile(lat, 50), stats.Percentile(lat, 99), stats.Percentile(lat, 0)
	r.SubmitP50Ms, r.InclusionP50Ms, r.CometP50Ms = stats.Percentile(submit, 50), stats.Percentile(incl, 50), stats.Percentile(comet, 50)
	r.ReferenceLagP50 = stats.Percentile(lag, 50)
}

func firmMs(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// firmTail returns the last n lines of the file at path.
func firmTail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	return strings.Join(lines[max(len(lines)-n, 0):], "\n")
}

// Markdown renders the table with what the latency consists of.
func (r FirmResult) Markdown() string {
	t := mdtable.Table{Header: []string{"L1 block time", "checkpoint every", "aggregator", "checkpoints measured", "firm latency p50", "p99", "min",
		"commit → in L1 mempool, p50", "mempool → stored, p50", "p50 from CometBFT's commit timestamp"}}
	opt := func(x float64) string {
		if x < 0 {
			return "–"
		}
		return mdtable.Float(x/1000) + " s"
	}
	for _, run := range r.Runs {
		n := fmt.Sprint(len(run.Samples))
		if run.Note != "" {
			n += " (" + run.Note + ")"
		}
		t.Add(run.BlockTime.String(), fmt.Sprintf("%d heights", run.CheckpointInterval), run.inFlight(), n,
			opt(run.P50Ms), opt(run.P99Ms), opt(run.MinMs), opt(run.SubmitP50Ms), opt(run.InclusionP50Ms), opt(run.CometP50Ms))
	}
	var b strings.Builder
	b.WriteString(t.String())
	ops := 4
	var lags []string
	for _, run := range r.Runs {
		ops = run.Operators
		lags = append(lags, fmt.Sprintf("%s at %s blocks (every %d heights, %s)", strconv.FormatFloat(run.ReferenceLagP50, 'f', -1, 64), run.BlockTime, run.CheckpointInterval, run.inFlight()))
	}
	fmt.Fprintf(&b, "\nThe whole system (`lockstep devnet --no-traffic`: anvil mining every block time, %d operator processes, the aggregator), "+
		"one run per block time. Latency is from operator 0's API first reporting the checkpoint's last height committed "+
		"to the registry's `latestCheckpointNumber` first reading the checkpoint (both polled every %s ms); the first checkpoint "+
		"of a run is a warm-up and not counted. Percentiles are nearest-rank, so with ~10 samples p99 is the slowest one. "+
		"It consists of: operators signing the checkpoint and posting the signature to the aggregator, which submits at once when every "+
		"operator signed (otherwise after a 500 ms linger for stragglers) and builds the L1 input (commit → in L1 mempool); "+
		"then the transaction waits for the next L1 block, on average half a block time, at worst a whole one (mempool → stored); "+
		"CometBFT's heights (~1 s apart with no traffic) drift against L1's blocks, so successive checkpoints sample different points of the L1 block. "+
		"The reference block is the L1 head minus one, already mined when the aggregate is built, so it adds no wait "+
		"(median L1 blocks from reference block to the block storing the checkpoint: %s). "+
		"With a checkpoint every 3 heights at 12 s blocks, four checkpoints come per L1 block: the aggregator pipelines their "+
		"submissions (up to 4 wait for L1 blocks at once, each estimated on the pending state), and the baseline run beside it "+
		"sends one at a time, waiting for each receipt, so it stores at most one checkpoint per L1 block and its latency is a growing queue. "+
		"The last column measures from CometBFT's own commit timestamp (the next block's BFT time) instead of the API.\n",
		ops, strconv.FormatFloat(r.PollMs, 'f', -1, 64), strings.Join(lags, ", "))
	return b.String()
}

// Section is the report section.
func (r FirmResult) Section() Section {
	return Section{Title: "Firm latency: CometBFT commit to checkpoint stored on L1", Markdown: r.Markdown(), JSON: r}
}
