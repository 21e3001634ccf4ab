package cputime

import (
	"runtime"
	"testing"
)

func TestProcessAdvancesWithWork(t *testing.T) {
	before, ok := Process()
	if !ok {
		t.Skip("no CPU time on this platform")
	}
	x := 0
	for i := 0; i < 50_000_000; i++ {
		x += i ^ (x >> 3)
	}
	runtime.KeepAlive(x)
	after, _ := Process()
	if after <= before {
		t.Fatalf("CPU time did not advance: %s then %s", before, after)
	}
}
