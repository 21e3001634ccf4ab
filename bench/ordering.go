package bench

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	cmttypes "github.com/cometbft/cometbft/types"

	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/node"
)

// OrderingConfig configures the ordering benchmark.
type OrderingConfig struct {
	// Validators are the network sizes, each run for Lockstep and for the baseline.
	Validators []int `json:"validators"`
	// Loads are the offered loads in tx/s, each run on every network.
	Loads    []int         `json:"loads"`
	Duration time.Duration `json:"duration"`
	Warmup   time.Duration `json:"warmup"`
	Drain    time.Duration `json:"drain"`
	// SaturationSteps bounds the search for the highest load each network follows.
	SaturationSteps int `json:"saturationSteps"`
	// CompareFractions are the comparison phase's offered loads, as fractions of the highest
	// load the baseline followed at each size (the fixed loads when no saturation search ran).
	// Empty: no comparison phase.
	CompareFractions []float64 `json:"compareFractions"`
	// Repeats is how many times the comparison phase measures each of its loads on each system.
	Repeats int `json:"repeats"`
	// Budget is the time the benchmark aims to finish in: points that would end past it are
	// skipped, saturation steps already past their network size's share of it.
	Budget time.Duration `json:"budget"`
	// TxBytes is the payload size.
	TxBytes int `json:"txBytes"`
	// ResourceLoads are the loads whose node resources the report shows.
	ResourceLoads []int `json:"resourceLoads"`
	// Profile takes CPU profiles of node 0 of both systems at the first load of the first size.
	Profile bool `json:"profile"`
	// ProfileAt takes CPU profiles of node 0 at chosen points: each entry is a system
	// ("lockstep", "cometbft", "lockstep-gather", "lockstep-batch"), optionally with "@" and
	// an offered load in tx/s (any phase, every network size); no load means every point.
	ProfileAt []string `json:"profileAt,omitempty"`
	// Pause freezes (SIGSTOP) the network not being measured.
	Pause bool `json:"pause"`
	// GatherLoads are the offered loads of a third network, Lockstep with ingress gathering
	// (GatherWindow), run at the first size only, each with every payload size of GatherTxBytes
	// (in tx/s of TxBytes payloads: other sizes get the same bytes per second), each size on a
	// network of its own;
	// the baseline runs them too (at TxBytes), one engine transaction per user transaction.
	// Empty: no gathering rows.
	GatherLoads   []int         `json:"gatherLoads,omitempty"`
	GatherTxBytes []int         `json:"gatherTxBytes,omitempty"`
	GatherWindow  time.Duration `json:"gatherWindow"`
	// BatchLoads are the offered loads of a fourth network, Lockstep loaded by rollup batchers
	// (lockstep_submitBatch, up to BatchMax transactions a request), run like the gathering
	// network: first size only, every payload size of GatherTxBytes (52,500, 55,000 and 60,000
	// tx/s of 200 B: 10.5, 11 and 12 MB/s; at exactly 10 MB/s offered, what a point commits in
	// its window lands either side of the 10 MB/s goal). Empty: none. A batcher
	// submits when its oldest transaction has waited BatchWindow, if the batch is not full first.
	// RefMinBytes is the ingress networks' --api.ref-min-bytes: their nodes order consensus
	// transactions of at least this many bytes by reference (0: all whole; an operator's
	// default by default).
	RefMinBytes int           `json:"refMinBytes"`
	BatchLoads  []int         `json:"batchLoads,omitempty"`
	BatchMax    int           `json:"batchMax,omitempty"`
	BatchWindow time.Duration `json:"batchWindow,omitempty"`
	// systems, when set, limits the systems run (tests).
	systems []string
}

// DefaultOrderingConfig is the configuration `make bench` runs; quick is a smoke test.
func DefaultOrderingConfig(quick bool) OrderingConfig {
	c := OrderingConfig{
		Validators: []int{4, 7}, Loads: []int{1000, 5000, 10000}, Duration: 10 * time.Second,
		Warmup: time.Second, Drain: 5 * time.Second, SaturationSteps: 3, CompareFractions: []float64{0.25, 0.5, 0.8}, Repeats: 3,
		// About 78 points of 12.5 s (Duration + Drain/2), 16 minutes, and six network starts:
		// per size 6 fixed, up to 6 saturation and 18 comparison points, and at the first size
		// 18 on the ingress networks.
		Budget:  22 * time.Minute,
		TxBytes: 200, ResourceLoads: []int{1000, 5000}, Pause: true,
		GatherLoads: []int{10000, 25000, 50000}, GatherTxBytes: []int{200, 2048}, GatherWindow: 2 * time.Millisecond,
		BatchLoads: []int{10000, 25000, 50000, 52500, 55000, 60000}, BatchMax: 256, BatchWindow: 20 * time.Millisecond,
		RefMinBytes: node.DefaultRefMinBytes,
	}
	if quick {
		c.Validators, c.Loads, c.Duration, c.SaturationSteps, c.Repeats, c.Budget = []int{4}, []int{1000}, 4*time.Second, 0, 1, 3*time.Minute
		c.GatherLoads, c.GatherTxBytes, c.BatchLoads = []int{5000}, []int{200}, []int{5000}
	}
	return c
}

// MarshalJSON writes the durations as text ("10s").
func (c OrderingConfig) MarshalJSON() ([]byte, error) {
	type plain OrderingConfig
	return json.Marshal(struct {
		plain
		Duration string `json:"duration"`
		Warmup   string `json:"warmup"`
		Drain    string `json:"drain"`
		Budget   string `json:"budget"`
		Window   string `json:"gatherWindow"`
		Batch    string `json:"batchWindow"`
	}{plain(c), c.Duration.String(), c.Warmup.String(), c.Drain.String(), c.Budget.String(), c.GatherWindow.String(), c.BatchWindow.String()})
}

// Check validates the configuration, naming the bad field.
func (c *OrderingConfig) Check() error {
	switch {
	case len(c.Validators) == 0 || slices.ContainsFunc(c.Validators, func(n int) bool { return n < 1 || n > 50 }):
		return fmt.Errorf("ordering: validators %v: want 1 to 50", c.Validators)
	case len(c.Loads) == 0 || slices.ContainsFunc(c.Loads, func(l int) bool { return l < 1 || l > 100_000 }):
		return fmt.Errorf("ordering: loads %v: want 1 to 100000 tx/s", c.Loads)
	case c.Duration < time.Second || c.Duration > time.Minute:
		return fmt.Errorf("ordering: duration %s: want 1s to 1m", c.Duration)
	case c.Warmup < 0 || c.Warmup >= c.Duration:
		return fmt.Errorf("ordering: warm-up %s must be shorter than the duration %s", c.Warmup, c.Duration)
	case c.Drain <= 0 || c.Drain > time.Minute:
		return fmt.Errorf("ordering: drain %s: want up to 1m", c.Drain)
	case c.SaturationSteps < 0 || c.SaturationSteps > 10:
		return fmt.Errorf("ordering: saturation steps %d: want 0 to 10", c.SaturationSteps)
	// Past the baseline's saturation both systems' queues grow for as long as a point lasts,
	// and their latencies say nothing about ordering.
	case slices.ContainsFunc(c.CompareFractions, func(f float64) bool { return !(f > 0 && f <= 1) }):
		return fmt.Errorf("ordering: compare fractions %v: want each above 0 and at most 1", c.CompareFractions)
	case c.Repeats < 1 || c.Repeats > 10:
		return fmt.Errorf("ordering: repeats %d: want 1 to 10", c.Repeats)
	case c.TxBytes < idBytes+1 || c.TxBytes > 64<<10:
		return fmt.Errorf("ordering: tx bytes %d: want %d to 65536", c.TxBytes, idBytes+1)
	case c.RefMinBytes < 0 || c.RefMinBytes > envelope.MaxTxBytes:
		return fmt.Errorf("ordering: ref min bytes %d: want 0 to %d", c.RefMinBytes, envelope.MaxTxBytes)
	case checkProfileAt(c.ProfileAt) != nil:
		return checkProfileAt(c.ProfileAt)
	case c.Budget <= 0:
		return fmt.Errorf("ordering: budget %s must be positive", c.Budget)
	case slices.ContainsFunc(c.GatherLoads, func(l int) bool { return l < 1 || l > 100_000 }):
		return fmt.Errorf("ordering: gather loads %v: want 1 to 100000 tx/s", c.GatherLoads)
	case len(c.GatherLoads) > 0 && (len(c.GatherTxBytes) == 0 || c.GatherWindow <= 0):
		return fmt.Errorf("ordering: gather loads %v need payload sizes (%v) and a positive window (%s)", c.GatherLoads, c.GatherTxBytes, c.GatherWindow)
	case slices.ContainsFunc(c.GatherTxBytes, func(n int) bool { return n < idBytes+1 || n > 64<<10 }):
		return fmt.Errorf("ordering: gather tx bytes %v: want %d to 65536", c.GatherTxBytes, idBytes+1)
	case slices.ContainsFunc(c.BatchLoads, func(l int) bool { return l < 1 || l > 200_000 }):
		return fmt.Errorf("ordering: batch loads %v: want 1 to 200000 tx/s", c.BatchLoads)
	case len(c.BatchLoads) > 0 && (len(c.GatherTxBytes) == 0 || c.BatchMax < 1 || c.BatchMax > 4096 || c.BatchWindow <= 0 || c.BatchWindow > time.Second):
		return fmt.Errorf("ordering: batch loads %v need payload sizes (%v), a batch size of 1 to 4096 (%d) and a batch window up to 1s (%s)", c.BatchLoads, c.GatherTxBytes, c.BatchMax, c.BatchWindow)
	}
	return nil
}

// Settings are the settings both systems run with, for the report.
type Settings struct {
	TimeoutPropose      string `json:"timeoutPropose"`
	TimeoutCommit       string `json:"timeoutCommit"`
	SkipTimeoutCommit   bool   `json:"skipTimeoutCommit"`
	FlushThrottle       string `json:"flushThrottle"`
	PeerGossipSleep     string `json:"peerGossipSleep"`
	EmptyBlocksInterval string `json:"createEmptyBlocksInterval"`
	MempoolSize         int    `json:"mempoolSize"`
	MempoolMaxBytes     int64  `json:"mempoolMaxBytes"`
	MempoolRecheck      bool   `json:"mempoolRecheck"`
	BlockMaxBytes       int64  `json:"blockMaxBytes"`
	CheckpointInterval  int    `json:"checkpointInterval"`
	Rollups             int    `json:"rollups"`
	LoadConnsPerNode    int    `json:"loadConnectionsPerNode"`
}

// settings reads the CometBFT configuration both systems get (node.CometConfig of an
// operator's defaults) back, so the report shows what ran rather than what was meant to.
func settings() (Settings, error) {
	d := node.DefaultConfig("")
	cc, err := node.CometConfig(node.Config{Home: os.TempDir(), Peers: []string{"x@127.0.0.1:1"}, Consensus: d.Consensus, Mempool: d.Mempool, P2PSendRate: d.P2PSendRate, P2PRecvRate: d.P2PRecvRate})
	if err != nil {
		return Settings{}, err
	}
	return Settings{
		TimeoutPropose: cc.Consensus.TimeoutPropose.String(), TimeoutCommit: cc.Consensus.TimeoutCommit.String(), SkipTimeoutCommit: cc.Consensus.SkipTimeoutCommit,
		FlushThrottle: cc.P2P.FlushThrottleTimeout.String(), PeerGossipSleep: cc.Consensus.PeerGossipSleepDuration.String(),
		EmptyBlocksInterval: cc.Consensus.CreateEmptyBlocksInterval.String(), MempoolSize: cc.Mempool.Size, MempoolMaxBytes: cc.Mempool.MaxTxsBytes,
		MempoolRecheck: cc.Mempool.Recheck, CheckpointInterval: checkpointInterval, Rollups: len(benchRollups), LoadConnsPerNode: loadConns,
	}, nil
}

var errOverBudget = errors.New("ordering: stopped a minute past the time budget")

// OrderingResult is the ordering benchmark's outcome.
type OrderingResult struct {
	Config   OrderingConfig `json:"config"`
	Settings Settings       `json:"settings"`
	Points   []*Point       `json:"points"`
	// Saturation is, per system and size, the most committed tx/s of any point and the highest
	// offered load followed.
	Saturation []Saturation `json:"saturation"`
	Errors     []string     `json:"errors,omitempty"`
	Skipped    []string     `json:"skipped,omitempty"`
}

// Saturation summarises one network's points.
type Saturation struct {
	System        string  `json:"system"`
	Validators    int     `json:"validators"`
	MaxThroughput float64 `json:"maxCommittedTxPerSec"`
	MaxFollowed   int     `json:"maxOfferedFollowed"`
}

// OrderingBenchmark is the ordering benchmark (--only ordering) with the node resources it
// measures along (--only resources runs just the points those need).
func OrderingBenchmark(cfg OrderingConfig) Benchmark {
	return Benchmark{Names: []string{"ordering", "resources"}, Run: func(ctx context.Context, env *Env) ([]Section, error) {
		if !env.Selected("ordering") {
			cfg.Validators, cfg.Loads, cfg.SaturationSteps, cfg.CompareFractions = cfg.Validators[:1], cfg.ResourceLoads, 0, nil
		}
		res, err := RunOrdering(ctx, env, cfg)
		if res == nil {
			return nil, err
		}
		var secs []Section
		if env.Selected("ordering") {
			plot := ""
			if perr := writeLatencyPlot(res, filepath.Join(env.Out, latencyPlot)); errors.Is(perr, errNoLatency) {
				res.Skipped = append(res.Skipped, perr.Error())
			} else if perr != nil {
				err = errors.Join(err, perr)
			} else {
				plot = latencyPlot
			}
			secs = append(secs, orderingSection(res, plot))
		}
		if env.Selected("resources") {
			secs = append(secs, resourcesSection(res))
		}
		return secs, err
	}}
}

// RunOrdering runs the ordering benchmark: for each size, a Lockstep network and a baseline
// network, every load on each in turn (the other one paused), then a bounded saturation search
// on each, then the comparison phase (runComparison). A size whose networks fail is reported
// and the next one runs.
func RunOrdering(ctx context.Context, env *Env, cfg OrderingConfig) (*OrderingResult, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	st, err := settings()
	if err != nil {
		return nil, err
	}
	res := &OrderingResult{Config: cfg, Settings: st}
	start := time.Now()
	// The budget is a target the points keep to (see runSize); this is the hard stop.
	ctx, cancel := context.WithTimeoutCause(ctx, cfg.Budget+hardStopMargin, errOverBudget)
	defer cancel()
	end := start.Add(cfg.Budget)
	var errs []error
	for k, n := range cfg.Validators {
		// Each size's saturation search keeps to its share of the budget.
		shareEnd := start.Add(cfg.Budget * time.Duration(k+1) / time.Duration(len(cfg.Validators)))
		if err := runSize(ctx, env, cfg, n, budget{share: shareEnd, end: end}, res); err != nil {
			env.Printf("ordering, %d validators: %v", n, err)
			res.Errors = append(res.Errors, fmt.Sprintf("%d validators: %v", n, err))
			errs = append(errs, err)
		}
		if ctx.Err() != nil {
			break
		}
	}
	res.Saturation = saturations(res.Points, cfg)
	if context.Cause(ctx) == errOverBudget {
		errs = append(errs, errOverBudget)
	}
	return res, errors.Join(errs...)
}

// budget is when a network size's share of the time budget ends, and when the whole budget does.
// Saturation steps keep to the share; fixed loads and the comparison phase to the whole budget,
// since they are the comparison the report is for.
type budget struct{ share, end time.Time }

// hardStopMargin is how long past its budget the benchmark is stopped, whatever it is doing.
const hardStopMargin = time.Minute

// runSize measures both systems at one network size.
func runSize(ctx context.Context, env *Env, cfg OrderingConfig, n int, b budget, res *OrderingResult) (err error) {
	var nets []*cluster
	defer func() {
		for _, c := range nets {
			if serr := c.stop(); serr != nil {
				env.Log.Warn("stop network", "network", c.label(), "err", serr)
			}
		}
	}()
	opts := networkOptions{txBytes: cfg.TxBytes, profile: cfg.Profile || len(cfg.ProfileAt) > 0}
	if cfg.runs(systemLockstep) {
		env.Printf("starting Lockstep with %d operators (anvil, EigenLayer, genesis from L1)", n)
		c, err := startLockstep(ctx, env, n, opts)
		if err != nil {
			return err
		}
		nets = append(nets, c)
	}
	if cfg.runs(systemBaseline) {
		params, err := lockstepParams(nets)
		if err != nil {
			return err
		}
		if err := pauseAll(nets); err != nil {
			return err
		}
		env.Printf("starting bare CometBFT with %d validators", n)
		c, err := startBaseline(ctx, env, n, params, opts)
		if err != nil {
			return err
		}
		nets = append(nets, c)
	}
	measure := func(c *cluster, phase string, load, txBytes int) (*Point, error) {
		if cfg.Pause {
			for _, o := range nets {
				if o != c {
					if err := o.pause(); err != nil {
						return nil, err
					}
				}
			}
		}
		if err := c.resume(ctx); err != nil {
			return nil, err
		}
		spec := pointSpec{Phase: phase, Offered: load, Duration: cfg.Duration, Warmup: cfg.Warmup, Drain: cfg.Drain, TxBytes: txBytes}
		if cfg.Profile && phase == phaseFixed && load == cfg.Loads[0] && n == cfg.Validators[0] || cfg.profiles(c.system, load) {
			spec.ProfileTo = profilePathFor(env.Out, c.system, n, load, phase, len(res.Points))
			if err := os.MkdirAll(filepath.Dir(spec.ProfileTo), 0o755); err != nil {
				return nil, err
			}
		}
		env.Printf("%s: %s %d tx/s of %d B for %s", c.label(), phase, load, cmp.Or(txBytes, cfg.TxBytes), cfg.Duration)
		p, err := c.runPoint(ctx, env, spec)
		if p != nil {
			res.Points = append(res.Points, p)
			env.Printf("  → %s", p.summary())
		}
		return p, err
	}
	// A point takes its duration, then drains and waits for empty mempools (less if it kept up).
	estimate := cfg.Duration + cfg.Drain/2
	for i, load := range cfg.Loads {
		for _, c := range turn(nets, i) {
			if time.Now().Add(estimate).After(b.end) {
				res.Skipped = append(res.Skipped, fmt.Sprintf("%s: %d tx/s (time budget)", c.label(), load))
				continue
			}
			if _, err := measure(c, phaseFixed, load, 0); err != nil {
				return err
			}
		}
	}
	searches := make([]*satSearch, len(nets))
	for i, c := range nets {
		searches[i] = newSatSearch(cfg.SaturationSteps, res.pointsOf(c, cfg.TxBytes))
	}
	for step := 0; step < cfg.SaturationSteps; step++ {
		for _, c := range turn(nets, len(cfg.Loads)+step) {
			i := slices.Index(nets, c)
			load, ok := searches[i].next()
			if !ok {
				continue
			}
			if time.Now().Add(estimate).After(b.share) {
				res.Skipped = append(res.Skipped, fmt.Sprintf("%s: saturation step at %d tx/s (time budget)", c.label(), load))
				searches[i].stop()
				continue
			}
			p, err := measure(c, phaseSaturation, load, 0)
			if err != nil {
				return err
			}
			searches[i].observe(load, p.Followed)
		}
	}
	if err := runComparison(env, cfg, n, b, res, nets, measure); err != nil {
		return err
	}
	if n != cfg.Validators[0] {
		return nil
	}
	if len(cfg.GatherLoads) > 0 && cfg.runs(systemGather) && ctx.Err() == nil {
		env.Printf("Lockstep with %d operators and ingress gathering (%s window), a fresh network per payload size", n, cfg.GatherWindow)
		opts := networkOptions{txBytes: cfg.TxBytes, gatherWindow: cfg.GatherWindow, profile: opts.profile, nodeArgs: cfg.ingressArgs()}
		if err := runIngress(ctx, env, cfg, n, b, res, nets, opts, cfg.GatherLoads, measure); err != nil {
			return err
		}
	}
	if len(cfg.BatchLoads) > 0 && cfg.runs(systemBatch) && ctx.Err() == nil {
		env.Printf("Lockstep with %d operators and rollup batchers (up to %d transactions a lockstep_submitBatch, or what %s gathered), a fresh network per payload size", n, cfg.BatchMax, cfg.BatchWindow)
		opts := networkOptions{txBytes: cfg.TxBytes, batchMax: cfg.BatchMax, batchWindow: cfg.BatchWindow, profile: opts.profile, nodeArgs: cfg.ingressArgs()}
		if err := runIngress(ctx, env, cfg, n, b, res, nets, opts, cfg.BatchLoads, measure); err != nil {
			return err
		}
	}
	return nil
}

// runIngress measures Lockstep networks that share consensus transactions among user
// transactions (ingress gathering, or rollup batchers; opts says which) at loads, each payload
// size of cfg.GatherTxBytes on a network of its own in increasing loads (so that the overload
// ending one size's sweep, and the compaction debt it leaves, does not land on the next size's
// points), searches that network's saturation at the first size, then measures the baseline at
// the same loads (one engine transaction per user transaction) unless measured already.
func runIngress(ctx context.Context, env *Env, cfg OrderingConfig, n int, b budget, res *OrderingResult, nets []*cluster, opts networkOptions,
	loads []int, measure func(c *cluster, phase string, load, txBytes int) (*Point, error)) error {
	estimate := cfg.Duration + cfg.Drain/2
	run := func(all []*cluster, c *cluster, phase string, load, size int) (*Point, bool, error) {
		if time.Now().Add(estimate).After(b.end) {
			res.Skipped = append(res.Skipped, fmt.Sprintf("%s: %d tx/s of %d B (time budget)", c.label(), load, size))
			return nil, false, nil
		}
		if cfg.Pause {
			for _, o := range all {
				if o != c {
					if err := o.pause(); err != nil {
						return nil, false, err
					}
				}
			}
		}
		p, err := measure(c, phase, load, size)
		return p, true, err
	}
	for i, size := range cfg.GatherTxBytes {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err := runIngressSize(ctx, env, n, nets, opts, loads, cfg.TxBytes, size, i == 0, cfg.SaturationSteps, res, run); err != nil {
			return err
		}
	}
	for _, c := range nets {
		if c.system != systemBaseline {
			continue
		}
		for _, load := range loads {
			if fixedPoint(res.Points, c.system, n, load) == nil {
				if _, _, err := run(nets, c, phaseFixed, load, cfg.TxBytes); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// runIngressSize starts an ingress network, measures it at loads (the same bytes/s as that many
// baseTx-byte transactions) of size-byte transactions, searches its saturation if asked, and
// stops it.
func runIngressSize(ctx context.Context, env *Env, n int, nets []*cluster, opts networkOptions, loads []int, baseTx, size int, saturation bool, steps int,
	res *OrderingResult, run func(all []*cluster, c *cluster, phase string, load, size int) (*Point, bool, error)) error {
	if err := pauseAll(nets); err != nil {
		return err
	}
	g, err := startLockstep(ctx, env, n, opts)
	if err != nil {
		return err
	}
	defer func() {
		if serr := g.stop(); serr != nil {
			env.Log.Warn("stop network", "network", g.label(), "err", serr)
		}
	}()
	all := append(slices.Clone(nets), g)
	for _, load := range loads {
		if _, _, err := run(all, g, phaseFixed, sameBytes(load, baseTx, size), size); err != nil {
			return err
		}
	}
	if !saturation {
		return nil
	}
	s := newSatSearch(steps, res.pointsOf(g, size))
	for load, ok := s.next(); ok; load, ok = s.next() {
		p, measured, err := run(all, g, phaseSaturation, load, size)
		if err != nil {
			return err
		}
		if !measured {
			break
		}
		s.observe(load, p.Followed)
	}
	return nil
}

// ingressArgs are the ingress networks' extra node flags.
func (c *OrderingConfig) ingressArgs() []string {
	return []string{"--api.ref-min-bytes", strconv.Itoa(c.RefMinBytes)}
}

// profiles reports whether ProfileAt asks for a profile of system at load.
func (c *OrderingConfig) profiles(system string, load int) bool {
	for _, at := range c.ProfileAt {
		sys, l, hasLoad := strings.Cut(at, "@")
		if sys == system && (!hasLoad || l == strconv.Itoa(load)) {
			return true
		}
	}
	return false
}

// checkProfileAt validates ProfileAt's entries.
func checkProfileAt(at []string) error {
	for _, a := range at {
		sys, l, hasLoad := strings.Cut(a, "@")
		if !slices.Contains([]string{systemLockstep, systemBaseline, systemGather, systemBatch}, sys) {
			return fmt.Errorf("ordering: profile at %q: unknown system %q (want %s, %s, %s or %s)", a, sys, systemLockstep, systemBaseline, systemGather, systemBatch)
		}
		if n, err := strconv.Atoi(l); hasLoad && (err != nil || n < 1) {
			return fmt.Errorf("ordering: profile at %q: load %q is not a positive number of tx/s", a, l)
		}
	}
	return nil
}

// turn is the order the networks are measured in at round i: they take turns going first
// (L B, B L, ...), so neither is always the one measured right after a resume, and the
// networks switch half as often.
func turn(nets []*cluster, i int) []*cluster {
	order := slices.Clone(nets)
	if i%2 == 1 {
		slices.Reverse(order)
	}
	return order
}

func (c *OrderingConfig) runs(system string) bool {
	return len(c.systems) == 0 || slices.Contains(c.systems, system)
}

// lockstepParams are the consensus parameters of the Lockstep network among nets, if any.
func lockstepParams(nets []*cluster) (*cmttypes.ConsensusParams, error) {
	for _, c := range nets {
		if c.system == systemLockstep {
			return consensusParams(c)
		}
	}
	return nil, nil
}

func pauseAll(nets []*cluster) error {
	var errs []error
	for _, c := range nets {
		errs = append(errs, c.pause())
	}
	return errors.Join(errs...)
}

// pointsOf are the points of txBytes measured on c so far.
func (r *OrderingResult) pointsOf(c *cluster, txBytes int) []*Point {
	var out []*Point
	for _, p := range r.Points {
		if p.System == c.system && p.Validators == c.validators && p.TxBytes == txBytes {
			out = append(out, p)
		}
	}
	return out
}

// summary is a point's progress line.
func (p *Point) summary() string {
	s := fmt.Sprintf("%.0f tx/s committed (accepted %d/%d", p.Throughput, p.Accepted, p.Scheduled)
	if p.Busy+p.Overflow+p.Unsent+p.Failed+p.Refused > 0 {
		s += fmt.Sprintf(", busy %d, overflow %d, unsent %d, failed %d, refused %d", p.Busy, p.Overflow, p.Unsent, p.Failed, p.Refused)
	}
	s += fmt.Sprintf("), latency p50 %s p99 %s ms (submit p50 %s, then %s), %d blocks", fmtMs(p.Latency.P50), fmtMs(p.Latency.P99),
		fmtMs(p.Submit.P50), fmtMs(p.AfterSubmit.P50), p.Blocks)
	if p.Lost > 0 {
		s += fmt.Sprintf(", %d lost", p.Lost)
	}
	if c := p.Consensus; c != nil {
		s += fmt.Sprintf("; node 0: a block every %.0f ms, finalize %.1f ms, commit %.1f ms", c.BlockIntervalMs, c.ABCIMs["finalize_block"], c.ABCIMs["commit"])
	}
	if r := p.Resources; r != nil {
		s += fmt.Sprintf("; node 0 CPU %.0f%% RSS %.0f MiB, machine CPU %.0f%%", r.Node.CPUPercent, r.Node.RSSMaxMiB, r.Machine.CPUPercent)
	}
	return s
}

func fmtMs(v *float64) string {
	if v == nil {
		return "—"
	}
	return fmt.Sprintf("%.0f", *v)
}
