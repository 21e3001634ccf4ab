package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/follower"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
)

const followPrefix = "LOCKSTEP_FOLLOW"

func followEnv(name string) []string { return cliapp.EnvVar(followPrefix, name) }

// followCommand is `lockstep follow`: stream one rollup's ordered transactions, verified.
func followCommand() *cli.Command {
	return cliapp.WithConfigFile(&cli.Command{
		Name:      "follow",
		Usage:     "stream one rollup's ordered transactions as JSON lines, verified (soft, then firm on L1)",
		UsageText: "lockstep follow --rollup ID --operator-rpc URL [--operator-rpc URL...] (--deployment FILE | --l1.rpc URL --l1.checkpoint-registry ADDR) [--state FILE] [--config FILE]",
		Description: "Prints one JSON object per line on stdout (logs go to stderr), in order:\n" +
			"  {\"kind\":\"tx\",\"status\":\"soft\",\"rollupId\",\"height\",\"index\",\"count\",\"txHash\",\"tx\",\"source\",\"timeMs\"}\n" +
			"      as soon as an operator serves the batch, verified against the block root it serves;\n" +
			"  {\"kind\":\"tx\",\"status\":\"firm\",...,\"checkpoint\",\"l1Block\"}\n" +
			"      once the checkpoint covering the height is on L1 with --confirmations blocks on top and\n" +
			"      every height it covers was proven to hold the rollup's batch, or none, against its root;\n" +
			"      a transaction queued in the L1 forced-inclusion inbox also has \"forced\":true and, firm,\n" +
			"      \"inboxIndex\"; one Lockstep did not order within the registry's delay D is printed firm at\n" +
			"      its deadline with \"source\":\"l1\", after every transaction of \"height\" (from L1 alone);\n" +
			"  {\"kind\":\"checkpoint\",\"checkpoint\",\"startHeight\",\"endHeight\",\"root\",\"l1Block\",\"l1BlockHash\",\"timeMs\"}\n" +
			"      after the firm items of a checkpoint: every height up to endHeight is final;\n" +
			"  {\"kind\":\"lie\",\"operator\",\"height\",\"reason\"}  an operator served data that does not verify;\n" +
			"      it is not used again and the next --operator-rpc takes over;\n" +
			"  {\"kind\":\"retract\",\"height\",\"source\",\"reason\"}  drop the soft items of that height: they\n" +
			"      were wrong; the right items follow (soft or firm).\n" +
			"With --state (a file, not a folder: follow keeps nothing else), the last firm checkpoint is saved (atomically, fsynced) after its items are\n" +
			"printed; a restart continues after it, so firm items are printed once (soft items after it\n" +
			"are printed again). With a ws:// or wss:// --operator-rpc, new batches are pushed by a\n" +
			"subscription (lockstep_subscribe) instead of polled. See docs/follower.md. Exits non-zero\n" +
			"when every operator lied.",
		Flags: append(cliapp.L1Flags(followPrefix),
			&cli.Uint64Flag{Name: "rollup", Usage: "rollup ID to follow (for an EVM rollup, its chain ID); required", EnvVars: followEnv("rollup")},
			&cli.Uint64Flag{Name: "from", Value: 1, Usage: "first height to stream (a --state file with progress takes precedence when further)", EnvVars: followEnv("from")},
			&cli.StringSliceFlag{Name: "operator-rpc", Usage: "operator API URL (http://, https://, or ws://, wss:// to have new batches pushed); repeat for fallbacks, in order of preference; required", EnvVars: followEnv("operator-rpc")},
			&cli.StringFlag{Name: "state", Usage: "file keeping the last checkpoint emitted as firm, to resume from after a restart (none: start at --from every time)", EnvVars: followEnv("state")},
			cliapp.NewConfirmationsFlag(followPrefix, 1, "L1 blocks on top of the block that stored a checkpoint before its transactions are firm (0: the head counts)"),
			cliapp.NewPollFlag(followPrefix, follower.DefaultPollInterval, "how often the operator is asked for new batches (a ws:// --operator-rpc pushes them)"),
			cliapp.NewL1PollFlag(followPrefix, follower.DefaultL1PollInterval, "how often the L1 head is read for new checkpoints", "l1-poll"),
			&cli.DurationFlag{Name: "failback", Value: follower.DefaultFailback, Usage: "after moving off an unreachable operator, how often the ones before the one in use are checked to go back to them (never one caught lying)", EnvVars: followEnv("failback")},
		),
		Action: cliapp.LifecycleCmd(runFollow),
	}, followPrefix)
}

// followFields name the flags behind follower.Config's fields in its Check errors.
var followFields = map[string]string{"follower: ": "", "RollupID": "--rollup", "Operators": "--operator-rpc", "Registry": "--l1.checkpoint-registry",
	"FromHeight": "--from", "L1PollInterval": "--l1.poll", "PollInterval": "--poll", "Failback": "--failback"}

// readFollowConfig builds the follower's configuration and its L1 from the flags.
func readFollowConfig(c *cli.Context) (follower.Config, cliapp.L1, error) {
	var l1 cliapp.L1
	if c.Args().Len() > 0 {
		return follower.Config{}, l1, fmt.Errorf("unexpected arguments %q (every setting is a flag; see --help)", c.Args().Slice())
	}
	switch {
	case !c.IsSet("rollup"):
		return follower.Config{}, l1, errors.New("--rollup is required")
	case len(c.StringSlice("operator-rpc")) == 0:
		return follower.Config{}, l1, errors.New("--operator-rpc is required (an operator API URL, e.g. http://127.0.0.1:7310)")
	}
	l1, err := registryL1(c)
	if err != nil {
		return follower.Config{}, l1, err
	}
	cfg := follower.DefaultConfig(c.Uint64("rollup"), c.StringSlice("operator-rpc"), l1.Addresses.CheckpointRegistry)
	cfg.FromHeight, cfg.Confirmations, cfg.StatePath = c.Uint64("from"), c.Uint64(cliapp.ConfirmationsFlag), c.String("state")
	cfg.PollInterval, cfg.L1PollInterval, cfg.Failback = c.Duration(cliapp.PollFlag), c.Duration(cliapp.L1PollFlag), c.Duration("failback")
	return cfg, l1, cliapp.NameFlags(cfg.Check(), followFields)
}

// runFollow streams until interrupted; the follower's own end (every operator lied) ends the
// command with its error.
func runFollow(c *cli.Context, fail context.CancelCauseFunc) (cliapp.Lifecycle, error) {
	log, err := cliapp.Logger(c)
	if err != nil {
		return nil, err
	}
	cfg, l1, err := readFollowConfig(c)
	if err != nil {
		return nil, err
	}
	cfg.Logger = log
	eth, err := dialRegistry(c.Context, l1)
	if err != nil {
		return nil, err
	}
	f, err := follower.New(cfg, eth)
	if err != nil {
		eth.Close()
		return nil, err
	}
	enc := json.NewEncoder(os.Stdout) // one Write per line, unbuffered: a line is out when emit returns
	run := cliapp.Loop(func(ctx context.Context) error {
		return f.Run(ctx, func(it follower.Item) error { return enc.Encode(it) })
	}, fail)
	closeL1 := cliapp.Func(nil, func(context.Context) error { eth.Close(); log.Info("follower stopped"); return nil })
	return cliapp.NewGroup(closeL1, run), nil
}

// registryL1 reads the L1 flags of a command that reads only the CheckpointRegistry (follow,
// rollup run): from a deployment file or --l1.checkpoint-registry.
func registryL1(c *cli.Context) (cliapp.L1, error) {
	l1cfg, err := cliapp.ReadL1Config(c)
	if err != nil {
		return cliapp.L1{}, err
	}
	if !l1cfg.Enabled() {
		return cliapp.L1{}, fmt.Errorf("no CheckpointRegistry: give --%s or --%s", cliapp.DeploymentFlag, cliapp.CheckpointRegistryFlag)
	}
	l1, err := l1cfg.Resolve()
	if err != nil {
		return l1, err
	}
	return l1, l1.RequireRegistry()
}

// dialRegistry dials L1 and refuses one without a contract at the CheckpointRegistry's address.
func dialRegistry(ctx context.Context, l1 cliapp.L1) (*ethclient.Client, error) {
	eth, err := l1.Dial(ctx)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, cliapp.DialTimeout)
	defer cancel()
	code, err := eth.CodeAt(ctx, l1.Addresses.CheckpointRegistry, nil)
	if err != nil {
		eth.Close()
		return nil, fmt.Errorf("--%s %s: read code of %s: %w", cliapp.L1RPCFlag, l1.URL, l1.Addresses.CheckpointRegistry, err)
	}
	if len(code) == 0 {
		eth.Close()
		return nil, fmt.Errorf("no contract at CheckpointRegistry address %s on %s (check --%s / --%s)", l1.Addresses.CheckpointRegistry, l1.URL, cliapp.DeploymentFlag, cliapp.CheckpointRegistryFlag)
	}
	return eth, nil
}
