package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/aggregator/slash"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

func slashCommand() *cli.Command {
	const prefix = "LOCKSTEP_SLASH"
	flags := append(append(cliapp.L1Flags(prefix), cliapp.TxKeyFlags(prefix)...),
		&cli.StringFlag{Name: "evidence", Required: true, Usage: "equivocation evidence JSON (as the aggregator writes to its evidence folder)", EnvVars: cliapp.EnvVar(prefix, "evidence")},
		&cli.DurationFlag{Name: "timeout", Value: 2 * time.Minute, Usage: "give up after this long", EnvVars: cliapp.EnvVar(prefix, "timeout")},
	)
	return &cli.Command{
		Name:  "slash",
		Usage: "submit equivocation evidence to EquivocationSlasher by hand",
		Description: "Reads an evidence file (two signatures by one operator over different checkpoints with the\n" +
			"same number), checks it, and sends EquivocationSlasher.proveEquivocation. Anyone may do this;\n" +
			"evidence that was already used ends in an \"already slashed\" error.",
		Flags:  flags,
		Action: runSlash,
	}
}

func runSlash(c *cli.Context) error {
	log, err := cliapp.Logger(c)
	if err != nil {
		return err
	}
	ev, err := slash.LoadEvidence(c.String("evidence"))
	if err != nil {
		return err
	}
	l1, key, err := readChainTx(c)
	if err != nil {
		return err
	}
	if ev.ChainID != l1.ChainID || ev.Slasher != l1.Addresses.EquivocationSlasher {
		return fmt.Errorf("evidence is for chain %d slasher %s; the deployment is chain %d slasher %s",
			ev.ChainID, ev.Slasher, l1.ChainID, l1.Addresses.EquivocationSlasher)
	}
	client, err := l1.Dial(c.Context)
	if err != nil {
		return err
	}
	defer client.Close()
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	m, err := txmgr.New(ctx, txmgr.DefaultConfig(), client, key, log)
	if err != nil {
		return err
	}
	r, err := slash.SubmitEvidence(ctx, m, client, ev)
	if errors.Is(err, slash.ErrAlreadySlashed) {
		return fmt.Errorf("operator %s already slashed for checkpoint %d: this evidence has been used", ev.Operator, ev.A.Number)
	}
	if err != nil {
		return err
	}
	fmt.Printf("operator %s slashed for equivocating on checkpoint %d (tx %s, block %d, gas %d)\n",
		ev.Operator, ev.A.Number, r.TxHash, r.BlockNumber, r.GasUsed)
	return nil
}

// readChainTx reads the L1 and transaction key groups of a command that sends L1 transactions
// to the deployment's contracts: --deployment is required.
func readChainTx(c *cli.Context) (cliapp.L1, *ecdsa.PrivateKey, error) {
	l1cfg, err := cliapp.ReadL1Config(c)
	if err != nil {
		return cliapp.L1{}, nil, err
	}
	if l1cfg.Deployment == "" {
		return cliapp.L1{}, nil, fmt.Errorf("--%s is required (a deployment JSON with the contract addresses)", cliapp.DeploymentFlag)
	}
	l1, err := l1cfg.Resolve()
	if err != nil {
		return l1, nil, err
	}
	keyCfg, err := cliapp.ReadTxKeyConfig(c)
	if err != nil {
		return l1, nil, err
	}
	key, err := keyCfg.Load()
	return l1, key, err
}
