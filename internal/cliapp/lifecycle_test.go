package cliapp

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// recorder is a Lifecycle that records its calls.
type recorder struct {
	name     string
	log      *callLog
	startErr error
	stopErr  error
	// blockStop makes Stop wait for its context (a stop that hangs until forced).
	blockStop bool
	stopped   bool
	stopCause error
}

type callLog struct {
	mu    sync.Mutex
	calls []string
}

func (l *callLog) add(s string) { l.mu.Lock(); l.calls = append(l.calls, s); l.mu.Unlock() }
func (l *callLog) get() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.calls)
}

func (r *recorder) Start(ctx context.Context) error {
	r.log.add("start " + r.name)
	return r.startErr
}

func (r *recorder) Stop(ctx context.Context) error {
	r.log.add("stop " + r.name)
	r.stopped = true
	if r.blockStop {
		<-ctx.Done()
		r.stopCause = ctx.Err()
		return ctx.Err()
	}
	return r.stopErr
}

func (r *recorder) Stopped() bool { return r.stopped }

func cliContext() *cli.Context {
	return cli.NewContext(&cli.App{}, flag.NewFlagSet("test", flag.ContinueOnError), nil)
}

// runAsync runs the runner in the background and returns its result channel.
func runAsync(fn LifecycleAction, sigs chan os.Signal) <-chan error {
	out := make(chan error, 1)
	go func() { out <- run(cliContext(), fn, sigs, 5*time.Second) }()
	return out
}

func waitCalls(t *testing.T, l *callLog, n int) {
	t.Helper()
	testutil.WaitFor(t, 5*time.Second, fmt.Sprintf("%d lifecycle calls", n), func() (bool, error) { return len(l.get()) >= n, nil })
}

func result(t *testing.T, ch <-chan error) error {
	t.Helper()
	select {
	case err := <-ch:
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("runner did not return")
		return nil
	}
}

func TestSignalStopsCleanly(t *testing.T) {
	l := &callLog{}
	a, b := &recorder{name: "a", log: l}, &recorder{name: "b", log: l}
	sigs := make(chan os.Signal, 2)
	done := runAsync(func(*cli.Context, context.CancelCauseFunc) (Lifecycle, error) { return NewGroup(a, b), nil }, sigs)
	waitCalls(t, l, 2)
	sigs <- syscall.SIGTERM
	if err := result(t, done); err != nil {
		t.Fatalf("stop on signal: %v", err)
	}
	if got, want := l.get(), []string{"start a", "start b", "stop b", "stop a"}; !slices.Equal(got, want) {
		t.Fatalf("calls %v, want %v", got, want)
	}
}

func TestFailingComponentStopsProcess(t *testing.T) {
	l := &callLog{}
	a := &recorder{name: "a", log: l}
	var failFn context.CancelCauseFunc
	ready := make(chan struct{})
	done := runAsync(func(_ *cli.Context, fail context.CancelCauseFunc) (Lifecycle, error) {
		failFn = fail
		close(ready)
		return a, nil
	}, make(chan os.Signal))
	<-ready
	waitCalls(t, l, 1)
	boom := errors.New("JSON-RPC server stopped: listener closed")
	failFn(boom)
	err := result(t, done)
	if !errors.Is(err, boom) {
		t.Fatalf("got %v, want the component's failure", err)
	}
	if !a.Stopped() {
		t.Fatal("service not stopped after its component failed")
	}
}

func TestSecondSignalForcesStop(t *testing.T) {
	l := &callLog{}
	a := &recorder{name: "a", log: l, blockStop: true}
	sigs := make(chan os.Signal, 2)
	done := runAsync(func(*cli.Context, context.CancelCauseFunc) (Lifecycle, error) { return a, nil }, sigs)
	waitCalls(t, l, 1)
	sigs <- os.Interrupt
	waitCalls(t, l, 2) // stopping, blocked
	sigs <- os.Interrupt
	err := result(t, done)
	if !errors.Is(err, context.Canceled) || !errors.Is(a.stopCause, context.Canceled) {
		t.Fatalf("forced stop: runner %v, stop context %v; want canceled", err, a.stopCause)
	}
}

func TestStartFailureStopsWhatStarted(t *testing.T) {
	l := &callLog{}
	boom := errors.New("listen tcp 127.0.0.1:1: address in use")
	a, b, c := &recorder{name: "a", log: l}, &recorder{name: "b", log: l, startErr: boom}, &recorder{name: "c", log: l}
	err := result(t, runAsync(func(*cli.Context, context.CancelCauseFunc) (Lifecycle, error) { return NewGroup(a, b, c), nil }, make(chan os.Signal)))
	if !errors.Is(err, boom) {
		t.Fatalf("got %v, want the start error", err)
	}
	if got, want := l.get(), []string{"start a", "start b", "stop b", "stop a"}; !slices.Equal(got, want) {
		t.Fatalf("calls %v, want %v", got, want)
	}
}

func TestSetupErrorAndSignalDuringSetup(t *testing.T) {
	bad := errors.New("--l1.rpc: connection refused")
	err := result(t, runAsync(func(*cli.Context, context.CancelCauseFunc) (Lifecycle, error) { return nil, bad }, make(chan os.Signal)))
	if !errors.Is(err, bad) {
		t.Fatalf("got %v, want the setup error", err)
	}

	// A signal while the constructor waits on ctx (say, for L1) ends it.
	sigs := make(chan os.Signal, 1)
	sigs <- os.Interrupt
	err = result(t, runAsync(func(c *cli.Context, _ context.CancelCauseFunc) (Lifecycle, error) {
		<-c.Context.Done()
		return nil, c.Context.Err()
	}, sigs))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want canceled setup", err)
	}
}

func TestGroupStopJoinsErrorsOnce(t *testing.T) {
	l := &callLog{}
	e1, e2 := errors.New("e1"), errors.New("e2")
	g := NewGroup(&recorder{name: "a", log: l, stopErr: e1}, &recorder{name: "b", log: l, stopErr: e2})
	if err := g.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	err := g.Stop(context.Background())
	if !errors.Is(err, e1) || !errors.Is(err, e2) {
		t.Fatalf("stop: %v, want both errors", err)
	}
	if err := g.Stop(context.Background()); err != nil || !g.Stopped() {
		t.Fatalf("second stop: %v, stopped %v", err, g.Stopped())
	}
	if n := len(l.get()); n != 4 {
		t.Fatalf("calls %v: stop ran twice", l.get())
	}
}

func TestInterruptCmdCancelsContext(t *testing.T) {
	sigs := make(chan os.Signal, 1)
	old := Interrupts
	Interrupts = func() (<-chan os.Signal, func()) { return sigs, func() {} }
	t.Cleanup(func() { Interrupts = old })
	sigs <- os.Interrupt
	err := InterruptCmd(func(c *cli.Context) error {
		<-c.Context.Done()
		return context.Cause(c.Context)
	})(cliContext())
	if !errors.Is(err, ErrInterrupted) {
		t.Fatalf("got %v, want the action's context ended by the signal", err)
	}
}

// A loop that ends by itself ends the service with its error; one that is stopped does not.
func TestLoop(t *testing.T) {
	boom := errors.New("every operator lied")
	err := result(t, runAsync(func(_ *cli.Context, fail context.CancelCauseFunc) (Lifecycle, error) {
		return Loop(func(ctx context.Context) error { return boom }, fail), nil
	}, make(chan os.Signal)))
	if !errors.Is(err, boom) {
		t.Fatalf("got %v, want the loop's error", err)
	}
	sigs := make(chan os.Signal, 1)
	var lc Lifecycle
	ready := make(chan struct{})
	done := runAsync(func(_ *cli.Context, fail context.CancelCauseFunc) (Lifecycle, error) {
		lc = Loop(func(ctx context.Context) error { close(ready); <-ctx.Done(); return ctx.Err() }, fail)
		return lc, nil
	}, sigs)
	<-ready
	sigs <- os.Interrupt
	if err := result(t, done); err != nil || !lc.Stopped() {
		t.Fatalf("stopped loop: %v (stopped %v)", err, lc.Stopped())
	}
}
