package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
)

// childStopTimeout is how long a child gets to exit after SIGTERM before it is killed.
const childStopTimeout = 10 * time.Second

// child is one process the devnet started (an operator node or the aggregator). Its output
// goes to a log file; the goroutine waiting on it is owned by the child and joined by stop.
type child struct {
	name string
	cmd  *exec.Cmd
	done chan struct{}
	err  error // Wait's result, valid once done is closed
}

// startChild starts bin with args, its stdout and stderr appended to logPath.
func startChild(name, bin, logPath string, env []string, args ...string) (*child, error) {
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = childSysProcAttr()
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	c := &child{name: name, cmd: cmd, done: make(chan struct{})}
	go func() { // owned: stop waits on done
		c.err = cmd.Wait()
		logf.Close()
		close(c.done)
	}()
	return c, nil
}

// exited reports whether the child has exited (and why) without waiting.
func (c *child) exited() (bool, error) {
	select {
	case <-c.done:
		return true, c.err
	default:
		return false, nil
	}
}

// stop sends SIGTERM, waits up to timeout, then SIGKILLs. It is idempotent.
func (c *child) stop(timeout time.Duration) error {
	if done, _ := c.exited(); done {
		return nil
	}
	_ = c.cmd.Process.Signal(syscall.SIGTERM)
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-c.done:
		return nil
	case <-t.C:
		_ = c.cmd.Process.Kill()
		<-c.done
		return fmt.Errorf("%s (pid %d) ignored SIGTERM for %s and was killed", c.name, c.cmd.Process.Pid, timeout)
	}
}

// children is the devnet's set of child processes; stopAll stops them in reverse start order.
type children struct {
	mu   sync.Mutex
	list []*child
}

func (cs *children) add(c *child) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	cs.list = append(cs.list, c)
}

// pids lists "name pid" lines, one per child, for <data-dir>/pids.
func (cs *children) pids() string {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	var b strings.Builder
	for _, c := range cs.list {
		fmt.Fprintf(&b, "%s %d\n", c.name, c.cmd.Process.Pid)
	}
	return b.String()
}

// firstExited returns the first child that has exited, or nil.
func (cs *children) firstExited() (*child, error) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	for _, c := range cs.list {
		if done, err := c.exited(); done {
			return c, err
		}
	}
	return nil, nil
}

// stopAll signals every child at once (the aggregator first, as it was started last), then
// waits for each within the deadline, and joins the errors.
func (cs *children) stopAll(timeout time.Duration) error {
	cs.mu.Lock()
	list := append([]*child(nil), cs.list...)
	cs.mu.Unlock()
	errs := make([]error, len(list))
	var wg sync.WaitGroup
	for i := len(list) - 1; i >= 0; i-- {
		wg.Add(1)
		go func(i int) { // owned: joined by wg.Wait below
			defer wg.Done()
			errs[i] = list[i].stop(timeout)
		}(i)
	}
	wg.Wait()
	return errors.Join(errs...)
}
