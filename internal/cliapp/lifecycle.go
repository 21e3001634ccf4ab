// Package cliapp is the skeleton every Lockstep command runs on: a long-running service is a
// Lifecycle that the shared runner starts, stops on the first SIGINT/SIGTERM, and stops
// forcibly on a second one; a component that dies stops the process through the cancel
// function the runner hands to the service's constructor, instead of leaving the process
// running without it. Flag groups (logging, L1 and deployment, transaction keys, metrics,
// pprof) are written here once, each with the config it yields and its Check, so every
// command spells them the same.
//
// Modelled on Optimism's op-service cliapp.
package cliapp

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"
)

// Lifecycle is a long-running service. Start does not block; Stop is idempotent, tears down in
// reverse order of Start and may be called after a failed Start; Stopped reports whether Stop
// has run (so a caller can tell a service it stopped from one that was never started).
type Lifecycle interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
	Stopped() bool
}

// LifecycleAction builds the service from the command's flags. fail stops the process: hand it
// to components whose death must end the service (a server that stopped serving, a consensus
// engine that quit), with the reason as the cause.
type LifecycleAction func(c *cli.Context, fail context.CancelCauseFunc) (Lifecycle, error)

// ErrInterrupted is the cause of a stop asked for by a signal.
var ErrInterrupted = errors.New("interrupted")

// DefaultStopTimeout bounds a graceful stop; a second signal ends it sooner.
const DefaultStopTimeout = 30 * time.Second

// Interrupts delivers the signals that stop a service. Tests replace it.
var Interrupts = func() (<-chan os.Signal, func()) {
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	return ch, func() { signal.Stop(ch) }
}

// LifecycleCmd turns a LifecycleAction into a command action: build, start, wait for a signal
// or a component's fail, then stop under DefaultStopTimeout. A second signal while stopping
// cancels the stop's context, so components abandon what they were waiting for. The command
// fails with the cause when a component failed, and with any error of the stop.
func LifecycleCmd(fn LifecycleAction) cli.ActionFunc {
	return func(c *cli.Context) error {
		sigs, release := Interrupts()
		defer release()
		return run(c, fn, sigs, DefaultStopTimeout)
	}
}

// InterruptCmd runs a command that is one long call rather than a service (a benchmark, a
// devnet script): the first signal cancels its context so it can clean up; the handler is then
// released, so a second signal ends the process the default way.
func InterruptCmd(action cli.ActionFunc) cli.ActionFunc {
	return func(c *cli.Context) error {
		sigs, release := Interrupts()
		defer release()
		host := c.Context
		if host == nil {
			host = context.Background()
		}
		ctx, cancel := context.WithCancelCause(host)
		done := make(chan struct{})
		defer func() { cancel(nil); <-done }()
		go func() {
			defer close(done)
			select {
			case s := <-sigs:
				release()
				cancel(fmt.Errorf("%w (%s)", ErrInterrupted, s))
			case <-ctx.Done():
			}
		}()
		c.Context = ctx
		return action(c)
	}
}

func run(c *cli.Context, fn LifecycleAction, sigs <-chan os.Signal, stopTimeout time.Duration) error {
	host := c.Context
	if host == nil {
		host = context.Background()
	}
	appCtx, fail := context.WithCancelCause(host)
	defer fail(nil)
	c.Context = appCtx
	// Signals during setup and start stop them too (constructors honour ctx).
	watchDone := make(chan struct{})
	go func() {
		defer close(watchDone)
		select {
		case s := <-sigs:
			fail(fmt.Errorf("%w (%s)", ErrInterrupted, s))
		case <-appCtx.Done():
		}
	}()

	lc, err := fn(c, fail)
	if err != nil {
		return errors.Join(fmt.Errorf("setup: %w", err), failure(appCtx))
	}
	if err := lc.Start(appCtx); err != nil {
		stopCtx, cancel := context.WithTimeout(context.WithoutCancel(host), stopTimeout)
		defer cancel()
		return errors.Join(fmt.Errorf("start: %w", err), failure(appCtx), lc.Stop(stopCtx))
	}
	<-appCtx.Done()
	<-watchDone

	stopCtx, cancel := context.WithTimeoutCause(context.WithoutCancel(host), stopTimeout, errors.New("stop timed out"))
	defer cancel()
	forced := make(chan struct{})
	go func() {
		defer close(forced)
		select {
		case s := <-sigs:
			fmt.Fprintf(os.Stderr, "second %s: forcing the stop\n", s)
			cancel()
		case <-stopCtx.Done():
		}
	}()
	stopErr := lc.Stop(stopCtx)
	cancel()
	<-forced
	return errors.Join(failure(appCtx), stopErr)
}

// failure is the cause that ended appCtx, or nil when it was a signal (a normal stop).
func failure(ctx context.Context) error {
	cause := context.Cause(ctx)
	if cause == nil || errors.Is(cause, ErrInterrupted) || errors.Is(cause, context.Canceled) {
		return nil
	}
	return cause
}

// Group runs components as one Lifecycle: started in order, stopped in reverse order with
// their errors joined. A component that fails to start stops the ones started before it.
type Group struct {
	mu      sync.Mutex
	parts   []Lifecycle
	started int
	stopped bool
}

// NewGroup returns a Group of parts, in start order.
func NewGroup(parts ...Lifecycle) *Group { return &Group{parts: parts} }

// Start starts each part in order.
func (g *Group) Start(ctx context.Context) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, p := range g.parts[g.started:] {
		if err := p.Start(ctx); err != nil {
			return err
		}
		g.started++
	}
	return nil
}

// Stop stops the started parts in reverse order (and a part whose Start failed, so it can
// release what it had). It is idempotent.
func (g *Group) Stop(ctx context.Context) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.stopped {
		return nil
	}
	g.stopped = true
	n := g.started
	if n < len(g.parts) {
		n++ // the part whose Start failed
	}
	var errs []error
	for i := n - 1; i >= 0; i-- {
		errs = append(errs, g.parts[i].Stop(ctx))
	}
	return errors.Join(errs...)
}

// Stopped reports whether Stop has run.
func (g *Group) Stopped() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.stopped
}

// Func adapts start and stop functions to a Lifecycle (stop runs once).
func Func(start, stop func(context.Context) error) Lifecycle {
	return &funcLifecycle{start: start, stop: stop}
}

type funcLifecycle struct {
	start, stop func(context.Context) error
	once        sync.Once
	stopped     atomic.Bool
	err         error
}

func (f *funcLifecycle) Start(ctx context.Context) error {
	if f.start == nil {
		return nil
	}
	return f.start(ctx)
}

func (f *funcLifecycle) Stop(ctx context.Context) error {
	f.once.Do(func() {
		if f.stop != nil {
			f.err = f.stop(ctx)
		}
		f.stopped.Store(true)
	})
	return f.err
}

func (f *funcLifecycle) Stopped() bool { return f.stopped.Load() }

// Loop adapts a blocking run function (a follower's loop) to a Lifecycle: Start runs it in a
// goroutine; when it returns by itself, fail ends the service with its error (nil: a normal
// end); Stop cancels its context and waits for it.
func Loop(run func(ctx context.Context) error, fail context.CancelCauseFunc) Lifecycle {
	return &loop{run: run, fail: fail}
}

type loop struct {
	run  func(context.Context) error
	fail context.CancelCauseFunc

	mu      sync.Mutex
	cancel  context.CancelFunc
	done    chan struct{}
	stopped bool
	err     error
}

func (l *loop) Start(context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.done != nil {
		return errors.New("loop already started")
	}
	ctx, cancel := context.WithCancel(context.Background())
	l.cancel, l.done = cancel, make(chan struct{})
	go func() {
		defer close(l.done)
		err := l.run(ctx)
		if ctx.Err() == nil { // it ended by itself, not by Stop
			l.fail(err)
			return
		}
		if !errors.Is(err, context.Canceled) {
			l.err = err
		}
	}()
	return nil
}

func (l *loop) Stop(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.stopped || l.done == nil {
		l.stopped = true
		return nil
	}
	l.stopped = true
	l.cancel()
	select {
	case <-l.done:
		return l.err
	case <-ctx.Done():
		return fmt.Errorf("stop loop: %w", context.Cause(ctx))
	}
}

func (l *loop) Stopped() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.stopped
}

// Main runs app with the process's arguments and exits non-zero, after printing the error, when
// it fails; an interrupted command (context.Canceled) exits quietly.
func Main(app *cli.App) {
	if err := app.Run(os.Args); err != nil {
		if !errors.Is(err, context.Canceled) {
			fmt.Fprintf(os.Stderr, "%s: %v\n", app.Name, err)
		}
		os.Exit(1)
	}
}
