package bench

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Comparison is Lockstep against the baseline at one size and offered load: medians over the
// comparison phase's repeats, or the single fixed-load points when the size has no comparison
// points (a run without that phase, or one that ran out of time before it).
type Comparison struct {
	Validators int    `json:"validators"`
	Offered    int    `json:"offeredTxPerSec"`
	Phase      string `json:"phase"`
	// ThroughputRatio and P50Ratio are Lockstep / baseline; P50DeltaMs Lockstep - baseline; all
	// of the medians.
	ThroughputRatio *float64 `json:"throughputRatio"`
	P50Ratio        *float64 `json:"p50Ratio"`
	P99Ratio        *float64 `json:"p99Ratio"`
	P50DeltaMs      *float64 `json:"p50DeltaMs"`
	Lockstep        Summary  `json:"lockstep"`
	Baseline        Summary  `json:"baseline"`
}

// Summary is one system's points at one size, load and phase: the median of each figure, and
// the range of p50. A nil latency is longer than any measured (see percentiles), so it sorts
// last and leaves a median or maximum it falls on unknown.
type Summary struct {
	Repeats    int      `json:"repeats"`
	Throughput float64  `json:"committedTxPerSec"`
	P50        *float64 `json:"p50Ms"`
	P99        *float64 `json:"p99Ms"`
	P50Min     *float64 `json:"p50MinMs"`
	P50Max     *float64 `json:"p50MaxMs"`
}

// summarize is the Summary of system's points at size n, load and phase; false when there are
// none.
func summarize(points []*Point, system string, n, load int, phase string) (Summary, bool) {
	var tput []float64
	var p50, p99 []*float64
	for _, p := range points {
		if p.System == system && p.Validators == n && p.Offered == load && p.Phase == phase {
			tput, p50, p99 = append(tput, p.Throughput), append(p50, p.Latency.P50), append(p99, p.Latency.P99)
		}
	}
	if len(tput) == 0 {
		return Summary{}, false
	}
	slices.Sort(tput)
	s := Summary{Repeats: len(tput), Throughput: midpoint(tput[(len(tput)-1)/2], tput[len(tput)/2]), P50: medianMs(p50), P99: medianMs(p99)}
	s.P50Min, s.P50Max = p50[0], p50[len(p50)-1] // medianMs sorted them
	return s, true
}

// sortMs sorts latencies, unknown (longer than any) last.
func sortMs(vs []*float64) {
	slices.SortFunc(vs, func(a, b *float64) int {
		switch {
		case a == nil && b == nil:
			return 0
		case a == nil:
			return 1
		case b == nil:
			return -1
		}
		return cmp.Compare(*a, *b)
	})
}

// medianMs is the median latency of vs (sorted in place): unknown when it falls on an unknown one.
func medianMs(vs []*float64) *float64 {
	if len(vs) == 0 {
		return nil
	}
	sortMs(vs)
	a, b := vs[(len(vs)-1)/2], vs[len(vs)/2]
	if a == nil || b == nil {
		return nil
	}
	m := midpoint(*a, *b)
	return &m
}

// midpoint is the mean of a and b to 0.1 (the points' resolution).
func midpoint(a, b float64) float64 { return math.Round((a+b)*5) / 10 }

// orderingJSON is the ordering section's JSON.
type orderingJSON struct {
	*OrderingResult
	Comparisons []Comparison `json:"comparisons"`
	Goals       []Goal       `json:"goals"`
	Plot        string       `json:"plot,omitempty"`
}

// fixedPoint finds the fixed-load point of system at size n and load.
func fixedPoint(points []*Point, system string, n, load int) *Point {
	i := slices.IndexFunc(points, func(p *Point) bool {
		return p.System == system && p.Validators == n && p.Offered == load && p.Phase == phaseFixed
	})
	if i < 0 {
		return nil
	}
	return points[i]
}

// compare pairs the systems at every size and load: the comparison phase's loads where both
// systems have comparison points at the size, else the fixed loads.
func compare(res *OrderingResult) []Comparison {
	var out []Comparison
	for _, n := range res.Config.Validators {
		cs := pair(res.Points, n, phaseCompare, comparedLoads(res.Points, n))
		if len(cs) == 0 {
			cs = pair(res.Points, n, phaseFixed, res.Config.Loads)
		}
		out = append(out, cs...)
	}
	return out
}

// pair compares the systems' points of phase at size n at each of loads both were measured at.
func pair(points []*Point, n int, phase string, loads []int) []Comparison {
	var out []Comparison
	for _, load := range loads {
		l, lok := summarize(points, systemLockstep, n, load, phase)
		b, bok := summarize(points, systemBaseline, n, load, phase)
		if !lok || !bok {
			continue
		}
		out = append(out, Comparison{Validators: n, Offered: load, Phase: phase, Lockstep: l, Baseline: b,
			ThroughputRatio: ratio(&l.Throughput, &b.Throughput), P50Ratio: ratio(l.P50, b.P50),
			P99Ratio: ratio(l.P99, b.P99), P50DeltaMs: delta(l.P50, b.P50)})
	}
	return out
}

// comparedLoads are the offered loads of the comparison points at size n, in increasing order.
func comparedLoads(points []*Point, n int) []int {
	var loads []int
	for _, p := range points {
		if p.Validators == n && p.Phase == phaseCompare && (p.System == systemLockstep || p.System == systemBaseline) {
			loads = append(loads, p.Offered)
		}
	}
	slices.Sort(loads)
	return slices.Compact(loads)
}

// ratio is a/b to two decimals, nil when either is unknown or b is zero.
func ratio(a, b *float64) *float64 {
	if a == nil || b == nil || *b == 0 {
		return nil
	}
	r := math.Round(*a / *b * 100) / 100
	return &r
}

// delta is a-b, nil when either is unknown.
func delta(a, b *float64) *float64 {
	if a == nil || b == nil {
		return nil
	}
	d := math.Round((*a-*b)*10) / 10
	return &d
}

// The goal, per validator count: Lockstep's median p50 at most goalP50Ratio times the
// baseline's or goalP50DeltaMs over it, whichever allows more, at every comparison load up to
// goalLoadFraction of the highest load the baseline followed; and Lockstep's most committed tx/s
// at least goalSaturationRatio of the baseline's.
const (
	goalP50Ratio        = 1.15
	goalP50DeltaMs      = 10
	goalLoadFraction    = 0.8
	goalSaturationRatio = 0.95
)

// Goal is the goal at one validator count.
type Goal struct {
	Validators int `json:"validators"`
	// MaxLoad is the highest offered load the latency rule covers: goalLoadFraction of the
	// baseline's highest followed load, rounded as the comparison loads are (roundLoad), so a
	// load computed from the same fraction is covered even when rounding took it up.
	MaxLoad int `json:"maxLoadTxPerSec"`
	// Loads are the comparisons up to MaxLoad; LatencyMet when there are any and each is met.
	Loads      []GoalLoad `json:"loads"`
	LatencyMet bool       `json:"latencyMet"`
	// SaturationRatio is Lockstep's most committed tx/s over the baseline's; SaturationShort how
	// many tx/s Lockstep's fell short of goalSaturationRatio of the baseline's (≤ 0: none).
	SaturationRatio *float64 `json:"saturationRatio"`
	SaturationShort *float64 `json:"saturationShortTxPerSec"`
	SaturationMet   bool     `json:"saturationMet"`
	Met             bool     `json:"met"`
}

// GoalLoad is the latency rule at one load.
type GoalLoad struct {
	Offered    int      `json:"offeredTxPerSec"`
	P50Ratio   *float64 `json:"p50Ratio"`
	P50DeltaMs *float64 `json:"p50DeltaMs"`
	// LimitMs is the highest p50 the rule allows Lockstep; OverMs how far above it Lockstep's
	// median was (nil when a median is unknown).
	LimitMs *float64 `json:"limitMs"`
	OverMs  *float64 `json:"overMs"`
	Met     bool     `json:"met"`
}

// goals evaluates the goal at each validator count of the run.
func goals(res *OrderingResult, cs []Comparison) []Goal {
	var out []Goal
	for _, n := range res.Config.Validators {
		g := Goal{Validators: n}
		l, b := findSat(res.Saturation, systemLockstep, n), findSat(res.Saturation, systemBaseline, n)
		// Without a saturation search the highest throughput is only the fixed loads' and says
		// nothing of either system's limit.
		if l != nil && b != nil && res.Config.SaturationSteps > 0 {
			// Rounded to 0.1 tx/s, so a throughput exactly at the limit meets it whatever floating
			// point makes of 0.95 times the baseline's.
			short := math.Round((goalSaturationRatio*b.MaxThroughput-l.MaxThroughput)*10) / 10
			g.SaturationRatio, g.SaturationShort, g.SaturationMet = ratio(&l.MaxThroughput, &b.MaxThroughput), &short, short <= 0
		}
		if b != nil && b.MaxFollowed > 0 {
			g.MaxLoad = roundLoad(int(math.Round(goalLoadFraction * float64(b.MaxFollowed))))
		}
		for _, c := range cs {
			if c.Validators == n && c.Offered <= g.MaxLoad {
				g.Loads = append(g.Loads, goalAt(c))
			}
		}
		g.LatencyMet = len(g.Loads) > 0 && !slices.ContainsFunc(g.Loads, func(gl GoalLoad) bool { return !gl.Met })
		g.Met = g.LatencyMet && g.SaturationMet
		out = append(out, g)
	}
	return out
}

// verdict is met, NOT met when any part measured missed, else not measured.
func (g Goal) verdict() string {
	switch {
	case g.Met:
		return "met"
	case slices.ContainsFunc(g.Loads, func(gl GoalLoad) bool { return !gl.Met }) || (g.SaturationShort != nil && !g.SaturationMet):
		return "NOT met"
	}
	return "not measured"
}

// goalAt applies the latency rule to one comparison. The excess is rounded to 0.1 ms, the
// points' resolution, so a p50 exactly at the limit meets it whatever floating point makes of
// 1.15 times the baseline's.
func goalAt(c Comparison) GoalLoad {
	gl := GoalLoad{Offered: c.Offered, P50Ratio: c.P50Ratio, P50DeltaMs: c.P50DeltaMs}
	l, b := c.Lockstep.P50, c.Baseline.P50
	if b != nil {
		limit := math.Round(max(*b*goalP50Ratio, *b+goalP50DeltaMs)*10) / 10
		gl.LimitMs = &limit
		if l != nil {
			over := math.Round((*l-limit)*10) / 10
			gl.OverMs, gl.Met = &over, over <= 0
		}
	}
	return gl
}

func mark(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT met"
}

func fmtRatio(r *float64) string {
	if r == nil {
		return "—"
	}
	return fmt.Sprintf("%.2f", *r)
}

func fmtDelta(d *float64) string {
	if d == nil {
		return "—"
	}
	return fmt.Sprintf("%+.0f", *d)
}

// orderingSection is the ordering benchmark's report section; plot is the latency plot's file
// name in the results folder, if written.
func orderingSection(res *OrderingResult, plot string) Section {
	cs := compare(res)
	gs := goals(res, cs)
	var b strings.Builder
	fmt.Fprintf(&b, "Lockstep operators against bare CometBFT (same validator count, same CometBFT settings, an application that accepts everything), "+
		"measured in the same run, on loopback. Open-loop load of %d-byte transactions, %s per point (the first %s not measured), "+
		"round-robin over the nodes. Latency: from when a transaction was due to when the node it was submitted to notified it as committed "+
		"(Lockstep: `lockstep_subscribe(\"batches\")`; CometBFT: its `NewBlock` event over WebSocket).\n\n",
		res.Config.TxBytes, res.Config.Duration, res.Config.Warmup)
	howCompared(&b, res, cs)
	goalLines(&b, gs)
	fmt.Fprintf(&b, "| validators | offered tx/s | runs | Lockstep tx/s | CometBFT tx/s | ratio | Lockstep p50 (min–max) / p99 ms | CometBFT p50 (min–max) / p99 ms | p50 ratio | Δ p50 ms |\n")
	fmt.Fprintf(&b, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, c := range cs {
		offered := strconv.Itoa(c.Offered)
		if s := findSat(res.Saturation, systemBaseline, c.Validators); c.Phase == phaseCompare && res.Config.SaturationSteps > 0 && s != nil && s.MaxFollowed > 0 {
			offered += fmt.Sprintf(" (%.0f%%)", float64(c.Offered)/float64(s.MaxFollowed)*100)
		}
		runs := strconv.Itoa(c.Lockstep.Repeats)
		if c.Baseline.Repeats != c.Lockstep.Repeats {
			runs += fmt.Sprintf(" / %d", c.Baseline.Repeats)
		}
		fmt.Fprintf(&b, "| %d | %s | %s | %.0f | %.0f | %s | %s / %s | %s / %s | %s | %s |\n", c.Validators, offered, runs, c.Lockstep.Throughput, c.Baseline.Throughput,
			fmtRatio(c.ThroughputRatio), fmtP50(c.Lockstep), fmtMs(c.Lockstep.P99), fmtP50(c.Baseline), fmtMs(c.Baseline.P99), fmtRatio(c.P50Ratio), fmtDelta(c.P50DeltaMs))
	}
	if len(res.Saturation) > 0 && res.Config.SaturationSteps > 0 {
		fmt.Fprintf(&b, "\nSaturation (bounded search, up to %d extra points per network): the most committed tx/s of any point, and the highest offered load followed (≥ 90%% committed, < 1%% lost).\n\n", res.Config.SaturationSteps)
		fmt.Fprintf(&b, "| validators | Lockstep max tx/s | Lockstep followed up to | CometBFT max tx/s | CometBFT followed up to | ratio |\n|---:|---:|---:|---:|---:|---:|\n")
		for _, n := range res.Config.Validators {
			l, bl := findSat(res.Saturation, systemLockstep, n), findSat(res.Saturation, systemBaseline, n)
			if l == nil || bl == nil {
				continue
			}
			fmt.Fprintf(&b, "| %d | %.0f | %d | %.0f | %d | %s |\n", n, l.MaxThroughput, l.MaxFollowed, bl.MaxThroughput, bl.MaxFollowed, fmtRatio(ratio(&l.MaxThroughput, &bl.MaxThroughput)))
		}
	}
	gatherTable(&b, res)
	if plot != "" {
		fmt.Fprintf(&b, "\n![latency percentiles against offered load](%s)\n", plot)
	}
	fmt.Fprintf(&b, "\n<details><summary>Every point</summary>\n\n"+
		"Submit: from due to the submission's answer; after submit: from the answer to the notification. Block interval and the "+
		"time of one `FinalizeBlock` / `Commit` call are node 0's, from CometBFT's histograms over the window (the baseline's application does nothing there).\n\n")
	fmt.Fprintf(&b, "| system | validators | phase | offered | payload B | committed tx/s | MB/s | accepted | busy | not sent | lost | p50 | p90 | p99 | max ms | submit p50 / p99 ms | after submit p50 ms | blocks | txs/block | block interval ms | finalize / commit ms |\n")
	fmt.Fprintf(&b, "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, p := range res.Points {
		interval, abci := "—", "—"
		if c := p.Consensus; c != nil {
			interval, abci = fmt.Sprintf("%.0f", c.BlockIntervalMs), fmt.Sprintf("%.1f / %.1f", c.ABCIMs["finalize_block"], c.ABCIMs["commit"])
		}
		phase := p.Phase
		if p.Repeat > 0 {
			phase += fmt.Sprintf(" %d", p.Repeat)
		}
		fmt.Fprintf(&b, "| %s | %d | %s | %d | %d | %.0f | %.2f | %d | %d | %d | %d | %s | %s | %s | %s | %s / %s | %s | %d | %.1f | %s | %s |\n", p.System, p.Validators, phase, p.Offered, p.TxBytes, p.Throughput, p.BytesPerSec/1e6,
			p.Accepted, p.Busy, p.Overflow+p.Unsent, p.Lost, fmtMs(p.Latency.P50), fmtMs(p.Latency.P90), fmtMs(p.Latency.P99), fmtMs(p.Latency.Max),
			fmtMs(p.Submit.P50), fmtMs(p.Submit.P99), fmtMs(p.AfterSubmit.P50), p.Blocks, p.TxsPerBlock, interval, abci)
	}
	fmt.Fprintf(&b, "\n</details>\n\n")
	s := res.Settings
	fmt.Fprintf(&b, "Settings of both systems (an operator's defaults, applied to the baseline through `node.CometConfig`): timeout_propose %s, timeout_commit %s, "+
		"skip_timeout_commit %t, flush_throttle_timeout %s, peer_gossip_sleep_duration %s, create_empty_blocks_interval %s, mempool %d txs / %d MiB (recheck %t), "+
		"block max bytes from Lockstep's genesis; Lockstep checkpoint interval %d, %d rollups, no checkpoint signing; %d HTTP connections per node for the load; payloads of pseudo-random bytes (incompressible, like signed transactions). "+
		"Both export CometBFT's Prometheus metrics: the baseline through CometBFT's own provider, which looks up the series of a p2p byte counter on every message sent or received; Lockstep once per peer and channel.\n",
		s.TimeoutPropose, s.TimeoutCommit, s.SkipTimeoutCommit, s.FlushThrottle, s.PeerGossipSleep, s.EmptyBlocksInterval, s.MempoolSize, s.MempoolMaxBytes>>20,
		s.MempoolRecheck, s.CheckpointInterval, s.Rollups, s.LoadConnsPerNode)
	for _, e := range res.Errors {
		fmt.Fprintf(&b, "\n- error: %s", e)
	}
	for _, sk := range res.Skipped {
		fmt.Fprintf(&b, "\n- skipped: %s", sk)
	}
	return Section{Title: "Ordering: Lockstep vs bare CometBFT", Markdown: b.String(), JSON: orderingJSON{OrderingResult: res, Comparisons: cs, Goals: gs, Plot: plot}}
}

// howCompared says how the table's points were taken, and why so.
func howCompared(b *strings.Builder, res *OrderingResult, cs []Comparison) {
	cfg := res.Config
	var single []string
	for _, n := range cfg.Validators {
		if i := slices.IndexFunc(cs, func(c Comparison) bool { return c.Validators == n }); i >= 0 && cs[i].Phase == phaseFixed {
			single = append(single, strconv.Itoa(n))
		}
	}
	if !slices.ContainsFunc(cs, func(c Comparison) bool { return c.Phase == phaseCompare }) {
		fmt.Fprintf(b, "Single points at the fixed loads, one per system (no comparison phase): every node of both networks and the load generator "+
			"share this machine's cores, so one point's p50 can differ by half from the next run's of the same binary; take these ratios as rough.\n\n")
		return
	}
	at := fmt.Sprintf("offered loads of %s of the highest load bare CometBFT followed at that size (found by the saturation search below; each load's share of it in brackets)", fmtFractions(cfg.CompareFractions))
	if cfg.SaturationSteps == 0 {
		at = "the fixed loads (no saturation search ran)"
	}
	times := fmt.Sprintf("%d times", cfg.Repeats)
	if cfg.Repeats == 1 {
		times = "once"
	}
	fmt.Fprintf(b, "How the table's points were taken: both systems at %s, each load measured %s on each system, round after round, the systems "+
		"alternating and taking turns going first; the table shows the medians over those runs, p50's lowest and highest in brackets, and ratios of "+
		"the medians. Why: every node of both networks and the load generator share this machine's cores, which the larger networks saturate, so "+
		"one point's p50 can differ by half from the next run's of the same binary, and a ratio of single points says little.", at, times)
	if len(single) > 0 {
		fmt.Fprintf(b, " %s validators: no comparison points (time budget or a failure), so single points at the fixed loads.", strings.Join(single, ", "))
	}
	fmt.Fprintf(b, "\n\n")
}

// goalLines states the goal, then whether each validator count met it, and where not by how much.
func goalLines(b *strings.Builder, gs []Goal) {
	if len(gs) == 0 {
		return
	}
	fmt.Fprintf(b, "**Goal**, per validator count: Lockstep's median p50 at most %.2f× bare CometBFT's or +%d ms, whichever is larger, at every compared "+
		"load up to %.0f%% of the highest load CometBFT followed; and Lockstep's most committed tx/s at least %.2f× CometBFT's.\n\n",
		goalP50Ratio, goalP50DeltaMs, goalLoadFraction*100, goalSaturationRatio)
	for _, g := range gs {
		var latency, sat string
		switch {
		case g.MaxLoad == 0:
			latency = "latency not measured (CometBFT followed no load)"
		case len(g.Loads) == 0:
			latency = fmt.Sprintf("latency not measured (no load compared up to %d tx/s)", g.MaxLoad)
		default:
			var loads, missed []string
			for _, gl := range g.Loads {
				loads = append(loads, strconv.Itoa(gl.Offered))
				switch {
				case gl.Met:
				case gl.OverMs == nil:
					missed = append(missed, fmt.Sprintf("%d tx/s (a median p50 unknown: over half the transactions lost)", gl.Offered))
				default:
					missed = append(missed, fmt.Sprintf("%d tx/s (%s×, %s ms: %.1f ms over the %.1f ms allowed)", gl.Offered, fmtRatio(gl.P50Ratio), fmtDelta(gl.P50DeltaMs), *gl.OverMs, *gl.LimitMs))
				}
			}
			latency = fmt.Sprintf("p50 within the limit at %s tx/s (every compared load up to %d tx/s)", strings.Join(loads, ", "), g.MaxLoad)
			if len(missed) > 0 {
				latency = "p50 over the limit at " + strings.Join(missed, ", ")
			}
		}
		switch {
		case g.SaturationShort == nil:
			sat = "saturation not measured"
		case g.SaturationMet:
			sat = fmt.Sprintf("saturation %s× (≥ %.2f: met)", fmtRatio(g.SaturationRatio), goalSaturationRatio)
		default:
			sat = fmt.Sprintf("saturation %s× (≥ %.2f: NOT met, %.0f tx/s short)", fmtRatio(g.SaturationRatio), goalSaturationRatio, *g.SaturationShort)
		}
		fmt.Fprintf(b, "- **%d validators: %s.** %s; %s.\n", g.Validators, g.verdict(), latency, sat)
	}
	fmt.Fprintf(b, "\n")
}

// fmtP50 is a median p50 with its range when there was more than one run.
func fmtP50(s Summary) string {
	if s.Repeats < 2 {
		return fmtMs(s.P50)
	}
	return fmt.Sprintf("%s (%s–%s)", fmtMs(s.P50), fmtMs(s.P50Min), fmtMs(s.P50Max))
}

// fmtFractions writes 0.25, 0.5, 0.8 as "25%, 50% and 80%".
func fmtFractions(fs []float64) string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = strconv.FormatFloat(math.Round(f*1000)/10, 'f', -1, 64) + "%"
	}
	if len(out) < 2 {
		return strings.Join(out, "")
	}
	return strings.Join(out[:len(out)-1], ", ") + " and " + out[len(out)-1]
}

func findSat(ss []Saturation, system string, n int) *Saturation {
	i := slices.IndexFunc(ss, func(s Saturation) bool { return s.System == system && s.Validators == n })
	if i < 0 {
		return nil
	}
	return &ss[i]
}

// resourceRow is one line of the resources section.
type resourceRow struct {
	System     string    `json:"system"`
	Validators int       `json:"validators"`
	Offered    int       `json:"offeredTxPerSec"`
	Resources  Resources `json:"resources"`
}

// resourcesSection shows node 0's CPU and memory at the resource loads, for both systems.
func resourcesSection(res *OrderingResult) Section {
	var rows []resourceRow
	n := res.Config.Validators[0]
	for _, load := range res.Config.ResourceLoads {
		for _, sys := range []string{systemLockstep, systemBaseline} {
			if p := fixedPoint(res.Points, sys, n, load); p != nil && p.Resources != nil {
				rows = append(rows, resourceRow{System: sys, Validators: n, Offered: load, Resources: *p.Resources})
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "One node (node 0) of each system during the measured window of the ordering points, from /proc/<pid>/stat (CPU: user+system time over wall time, 100%% = one core) "+
		"and /proc/<pid>/status (VmRSS, sampled every %s). The load generator and the whole machine (all its cores: the nodes, the load generator, anvil) for context.\n\n", rssEvery)
	fmt.Fprintf(&b, "| system | validators | offered tx/s | node CPU %% | node RSS avg / max MiB | load generator CPU %% | machine CPU %% |\n|---|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range rows {
		x := r.Resources
		fmt.Fprintf(&b, "| %s | %d | %d | %.0f | %.0f / %.0f | %.0f | %.0f |\n", r.System, r.Validators, r.Offered, x.Node.CPUPercent, x.Node.RSSAvgMiB, x.Node.RSSMaxMiB, x.Client.CPUPercent, x.Machine.CPUPercent)
	}
	return Section{Title: "Resources: one node under load", Markdown: b.String(), JSON: rows}
}

// Ingress gathering's goal: at least 10 MB/s of committed user transactions with a p50 under
// 250 ms, with 4 validators.
const (
	gatherGoalMBps = 10
	gatherGoalP50  = 250
)

// gatherTable writes the ingress gathering rows: Lockstep gathering single submissions into
// shared consensus transactions, and the baseline at the same loads with one engine
// transaction per user transaction.
func gatherTable(b *strings.Builder, res *OrderingResult) {
	cfg := res.Config
	if len(cfg.GatherLoads) == 0 && len(cfg.BatchLoads) == 0 {
		return
	}
	n := cfg.Validators[0]
	shared := func(system string) bool { return system == systemGather || system == systemBatch }
	var rows []*Point
	for _, p := range res.Points {
		if p.Validators == n && (shared(p.System) || (p.System == systemBaseline && (slices.Contains(cfg.GatherLoads, p.Offered) || slices.Contains(cfg.BatchLoads, p.Offered)))) {
			rows = append(rows, p)
		}
	}
	if len(rows) == 0 {
		return
	}
	fmt.Fprintf(b, "\nIngress batching, %d validators: many user transactions share one consensus transaction, each keeping its hash, position and proof. "+
		"`%s`: Lockstep's API gathers single `lockstep_submit` calls per rollup for up to %s (`--api.gather-window`). `%s`: at each node, each rollup's batcher submits "+
		"its transactions as one `lockstep_submitBatch` when it holds %d (or 128 KiB) or when its oldest has waited %s, as a rollup's sequencer-facing "+
		"component does (Astria's composer: a bundle per size or interval), up to %d requests in flight per node; each transaction is timed from when it "+
		"was due. The load learns of its transactions as a batcher would, from `lockstep_subscribe(\"sequenced\")` (their hashes) on the node it submitted to; each rollup also has one "+
		"follower subscribed to its full batches (`lockstep_subscribe(\"batches\")`, on one node, the rollups spread over the nodes). "+
		"The baseline gets the same loads with one engine transaction per user transaction, learning of them from its `NewBlock` events on every node. MB/s: "+
		"committed user-transaction payload bytes per second. Node 0's CPU (100%% = one core) and RSS over the window.\n\n", n, systemGather, cfg.GatherWindow, systemBatch, cfg.BatchMax, cfg.BatchWindow, batcherConns)
	var best *Point
	for _, p := range rows {
		if shared(p.System) && n == 4 && p.Latency.P50 != nil && *p.Latency.P50 < gatherGoalP50 && (best == nil || p.BytesPerSec > best.BytesPerSec) {
			best = p
		}
	}
	if n == 4 {
		if best != nil {
			fmt.Fprintf(b, "**Goal (≥ %d MB/s with p50 < %d ms, 4 validators)**: %.2f MB/s (%s, %.0f tx/s of %d B, p50 %s ms): %s.\n\n", gatherGoalMBps, gatherGoalP50,
				best.BytesPerSec/1e6, best.System, best.Throughput, best.TxBytes, fmtMs(best.Latency.P50), mark(best.BytesPerSec >= gatherGoalMBps*1e6))
		} else {
			fmt.Fprintf(b, "**Goal (≥ %d MB/s with p50 < %d ms, 4 validators)**: no batched point had a p50 under %d ms: NOT met.\n\n", gatherGoalMBps, gatherGoalP50, gatherGoalP50)
		}
	}
	fmt.Fprintf(b, "| system | phase | payload B | offered tx/s | committed tx/s | MB/s | p50 / p99 ms | submit p50 ms | busy | not sent | txs/block | node 0 CPU %% | node 0 RSS max MiB | followed |\n")
	fmt.Fprintf(b, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n")
	for _, p := range rows {
		cpu, rss := "—", "—"
		if r := p.Resources; r != nil {
			cpu, rss = fmt.Sprintf("%.0f", r.Node.CPUPercent), fmt.Sprintf("%.0f", r.Node.RSSMaxMiB)
		}
		fmt.Fprintf(b, "| %s | %s | %d | %d | %.0f | %.2f | %s / %s | %s | %d | %d | %.1f | %s | %s | %t |\n", p.System, p.Phase, p.TxBytes, p.Offered, p.Throughput, p.BytesPerSec/1e6,
			fmtMs(p.Latency.P50), fmtMs(p.Latency.P99), fmtMs(p.Submit.P50), p.Busy, p.Overflow+p.Unsent, p.TxsPerBlock, cpu, rss, p.Followed)
	}
	for _, sys := range []string{systemGather, systemBatch} {
		if s := findSat(res.Saturation, sys, n); s != nil && cfg.SaturationSteps > 0 {
			fmt.Fprintf(b, "\nSaturation of `%s` (%d B): at most %.0f tx/s committed (%.2f MB/s), followed up to %d tx/s offered.\n", sys, cfg.TxBytes, s.MaxThroughput,
				s.MaxThroughput*float64(cfg.TxBytes)/1e6, s.MaxFollowed)
		}
	}
}
