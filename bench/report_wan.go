package bench

import (
	"fmt"
	"slices"
	"strings"
)

// The WAN goals: at 50 ms RTT, Lockstep's p50 at most wanGoalP50Ms with 4 and 7 validators and
// within wanGoalRatio of bare CometBFT's under the same emulation (Arbitrum's centralized
// sequencer makes a block every 250 ms); in the 3-region matrix, p50 at most wanGoalRegionsP50Ms
// with 7 validators (Circle's Arc, a Tendermint-family chain, reports under 350 ms with 20
// validators spread over the globe).
const (
	wanGoalP50Ms        = 250
	wanGoalRatio        = 1.15
	wanGoalRegionsP50Ms = 350
	wanGoalRegionsSize  = 7
)

var wanGoalSizes = []int{4, 7}

// WANComparison is Lockstep against the baseline under one emulation at one size.
type WANComparison struct {
	Profile    string   `json:"profile"`
	Emulation  string   `json:"emulation"`
	Validators int      `json:"validators"`
	P50Ratio   *float64 `json:"p50Ratio"`
	P99Ratio   *float64 `json:"p99Ratio"`
	P50DeltaMs *float64 `json:"p50DeltaMs"`
}

// WANGoal is one goal and whether the run met it.
type WANGoal struct {
	Profile  string `json:"profile"`
	What     string `json:"what"`
	Measured bool   `json:"measured"`
	Met      bool   `json:"met"`
	Value    string `json:"value"`
}

type wanJSON struct {
	*WANResult
	Comparisons []WANComparison `json:"comparisons"`
	Goals       []WANGoal       `json:"goals"`
}

func (r *WANResult) point(profile, emulation, system string, n int) *Point {
	i := slices.IndexFunc(r.Points, func(p *WANPoint) bool {
		return p.Profile == profile && p.Emulation == emulation && p.System == system && p.Validators == n
	})
	if i < 0 {
		return nil
	}
	return r.Points[i].Point
}

func (r *WANResult) comparisons() []WANComparison {
	var out []WANComparison
	for _, pr := range r.Config.Profiles {
		for _, e := range r.Config.Emulations {
			for _, n := range r.Config.Validators {
				l, b := r.point(pr, e, systemLockstep, n), r.point(pr, e, systemBaseline, n)
				if l == nil || b == nil {
					continue
				}
				out = append(out, WANComparison{Profile: pr, Emulation: e, Validators: n, P50Ratio: ratio(l.Latency.P50, b.Latency.P50),
					P99Ratio: ratio(l.Latency.P99, b.Latency.P99), P50DeltaMs: delta(l.Latency.P50, b.Latency.P50)})
			}
		}
	}
	return out
}

// p50Goal judges a point's p50 against a bound: a point whose p50 is undefined (more than half
// its transactions lost) misses it.
func p50Goal(g WANGoal, p *Point, bound float64) WANGoal {
	if p == nil {
		return g
	}
	g.Measured = true
	if p.Latency.P50 == nil {
		g.Value = "no p50 (over half the transactions not committed)"
		return g
	}
	g.Met, g.Value = *p.Latency.P50 <= bound, fmt.Sprintf("%.0f ms", *p.Latency.P50)
	return g
}

// goals are the goals under each profile.
func (r *WANResult) goals() []WANGoal {
	var out []WANGoal
	for _, pr := range r.Config.Profiles {
		for _, n := range wanGoalSizes {
			g := WANGoal{Profile: pr, What: fmt.Sprintf("50 ms RTT, %d validators, %d tx/s: Lockstep p50 ≤ %d ms", n, r.Config.Load, wanGoalP50Ms)}
			out = append(out, p50Goal(g, r.point(pr, emulationUniform25, systemLockstep, n), wanGoalP50Ms))
			g = WANGoal{Profile: pr, What: fmt.Sprintf("50 ms RTT, %d validators: Lockstep p50 ≤ %.2f× bare CometBFT's", n, wanGoalRatio)}
			if l, b := r.point(pr, emulationUniform25, systemLockstep, n), r.point(pr, emulationUniform25, systemBaseline, n); l != nil && b != nil {
				g.Measured, g.Value = true, "no ratio (a p50 undefined)"
				if rt := ratio(l.Latency.P50, b.Latency.P50); rt != nil {
					g.Met, g.Value = *rt <= wanGoalRatio, fmt.Sprintf("%.2f×", *rt)
				}
			}
			out = append(out, g)
		}
		g := WANGoal{Profile: pr, What: fmt.Sprintf("3 regions, %d validators: Lockstep p50 ≤ %d ms", wanGoalRegionsSize, wanGoalRegionsP50Ms)}
		out = append(out, p50Goal(g, r.point(pr, emulationRegions, systemLockstep, wanGoalRegionsSize), wanGoalRegionsP50Ms))
	}
	return out
}

// wanSection is the WAN benchmark's report section.
func wanSection(res *WANResult) Section {
	cs := res.comparisons()
	goals := res.goals()
	var b strings.Builder
	fmt.Fprintf(&b, "The ordering benchmark's networks (Lockstep operators and bare CometBFT, same validator count and CometBFT settings, same run) with every "+
		"p2p connection through an emulated wide-area link: one TCP proxy per ordered pair of nodes (toxiproxy, in the benchmark process), holding "+
		"the bytes each way for half the RTT ± %.0f%% (uniform jitter, whole milliseconds). The load generator talks to every node directly, "+
		"as a client next to its node would. Open-loop %d tx/s of %d-byte transactions, %s per point (the first %s, also the settling time after "+
		"the emulation changed, not measured); latency from when a transaction was due to when the node it was submitted to notified it committed.\n\n",
		res.Config.Jitter*100, res.Config.Load, res.Config.TxBytes, res.Config.Duration, res.Config.Warmup)
	for _, g := range goals {
		state := "not measured"
		if g.Measured {
			state = fmt.Sprintf("%s: %s", g.Value, mark(g.Met))
		}
		fmt.Fprintf(&b, "- **Goal**, %s profile, %s: %s\n", g.Profile, g.What, state)
	}
	fmt.Fprintf(&b, "\n| profile | emulation | validators | Lockstep tx/s | CometBFT tx/s | Lockstep p50 / p99 ms | CometBFT p50 / p99 ms | p50 ratio | Δ p50 ms |\n")
	fmt.Fprintf(&b, "|---|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, c := range cs {
		l, bl := res.point(c.Profile, c.Emulation, systemLockstep, c.Validators), res.point(c.Profile, c.Emulation, systemBaseline, c.Validators)
		fmt.Fprintf(&b, "| %s | %s | %d | %.0f | %.0f | %s / %s | %s / %s | %s | %s |\n", c.Profile, c.Emulation, c.Validators, l.Throughput, bl.Throughput,
			fmtMs(l.Latency.P50), fmtMs(l.Latency.P99), fmtMs(bl.Latency.P50), fmtMs(bl.Latency.P99), fmtRatio(c.P50Ratio), fmtDelta(c.P50DeltaMs))
	}
	fmt.Fprintf(&b, "\nEmulations:\n\n")
	for _, e := range res.Emulations {
		fmt.Fprintf(&b, "- `%s`: %s.", e.Name, e.Description)
		if e.Source != "" {
			fmt.Fprintf(&b, " Source: %s.", e.Source)
		}
		fmt.Fprintf(&b, "\n")
		for _, m := range res.Matrices {
			if m.Emulation == e.Name && len(m.Places) > 0 {
				fmt.Fprintf(&b, "  - %d validators: %s\n", m.Validators, strings.Join(m.Places, ", "))
			}
		}
	}
	fmt.Fprintf(&b, "\n<details><summary>Every point</summary>\n\n")
	fmt.Fprintf(&b, "| profile | emulation | system | validators | offered | committed tx/s | accepted | busy | not sent | lost | p50 | p90 | p99 | max ms | submit p50 ms | blocks | txs/block | block interval ms |\n")
	fmt.Fprintf(&b, "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, wp := range res.Points {
		p := wp.Point
		interval := "—"
		if c := p.Consensus; c != nil {
			interval = fmt.Sprintf("%.0f", c.BlockIntervalMs)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %d | %d | %.0f | %d | %d | %d | %d | %s | %s | %s | %s | %s | %d | %.1f | %s |\n", wp.Profile, wp.Emulation, p.System, p.Validators, p.Offered, p.Throughput,
			p.Accepted, p.Busy, p.Overflow+p.Unsent, p.Lost, fmtMs(p.Latency.P50), fmtMs(p.Latency.P90), fmtMs(p.Latency.P99), fmtMs(p.Latency.Max),
			fmtMs(p.Submit.P50), p.Blocks, p.TxsPerBlock, interval)
	}
	fmt.Fprintf(&b, "\n</details>\n\n")
	fmt.Fprintf(&b, "Consensus profiles (`--consensus.profile`, both systems; the rest of the settings as in the ordering section):\n\n")
	for i, pr := range res.Config.Profiles {
		if i < len(res.Profiles) {
			t := res.Profiles[i]
			fmt.Fprintf(&b, "- `%s`: timeout_propose %s, timeout_commit %s (skip_timeout_commit on), flush_throttle_timeout %s, peer_gossip_sleep_duration %s, create_empty_blocks_interval %s\n",
				pr, t.TimeoutPropose, t.TimeoutCommit, t.FlushThrottle, t.PeerGossipSleep, t.EmptyBlockInterval)
		}
	}
	for _, e := range res.Errors {
		fmt.Fprintf(&b, "\n- error: %s", e)
	}
	for _, sk := range res.Skipped {
		fmt.Fprintf(&b, "\n- skipped: %s", sk)
	}
	return Section{Title: "WAN: emulated wide-area links, Lockstep vs bare CometBFT", Markdown: b.String(), JSON: wanJSON{WANResult: res, Comparisons: cs, Goals: goals}}
}
