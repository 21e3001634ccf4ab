package wait

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestForHolds(t *testing.T) {
	n := 0
	err := For(context.Background(), time.Millisecond, "three calls", func() (bool, error) {
		n++
		return n == 3, nil
	})
	if err != nil || n != 3 {
		t.Fatalf("err %v after %d calls", err, n)
	}
}

func TestForDeadlineNamesWhatAndLastError(t *testing.T) {
	err := Within(context.Background(), 30*time.Millisecond, time.Millisecond, "node 2 at height 5", func() (bool, error) {
		return false, errors.New("connection refused")
	})
	if err == nil {
		t.Fatal("want a timeout")
	}
	for _, want := range []string{"node 2 at height 5", "timed out after 30ms", "connection refused"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
}

func TestForPermanentStops(t *testing.T) {
	boom := errors.New("process exited")
	n := 0
	err := For(context.Background(), time.Millisecond, "x", func() (bool, error) {
		n++
		return false, Permanent(boom)
	})
	if !errors.Is(err, boom) || n != 1 {
		t.Fatalf("err %v after %d calls", err, n)
	}
}

func TestForCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := For(ctx, time.Millisecond, "never", func() (bool, error) { return false, nil })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v", err)
	}
}
