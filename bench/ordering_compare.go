package bench

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// phaseCompare is the comparison phase's (the other phases are with pointSpec).
const phaseCompare = "compare"

// runComparison measures every network at the comparison loads (compareLoads) cfg.Repeats times.
// One point's p50 varies by half between runs of the same binary on this machine, shared by
// every node of both networks and the load generator, so the report compares medians. The
// repeats run round after round, all loads in each, so a slow stretch of the machine hits every
// load rather than all repeats of one; the systems take turns going first.
func runComparison(env *Env, cfg OrderingConfig, n int, b budget, res *OrderingResult, nets []*cluster,
	measure func(c *cluster, phase string, load, txBytes int) (*Point, error)) error {
	if len(cfg.CompareFractions) == 0 {
		return nil
	}
	followed := 0
	if s := findSat(saturations(res.Points, cfg), systemBaseline, n); s != nil && cfg.SaturationSteps > 0 {
		followed = s.MaxFollowed
	}
	loads := compareLoads(cfg.CompareFractions, followed, cfg.Loads)
	if followed > 0 {
		env.Printf("ordering, %d validators: comparing at %v tx/s (fractions %v of the %d tx/s bare CometBFT followed), %d times each", n, loads, cfg.CompareFractions, followed, cfg.Repeats)
	} else {
		env.Printf("ordering, %d validators: comparing at the fixed loads %v tx/s (no followed load of bare CometBFT known), %d times each", n, loads, cfg.Repeats)
	}
	estimate := cfg.Duration + cfg.Drain/2
	for _, run := range compareSchedule(nets, loads, cfg.Repeats) {
		if time.Now().Add(estimate).After(b.end) {
			res.Skipped = append(res.Skipped, fmt.Sprintf("%s: comparison at %d tx/s, repeat %d (time budget)", run.c.label(), run.load, run.repeat))
			continue
		}
		p, err := measure(run.c, phaseCompare, run.load, 0)
		if p != nil {
			p.Repeat = run.repeat
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// compareRun is one point of the comparison phase.
type compareRun struct {
	c      *cluster
	load   int
	repeat int // from 1
}

// compareSchedule is the order of the comparison phase's points: repeat after repeat, each
// load in each, every network at each.
func compareSchedule(nets []*cluster, loads []int, repeats int) []compareRun {
	var out []compareRun
	for r := range repeats {
		for j, load := range loads {
			// r+j: each load's repeats alternate which network goes first, even with an even
			// number of loads.
			for _, c := range turn(nets, r+j) {
				out = append(out, compareRun{c: c, load: load, repeat: r + 1})
			}
		}
	}
	return out
}

// compareLoads are the comparison phase's offered loads: fractions of the highest load the
// baseline followed, rounded like the saturation search's, in increasing order; the fixed loads
// when followed is 0 (no saturation search, or the baseline followed nothing).
func compareLoads(fractions []float64, followed int, fixed []int) []int {
	if followed <= 0 {
		return slices.Clone(fixed)
	}
	var loads []int
	for _, f := range fractions {
		if l := roundLoad(int(math.Round(f * float64(followed)))); l > 0 {
			loads = append(loads, l)
		}
	}
	slices.Sort(loads)
	return slices.Compact(loads)
}

// sameBytes is the offered load of size-byte transactions that offers the bytes per second of
// load transactions of txBytes: the ingress loads are given at TxBytes, and larger payloads
// at the same tx/s would only measure a machine out of bandwidth.
func sameBytes(load, txBytes, size int) int {
	return max(1, int(int64(load)*int64(txBytes)/int64(size)))
}
