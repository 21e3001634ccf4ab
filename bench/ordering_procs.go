package bench

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/lockstep-xyz/lockstep/internal/proc"
)

// procStopTimeout is how long a node gets to exit after SIGTERM before it is killed.
const procStopTimeout = 10 * time.Second

// logTailBytes is how much of a failed node's log an error quotes.
const logTailBytes = 3000

// nodeProc is one node process of a network, its output in a log file.
type nodeProc struct {
	*proc.Proc
	logPath string
}

// startProc starts bin with args as the network's node name, logging to logPath.
func startProc(name, bin, logPath string, args ...string) (*nodeProc, error) {
	p, err := proc.Start(name, bin, args, proc.Options{LogPath: logPath, TruncateLog: true})
	if err != nil {
		return nil, err
	}
	return &nodeProc{Proc: p, logPath: logPath}, nil
}

// stop continues the process if it is paused (a stopped process would not see SIGTERM), then
// stops it. Idempotent.
func (p *nodeProc) stop() error {
	if done, _ := p.Exited(); !done {
		_ = resumePID(p.Pid())
	}
	return p.Stop(procStopTimeout)
}

// logTail is the end of the process's log, for error messages.
func (p *nodeProc) logTail() string {
	b, _ := os.ReadFile(p.logPath)
	if len(b) > logTailBytes {
		b = b[len(b)-logTailBytes:]
	}
	return string(b)
}

// nodeProcs are the node processes of one network: started one by one (procSet, the baseline)
// or by the system harness (systemProcs, Lockstep).
type nodeProcs interface {
	// pids are the processes' IDs, node 0's first.
	pids() []int
	// firstExited returns an error naming a process that has exited, with its log's tail.
	firstExited() error
	// stop continues the processes if they are paused (a stopped process would not see
	// SIGTERM), then stops them all and waits for them, joining the errors. Idempotent.
	stop() error
}

// procSet is the processes of one network started one by one.
type procSet []*nodeProc

func (ps procSet) pids() []int {
	out := make([]int, len(ps))
	for i, p := range ps {
		out[i] = p.Pid()
	}
	return out
}

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
		if done, err := p.Exited(); done {
			return fmt.Errorf("%s exited (%v); its log ends:\n%s", p.Name(), err, p.logTail())
		}
	}
	return nil
}

// pauseProcs stops (SIGSTOP) every process so an idle network takes no CPU from the one
// measured; resumeProcs continues them.
func pauseProcs(ps nodeProcs) error {
	var errs []error
	for _, pid := range ps.pids() {
		if pid > 0 { // never 0: that would signal our own process group
			errs = append(errs, pausePID(pid))
		}
	}
	return errors.Join(errs...)
}

func resumeProcs(ps nodeProcs) error {
	var errs []error
	for _, pid := range ps.pids() {
		if pid > 0 {
			errs = append(errs, resumePID(pid))
		}
	}
	return errors.Join(errs...)
}
