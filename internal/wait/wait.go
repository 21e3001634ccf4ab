// Package wait polls a condition until it holds, with the deadline taken from a context, so
// that nothing in Lockstep's harness, devnet or tests waits with a fixed sleep.
package wait

import (
	"context"
	"fmt"
	"time"
)

// For calls cond every interval until it returns true, returns an error, or ctx ends. An error
// from cond is kept as the last reason and polling goes on (conditions are usually "the node
// answers and says X"); use a Permanent error to stop at once. On ctx's end the error names
// what was waited for and the last reason.
func For(ctx context.Context, interval time.Duration, what string, cond func() (bool, error)) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	var last error
	for {
		ok, err := cond()
		if ok {
			return nil
		}
		if p, isPerm := err.(permanent); isPerm {
			return fmt.Errorf("wait for %s: %w", what, p.err)
		}
		if err != nil {
			last = err
		}
		select {
		case <-ctx.Done():
			if last != nil {
				return fmt.Errorf("wait for %s: %w (last error: %v)", what, context.Cause(ctx), last)
			}
			return fmt.Errorf("wait for %s: %w", what, context.Cause(ctx))
		case <-t.C:
		}
	}
}

// Within is For under a timeout of its own.
func Within(ctx context.Context, timeout, interval time.Duration, what string, cond func() (bool, error)) error {
	ctx, cancel := context.WithTimeoutCause(ctx, timeout, fmt.Errorf("timed out after %s", timeout))
	defer cancel()
	return For(ctx, interval, what, cond)
}

type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Permanent marks a condition's error as final: For returns it without polling again (the
// process being waited on exited, say).
func Permanent(err error) error { return permanent{err: err} }
