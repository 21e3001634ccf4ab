package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

// Values of --output of the commands that write to L1 (rollup register, operator register,
// update-socket, deregister).
const (
	outputSend     = "send"
	outputCalldata = "calldata"
)

// rollupIDFlag is the rollup ID of rollup register and status; --rollup is how follow and force
// spell it.
func rollupIDFlag(usage string) cli.Flag {
	return &cli.Uint64Flag{Name: "id", Aliases: []string{"rollup"}, Usage: usage, EnvVars: rollupEnv("id")}
}

// registryFlags are the L1 flags of a command that reads or writes only the CheckpointRegistry:
// --l1.rpc, --deployment and --l1.checkpoint-registry, without the middleware's addresses.
func registryFlags() []cli.Flag {
	var out []cli.Flag
	for _, f := range cliapp.L1Flags(rollupPrefix) {
		switch f.Names()[0] {
		case cliapp.L1RPCFlag, cliapp.DeploymentFlag, cliapp.CheckpointRegistryFlag:
			out = append(out, f)
		}
	}
	return out
}

func rollupJSONFlag() cli.Flag {
	return &cli.BoolFlag{Name: "json", Usage: "print JSON instead of text", EnvVars: rollupEnv("json")}
}

// readRollupID reads --id, which must be set and not 0 (the registry reserves it).
func readRollupID(c *cli.Context) (uint64, error) {
	if c.Args().Len() > 0 {
		return 0, fmt.Errorf("unexpected arguments %q (every setting is a flag; see --help)", c.Args().Slice())
	}
	if id := c.Uint64("id"); id != 0 {
		return id, nil
	}
	return 0, errors.New("--id is required: the rollup ID (for an EVM rollup, its chain ID; 0 is reserved)")
}

func rollupRegisterCommand() *cli.Command {
	return &cli.Command{
		Name:  "register",
		Usage: "admit a rollup to the network: register its ID in the CheckpointRegistry, owned by its team (governance only)",
		UsageText: "lockstep rollup register --id N --owner ADDR [--metadata S] (--deployment FILE | --l1.rpc URL --l1.checkpoint-registry ADDR)\n" +
			"    (--ecdsa.keystore FILE [--ecdsa.password-file FILE] | --output calldata) [--json]",
		Description: "Only the CheckpointRegistry's owner (governance: on a real network a multisig or a timelock)\n" +
			"registers rollup IDs. A rollup ID is the rollup's EVM chain ID, a claim made off chain (EIP-155,\n" +
			"chainlist) that no contract can check: governance checks that the team asking runs that chain,\n" +
			"then registers the ID to the team's --owner address, which from then on manages the rollup's\n" +
			"metadata, ownership and deregistration itself. Nobody else can take an ID first.\n" +
			"\n" +
			"Before anything is sent the command checks that the ID is free and that the signer is the\n" +
			"registry's owner, and says what to do when it is not. With an owner key in an encrypted keystore\n" +
			"(lockstep keys ecdsa create/import) it sends the transaction and prints the L1 block it landed in.\n" +
			"With --output calldata it needs no key and sends nothing: it prints the transaction (to, data,\n" +
			"value) for the owner to propose in its multisig or schedule in its timelock.\n" +
			"See docs/rollup.md, \"Admission\".",
		Flags: append(append(registryFlags(), cliapp.ECDSAKeyFlags(rollupPrefix, "of the registry's owner (not needed with --output calldata)", false)...),
			rollupIDFlag("the rollup ID to register (for an EVM rollup, its chain ID); required"),
			&cli.StringFlag{Name: "owner", Usage: "the rollup team's address: it manages the rollup's metadata, ownership and deregistration; required", EnvVars: rollupEnv("owner")},
			&cli.StringFlag{Name: "metadata", Usage: "free-form metadata, e.g. a URI or JSON with the rollup's name and RPC endpoints (at most 1024 bytes)", EnvVars: rollupEnv("metadata")},
			&cli.StringFlag{Name: "output", Value: outputSend, Usage: "send: sign and send the transaction; calldata: print it (to, data, value) for a multisig or timelock owner instead", EnvVars: rollupEnv("output")},
			&cli.DurationFlag{Name: "timeout", Value: 5 * time.Minute, Usage: "give up waiting for the transaction after this long", EnvVars: rollupEnv("timeout")},
			rollupJSONFlag(),
		),
		Action: runRollupRegister,
	}
}

// registerRequest is what lockstep rollup register asks the registry for.
type registerRequest struct {
	ID       uint64
	Owner    common.Address
	Metadata string
}

func readRegisterRequest(c *cli.Context) (registerRequest, error) {
	id, err := readRollupID(c)
	if err != nil {
		return registerRequest{}, err
	}
	owner := c.String("owner")
	switch {
	case owner == "":
		return registerRequest{}, errors.New("--owner is required: the rollup team's address, which will manage the rollup")
	case !common.IsHexAddress(owner):
		return registerRequest{}, fmt.Errorf("--owner %q is not an address", owner)
	case common.HexToAddress(owner) == (common.Address{}):
		return registerRequest{}, errors.New("--owner is the zero address")
	}
	return registerRequest{ID: id, Owner: common.HexToAddress(owner), Metadata: c.String("metadata")}, nil
}

// calldataTx is a transaction for someone else to send, as multisig and timelock tools take it.
type calldataTx struct {
	To    common.Address `json:"to"`
	Data  hexutil.Bytes  `json:"data"`
	Value string         `json:"value"` // wei, decimal
}

func (t calldataTx) String() string {
	return fmt.Sprintf("to=%s data=%s value=%s", t.To, t.Data, t.Value)
}

// registerCalldata is the registry's registerRollup(id, owner, metadata) call.
func registerCalldata(registry common.Address, r registerRequest) (calldataTx, error) {
	a, err := checkpointregistry.CheckpointRegistryMetaData.GetAbi()
	if err != nil {
		return calldataTx{}, err
	}
	data, err := a.Pack("registerRollup", r.ID, r.Owner, r.Metadata)
	if err != nil {
		return calldataTx{}, fmt.Errorf("encode registerRollup(%d): %w", r.ID, err)
	}
	return calldataTx{To: registry, Data: data, Value: "0"}, nil
}

// registeredRollup is what lockstep rollup register prints once the rollup is registered.
type registeredRollup struct {
	RollupID uint64         `json:"rollupId"`
	Owner    common.Address `json:"owner"`
	Metadata string         `json:"metadata"`
	L1Block  uint64         `json:"l1Block"`
	Tx       common.Hash    `json:"tx"`
}

func runRollupRegister(c *cli.Context) error {
	log, err := cliapp.Logger(c)
	if err != nil {
		return err
	}
	req, err := readRegisterRequest(c)
	if err != nil {
		return err
	}
	output := c.String("output")
	if output != outputSend && output != outputCalldata {
		return fmt.Errorf("--output %q: want %s or %s", output, outputSend, outputCalldata)
	}
	var key *ecdsa.PrivateKey
	if output == outputSend {
		if c.String("ecdsa.keystore") == "" {
			return errors.New("--ecdsa.keystore is required to send (the registry owner's key); or print the transaction for the owner with --output calldata")
		}
		k, err := cliapp.ReadECDSAKeyConfig(c, rollupPrefix)
		if err != nil {
			return err
		}
		if key, err = k.LoadECDSA(); err != nil {
			return err
		}
	}
	l1, err := registryL1(c)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, c.Duration("timeout"))
	defer cancel()
	eth, err := dialRegistry(ctx, l1)
	if err != nil {
		return err
	}
	defer eth.Close()
	registry := l1.Addresses.CheckpointRegistry
	reg, err := checkpointregistry.NewCheckpointRegistryCaller(registry, eth)
	if err != nil {
		return err
	}
	tx, err := registerCalldata(registry, req)
	if err != nil {
		return err
	}
	governance, err := checkAdmissible(ctx, reg, req)
	if err != nil {
		return err
	}
	out := c.App.Writer
	if output == outputCalldata {
		return printCalldata(out, c.Bool("json"), tx, governance)
	}

	signer := crypto.PubkeyToAddress(key.PublicKey)
	if signer != governance {
		return notOwnerError(ctx, reg, signer, governance, tx)
	}
	m, err := txmgr.New(ctx, txmgr.DefaultConfig(), eth, key, log)
	if err != nil {
		return err
	}
	bound, err := checkpointregistry.NewCheckpointRegistryTransactor(registry, eth)
	if err != nil {
		return err
	}
	r, err := m.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return bound.RegisterRollup(o, req.ID, req.Owner, req.Metadata)
	})
	if re, ok := txmgr.AsRevert(err); ok {
		// The checks above raced with another transaction (the ID taken, ownership moved).
		return fmt.Errorf("register rollup %d refused by the registry: %s (run lockstep rollup status --id %d)", req.ID, re.Error(), req.ID)
	}
	if err != nil {
		return fmt.Errorf("register rollup %d: %w", req.ID, err)
	}
	done := registeredRollup{RollupID: req.ID, Owner: req.Owner, Metadata: req.Metadata, L1Block: r.BlockNumber.Uint64(), Tx: r.TxHash}
	if c.Bool("json") {
		return json.NewEncoder(out).Encode(done)
	}
	_, err = fmt.Fprintf(out, "registered rollup %d to owner %s in L1 block %d (tx %s)\n", done.RollupID, done.Owner, done.L1Block, done.Tx)
	return err
}

// checkAdmissible refuses what the registry would refuse, with what to do about it, and
// returns the registry's owner: the one account that can register.
func checkAdmissible(ctx context.Context, reg *checkpointregistry.CheckpointRegistryCaller, req registerRequest) (common.Address, error) {
	opts := &bind.CallOpts{Context: ctx}
	maxMeta, err := reg.MAXMETADATABYTES(opts)
	if err != nil {
		return common.Address{}, fmt.Errorf("read the registry's metadata limit: %w", err)
	}
	if n := len(req.Metadata); maxMeta.Cmp(big.NewInt(int64(n))) < 0 {
		return common.Address{}, fmt.Errorf("--metadata is %d bytes, the registry takes at most %s", n, maxMeta)
	}
	taken, err := reg.IsRollupRegistered(opts, req.ID)
	if err != nil {
		return common.Address{}, fmt.Errorf("read whether rollup %d is registered: %w", req.ID, err)
	}
	if taken {
		r, err := reg.GetRollup(opts, req.ID)
		if err != nil {
			return common.Address{}, fmt.Errorf("rollup %d is already registered (read it: %w)", req.ID, err)
		}
		return common.Address{}, fmt.Errorf("rollup %d is already registered, to owner %s since L1 block %d; only that owner (or governance) can deregister it", req.ID, r.Owner, r.RegisteredAt)
	}
	governance, err := reg.Owner(opts)
	if err != nil {
		return common.Address{}, fmt.Errorf("read the registry's owner: %w", err)
	}
	return governance, nil
}

// notOwnerError is the refusal of a signer that is not the registry's owner, carrying the
// transaction the owner can send instead.
func notOwnerError(ctx context.Context, reg *checkpointregistry.CheckpointRegistryCaller, signer, governance common.Address, tx calldataTx) error {
	hint := ""
	if pending, err := reg.PendingOwner(&bind.CallOpts{Context: ctx}); err == nil && pending == signer {
		hint = " (it is the pending owner: accept the ownership first with acceptOwnership())"
	}
	return fmt.Errorf("%s is not the registry's owner %s%s: admission goes through governance; send this calldata from the owner: %s",
		signer, governance, hint, tx)
}

func printCalldata(out io.Writer, asJSON bool, tx calldataTx, governance common.Address) error {
	if asJSON {
		return json.NewEncoder(out).Encode(tx)
	}
	_, err := fmt.Fprintf(out, "to     %s\ndata   %s\nvalue  %s\nsend it from the registry's owner %s (governance: its multisig or timelock)\n",
		tx.To, tx.Data, tx.Value, governance)
	return err
}

func rollupStatusCommand() *cli.Command {
	return &cli.Command{
		Name:      "status",
		Usage:     "show whether a rollup ID is registered, to whom, and how far its ordering is firm on L1",
		UsageText: "lockstep rollup status --id N (--deployment FILE | --l1.rpc URL --l1.checkpoint-registry ADDR) [--json]",
		Description: "Reads the CheckpointRegistry at the L1 head: whether the rollup is registered, its owner,\n" +
			"metadata and registration block, the registry's owner (who admits rollups), and the latest\n" +
			"checkpoint stored since the rollup's registration (its ordering is firm up to that\n" +
			"checkpoint's end height). An ID that is not registered is an answer, not an error.",
		Flags: append(registryFlags(),
			rollupIDFlag("the rollup ID to show (for an EVM rollup, its chain ID); required"),
			rollupJSONFlag(),
		),
		Action: runRollupStatus,
	}
}

// rollupStatus is what lockstep rollup status prints.
type rollupStatus struct {
	RollupID     uint64          `json:"rollupId"`
	Registered   bool            `json:"registered"`
	Owner        *common.Address `json:"owner,omitempty"`
	Metadata     string          `json:"metadata"`
	RegisteredAt uint64          `json:"registeredAt,omitempty"` // L1 block
	// LatestCheckpoint is the latest checkpoint stored since the registration, if any.
	LatestCheckpoint *statusCheckpoint `json:"latestCheckpoint,omitempty"`
	Registry         common.Address    `json:"registry"`
	Governance       common.Address    `json:"governance"` // the registry's owner
	L1Block          uint64            `json:"l1Block"`    // the head everything was read at
}

type statusCheckpoint struct {
	Number      uint64 `json:"number"`
	StartHeight uint64 `json:"startHeight"`
	EndHeight   uint64 `json:"endHeight"`
	L1Block     uint64 `json:"l1Block"`
}

func runRollupStatus(c *cli.Context) error {
	id, err := readRollupID(c)
	if err != nil {
		return err
	}
	l1, err := registryL1(c)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(c.Context, 30*time.Second)
	defer cancel()
	eth, err := dialRegistry(ctx, l1)
	if err != nil {
		return err
	}
	defer eth.Close()
	reg, err := checkpointregistry.NewCheckpointRegistryCaller(l1.Addresses.CheckpointRegistry, eth)
	if err != nil {
		return err
	}
	head, err := eth.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read L1 head: %w", err)
	}
	st, err := readRollupStatus(ctx, reg, id, head)
	if err != nil {
		return err
	}
	st.Registry = l1.Addresses.CheckpointRegistry
	return printRollupStatus(c.App.Writer, c.Bool("json"), st)
}

// rollupReader is what lockstep rollup status reads of the CheckpointRegistry;
// *checkpointregistry.CheckpointRegistryCaller implements it.
type rollupReader interface {
	Owner(opts *bind.CallOpts) (common.Address, error)
	IsRollupRegistered(opts *bind.CallOpts, rollupID uint64) (bool, error)
	GetRollup(opts *bind.CallOpts, rollupID uint64) (checkpointregistry.ICheckpointRegistryTypesRollup, error)
	LatestCheckpointNumber(opts *bind.CallOpts) (uint64, error)
	GetCheckpoint(opts *bind.CallOpts, number uint64) (checkpointregistry.ICheckpointRegistryTypesStoredCheckpoint, error)
}

// readRollupStatus reads rollup id's registration, and the latest checkpoint if it was stored
// since, all at L1 block head so they agree.
func readRollupStatus(ctx context.Context, reg rollupReader, id, head uint64) (rollupStatus, error) {
	opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(head)}
	st := rollupStatus{RollupID: id, L1Block: head}
	var err error
	if st.Governance, err = reg.Owner(opts); err != nil {
		return st, fmt.Errorf("read the registry's owner: %w", err)
	}
	if st.Registered, err = reg.IsRollupRegistered(opts, id); err != nil {
		return st, fmt.Errorf("read whether rollup %d is registered: %w", id, err)
	}
	if !st.Registered {
		return st, nil
	}
	r, err := reg.GetRollup(opts, id)
	if err != nil {
		return st, fmt.Errorf("read rollup %d: %w", id, err)
	}
	st.Owner, st.Metadata, st.RegisteredAt = &r.Owner, r.Metadata, r.RegisteredAt
	n, err := reg.LatestCheckpointNumber(opts)
	if err != nil {
		return st, fmt.Errorf("read the latest checkpoint number: %w", err)
	}
	if n == 0 {
		return st, nil
	}
	cp, err := reg.GetCheckpoint(opts, n)
	if err != nil {
		return st, fmt.Errorf("read checkpoint %d: %w", n, err)
	}
	// One stored before the registration says nothing about this rollup.
	if uint64(cp.L1Block) >= r.RegisteredAt {
		st.LatestCheckpoint = &statusCheckpoint{Number: n, StartHeight: cp.StartHeight, EndHeight: cp.EndHeight, L1Block: uint64(cp.L1Block)}
	}
	return st, nil
}

func printRollupStatus(out io.Writer, asJSON bool, st rollupStatus) error {
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	var err error
	p := func(format string, args ...any) {
		if err == nil {
			_, err = fmt.Fprintf(out, format, args...)
		}
	}
	if !st.Registered {
		p("rollup %d: not registered (rollups are admitted by the registry's owner %s: lockstep rollup register)\n", st.RollupID, st.Governance)
	} else {
		p("rollup %d: registered\n", st.RollupID)
		p("  owner          %s\n", st.Owner)
		p("  metadata       %q\n", st.Metadata)
		p("  registered at  L1 block %d\n", st.RegisteredAt)
		if cp := st.LatestCheckpoint; cp != nil {
			p("  firm up to     height %d (checkpoint %d, heights %d-%d, stored in L1 block %d)\n", cp.EndHeight, cp.Number, cp.StartHeight, cp.EndHeight, cp.L1Block)
		} else {
			p("  firm up to     no checkpoint stored since the registration yet\n")
		}
	}
	p("registry %s, owner (governance) %s, read at L1 block %d\n", st.Registry, st.Governance, st.L1Block)
	return err
}
