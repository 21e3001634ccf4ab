package cliapp

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/deployment"
)

// Flag names of the L1 and deployment group.
const (
	L1RPCFlag                  = "l1.rpc"
	DeploymentFlag             = "deployment"
	CheckpointRegistryFlag     = "l1.checkpoint-registry"
	RegistryCoordinatorFlag    = "l1.registry-coordinator"
	OperatorStateRetrieverFlag = "l1.operator-state-retriever"
	BLSApkRegistryFlag         = "l1.bls-apk-registry"
	SocketRegistryFlag         = "l1.socket-registry"
)

// L1Config says where L1 is and where the AVS's contracts are: a deployment file (lockstep-dev
// devnet writes one) and/or the addresses one by one, which override it.
type L1Config struct {
	// RPC is the L1 JSON-RPC URL; empty: the deployment file's rpcUrl.
	RPC string
	// Deployment is a deployment JSON file; empty: none.
	Deployment string
	// Overrides replace the deployment's addresses where set.
	Overrides avs.Addresses
}

// L1Flags are the L1 and deployment flags of a command whose variables start with prefix.
// --l1-rpc is the spelling of the aggregator, slash and follow before the flags were shared.
func L1Flags(prefix string) []cli.Flag {
	addr := func(name, what string) cli.Flag {
		return &cli.StringFlag{Name: name, Usage: what + " address (overrides --" + DeploymentFlag + ")", EnvVars: EnvVar(prefix, name)}
	}
	return []cli.Flag{
		&cli.StringFlag{Name: L1RPCFlag, Aliases: []string{"l1-rpc"}, Usage: "L1 JSON-RPC URL (HTTP or WS); defaults to the deployment file's rpcUrl", EnvVars: EnvVar(prefix, L1RPCFlag)},
		&cli.StringFlag{Name: DeploymentFlag, Usage: "deployment JSON (as written by lockstep-dev devnet) giving the L1 chain ID and the contract addresses; the --l1.* address flags override it", EnvVars: EnvVar(prefix, DeploymentFlag)},
		addr(CheckpointRegistryFlag, "CheckpointRegistry"),
		addr(RegistryCoordinatorFlag, "middleware RegistryCoordinator"),
		addr(OperatorStateRetrieverFlag, "middleware OperatorStateRetriever"),
		addr(BLSApkRegistryFlag, "middleware BLSApkRegistry"),
		addr(SocketRegistryFlag, "middleware SocketRegistry"),
	}
}

// L1DeploymentFlags are --l1.rpc and --deployment alone, for commands that act on the
// deployment as a whole (registering an operator) and take no address overrides.
func L1DeploymentFlags(prefix string) []cli.Flag { return L1Flags(prefix)[:2] }

// ReadL1Config reads the L1 flags (either set).
func ReadL1Config(c *cli.Context) (L1Config, error) {
	cfg := L1Config{RPC: c.String(L1RPCFlag), Deployment: c.String(DeploymentFlag)}
	for _, f := range cfg.overrideFlags() {
		v := c.String(f.flag)
		if v == "" {
			continue
		}
		if !common.IsHexAddress(v) {
			return cfg, fmt.Errorf("--%s: %q is not an address", f.flag, v)
		}
		*f.addr = common.HexToAddress(v)
	}
	return cfg, cfg.Check()
}

type overrideFlag struct {
	flag string
	addr *common.Address
}

func (c *L1Config) overrideFlags() []overrideFlag {
	o := &c.Overrides
	return []overrideFlag{
		{CheckpointRegistryFlag, &o.CheckpointRegistry}, {RegistryCoordinatorFlag, &o.RegistryCoordinator},
		{OperatorStateRetrieverFlag, &o.OperatorStateRetriever}, {BLSApkRegistryFlag, &o.BLSApkRegistry},
		{SocketRegistryFlag, &o.SocketRegistry},
	}
}

// Enabled reports whether any L1 setting was given (the operator node runs without L1).
func (c L1Config) Enabled() bool {
	return c.RPC != "" || c.Deployment != "" || c.Overrides != (avs.Addresses{})
}

// Check refuses a configuration that cannot name an L1: no URL and no deployment file to take
// it from.
func (c L1Config) Check() error {
	if c.Enabled() && c.RPC == "" && c.Deployment == "" {
		return fmt.Errorf("--%s is required with the --l1.* address flags (or give --%s)", L1RPCFlag, DeploymentFlag)
	}
	return nil
}

// L1 is a resolved L1Config: the URL, the chain ID the deployment is on (0: unknown, no
// deployment file) and the contract addresses.
type L1 struct {
	URL       string
	ChainID   uint64
	Addresses avs.Addresses
}

// Resolve reads the deployment file, applies the overrides and picks the URL. It does not
// check which addresses are set: a command needs some or all (RequireAll, RequireRegistry).
func (c L1Config) Resolve() (L1, error) {
	if !c.Enabled() {
		return L1{}, fmt.Errorf("no L1: give --%s (and --%s or the --l1.* address flags)", DeploymentFlag, L1RPCFlag)
	}
	if err := c.Check(); err != nil {
		return L1{}, err
	}
	out := L1{URL: c.RPC}
	if c.Deployment != "" {
		var err error
		if out.Addresses, out.ChainID, err = avs.LoadAddresses(c.Deployment); err != nil {
			return out, fmt.Errorf("--%s: %w", DeploymentFlag, err)
		}
		if out.URL == "" {
			d, err := deployment.LoadDeployment(c.Deployment)
			if err != nil {
				return out, fmt.Errorf("--%s: %w", DeploymentFlag, err)
			}
			if d.RPCURL == "" {
				return out, fmt.Errorf("--%s is required (the deployment file %s has no rpcUrl)", L1RPCFlag, c.Deployment)
			}
			out.URL = d.RPCURL
		}
	}
	ov, a := c.Overrides, &out.Addresses
	for _, f := range []struct {
		dst *common.Address
		v   common.Address
	}{
		{&a.CheckpointRegistry, ov.CheckpointRegistry}, {&a.RegistryCoordinator, ov.RegistryCoordinator},
		{&a.OperatorStateRetriever, ov.OperatorStateRetriever}, {&a.BLSApkRegistry, ov.BLSApkRegistry},
		{&a.SocketRegistry, ov.SocketRegistry},
	} {
		if f.v != (common.Address{}) {
			*f.dst = f.v
		}
	}
	return out, nil
}

// RequireAll checks that every contract the operator node reads is known.
func (l L1) RequireAll() error {
	if err := l.Addresses.Check(); err != nil {
		return fmt.Errorf("L1 contracts (give --%s or the --l1.* address flags): %w", DeploymentFlag, err)
	}
	return nil
}

// RequireRegistry checks that the CheckpointRegistry is known.
func (l L1) RequireRegistry() error {
	if l.Addresses.CheckpointRegistry == (common.Address{}) {
		return fmt.Errorf("no CheckpointRegistry: give --%s or --%s", DeploymentFlag, CheckpointRegistryFlag)
	}
	return nil
}

// DialTimeout bounds connecting to L1 and reading its chain ID.
const DialTimeout = 10 * time.Second

// Dial connects to L1 and checks it is the chain the deployment is on; where the deployment
// named no chain, ChainID becomes L1's.
func (l *L1) Dial(ctx context.Context) (*ethclient.Client, error) {
	ctx, cancel := context.WithTimeout(ctx, DialTimeout)
	defer cancel()
	client, err := ethclient.DialContext(ctx, l.URL)
	if err != nil {
		return nil, fmt.Errorf("--%s %s: %w", L1RPCFlag, l.URL, err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("--%s %s: read chain ID: %w", L1RPCFlag, l.URL, err)
	}
	if l.ChainID != 0 && id.Uint64() != l.ChainID {
		client.Close()
		return nil, fmt.Errorf("--%s %s is chain %d, the deployment is on chain %d", L1RPCFlag, l.URL, id, l.ChainID)
	}
	l.ChainID = id.Uint64()
	return client, nil
}
