package bench

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/lockstep-xyz/lockstep/bench/internal/childproc"
)

// procStopTimeout is how long a node gets to exit after the interrupt before it is killed.
const procStopTimeout = 10 * time.Second

// proc is one node process of a network, its output in a log file.
type proc struct {
	*childproc.Proc
	name    string
	logPath string
}

// startProc starts bin with args as the network's node name, logging to logPath.
func startProc(name, bin, logPath string, args ...string) (*proc, error) {
	p, err := childproc.Start(logPath, bin, args...)
	if err != nil {
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	return &proc{Proc: p, name: name, logPath: logPath}, nil
}

// exited says whether the process has exited, and how.
func (p *proc) exited() (bool, error) {
	select {
	case <-p.Done():
		return true, p.Err()
	default:
		return false, nil
	}
}

// stop continues the process if it is paused (a stopped process would not see the
// interrupt), then stops it. Idempotent.
func (p *proc) stop() error {
	if done, _ := p.exited(); !done {
		_ = resumePID(p.Pid())
	}
	if err := p.Stop(procStopTimeout); err != nil {
		return fmt.Errorf("%s: %w", p.name, err)
	}
	return nil
}

// logTail is the end of the process's log, for error messages.
func (p *proc) logTail() string {
	b, _ := os.ReadFile(p.logPath)
	if len(b) > 3000 {
		b = b[len(b)-3000:]
	}
	return string(b)
}

// procSet is the processes of one network.
type procSet []*proc

// stop stops every process at once and waits for all of them, joining the errors.
func (ps procSet) stop() error {
	errs := make([]error, len(ps))
	var wg sync.WaitGroup
	for i, p := range ps {
		wg.Add(1)
		go func() { // owned: joined below
			defer wg.Done()
			errs[i] = p.stop()
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// firstExited returns an error naming a process that has exited, with its log's tail.
func (ps procSet) firstExited() error {
	for _, p := range ps {
		if done, err := p.exited(); done {
			return fmt.Errorf("%s exited (%v); its log ends:\n%s", p.name, err, p.logTail())
		}
	}
	return nil
}

// pause stops (SIGSTOP) every process so an idle network takes no CPU from the one measured;
// resume continues them.
func (ps procSet) pause() error {
	var errs []error
	for _, p := range ps {
		errs = append(errs, pausePID(p.Pid()))
	}
	return errors.Join(errs...)
}

func (ps procSet) resume() error {
	var errs []error
	for _, p := range ps {
		errs = append(errs, resumePID(p.Pid()))
	}
	return errors.Join(errs...)
}
