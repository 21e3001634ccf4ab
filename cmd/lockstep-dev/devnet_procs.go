package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/lockstep-xyz/lockstep/internal/proc"
)

// childStopTimeout is how long a child gets to exit after SIGTERM before it is killed.
const childStopTimeout = 10 * time.Second

// children is the devnet's set of child processes; stopAll stops them in reverse start order.
type children struct {
	mu   sync.Mutex
	list []*proc.Proc
}

func (cs *children) add(c *proc.Proc) {
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
		fmt.Fprintf(&b, "%s %d\n", c.Name(), c.Pid())
	}
	return b.String()
}

// firstExited returns the first child that has exited, or nil.
func (cs *children) firstExited() (*proc.Proc, error) {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	for _, c := range cs.list {
		if done, err := c.Exited(); done {
			return c, err
		}
	}
	return nil, nil
}

// stopAll signals every child at once (the aggregator first, as it was started last), then
// waits for each within the deadline, and joins the errors.
func (cs *children) stopAll(timeout time.Duration) error {
	cs.mu.Lock()
	list := append([]*proc.Proc(nil), cs.list...)
	cs.mu.Unlock()
	errs := make([]error, len(list))
	var wg sync.WaitGroup
	for i := len(list) - 1; i >= 0; i-- {
		wg.Add(1)
		go func(i int) { // owned: joined by wg.Wait below
			defer wg.Done()
			errs[i] = list[i].Stop(timeout)
		}(i)
	}
	wg.Wait()
	return errors.Join(errs...)
}
