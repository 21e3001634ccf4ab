package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/follower"
)

func followEnv(name string) []string {
	return []string{"LOCKSTEP_FOLLOW_" + strings.NewReplacer(".", "_", "-", "_").Replace(strings.ToUpper(name))}
}

// followCommand is `lockstep follow`: stream one rollup's ordered transactions, verified.
func followCommand() *cli.Command {
	return &cli.Command{
		Name:      "follow",
		Usage:     "stream one rollup's ordered transactions as JSON lines, verified (soft, then firm on L1)",
		UsageText: "lockstep follow --rollup ID --operator-rpc URL [--operator-rpc URL...] (--deployment FILE | --l1-rpc URL --l1.checkpoint-registry ADDR) [--state FILE]",
		Description: "Prints one JSON object per line on stdout (logs go to stderr), in order:\n" +
			"  {\"kind\":\"tx\",\"status\":\"soft\",\"rollupId\",\"height\",\"index\",\"count\",\"txHash\",\"tx\",\"source\"}\n" +
			"      as soon as an operator serves the batch, verified against the block root it serves;\n" +
			"  {\"kind\":\"tx\",\"status\":\"firm\",...,\"checkpoint\",\"l1Block\"}\n" +
			"      once the checkpoint covering the height is on L1 with --confirmations blocks on top and\n" +
			"      every height it covers was proven to hold the rollup's batch, or none, against its root;\n" +
			"  {\"kind\":\"checkpoint\",\"checkpoint\",\"startHeight\",\"endHeight\",\"root\",\"l1Block\",\"l1BlockHash\"}\n" +
			"      after the firm items of a checkpoint: every height up to endHeight is final;\n" +
			"  {\"kind\":\"lie\",\"operator\",\"height\",\"reason\"}  an operator served data that does not verify;\n" +
			"      it is not used again and the next --operator-rpc takes over;\n" +
			"  {\"kind\":\"retract\",\"height\",\"source\",\"reason\"}  drop the soft items of that height: they\n" +
			"      were wrong; the right items follow (soft or firm).\n" +
			"With --state, the last firm checkpoint is saved (atomically, fsynced) after its items are\n" +
			"printed; a restart continues after it, so firm items are printed once (soft items after it\n" +
			"are printed again). With a ws:// or wss:// --operator-rpc, new batches are pushed by a\n" +
			"subscription (lockstep_subscribe) instead of polled. See docs/follower.md. Exits non-zero\n" +
			"when every operator lied.",
		Flags: []cli.Flag{
			&cli.Uint64Flag{Name: "rollup", Usage: "rollup ID to follow (for an EVM rollup, its chain ID); required", EnvVars: followEnv("rollup")},
			&cli.Uint64Flag{Name: "from", Value: 1, Usage: "first height to stream (a --state file with progress takes precedence when further)", EnvVars: followEnv("from")},
			&cli.StringSliceFlag{Name: "operator-rpc", Usage: "operator API URL (http://, https://, or ws://, wss:// to have new batches pushed); repeat for fallbacks, in order of preference; required", EnvVars: followEnv("operator-rpc")},
			&cli.StringFlag{Name: "l1-rpc", Usage: "L1 JSON-RPC URL; defaults to the deployment file's rpcUrl", EnvVars: followEnv("l1-rpc")},
			&cli.StringFlag{Name: "deployment", Usage: "deployment JSON (as written by lockstep-dev devnet) giving the L1 chain ID and the CheckpointRegistry", EnvVars: followEnv("deployment")},
			&cli.StringFlag{Name: "l1.checkpoint-registry", Usage: "CheckpointRegistry address (overrides --deployment)", EnvVars: followEnv("l1.checkpoint-registry")},
			&cli.StringFlag{Name: "state", Usage: "file keeping the last checkpoint emitted as firm, to resume from after a restart (none: start at --from every time)", EnvVars: followEnv("state")},
			&cli.Uint64Flag{Name: "confirmations", Value: 1, Usage: "L1 blocks on top of the block that stored a checkpoint before its transactions are firm (0: the head counts)", EnvVars: followEnv("confirmations")},
			&cli.DurationFlag{Name: "poll", Value: follower.DefaultPollInterval, Usage: "how often the operator is asked for new batches", EnvVars: followEnv("poll")},
			&cli.DurationFlag{Name: "l1-poll", Value: follower.DefaultL1PollInterval, Usage: "how often the L1 head is read for new checkpoints", EnvVars: followEnv("l1-poll")},
			&cli.DurationFlag{Name: "failback", Value: follower.DefaultFailback, Usage: "after moving off an unreachable operator, how often the ones before the one in use are checked to go back to them (never one caught lying)", EnvVars: followEnv("failback")},
		},
		Action: runFollow,
	}
}

func runFollow(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	if c.Args().Len() > 0 {
		return fmt.Errorf("unexpected arguments %q (every setting is a flag; see --help)", c.Args().Slice())
	}
	if !c.IsSet("rollup") {
		return errors.New("--rollup is required")
	}
	if len(c.StringSlice("operator-rpc")) == 0 {
		return errors.New("--operator-rpc is required (an operator API URL, e.g. http://127.0.0.1:8545)")
	}
	if c.Uint64("from") == 0 {
		return errors.New("--from must be at least 1")
	}
	if c.Duration("poll") <= 0 || c.Duration("l1-poll") <= 0 || c.Duration("failback") <= 0 {
		return errors.New("--poll, --l1-poll and --failback must be positive")
	}
	registry, chainID, l1URL, err := followL1(c)
	if err != nil {
		return err
	}
	cfg := follower.Config{
		RollupID:       c.Uint64("rollup"),
		FromHeight:     c.Uint64("from"),
		Operators:      c.StringSlice("operator-rpc"),
		Registry:       registry,
		Confirmations:  c.Uint64("confirmations"),
		PollInterval:   c.Duration("poll"),
		L1PollInterval: c.Duration("l1-poll"),
		Failback:       c.Duration("failback"),
		StatePath:      c.String("state"),
		Logger:         log,
	}
	if err := cfg.Check(); err != nil {
		// Name the flags, not the fields.
		return errors.New(strings.NewReplacer("follower: ", "", "RollupID", "--rollup", "Operators", "--operator-rpc",
			"Registry", "--l1.checkpoint-registry").Replace(err.Error()))
	}

	dialCtx, cancel := context.WithTimeout(c.Context, 10*time.Second)
	defer cancel()
	eth, err := ethclient.DialContext(dialCtx, l1URL)
	if err != nil {
		return fmt.Errorf("--l1-rpc %s: %w", l1URL, err)
	}
	defer eth.Close()
	id, err := eth.ChainID(dialCtx)
	if err != nil {
		return fmt.Errorf("--l1-rpc %s: read chain ID: %w", l1URL, err)
	}
	if chainID != 0 && id.Uint64() != chainID {
		return fmt.Errorf("--l1-rpc %s is chain %d, the deployment is on chain %d", l1URL, id, chainID)
	}
	code, err := eth.CodeAt(dialCtx, registry, nil)
	if err != nil {
		return fmt.Errorf("--l1-rpc %s: read code of %s: %w", l1URL, registry, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("no contract at CheckpointRegistry address %s on chain %d (check --deployment / --l1.checkpoint-registry)", registry, id)
	}

	f, err := follower.New(cfg, eth)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(os.Stdout) // one Write per line, unbuffered: a line is out when emit returns
	err = f.Run(c.Context, func(it follower.Item) error { return enc.Encode(it) })
	if errors.Is(err, context.Canceled) {
		log.Info("follower stopped")
		return nil
	}
	return err
}

// followL1 resolves the CheckpointRegistry, the L1 chain ID (0: unknown) and the L1 URL from
// --deployment, --l1.checkpoint-registry and --l1-rpc.
func followL1(c *cli.Context) (registry common.Address, chainID uint64, url string, err error) {
	url = c.String("l1-rpc")
	if path := c.String("deployment"); path != "" {
		addrs, id, err := avs.LoadAddresses(path)
		if err != nil {
			return registry, 0, "", fmt.Errorf("--deployment: %w", err)
		}
		registry, chainID = addrs.CheckpointRegistry, id
		if url == "" {
			d, err := deployment.LoadDeployment(path)
			if err != nil || d.RPCURL == "" {
				return registry, 0, "", fmt.Errorf("--l1-rpc is required (the deployment file %s has no rpcUrl)", path)
			}
			url = d.RPCURL
		}
	}
	if v := c.String("l1.checkpoint-registry"); v != "" {
		if !common.IsHexAddress(v) {
			return registry, 0, "", fmt.Errorf("--l1.checkpoint-registry: %q is not an address", v)
		}
		registry = common.HexToAddress(v)
	}
	if registry == (common.Address{}) {
		return registry, 0, "", errors.New("no CheckpointRegistry: give --deployment or --l1.checkpoint-registry")
	}
	if url == "" {
		return registry, 0, "", errors.New("--l1-rpc is required (the L1 JSON-RPC URL)")
	}
	return registry, chainID, url, nil
}
