package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/lockstep-xyz/lockstep/internal/netem"
	"github.com/lockstep-xyz/lockstep/operator/node"
)

// WANConfig configures the WAN benchmark: the ordering benchmark's networks with every p2p link
// through an emulated wide-area link (internal/netem), under each emulation in turn.
type WANConfig struct {
	// Validators are the network sizes, each run for Lockstep and for the baseline.
	Validators []int `json:"validators"`
	// Load is the offered load in tx/s.
	Load     int           `json:"load"`
	Duration time.Duration `json:"duration"`
	// Warmup is not measured: it also lets the network settle after the emulation changed.
	Warmup time.Duration `json:"warmup"`
	Drain  time.Duration `json:"drain"`
	// Emulations are the names of the emulations run, from Emulations().
	Emulations []string `json:"emulations"`
	// Profiles are the consensus profiles (node.ConsensusProfile) both systems run with, each
	// on fresh networks.
	Profiles []string `json:"profiles"`
	// Jitter is each link's jitter as a fraction of its one-way latency.
	Jitter  float64 `json:"jitter"`
	TxBytes int     `json:"txBytes"`
	// Repeats is how many times each point is measured, the systems' turns alternating: the
	// report shows medians.
	Repeats int `json:"repeats"`
	// Pause freezes (SIGSTOP) the network not being measured.
	Pause bool `json:"pause"`
	// Budget is a hard stop for the whole benchmark.
	Budget time.Duration `json:"budget"`
	// systems, when set, limits the systems run (tests).
	systems []string
}

// DefaultWANConfig is the configuration `make bench` runs; quick is a smoke test.
func DefaultWANConfig(quick bool) WANConfig {
	c := WANConfig{
		Validators: []int{4, 7}, Load: 1000, Duration: 6 * time.Second, Warmup: 2 * time.Second, Drain: 5 * time.Second,
		Emulations: []string{emulationUniform25, emulationUniform50, emulationRegions}, Profiles: []string{node.ProfileLAN, node.ProfileWAN},
		Jitter: 0.1, TxBytes: 200, Repeats: 3, Pause: true, Budget: 25 * time.Minute,
	}
	if quick {
		c.Validators, c.Duration, c.Profiles, c.Repeats, c.Budget = []int{4}, 4*time.Second, []string{node.ProfileLAN}, 1, 4*time.Minute
	}
	return c
}

// MarshalJSON writes the durations as text ("8s").
func (c WANConfig) MarshalJSON() ([]byte, error) {
	type plain WANConfig
	return json.Marshal(struct {
		plain
		Duration string `json:"duration"`
		Warmup   string `json:"warmup"`
		Drain    string `json:"drain"`
		Budget   string `json:"budget"`
	}{plain(c), c.Duration.String(), c.Warmup.String(), c.Drain.String(), c.Budget.String()})
}

// Check validates the configuration, naming the bad field.
func (c *WANConfig) Check() error {
	switch {
	case len(c.Validators) == 0 || slices.ContainsFunc(c.Validators, func(n int) bool { return n < 2 || n > 50 }):
		return fmt.Errorf("wan: validators %v: want 2 to 50", c.Validators)
	case c.Load < 1 || c.Load > 100_000:
		return fmt.Errorf("wan: load %d: want 1 to 100000 tx/s", c.Load)
	case c.Duration < time.Second || c.Duration > time.Minute:
		return fmt.Errorf("wan: duration %s: want 1s to 1m", c.Duration)
	case c.Warmup < 0 || c.Warmup >= c.Duration:
		return fmt.Errorf("wan: warm-up %s must be shorter than the duration %s", c.Warmup, c.Duration)
	case c.Drain <= 0 || c.Drain > time.Minute:
		return fmt.Errorf("wan: drain %s: want up to 1m", c.Drain)
	case len(c.Emulations) == 0:
		return errors.New("wan: no emulations")
	case len(c.Profiles) == 0 || slices.ContainsFunc(c.Profiles, func(p string) bool { return !node.IsConsensusProfile(p) }):
		return fmt.Errorf("wan: profiles %v: want some of %v", c.Profiles, node.ConsensusProfiles)
	case c.Jitter < 0 || c.Jitter > 1:
		return fmt.Errorf("wan: jitter %v: want a fraction of the latency, 0 to 1", c.Jitter)
	case c.TxBytes < idBytes+1 || c.TxBytes > 64<<10:
		return fmt.Errorf("wan: tx bytes %d: want %d to 65536", c.TxBytes, idBytes+1)
	case c.Repeats < 1 || c.Repeats > 20:
		return fmt.Errorf("wan: repeats %d: want 1 to 20", c.Repeats)
	case c.Budget <= 0:
		return fmt.Errorf("wan: budget %s must be positive", c.Budget)
	}
	for _, e := range c.Emulations {
		if _, ok := findEmulation(e); !ok {
			return fmt.Errorf("wan: emulation %q: want some of %v", e, EmulationNames())
		}
	}
	return nil
}

func (c *WANConfig) runs(system string) bool {
	return len(c.systems) == 0 || slices.Contains(c.systems, system)
}

// Emulation is a wide-area network to emulate: the round-trip time between any two validators
// of a network.
type Emulation struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	// Source names where the latencies come from.
	Source string `json:"source,omitempty"`
	// RTT is the round-trip time between validators i and j (i ≠ j) of a network of n.
	RTT func(n, i, j int) time.Duration `json:"-"`
	// Place names validator i's location, for the report (nil: no locations).
	Place func(n, i int) string `json:"-"`
}

// Emulation names.
const (
	emulationUniform25 = "uniform-25ms"
	emulationUniform50 = "uniform-50ms"
	emulationRegions   = "regions"
)

// Region RTTs (ms, average ping between EC2 instances; the two directions averaged) from the
// table "Latency Between AWS Global Regions" as republished in "AWS Regions", A Computer
// Scientist Learns AWS (April 2017), and an intra-region RTT (between availability zones) within
// the 0.25 to 3.4 ms Kyle Anderson measured ("Measuring AWS Region and AZ Latency", xkyle.com,
// cloudping.io data).
const (
	regionSource = "AWS inter-region average ping RTTs: \"Latency Between AWS Global Regions\", as tabulated in " +
		"https://acomputerscientistlearnsaws.blogspot.com/2017/04/aws-regions.html (us-east-1 ↔ eu-west-1 80.5 ms, " +
		"us-east-1 ↔ ap-southeast-1 216.7 ms, eu-west-1 ↔ ap-southeast-1 238.5 ms); within a region 2 ms (between " +
		"availability zones: 0.25 to 3.4 ms in https://www.xkyle.com/Measuring-AWS-Region-and-AZ-Latency/)"
	intraRegionRTT = 2 * time.Millisecond
)

var (
	regions   = []string{"us-east-1", "eu-west-1", "ap-southeast-1"}
	regionRTT = map[[2]string]time.Duration{
		{"us-east-1", "eu-west-1"}:      80500 * time.Microsecond,
		{"us-east-1", "ap-southeast-1"}: 216700 * time.Microsecond,
		{"eu-west-1", "ap-southeast-1"}: 238500 * time.Microsecond,
	}
)

// regionOf places validator i round-robin over the three regions: 4 validators are 2 in
// us-east-1 and one each in eu-west-1 and ap-southeast-1; 7 are 3, 2 and 2.
func regionOf(_, i int) string { return regions[i%len(regions)] }

func regionPairRTT(a, b string) time.Duration {
	if a == b {
		return intraRegionRTT
	}
	if d, ok := regionRTT[[2]string{a, b}]; ok {
		return d
	}
	return regionRTT[[2]string{b, a}]
}

func uniform(rtt time.Duration) func(n, i, j int) time.Duration {
	return func(int, int, int) time.Duration { return rtt }
}

// Emulations are the emulations the WAN benchmark knows.
func Emulations() []Emulation {
	return []Emulation{
		{Name: emulationUniform25, Description: "every link 25 ms one way (50 ms RTT)", RTT: uniform(50 * time.Millisecond)},
		{Name: emulationUniform50, Description: "every link 50 ms one way (100 ms RTT)", RTT: uniform(100 * time.Millisecond)},
		{Name: emulationRegions, Description: "validators round-robin over us-east-1, eu-west-1, ap-southeast-1 (4: 2/1/1, 7: 3/2/2)", Source: regionSource,
			RTT:   func(n, i, j int) time.Duration { return regionPairRTT(regionOf(n, i), regionOf(n, j)) },
			Place: regionOf},
	}
}

// EmulationNames are the names of Emulations().
func EmulationNames() []string {
	var out []string
	for _, e := range Emulations() {
		out = append(out, e.Name)
	}
	return out
}

func findEmulation(name string) (Emulation, bool) {
	es := Emulations()
	i := slices.IndexFunc(es, func(e Emulation) bool { return e.Name == name })
	if i < 0 {
		return Emulation{}, false
	}
	return es[i], true
}

// apply sets every link of net, a network of n validators, to the emulation: half the RTT one
// way, with jitter the given fraction of it.
func (e Emulation) apply(net *netem.Net, n int, jitter float64) error {
	return net.SetAll(func(from, to string) (time.Duration, time.Duration) {
		oneWay := e.RTT(n, nodeIndex(from), nodeIndex(to)) / 2
		return oneWay, time.Duration(float64(oneWay) * jitter)
	})
}

// nodeIndex is the index in a nodeName.
func nodeIndex(name string) int {
	var i int
	_, _ = fmt.Sscanf(name, "node%d", &i)
	return i
}

// WANPoint is one measurement of the WAN benchmark.
type WANPoint struct {
	Profile   string `json:"profile"`
	Emulation string `json:"emulation"`
	*Point
}

// WANResult is the WAN benchmark's outcome.
type WANResult struct {
	Config WANConfig `json:"config"`
	// Profiles are the timings of Config.Profiles, in order.
	Profiles   []node.ConsensusConfig `json:"profileTimings"`
	Settings   Settings               `json:"settings"`
	Emulations []Emulation            `json:"emulations"`
	Matrices   []wanMatrix            `json:"matrices"`
	Points     []*WANPoint            `json:"points"`
	Errors     []string               `json:"errors,omitempty"`
	Skipped    []string               `json:"skipped,omitempty"`
}

// wanMatrix is the RTT between every pair of a network's validators under one emulation, for
// the report.
type wanMatrix struct {
	Emulation  string      `json:"emulation"`
	Validators int         `json:"validators"`
	Places     []string    `json:"places,omitempty"`
	RTTMs      [][]float64 `json:"rttMs"`
}

func matrixOf(e Emulation, n int) wanMatrix {
	m := wanMatrix{Emulation: e.Name, Validators: n, RTTMs: make([][]float64, n)}
	for i := range n {
		if e.Place != nil {
			m.Places = append(m.Places, e.Place(n, i))
		}
		m.RTTMs[i] = make([]float64, n)
		for j := range n {
			if i != j {
				m.RTTMs[i][j] = math.Round(float64(e.RTT(n, i, j))/float64(time.Millisecond)*10) / 10
			}
		}
	}
	return m
}

// WANBenchmark is the WAN benchmark (--only wan).
func WANBenchmark(cfg WANConfig) Benchmark {
	return Benchmark{Names: []string{"wan"}, Run: func(ctx context.Context, env *Env) ([]Section, error) {
		res, err := RunWAN(ctx, env, cfg)
		if res == nil {
			return nil, err
		}
		return []Section{wanSection(res)}, err
	}}
}

var errWANOverBudget = errors.New("wan: stopped at the time budget")

// RunWAN runs the WAN benchmark: for each size, a Lockstep network and a baseline network, each
// with its own emulated network between its nodes (the load generator talks to every node
// directly, as a client next to its node would), then, for each emulation, the links set and
// the load offered to each network in turn (the other paused). A size whose networks fail is
// reported and the next one runs.
func RunWAN(ctx context.Context, env *Env, cfg WANConfig) (*WANResult, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	st, err := settings()
	if err != nil {
		return nil, err
	}
	res := &WANResult{Config: cfg, Settings: st}
	for _, p := range cfg.Profiles {
		timings, err := node.ConsensusProfile(p)
		if err != nil {
			return nil, err
		}
		res.Profiles = append(res.Profiles, timings)
	}
	for _, name := range cfg.Emulations {
		e, _ := findEmulation(name)
		res.Emulations = append(res.Emulations, e)
		for _, n := range cfg.Validators {
			res.Matrices = append(res.Matrices, matrixOf(e, n))
		}
	}
	ctx, cancel := context.WithTimeoutCause(ctx, cfg.Budget, errWANOverBudget)
	defer cancel()
	var errs []error
	for _, n := range cfg.Validators {
		if err := runWANSize(ctx, env, cfg, n, res); err != nil {
			env.Printf("wan, %d validators: %v", n, err)
			res.Errors = append(res.Errors, fmt.Sprintf("%d validators: %v", n, err))
			errs = append(errs, err)
		}
		if ctx.Err() != nil {
			break
		}
	}
	if context.Cause(ctx) == errWANOverBudget {
		errs = append(errs, errWANOverBudget)
	}
	return res, errors.Join(errs...)
}

// wanNetwork is a running network, the emulated links between its nodes and the consensus
// profile it runs.
type wanNetwork struct {
	c       *cluster
	net     *netem.Net
	profile string
}

// settleHeights is how many heights a network commits, after it resumed and before a WAN point.
const settleHeights = 3

// settle waits until every node committed k more heights than the highest node had.
func (c *cluster) settle(ctx context.Context, k uint64) error {
	var target uint64
	return c.waitFor(ctx, 30*time.Second, fmt.Sprintf("%d new heights", k), func(st []nodeStatus) bool {
		var lo, hi uint64 = math.MaxUint64, 0
		for _, s := range st {
			lo, hi = min(lo, s.Height), max(hi, s.Height)
		}
		if target == 0 {
			target = hi + k
		}
		return lo >= target
	})
}

// runWANSize measures both systems under every profile at one size: every network is started
// first (each paused while the next starts), then under each emulation they are measured in
// turn, so that what else runs on the machine weighs on all of them alike.
func runWANSize(ctx context.Context, env *Env, cfg WANConfig, n int, res *WANResult) (err error) {
	var nets []*wanNetwork
	defer func() {
		for _, w := range nets {
			if serr := w.c.stop(); serr != nil {
				env.Log.Warn("stop network", "network", w.c.label(), "err", serr)
			}
			if cerr := w.net.Close(); cerr != nil {
				env.Log.Warn("close emulated links", "network", w.c.label(), "err", cerr)
			}
		}
	}()
	clusters := func() []*cluster {
		var out []*cluster
		for _, w := range nets {
			out = append(out, w.c)
		}
		return out
	}
	start := func(profile string, run func(o networkOptions) (*cluster, error)) error {
		if err := pauseAll(clusters()); err != nil {
			return err
		}
		w := &wanNetwork{net: netem.New(env.Log), profile: profile}
		c, err := run(networkOptions{txBytes: cfg.TxBytes, net: w.net, nodeArgs: []string{"--consensus.profile", profile},
			workPrefix: "wan-" + profile + "-"})
		if err != nil {
			return errors.Join(err, w.net.Close())
		}
		w.c = c
		nets = append(nets, w)
		return nil
	}
	for _, profile := range cfg.Profiles {
		if cfg.runs(systemLockstep) {
			env.Printf("wan: starting Lockstep with %d operators, %s profile, p2p through emulated links", n, profile)
			if err := start(profile, func(o networkOptions) (*cluster, error) { return startLockstep(ctx, env, n, o) }); err != nil {
				return err
			}
		}
		if cfg.runs(systemBaseline) {
			params, err := lockstepParams(clusters())
			if err != nil {
				return err
			}
			env.Printf("wan: starting bare CometBFT with %d validators, %s profile, p2p through emulated links", n, profile)
			if err := start(profile, func(o networkOptions) (*cluster, error) { return startBaseline(ctx, env, n, params, o) }); err != nil {
				return err
			}
		}
	}
	for k, name := range cfg.Emulations {
		e, _ := findEmulation(name)
		for _, w := range nets {
			if err := e.apply(w.net, n, cfg.Jitter); err != nil {
				return err
			}
		}
		for rep := 1; rep <= cfg.Repeats; rep++ {
			if err := runWANRound(ctx, env, cfg, e, nets, (k+rep)%2 == 0, rep, res); err != nil {
				return err
			}
		}
	}
	return nil
}

// runWANRound measures each network once under emulation e (reversed: in the opposite order),
// the others paused.
func runWANRound(ctx context.Context, env *Env, cfg WANConfig, e Emulation, nets []*wanNetwork, reversed bool, rep int, res *WANResult) error {
	order := slices.Clone(nets)
	if reversed {
		slices.Reverse(order)
	}
	for _, w := range order {
		if cfg.Pause {
			for _, o := range nets {
				if o != w {
					if err := o.c.pause(); err != nil {
						return err
					}
				}
			}
		}
		if err := w.c.resume(ctx); err != nil {
			return err
		}
		// A network frozen for minutes and given a new emulation may take a few heights to
		// find its feet: let it make them before the point rather than in its window.
		if err := w.c.settle(ctx, settleHeights); err != nil {
			return err
		}
		spec := pointSpec{Phase: phaseFixed, Offered: cfg.Load, Duration: cfg.Duration, Warmup: cfg.Warmup, Drain: cfg.Drain}
		env.Printf("%s, %s profile, %s, run %d of %d: %d tx/s for %s", w.c.label(), w.profile, e.Name, rep, cfg.Repeats, cfg.Load, cfg.Duration)
		p, err := w.c.runPoint(ctx, env, spec)
		if p != nil {
			p.Repeat = rep
			res.Points = append(res.Points, &WANPoint{Profile: w.profile, Emulation: e.Name, Point: p})
			env.Printf("  → %s", p.summary())
		}
		if err != nil {
			return err
		}
	}
	return nil
}
