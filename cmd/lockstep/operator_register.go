package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
	"github.com/lockstep-xyz/lockstep/operator/node"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

// Joining, changing and leaving Lockstep's operator set, as an EigenLayer operator does it: the
// EigenLayer steps (operator registration, stake, allocation) are eigenlayer-cli's; these
// commands check them on L1, then send the AVS's own transactions through the transaction
// manager (fee bumps, resubmission), or print them (--output calldata) for a custody or multisig
// signer.

// l1WriteFlags are the flags of a command that sends the operator's L1 transactions.
func l1WriteFlags() []cli.Flag {
	d := txmgr.DefaultConfig()
	return []cli.Flag{
		cliapp.NewConfirmationsFlag(operatorPrefix, 1, "L1 blocks on top of a sent transaction before it counts as done"),
		cliapp.NewJSONFlag(operatorPrefix),
		&cli.StringFlag{Name: "output", Value: outputSend, Usage: "send: sign with --ecdsa.keystore and send; calldata: print the transaction (to, data, value) for the operator's custody or multisig signer to send, and send nothing", EnvVars: operatorEnv("output")},
		&cli.StringFlag{Name: "operator", Usage: "the operator's address, with --output calldata and no --ecdsa.keystore", EnvVars: operatorEnv("operator")},
		&cli.DurationFlag{Name: "resubmit-timeout", Value: d.ResubmitTimeout, Usage: "re-send a transaction with bumped fees if not mined within this", EnvVars: operatorEnv("resubmit-timeout")},
	}
}

// writer is where an operator command's transactions go: sent from key, or printed.
type writer struct {
	c        *cli.Context
	from     common.Address
	key      *ecdsa.PrivateKey // nil with --output calldata
	calldata bool
}

// newWriter reads --output and the key or --operator it needs.
func newWriter(c *cli.Context) (*writer, error) {
	w := &writer{c: c}
	switch c.String("output") {
	case outputSend:
	case outputCalldata:
		w.calldata = true
	default:
		return nil, fmt.Errorf("--output %q: want %s or %s", c.String("output"), outputSend, outputCalldata)
	}
	if c.String("ecdsa.keystore") != "" {
		k, err := readECDSA(c)
		if err != nil {
			return nil, err
		}
		w.key, w.from = k, crypto.PubkeyToAddress(k.PublicKey)
		if c.IsSet("operator") && common.HexToAddress(c.String("operator")) != w.from {
			return nil, fmt.Errorf("--operator %s is not the keystore's address %s", c.String("operator"), w.from)
		}
		return w, nil
	}
	if !w.calldata {
		return nil, errors.New("--ecdsa.keystore is required to send (or print the transactions with --output calldata --operator ADDRESS)")
	}
	if !common.IsHexAddress(c.String("operator")) {
		return nil, errors.New("--output calldata needs the operator's address: --operator 0x... (or --ecdsa.keystore)")
	}
	w.from = common.HexToAddress(c.String("operator"))
	return w, nil
}

// write sends call (waiting for its receipt) or prints it. It returns the receipt, nil when
// printed.
func (w *writer) write(ctx context.Context, eth *ethclient.Client, call deployment.Call) (*types.Receipt, error) {
	if w.calldata {
		if w.c.Bool("json") {
			return nil, json.NewEncoder(os.Stdout).Encode(call)
		}
		fmt.Printf("%s\n  from  %s\n  to    %s\n  value 0\n  data  %s\n", call.What, call.From, call.To, call.Data)
		return nil, nil
	}
	cfg := txmgr.DefaultConfig()
	cfg.Confirmations = w.c.Uint64("confirmations")
	cfg.ResubmitTimeout = w.c.Duration("resubmit-timeout")
	log, err := cliapp.Logger(w.c)
	if err != nil {
		return nil, err
	}
	m, err := txmgr.New(ctx, cfg, eth, w.key, log.With("component", "txmgr"))
	if err != nil {
		return nil, err
	}
	r, err := m.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return bind.NewBoundContract(call.To, abi.ABI{}, eth, eth, eth).RawTransact(o, call.Data)
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", call.What, err)
	}
	return r, nil
}

// readBLS reads --bls.keystore with its password.
func readBLS(c *cli.Context) (*bls.KeyPair, error) {
	k := cliapp.ReadBLSKeyConfig(c, operatorPrefix)
	pw, err := k.Password()
	if err != nil {
		return nil, err
	}
	key, err := bls.ReadPrivateKeyFromFile(k.Keystore, pw)
	if err != nil {
		return nil, fmt.Errorf("read BLS keystore %s: %w", k.Keystore, err)
	}
	return key, nil
}

func blsFlags() []cli.Flag {
	return cliapp.BLSKeyFlags(operatorPrefix, "registered with the AVS (proof of possession); it signs checkpoints", true)
}

// socketFlags give the socket an operator publishes: the identity in --home and its addresses.
func socketFlags() []cli.Flag {
	return []cli.Flag{
		homeFlag(),
		&cli.StringFlag{Name: "p2p.external", Usage: "host:port other operators dial (goes into the socket)", Required: true, EnvVars: operatorEnv("p2p.external")},
		&cli.StringFlag{Name: "api.url", Usage: "public URL of the node's API (goes into the socket)", EnvVars: operatorEnv("api.url")},
	}
}

// readSocket builds the socket of --home's identity at the given addresses.
func readSocket(c *cli.Context) (string, error) {
	id, err := node.LoadIdentity(c.String("home"))
	if err != nil {
		return "", err
	}
	return id.Socket(c.String("p2p.external"), c.String("api.url"))
}

func optionalECDSAFlags() []cli.Flag {
	return cliapp.ECDSAKeyFlags(operatorPrefix, "of the operator (its EigenLayer operator address); not needed with --output calldata --operator", false)
}

// registration is what `operator register` prints with --json.
type registration struct {
	Operator   common.Address `json:"operator"`
	OperatorID common.Hash    `json:"operatorId"`
	Block      uint64         `json:"l1Block"`
	TxHash     common.Hash    `json:"txHash"`
	Socket     string         `json:"socket"`
}

// opTx is what an operator command that writes to L1 works with.
type opTx struct {
	ctx   context.Context
	eth   *ethclient.Client
	dep   *deployment.Deployment
	w     *writer
	ready *deployment.Readiness
}

// withOperatorL1 reads the writer and the deployment, dials L1, reads the operator's
// readiness, and runs f.
func withOperatorL1(c *cli.Context, f func(o opTx) error) error {
	w, err := newWriter(c)
	if err != nil {
		return err
	}
	dep, l1, err := readDeployment(c)
	if err != nil {
		return err
	}
	ctx, eth, closeL1, err := dialL1(c, &l1, 5*time.Minute)
	if err != nil {
		return err
	}
	defer closeL1()
	ready, err := dep.CheckOperator(ctx, eth, w.from)
	if err != nil {
		return err
	}
	return f(opTx{ctx: ctx, eth: eth, dep: dep, w: w, ready: ready})
}

// printResult prints a sent transaction's result: v as JSON with --json, else text.
func printResult(c *cli.Context, v any, text string) error {
	if c.Bool("json") {
		return json.NewEncoder(os.Stdout).Encode(v)
	}
	fmt.Print(text)
	return nil
}

// notMember is the error of update-socket and deregister for an operator not in the set.
func notMember(o opTx) error {
	if o.ready.Member {
		return nil
	}
	return fmt.Errorf("%s is not registered in Lockstep's operator set: register it with `lockstep operator register`", o.w.from)
}

func operatorRegisterCommand() *cli.Command {
	return &cli.Command{
		Name:  "register",
		Usage: "join Lockstep's operator set as an EigenLayer operator: BLS key (proof of possession) and socket",
		Description: "For an EigenLayer operator that has already allocated stake to Lockstep's operator set.\n" +
			"It checks on L1, in order: registered as an EigenLayer operator (`eigenlayer operator register`),\n" +
			"allocation delay in effect, stake allocated to the operator set and in effect\n" +
			"(`eigenlayer operator allocations update`), not registered already; if a step is missing\n" +
			"it says which and sends nothing. Then it sends AllocationManager.registerForOperatorSets with\n" +
			"the BLS key and its proof of possession, and the socket of --home (node ID, consensus key,\n" +
			"--p2p.external, --api.url), through the transaction manager (fees bumped if it is not mined).\n" +
			"--output calldata prints the transaction for a custody or multisig signer instead.",
		Flags: slices.Concat(optionalECDSAFlags(), cliapp.L1DeploymentFlags(operatorPrefix), blsFlags(), socketFlags(), l1WriteFlags()),
		Action: func(c *cli.Context) error {
			bk, err := readBLS(c)
			if err != nil {
				return err
			}
			sock, err := readSocket(c)
			if err != nil {
				return err
			}
			return withOperatorL1(c, func(o opTx) error {
				if err := o.ready.Err(bk); err != nil {
					return err
				}
				call, err := o.dep.RegistrationCall(o.ctx, o.eth, o.w.from, bk, sock)
				if err != nil {
					return err
				}
				r, err := o.w.write(o.ctx, o.eth, call)
				if err != nil || r == nil {
					return err
				}
				op, err := o.dep.RegisteredOperator(o.ctx, o.eth, o.w.from, bk, sock, r.BlockNumber.Uint64())
				if err != nil {
					return err
				}
				out := registration{Operator: op.Address, OperatorID: op.OperatorID, Block: op.RegisteredBlock, TxHash: r.TxHash, Socket: sock}
				return printResult(c, out, fmt.Sprintf("registered operator %s\noperator ID %s\nL1 block %d\ntransaction %s\nsocket %s\n", out.Operator, out.OperatorID, out.Block, out.TxHash, out.Socket))
			})
		},
	}
}

func operatorUpdateSocketCommand() *cli.Command {
	return &cli.Command{
		Name:  "update-socket",
		Usage: "publish a new socket (API URL, p2p address, node key) without deregistering",
		Description: "Sends the registry coordinator's updateSocket with the socket of --home at --p2p.external\n" +
			"and --api.url: how a registered operator moves its API or p2p address, or its node to new\n" +
			"node and consensus keys (a new --home from `operator init`). The other nodes read sockets from\n" +
			"L1: they dial the new p2p address, clients find the new API, and a new consensus key becomes\n" +
			"the validator's at the next validator-set sync. --output calldata prints the transaction.",
		Flags: slices.Concat(optionalECDSAFlags(), cliapp.L1DeploymentFlags(operatorPrefix), socketFlags(), l1WriteFlags()),
		Action: func(c *cli.Context) error {
			sock, err := readSocket(c)
			if err != nil {
				return err
			}
			return withOperatorL1(c, func(o opTx) error {
				if err := notMember(o); err != nil {
					return err
				}
				call, err := o.dep.UpdateSocketCall(o.w.from, sock)
				if err != nil {
					return err
				}
				r, err := o.w.write(o.ctx, o.eth, call)
				if err != nil || r == nil {
					return err
				}
				return printResult(c, map[string]any{"operator": o.w.from, "l1Block": r.BlockNumber.Uint64(), "txHash": r.TxHash, "socket": sock},
					fmt.Sprintf("updated the socket of %s\nL1 block %d\ntransaction %s\nsocket %s\n", o.w.from, r.BlockNumber.Uint64(), r.TxHash, sock))
			})
		},
	}
}

func operatorDeregisterCommand() *cli.Command {
	return &cli.Command{
		Name:  "deregister",
		Usage: "leave Lockstep's operator set (the stake stays slashable for the deallocation delay)",
		Description: "Sends AllocationManager.deregisterFromOperatorSets. The operator stays slashable for\n" +
			"DEALLOCATION_DELAY blocks and cannot register again before that. Deallocating the stake is\n" +
			"eigenlayer-cli's (`eigenlayer operator allocations update`). --output calldata prints the transaction.",
		Flags: slices.Concat(optionalECDSAFlags(), cliapp.L1DeploymentFlags(operatorPrefix), l1WriteFlags()),
		Action: func(c *cli.Context) error {
			return withOperatorL1(c, func(o opTx) error {
				if err := notMember(o); err != nil {
					return err
				}
				call, err := o.dep.DeregistrationCall(o.w.from)
				if err != nil {
					return err
				}
				r, err := o.w.write(o.ctx, o.eth, call)
				if err != nil || r == nil {
					return err
				}
				return printResult(c, map[string]any{"operator": o.w.from, "l1Block": r.BlockNumber.Uint64(), "txHash": r.TxHash},
					fmt.Sprintf("deregistered operator %s\nL1 block %d\ntransaction %s\n", o.w.from, r.BlockNumber.Uint64(), r.TxHash))
			})
		},
	}
}
