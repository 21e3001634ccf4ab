// Command lockstep runs Lockstep: the operator node, the aggregator and the rollup follower.
// main only wires flags to configs and runs until a signal. The local devnet and the
// benchmarks are in the developer binary, cmd/lockstep-dev.
package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	app := &cli.App{
		Name:    "lockstep",
		Usage:   "shared sequencer for rollups, secured by Ethereum restaking (EigenLayer)",
		Version: version,
		Description: "Lockstep orders transactions for many rollups at once on a BFT network of restaked\n" +
			"operators, commits to the ordering in BLS-signed checkpoints settled on Ethereum, and\n" +
			"slashes operators who sign conflicting checkpoints. Every flag can also be set with the\n" +
			"environment variable shown next to it.",
		Flags:                []cli.Flag{logLevelFlag, logFormatFlag},
		Commands:             []*cli.Command{operatorCommand(), keysCommand(), aggregatorCommand(), slashCommand(), followCommand()},
		EnableBashCompletion: true,
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := app.RunContext(ctx, os.Args); err != nil {
		if !errors.Is(err, context.Canceled) {
			fmt.Fprintln(os.Stderr, "lockstep:", err)
		}
		os.Exit(1)
	}
}

var (
	logLevelFlag = &cli.StringFlag{
		Name:    "log.level",
		Usage:   "log level: debug, info, warn or error",
		Value:   "info",
		EnvVars: []string{"LOCKSTEP_LOG_LEVEL"},
	}
	logFormatFlag = &cli.StringFlag{
		Name:    "log.format",
		Usage:   "log format: text or json",
		Value:   "text",
		EnvVars: []string{"LOCKSTEP_LOG_FORMAT"},
	}
)

// newLogger builds the process logger from the global flags.
func newLogger(c *cli.Context) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(c.String(logLevelFlag.Name))); err != nil {
		return nil, fmt.Errorf("--%s: %w", logLevelFlag.Name, err)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch f := c.String(logFormatFlag.Name); f {
	case "text":
		return slog.New(slog.NewTextHandler(os.Stderr, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(os.Stderr, opts)), nil
	default:
		return nil, fmt.Errorf("--%s: unknown format %q (want text or json)", logFormatFlag.Name, f)
	}
}
