package main

import (
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
	"github.com/lockstep-xyz/lockstep/operator/l1"
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
