// Command lockstep-dev holds what developers run and operators do not: the local devnet (anvil
// with EigenLayer and Lockstep's contracts, operator nodes and the aggregator as processes of
// the lockstep binary) and the benchmarks. It runs the lockstep binary built next to it (make
// build puts both in bin/), so the operator's binary links none of this.
package main

import (
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/internal/cliapp"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() { cliapp.Main(newApp()) }

// newApp is the lockstep-dev command line.
func newApp() *cli.App {
	return &cli.App{
		Name:    "lockstep-dev",
		Usage:   "Lockstep's developer commands: a local devnet and the benchmarks",
		Version: version,
		Description: "The devnet and the benchmarks run the lockstep binary (and, for a byzantine operator,\n" +
			"its faults build lockstep-faulty) from the folder this binary is in; make build puts all\n" +
			"three in bin/. Every flag can also be set with the environment variable shown next to it.",
		Flags:                cliapp.LogFlags(),
		Commands:             []*cli.Command{devnetCommand(), eigenlayerCommand(), benchCommand()},
		EnableBashCompletion: true,
	}
}

// newLogger builds the process logger from the global flags.
func newLogger(c *cli.Context) (*slog.Logger, error) { return cliapp.Logger(c) }

// Binaries lockstep-dev runs, found next to it unless a flag names them.
const (
	lockstepBinName = "lockstep"
	faultyBinName   = "lockstep-faulty"
)

// findBinary returns the executable named by flag, or else the one called name in this
// binary's folder, with an error that says how to get it.
func findBinary(c *cli.Context, flag, name, build string) (string, error) {
	path := c.String(flag)
	if path == "" {
		self, err := os.Executable()
		if err != nil {
			return "", fmt.Errorf("find %s: %w (pass --%s)", name, err, flag)
		}
		if self, err = filepath.EvalSymlinks(self); err != nil {
			return "", fmt.Errorf("find %s: %w (pass --%s)", name, err, flag)
		}
		path = filepath.Join(filepath.Dir(self), name)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("--%s: %w", flag, err)
	}
	if _, err := exec.LookPath(abs); err != nil {
		return "", fmt.Errorf("no %s binary at %s: run `make build` (it builds bin/%s next to bin/lockstep-dev) or %s, and pass --%s: %w",
			name, abs, name, build, flag, err)
	}
	return abs, nil
}

// lockstepBinFlag names the lockstep binary.
func lockstepBinFlag(env string) cli.Flag {
	return &cli.StringFlag{Name: "lockstep-bin", Usage: "the lockstep binary the operator nodes and the aggregator run (default: lockstep next to lockstep-dev)", EnvVars: []string{env}}
}

// lockstepBinary is the lockstep binary of --lockstep-bin.
func lockstepBinary(c *cli.Context) (string, error) {
	return findBinary(c, "lockstep-bin", lockstepBinName, "`go build -o <path> ./cmd/lockstep`")
}
