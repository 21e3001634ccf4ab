// Package bench is `lockstep-dev bench`: benchmarks of Lockstep, each reported next to a baseline
// measured in the same run, bounded in time and load, on loopback.
//
// The ordering benchmark starts real networks, each node its own process: Lockstep operators
// (`lockstep operator run`, genesis read from EigenLayer on an anvil devnet) and, as the
// baseline, bare CometBFT with the same validator count, the same CometBFT settings
// (node.CometConfig) and an application that accepts everything (`lockstep-dev bench
// baseline-node`). It offers both the same open-loop loads and reports sustained throughput,
// soft-confirmation latency and the resources of one node. The WAN benchmark runs the same
// networks with every p2p connection through emulated wide-area links (internal/netem) under
// each consensus profile. Other benchmarks plug in as
// Benchmark values returning report Sections. Being a benchmark of bare CometBFT, this package
// touches CometBFT directly (the baseline node), unlike the rest of the code outside
// operator/node and operator/app.
package bench

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"
)

// Section is one part of the report: a markdown block for results.md and a value for
// results.json.
type Section struct {
	Title    string
	Markdown string
	JSON     any
}

// Benchmark is one benchmark of `lockstep-dev bench`. Names select it with --only (the first is its
// name in progress output); Run returns its report sections, in order.
type Benchmark struct {
	Names []string
	Run   func(ctx context.Context, env *Env) ([]Section, error)
}

// Env is what the command hands every benchmark.
type Env struct {
	// Binary is the lockstep executable; Lockstep's nodes run as its subcommands.
	Binary string
	// DevBinary is the lockstep-dev executable; the baseline nodes and the firm benchmark's
	// devnet run as its subcommands.
	DevBinary string
	// Out is the results folder; WorkDir a scratch folder for node homes and logs.
	Out     string
	WorkDir string
	// Quick asks for fewer and shorter points (a smoke test).
	Quick bool
	Log   *slog.Logger
	// Progress receives one line per step.
	Progress io.Writer

	only  []string
	start time.Time
	mu    sync.Mutex
	// baselineCmd runs a baseline node with DevBinary (tests run their own binary).
	baselineCmd []string
}

func (e *Env) baselineCommand() []string {
	if e.baselineCmd != nil {
		return e.baselineCmd
	}
	return []string{"bench", "baseline-node"}
}

// NewEnv returns an Env running the benchmarks named in only (all when empty).
func NewEnv(binary, out, workDir string, quick bool, only []string, log *slog.Logger, progress io.Writer) *Env {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if progress == nil {
		progress = io.Discard
	}
	return &Env{Binary: binary, Out: out, WorkDir: workDir, Quick: quick, Log: log, Progress: progress, only: only, start: time.Now()}
}

// Selected says whether --only selects name (no --only selects everything).
func (e *Env) Selected(name string) bool {
	return len(e.only) == 0 || slices.Contains(e.only, name)
}

// Printf prints a progress line prefixed with the time since the run started.
func (e *Env) Printf(format string, args ...any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	el := time.Since(e.start).Round(time.Second)
	fmt.Fprintf(e.Progress, "[%02d:%02d] %s\n", int(el.Minutes()), int(el.Seconds())%60, fmt.Sprintf(format, args...))
}

// CheckOnly returns an error naming an --only entry no benchmark answers to.
func CheckOnly(only []string, benchmarks []Benchmark) error {
	for _, o := range only {
		if !slices.ContainsFunc(benchmarks, func(b Benchmark) bool { return slices.Contains(b.Names, o) }) {
			var all []string
			for _, b := range benchmarks {
				all = append(all, b.Names...)
			}
			return fmt.Errorf("--only %q: want some of %v", o, all)
		}
	}
	return nil
}

// Run runs the selected benchmarks in order, writes results.json, results.md (and what the
// benchmarks add, like the plot) to env.Out and returns the report. A failed benchmark does not
// stop the others: its error is in the report and in the returned error.
func Run(ctx context.Context, env *Env, benchmarks []Benchmark, command []string) (*Report, error) {
	if err := CheckOnly(env.only, benchmarks); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(env.Out, 0o755); err != nil {
		return nil, fmt.Errorf("results folder: %w", err)
	}
	rep := newReport(command, env.Quick)
	var failed []string
	for _, b := range benchmarks {
		if !slices.ContainsFunc(b.Names, env.Selected) {
			continue
		}
		env.Printf("%s: start", b.Names[0])
		began := time.Now()
		secs, err := b.Run(ctx, env)
		rep.Sections = append(rep.Sections, secs...)
		if err != nil {
			env.Printf("%s: FAILED after %s: %v", b.Names[0], time.Since(began).Round(time.Second), err)
			rep.Errors = append(rep.Errors, fmt.Sprintf("%s: %v", b.Names[0], err))
			failed = append(failed, b.Names[0])
		} else {
			env.Printf("%s: done in %s", b.Names[0], time.Since(began).Round(time.Second))
		}
		if ctx.Err() != nil {
			break
		}
	}
	rep.finish()
	if err := rep.write(env.Out); err != nil {
		return rep, err
	}
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	if len(failed) > 0 {
		return rep, fmt.Errorf("benchmarks failed: %v (results so far in %s)", failed, filepath.Join(env.Out, resultsMD))
	}
	return rep, nil
}
