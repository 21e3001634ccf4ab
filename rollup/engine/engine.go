// Package engine is the execution layer of Lockstep's reference EVM rollup node: a go-ethereum
// chain (real state, receipts, logs, geth's own eth_* JSON-RPC) whose blocks are not mined but
// built one at a time from the ordering Lockstep gives the rollup. Derivation (rollup/derive)
// drives it through derive.Chain: build a block from ordered raw transactions (invalid ones
// skipped, deterministically), rewind the head, mark safe and finalized blocks. Transactions
// sent to the node's RPC are checked against the head state and forwarded to the sequencer
// instead of a local pool.
package engine

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/lockstep-xyz/lockstep/rollup/derive"
)

var _ derive.Chain = (*Engine)(nil)

const (
	// DefaultSyncTimeout is how long eth_sendRawTransactionSync waits when the caller gives no
	// timeout (geth's default).
	DefaultSyncTimeout = 20 * time.Second
	// MaxSyncTimeout caps the wait a caller of eth_sendRawTransactionSync may ask for (geth's
	// cap), unless SyncTimeout is longer.
	MaxSyncTimeout = time.Minute

	// instanceName names the folder under DataDir that holds geth's databases, fixed so the
	// layout does not depend on the binary's name (geth's default).
	instanceName = "chain"
	// Caches in MiB: a rollup node runs next to other services, so geth's defaults (about
	// 4 GiB in all) are cut to well under 300 MB.
	databaseCache  = 64
	trieCleanCache = 32
	trieDirtyCache = 32
	snapshotCache  = 32
	dbHandles      = 256
)

// Errors callers branch on.
var (
	ErrClosed          = errors.New("engine closed")
	ErrTimeNotAfter    = errors.New("block time not after the head's")
	ErrBelowFinalized  = errors.New("below the finalized block")
	ErrGenesisMismatch = errors.New("data dir holds another chain")
)

// Config configures an Engine.
type Config struct {
	// DataDir holds the chain (geth's databases under DataDir/chain).
	DataDir string
	Genesis *Genesis
	// HTTPAddr and WSAddr are host:port for JSON-RPC over HTTP and WebSocket; "" turns one
	// off. Port 0 picks a free port (HTTPURL and WSURL report it); when both addresses are
	// equal, including both on port 0, WebSocket shares the HTTP listener.
	HTTPAddr, WSAddr string
	// Sender forwards the transactions eth_sendRawTransaction accepts to the sequencer; nil
	// makes the node read-only (sending answers an error).
	Sender Sender
	// SyncTimeout is how long eth_sendRawTransactionSync waits when the caller gives no
	// timeout.
	SyncTimeout time.Duration
	// ExtraAPIs are served next to eth, net and web3 (their namespaces are enabled on HTTP and
	// WebSocket); registered last, so they may also replace methods.
	ExtraAPIs []rpc.API
	// Logger receives the engine's logs and go-ethereum's warnings. geth's logger is
	// process-wide: the last engine created routes it.
	Logger *slog.Logger
	// Registerer takes the engine's metrics (namespace lockstep, subsystem rollup); nil keeps
	// them unregistered.
	Registerer prometheus.Registerer
}

// DefaultConfig has the defaults of the fields that have one; DataDir, Genesis, Sender and
// Logger are the caller's.
func DefaultConfig() Config {
	return Config{
		HTTPAddr:    "127.0.0.1:8545",
		WSAddr:      "127.0.0.1:8546",
		SyncTimeout: DefaultSyncTimeout,
	}
}

// Check names the first field that cannot work.
func (c *Config) Check() error {
	if c.DataDir == "" {
		return errors.New("DataDir: empty")
	}
	if c.Genesis == nil {
		return errors.New("Genesis: nil")
	}
	if err := c.Genesis.Check(); err != nil {
		return fmt.Errorf("Genesis: %w", err)
	}
	httpHost, httpPort, err := splitAddr(c.HTTPAddr)
	if err != nil {
		return fmt.Errorf("HTTPAddr: %w", err)
	}
	wsHost, wsPort, err := splitAddr(c.WSAddr)
	if err != nil {
		return fmt.Errorf("WSAddr: %w", err)
	}
	if c.HTTPAddr != "" && c.WSAddr != "" && httpPort == wsPort && httpHost != wsHost {
		return fmt.Errorf("WSAddr: %s shares port %d with HTTPAddr %s on another host", c.WSAddr, wsPort, c.HTTPAddr)
	}
	if c.SyncTimeout <= 0 {
		return fmt.Errorf("SyncTimeout: %s is not positive", c.SyncTimeout)
	}
	if c.Logger == nil {
		return errors.New("Logger: nil")
	}
	for i, api := range c.ExtraAPIs {
		if api.Namespace == "" || api.Service == nil {
			return fmt.Errorf("ExtraAPIs[%d]: needs a namespace and a service", i)
		}
	}
	return nil
}

// splitAddr splits host:port; "" is (“”, 0).
func splitAddr(addr string) (string, int, error) {
	if addr == "" {
		return "", 0, nil
	}
	host, portText, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, err
	}
	if host == "" {
		return "", 0, fmt.Errorf("%q: no host (use 0.0.0.0 to listen on all interfaces)", addr)
	}
	port, err := strconv.ParseUint(portText, 10, 16)
	if err != nil {
		return "", 0, fmt.Errorf("%q: bad port: %w", addr, err)
	}
	return host, int(port), nil
}

// Engine is an EVM chain on go-ethereum that derivation drives (it implements derive.Chain)
// and that serves geth's JSON-RPC. Build, Rewind, SetSafe and SetFinalized are serialised;
// the RPC reads concurrently.
type Engine struct {
	log     *slog.Logger
	genesis *Genesis
	stack   *node.Node
	eth     *eth.Ethereum
	bc      *core.BlockChain
	sender  Sender
	metrics *Metrics

	httpOn, wsOn bool
	syncTimeout  time.Duration
	syncMax      time.Duration

	skips   *skipRecord
	pending *pendingNonces

	// mu serialises the chain's writers and guards closed.
	mu     sync.Mutex
	closed bool

	// built is closed and replaced after each block Build inserts, waking the RPC calls that
	// wait for a transaction's block; builds counts them.
	signalMu sync.Mutex
	built    chan struct{}
	builds   uint64

	lifeMu  sync.Mutex
	started bool
	stopped bool
	closing chan struct{}
	client  *rpc.Client // in-process client of the node's own RPC, for receipts
}

// New opens (or creates) the chain in cfg.DataDir and assembles the node; Start serves RPC. A
// data dir that holds the chain of another genesis or chain ID is refused.
func New(cfg Config) (*Engine, error) {
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("engine config: %w", err)
	}
	routeGethLogs(cfg.Logger)
	httpHost, httpPort, _ := splitAddr(cfg.HTTPAddr)
	wsHost, wsPort, _ := splitAddr(cfg.WSAddr)
	modules := []string{"eth", "net", "web3"}
	for _, api := range cfg.ExtraAPIs {
		modules = append(modules, api.Namespace)
	}

	ncfg := node.DefaultConfig
	ncfg.Name = instanceName
	ncfg.DataDir = cfg.DataDir
	ncfg.IPCPath = ""
	ncfg.HTTPHost, ncfg.HTTPPort = httpHost, httpPort
	ncfg.WSHost, ncfg.WSPort = wsHost, wsPort
	ncfg.HTTPModules, ncfg.WSModules = modules, modules
	// Served to wallets and dapps under any name or origin, as public RPC endpoints are.
	ncfg.HTTPVirtualHosts = []string{"*"}
	ncfg.HTTPCors = []string{"*"}
	ncfg.WSOrigins = []string{"*"}
	ncfg.P2P = p2p.Config{NoDiscovery: true, NoDial: true, MaxPeers: 0, ListenAddr: ""}
	stack, err := node.New(&ncfg)
	if err != nil {
		return nil, fmt.Errorf("open node in %s: %w", cfg.DataDir, err)
	}
	gen := cfg.Genesis.Core()
	if err := prepareDatabase(stack, gen, cfg.Genesis.ChainID); err != nil {
		return nil, errors.Join(fmt.Errorf("data dir %s: %w", cfg.DataDir, err), stack.Close())
	}

	ecfg := ethconfig.Defaults
	ecfg.Genesis = gen
	ecfg.NetworkId = cfg.Genesis.ChainID
	ecfg.SyncMode = ethconfig.FullSync
	ecfg.StateScheme = rawdb.PathScheme
	ecfg.TransactionHistory = 0 // receipts of the whole chain stay reachable by hash
	ecfg.TxPool.NoLocals = true
	ecfg.DatabaseCache, ecfg.DatabaseHandles = databaseCache, dbHandles
	ecfg.TrieCleanCache, ecfg.TrieDirtyCache, ecfg.SnapshotCache = trieCleanCache, trieDirtyCache, snapshotCache
	ecfg.Miner.GasCeil = cfg.Genesis.GasLimit
	ecfg.TxSyncDefaultTimeout = cfg.SyncTimeout
	ecfg.TxSyncMaxTimeout = max(MaxSyncTimeout, cfg.SyncTimeout)
	backend, err := eth.New(stack, &ecfg)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("open chain in %s: %w", cfg.DataDir, err), stack.Close())
	}

	e := &Engine{
		log:         cfg.Logger.With("component", "engine"),
		genesis:     cfg.Genesis,
		stack:       stack,
		eth:         backend,
		bc:          backend.BlockChain(),
		sender:      cfg.Sender,
		httpOn:      cfg.HTTPAddr != "",
		wsOn:        cfg.WSAddr != "",
		syncTimeout: ecfg.TxSyncDefaultTimeout,
		syncMax:     ecfg.TxSyncMaxTimeout,
		skips:       newSkipRecord(DefaultSkipRecord),
		pending:     newPendingNonces(DefaultPendingRecord, DefaultPendingTTL, time.Now),
		built:       make(chan struct{}),
		closing:     make(chan struct{}),
	}
	e.metrics, err = newMetrics(cfg.Registerer, func() float64 { return float64(e.pending.size()) })
	if err != nil {
		return nil, errors.Join(err, e.closeUnstarted())
	}
	e.metrics.Head.Set(float64(e.bc.CurrentBlock().Number.Uint64()))

	apis := []rpc.API{
		// eth.New leaves logs and filters out (geth's command registers them itself).
		{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(backend.APIBackend, filters.Config{}))},
		// Registered after eth.New's: a method registered again replaces the earlier one.
		{Namespace: "eth", Service: &ethOverrides{e: e}},
	}
	stack.RegisterAPIs(append(apis, cfg.ExtraAPIs...))
	return e, nil
}

// prepareDatabase checks that the data dir holds no chain of another genesis, and on a chain
// still at genesis marks transaction indexing done: geth's indexer otherwise reports
// "transaction indexing is in progress" for every unknown hash until block 1, which wallets
// take as a failure of eth_getTransactionReceipt. Genesis holds no transactions, so an index
// whose tail is block 0 is complete.
func prepareDatabase(stack *node.Node, genesis *core.Genesis, chainID uint64) error {
	db, err := stack.OpenDatabaseWithOptions("chaindata", node.DatabaseOptions{Cache: 16, Handles: 16})
	if err != nil {
		return fmt.Errorf("open chain database: %w", err)
	}
	defer db.Close()
	if stored := rawdb.ReadCanonicalHash(db, 0); stored != (common.Hash{}) {
		if want := genesis.ToBlock().Hash(); stored != want {
			return fmt.Errorf("%w: its genesis block is %s, the configured genesis makes %s", ErrGenesisMismatch, stored, want)
		}
		if cfg := rawdb.ReadChainConfig(db, stored); cfg != nil && cfg.ChainID != nil && cfg.ChainID.Uint64() != chainID {
			return fmt.Errorf("%w: its chain ID is %d, the configured genesis says %d", ErrGenesisMismatch, cfg.ChainID.Uint64(), chainID)
		}
	}
	head := uint64(0)
	if n, ok := rawdb.ReadHeaderNumber(db, rawdb.ReadHeadBlockHash(db)); ok {
		head = n
	}
	if head == 0 && rawdb.ReadTxIndexTail(db) == nil {
		rawdb.WriteTxIndexTail(db, 0)
	}
	return nil
}

// Start serves JSON-RPC and starts geth's background work (log index, pools).
func (e *Engine) Start() error {
	e.lifeMu.Lock()
	defer e.lifeMu.Unlock()
	if e.stopped {
		return ErrClosed
	}
	if e.started {
		return errors.New("engine already started")
	}
	if err := e.stack.Start(); err != nil {
		// geth closes the node (and its databases) when its start fails: the engine is done,
		// and Close has nothing left to release.
		e.stopped = true
		close(e.closing)
		e.mu.Lock()
		e.closed = true
		e.mu.Unlock()
		return fmt.Errorf("start node: %w", err)
	}
	e.started = true
	e.client = e.stack.Attach()
	head := e.bc.CurrentBlock()
	e.log.Info("rollup chain serving", "chainID", e.genesis.ChainID, "block", head.Number.Uint64(), "hash", head.Hash(),
		"http", e.httpURL(), "ws", e.wsURL())
	return nil
}

// HTTPURL is the bound JSON-RPC HTTP URL once started, "" when HTTP is off.
func (e *Engine) HTTPURL() string {
	e.lifeMu.Lock()
	defer e.lifeMu.Unlock()
	return e.httpURL()
}

// WSURL is the bound JSON-RPC WebSocket URL once started, "" when WebSocket is off.
func (e *Engine) WSURL() string {
	e.lifeMu.Lock()
	defer e.lifeMu.Unlock()
	return e.wsURL()
}

func (e *Engine) httpURL() string {
	if !e.httpOn || !e.started || e.stopped {
		return ""
	}
	return e.stack.HTTPEndpoint()
}

func (e *Engine) wsURL() string {
	if !e.wsOn || !e.started || e.stopped {
		return ""
	}
	return e.stack.WSEndpoint()
}

// Close waits for a block being built, stops RPC and closes the chain; a clean close writes
// geth's state journal, so the next start resumes at the same head. Later calls do nothing.
func (e *Engine) Close() error {
	e.lifeMu.Lock()
	defer e.lifeMu.Unlock()
	if e.stopped {
		return nil
	}
	e.stopped = true
	close(e.closing)
	e.mu.Lock()
	e.closed = true
	e.mu.Unlock()
	if !e.started {
		return e.closeUnstarted()
	}
	e.client.Close()
	if err := e.stack.Close(); err != nil {
		return fmt.Errorf("close node: %w", err)
	}
	e.log.Info("rollup chain closed")
	return nil
}

// closeUnstarted closes what eth.New started: the node never ran eth's Stop, which is what
// stops the chain (writing its journal) and the pool.
func (e *Engine) closeUnstarted() error {
	e.bc.Stop()
	e.eth.TxPool().Close()
	e.eth.Engine().Close()
	if err := e.stack.Close(); err != nil {
		return fmt.Errorf("close node: %w", err)
	}
	return nil
}
