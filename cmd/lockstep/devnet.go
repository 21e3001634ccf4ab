package main

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/anvil"
)

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:  "devnet",
		Usage: "run a local L1 devnet: anvil, the real EigenLayer contracts, Lockstep's contracts and registered operators",
		Description: "Starts anvil on a free 127.0.0.1 port, deploys EigenLayer core and middleware from their Go\n" +
			"bindings' bytecode and Lockstep's CheckpointRegistry and EquivocationSlasher, registers the\n" +
			"operators (ECDSA and BLS keys derived from --seed, stake, allocation, BLS proof of\n" +
			"possession) and the demo rollups, writes the deployment to <data-dir>/deployment.json, and\n" +
			"runs until Ctrl-C. Anvil's state is not kept between runs: deploying takes about a second.",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "operators", Value: anvil.DefaultOperators, Usage: "number of operators to register", EnvVars: []string{"LOCKSTEP_DEVNET_OPERATORS"}},
			&cli.DurationFlag{Name: "block-time", Value: time.Second, Usage: "anvil block interval; 0 mines a block per transaction", EnvVars: []string{"LOCKSTEP_DEVNET_BLOCK_TIME"}},
			&cli.StringFlag{Name: "data-dir", Value: ".devnet", Usage: "folder for deployment.json and logs", EnvVars: []string{"LOCKSTEP_DEVNET_DATA_DIR"}},
			&cli.BoolFlag{Name: "reset", Usage: "wipe --data-dir before starting", EnvVars: []string{"LOCKSTEP_DEVNET_RESET"}},
			&cli.StringFlag{Name: "rollups", Value: "901,902", Usage: "comma-separated rollup IDs (EVM chain IDs) to register", EnvVars: []string{"LOCKSTEP_DEVNET_ROLLUPS"}},
			&cli.StringFlag{Name: "seed", Value: anvil.DefaultSeed, Usage: "seed the operators' keys are derived from (same seed, same keys)", EnvVars: []string{"LOCKSTEP_DEVNET_SEED"}},
			&cli.Uint64Flag{Name: "chain-id", Value: anvil.DefaultChainID, Usage: "L1 chain ID", EnvVars: []string{"LOCKSTEP_DEVNET_CHAIN_ID"}},
		},
		Action: runDevnet,
	}
}

func runDevnet(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	n := c.Int("operators")
	if n < 1 || n > 200 {
		return fmt.Errorf("--operators %d: want 1 to 200", n)
	}
	if c.Duration("block-time") < 0 {
		return fmt.Errorf("--block-time must not be negative")
	}
	rollups, err := parseRollups(c.String("rollups"))
	if err != nil {
		return err
	}
	dir := c.String("data-dir")
	if c.Bool("reset") {
		if err := os.RemoveAll(dir); err != nil {
			return fmt.Errorf("--reset: %w", err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("--data-dir: %w", err)
	}

	start := time.Now()
	dn, err := anvil.Start(c.Context, anvil.Config{
		Node: anvil.NodeConfig{
			ChainID:   c.Uint64("chain-id"),
			BlockTime: c.Duration("block-time"),
			LogPath:   filepath.Join(dir, "anvil.log"),
		},
		Deploy:    anvil.DeployConfig{Rollups: rollups},
		Operators: n,
		Seed:      c.String("seed"),
		Logger:    log,
	})
	if err != nil {
		return fmt.Errorf("start devnet: %w", err)
	}
	defer dn.Close()
	path := filepath.Join(dir, "deployment.json")
	if err := dn.WriteJSON(path); err != nil {
		return err
	}
	printDevnet(dn, path, dir, time.Since(start))

	// Live progress until Ctrl-C.
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	for {
		select {
		case <-c.Context.Done():
			fmt.Println("\nstopping devnet")
			return nil
		case <-tick.C:
			head, err := dn.Client.BlockNumber(c.Context)
			if err != nil {
				log.Warn("L1 unreachable", "err", err)
				continue
			}
			latest := "none"
			if b, err := dn.Deployment.Bindings(dn.Client); err == nil {
				if num, err := b.CheckpointRegistry.LatestCheckpointNumber(nil); err == nil && num > 0 {
					latest = strconv.FormatUint(num, 10)
				}
			}
			fmt.Printf("L1 block %d  latest checkpoint %s\n", head, latest)
		}
	}
}

func parseRollups(s string) ([]anvil.Rollup, error) {
	var out []anvil.Rollup
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		id, err := strconv.ParseUint(f, 10, 64)
		if err != nil || id == 0 {
			return nil, fmt.Errorf("--rollups: %q is not a rollup ID (a positive integer)", f)
		}
		out = append(out, anvil.Rollup{ID: id, Metadata: fmt.Sprintf(`{"name":"devnet rollup %d"}`, id)})
	}
	return out, nil
}

func printDevnet(dn *anvil.Devnet, path, dir string, took time.Duration) {
	d := dn.Deployment
	fmt.Printf("\nLockstep devnet up in %s\n\n", took.Round(time.Millisecond))
	fmt.Printf("  L1 RPC            %s (chain ID %d)\n", dn.Node.RPCURL(), dn.Node.ChainID())
	fmt.Printf("  CheckpointRegistry %s\n", d.Contracts.CheckpointRegistry)
	fmt.Printf("  EquivocationSlasher %s\n", d.Contracts.EquivocationSlasher)
	fmt.Printf("  deployment        %s\n", path)
	fmt.Printf("  anvil log         %s\n\n", filepath.Join(dir, "anvil.log"))
	w := tabwriter.NewWriter(os.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(w, "  OPERATOR\tOPERATOR ID\tSTAKE\tSOCKET")
	for _, op := range d.Operators {
		fmt.Fprintf(w, "  %s\t%x…\t%s\t%s\n", op.Address, op.OperatorID[:6], formatEther(op.Stake.ToInt()), op.Socket)
	}
	w.Flush()
	fmt.Println("\nCtrl-C stops it.")
}

func formatEther(wei *big.Int) string {
	if wei == nil {
		return "?"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18))
	return f.Text('f', 2)
}
