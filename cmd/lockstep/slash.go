package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/aggregator/slash"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

const slashPrefix = "LOCKSTEP_SLASH"

func slashCommand() *cli.Command {
	const prefix = slashPrefix
	flags := append(append(cliapp.L1Flags(prefix), cliapp.ECDSAKeyFlags(prefix, "that sends the proof (pays its gas)", false)...),
		&cli.StringFlag{Name: "evidence", Required: true, Usage: "equivocation evidence JSON (as the aggregator writes to its evidence folder)", EnvVars: cliapp.EnvVar(prefix, "evidence")},
		&cli.DurationFlag{Name: "timeout", Value: 2 * time.Minute, Usage: "give up after this long", EnvVars: cliapp.EnvVar(prefix, "timeout")},
		cliapp.NewJSONFlag(prefix),
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
	l1, key, err := readChainTx(c, slashPrefix)
	if err != nil {
		return err
	}
	ev, err := slash.LoadEvidence(c.String("evidence"))
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
	if c.Bool(cliapp.JSONFlag) {
		return printJSON(slashResult{Operator: ev.Operator, Checkpoint: ev.A.Number, TxHash: r.TxHash, L1Block: r.BlockNumber.Uint64(), GasUsed: r.GasUsed})
	}
	fmt.Printf("operator %s slashed for equivocating on checkpoint %d (tx %s, block %d, gas %d)\n",
		ev.Operator, ev.A.Number, r.TxHash, r.BlockNumber, r.GasUsed)
	return nil
}

// slashResult is what `slash --json` prints.
type slashResult struct {
	Operator   common.Address `json:"operator"`
	Checkpoint uint64         `json:"checkpoint"`
	TxHash     common.Hash    `json:"txHash"`
	L1Block    uint64         `json:"l1Block"`
	GasUsed    uint64         `json:"gasUsed"`
}

// printJSON prints v as one line of JSON on stdout.
func printJSON(v any) error {
	return json.NewEncoder(os.Stdout).Encode(v)
}

// readChainTx reads the L1 and ECDSA key groups of a command that sends L1 transactions to the
// deployment's contracts (variables starting with prefix): --deployment is required.
func readChainTx(c *cli.Context, prefix string) (cliapp.L1, *ecdsa.PrivateKey, error) {
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
	keyCfg, err := cliapp.ReadECDSAKeyConfig(c, prefix)
	if err != nil {
		return l1, nil, err
	}
	key, err := keyCfg.LoadECDSA()
	return l1, key, err
}
