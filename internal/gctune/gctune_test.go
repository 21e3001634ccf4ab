package gctune

import (
	"context"
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/internal/wait"
)

func TestLimit(t *testing.T) {
	for _, tc := range []struct {
		s     State
		floor uint64
		want  uint64
	}{
		{State{Live: 40 << 20, Mapped: 100 << 20, HeapAll: 90 << 20}, 192 << 20, 192 << 20},                   // small heap: Go's default target under the floor
		{State{Live: 200 << 20, Mapped: 400 << 20, HeapAll: 380 << 20}, 192 << 20, 320 << 20},                 // 20 MiB besides the heap + 300 MiB
		{State{Live: 200 << 20, Roots: 4 << 20, Mapped: 400 << 20, HeapAll: 380 << 20}, 192 << 20, 322 << 20}, // stacks and globals: half of them, as GOGC=50's target
		{State{Live: 100 << 20, Mapped: 10 << 20, HeapAll: 20 << 20}, 0, 150 << 20},                           // inconsistent reads: no underflow
		{State{Live: math.MaxUint64 / 4, Mapped: 0, HeapAll: 0}, 0, math.MaxUint64/4 + math.MaxUint64/8},      // no overflow at any live heap a machine has
	} {
		if got := Limit(tc.s, tc.floor); got != tc.want {
			t.Errorf("Limit(%+v, %d) = %d, want %d", tc.s, tc.floor, got, tc.want)
		}
	}
}

// TestStateReadsTheRuntime: the metrics are read (a zero State would leave the floor as limit
// at any heap).
func TestStateReadsTheRuntime(t *testing.T) {
	keep := make([][]byte, 64)
	for i := range keep {
		keep[i] = make([]byte, 1<<20)
	}
	runtime.GC()
	st := newSamples().state()
	runtime.KeepAlive(keep)
	if st.Live < 64<<20 || st.HeapAll < st.Live-st.Live/4 || st.Mapped < st.HeapAll {
		t.Fatalf("state %+v with 64 MiB live", st)
	}
	if got, want := newSamples().limit(0), Limit(st, 0); got < want/2 || got > want*2 {
		t.Fatalf("limit %d, state's %d", got, want)
	}
}

func TestTuneSetsAndRemovesTheLimit(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	debug.SetGCPercent(50)
	ctx, cancel := context.WithCancel(context.Background())
	if !Tune(ctx, 1<<40) {
		t.Fatal("Tune reported the environment's setting with neither GOGC nor GOMEMLIMIT set")
	}
	if got := debug.SetMemoryLimit(-1); got != 1<<40 {
		t.Fatalf("memory limit %d, want the floor %d", got, 1<<40)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Fatalf("GOGC %d, want 100", got)
	}
	cancel()
	if err := wait.Within(context.Background(), 10*time.Second, 10*time.Millisecond, "the limit removed", func() (bool, error) {
		return debug.SetMemoryLimit(-1) == math.MaxInt64, nil
	}); err != nil {
		t.Fatal(err)
	}
}

func TestTuneLeavesTheEnvironmentsSetting(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "75")
			before := debug.SetMemoryLimit(-1)
			if Tune(t.Context(), 1<<40) {
				t.Fatalf("Tune reported tuning with %s set", env)
			}
			if got := debug.SetMemoryLimit(-1); got != before {
				t.Fatalf("memory limit %d with %s set, want it left at %d", got, env, before)
			}
		})
	}
}
