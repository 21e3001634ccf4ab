package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
	"github.com/lockstep-xyz/lockstep/internal/gctune"
	"github.com/lockstep-xyz/lockstep/operator/node"
)

const operatorPrefix = "LOCKSTEP_OPERATOR"

func operatorEnv(name string) []string { return cliapp.EnvVar(operatorPrefix, name) }

func homeFlag() cli.Flag {
	return cliapp.NewHomeFlag(operatorPrefix, ".lockstep-operator", "node home folder: CometBFT config/ (keys, genesis) and data/ (chain, Lockstep store, signing record)")
}

// operatorL1 reads and resolves the L1 group; the operator's commands read every contract.
func operatorL1(c *cli.Context) (cliapp.L1, error) {
	cfg, err := cliapp.ReadL1Config(c)
	if err != nil {
		return cliapp.L1{}, err
	}
	l1, err := cfg.Resolve()
	if err != nil {
		return l1, err
	}
	return l1, l1.RequireAll()
}

func operatorCommand() *cli.Command {
	return &cli.Command{
		Name:  "operator",
		Usage: "run and set up a Lockstep operator node (CometBFT consensus + sequencing app + API)",
		Description: "Joining a network: 1) `operator init` makes the node's keys and prints the socket string\n" +
			"to publish on L1 when registering with the AVS; 2) once every genesis operator is registered,\n" +
			"`operator genesis` builds the same genesis on every node from L1 at an agreed block;\n" +
			"3) `operator run` starts the node. Every flag can also be set with the environment variable\n" +
			"shown, or (operator run) in a YAML --config file keyed by flag name.",
		Subcommands: []*cli.Command{operatorInitCommand(), operatorGenesisCommand(), operatorRunCommand(), operatorRegisterCommand(), operatorUpdateSocketCommand(), operatorDeregisterCommand(), operatorStatusCommand()},
	}
}

func operatorInitCommand() *cli.Command {
	return &cli.Command{
		Name:  "init",
		Usage: "create the node's home, CometBFT node key and consensus key; print the socket string to register on L1",
		Description: "Keys that exist are kept, so init is safe to re-run. The socket string carries the node ID,\n" +
			"the consensus public key, the p2p address peers dial and the API URL; pass it as the socket\n" +
			"when registering the operator with the AVS.",
		Flags: []cli.Flag{
			homeFlag(),
			&cli.StringFlag{Name: "p2p.external", Usage: "host:port other operators dial for p2p (published in the socket)", Required: true, EnvVars: operatorEnv("p2p.external")},
			&cli.StringFlag{Name: "api.url", Usage: "public URL of this node's JSON-RPC API (published in the socket; may be empty)", EnvVars: operatorEnv("api.url")},
			cliapp.NewJSONFlag(operatorPrefix),
		},
		Action: func(c *cli.Context) error {
			id, err := node.InitHome(c.String(cliapp.HomeFlag))
			if err != nil {
				return err
			}
			s, err := id.Socket(c.String("p2p.external"), c.String("api.url"))
			if err != nil {
				return err
			}
			if c.Bool(cliapp.JSONFlag) {
				return printJSON(struct {
					Home   string `json:"home"`
					Socket string `json:"socket"`
				}{c.String(cliapp.HomeFlag), s})
			}
			fmt.Println(s)
			return nil
		},
	}
}

func operatorGenesisCommand() *cli.Command {
	return &cli.Command{
		Name:  "genesis",
		Usage: "build the genesis from L1: validators are the AVS quorum's operators at --l1.block",
		Description: "Reads the operators registered at the reference block (stake and socket) and the registered\n" +
			"rollups, and writes config/genesis.json. Every operator running it with the same flags gets a\n" +
			"byte-identical genesis (its time is the reference block's timestamp). Operators whose socket\n" +
			"is not a Lockstep socket are left out.",
		Flags: append(cliapp.L1Flags(operatorPrefix), homeFlag(),
			&cli.Uint64Flag{Name: "l1.block", Usage: "agreed L1 reference block; 0 means the head minus one (print it and share it)", EnvVars: operatorEnv("l1.block")},
			&cli.Uint64Flag{Name: "checkpoint-interval", Value: 100, Usage: "K: a checkpoint every K heights", EnvVars: operatorEnv("checkpoint-interval")},
			&cli.StringFlag{Name: "chain-id", Usage: "CometBFT chain ID (default lockstep-<l1 chain id>-<l1 block>)", EnvVars: operatorEnv("chain-id")},
			&cli.Int64Flag{Name: "block.max-bytes", Value: 4 << 20, Usage: "consensus limit on block size in bytes", EnvVars: operatorEnv("block.max-bytes")},
		),
		Action: runOperatorGenesis,
	}
}

func runOperatorGenesis(c *cli.Context) error {
	log, err := cliapp.Logger(c)
	if err != nil {
		return err
	}
	l1, err := operatorL1(c)
	if err != nil {
		return err
	}
	contracts := l1.Addresses
	ctx, eth, closeL1, err := dialL1(c, &l1, time.Minute)
	if err != nil {
		return err
	}
	defer closeL1()
	block, blockTime, err := genesisBlock(ctx, eth, c.Uint64("l1.block"))
	if err != nil {
		return err
	}
	avsReader, err := avs.NewReader(eth, contracts)
	if err != nil {
		return err
	}
	doc, err := node.BuildGenesis(ctx, avsReader, node.GenesisParams{
		ChainID: c.String("chain-id"), L1ChainID: l1.ChainID, Registry: contracts.CheckpointRegistry,
		ReferenceBlock: block, BlockTime: blockTime, CheckpointInterval: c.Uint64("checkpoint-interval"),
		MaxBlockBytes: c.Int64("block.max-bytes"),
	}, log)
	if err != nil {
		return err
	}
	if err := node.WriteGenesis(c.String("home"), doc); err != nil {
		return err
	}
	log.Info("genesis written", "path", node.GenesisPath(c.String("home")), "chainID", doc.ChainID, "l1Block", block, "validators", len(doc.Validators))
	return nil
}

// genesisBlock is the agreed L1 reference block (0: the head minus one) and its timestamp,
// which is the genesis time.
func genesisBlock(ctx context.Context, eth *ethclient.Client, block uint64) (uint64, time.Time, error) {
	if block == 0 {
		head, err := eth.BlockNumber(ctx)
		if err != nil {
			return 0, time.Time{}, fmt.Errorf("read L1 head: %w", err)
		}
		block = head - 1
	}
	hdr, err := eth.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("read L1 block %d: %w", block, err)
	}
	return block, time.Unix(int64(hdr.Time), 0), nil
}

func operatorRunCommand() *cli.Command {
	d := node.DefaultConfig("")
	return cliapp.WithConfigFile(&cli.Command{
		Name:  "run",
		Usage: "run the operator node until interrupted",
		Description: "Starts CometBFT in-process with the Lockstep application, the JSON-RPC/WebSocket API\n" +
			"(eth_sendRawTransaction, lockstep_*), checkpoint signing (with --bls.keystore) and, with\n" +
			"--metrics.addr, Prometheus metrics and the EigenLayer node API. Peers are the other genesis\n" +
			"validators, from their L1 socket strings. Consensus timings default to low latency on a LAN.",
		Flags: slices.Concat(cliapp.L1Flags(operatorPrefix), cliapp.BLSKeyFlags(operatorPrefix, "that signs checkpoints (no signing without one)", false), []cli.Flag{homeFlag(), cliapp.PprofAddrFlag(operatorPrefix),
			&cli.StringFlag{Name: "moniker", Value: d.Moniker, Usage: "node name shown to peers", EnvVars: operatorEnv("moniker")},
			&cli.StringFlag{Name: "p2p.laddr", Value: d.P2PListen, Usage: "CometBFT p2p listen address host:port", EnvVars: operatorEnv("p2p.laddr")},
			&cli.StringFlag{Name: "p2p.external", Usage: "p2p address advertised to peers (host:port)", EnvVars: operatorEnv("p2p.external")},
			&cli.StringSliceFlag{Name: "p2p.peers", Usage: "persistent peers id@host:port (default: the other genesis validators from their sockets)", EnvVars: operatorEnv("p2p.peers")},
			&cli.Int64Flag{Name: "p2p.send-rate", Value: d.P2PSendRate, Usage: "most bytes per second sent on each peer connection (CometBFT send_rate)", EnvVars: operatorEnv("p2p.send-rate")},
			&cli.Int64Flag{Name: "p2p.recv-rate", Value: d.P2PRecvRate, Usage: "most bytes per second received on each peer connection (CometBFT recv_rate)", EnvVars: operatorEnv("p2p.recv-rate")},
			&cli.StringFlag{Name: "comet.rpc", Usage: "CometBFT's own RPC listen address, e.g. tcp://127.0.0.1:26657 (off when empty)", EnvVars: operatorEnv("comet.rpc")},
			cliapp.NewAPIAddrFlag(operatorPrefix, d.API.Addr, "JSON-RPC/WebSocket API listen address (users and rollup nodes; put a reverse proxy in front)"),
			&cli.IntFlag{Name: "api.max-request-bytes", Value: d.API.MaxRequestBytes, Usage: "largest HTTP request body / WebSocket message", EnvVars: operatorEnv("api.max-request-bytes")},
			&cli.Float64Flag{Name: "api.rate", Value: d.API.RatePerSecond, Usage: "requests per second per client IP (0: unlimited)", EnvVars: operatorEnv("api.rate")},
			&cli.IntFlag{Name: "api.burst", Value: d.API.Burst, Usage: "request burst per client IP", EnvVars: operatorEnv("api.burst")},
			&cli.DurationFlag{Name: "api.gather-window", Value: d.Gather.Window, Usage: "how long a single transaction waits for others of its rollup to share one consensus transaction (0: each goes alone)", EnvVars: operatorEnv("api.gather-window")},
			&cli.IntFlag{Name: "api.gather-max-txs", Value: d.Gather.MaxTxs, Usage: "most transactions gathered into one consensus transaction", EnvVars: operatorEnv("api.gather-max-txs")},
			&cli.IntFlag{Name: "api.gather-max-bytes", Value: d.Gather.MaxBytes, Usage: "largest consensus transaction gathered (encoded bytes)", EnvVars: operatorEnv("api.gather-max-bytes")},
			&cli.IntFlag{Name: "api.gather-max-pending-bytes", Value: d.Gather.MaxPendingBytes, Usage: "most bytes gathered and not yet answered; beyond it submissions get a retryable busy error", EnvVars: operatorEnv("api.gather-max-pending-bytes")},
			&cli.IntFlag{Name: "api.ref-min-bytes", Value: d.RefMinBytes, Usage: "order accepted transactions of at least this many bytes (rollup batches) by reference: their bytes go straight to the other operators and blocks carry a 37-byte reference, so blocks and their gossip stay small whatever the batches weigh (0: every transaction goes into blocks whole). Every node serves referenced bytes to its peers whatever this says", EnvVars: operatorEnv("api.ref-min-bytes")},
			&cli.BoolFlag{Name: "journal.fsync", Value: d.Journal.Fsync, Usage: "sync each write of the journal of accepted transactions to disk before answering, so they survive a power loss or kernel crash of this machine too (without it a write is with the operating system before the answer, which any crash or kill of the node survives, and the disk is synced every --journal.sync-interval)", EnvVars: operatorEnv("journal.fsync")},
			&cli.DurationFlag{Name: "journal.sync-interval", Value: d.Journal.SyncEvery, Usage: "how often the journal is synced to disk without --journal.fsync: what a power loss of this machine can take from accepted transactions not yet in a block (0: left to the operating system)", EnvVars: operatorEnv("journal.sync-interval")},
			cliapp.MetricsAddrFlag(operatorPrefix, d.MetricsAddr),
			&cli.StringFlag{Name: "consensus.profile", Value: node.ProfileLAN, Usage: "consensus timings for where the operators run: " + strings.Join(node.ConsensusProfiles, " or ") +
				" (docs/operator.md); --consensus.* and --p2p.flush-throttle override its values", EnvVars: operatorEnv("consensus.profile")},
			&cli.DurationFlag{Name: "consensus.timeout-propose", DefaultText: profileDefault, Usage: "CometBFT timeout_propose " + profileDefaults(func(c node.ConsensusConfig) time.Duration { return c.TimeoutPropose }), EnvVars: operatorEnv("consensus.timeout-propose")},
			&cli.DurationFlag{Name: "consensus.timeout-commit", DefaultText: profileDefault, Usage: "CometBFT timeout_commit, skip_timeout_commit on " + profileDefaults(func(c node.ConsensusConfig) time.Duration { return c.TimeoutCommit }), EnvVars: operatorEnv("consensus.timeout-commit")},
			&cli.DurationFlag{Name: "consensus.gossip-sleep", DefaultText: profileDefault, Usage: "CometBFT peer_gossip_sleep_duration, latency vs. throughput " + profileDefaults(func(c node.ConsensusConfig) time.Duration { return c.PeerGossipSleep }), EnvVars: operatorEnv("consensus.gossip-sleep")},
			&cli.DurationFlag{Name: "p2p.flush-throttle", DefaultText: profileDefault, Usage: "CometBFT flush_throttle_timeout, latency vs. throughput " + profileDefaults(func(c node.ConsensusConfig) time.Duration { return c.FlushThrottle }), EnvVars: operatorEnv("p2p.flush-throttle")},
			&cli.DurationFlag{Name: "consensus.empty-block-interval", DefaultText: profileDefault, Usage: "wait this long for transactions before making an empty block " + profileDefaults(func(c node.ConsensusConfig) time.Duration { return c.EmptyBlockInterval }), EnvVars: operatorEnv("consensus.empty-block-interval")},
			&cli.IntFlag{Name: "mempool.size", Value: d.Mempool.Size, Usage: "most transactions in the mempool; beyond it submissions get a retryable busy error", EnvVars: operatorEnv("mempool.size")},
			&cli.Int64Flag{Name: "mempool.max-bytes", Value: d.Mempool.MaxBytes, Usage: "most bytes in the mempool (gossiped ones too); beyond it submissions get a retryable busy error. The default is four full blocks: more would only queue behind what consensus can order", EnvVars: operatorEnv("mempool.max-bytes")},
			&cli.IntFlag{Name: "tx.max-bytes", Usage: "largest transaction admitted (0: the format's limit, 256 KiB)", EnvVars: operatorEnv("tx.max-bytes")},
			&cli.Int64Flag{Name: "block.max-tx-bytes", Value: d.App.MaxBlockTxBytes, Usage: "most transaction bytes this node puts in a block it proposes", EnvVars: operatorEnv("block.max-tx-bytes")},
			&cli.DurationFlag{Name: "rollups.refresh", Value: d.RollupsRefresh, Usage: "how often to re-read the registered rollups from L1", EnvVars: operatorEnv("rollups.refresh")},
			&cli.DurationFlag{Name: "validators.sync-interval", Value: d.ValidatorSync, Usage: "how often to read the AVS operator set from L1 and, when proposing, propose it as the new validator set (0: keep the genesis set)", EnvVars: operatorEnv("validators.sync-interval")},
			&cli.Uint64Flag{Name: "validators.confirmations", Value: d.ValidatorConfirmations, Usage: "read the operator set this many blocks behind the L1 head", EnvVars: operatorEnv("validators.confirmations")},
			cliapp.NewL1PollFlag(operatorPrefix, d.L1Poll, "how often to read the L1 head for block origins and the forced-inclusion inbox (0: never; then this node rejects blocks that record one)"),
			&cli.Uint64Flag{Name: "l1.origin-lag", Value: d.L1OriginLag, Usage: "record as a proposed block's L1 origin the block this many behind the head, so other validators have seen it", EnvVars: operatorEnv("l1.origin-lag")},
			&cli.StringSliceFlag{Name: "aggregator.url", Usage: "aggregator JSON-RPC URL to send checkpoint signatures to (repeatable)", EnvVars: operatorEnv("aggregator.url")},
			&cli.StringFlag{Name: "log.cometbft-level", Value: "warn", Usage: "minimum level of CometBFT's own logs (its info is logged as debug)", EnvVars: operatorEnv("log.cometbft-level")},
		}, faultFlags()),
		Action: cliapp.LifecycleCmd(runOperator),
	}, operatorPrefix)
}

// profileDefault is the default shown for a timing that --consensus.profile sets.
const profileDefault = "from --consensus.profile"

// profileDefaults names each consensus profile's value of a timing, for a flag's usage.
func profileDefaults(of func(node.ConsensusConfig) time.Duration) string {
	var parts []string
	for _, name := range node.ConsensusProfiles {
		p, err := node.ConsensusProfile(name)
		if err != nil {
			panic(err) // the profiles listed are the profiles known
		}
		parts = append(parts, fmt.Sprintf("%s %s", name, of(p)))
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// readConsensus is --consensus.profile's timings with every --consensus.* (and
// --p2p.flush-throttle) flag given, in the environment or the config file, in their place.
func readConsensus(c *cli.Context) (node.ConsensusConfig, error) {
	cons, err := node.ConsensusProfile(c.String("consensus.profile"))
	if err != nil {
		return cons, fmt.Errorf("--consensus.profile: %w", err)
	}
	for flag, dst := range map[string]*time.Duration{
		"consensus.timeout-propose": &cons.TimeoutPropose, "consensus.timeout-commit": &cons.TimeoutCommit,
		"consensus.gossip-sleep": &cons.PeerGossipSleep, "p2p.flush-throttle": &cons.FlushThrottle,
		"consensus.empty-block-interval": &cons.EmptyBlockInterval,
	} {
		if c.IsSet(flag) {
			*dst = c.Duration(flag)
		}
	}
	return cons, nil
}

// operatorSetup is what `operator run`'s flags resolve to.
type operatorSetup struct {
	Config node.Config
	Pprof  string
}

// readOperatorSetup builds the node's configuration from the flags, the environment and the
// --config file (which the command's Before has applied).
func readOperatorSetup(c *cli.Context) (operatorSetup, error) {
	var s operatorSetup
	cfg := node.DefaultConfig(c.String(cliapp.HomeFlag))
	cfg.Moniker = c.String("moniker")
	cfg.P2PListen = c.String("p2p.laddr")
	cfg.P2PExternal = c.String("p2p.external")
	cfg.Peers = c.StringSlice("p2p.peers")
	cfg.CometRPC = c.String("comet.rpc")
	cfg.API.Addr = c.String(cliapp.APIAddrFlag)
	cfg.API.MaxRequestBytes = c.Int("api.max-request-bytes")
	cfg.API.RatePerSecond = c.Float64("api.rate")
	cfg.API.Burst = c.Int("api.burst")
	cfg.Gather.Window = c.Duration("api.gather-window")
	cfg.Gather.MaxTxs = c.Int("api.gather-max-txs")
	cfg.Gather.MaxBytes = c.Int("api.gather-max-bytes")
	cfg.Gather.MaxPendingBytes = c.Int("api.gather-max-pending-bytes")
	cfg.RefMinBytes = c.Int("api.ref-min-bytes")
	cfg.P2PSendRate, cfg.P2PRecvRate = c.Int64("p2p.send-rate"), c.Int64("p2p.recv-rate")
	cfg.Journal.Fsync = c.Bool("journal.fsync")
	cfg.Journal.SyncEvery = c.Duration("journal.sync-interval")
	cfg.MetricsAddr = c.String(cliapp.MetricsFlag)
	cons, err := readConsensus(c)
	if err != nil {
		return s, err
	}
	cfg.Consensus = cons
	cfg.Mempool.Size = c.Int("mempool.size")
	cfg.Mempool.MaxBytes = c.Int64("mempool.max-bytes")
	cfg.App.MaxTxBytes = c.Int("tx.max-bytes")
	if !c.IsSet("api.gather-max-bytes") && cfg.App.MaxTxBytes > 0 {
		// A smaller --tx.max-bytes bounds the gathered transactions too, unless set apart.
		cfg.Gather.MaxBytes = min(cfg.Gather.MaxBytes, cfg.App.MaxTxBytes)
	}
	cfg.App.MaxBlockTxBytes = c.Int64("block.max-tx-bytes")
	cfg.RollupsRefresh = c.Duration("rollups.refresh")
	cfg.ValidatorSync = c.Duration("validators.sync-interval")
	cfg.ValidatorConfirmations = c.Uint64("validators.confirmations")
	cfg.L1Poll = c.Duration(cliapp.L1PollFlag)
	cfg.L1OriginLag = c.Uint64("l1.origin-lag")
	if err := cfg.CometLogLevel.UnmarshalText([]byte(c.String("log.cometbft-level"))); err != nil {
		return s, fmt.Errorf("--log.cometbft-level: %w", err)
	}
	l1cfg, err := cliapp.ReadL1Config(c)
	if err != nil {
		return s, err
	}
	if l1cfg.Enabled() { // without L1 the node keeps the genesis rollups and validators
		l1, err := operatorL1(c)
		if err != nil {
			return s, err
		}
		cfg.L1RPC, cfg.Contracts = l1.URL, l1.Addresses
	}
	if blsKey := cliapp.ReadBLSKeyConfig(c, operatorPrefix); blsKey.Keystore != "" {
		cfg.Signing.BLSKeystore = blsKey.Keystore
		if cfg.Signing.BLSPassword, err = blsKey.Password(); err != nil {
			return s, err
		}
		cfg.Signing.Aggregators = c.StringSlice("aggregator.url")
	}
	s.Pprof = c.String(cliapp.PprofFlag)
	for _, f := range []string{cliapp.MetricsFlag, cliapp.PprofFlag} {
		if err := cliapp.CheckAddr(f, c.String(f)); err != nil {
			return s, err
		}
	}
	s.Config = cfg
	return s, cliapp.NameFlags(cfg.Check(), operatorFields)
}

// operatorFields name the flags behind node.Config's fields in its Check errors.
var operatorFields = map[string]string{
	"config: Home": "--home", "config: P2PListen": "--p2p.laddr", "config: P2PExternal": "--p2p.external",
	"api: Addr": "--api.addr", "api: MaxRequestBytes": "--api.max-request-bytes", "config: ValidatorSync": "--validators.sync-interval", "config: Journal.SyncEvery": "--journal.sync-interval",
	"gather: Window": "--api.gather-window", "gather: MaxTxs": "--api.gather-max-txs", "gather: MaxBytes": "--api.gather-max-bytes",
	"gather: MaxPendingBytes": "--api.gather-max-pending-bytes", "config: Gather.MaxBytes": "--api.gather-max-bytes", "(App.MaxTxBytes": "(--tx.max-bytes",
}

func runOperator(c *cli.Context, fail context.CancelCauseFunc) (cliapp.Lifecycle, error) {
	log, err := cliapp.Logger(c)
	if err != nil {
		return nil, err
	}
	s, err := readOperatorSetup(c)
	if err != nil {
		return nil, err
	}
	if err := applyFaults(c, &s.Config, log); err != nil {
		return nil, err
	}
	s.Config.OnFatal = func(err error) { fail(err) }
	node.Version = version
	if gctune.Tune(c.Context, gctune.DefaultFloor) {
		log.Info("garbage collection at Go's default target up to the floor, at most 1.5x the live heap above it", "floor", fmt.Sprintf("%d MiB", gctune.DefaultFloor>>20))
	} else {
		log.Info("garbage collection as the environment sets it", "GOGC", os.Getenv("GOGC"), "GOMEMLIMIT", os.Getenv("GOMEMLIMIT"))
	}
	n, err := node.New(s.Config, log)
	if err != nil {
		return nil, err
	}
	return cliapp.WithPprof(n, s.Pprof, log, func(err error) { fail(err) }), nil
}

// secret reads a secret from file, else from the environment variable env.
func secret(file, env string) (string, error) { return cliapp.ReadSecret(file, env) }

// dialL1 connects to l1 under a deadline for the whole command; closeL1 releases both.
func dialL1(c *cli.Context, l1 *cliapp.L1, timeout time.Duration) (ctx context.Context, eth *ethclient.Client, closeL1 func(), err error) {
	ctx, cancel := context.WithTimeout(c.Context, timeout)
	if eth, err = l1.Dial(ctx); err != nil {
		cancel()
		return nil, nil, nil, err
	}
	return ctx, eth, func() { eth.Close(); cancel() }, nil
}
