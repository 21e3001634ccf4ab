package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
)

const avsPrefix = "LOCKSTEP_AVS"

func avsEnv(name string) []string { return cliapp.EnvVar(avsPrefix, name) }

func avsCommand() *cli.Command {
	return &cli.Command{
		Name:  "avs",
		Usage: "deploy and administer Lockstep as an EigenLayer AVS",
		Subcommands: []*cli.Command{{
			Name:  "deploy",
			Usage: "deploy Lockstep as an AVS onto an existing EigenLayer core and write the deployment file",
			Description: "Deploys the EigenLayer middleware (registry coordinator, stake, BLS key, index and socket\n" +
				"registries, behind proxies of a new ProxyAdmin), LockstepServiceManager (the AVS address, which\n" +
				"pays operators through the RewardsCoordinator), the BLS signature checker, CheckpointRegistry,\n" +
				"EquivocationSlasher and ForcedInclusionInbox onto the EigenLayer core named by --core, and wires\n" +
				"the AVS: registrar, appointees, slasher roles, metadata URI and the slashable stake quorum over\n" +
				"the --strategy list.\n\n" +
				"--core is the core's deployment file in eigenlayer-contracts' shape ({\"addresses\": {\"allocationManager\",\n" +
				"\"delegationManager\", \"strategyManager\", \"avsDirectory\", \"rewardsCoordinator\", \"permissionController\", ...}}).\n" +
				"Every address it needs must have code on --l1.rpc. The look-ahead must be below the core's\n" +
				"DEALLOCATION_DELAY, read from its AllocationManager.\n\n" +
				"The deployer (--ecdsa.keystore) pays for and sends every transaction. With --owner, ownership ends with\n" +
				"that address: the ProxyAdmin and the registry coordinator at once; the service manager, the\n" +
				"CheckpointRegistry and the AVS admin role (PermissionController) once the owner accepts (the summary\n" +
				"lists the calls). Progress goes to stderr, the summary to stdout; --out gets the deployment file\n" +
				"(addresses and parameters, no keys), which operators and services read with --deployment.",
			Flags: append(cliapp.ECDSAKeyFlags(avsPrefix, "of the deployer (pays for and sends the deployment)", true),
				&cli.StringFlag{Name: "core", Usage: "EigenLayer core deployment file (eigenlayer-contracts' output shape)", Required: true, EnvVars: avsEnv("core")},
				&cli.StringFlag{Name: cliapp.L1RPCFlag, Aliases: []string{"l1-rpc"}, Usage: "L1 JSON-RPC URL (HTTP or WS)", Required: true, EnvVars: avsEnv(cliapp.L1RPCFlag)},
				&cli.StringSliceFlag{Name: "strategy", Usage: "strategy counted in the quorum's stake (repeat for several, e.g. the core's stETH and EIGEN strategies)", Required: true, EnvVars: avsEnv("strategy")},
				&cli.StringSliceFlag{Name: "strategy-multiplier", Usage: "weight of each --strategy's shares, in order (1e18 = 1x); one value applies to all; default 1e18", EnvVars: avsEnv("strategy-multiplier")},
				&cli.StringFlag{Name: "owner", Usage: "governance address that ends up owning the AVS (default: the deployer)", EnvVars: avsEnv("owner")},
				&cli.StringFlag{Name: "rewards-initiator", Usage: "address allowed to submit rewards through the service manager (default: the owner)", EnvVars: avsEnv("rewards-initiator")},
				&cli.StringFlag{Name: "metadata-uri", Required: true, Usage: "AVS metadata URI published through the AllocationManager (EigenLayer's AVS metadata JSON: name, website, logo); EigenLayer creates no operator set for an AVS without one", EnvVars: avsEnv("metadata-uri")},
				&cli.UintFlag{Name: "threshold-bips", Value: uint(deployment.DefaultThresholdBips), Usage: "share of the quorum's stake that must sign a checkpoint, in basis points (5000, 10000]", EnvVars: avsEnv("threshold-bips")},
				&cli.UintFlag{Name: "max-reference-age", Value: uint(deployment.DefaultMaxReferenceAge), Usage: "how many L1 blocks old a checkpoint's reference block may be", EnvVars: avsEnv("max-reference-age")},
				&cli.StringFlag{Name: "wad-to-slash", Value: deployment.DefaultWadToSlash.String(), Usage: "fraction of allocated magnitude slashed per equivocation (1e18 = 100%)", EnvVars: avsEnv("wad-to-slash")},
				&cli.UintFlag{Name: "max-operators", Value: uint(deployment.DefaultMaxOperatorCount), Usage: "most operators in the quorum", EnvVars: avsEnv("max-operators")},
				&cli.UintFlag{Name: "look-ahead", Usage: "slashable stake quorum look-ahead, in L1 blocks (below the core's DEALLOCATION_DELAY)", EnvVars: avsEnv("look-ahead")},
				&cli.UintFlag{Name: "forced-inclusion-delay", Value: uint(deployment.DefaultForcedInclusionDelay), Usage: "L1 blocks a forced inclusion entry may stay out of checkpoints", EnvVars: avsEnv("forced-inclusion-delay")},
				&cli.UintFlag{Name: "max-forced-per-checkpoint", Value: uint(deployment.DefaultMaxForcedPerCheckpoint), Usage: "forced entries that exempt a checkpoint from that delay", EnvVars: avsEnv("max-forced-per-checkpoint")},
				&cli.StringFlag{Name: "inbox-base-fee", Value: deployment.DefaultInboxBaseFee.String(), Usage: "forced inclusion fee with an empty queue, in wei", EnvVars: avsEnv("inbox-base-fee")},
				&cli.UintFlag{Name: "inbox-max-payload", Value: uint(deployment.DefaultInboxMaxPayloadBytes), Usage: "largest forced inclusion payload, in bytes", EnvVars: avsEnv("inbox-max-payload")},
				&cli.UintFlag{Name: "inbox-fee-doubling-queue", Value: uint(deployment.DefaultInboxFeeDoublingQueue), Usage: "pending forced entries that double the fee", EnvVars: avsEnv("inbox-fee-doubling-queue")},
				&cli.StringFlag{Name: "out", Value: "deployment.json", Usage: "where to write the deployment file (refuses to overwrite)", EnvVars: avsEnv("out")},
				&cli.DurationFlag{Name: "timeout", Value: 30 * time.Minute, Usage: "give up after this long", EnvVars: avsEnv("timeout")},
				cliapp.NewJSONFlag(avsPrefix),
			),
			Action: func(c *cli.Context) error {
				cfg, err := readAVSDeployConfig(c)
				if err != nil {
					return err
				}
				log, err := cliapp.Logger(c)
				if err != nil {
					return err
				}
				ctx, cancel := context.WithTimeout(c.Context, cfg.Timeout)
				defer cancel()
				return runAVSDeploy(ctx, cfg, log, c.App.Writer)
			},
		}},
	}
}

// avsDeployConfig is `avs deploy`'s configuration.
type avsDeployConfig struct {
	CorePath string
	RPCURL   string
	Deployer *ecdsa.PrivateKey
	AVS      deployment.AVSConfig
	Out      string
	Timeout  time.Duration
	JSON     bool
}

// Check reports the first invalid field.
func (c *avsDeployConfig) Check() error {
	switch {
	case c.CorePath == "":
		return errors.New("--core is required")
	case c.RPCURL == "":
		return fmt.Errorf("--%s is required", cliapp.L1RPCFlag)
	case c.Out == "":
		return errors.New("--out is empty")
	case c.Timeout <= 0:
		return errors.New("--timeout must be positive")
	}
	if _, err := os.Stat(c.Out); err == nil {
		return fmt.Errorf("--out %s exists; refusing to overwrite a deployment file", c.Out)
	}
	return nil
}

func readAVSDeployConfig(c *cli.Context) (avsDeployConfig, error) {
	cfg := avsDeployConfig{
		CorePath: c.String("core"),
		RPCURL:   c.String(cliapp.L1RPCFlag),
		Out:      c.String("out"),
		Timeout:  c.Duration("timeout"),
		JSON:     c.Bool("json"),
	}
	if err := cfg.Check(); err != nil {
		return cfg, err
	}
	addr := func(flag string) (common.Address, error) {
		s := c.String(flag)
		if s == "" {
			return common.Address{}, nil
		}
		if !common.IsHexAddress(s) {
			return common.Address{}, fmt.Errorf("--%s %q is not an address", flag, s)
		}
		return common.HexToAddress(s), nil
	}
	num := func(flag string) (*big.Int, error) {
		v, ok := parseAmount(c.String(flag))
		if !ok {
			return nil, fmt.Errorf("--%s %q is not a number", flag, c.String(flag))
		}
		return v, nil
	}
	small := func(flag string, max uint64) (uint64, error) {
		v := uint64(c.Uint(flag))
		if v > max {
			return 0, fmt.Errorf("--%s %d above %d", flag, v, max)
		}
		return v, nil
	}
	a := &cfg.AVS
	var err error
	if a.Owner, err = addr("owner"); err != nil {
		return cfg, err
	}
	if a.RewardsInitiator, err = addr("rewards-initiator"); err != nil {
		return cfg, err
	}
	strategies, multipliers := c.StringSlice("strategy"), c.StringSlice("strategy-multiplier")
	if len(multipliers) > 1 && len(multipliers) != len(strategies) {
		return cfg, fmt.Errorf("--strategy-multiplier given %d times for %d strategies (give one for all, or one each)", len(multipliers), len(strategies))
	}
	for i, s := range strategies {
		if !common.IsHexAddress(s) {
			return cfg, fmt.Errorf("--strategy %q is not an address", s)
		}
		qs := deployment.QuorumStrategy{Strategy: common.HexToAddress(s)}
		if len(multipliers) > 0 {
			m := multipliers[0]
			if len(multipliers) > 1 {
				m = multipliers[i]
			}
			v, ok := parseAmount(m)
			if !ok {
				return cfg, fmt.Errorf("--strategy-multiplier %q is not a number", m)
			}
			qs.Multiplier = (*hexutil.Big)(v)
		}
		a.Strategies = append(a.Strategies, qs)
	}
	a.MetadataURI = c.String("metadata-uri")
	var v uint64
	if v, err = small("threshold-bips", 10000); err != nil {
		return cfg, err
	}
	a.ThresholdBips = uint16(v)
	if v, err = small("max-reference-age", 1<<32-1); err != nil {
		return cfg, err
	}
	a.MaxReferenceAge = uint32(v)
	if v, err = small("max-operators", 1<<32-1); err != nil {
		return cfg, err
	}
	a.MaxOperatorCount = uint32(v)
	if v, err = small("look-ahead", 1<<32-1); err != nil {
		return cfg, err
	}
	a.LookAheadBlocks = uint32(v)
	if v, err = small("forced-inclusion-delay", 1<<32-1); err != nil {
		return cfg, err
	}
	a.ForcedInclusionDelay = uint32(v)
	if v, err = small("max-forced-per-checkpoint", 1<<16-1); err != nil {
		return cfg, err
	}
	a.MaxForcedPerCheckpoint = uint16(v)
	if v, err = small("inbox-max-payload", 1<<32-1); err != nil {
		return cfg, err
	}
	a.InboxMaxPayloadBytes = uint32(v)
	if v, err = small("inbox-fee-doubling-queue", 1<<32-1); err != nil {
		return cfg, err
	}
	a.InboxFeeDoublingQueue = uint32(v)
	if a.WadToSlash, err = num("wad-to-slash"); err != nil {
		return cfg, err
	}
	if a.InboxBaseFee, err = num("inbox-base-fee"); err != nil {
		return cfg, err
	}
	key, err := cliapp.ReadECDSAKeyConfig(c, avsPrefix)
	if err != nil {
		return cfg, err
	}
	if cfg.Deployer, err = key.LoadECDSA(); err != nil {
		return cfg, err
	}
	a.Deployer = cfg.Deployer
	return cfg, nil
}

// parseAmount reads an integer in decimal, hex (0x) or exponent form (1e18).
func parseAmount(s string) (*big.Int, bool) {
	if v, ok := new(big.Int).SetString(s, 0); ok {
		return v, true
	}
	f, _, err := big.ParseFloat(s, 10, 256, big.ToZero)
	if err != nil || !f.IsInt() {
		return nil, false
	}
	v, _ := f.Int(nil)
	return v, true
}

// avsDeploySummary is what `avs deploy` prints.
type avsDeploySummary struct {
	Out        string                      `json:"out"`
	ChainID    uint64                      `json:"chainId"`
	Deployer   common.Address              `json:"deployer"`
	Owner      common.Address              `json:"owner"`
	Contracts  deployment.Contracts        `json:"contracts"`
	Params     deployment.Params           `json:"params"`
	Strategies []deployment.QuorumStrategy `json:"strategies"`
	Handover   *deployment.Handover        `json:"handover,omitempty"`
}

// runAVSDeploy reads the core, deploys the AVS onto it and writes the deployment file.
func runAVSDeploy(ctx context.Context, cfg avsDeployConfig, log *slog.Logger, stdout io.Writer) error {
	core, err := deployment.ReadCore(cfg.CorePath)
	if err != nil {
		return err
	}
	eth, err := ethclient.DialContext(ctx, cfg.RPCURL)
	if err != nil {
		return fmt.Errorf("dial L1 %s: %w", cfg.RPCURL, err)
	}
	defer eth.Close()
	cfg.AVS.Logger = log
	log.Info("deploying the AVS", "core", cfg.CorePath, "strategies", len(cfg.AVS.Strategies))
	d, err := deployment.DeployAVS(ctx, eth, core, cfg.AVS)
	if err != nil {
		return fmt.Errorf("deploy the AVS: %w", err)
	}
	d.RPCURL = cfg.RPCURL
	// The file may have appeared while deploying; a deployment is never written over another.
	if _, err := os.Stat(cfg.Out); err == nil {
		return fmt.Errorf("deployed, but %s appeared meanwhile; not overwriting it (service manager %s, registry %s)", cfg.Out, d.Contracts.ServiceManager, d.Contracts.CheckpointRegistry)
	}
	if err := d.WriteJSON(cfg.Out); err != nil {
		return err
	}
	sum := avsDeploySummary{Out: cfg.Out, ChainID: d.ChainID, Deployer: d.Deployer, Owner: d.Owner, Contracts: d.Contracts, Params: d.Params, Strategies: d.Strategies, Handover: d.Handover}
	if cfg.JSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(sum)
	}
	c := d.Contracts
	fmt.Fprintf(stdout, "Lockstep AVS deployed on chain %d; deployment file: %s\n", d.ChainID, cfg.Out)
	fmt.Fprintf(stdout, "  service manager (AVS)   %s\n", c.ServiceManager)
	fmt.Fprintf(stdout, "  registry coordinator    %s\n", c.RegistryCoordinator)
	fmt.Fprintf(stdout, "  checkpoint registry     %s\n", c.CheckpointRegistry)
	fmt.Fprintf(stdout, "  equivocation slasher    %s\n", c.EquivocationSlasher)
	fmt.Fprintf(stdout, "  forced inclusion inbox  %s\n", c.ForcedInclusionInbox)
	fmt.Fprintf(stdout, "  signature checker       %s\n", c.SignatureChecker)
	fmt.Fprintf(stdout, "  operator set            %d (quorum %d) over %d strategies\n", d.Params.OperatorSetID, deployment.QuorumNumber, len(d.Strategies))
	fmt.Fprintf(stdout, "  owner                   %s\n", d.Owner)
	if h := d.Handover; h != nil {
		fmt.Fprintf(stdout, "The owner must still accept, from %s:\n", d.Owner)
		fmt.Fprintf(stdout, "  %s.acceptOwnership()   (LockstepServiceManager)\n", h.ServiceManager)
		fmt.Fprintf(stdout, "  %s.acceptOwnership()   (CheckpointRegistry)\n", h.CheckpointRegistry)
		fmt.Fprintf(stdout, "  %s.acceptAdmin(%s)   (PermissionController)\n", h.PermissionController, h.ServiceManager)
	}
	return nil
}
