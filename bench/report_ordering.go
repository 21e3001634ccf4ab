package bench

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Comparison is Lockstep against the baseline at one size and offered load.
type Comparison struct {
	Validators int `json:"validators"`
	Offered    int `json:"offeredTxPerSec"`
	// ThroughputRatio and P50Ratio are Lockstep / baseline; P50DeltaMs Lockstep - baseline.
	ThroughputRatio *float64 `json:"throughputRatio"`
	P50Ratio        *float64 `json:"p50Ratio"`
	P99Ratio        *float64 `json:"p99Ratio"`
	P50DeltaMs      *float64 `json:"p50DeltaMs"`
}

// Goal is issue 5's target at 1,000 tx/s with 4 validators: throughput ratio at least 0.8 and
// p50 at most the baseline's plus 20 ms.
type Goal struct {
	Measured        bool     `json:"measured"`
	ThroughputRatio *float64 `json:"throughputRatio"`
	P50DeltaMs      *float64 `json:"p50DeltaMs"`
	ThroughputMet   bool     `json:"throughputMet"`
	LatencyMet      bool     `json:"latencyMet"`
}

const (
	goalValidators = 4
	goalLoad       = 1000
	goalRatio      = 0.8
	goalDeltaMs    = 20
)

// orderingJSON is the ordering section's JSON.
type orderingJSON struct {
	*OrderingResult
	Comparisons []Comparison `json:"comparisons"`
	Goal        Goal         `json:"goal"`
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

// compare pairs the systems' fixed-load points.
func compare(res *OrderingResult) []Comparison {
	var out []Comparison
	for _, n := range res.Config.Validators {
		for _, load := range res.Config.Loads {
			l, b := fixedPoint(res.Points, systemLockstep, n, load), fixedPoint(res.Points, systemBaseline, n, load)
			if l == nil || b == nil {
				continue
			}
			out = append(out, Comparison{Validators: n, Offered: load,
				ThroughputRatio: ratio(&l.Throughput, &b.Throughput), P50Ratio: ratio(l.Latency.P50, b.Latency.P50),
				P99Ratio: ratio(l.Latency.P99, b.Latency.P99), P50DeltaMs: delta(l.Latency.P50, b.Latency.P50)})
		}
	}
	return out
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

func goal(cs []Comparison) Goal {
	i := slices.IndexFunc(cs, func(c Comparison) bool { return c.Validators == goalValidators && c.Offered == goalLoad })
	if i < 0 {
		return Goal{}
	}
	c := cs[i]
	return Goal{Measured: true, ThroughputRatio: c.ThroughputRatio, P50DeltaMs: c.P50DeltaMs,
		ThroughputMet: c.ThroughputRatio != nil && *c.ThroughputRatio >= goalRatio,
		LatencyMet:    c.P50DeltaMs != nil && *c.P50DeltaMs <= goalDeltaMs}
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
	g := goal(cs)
	var b strings.Builder
	fmt.Fprintf(&b, "Lockstep operators against bare CometBFT (same validator count, same CometBFT settings, an application that accepts everything), "+
		"measured in the same run, on loopback. Open-loop load of %d-byte transactions, %s per point (the first %s not measured), "+
		"round-robin over the nodes. Latency: from when a transaction was due to when the node it was submitted to notified it as committed "+
		"(Lockstep: `lockstep_subscribe(\"batches\")`; CometBFT: its `NewBlock` event over WebSocket).\n\n",
		res.Config.TxBytes, res.Config.Duration, res.Config.Warmup)
	if g.Measured {
		fmt.Fprintf(&b, "**Goal at %d tx/s, %d validators**: throughput ratio %s (≥ %.1f: %s); p50 %s ms over the baseline (≤ +%d ms: %s).\n\n",
			goalLoad, goalValidators, fmtRatio(g.ThroughputRatio), goalRatio, mark(g.ThroughputMet), fmtDelta(g.P50DeltaMs), goalDeltaMs, mark(g.LatencyMet))
	}
	fmt.Fprintf(&b, "| validators | offered tx/s | Lockstep tx/s | CometBFT tx/s | ratio | Lockstep p50 / p99 ms | CometBFT p50 / p99 ms | p50 ratio | Δ p50 ms |\n")
	fmt.Fprintf(&b, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, c := range cs {
		l, bl := fixedPoint(res.Points, systemLockstep, c.Validators, c.Offered), fixedPoint(res.Points, systemBaseline, c.Validators, c.Offered)
		fmt.Fprintf(&b, "| %d | %d | %.0f | %.0f | %s | %s / %s | %s / %s | %s | %s |\n", c.Validators, c.Offered, l.Throughput, bl.Throughput,
			fmtRatio(c.ThroughputRatio), fmtMs(l.Latency.P50), fmtMs(l.Latency.P99), fmtMs(bl.Latency.P50), fmtMs(bl.Latency.P99), fmtRatio(c.P50Ratio), fmtDelta(c.P50DeltaMs))
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
		fmt.Fprintf(&b, "| %s | %d | %s | %d | %d | %.0f | %.2f | %d | %d | %d | %d | %s | %s | %s | %s | %s / %s | %s | %d | %.1f | %s | %s |\n", p.System, p.Validators, p.Phase, p.Offered, p.TxBytes, p.Throughput, p.BytesPerSec/1e6,
			p.Accepted, p.Busy, p.Overflow+p.Unsent, p.Lost, fmtMs(p.Latency.P50), fmtMs(p.Latency.P90), fmtMs(p.Latency.P99), fmtMs(p.Latency.Max),
			fmtMs(p.Submit.P50), fmtMs(p.Submit.P99), fmtMs(p.AfterSubmit.P50), p.Blocks, p.TxsPerBlock, interval, abci)
	}
	fmt.Fprintf(&b, "\n</details>\n\n")
	s := res.Settings
	fmt.Fprintf(&b, "Settings of both systems (an operator's defaults, applied to the baseline through `node.CometConfig`): timeout_propose %s, timeout_commit %s, "+
		"skip_timeout_commit %t, flush_throttle_timeout %s, peer_gossip_sleep_duration %s, create_empty_blocks_interval %s, mempool %d txs / %d MiB (recheck %t), "+
		"block max bytes from Lockstep's genesis; Lockstep checkpoint interval %d, %d rollups, no checkpoint signing; %d HTTP connections per node for the load.\n",
		s.TimeoutPropose, s.TimeoutCommit, s.SkipTimeoutCommit, s.FlushThrottle, s.PeerGossipSleep, s.EmptyBlocksInterval, s.MempoolSize, s.MempoolMaxBytes>>20,
		s.MempoolRecheck, s.CheckpointInterval, s.Rollups, s.LoadConnsPerNode)
	for _, e := range res.Errors {
		fmt.Fprintf(&b, "\n- error: %s", e)
	}
	for _, sk := range res.Skipped {
		fmt.Fprintf(&b, "\n- skipped: %s", sk)
	}
	return Section{Title: "Ordering: Lockstep vs bare CometBFT", Markdown: b.String(), JSON: orderingJSON{OrderingResult: res, Comparisons: cs, Goal: g, Plot: plot}}
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
		"`%s`: Lockstep's API gathers single `lockstep_submit` calls per rollup for up to %s (`--api.gather-window`). `%s`: rollups' batchers submit the "+
		"transactions due as one `lockstep_submitBatch` per rollup (up to %d a request, never waiting for more: a batch is what queued while the last request "+
		"was out), each transaction timed from when it was due. The baseline gets the same loads with one engine transaction per user transaction. MB/s: "+
		"committed user-transaction payload bytes per second. Node 0's CPU (100%% = one core) and RSS over the window.\n\n", n, systemGather, cfg.GatherWindow, systemBatch, cfg.BatchMax)
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
