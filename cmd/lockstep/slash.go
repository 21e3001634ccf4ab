package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/aggregator/slash"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

func slashCommand() *cli.Command {
	env := func(name string) []string { return []string{"LOCKSTEP_SLASH_" + name} }
	flags := append(chainTxFlags(env),
		&cli.StringFlag{Name: "evidence", Required: true, Usage: "equivocation evidence JSON (as the aggregator writes to its evidence folder)", EnvVars: env("EVIDENCE")},
		&cli.DurationFlag{Name: "timeout", Value: 2 * time.Minute, Usage: "give up after this long", EnvVars: env("TIMEOUT")},
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
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	ev, err := slash.LoadEvidence(c.String("evidence"))
	if err != nil {
		return err
	}
	l1, err := resolveChainTx(c)
	if err != nil {
		return err
	}
	defer l1.client.Close()
	if ev.ChainID != l1.chainID || ev.Slasher != l1.addrs.EquivocationSlasher {
		return fmt.Errorf("evidence is for chain %d slasher %s; the deployment is chain %d slasher %s",
			ev.ChainID, ev.Slasher, l1.chainID, l1.addrs.EquivocationSlasher)
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	m, err := txmgr.New(ctx, txmgr.Config{}, l1.client, l1.key, log)
	if err != nil {
		return err
	}
	r, err := slash.SubmitEvidence(ctx, m, l1.client, ev)
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
