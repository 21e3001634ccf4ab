// Package proc runs Lockstep's child processes (anvil, operator nodes, the aggregator, a whole
// devnet under a benchmark) so that none outlives its parent: each gets its own process group
// (a Ctrl-C in the terminal reaches only the parent, which stops its children in order), and on
// Linux the kernel kills it if the parent dies first. Stop is SIGTERM, then SIGKILL after a
// timeout, and always waits for the process.
package proc

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/lockstep-xyz/lockstep/internal/syncbuf"
)

// DefaultTailBytes is how much of a process's output Output keeps.
const DefaultTailBytes = 16 << 10

// Options configures Start. The zero value runs the binary with this process's environment and
// keeps only the tail of its output.
type Options struct {
	// Env is appended to this process's environment.
	Env []string
	// Dir is the working directory; empty means this process's.
	Dir string
	// LogPath receives stdout and stderr, appended (a restarted process continues its log)
	// unless TruncateLog.
	LogPath     string
	TruncateLog bool
	// Output, when set, also receives stdout and stderr.
	Output io.Writer
	// StdoutLines, when set, receives stdout line by line (without the line end) instead of
	// the log, Output and the tail, which then get stderr only: for a process whose stdout is
	// data to parse (JSON items, the address it listens on) and whose stderr is its log. It is
	// called from one goroutine, must not block, and has every line, a last one without a
	// newline too, before Done is closed.
	StdoutLines func(line string)
	// Group makes Signal and Stop signal the whole process group, for children that start
	// children of their own.
	Group bool
}

// Proc is a started child process.
type Proc struct {
	name  string
	cmd   *exec.Cmd
	group bool
	tail  *syncbuf.Buffer

	done chan struct{}
	err  error // Wait's result, valid once done is closed

	stopOnce sync.Once
	stopErr  error
}

// Start starts bin with args. name labels the process in errors.
func Start(name, bin string, args []string, opts Options) (*Proc, error) {
	p := &Proc{name: name, group: opts.Group, tail: syncbuf.NewTail(DefaultTailBytes), done: make(chan struct{})}
	var out io.Writer = p.tail
	var logf *os.File
	if opts.LogPath != "" {
		flags := os.O_CREATE | os.O_WRONLY | os.O_APPEND
		if opts.TruncateLog {
			flags |= os.O_TRUNC
		}
		f, err := os.OpenFile(opts.LogPath, flags, 0o644)
		if err != nil {
			return nil, fmt.Errorf("start %s: open log: %w", name, err)
		}
		logf = f
		out = io.MultiWriter(f, out)
	}
	if opts.Output != nil {
		out = io.MultiWriter(opts.Output, out)
	}
	// Not exec.CommandContext: the process outlives whatever bounded its start.
	cmd := exec.Command(bin, args...)
	if len(opts.Env) > 0 {
		cmd.Env = append(os.Environ(), opts.Env...)
	}
	cmd.Dir = opts.Dir
	cmd.Stdout, cmd.Stderr = out, out
	var lines *lineWriter
	if opts.StdoutLines != nil {
		lines = &lineWriter{fn: opts.StdoutLines}
		cmd.Stdout = lines
	}
	cmd.SysProcAttr = sysProcAttr()
	p.cmd = cmd

	// Started and waited for on one locked OS thread: the parent-death signal is tied to the
	// thread that forked, so that thread must live as long as the child.
	started := make(chan error, 1)
	go func() { // owned: Wait and Stop wait on done
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		p.err = cmd.Wait() // returns once stdout and stderr are copied
		if lines != nil {
			lines.flush()
		}
		if logf != nil {
			logf.Close()
		}
		close(p.done)
	}()
	if err := <-started; err != nil {
		if logf != nil {
			logf.Close()
		}
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	return p, nil
}

// Name is the label given to Start.
func (p *Proc) Name() string { return p.name }

// Pid is the process ID.
func (p *Proc) Pid() int { return p.cmd.Process.Pid }

// Done is closed when the process has exited.
func (p *Proc) Done() <-chan struct{} { return p.done }

// Err is the process's exit error once Done is closed, nil before.
func (p *Proc) Err() error {
	select {
	case <-p.done:
		return p.err
	default:
		return nil
	}
}

// Exited reports whether the process has exited, and how, without waiting.
func (p *Proc) Exited() (bool, error) {
	select {
	case <-p.done:
		return true, p.err
	default:
		return false, nil
	}
}

// Wait waits for the process to exit and returns its exit error.
func (p *Proc) Wait() error {
	<-p.done
	return p.err
}

// Output is the tail of the process's stdout and stderr.
func (p *Proc) Output() string { return p.tail.String() }

// Signal sends sig to the process (or its group, with Options.Group). Signalling a process
// that has exited is not an error.
func (p *Proc) Signal(sig syscall.Signal) error {
	if done, _ := p.Exited(); done {
		return nil
	}
	err := signal(p.cmd.Process, p.group, sig)
	if err != nil && !errors.Is(err, os.ErrProcessDone) && !errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("signal %s (pid %d): %w", p.name, p.Pid(), err)
	}
	return nil
}

// Stop sends SIGTERM, waits up to timeout, then sends SIGKILL, and waits for the process in
// every case. It returns an error only if the process had to be killed. It is idempotent and
// safe to call concurrently.
func (p *Proc) Stop(timeout time.Duration) error {
	p.stopOnce.Do(func() {
		if done, _ := p.Exited(); done {
			return
		}
		if err := p.Signal(syscall.SIGTERM); err != nil {
			_ = p.Signal(syscall.SIGKILL)
		}
		t := time.NewTimer(timeout)
		defer t.Stop()
		select {
		case <-p.done:
		case <-t.C:
			_ = p.Signal(syscall.SIGKILL)
			<-p.done
			p.stopErr = fmt.Errorf("%s (pid %d) did not exit within %s of SIGTERM and was killed", p.name, p.Pid(), timeout)
		}
	})
	return p.stopErr
}

// lineWriter hands what is written to it to fn one line at a time.
type lineWriter struct {
	fn      func(string)
	partial []byte
}

func (w *lineWriter) Write(b []byte) (int, error) {
	n := len(b)
	for {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			break
		}
		w.partial = append(w.partial, b[:i]...)
		w.emit()
		b = b[i+1:]
	}
	w.partial = append(w.partial, b...)
	return n, nil
}

// flush hands over a last line that has no newline.
func (w *lineWriter) flush() {
	if len(w.partial) > 0 {
		w.emit()
	}
}

func (w *lineWriter) emit() {
	w.fn(string(bytes.TrimSuffix(w.partial, []byte{'\r'})))
	w.partial = w.partial[:0]
}

// Run runs bin with args to completion (killed if ctx ends first) and returns its trimmed
// stdout; a failure's error carries the trimmed stderr.
func Run(ctx context.Context, bin string, args []string, env ...string) (string, error) {
	cmd := exec.CommandContext(ctx, bin, args...)
	if len(env) > 0 {
		cmd.Env = append(os.Environ(), env...)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("%s %s: %w: %s", bin, strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(stdout.String()), nil
}
