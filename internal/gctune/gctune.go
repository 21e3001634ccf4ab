// Package gctune sets a long-running node's garbage collection target: Go's default (the heap
// may grow to twice its live data) while that stays under a floor, and at most 1.5 times the
// live data above it.
//
// Go's default costs memory when the live heap is large: a node under overload holding 150 MiB
// of transactions may grow to 300 MiB and more. A lower GOGC bounds that, but makes the
// collector run more often at every load: at 50, garbage collection took 10.7% of an operator
// node's CPU at 5,000 transactions per second offered, against 6.8% for bare CometBFT at Go's
// default. Tune gets both: it keeps Go's default target and sets a soft memory limit
// (debug.SetMemoryLimit) of max(floor, what the runtime holds besides the heap + the heap
// GOGC=50 would allow), updated as the live heap changes. The limit is never below what the live
// heap needs, so it cannot make the collector run back to back.
package gctune

import (
	"context"
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// DefaultFloor is the memory the runtime may hold before the limit takes over from Go's default
// target. An operator node's live heap stays under half of it up to its saturation without
// ingress batching.
const DefaultFloor = 192 << 20

// interval is how often the limit follows the live heap (reading the runtime's metrics costs
// microseconds and stops nothing).
const interval = 250 * time.Millisecond

// Overridden reports whether the environment sets the collector (GOGC or GOMEMLIMIT): then Tune
// leaves it as set.
func Overridden() bool { return os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" }

// Tune keeps the memory limit at Limit of the runtime's current state until ctx ends, then
// removes it, and reports true. It does nothing (and reports false) if Overridden.
func Tune(ctx context.Context, floor uint64) bool {
	if Overridden() {
		return false
	}
	debug.SetGCPercent(100)
	samples := newSamples()
	set := func() { debug.SetMemoryLimit(int64(min(samples.limit(floor), math.MaxInt64))) }
	set()
	go func() { // owned: ends with ctx
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				debug.SetMemoryLimit(math.MaxInt64)
				return
			case <-t.C:
				set()
			}
		}
	}()
	return true
}

// State is what the limit is computed from, in bytes.
type State struct {
	Live    uint64 // live heap marked by the last collection
	Roots   uint64 // stacks and globals the collector scans (its target grows with them too)
	Mapped  uint64 // memory the runtime holds from the OS, less what it released
	HeapAll uint64 // of Mapped, the heap's spans (objects, free and unused)
}

// Limit is the memory limit for s: max(floor, what the runtime holds besides the heap + the
// heap GOGC=50 would let grow), that is max(floor, Mapped − HeapAll + Live + (Live + Roots)/2).
func Limit(s State, floor uint64) uint64 {
	var other uint64
	if s.Mapped > s.HeapAll {
		other = s.Mapped - s.HeapAll
	}
	return max(floor, other+s.Live+s.Live/2+s.Roots/2)
}

type samples []metrics.Sample

// The runtime metrics State is read from, in this order.
var names = [...]string{
	"/gc/heap/live:bytes", "/gc/scan/stack:bytes", "/gc/scan/globals:bytes",
	"/memory/classes/total:bytes", "/memory/classes/heap/released:bytes",
	"/memory/classes/heap/objects:bytes", "/memory/classes/heap/unused:bytes", "/memory/classes/heap/free:bytes",
}

const (
	live = iota
	stacks
	globals
	total
	released
	objects
	unused
	free
)

func newSamples() samples {
	s := make(samples, len(names))
	for i, n := range names {
		s[i].Name = n
	}
	return s
}

// state reads the runtime's current State.
func (s samples) state() State {
	metrics.Read(s)
	var v [len(names)]uint64
	for i, m := range s {
		if m.Value.Kind() == metrics.KindUint64 {
			v[i] = m.Value.Uint64()
		}
	}
	st := State{Live: v[live], Roots: v[stacks] + v[globals], HeapAll: v[objects] + v[unused] + v[free]}
	if v[total] > v[released] {
		st.Mapped = v[total] - v[released]
	}
	return st
}

func (s samples) limit(floor uint64) uint64 { return Limit(s.state(), floor) }
