// Command lockstep runs Lockstep: the operator node, the aggregator, the rollup follower and the
// reference EVM rollup node.
// main only wires: each command reads its flags into a config and runs under cliapp's runner,
// which handles the signals. The local devnet and the
// benchmarks are in the developer binary, cmd/lockstep-dev.
package main

import (
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/internal/cliapp"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() { cliapp.Main(newApp()) }

// newApp is the lockstep command line. The logging flags are global and also accepted after
// any subcommand.
func newApp() *cli.App {
	return cliapp.WithLogFlags(&cli.App{
		Name:    "lockstep",
		Usage:   "shared sequencer for rollups, secured by Ethereum restaking (EigenLayer)",
		Version: version,
		Description: "Lockstep orders transactions for many rollups at once on a BFT network of restaked\n" +
			"operators, commits to the ordering in BLS-signed checkpoints settled on Ethereum, and\n" +
			"slashes operators who sign conflicting checkpoints. Every flag can also be set with the\n" +
			"environment variable shown next to it, and those of the long-running commands (operator run,\n" +
			"aggregator run, follow, rollup run) in a YAML --config file keyed by flag name. The same\n" +
			"thing has the same flag in every command: docs/cli.md lists them.",
		Flags:                cliapp.LogFlags(),
		Commands:             []*cli.Command{operatorCommand(), avsCommand(), keysCommand(), aggregatorCommand(), slashCommand(), followCommand(), forceCommand(), rollupCommand()},
		EnableBashCompletion: true,
	})
}
