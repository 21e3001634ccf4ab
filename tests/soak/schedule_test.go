package soak

import (
	"slices"
	"testing"
	"time"
)

// The schedule is what a seed replays: the same for the same seed, one fault at a time inside
// the duration, and every kind within a short run.
func TestSchedule(t *testing.T) {
	d := 75 * time.Second
	a, b := schedule(1, d), schedule(1, d)
	if !slices.Equal(a, b) {
		t.Fatal("the same seed gave two schedules")
	}
	if slices.Equal(a, schedule(2, d)) {
		t.Fatal("seeds 1 and 2 gave the same schedule")
	}
	seen := map[string]bool{}
	var end time.Duration
	for _, s := range a {
		if s.At < end {
			t.Fatalf("%s starts before the fault before it ends (%s)", s, end)
		}
		if s.For < minFault || s.For > maxFault {
			t.Fatalf("%s: duration out of [%s, %s]", s, minFault, maxFault)
		}
		end = s.At + s.For
		seen[s.Kind] = true
	}
	if end > d {
		t.Fatalf("the schedule ends at %s, after %s", end, d)
	}
	for _, k := range kinds {
		if !seen[k] {
			t.Fatalf("no %q in a %s run:\n%v", k, d, a)
		}
	}
}
