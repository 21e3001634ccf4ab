package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
	"github.com/lockstep-xyz/lockstep/operator/l1"
	"github.com/lockstep-xyz/lockstep/operator/node"
)

func ecdsaFlags() []cli.Flag {
	return cliapp.ECDSAKeyFlags(operatorPrefix, "of the operator (its EigenLayer operator address)", true)
}

func readECDSA(c *cli.Context) (*ecdsa.PrivateKey, error) {
	k, err := cliapp.ReadECDSAKeyConfig(c, operatorPrefix)
	if err != nil {
		return nil, err
	}
	return k.LoadECDSA()
}

// readDeployment reads --deployment (required) and resolves the L1 it is on.
func readDeployment(c *cli.Context) (*deployment.Deployment, cliapp.L1, error) {
	cfg, err := cliapp.ReadL1Config(c)
	if err != nil {
		return nil, cliapp.L1{}, err
	}
	if cfg.Deployment == "" {
		return nil, cliapp.L1{}, fmt.Errorf("--%s is required (a deployment JSON with the AVS's contract addresses)", cliapp.DeploymentFlag)
	}
	l1, err := cfg.Resolve()
	if err != nil {
		return nil, l1, err
	}
	dep, err := deployment.LoadDeployment(cfg.Deployment)
	return dep, l1, err
}

func operatorRegisterCommand() *cli.Command {
	return &cli.Command{
		Name:  "register",
		Usage: "register the operator with the AVS: stake, allocation, BLS key (proof of possession) and socket",
		Description: "Registers as an EigenLayer operator if needed, deposits --stake into the AVS's strategy,\n" +
			"allocates it to the operator set and registers for it with the BLS key (proof of possession)\n" +
			"and the socket string of --home (as printed by `operator init`).\n" +
			"With --stake-from-balance the stake comes from the operator's own token balance (what an\n" +
			"operator does on a real network; no deployer key needed). Without it, the deployment file's\n" +
			"devnet deployer key mints the stake and funds gas (a devnet shortcut).",
		Flags: slices.Concat(ecdsaFlags(), cliapp.L1DeploymentFlags(operatorPrefix),
			cliapp.BLSKeyFlags(operatorPrefix, "registered with the AVS (proof of possession); it signs checkpoints", true), []cli.Flag{homeFlag(),
				&cli.StringFlag{Name: "p2p.external", Usage: "host:port other operators dial (goes into the socket)", Required: true, EnvVars: operatorEnv("p2p.external")},
				&cli.StringFlag{Name: "api.url", Usage: "public URL of the node's API (goes into the socket)", EnvVars: operatorEnv("api.url")},
				&cli.StringFlag{Name: "stake", Value: "1000000000000000000000", Usage: "stake to deposit and allocate, in token base units", EnvVars: operatorEnv("stake")},
				&cli.BoolFlag{Name: "stake-from-balance", Usage: "deposit the stake from the operator's own token balance instead of minting it with the devnet deployer key", EnvVars: operatorEnv("stake-from-balance")},
				&cli.StringFlag{Name: "fund", Value: "10000000000000000000", Usage: "devnet: ETH (wei) the deployer sends the operator for gas first; 0 sends none (default 0 with --stake-from-balance)", EnvVars: operatorEnv("fund")},
			}),
		Action: func(c *cli.Context) error {
			ek, err := readECDSA(c)
			if err != nil {
				return err
			}
			pw, err := secret(c.String("bls.password-file"), "LOCKSTEP_OPERATOR_BLS_PASSWORD")
			if err != nil {
				return err
			}
			bk, err := bls.ReadPrivateKeyFromFile(c.String("bls.keystore"), pw)
			if err != nil {
				return fmt.Errorf("read BLS keystore: %w", err)
			}
			id, err := node.LoadIdentity(c.String("home"))
			if err != nil {
				return err
			}
			sock, err := id.Socket(c.String("p2p.external"), c.String("api.url"))
			if err != nil {
				return err
			}
			stake, ok1 := new(big.Int).SetString(c.String("stake"), 10)
			fund, ok2 := new(big.Int).SetString(c.String("fund"), 10)
			if !ok1 || !ok2 {
				return fmt.Errorf("--stake and --fund are decimal integers")
			}
			fromBalance := c.Bool("stake-from-balance")
			if fromBalance && !c.IsSet("fund") {
				fund = nil
			}
			dep, l1, err := readDeployment(c)
			if err != nil {
				return err
			}
			ctx, eth, closeL1, err := dialL1(c, &l1, 2*time.Minute)
			if err != nil {
				return err
			}
			defer closeL1()
			op, err := dep.RegisterOperator(ctx, eth, deployment.OperatorConfig{ECDSAKey: ek, BLSKey: bk, Stake: stake, Socket: sock, Fund: fund, FromBalance: fromBalance})
			if err != nil {
				return err
			}
			fmt.Printf("registered operator %s\noperator ID %s\nL1 block %d\nsocket %s\n", op.Address, op.OperatorID, op.RegisteredBlock, op.Socket)
			return nil
		},
	}
}

func operatorDeregisterCommand() *cli.Command {
	return &cli.Command{
		Name:  "deregister",
		Usage: "deregister the operator from the AVS's operator set (it stays slashable for the deallocation delay)",
		Flags: append(ecdsaFlags(), cliapp.L1DeploymentFlags(operatorPrefix)...),
		Action: func(c *cli.Context) error {
			ek, err := readECDSA(c)
			if err != nil {
				return err
			}
			dep, l1, err := readDeployment(c)
			if err != nil {
				return err
			}
			ctx, eth, closeL1, err := dialL1(c, &l1, time.Minute)
			if err != nil {
				return err
			}
			defer closeL1()
			return dep.DeregisterOperator(ctx, eth, ek)
		},
	}
}

// operatorStatus is what `operator status --json` prints.
type operatorStatus struct {
	L1Block        uint64              `json:"l1Block"`
	LastCheckpoint uint64              `json:"lastL1Checkpoint"`
	Operators      []statusMember      `json:"operators"`
	Node           *operatorapi.Status `json:"node,omitempty"`
	NodeError      string              `json:"nodeError,omitempty"`
	Left           []common.Hash       `json:"notValidators,omitempty"`
}

type statusMember struct {
	OperatorID common.Hash    `json:"operatorId"`
	Address    common.Address `json:"address"`
	Stake      string         `json:"stake"`
	Power      int64          `json:"votingPower"`
	P2P        string         `json:"p2p"`
	API        string         `json:"api"`
}

func operatorStatusCommand() *cli.Command {
	return &cli.Command{
		Name:  "status",
		Usage: "show the AVS's operators on L1 (stake, voting power, endpoints) and, with --api.url, a node's progress",
		Flags: append(cliapp.L1Flags(operatorPrefix),
			&cli.StringFlag{Name: "api.url", Usage: "an operator node's API URL to ask for its status", EnvVars: operatorEnv("api.url")},
			cliapp.NewJSONFlag(operatorPrefix),
		),
		Action: func(c *cli.Context) error {
			chain, err := operatorL1(c)
			if err != nil {
				return err
			}
			contracts := chain.Addresses
			ctx, eth, closeL1, err := dialL1(c, &chain, 30*time.Second)
			if err != nil {
				return err
			}
			defer closeL1()
			r, err := avs.NewReader(eth, contracts)
			if err != nil {
				return err
			}
			head, err := eth.BlockNumber(ctx)
			if err != nil {
				return fmt.Errorf("read L1 head: %w", err)
			}
			ops, err := r.OperatorsAt(ctx, head)
			if err != nil {
				return err
			}
			st := operatorStatus{L1Block: head}
			if st.LastCheckpoint, err = r.LatestCheckpointNumber(ctx); err != nil {
				return err
			}
			members := l1.Members(ops, func(o avs.Operator, _ error) { st.Left = append(st.Left, o.ID) })
			for _, m := range members {
				st.Operators = append(st.Operators, statusMember{OperatorID: m.Operator.ID, Address: m.Operator.Address, Stake: m.Operator.Stake.String(),
					Power: m.Power, P2P: m.Socket.PeerAddress(), API: m.Socket.RPCURL})
			}
			if u := c.String("api.url"); u != "" {
				var s *operatorapi.Status
				client, err := operatorapi.Dial(ctx, u)
				if err == nil {
					s, err = client.Status(ctx)
					client.Close()
				}
				if err != nil {
					st.NodeError = err.Error()
				} else {
					st.Node = s
				}
			}
			if c.Bool("json") {
				enc := json.NewEncoder(os.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			fmt.Printf("L1 block %d, latest checkpoint on L1: %d\n\n", st.L1Block, st.LastCheckpoint)
			w := tabwriter.NewWriter(os.Stdout, 2, 4, 2, ' ', 0)
			fmt.Fprintln(w, "OPERATOR ID\tADDRESS\tSTAKE\tPOWER\tP2P\tAPI")
			for _, m := range st.Operators {
				fmt.Fprintf(w, "%s…\t%s\t%s\t%d\t%s\t%s\n", m.OperatorID.Hex()[:10], m.Address, formatEther(mustBig(m.Stake)), m.Power, m.P2P, m.API)
			}
			w.Flush()
			if len(st.Left) > 0 {
				fmt.Printf("\n%d registered operator(s) without a Lockstep socket or stake (not validators)\n", len(st.Left))
			}
			switch {
			case st.Node != nil:
				fmt.Printf("\nnode %s: chain %s height %d, last checkpoint %d, %d peers, catching up %v, %d validators (L1 block %d)\n",
					st.Node.NodeID, st.Node.ChainID, st.Node.Height, st.Node.LastCheckpoint, st.Node.Peers, st.Node.CatchingUp, st.Node.Validators, st.Node.ValidatorsL1Block)
			case st.NodeError != "":
				fmt.Printf("\nnode: %s\n", st.NodeError)
			}
			return nil
		},
	}
}

func mustBig(s string) *big.Int {
	b, _ := new(big.Int).SetString(s, 10)
	if b == nil {
		return new(big.Int)
	}
	return b
}

// formatEther renders wei as ether with two decimals.
func formatEther(wei *big.Int) string {
	if wei == nil {
		return "?"
	}
	f := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18))
	return f.Text('f', 2)
}
