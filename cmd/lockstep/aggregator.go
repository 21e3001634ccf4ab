package main

import (
	"context"
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/aggregator"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
)

const aggPrefix = "LOCKSTEP_AGGREGATOR"

// defaultAggregatorConfirmations is `aggregator run`'s --confirmations: a checkpoint
// submission counts as done with this many L1 blocks on top, so a reorg of the last blocks does
// not drop one the aggregator has moved past. aggregator.DefaultConfig keeps 0 for in-process
// use on a devnet; the devnet passes --confirmations 0 to the process.
const defaultAggregatorConfirmations = 2

// aggregatorFlags are `aggregator run`'s flags; their defaults are aggregator.DefaultConfig's.
// Earlier spellings are aliases, with their environment variables: --listen, --metrics,
// --data-dir, --poll-interval, --max-request-bytes, --rate-limit, --rate-burst.
func aggregatorFlags() []cli.Flag {
	d := aggregator.DefaultConfig()
	env := func(name string) []string { return cliapp.EnvVar(aggPrefix, name) }
	aliasEnv := func(name string, aliases ...string) []string { return cliapp.AliasEnvVars(aggPrefix, name, aliases...) }
	return append(append(cliapp.L1Flags(aggPrefix), cliapp.ECDSAKeyFlags(aggPrefix, "that submits checkpoints and proofs of equivocation (pays their gas)", false)...),
		cliapp.NewAPIAddrFlag(aggPrefix, d.ListenAddr, "JSON-RPC (HTTP) listen address where operators send their checkpoint signatures", "listen"),
		cliapp.MetricsAddrFlag(aggPrefix, d.MetricsAddr, "metrics"),
		cliapp.PprofAddrFlag(aggPrefix),
		cliapp.NewHomeFlag(aggPrefix, ".lockstep-aggregator", "data folder: the durable progress log (pending checkpoints, collected signatures)", "data-dir"),
		&cli.StringFlag{Name: "evidence-dir", Usage: "folder for equivocation evidence files (default <home>/evidence)", EnvVars: env("evidence-dir")},
		&cli.Uint64Flag{Name: "reference-lag", Value: d.ReferenceLag, Usage: "reference block = L1 head minus this many blocks (never below the registry's minReferenceBlock)", EnvVars: env("reference-lag")},
		cliapp.NewConfirmationsFlag(aggPrefix, defaultAggregatorConfirmations, "L1 blocks on top of a submission before it counts as done (a devnet passes 0)"),
		&cli.IntFlag{Name: "max-in-flight", Value: d.TxMgr.MaxInFlight, Usage: "checkpoint submissions that may wait for L1 blocks at once, so several can land in one block (1: one at a time)", EnvVars: env("max-in-flight")},
		&cli.DurationFlag{Name: "resubmit-timeout", Value: d.TxMgr.ResubmitTimeout, Usage: "re-send an L1 transaction with bumped fees if not mined within this", EnvVars: env("resubmit-timeout")},
		&cli.DurationFlag{Name: "linger", Value: d.Linger, Usage: "after the threshold is reached, wait up to this long for the other operators' signatures (each missing one costs ~14k L1 gas); 0 submits at once", EnvVars: env("linger")},
		cliapp.NewL1PollFlag(aggPrefix, d.PollInterval, "how often L1 progress (head, stored checkpoints, the operator set) is read", "poll-interval"),
		&cli.IntFlag{Name: "api.max-request-bytes", Aliases: []string{"max-request-bytes"}, Value: d.MaxRequestBytes, Usage: "largest JSON-RPC request body accepted", EnvVars: aliasEnv("api.max-request-bytes", "max-request-bytes")},
		&cli.Float64Flag{Name: "api.rate", Aliases: []string{"rate-limit"}, Value: d.RatePerSecond, Usage: "JSON-RPC requests per second per client IP (0: unlimited)", EnvVars: aliasEnv("api.rate", "rate-limit")},
		&cli.IntFlag{Name: "api.burst", Aliases: []string{"rate-burst"}, Value: d.RateBurst, Usage: "JSON-RPC request burst per client IP", EnvVars: aliasEnv("api.burst", "rate-burst")},
	)
}

func aggregatorCommand() *cli.Command {
	return &cli.Command{
		Name:  "aggregator",
		Usage: "collect operators' checkpoint signatures, settle checkpoints on L1, prove equivocations",
		Subcommands: []*cli.Command{cliapp.WithConfigFile(&cli.Command{
			Name:  "run",
			Usage: "run the aggregator until Ctrl-C",
			Description: "Serves aggregator_submitSignature and aggregator_status over JSON-RPC (HTTP). Each signature is\n" +
				"checked against the operator's registered BLS key (in bulk, one pairing per checkpoint, with\n" +
				"bisection to refuse bad ones); once the signers hold the registry's threshold of stake at a\n" +
				"recent L1 reference block, the checkpoint is submitted to CheckpointRegistry, strictly in\n" +
				"order. Two valid signatures by one operator over different checkpoints with the same number\n" +
				"are written to --evidence-dir and proven to EquivocationSlasher. Every acknowledged signature\n" +
				"is fsynced to --home first, so a restart resumes without skipping a checkpoint.",
			Flags:  aggregatorFlags(),
			Action: cliapp.LifecycleCmd(runAggregator),
		}, aggPrefix)},
	}
}

// aggregatorSetup is what `aggregator run`'s flags resolve to before L1 is dialled.
type aggregatorSetup struct {
	Config aggregator.Config
	L1     cliapp.L1
	Key    cliapp.KeyConfig
	Pprof  string
}

// aggregatorFields name the flags behind aggregator.Config's fields in its Check errors.
var aggregatorFields = map[string]string{
	"ListenAddr": "--api.addr", "DataDir": "--home", "MaxRequestBytes": "--api.max-request-bytes", "RatePerSecond": "--api.rate",
	"RateBurst": "--api.burst", "PollInterval": "--l1.poll", "TxMgr.MaxInFlight": "--max-in-flight", "ResubmitTimeout": "--resubmit-timeout",
	"ChainID": "--deployment chainId", "avs addresses": "--deployment contracts",
}

// readAggregatorSetup builds the aggregator's configuration from the flags.
func readAggregatorSetup(c *cli.Context) (aggregatorSetup, error) {
	var s aggregatorSetup
	l1cfg, err := cliapp.ReadL1Config(c)
	if err != nil {
		return s, err
	}
	if l1cfg.Deployment == "" {
		return s, fmt.Errorf("--%s is required (a deployment JSON with the contract addresses)", cliapp.DeploymentFlag)
	}
	if s.L1, err = l1cfg.Resolve(); err != nil {
		return s, err
	}
	if s.Key, err = cliapp.ReadECDSAKeyConfig(c, aggPrefix); err != nil {
		return s, err
	}
	if s.Pprof = c.String(cliapp.PprofFlag); cliapp.CheckAddr(cliapp.PprofFlag, s.Pprof) != nil {
		return s, cliapp.CheckAddr(cliapp.PprofFlag, s.Pprof)
	}
	cfg := aggregator.DefaultConfig()
	cfg.ListenAddr, cfg.MetricsAddr = c.String(cliapp.APIAddrFlag), c.String(cliapp.MetricsFlag)
	cfg.DataDir, cfg.EvidenceDir = c.String(cliapp.HomeFlag), c.String("evidence-dir")
	cfg.ChainID, cfg.Addresses = s.L1.ChainID, s.L1.Addresses
	cfg.ReferenceLag, cfg.Linger, cfg.PollInterval = c.Uint64("reference-lag"), c.Duration("linger"), c.Duration(cliapp.L1PollFlag)
	cfg.MaxRequestBytes, cfg.RatePerSecond, cfg.RateBurst = c.Int("api.max-request-bytes"), c.Float64("api.rate"), c.Int("api.burst")
	cfg.TxMgr.Confirmations, cfg.TxMgr.ResubmitTimeout, cfg.TxMgr.MaxInFlight = c.Uint64(cliapp.ConfirmationsFlag), c.Duration("resubmit-timeout"), c.Int("max-in-flight")
	s.Config = cfg
	if err := cliapp.CheckAddr(cliapp.MetricsFlag, cfg.MetricsAddr); err != nil {
		return s, err
	}
	if cfg.ChainID == 0 {
		return s, nil // the deployment has no chain ID: L1's, once dialled
	}
	return s, cliapp.NameFlags(cfg.Check(), aggregatorFields)
}

func runAggregator(c *cli.Context, fail context.CancelCauseFunc) (cliapp.Lifecycle, error) {
	log, err := cliapp.Logger(c)
	if err != nil {
		return nil, err
	}
	s, err := readAggregatorSetup(c)
	if err != nil {
		return nil, err
	}
	key, err := s.Key.LoadECDSA()
	if err != nil {
		return nil, err
	}
	client, err := s.L1.Dial(c.Context)
	if err != nil {
		return nil, err
	}
	s.Config.ChainID, s.Config.OnFatal = s.L1.ChainID, func(err error) { fail(err) }
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	svc, err := aggregator.New(c.Context, s.Config, client, key, log, reg)
	if err != nil {
		client.Close()
		return nil, cliapp.NameFlags(err, aggregatorFields)
	}
	// Tests and scripts read the bound address from this line.
	announce := func(context.Context) error {
		fmt.Printf("aggregator listening on http://%s submitter %s\n", svc.Addr(), svc.Submitter())
		return nil
	}
	l1 := cliapp.Func(nil, func(context.Context) error { client.Close(); return nil })
	return cliapp.WithPprof(cliapp.NewGroup(l1, svc, cliapp.Func(announce, nil)), s.Pprof, log, func(err error) { fail(err) }), nil
}
