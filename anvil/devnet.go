package anvil

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/lockstep-xyz/lockstep/deployment"
)

// DefaultOperators is how many operators Start registers when Config.Operators is 0.
const DefaultOperators = 4

// operatorFunding is the ETH balance Start gives each operator account (anvil_setBalance).
var operatorFunding = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))

// Config configures Start.
type Config struct {
	// Node configures anvil. A BlockTime takes effect after deployment: the deployment itself
	// runs on automine, which is much faster.
	Node NodeConfig
	// Deploy configures the contracts.
	Deploy DeployConfig
	// Operators is how many operators to register: 0 means DefaultOperators, negative none.
	Operators int
	// Seed derives the operators' keys (DefaultSeed if empty): the same seed gives the same
	// keys, addresses and operator IDs on every run.
	Seed string
	// Stake each operator deposits (deployment.DefaultStake if nil).
	Stake *big.Int
	// Socket returns operator i's socket string; nil means "devnet-operator-<i>".
	Socket func(i int) string
	// Logger receives progress logs; nil discards them. Node and Deploy loggers default to it.
	Logger *slog.Logger
}

// Devnet is a running anvil with Lockstep deployed and operators registered.
type Devnet struct {
	Node       *Node
	Client     *ethclient.Client
	Deployment *deployment.Deployment

	seed  string
	stake *big.Int
	log   *slog.Logger

	mu   sync.Mutex
	next int // index of the next operator AddOperator derives
}

// Start starts anvil, deploys Lockstep on it and registers the operators. On failure it stops
// what it started.
func Start(ctx context.Context, cfg Config) (dn *Devnet, err error) {
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.Node.Logger == nil {
		cfg.Node.Logger = log
	}
	if cfg.Deploy.Logger == nil {
		cfg.Deploy.Logger = log
	}
	if cfg.Seed == "" {
		cfg.Seed = DefaultSeed
	}
	n := cfg.Operators
	if n == 0 {
		n = DefaultOperators
	} else if n < 0 {
		n = 0
	}
	start := time.Now()

	// Deploying on automine takes a fraction of a second. anvil can switch to interval mining
	// afterwards only in whole seconds, so other block times mine from the start.
	blockTime := cfg.Node.BlockTime
	nodeCfg := cfg.Node
	if blockTime%time.Second == 0 {
		nodeCfg.BlockTime = 0
	} else {
		blockTime = 0
	}
	node, err := StartNode(ctx, nodeCfg)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			err = errors.Join(err, node.Close())
		}
	}()

	d, err := Deploy(ctx, node.Client(), cfg.Deploy)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	d.RPCURL, d.WSURL = node.RPCURL(), node.WSURL()
	dn = &Devnet{Node: node, Client: node.Client(), Deployment: d, seed: cfg.Seed, stake: cfg.Stake, log: log}

	ops := make([]deployment.OperatorConfig, n)
	for i := range ops {
		socket := fmt.Sprintf("devnet-operator-%d", i)
		if cfg.Socket != nil {
			socket = cfg.Socket(i)
		}
		if ops[i], err = dn.operatorConfig(ctx, i, socket); err != nil {
			return nil, err
		}
	}
	if n > 0 {
		if _, err := d.RegisterOperators(ctx, node.Client(), ops); err != nil {
			return nil, fmt.Errorf("register operators: %w", err)
		}
	}
	dn.next = n

	if blockTime > 0 {
		if err := node.setBlockTime(ctx, blockTime); err != nil {
			return nil, err
		}
	}
	log.Info("devnet ready", "rpcURL", node.RPCURL(), "operators", n, "elapsed", time.Since(start))
	return dn, nil
}

// operatorConfig derives operator i's keys from the seed and funds its account.
func (dn *Devnet) operatorConfig(ctx context.Context, i int, socket string) (deployment.OperatorConfig, error) {
	ek, bk := OperatorKeys(dn.seed, i)
	if err := dn.Node.SetBalance(ctx, addressOf(ek), operatorFunding); err != nil {
		return deployment.OperatorConfig{}, err
	}
	return deployment.OperatorConfig{ECDSAKey: ek, BLSKey: bk, Stake: dn.stake, Socket: socket}, nil
}

// AddOperator derives the next operator's keys from the seed, funds it and registers it while
// the network runs. An empty socket means "devnet-operator-<i>".
func (dn *Devnet) AddOperator(ctx context.Context, socket string) (*deployment.Operator, error) {
	dn.mu.Lock()
	defer dn.mu.Unlock()
	i := dn.next
	if socket == "" {
		socket = fmt.Sprintf("devnet-operator-%d", i)
	}
	cfg, err := dn.operatorConfig(ctx, i, socket)
	if err != nil {
		return nil, err
	}
	op, err := dn.Deployment.RegisterOperator(ctx, dn.Client, cfg)
	if err != nil {
		return nil, err
	}
	dn.next++
	return op, nil
}

// Mine mines blocks empty blocks (anvil_mine).
func (dn *Devnet) Mine(ctx context.Context, blocks uint64) error { return dn.Node.Mine(ctx, blocks) }

// WriteJSON writes the deployment (see Deployment.WriteJSON).
func (dn *Devnet) WriteJSON(path string) error { return dn.Deployment.WriteJSON(path) }

// Close stops anvil. It is idempotent.
func (dn *Devnet) Close() error { return dn.Node.Close() }

// setBlockTime switches a node started on automine to interval mining.
func (n *Node) setBlockTime(ctx context.Context, d time.Duration) error {
	if err := n.rpc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		return fmt.Errorf("evm_setAutomine false: %w", err)
	}
	secs := uint64(d / time.Second) // whole seconds only (Start checks)
	if err := n.rpc.CallContext(ctx, nil, "evm_setIntervalMining", secs); err != nil {
		return fmt.Errorf("evm_setIntervalMining %d: %w", secs, err)
	}
	return nil
}
