package bench

import (
	"fmt"
	"strconv"
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

// WANComparison is Lockstep against the baseline under one emulation at one size: the medians
// of the repeated points.
type WANComparison struct {
	Profile    string   `json:"profile"`
	Emulation  string   `json:"emulation"`
	Validators int      `json:"validators"`
	Lockstep   Summary  `json:"lockstep"`
	Baseline   Summary  `json:"baseline"`
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

// summary is the medians of system's points at size n under a profile and an emulation; false
// when there are none.
func (r *WANResult) summary(profile, emulation, system string, n int) (Summary, bool) {
	var ps []*Point
	for _, p := range r.Points {
		if p.Profile == profile && p.Emulation == emulation {
			ps = append(ps, p.Point)
		}
	}
	return summarize(ps, system, n, r.Config.Load, phaseFixed)
}

func (r *WANResult) comparisons() []WANComparison {
	var out []WANComparison
	for _, pr := range r.Config.Profiles {
		for _, e := range r.Config.Emulations {
			for _, n := range r.Config.Validators {
				l, lok := r.summary(pr, e, systemLockstep, n)
				b, bok := r.summary(pr, e, systemBaseline, n)
				if !lok || !bok {
					continue
				}
				out = append(out, WANComparison{Profile: pr, Emulation: e, Validators: n, Lockstep: l, Baseline: b, P50Ratio: ratio(l.P50, b.P50),
					P99Ratio: ratio(l.P99, b.P99), P50DeltaMs: delta(l.P50, b.P50)})
			}
		}
	}
	return out
}

// p50Goal judges a median p50 against a bound: a median that is undefined (more than half the
// transactions of its point lost) misses it.
func p50Goal(g WANGoal, s Summary, ok bool, bound float64) WANGoal {
	if !ok {
		return g
	}
	g.Measured = true
	if s.P50 == nil {
		g.Value = "no p50 (over half the transactions not committed)"
		return g
	}
	g.Met, g.Value = *s.P50 <= bound, fmt.Sprintf("%.0f ms", *s.P50)
	return g
}

// goals are the goals under each profile.
func (r *WANResult) goals() []WANGoal {
	var out []WANGoal
	for _, pr := range r.Config.Profiles {
		for _, n := range wanGoalSizes {
			l, lok := r.summary(pr, emulationUniform25, systemLockstep, n)
			g := WANGoal{Profile: pr, What: fmt.Sprintf("50 ms RTT, %d validators, %d tx/s: Lockstep p50 ≤ %d ms", n, r.Config.Load, wanGoalP50Ms)}
			out = append(out, p50Goal(g, l, lok, wanGoalP50Ms))
			g = WANGoal{Profile: pr, What: fmt.Sprintf("50 ms RTT, %d validators: Lockstep p50 ≤ %.2f× bare CometBFT's", n, wanGoalRatio)}
			if b, bok := r.summary(pr, emulationUniform25, systemBaseline, n); lok && bok {
				g.Measured, g.Value = true, "no ratio (a p50 undefined)"
				if rt := ratio(l.P50, b.P50); rt != nil {
					g.Met, g.Value = *rt <= wanGoalRatio, fmt.Sprintf("%.2f×", *rt)
				}
			}
			out = append(out, g)
		}
		g := WANGoal{Profile: pr, What: fmt.Sprintf("3 regions, %d validators: Lockstep p50 ≤ %d ms", wanGoalRegionsSize, wanGoalRegionsP50Ms)}
		l, ok := r.summary(pr, emulationRegions, systemLockstep, wanGoalRegionsSize)
		out = append(out, p50Goal(g, l, ok, wanGoalRegionsP50Ms))
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
		"the emulation changed, not measured); latency from when a transaction was due to when the node it was submitted to notified it committed. "+
		"Each point is measured %d times, the systems taking turns in alternating order; the goals and the table use the medians (p50's range in brackets).\n\n",
		res.Config.Jitter*100, res.Config.Load, res.Config.TxBytes, res.Config.Duration, res.Config.Warmup, res.Config.Repeats)
	for _, g := range goals {
		state := "not measured"
		if g.Measured {
			state = fmt.Sprintf("%s: %s", g.Value, mark(g.Met))
		}
		fmt.Fprintf(&b, "- **Goal**, %s profile, %s: %s\n", g.Profile, g.What, state)
	}
	fmt.Fprintf(&b, "\n| profile | emulation | validators | runs | Lockstep tx/s | CometBFT tx/s | Lockstep p50 / p99 ms | CometBFT p50 / p99 ms | p50 ratio | Δ p50 ms |\n")
	fmt.Fprintf(&b, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, c := range cs {
		runs := strconv.Itoa(c.Lockstep.Repeats)
		if c.Baseline.Repeats != c.Lockstep.Repeats {
			runs += fmt.Sprintf(" / %d", c.Baseline.Repeats)
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %s | %.0f | %.0f | %s / %s | %s / %s | %s | %s |\n", c.Profile, c.Emulation, c.Validators, runs, c.Lockstep.Throughput, c.Baseline.Throughput,
			fmtP50(c.Lockstep), fmtMs(c.Lockstep.P99), fmtP50(c.Baseline), fmtMs(c.Baseline.P99), fmtRatio(c.P50Ratio), fmtDelta(c.P50DeltaMs))
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
	fmt.Fprintf(&b, "| profile | emulation | system | validators | run | offered | committed tx/s | accepted | busy | not sent | lost | p50 | p90 | p99 | max ms | submit p50 ms | blocks | txs/block | block interval ms |\n")
	fmt.Fprintf(&b, "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, wp := range res.Points {
		p := wp.Point
		interval := "—"
		if c := p.Consensus; c != nil {
			interval = fmt.Sprintf("%.0f", c.BlockIntervalMs)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %d | %d | %d | %.0f | %d | %d | %d | %d | %s | %s | %s | %s | %s | %d | %.1f | %s |\n", wp.Profile, wp.Emulation, p.System, p.Validators, p.Repeat, p.Offered, p.Throughput,
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
