// Package stats has the small statistics the benchmarks report.
package stats

import (
	"math"
	"slices"
)

// Percentile is the nearest-rank percentile q of xs (q = 0 gives the minimum), or -1 for no
// values. With n values, p99 is the maximum unless n > 100. xs is not modified.
func Percentile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return -1
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(math.Ceil(q/100*float64(len(s)))) - 1
	return s[min(max(i, 0), len(s)-1)]
}
