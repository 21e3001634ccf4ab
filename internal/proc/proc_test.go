package proc

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/internal/syncbuf"
	"github.com/lockstep-xyz/lockstep/internal/wait"
)

func TestStartLogsAndExits(t *testing.T) {
	log := filepath.Join(t.TempDir(), "out.log")
	var w syncbuf.Buffer
	p, err := Start("echo", "/bin/sh", []string{"-c", "echo hello $GREETING; echo oops >&2"}, Options{Env: []string{"GREETING=world"}, LogPath: log, Output: &w})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Wait(); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	for _, got := range []string{string(b), w.String(), p.Output()} {
		if !strings.Contains(got, "hello world") || !strings.Contains(got, "oops") {
			t.Fatalf("output %q", got)
		}
	}
	if done, err := p.Exited(); !done || err != nil {
		t.Fatalf("exited %v %v", done, err)
	}
}

func TestStopTermsThenKills(t *testing.T) {
	p, err := Start("sleeper", "/bin/sh", []string{"-c", "exec sleep 60"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Stop(5 * time.Second); err != nil {
		t.Fatalf("a process that honours SIGTERM: %v", err)
	}
	if p.Err() == nil {
		t.Fatal("want the signal as exit error")
	}

	// A process that ignores SIGTERM is killed after the timeout.
	p, err = Start("stubborn", "/bin/sh", []string{"-c", "trap '' TERM; echo ready; while :; do sleep 0.05; done"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := wait.Within(context.Background(), 10*time.Second, 10*time.Millisecond, "the trap set", func() (bool, error) {
		return strings.Contains(p.Output(), "ready"), nil
	}); err != nil {
		t.Fatal(err)
	}
	err = p.Stop(200 * time.Millisecond)
	if err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("want a killed error, got %v", err)
	}
	if err := p.Stop(time.Second); err == nil {
		t.Fatal("Stop is idempotent: same result")
	}
}

func TestSignalAfterExit(t *testing.T) {
	p, err := Start("true", "/bin/sh", []string{"-c", "exit 3"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	<-p.Done()
	if err := p.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if p.Err() == nil || p.Pid() <= 0 {
		t.Fatalf("err %v pid %d", p.Err(), p.Pid())
	}
}

func TestStartMissingBinary(t *testing.T) {
	if _, err := Start("nothing", filepath.Join(t.TempDir(), "missing"), nil, Options{}); err == nil {
		t.Fatal("want an error")
	}
}

func TestRun(t *testing.T) {
	out, err := Run(context.Background(), "/bin/sh", []string{"-c", "echo '  value  '"})
	if err != nil || out != "value" {
		t.Fatalf("%q %v", out, err)
	}
	_, err = Run(context.Background(), "/bin/sh", []string{"-c", "echo bad flag >&2; exit 2"})
	if err == nil || !strings.Contains(err.Error(), "bad flag") {
		t.Fatalf("want stderr in the error, got %v", err)
	}
}

func TestStdoutLines(t *testing.T) {
	log := filepath.Join(t.TempDir(), "out.log")
	var mu sync.Mutex
	var lines []string
	var w syncbuf.Buffer
	// A line split over two writes, an empty line, a CRLF line and a last line without a
	// newline; stderr interleaved.
	script := `printf 'first '; sleep 0.05; printf 'line\n'; echo log line >&2; printf '\n'; printf 'crlf\r\n'; printf 'last'`
	p, err := Start("lines", "/bin/sh", []string{"-c", script}, Options{LogPath: log, Output: &w, StdoutLines: func(l string) {
		mu.Lock()
		defer mu.Unlock()
		lines = append(lines, l)
	}})
	if err != nil {
		t.Fatal(err)
	}
	<-p.Done()
	if err := p.Err(); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	got := lines
	mu.Unlock()
	if want := []string{"first line", "", "crlf", "last"}; !slices.Equal(got, want) {
		t.Fatalf("lines %q, want %q", got, want)
	}
	b, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	// The log, Output and the tail have stderr only.
	for _, got := range []string{string(b), w.String(), p.Output()} {
		if got != "log line\n" {
			t.Fatalf("stderr copy %q", got)
		}
	}
}
