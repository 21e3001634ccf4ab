package anvil

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
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
	cmd     *exec.Cmd
	port    int
	chainID uint64
	log     *slog.Logger
	rpc     *rpc.Client
	client  *ethclient.Client
	logFile *os.File
	output  *tailBuffer

	done    chan struct{} // closed when the process has exited
	waitErr error         // valid after done is closed

	closeOnce sync.Once
	closeErr  error
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
		port, err := freePort()
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

	n := &Node{port: port, chainID: cfg.ChainID, log: log, output: newTailBuffer(8 << 10), done: make(chan struct{})}
	var out io.Writer = n.output
	if cfg.LogPath != "" {
		f, err := os.OpenFile(cfg.LogPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			return nil, fmt.Errorf("open anvil log: %w", err)
		}
		n.logFile = f
		out = io.MultiWriter(f, n.output)
	}
	// Not exec.CommandContext: the process must outlive ctx, which only bounds the start.
	n.cmd = exec.Command(bin, args...)
	n.cmd.Stdout, n.cmd.Stderr = out, out
	n.cmd.SysProcAttr = sysProcAttr()

	// The child is started and waited for on one locked OS thread: the parent-death signal is
	// tied to the thread that forked, so that thread must live as long as the child.
	started := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := n.cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		n.waitErr = n.cmd.Wait()
		close(n.done)
	}()
	if err := <-started; err != nil {
		n.closeLogFile()
		return nil, fmt.Errorf("exec %s: %w", bin, err)
	}

	if err := n.waitReady(ctx, cfg.StartTimeout); err != nil {
		_ = n.Close()
		if strings.Contains(n.output.String(), errAddrInUse) {
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
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	for {
		var id *big.Int
		err := errors.New("anvil has not reported listening yet")
		if strings.Contains(n.output.String(), listeningOn) {
			callCtx, callCancel := context.WithTimeout(ctx, time.Second)
			id, err = n.client.ChainID(callCtx)
			callCancel()
		}
		if err == nil {
			if id.Uint64() != n.chainID {
				return fmt.Errorf("anvil answers chain ID %s, want %d", id, n.chainID)
			}
			return nil
		}
		select {
		case <-n.done:
			return fmt.Errorf("%w (%v): %s", ErrNodeExited, n.waitErr, strings.TrimSpace(n.output.String()))
		case <-ctx.Done():
			return fmt.Errorf("wait for anvil on %s: %w (last error: %v)", n.RPCURL(), ctx.Err(), err)
		case <-ticker.C:
		}
	}
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

// Close stops anvil (SIGTERM, then SIGKILL after DefaultStopTimeout) and waits for it to exit.
// It is idempotent and safe to call concurrently.
func (n *Node) Close() error {
	n.closeOnce.Do(func() {
		if n.rpc != nil {
			n.rpc.Close()
		}
		select {
		case <-n.done:
		default:
			_ = signalGroup(n.cmd, false)
			select {
			case <-n.done:
			case <-time.After(DefaultStopTimeout):
				if err := signalGroup(n.cmd, true); err != nil {
					n.closeErr = fmt.Errorf("kill anvil (pid %d): %w", n.cmd.Process.Pid, err)
				}
				<-n.done
			}
		}
		n.closeLogFile()
		n.log.Debug("anvil stopped", "port", n.port)
	})
	return n.closeErr
}

// Done is closed when the anvil process has exited (for whatever reason).
func (n *Node) Done() <-chan struct{} { return n.done }

// Output is the tail of anvil's stdout and stderr, for diagnostics.
func (n *Node) Output() string { return n.output.String() }

func (n *Node) closeLogFile() {
	if n.logFile != nil {
		_ = n.logFile.Close()
		n.logFile = nil
	}
}

// freePort asks the kernel for a free loopback port. Another process may take it before anvil
// binds it; StartNode retries on that.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// tailBuffer keeps the last max bytes written to it.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	buf bytes.Buffer
}

func newTailBuffer(max int) *tailBuffer { return &tailBuffer{max: max} }

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf.Write(p)
	if extra := t.buf.Len() - t.max; extra > 0 {
		t.buf.Next(extra)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.buf.String()
}
