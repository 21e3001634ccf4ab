package anvil

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/internal/freeport"
	"github.com/lockstep-xyz/lockstep/internal/proc"
	"github.com/lockstep-xyz/lockstep/internal/wait"
)

// DefaultChainID is anvil's default chain ID.
const DefaultChainID = 31337

// Defaults of NodeConfig.
const (
	DefaultStartTimeout = 15 * time.Second
	DefaultStopTimeout  = 5 * time.Second
	startAttempts       = 5
)

// ErrNodeExited means anvil exited before answering RPC.
var ErrNodeExited = errors.New("anvil exited before it was ready")

// Matched in anvil's output: a bind failure (retry on another port), and the line anvil prints
// once it listens (before it, an answer on the port may come from another process that took
// the port first).
const (
	errAddrInUse = "Address already in use"
	listeningOn  = "Listening on"
)

// NodeConfig configures one anvil process.
type NodeConfig struct {
	// Binary is the anvil executable; empty means FindAnvil().
	Binary string
	// ChainID of the chain; 0 means DefaultChainID.
	ChainID uint64
	// BlockTime > 0 mines a block every BlockTime (interval mining); 0 mines one block per
	// transaction (automine).
	BlockTime time.Duration
	// LogPath receives anvil's stdout and stderr; empty discards them.
	LogPath string
	// StartTimeout bounds the wait for anvil to answer eth_chainId; 0 means DefaultStartTimeout.
	StartTimeout time.Duration
	// ExtraArgs are appended to anvil's command line.
	ExtraArgs []string
	// Logger receives lifecycle logs; nil discards them.
	Logger *slog.Logger
}

// Node is a running anvil process on 127.0.0.1. Close it when done.
type Node struct {
	proc    *proc.Proc
	port    int
	chainID uint64
	log     *slog.Logger
	rpc     *rpc.Client
	client  *ethclient.Client

	closeOnce sync.Once
}

// StartNode starts anvil on a free loopback port and waits until it answers eth_chainId.
// The process is killed if this process dies (Linux) and by Close.
func StartNode(ctx context.Context, cfg NodeConfig) (*Node, error) {
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "anvil")
	bin := cfg.Binary
	if bin == "" {
		var err error
		if bin, err = FindAnvil(); err != nil {
			return nil, fmt.Errorf("start anvil: %w", err)
		}
	}
	if cfg.ChainID == 0 {
		cfg.ChainID = DefaultChainID
	}
	if cfg.StartTimeout == 0 {
		cfg.StartTimeout = DefaultStartTimeout
	}
	if cfg.BlockTime < 0 {
		return nil, fmt.Errorf("start anvil: negative block time %s", cfg.BlockTime)
	}

	var lastErr error
	for attempt := 1; attempt <= startAttempts; attempt++ {
		port, err := freeport.Get()
		if err != nil {
			return nil, fmt.Errorf("start anvil: pick a port: %w", err)
		}
		n, err := startOnce(ctx, bin, port, cfg, log)
		if err == nil {
			log.Info("anvil started", "rpcURL", n.RPCURL(), "chainID", cfg.ChainID, "blockTime", cfg.BlockTime)
			return n, nil
		}
		lastErr = err
		if !errors.Is(err, errPortTaken) || ctx.Err() != nil {
			break
		}
		log.Debug("anvil port taken, retrying", "port", port, "attempt", attempt)
	}
	return nil, fmt.Errorf("start anvil: %w", lastErr)
}

var errPortTaken = errors.New("port already in use")

func startOnce(ctx context.Context, bin string, port int, cfg NodeConfig, log *slog.Logger) (*Node, error) {
	args := []string{
		"--host", "127.0.0.1",
		"--port", strconv.Itoa(port),
		"--chain-id", strconv.FormatUint(cfg.ChainID, 10),
	}
	if cfg.BlockTime > 0 {
		args = append(args, "--block-time", strconv.FormatFloat(cfg.BlockTime.Seconds(), 'f', -1, 64))
	}
	args = append(args, cfg.ExtraArgs...)

	p, err := proc.Start("anvil", bin, args, proc.Options{LogPath: cfg.LogPath, Group: true})
	if err != nil {
		return nil, err
	}
	n := &Node{proc: p, port: port, chainID: cfg.ChainID, log: log}

	if err := n.waitReady(ctx, cfg.StartTimeout); err != nil {
		_ = n.Close()
		if strings.Contains(n.proc.Output(), errAddrInUse) {
			return nil, fmt.Errorf("port %d: %w", port, errPortTaken)
		}
		return nil, err
	}
	return n, nil
}

func (n *Node) waitReady(ctx context.Context, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	c, err := rpc.DialOptions(ctx, n.RPCURL())
	if err != nil {
		return fmt.Errorf("dial anvil: %w", err)
	}
	n.rpc = c
	n.client = ethclient.NewClient(c)
	// Before anvil prints that it listens, an answer on the port may come from another process
	// that took the port first.
	return wait.For(ctx, 10*time.Millisecond, "anvil on "+n.RPCURL(), func() (bool, error) {
		if done, err := n.proc.Exited(); done {
			return false, wait.Permanent(fmt.Errorf("%w (%v): %s", ErrNodeExited, err, strings.TrimSpace(n.proc.Output())))
		}
		if !strings.Contains(n.proc.Output(), listeningOn) {
			return false, errors.New("anvil has not reported listening yet")
		}
		callCtx, callCancel := context.WithTimeout(ctx, time.Second)
		defer callCancel()
		id, err := n.client.ChainID(callCtx)
		if err != nil {
			return false, err
		}
		if id.Uint64() != n.chainID {
			return false, wait.Permanent(fmt.Errorf("anvil answers chain ID %s, want %d", id, n.chainID))
		}
		return true, nil
	})
}

// RPCURL is the HTTP JSON-RPC endpoint.
func (n *Node) RPCURL() string { return fmt.Sprintf("http://127.0.0.1:%d", n.port) }

// WSURL is the WebSocket JSON-RPC endpoint (same port).
func (n *Node) WSURL() string { return fmt.Sprintf("ws://127.0.0.1:%d", n.port) }

// ChainID is the chain's ID.
func (n *Node) ChainID() uint64 { return n.chainID }

// Client is a JSON-RPC client connected to the node, closed by Close.
func (n *Node) Client() *ethclient.Client { return n.client }

// RPC is the raw JSON-RPC client behind Client, for anvil_* and evm_* methods.
func (n *Node) RPC() *rpc.Client { return n.rpc }

// Mine mines blocks empty blocks at once (anvil_mine).
func (n *Node) Mine(ctx context.Context, blocks uint64) error {
	return Mine(ctx, n.rpc, blocks)
}

// SetBalance sets addr's balance (anvil_setBalance).
func (n *Node) SetBalance(ctx context.Context, addr common.Address, wei *big.Int) error {
	return SetBalance(ctx, n.rpc, addr, wei)
}

// Mine mines blocks empty blocks at once on an anvil node (anvil_mine).
func Mine(ctx context.Context, c *rpc.Client, blocks uint64) error {
	if blocks == 0 {
		return nil
	}
	if err := c.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(blocks)); err != nil {
		return fmt.Errorf("anvil_mine %d: %w", blocks, err)
	}
	return nil
}

// SetBalance sets addr's balance on an anvil node (anvil_setBalance).
func SetBalance(ctx context.Context, c *rpc.Client, addr common.Address, wei *big.Int) error {
	if err := c.CallContext(ctx, nil, "anvil_setBalance", addr, (*hexutil.Big)(wei)); err != nil {
		return fmt.Errorf("anvil_setBalance %s: %w", addr, err)
	}
	return nil
}

// Close stops anvil (SIGTERM, then SIGKILL after DefaultStopTimeout) and waits for it to exit;
// a kill is logged, not returned, as anvil's state is thrown away either way. It is idempotent
// and safe to call concurrently.
func (n *Node) Close() error {
	n.closeOnce.Do(func() {
		if n.rpc != nil {
			n.rpc.Close()
		}
		if err := n.proc.Stop(DefaultStopTimeout); err != nil {
			n.log.Warn("stop anvil", "err", err)
		}
		n.log.Debug("anvil stopped", "port", n.port)
	})
	return nil
}

// Done is closed when the anvil process has exited (for whatever reason).
func (n *Node) Done() <-chan struct{} { return n.proc.Done() }

// Output is the tail of anvil's stdout and stderr, for diagnostics.
func (n *Node) Output() string { return n.proc.Output() }

// SetBlockTime switches a node started on automine to mining a block every d (whole seconds).
func (n *Node) SetBlockTime(ctx context.Context, d time.Duration) error {
	if d <= 0 || d%time.Second != 0 {
		return fmt.Errorf("anvil block time %s: whole seconds only after start", d)
	}
	return n.setBlockTime(ctx, d)
}
