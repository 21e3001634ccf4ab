package stats

import "testing"

func TestPercentile(t *testing.T) {
	xs := []float64{5, 1, 4, 2, 3, 10, 9, 8, 7, 6}
	for _, tc := range []struct{ q, want float64 }{{0, 1}, {10, 1}, {11, 2}, {50, 5}, {90, 9}, {99, 10}, {100, 10}} {
		if got := Percentile(xs, tc.q); got != tc.want {
			t.Errorf("p%v = %v, want %v", tc.q, got, tc.want)
		}
	}
	if got := Percentile(nil, 50); got != -1 {
		t.Errorf("p50 of nothing = %v", got)
	}
	if xs[0] != 5 {
		t.Error("Percentile sorted its input")
	}
}
