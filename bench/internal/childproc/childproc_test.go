package childproc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// waitOutput waits until the file at path contains want.
func waitOutput(t *testing.T, path, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		if b, _ := os.ReadFile(path); strings.Contains(string(b), want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %q in the child's output", want)
		}
		<-tick.C
	}
}

func TestStopInterrupts(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	// A shell that reports the interrupt and exits: Stop must not need to kill it.
	p, err := Start(out, "sh", "-c", `trap 'echo interrupted; exit 0' INT; echo up; while :; do sleep 0.05; done`)
	if err != nil {
		t.Fatal(err)
	}
	waitOutput(t, out, "up")
	if err := p.Stop(5 * time.Second); err != nil {
		t.Fatal(err)
	}
	if err := p.Stop(time.Second); err != nil { // idempotent
		t.Fatal(err)
	}
	waitOutput(t, out, "interrupted")
}

func TestStopKillsStubbornChild(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	p, err := Start(out, "sh", "-c", `trap '' INT; echo up; while :; do sleep 0.05; done`)
	if err != nil {
		t.Fatal(err)
	}
	waitOutput(t, out, "up") // the trap is installed
	if err := p.Stop(300 * time.Millisecond); err == nil {
		t.Fatal("want an error saying the child was killed")
	}
	select {
	case <-p.Done():
	default:
		t.Fatal("child still running")
	}
}
