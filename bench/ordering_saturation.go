package bench

import (
	"math"
	"slices"
)

// saturations summarises every network's points of txBytes.
func saturations(points []*Point, cfg OrderingConfig) []Saturation {
	var out []Saturation
	for _, p := range points {
		if p.TxBytes != cfg.TxBytes {
			continue
		}
		// The baseline's fixed points at other loads than cfg.Loads are the ingress networks'
		// baseline rows, at loads unbatched Lockstep is not offered: not part of the comparison.
		if p.System == systemBaseline && p.Phase == phaseFixed && !slices.Contains(cfg.Loads, p.Offered) {
			continue
		}
		i := slices.IndexFunc(out, func(s Saturation) bool { return s.System == p.System && s.Validators == p.Validators })
		if i < 0 {
			out = append(out, Saturation{System: p.System, Validators: p.Validators})
			i = len(out) - 1
		}
		out[i].MaxThroughput = math.Max(out[i].MaxThroughput, p.Throughput)
		if p.Followed {
			out[i].MaxFollowed = max(out[i].MaxFollowed, p.Offered)
		}
	}
	return out
}

// satSearch looks for the highest load a network follows in a bounded number of steps: up by
// half again from the highest load followed while every load was followed, then bisecting
// between the highest followed and the lowest not followed.
type satSearch struct {
	steps    int
	lo, hi   int // highest followed, lowest not followed (0: none yet)
	done     bool
	attempts int
}

func newSatSearch(steps int, points []*Point) *satSearch {
	s := &satSearch{steps: steps}
	for _, p := range points {
		s.observe(p.Offered, p.Followed)
	}
	s.attempts = 0
	return s
}

func (s *satSearch) observe(load int, followed bool) {
	s.attempts++
	if followed {
		s.lo = max(s.lo, load)
	} else if s.hi == 0 || load < s.hi {
		s.hi = load
	}
}

func (s *satSearch) stop() { s.done = true }

// next is the next load to try, if any.
func (s *satSearch) next() (int, bool) {
	if s.done || s.attempts >= s.steps {
		return 0, false
	}
	var load int
	switch {
	case s.hi == 0:
		load = s.lo * 3 / 2
	case s.lo == 0:
		load = s.hi / 2
	default:
		if float64(s.hi)/float64(s.lo) < 1.15 { // close enough: the bounds are the answer
			return 0, false
		}
		load = (s.lo + s.hi) / 2
	}
	load = roundLoad(load)
	if load <= 0 || load == s.lo || load == s.hi {
		return 0, false
	}
	return load, true
}

// roundLoad rounds to two significant digits, for readable tables.
func roundLoad(l int) int {
	if l < 100 {
		return l
	}
	m := 1
	for l/m >= 100 {
		m *= 10
	}
	return (l + m/2) / m * m
}
