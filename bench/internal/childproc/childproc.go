// Package childproc runs a benchmark's long-lived child process (a whole `lockstep-dev devnet`)
// so that it never outlives the benchmark: it is stopped by its pid on Stop, on context
// cancellation through the caller's Stop, and, on Linux, killed by the kernel if the benchmark
// process dies first.
package childproc

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"time"
)

// Proc is a started child process whose output goes to a file.
type Proc struct {
	cmd  *exec.Cmd
	done chan struct{}
	err  error // Wait's result, valid once done is closed

	stopOnce sync.Once
	stopErr  error
}

// Start starts bin with args, stdout and stderr appended to outPath. The child gets its own
// process group, so a Ctrl-C in the terminal reaches only the benchmark, which stops it in order.
func Start(outPath, bin string, args ...string) (*Proc, error) {
	out, err := os.OpenFile(outPath, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = sysProcAttr()
	if err := cmd.Start(); err != nil {
		out.Close()
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	p := &Proc{cmd: cmd, done: make(chan struct{})}
	go func() { // owned: Stop waits on done
		p.err = cmd.Wait()
		out.Close()
		close(p.done)
	}()
	return p, nil
}

// Pid is the child's process ID.
func (p *Proc) Pid() int { return p.cmd.Process.Pid }

// Done is closed when the child has exited.
func (p *Proc) Done() <-chan struct{} { return p.done }

// Err is the child's exit error once Done is closed.
func (p *Proc) Err() error {
	select {
	case <-p.done:
		return p.err
	default:
		return nil
	}
}

// Stop interrupts the child (os.Interrupt, what Ctrl-C would send, so that it stops its own
// children), waits up to timeout, then kills it. It returns an error only if the child had to
// be killed. It is idempotent and waits for the child in every case.
func (p *Proc) Stop(timeout time.Duration) error {
	p.stopOnce.Do(func() {
		select {
		case <-p.done:
			return
		default:
		}
		if err := p.cmd.Process.Signal(os.Interrupt); err != nil && !errors.Is(err, os.ErrProcessDone) {
			_ = p.cmd.Process.Kill()
		}
		t := time.NewTimer(timeout)
		defer t.Stop()
		select {
		case <-p.done:
		case <-t.C:
			_ = p.cmd.Process.Kill()
			<-p.done
			p.stopErr = fmt.Errorf("pid %d did not exit within %s of an interrupt and was killed", p.Pid(), timeout)
		}
	})
	return p.stopErr
}
