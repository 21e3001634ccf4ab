package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
)

// eigenlayerCommand does on a devnet what an operator does with eigenlayer-cli on a real
// network before `lockstep operator register`.
func eigenlayerCommand() *cli.Command {
	return &cli.Command{
		Name:  "eigenlayer",
		Usage: "devnet: the EigenLayer steps an operator takes with eigenlayer-cli before joining Lockstep",
		Subcommands: []*cli.Command{{
			Name:  "register-operator",
			Usage: "register an account as an EigenLayer operator, give it devnet stake and allocate it to Lockstep's operator set",
			Description: "On a devnet (anvil, a deployment file with its deployer key): funds the account with ETH,\n" +
				"mints --stake of the devnet token with the deployer key, registers the account as an\n" +
				"EigenLayer operator with --allocation-delay, deposits the stake, mines blocks until the\n" +
				"allocation delay applies, allocates everything to Lockstep's operator set and mines until the\n" +
				"allocation is in effect. Then `lockstep operator register` joins the AVS as on a real network.",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "deployment", Required: true, Usage: "the devnet's deployment JSON (with its deployer key)", EnvVars: cliapp.EnvVar("LOCKSTEP_EIGENLAYER", "deployment")},
				&cli.StringFlag{Name: "l1.rpc", Usage: "the devnet's anvil JSON-RPC URL (default: the deployment file's rpcUrl)", EnvVars: cliapp.EnvVar("LOCKSTEP_EIGENLAYER", "l1.rpc")},
				&cli.StringFlag{Name: "ecdsa.keystore", Required: true, Usage: "the operator's ECDSA keystore", EnvVars: cliapp.EnvVar("LOCKSTEP_EIGENLAYER", "ecdsa.keystore")},
				&cli.StringFlag{Name: "ecdsa.password-file", Usage: "file holding the keystore password (or set LOCKSTEP_OPERATOR_ECDSA_PASSWORD)", EnvVars: cliapp.EnvVar("LOCKSTEP_EIGENLAYER", "ecdsa.password-file")},
				&cli.StringFlag{Name: "stake", Value: deployment.DefaultStake.String(), Usage: "stake to mint, deposit and allocate, in token base units", EnvVars: cliapp.EnvVar("LOCKSTEP_EIGENLAYER", "stake")},
				&cli.UintFlag{Name: "allocation-delay", Usage: "the operator's allocation delay in blocks", EnvVars: cliapp.EnvVar("LOCKSTEP_EIGENLAYER", "allocation-delay")},
			},
			Action: func(c *cli.Context) error {
				d, err := deployment.LoadDeployment(c.String("deployment"))
				if err != nil {
					return err
				}
				if d.DeployerKey() == nil {
					return errors.New("the deployment file has no deployer key: this command is for devnets (the deployer mints the stake)")
				}
				url := c.String("l1.rpc")
				if url == "" {
					url = d.RPCURL
				}
				if url == "" {
					return errors.New("--l1.rpc is required (the deployment file names no rpcUrl)")
				}
				key, err := cliapp.KeyConfig{Keystore: c.String("ecdsa.keystore"), PasswordFile: c.String("ecdsa.password-file"),
					PasswordEnv: "LOCKSTEP_OPERATOR_ECDSA_PASSWORD"}.LoadECDSA()
				if err != nil {
					return err
				}
				stake, ok := new(big.Int).SetString(c.String("stake"), 10)
				if !ok || stake.Sign() <= 0 {
					return fmt.Errorf("--stake %q is not a positive decimal integer", c.String("stake"))
				}
				ctx, cancel := context.WithTimeout(c.Context, 2*time.Minute)
				defer cancel()
				rc, err := rpc.DialContext(ctx, url)
				if err != nil {
					return fmt.Errorf("dial %s: %w", url, err)
				}
				defer rc.Close()
				op := anvil.EigenLayerOperator{Key: key, Minter: d.DeployerKey(), Stake: stake, AllocationDelay: uint32(c.Uint("allocation-delay"))}
				if err := anvil.RegisterEigenLayerOperator(ctx, rc, d, op); err != nil {
					return err
				}
				if err := anvil.Allocate(ctx, rc, d, op); err != nil {
					return err
				}
				fmt.Printf("EigenLayer operator %s\nstake %s allocated to operator set %s/%d\nnext: lockstep operator register\n",
					crypto.PubkeyToAddress(key.PublicKey), stake, d.Contracts.ServiceManager, d.Params.OperatorSetID)
				return nil
			},
		}},
	}
}
