package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/bench"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
)

// benchmarks are what `lockstep-dev bench` runs, in this order; --only selects among their names.
func benchmarks(ordering bench.OrderingConfig, wan bench.WANConfig) []bench.Benchmark {
	return []bench.Benchmark{
		{Names: []string{"gas"}, Run: func(ctx context.Context, env *bench.Env) ([]bench.Section, error) {
			var cfg bench.GasConfig
			if env.Quick {
				cfg.Operators = []int{4, 20}
			}
			r, err := bench.RunGas(ctx, cfg, env.Printf)
			return []bench.Section{r.Section()}, err
		}},
		{Names: []string{"aggregation"}, Run: func(ctx context.Context, env *bench.Env) ([]bench.Section, error) {
			var cfg bench.AggregationConfig
			if env.Quick {
				cfg.MinTime = 300 * time.Millisecond
			}
			r, err := bench.RunAggregation(ctx, cfg, env.Printf)
			return []bench.Section{r.Section()}, err
		}},
		{Names: []string{"firm"}, Run: func(ctx context.Context, env *bench.Env) ([]bench.Section, error) {
			cfg := bench.FirmConfig{Binary: env.DevBinary, LockstepBinary: env.Binary, WorkDir: env.WorkDir}
			if env.Quick {
				cfg.Runs = bench.QuickFirmRuns
			}
			r, err := bench.RunFirm(ctx, cfg, env.Printf)
			return []bench.Section{r.Section()}, err
		}},
		{Names: []string{"forced"}, Run: func(ctx context.Context, env *bench.Env) ([]bench.Section, error) {
			cfg := bench.ForcedConfig{LockstepBinary: env.Binary, WorkDir: env.WorkDir, Log: env.Log}
			if env.Quick {
				cfg.Runs = bench.QuickForcedRuns
			}
			r, err := bench.RunForced(ctx, cfg, env.Printf)
			return []bench.Section{r.Section()}, err
		}},
		{Names: []string{"rollup"}, Run: func(ctx context.Context, env *bench.Env) ([]bench.Section, error) {
			cfg := bench.DefaultRollupConfig(env.Quick)
			cfg.LockstepBinary, cfg.WorkDir, cfg.Log = env.Binary, env.WorkDir, env.Log
			r, err := bench.RunRollup(ctx, cfg, env.Printf)
			return []bench.Section{r.Section()}, err
		}},
		bench.OrderingBenchmark(ordering),
		bench.WANBenchmark(wan),
	}
}

func benchEnv(name string) []string { return cliapp.EnvVar("LOCKSTEP_BENCH", name) }

// benchCommand is `lockstep-dev bench`: the benchmarks behind `make bench`.
func benchCommand() *cli.Command {
	d := bench.DefaultOrderingConfig(false)
	dw := bench.DefaultWANConfig(false)
	return &cli.Command{
		Name:  "bench",
		Usage: "measure ordering against bare CometBFT, firm latency, forced-transaction latency, rollup-node user latency, gas and aggregation cost",
		Description: "Runs every benchmark next to its baseline, bounded in time and load, on loopback, and writes\n" +
			"results.json, results.md and latency.png to --out, then prints the markdown. Ordering: Lockstep\n" +
			"operator processes (genesis from an anvil devnet) and bare CometBFT with the same validator count\n" +
			"and settings get the same open-loop loads of 200-byte transactions; sustained committed tx/s and\n" +
			"soft-confirmation latency (due → notified committed by the node submitted to) are compared as\n" +
			"medians of repeated points at fractions of CometBFT's saturation, and one node's CPU and RSS\n" +
			"recorded. Rollup: signed transfers sent to a `lockstep rollup run` node, timed to their receipt\n" +
			"(soft) and to the safe block, next to transactions sent straight to an operator in the same run\n" +
			"(ordering-only soft). WAN: the ordering networks again with every p2p connection through an emulated\n" +
			"wide-area link (uniform 50 and 100 ms RTT, and a 3-region AWS matrix), both systems under the same\n" +
			"emulation. Needs anvil (make tools). Ctrl-C stops every process it started.",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "quick", Usage: "fewer and shorter points: a smoke test, not a measurement", EnvVars: benchEnv("quick")},
			&cli.StringFlag{Name: "out", Value: filepath.Join("bench", "results"), Usage: "results folder", EnvVars: benchEnv("out")},
			&cli.StringFlag{Name: "only", Usage: "comma-separated benchmarks to run (default all): gas, aggregation, firm, forced, rollup, ordering, resources, wan", EnvVars: benchEnv("only")},
			&cli.StringFlag{Name: "operators", Value: joinInts(d.Validators), Usage: "comma-separated network sizes for the ordering benchmark", EnvVars: benchEnv("operators")},
			&cli.StringFlag{Name: "loads", Value: joinInts(d.Loads), Usage: "comma-separated offered loads in tx/s", EnvVars: benchEnv("loads")},
			&cli.StringFlag{Name: "gather-loads", Value: joinInts(d.GatherLoads), Usage: "comma-separated offered loads in tx/s of Lockstep with ingress gathering, first network size only (empty: none); at each --gather-sizes the same bytes/s as this many 200-byte transactions", EnvVars: benchEnv("gather-loads")},
			&cli.IntFlag{Name: "tx-bytes", Value: d.TxBytes, Usage: "payload size in bytes of the ordering points (both systems; the ingress networks' baseline rows too)", EnvVars: benchEnv("tx-bytes")},
			&cli.IntFlag{Name: "ref-min-bytes", Value: d.RefMinBytes, Usage: "the ingress networks' --api.ref-min-bytes: consensus transactions (gathered or batched) of at least this many bytes are ordered by reference, their bytes sent to the other operators outside consensus (0: all go into blocks whole)", EnvVars: benchEnv("ref-min-bytes")},
			&cli.StringFlag{Name: "gather-sizes", Value: joinInts(d.GatherTxBytes), Usage: "comma-separated payload sizes in bytes of the gathering points", EnvVars: benchEnv("gather-sizes")},
			&cli.DurationFlag{Name: "gather-window", Value: d.GatherWindow, Usage: "the gathering network's --api.gather-window", EnvVars: benchEnv("gather-window")},
			&cli.StringFlag{Name: "batch-loads", Value: joinInts(d.BatchLoads), Usage: "comma-separated offered loads in tx/s of Lockstep loaded by rollup batchers (lockstep_submitBatch), first network size only, at the gather sizes with the same bytes/s, a fresh network per size (empty: none)", EnvVars: benchEnv("batch-loads")},
			&cli.IntFlag{Name: "batch-max", Value: d.BatchMax, Usage: "most transactions a batcher puts in one lockstep_submitBatch", EnvVars: benchEnv("batch-max")},
			&cli.DurationFlag{Name: "batch-window", Value: d.BatchWindow, Usage: "how long a batcher's oldest transaction waits for more before the batch is submitted", EnvVars: benchEnv("batch-window")},
			&cli.DurationFlag{Name: "duration", Value: d.Duration, Usage: "sending time of each ordering point", EnvVars: benchEnv("duration")},
			&cli.IntFlag{Name: "saturation-steps", Value: d.SaturationSteps, Usage: "extra points per network searching for the highest load it follows", EnvVars: benchEnv("saturation-steps")},
			&cli.StringFlag{Name: "compare-fractions", Value: joinFloats(d.CompareFractions), Usage: "comma-separated offered loads of the comparison the report shows, as fractions of the highest load bare CometBFT followed at each size (without a saturation search: the --loads; empty: no comparison phase)", EnvVars: benchEnv("compare-fractions")},
			&cli.IntFlag{Name: "repeats", Value: d.Repeats, Usage: "times each comparison load is measured on each system (the report shows medians; --quick: 1)", EnvVars: benchEnv("repeats")},
			&cli.DurationFlag{Name: "budget", Value: d.Budget, Usage: "time the ordering benchmark aims to finish in, covering every size's fixed loads, saturation search and repeated comparison points and the first size's ingress networks " +
				"(points that would end past it are skipped, saturation steps past their size's equal share of it; --quick: 3m)", EnvVars: benchEnv("budget")},
			&cli.StringFlag{Name: "wan-operators", Value: joinInts(dw.Validators), Usage: "comma-separated network sizes for the WAN benchmark", EnvVars: benchEnv("wan-operators")},
			&cli.IntFlag{Name: "wan-load", Value: dw.Load, Usage: "offered load of the WAN benchmark in tx/s", EnvVars: benchEnv("wan-load")},
			&cli.DurationFlag{Name: "wan-duration", Value: dw.Duration, Usage: "sending time of each WAN point", EnvVars: benchEnv("wan-duration")},
			&cli.IntFlag{Name: "wan-repeats", Value: dw.Repeats, Usage: "times each WAN point is measured on each system, in alternating order (the report shows medians; --quick: 1)", EnvVars: benchEnv("wan-repeats")},
			&cli.StringFlag{Name: "wan-emulations", Value: strings.Join(dw.Emulations, ","), Usage: "comma-separated emulations of the WAN benchmark: " + strings.Join(bench.EmulationNames(), ", "), EnvVars: benchEnv("wan-emulations")},
			&cli.StringFlag{Name: "wan-profiles", Value: strings.Join(dw.Profiles, ","), Usage: "comma-separated consensus profiles both systems run with in the WAN benchmark (--quick: lan)", EnvVars: benchEnv("wan-profiles")},
			&cli.DurationFlag{Name: "wan-budget", Value: dw.Budget, Usage: "hard stop of the WAN benchmark", EnvVars: benchEnv("wan-budget")},
			&cli.BoolFlag{Name: "profile", Usage: "save CPU profiles of node 0 of both systems at the first load (to <out>/profiles)", EnvVars: benchEnv("profile")},
			&cli.StringFlag{Name: "profile-at", Usage: "comma-separated points to save CPU profiles of node 0 at (to <out>/profiles), each SYSTEM or SYSTEM@LOAD: lockstep, cometbft, lockstep-gather or lockstep-batch, at an offered load in tx/s (every phase and size; no load: every point), e.g. lockstep-batch@10000", EnvVars: benchEnv("profile-at")},
			&cli.BoolFlag{Name: "no-pause", Usage: "keep the network not being measured running instead of freezing it (SIGSTOP)", EnvVars: benchEnv("no-pause")},
			&cli.BoolFlag{Name: "keep-work", Usage: "keep the node homes and logs (printed at the end)", EnvVars: benchEnv("keep-work")},
			lockstepBinFlag(benchEnv("lockstep-bin")[0]),
		},
		Subcommands: []*cli.Command{baselineNodeCommand()},
		Action:      cliapp.InterruptCmd(runBench),
	}
}

func runBench(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	cfg, only, err := readBenchConfig(c)
	if err != nil {
		return err
	}
	wan, err := readWANConfig(c)
	if err != nil {
		return err
	}
	list := benchmarks(cfg, wan)
	if err := bench.CheckOnly(only, list); err != nil {
		return err
	}
	bin, err := lockstepBinary(c)
	if err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return fmt.Errorf("find the lockstep-dev binary: %w", err)
	}
	work, err := os.MkdirTemp("", "lockstep-bench-")
	if err != nil {
		return err
	}
	env := bench.NewEnv(bin, c.String("out"), work, c.Bool("quick"), only, log, os.Stdout)
	env.DevBinary = self
	rep, err := bench.Run(c.Context, env, list, os.Args[1:])
	if rep != nil {
		fmt.Printf("\n%s\nResults in %s\n", rep.Markdown(), c.String("out"))
	}
	// Keep the nodes' logs of a failed run, not of an interrupted one.
	if c.Bool("keep-work") || (err != nil && !errors.Is(err, context.Canceled)) {
		fmt.Printf("Node homes and logs kept in %s\n", work)
		return err
	}
	return errors.Join(err, os.RemoveAll(work))
}

// readBenchConfig reads the ordering benchmark's settings (--quick's defaults unless a flag is
// given) and the --only list.
func readBenchConfig(c *cli.Context) (cfg bench.OrderingConfig, only []string, err error) {
	quick := c.Bool("quick")
	cfg = bench.DefaultOrderingConfig(quick)
	for flag, dst := range map[string]*[]int{"operators": &cfg.Validators, "loads": &cfg.Loads} {
		if c.IsSet(flag) || !quick {
			if *dst, err = parseInts(c.String(flag)); err != nil {
				return cfg, nil, fmt.Errorf("--%s: %w", flag, err)
			}
		}
	}
	for flag, dst := range map[string]*[]int{"gather-loads": &cfg.GatherLoads, "gather-sizes": &cfg.GatherTxBytes, "batch-loads": &cfg.BatchLoads} {
		if c.IsSet(flag) || !quick {
			if *dst, err = parseInts(c.String(flag)); err != nil { // empty: no gathering points
				return cfg, nil, fmt.Errorf("--%s: %w", flag, err)
			}
		}
	}
	cfg.GatherWindow = c.Duration("gather-window")
	cfg.BatchMax = c.Int("batch-max")
	cfg.BatchWindow = c.Duration("batch-window")
	if c.IsSet("duration") || !quick {
		cfg.Duration = c.Duration("duration")
	}
	if c.IsSet("saturation-steps") || !quick {
		cfg.SaturationSteps = c.Int("saturation-steps")
	}
	if cfg.CompareFractions, err = parseFloats(c.String("compare-fractions")); err != nil { // empty: no comparison phase
		return cfg, nil, fmt.Errorf("--compare-fractions: %w", err)
	}
	if c.IsSet("repeats") || !quick {
		cfg.Repeats = c.Int("repeats")
	}
	if c.IsSet("budget") || !quick {
		cfg.Budget = c.Duration("budget")
	}
	cfg.TxBytes, cfg.RefMinBytes = c.Int("tx-bytes"), c.Int("ref-min-bytes")
	cfg.Profile, cfg.ProfileAt, cfg.Pause = c.Bool("profile"), splitList(c.String("profile-at")), !c.Bool("no-pause")
	for _, o := range strings.Split(c.String("only"), ",") {
		if o = strings.TrimSpace(o); o != "" {
			only = append(only, o)
		}
	}
	return cfg, only, cfg.Check()
}

// readWANConfig reads the WAN benchmark's settings (--quick's defaults unless a flag is given).
func readWANConfig(c *cli.Context) (cfg bench.WANConfig, err error) {
	quick := c.Bool("quick")
	cfg = bench.DefaultWANConfig(quick)
	if c.IsSet("wan-operators") || !quick {
		if cfg.Validators, err = parseInts(c.String("wan-operators")); err != nil {
			return cfg, fmt.Errorf("--wan-operators: %w", err)
		}
	}
	if c.IsSet("wan-duration") || !quick {
		cfg.Duration = c.Duration("wan-duration")
	}
	if c.IsSet("wan-budget") || !quick {
		cfg.Budget = c.Duration("wan-budget")
	}
	if c.IsSet("wan-repeats") || !quick {
		cfg.Repeats = c.Int("wan-repeats")
	}
	if c.IsSet("wan-profiles") || !quick {
		cfg.Profiles = splitList(c.String("wan-profiles"))
	}
	cfg.Load = c.Int("wan-load")
	cfg.Emulations = splitList(c.String("wan-emulations"))
	cfg.Pause = !c.Bool("no-pause")
	return cfg, cfg.Check()
}

// baselineNodeCommand runs one node of the ordering benchmark's baseline (bare CometBFT); the
// benchmark starts it, people do not.
func baselineNodeCommand() *cli.Command {
	return &cli.Command{
		Name:            "baseline-node",
		Hidden:          true,
		Usage:           "run one bare CometBFT node with an accept-everything application (the ordering baseline)",
		SkipFlagParsing: true,
		Action: cliapp.InterruptCmd(func(c *cli.Context) error {
			cfg, err := bench.ParseBaselineNodeArgs(c.Args().Slice())
			if err != nil {
				return err
			}
			return bench.RunBaselineNode(c.Context, cfg)
		}),
	}
}

// splitList splits a comma-separated flag value, dropping empty entries.
func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func parseInts(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, fmt.Errorf("%q is not a number", f)
		}
		out = append(out, n)
	}
	return out, nil
}

func parseFloats(s string) ([]float64, error) {
	var out []float64
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		x, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not a number", f)
		}
		out = append(out, x)
	}
	return out, nil
}

func joinFloats(xs []float64) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.FormatFloat(x, 'f', -1, 64)
	}
	return strings.Join(s, ",")
}

func joinInts(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ",")
}
