package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/aggregator"
	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

func aggEnv(name string) []string { return []string{"LOCKSTEP_AGGREGATOR_" + name} }

// chainTxFlags are shared by `aggregator run` and `slash`: where L1 is, where the AVS is, and the
// key that pays for transactions.
func chainTxFlags(env func(string) []string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "l1-rpc", Usage: "L1 JSON-RPC URL (HTTP or WS); defaults to the deployment file's rpcUrl", EnvVars: env("L1_RPC")},
		&cli.StringFlag{Name: "deployment", Usage: "deployment JSON (as written by lockstep-dev devnet) giving the chain ID and all contract addresses", EnvVars: env("DEPLOYMENT")},
		&cli.StringFlag{Name: "key-file", Usage: "file holding the hex ECDSA private key that sends L1 transactions", EnvVars: env("KEY_FILE")},
		&cli.StringFlag{Name: "key-env", Usage: "name of an environment variable holding the hex ECDSA private key (the key itself is never a flag)", EnvVars: env("KEY_ENV")},
		&cli.BoolFlag{Name: "devnet", Usage: "devnet only: send from anvil's well-known account --devnet-account instead of --key-file/--key-env", EnvVars: env("DEVNET")},
		&cli.IntFlag{Name: "devnet-account", Value: 1, Usage: "anvil account (0-9) used with --devnet", EnvVars: env("DEVNET_ACCOUNT")},
	}
}

func aggregatorCommand() *cli.Command {
	flags := append(chainTxFlags(aggEnv),
		&cli.StringFlag{Name: "listen", Value: "127.0.0.1:7300", Usage: "JSON-RPC (HTTP) listen address for operators' signatures", EnvVars: aggEnv("LISTEN")},
		&cli.StringFlag{Name: "metrics", Value: "127.0.0.1:7301", Usage: "Prometheus /metrics listen address; empty disables", EnvVars: aggEnv("METRICS")},
		&cli.StringFlag{Name: "data-dir", Value: ".aggregator", Usage: "folder for the durable progress log (pending checkpoints, collected signatures)", EnvVars: aggEnv("DATA_DIR")},
		&cli.StringFlag{Name: "evidence-dir", Usage: "folder for equivocation evidence files (default <data-dir>/evidence)", EnvVars: aggEnv("EVIDENCE_DIR")},
		&cli.Uint64Flag{Name: "reference-lag", Value: 1, Usage: "reference block = L1 head minus this many blocks (never below the registry's minReferenceBlock)", EnvVars: aggEnv("REFERENCE_LAG")},
		&cli.Uint64Flag{Name: "confirmations", Value: 0, Usage: "blocks on top of a submission before it counts as done (0 on a devnet)", EnvVars: aggEnv("CONFIRMATIONS")},
		&cli.IntFlag{Name: "max-in-flight", Value: 4, Usage: "checkpoint submissions that may wait for L1 blocks at once, so several can land in one block (1: one at a time)", EnvVars: aggEnv("MAX_IN_FLIGHT")},
		&cli.DurationFlag{Name: "resubmit-timeout", Value: 30 * time.Second, Usage: "re-send an L1 transaction with bumped fees if not mined within this", EnvVars: aggEnv("RESUBMIT_TIMEOUT")},
		&cli.DurationFlag{Name: "linger", Value: 500 * time.Millisecond, Usage: "after the threshold is reached, wait up to this long for the other operators' signatures (each missing one costs ~14k L1 gas); negative submits at once", EnvVars: aggEnv("LINGER")},
		&cli.DurationFlag{Name: "poll-interval", Value: 200 * time.Millisecond, Usage: "how often L1 progress is read", EnvVars: aggEnv("POLL_INTERVAL")},
		&cli.IntFlag{Name: "max-request-bytes", Value: 64 << 10, Usage: "largest JSON-RPC request body accepted", EnvVars: aggEnv("MAX_REQUEST_BYTES")},
		&cli.Float64Flag{Name: "rate-limit", Value: 200, Usage: "JSON-RPC requests per second per client IP", EnvVars: aggEnv("RATE_LIMIT")},
	)
	return &cli.Command{
		Name:  "aggregator",
		Usage: "collect operators' checkpoint signatures, settle checkpoints on L1, prove equivocations",
		Subcommands: []*cli.Command{{
			Name:  "run",
			Usage: "run the aggregator until Ctrl-C",
			Description: "Serves aggregator_submitSignature and aggregator_status over JSON-RPC (HTTP). Each signature is\n" +
				"checked against the operator's registered BLS key (in bulk, one pairing per checkpoint, with\n" +
				"bisection to refuse bad ones); once the signers hold the registry's threshold of stake at a\n" +
				"recent L1 reference block, the checkpoint is submitted to CheckpointRegistry, strictly in\n" +
				"order. Two valid signatures by one operator over different checkpoints with the same number\n" +
				"are written to --evidence-dir and proven to EquivocationSlasher. Every acknowledged signature\n" +
				"is fsynced to --data-dir first, so a restart resumes without skipping a checkpoint.",
			Flags:  flags,
			Action: runAggregator,
		}},
	}
}

// chainTxSetup is what chainTxFlags resolve to.
type chainTxSetup struct {
	client  *ethclient.Client
	addrs   avs.Addresses
	chainID uint64
	key     *ecdsa.PrivateKey
}

func resolveChainTx(c *cli.Context) (*chainTxSetup, error) {
	path := c.String("deployment")
	if path == "" {
		return nil, errors.New("--deployment is required (a deployment JSON with the contract addresses)")
	}
	addrs, chainID, err := avs.LoadAddresses(path)
	if err != nil {
		return nil, fmt.Errorf("--deployment: %w", err)
	}
	url := c.String("l1-rpc")
	if url == "" {
		d, err := deployment.LoadDeployment(path)
		if err != nil || d.RPCURL == "" {
			return nil, errors.New("--l1-rpc is required (the deployment file has no rpcUrl)")
		}
		url = d.RPCURL
	}
	key, err := loadTxKey(c)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(c.Context, 10*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("--l1-rpc %s: %w", url, err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("--l1-rpc %s: read chain ID: %w", url, err)
	}
	if chainID != 0 && id.Uint64() != chainID {
		client.Close()
		return nil, fmt.Errorf("--l1-rpc %s is chain %d, the deployment is on chain %d", url, id, chainID)
	}
	return &chainTxSetup{client: client, addrs: addrs, chainID: id.Uint64(), key: key}, nil
}

func loadTxKey(c *cli.Context) (*ecdsa.PrivateKey, error) {
	var hexKey, from string
	switch {
	case c.String("key-file") != "":
		b, err := os.ReadFile(c.String("key-file"))
		if err != nil {
			return nil, fmt.Errorf("--key-file: %w", err)
		}
		hexKey, from = string(b), "--key-file"
	case c.String("key-env") != "":
		name := c.String("key-env")
		v, ok := os.LookupEnv(name)
		if !ok {
			return nil, fmt.Errorf("--key-env: environment variable %s is not set", name)
		}
		hexKey, from = v, "--key-env "+name
	case c.Bool("devnet"):
		k, err := deployment.DevKey(c.Int("devnet-account"))
		if err != nil {
			return nil, fmt.Errorf("--devnet-account: %w", err)
		}
		return k, nil
	default:
		return nil, errors.New("no L1 key: set --key-file or --key-env (or --devnet on a devnet)")
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(hexKey), "0x"))
	if err != nil {
		return nil, fmt.Errorf("%s: not a hex secp256k1 private key", from) // never echo the value
	}
	return k, nil
}

func runAggregator(c *cli.Context) error {
	log, err := newLogger(c)
	if err != nil {
		return err
	}
	l1, err := resolveChainTx(c)
	if err != nil {
		return err
	}
	defer l1.client.Close()
	cfg := aggregator.Config{
		ListenAddr:      c.String("listen"),
		MetricsAddr:     c.String("metrics"),
		DataDir:         c.String("data-dir"),
		EvidenceDir:     c.String("evidence-dir"),
		ChainID:         l1.chainID,
		Addresses:       l1.addrs,
		ReferenceLag:    c.Uint64("reference-lag"),
		MaxRequestBytes: c.Int("max-request-bytes"),
		RatePerSecond:   c.Float64("rate-limit"),
		PollInterval:    c.Duration("poll-interval"),
		Linger:          c.Duration("linger"),
		TxMgr:           txmgr.Config{Confirmations: c.Uint64("confirmations"), ResubmitTimeout: c.Duration("resubmit-timeout"), MaxInFlight: c.Int("max-in-flight")},
	}
	if err := cfg.Check(); err != nil {
		return err
	}
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	svc, err := aggregator.New(c.Context, cfg, l1.client, l1.key, log, reg)
	if err != nil {
		return err
	}
	if err := svc.Start(c.Context); err != nil {
		return errors.Join(err, svc.Stop(context.Background()))
	}
	// Tests and scripts read the bound address from this line.
	fmt.Printf("aggregator listening on http://%s submitter %s\n", svc.Addr(), svc.Submitter())
	<-c.Context.Done()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return svc.Stop(ctx)
}
