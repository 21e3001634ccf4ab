package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/internal/cliapp"
	"github.com/lockstep-xyz/lockstep/internal/httpserver"
	"github.com/lockstep-xyz/lockstep/rollup"
	"github.com/lockstep-xyz/lockstep/rollup/engine"
)

const rollupPrefix = "LOCKSTEP_ROLLUP"

func rollupEnv(name string) []string { return cliapp.EnvVar(rollupPrefix, name) }

// defaultRollupMetrics is lockstep rollup run's metrics listener, next to its JSON-RPC ones.
const defaultRollupMetrics = "127.0.0.1:9547"

// rollupCommand is `lockstep rollup`: the reference EVM rollup node.
func rollupCommand() *cli.Command {
	return &cli.Command{
		Name:  "rollup",
		Usage: "the reference EVM rollup node: executes a rollup's ordering with go-ethereum and serves its JSON-RPC",
		Subcommands: []*cli.Command{
			rollupRunCommand(),
			rollupGenesisCommand(),
			rollupRegisterCommand(), rollupStatusCommand(),
		},
	}
}

func rollupRunCommand() *cli.Command {
	d := rollup.DefaultConfig("", nil, nil, [20]byte{})
	return &cli.Command{
		Name:      "run",
		Usage:     "run an EVM rollup node on Lockstep's ordering (wallets and cast talk to its JSON-RPC)",
		UsageText: "lockstep rollup run --genesis FILE --operator-rpc URL [--operator-rpc URL...] (--deployment FILE | --l1.rpc URL --l1.checkpoint-registry ADDR) [--home DIR]",
		Description: "Follows the rollup whose ID is the genesis file's chainId (see lockstep follow), makes\n" +
			"one L2 block per second of Lockstep time that has transactions for it, built as soon as\n" +
			"a batch arrives and built again as later heights of that second join it, executes it\n" +
			"with go-ethereum (invalid transactions are skipped, the same way on every node), and\n" +
			"serves go-ethereum's eth, net and web3 JSON-RPC on --http.addr and --ws.addr.\n" +
			"Block tags: latest = soft (committed by Lockstep's operators), safe = its checkpoint is on\n" +
			"L1 with --confirmations, finalized = that L1 block is finalized (--l1.finality-depth on an\n" +
			"L1 without finality, such as anvil). eth_sendRawTransaction checks the transaction against\n" +
			"the head state and forwards it to the operators (in --operator-rpc order, failing over);\n" +
			"eth_sendRawTransactionSync also waits for its soft receipt. rollup_status reports the\n" +
			"soft and firm progress. The rules are in docs/rollup.md.\n" +
			"The home folder keeps the chain, a journal of what became firm (a restart, even after\n" +
			"kill -9, rebuilds the chain from it) and the follower's state.",
		Flags: append(cliapp.L1Flags(rollupPrefix),
			&cli.StringFlag{Name: "home", Value: ".lockstep-rollup", Usage: "data folder: chain database, journal, follower state", EnvVars: rollupEnv("home")},
			&cli.StringFlag{Name: "genesis", Usage: "genesis file (lockstep rollup genesis writes one); its chainId is the rollup ID; required", EnvVars: rollupEnv("genesis")},
			&cli.StringSliceFlag{Name: "operator-rpc", Usage: "operator API URL (http://, or ws:// to have new batches pushed); repeat for fallbacks, in order of preference; required", EnvVars: rollupEnv("operator-rpc")},
			&cli.Uint64Flag{Name: "confirmations", Value: d.Confirmations, Usage: "L1 blocks on top of a checkpoint before its blocks are safe", EnvVars: rollupEnv("confirmations")},
			&cli.Uint64Flag{Name: "l1.finality-depth", Usage: "count an L1 block finalized this many blocks below the head (0: L1's finalized block)", EnvVars: rollupEnv("l1.finality-depth")},
			&cli.DurationFlag{Name: "l1.poll", Value: d.L1Poll, Usage: "how often L1 is read for checkpoints and finality", EnvVars: rollupEnv("l1.poll")},
			&cli.DurationFlag{Name: "poll", Value: d.FollowerPoll, Usage: "how often the operator is asked for new batches", EnvVars: rollupEnv("poll")},
			&cli.Uint64Flag{Name: "max-soft-lead", Value: d.MaxSoftLead, Usage: "most Lockstep heights the soft head may execute past the last firm one (later ones wait for L1)", EnvVars: rollupEnv("max-soft-lead")},
			cliapp.AddrFlag(rollupPrefix, "http.addr", d.HTTPAddr, "JSON-RPC over HTTP listen address (off when empty)"),
			cliapp.AddrFlag(rollupPrefix, "ws.addr", d.WSAddr, "JSON-RPC over WebSocket listen address (off when empty; may equal --http.addr)"),
			&cli.DurationFlag{Name: "sync-timeout", Value: d.SyncTimeout, Usage: "how long eth_sendRawTransactionSync waits for the receipt when the caller gives no timeout", EnvVars: rollupEnv("sync-timeout")},
			cliapp.MetricsAddrFlag(rollupPrefix, defaultRollupMetrics),
			cliapp.PprofAddrFlag(rollupPrefix),
		),
		Action: cliapp.LifecycleCmd(runRollup),
	}
}

// rollupFields name the flags behind rollup.Config's fields in its Check errors.
var rollupFields = map[string]string{"rollup: ": "", "DataDir": "--home", "Genesis": "--genesis", "Operators": "--operator-rpc",
	"Registry": "--l1.checkpoint-registry", "L1Poll": "--l1.poll", "FollowerPoll": "--poll", "MaxSoftLead": "--max-soft-lead", "SyncTimeout": "--sync-timeout"}

func runRollup(c *cli.Context, fail context.CancelCauseFunc) (cliapp.Lifecycle, error) {
	log, err := cliapp.Logger(c)
	if err != nil {
		return nil, err
	}
	if c.Args().Len() > 0 {
		return nil, fmt.Errorf("unexpected arguments %q (every setting is a flag; see --help)", c.Args().Slice())
	}
	switch {
	case c.String("genesis") == "":
		return nil, errors.New("--genesis is required (lockstep rollup genesis --chain-id ID writes one)")
	case len(c.StringSlice("operator-rpc")) == 0:
		return nil, errors.New("--operator-rpc is required (an operator API URL)")
	}
	for _, f := range []string{"http.addr", "ws.addr", cliapp.MetricsFlag, cliapp.PprofFlag} {
		if err := cliapp.CheckAddr(f, c.String(f)); err != nil {
			return nil, err
		}
	}
	g, err := engine.LoadGenesis(c.String("genesis"))
	if err != nil {
		return nil, fmt.Errorf("--genesis: %w", err)
	}
	l1, err := registryL1(c)
	if err != nil {
		return nil, err
	}
	cfg := rollup.DefaultConfig(c.String("home"), g, c.StringSlice("operator-rpc"), l1.Addresses.CheckpointRegistry)
	cfg.Confirmations, cfg.FinalityDepth, cfg.L1Poll, cfg.FollowerPoll = c.Uint64("confirmations"), c.Uint64("l1.finality-depth"), c.Duration("l1.poll"), c.Duration("poll")
	cfg.MaxSoftLead, cfg.HTTPAddr, cfg.WSAddr, cfg.SyncTimeout = c.Uint64("max-soft-lead"), c.String("http.addr"), c.String("ws.addr"), c.Duration("sync-timeout")
	cfg.Logger = log
	if err := cfg.Check(); err != nil {
		return nil, cliapp.NameFlags(err, rollupFields)
	}
	eth, err := dialRegistry(c.Context, l1)
	if err != nil {
		return nil, err
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	cfg.Registerer = reg
	node, err := rollup.New(cfg, eth, func(err error) { fail(err) })
	if err != nil {
		eth.Close()
		return nil, cliapp.NameFlags(err, rollupFields)
	}
	parts := []cliapp.Lifecycle{cliapp.Func(nil, func(context.Context) error { eth.Close(); return nil }), node}
	if addr := c.String(cliapp.MetricsFlag); addr != "" {
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
		parts = append(parts, httpserver.New("metrics", addr, &http.Server{Handler: mux}, log, func(err error) { fail(err) }))
	}
	// Tests and scripts read the endpoints from this line.
	announce := func(context.Context) error {
		s := node.Status()
		fmt.Printf("rollup %d http %s ws %s head %d safe %d\n", s.ChainID, node.HTTPURL(), node.WSURL(), s.Head, s.Safe)
		return nil
	}
	parts = append(parts, cliapp.Func(announce, nil))
	return cliapp.WithPprof(cliapp.NewGroup(parts...), c.String(cliapp.PprofFlag), log, func(err error) { fail(err) }), nil
}

func rollupGenesisCommand() *cli.Command {
	return &cli.Command{
		Name:      "genesis",
		Usage:     "write a genesis file for an EVM rollup, funding the well-known development accounts",
		UsageText: "lockstep rollup genesis --chain-id ID --out FILE",
		Description: "Writes chainId, timestamp, gasLimit, feeRecipient and alloc as JSON. The alloc funds\n" +
			"the 10 accounts of the development mnemonic (test test ... junk, the ones anvil and\n" +
			"Hardhat use) with 10,000 ETH each: for a devnet or a test, never for real value. Edit\n" +
			"the file for a real chain; every node of the rollup must use the same one.",
		Flags: []cli.Flag{
			&cli.Uint64Flag{Name: "chain-id", Usage: "the rollup's EVM chain ID, also its rollup ID on Lockstep; required", EnvVars: rollupEnv("chain-id")},
			&cli.StringFlag{Name: "out", Usage: "file to write; required", EnvVars: rollupEnv("out")},
		},
		Action: func(c *cli.Context) error {
			if !c.IsSet("chain-id") || c.String("out") == "" {
				return errors.New("--chain-id and --out are required")
			}
			g := engine.DevGenesis(c.Uint64("chain-id"))
			if err := g.Check(); err != nil {
				return fmt.Errorf("--chain-id: %w", err)
			}
			if err := g.Save(c.String("out")); err != nil {
				return err
			}
			fmt.Printf("wrote %s (chain %d, %d funded accounts)\n", c.String("out"), g.ChainID, len(g.Alloc))
			return nil
		},
	}
}
