// Package rollup is Lockstep's reference EVM rollup node: it executes one rollup's ordering from
// Lockstep with go-ethereum and serves go-ethereum's JSON-RPC, so wallets, cast and dapps work
// against it.
//
// A Node follows its rollup through the follower package (soft batches from operators, firm ones
// once their checkpoint is on L1, forced transactions from the L1 inbox), turns them into blocks
// by derivation's rules (package rollup/derive, docs/rollup.md) and executes them on a
// go-ethereum chain (package rollup/engine). Block tags: latest is soft (committed by Lockstep's
// consensus), safe is firm (its checkpoint is on L1), finalized is safe with that checkpoint's L1
// block finalized. eth_sendRawTransaction is checked against the head state and forwarded to the
// operators. What became firm is journaled, so a restart (even after kill -9, which can cost
// go-ethereum its latest blocks) rebuilds exactly the same chain.
package rollup

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/lockstep-xyz/lockstep/api/rollupapi"
	"github.com/lockstep-xyz/lockstep/follower"
	"github.com/lockstep-xyz/lockstep/rollup/derive"
	"github.com/lockstep-xyz/lockstep/rollup/engine"
)

// Defaults of DefaultConfig. The listeners stay off the ports execution clients (8545, 8546)
// use by default.
const (
	DefaultL1Poll   = time.Second
	DefaultHTTPAddr = "127.0.0.1:9545"
	DefaultWSAddr   = "127.0.0.1:9546"
)

// Config configures a Node.
type Config struct {
	// DataDir holds the chain database, the journal and the follower's state.
	DataDir string
	// Genesis is the rollup's genesis; its chain ID is the rollup ID on Lockstep.
	Genesis *engine.Genesis
	// Operators are operator API URLs in order of preference, used to follow the ordering and
	// to forward transactions.
	Operators []string
	// Registry is the CheckpointRegistry's address on L1.
	Registry common.Address
	// Confirmations is how many L1 blocks must be on top of a checkpoint before its blocks are
	// safe.
	Confirmations uint64
	// FinalityDepth, when not 0, counts an L1 block finalized once that many blocks are on top
	// of it (for an L1 without finality, such as anvil); 0 uses L1's own finalized block.
	FinalityDepth uint64
	// L1Poll is how often L1 is read for new checkpoints and finality.
	L1Poll time.Duration
	// FollowerPoll is how often the operator in use is asked for new batches.
	FollowerPoll time.Duration
	// MaxSoftLead bounds how many Lockstep heights the soft head may run ahead of the firm one.
	MaxSoftLead uint64
	// HTTPAddr and WSAddr are the JSON-RPC listeners (host:port; "" for none).
	HTTPAddr, WSAddr string
	// SyncTimeout is eth_sendRawTransactionSync's default wait.
	SyncTimeout time.Duration
	Logger      *slog.Logger
	// Registerer takes the node's metrics (namespace lockstep, subsystem rollup); nil: none.
	Registerer prometheus.Registerer
}

// DefaultConfig is a node of genesis's chain in dataDir following operators, checking against
// registry, with the defaults of every other field.
func DefaultConfig(dataDir string, genesis *engine.Genesis, operators []string, registry common.Address) Config {
	ec := engine.DefaultConfig()
	return Config{
		DataDir: dataDir, Genesis: genesis, Operators: operators, Registry: registry,
		Confirmations: 1, L1Poll: DefaultL1Poll, FollowerPoll: follower.DefaultPollInterval,
		MaxSoftLead: derive.DefaultMaxSoftLead, HTTPAddr: DefaultHTTPAddr, WSAddr: DefaultWSAddr, SyncTimeout: ec.SyncTimeout,
	}
}

// Check names the first invalid field.
func (c *Config) Check() error {
	switch {
	case c.DataDir == "":
		return errors.New("rollup: DataDir is empty")
	case c.Genesis == nil:
		return errors.New("rollup: Genesis is nil")
	case len(c.Operators) == 0:
		return errors.New("rollup: Operators is empty (give at least one operator API URL)")
	case c.Registry == (common.Address{}):
		return errors.New("rollup: Registry is the zero address")
	case c.L1Poll <= 0:
		return errors.New("rollup: L1Poll is not positive")
	case c.FollowerPoll <= 0:
		return errors.New("rollup: FollowerPoll is not positive")
	case c.MaxSoftLead == 0:
		return errors.New("rollup: MaxSoftLead is 0")
	case c.SyncTimeout <= 0:
		return errors.New("rollup: SyncTimeout is not positive")
	}
	if err := c.Genesis.Check(); err != nil {
		return fmt.Errorf("rollup: Genesis: %w", err)
	}
	return nil
}

// L1Client is what the node reads L1 with (an *ethclient.Client does).
type L1Client = follower.L1Client

// Node is a running rollup node. Create it with New, then Start; Stop ends it.
type Node struct {
	cfg Config
	log *slog.Logger
	l1  L1Client

	eng     *engine.Engine
	journal *journal
	sender  *operatorSender
	fol     *follower.Follower
	m       *metrics

	mu      sync.Mutex // guards d and the collector
	d       *derive.Deriver
	pending *derive.Input // a height's transactions collected so far
	status  atomic.Pointer[Status]

	fail    func(error)
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	stopped atomic.Bool
	stopMu  sync.Mutex
}

// New opens the data dir (creating the chain from Genesis on first use), replays the journal and
// prepares the follower. fail, if not nil, is called once with the reason when the node can no
// longer go on (every operator lied, the journal or the chain failed); the node stops deriving.
func New(cfg Config, l1 L1Client, fail func(error)) (n *Node, err error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if l1 == nil {
		return nil, errors.New("rollup: no L1 client")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if fail == nil {
		fail = func(error) {}
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("rollup: data dir: %w", err)
	}
	n = &Node{cfg: cfg, log: cfg.Logger.With("component", "rollup", "chainID", cfg.Genesis.ChainID), l1: l1, fail: fail}
	defer func() {
		if err != nil {
			n.closeParts()
		}
	}()
	if n.m, err = newMetrics(cfg.Registerer); err != nil {
		return nil, fmt.Errorf("rollup: metrics: %w", err)
	}
	n.sender = newOperatorSender(cfg.Operators, n.log)
	ec := engine.DefaultConfig()
	ec.DataDir, ec.Genesis, ec.HTTPAddr, ec.WSAddr = cfg.DataDir, cfg.Genesis, cfg.HTTPAddr, cfg.WSAddr
	ec.Sender, ec.SyncTimeout, ec.Logger, ec.Registerer = n.sender, cfg.SyncTimeout, cfg.Logger, cfg.Registerer
	ec.ExtraAPIs = []rpc.API{{Namespace: rollupapi.Namespace, Service: &statusAPI{n}}}
	if n.eng, err = engine.New(ec); err != nil {
		return nil, fmt.Errorf("rollup: %w", err)
	}
	j, next, err := openJournal(filepath.Join(cfg.DataDir, "journal"), n.log)
	if err != nil {
		return nil, fmt.Errorf("rollup: %w", err)
	}
	n.journal = j
	if n.d, err = derive.New(derive.Config{MaxSoftLead: cfg.MaxSoftLead, Logger: cfg.Logger}, n.eng, j); err != nil {
		return nil, fmt.Errorf("rollup: %w", err)
	}
	if err := n.d.Restore(next); err != nil {
		return nil, fmt.Errorf("rollup: %w", err)
	}
	fc := follower.DefaultConfig(cfg.Genesis.ChainID, cfg.Operators, cfg.Registry)
	fc.Confirmations, fc.PollInterval, fc.L1PollInterval = cfg.Confirmations, cfg.FollowerPoll, cfg.L1Poll
	fc.StatePath, fc.Logger = filepath.Join(cfg.DataDir, "follower.json"), cfg.Logger
	if n.fol, err = follower.New(fc, l1); err != nil {
		return nil, fmt.Errorf("rollup: %w", err)
	}
	n.publish()
	return n, nil
}

// Start serves JSON-RPC and starts following the ordering.
func (n *Node) Start(ctx context.Context) error {
	if err := n.eng.Start(); err != nil {
		return fmt.Errorf("rollup: %w", err)
	}
	ctx, n.cancel = context.WithCancel(context.WithoutCancel(ctx))
	n.wg.Add(2)
	go func() {
		defer n.wg.Done()
		err := n.fol.Run(ctx, n.onItem)
		if err != nil && ctx.Err() == nil {
			n.log.Error("following the ordering stopped", "err", err)
			n.fail(fmt.Errorf("rollup: follower: %w", err))
		}
	}()
	go func() {
		defer n.wg.Done()
		n.pollFinality(ctx)
	}()
	s := n.Status()
	n.log.Info("rollup node started", "http", n.eng.HTTPURL(), "ws", n.eng.WSURL(), "head", s.Head, "safe", s.Safe, "firmHeight", s.FirmHeight)
	return nil
}

// Stop stops following, then closes the chain (writing go-ethereum's state journal) and the
// journal. It is idempotent.
func (n *Node) Stop(ctx context.Context) error {
	n.stopMu.Lock()
	defer n.stopMu.Unlock()
	if n.stopped.Load() {
		return nil
	}
	if n.cancel != nil {
		n.cancel()
	}
	done := make(chan struct{})
	go func() { n.wg.Wait(); close(done) }()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = fmt.Errorf("rollup: stop: %w", context.Cause(ctx))
	}
	n.stopped.Store(true)
	return errors.Join(err, n.closeParts())
}

// Stopped reports whether Stop has run.
func (n *Node) Stopped() bool { return n.stopped.Load() }

func (n *Node) closeParts() error {
	var errs []error
	if n.eng != nil {
		errs = append(errs, n.eng.Close())
	}
	n.mu.Lock()
	if n.journal != nil {
		errs = append(errs, n.journal.Close())
		n.journal = nil
	}
	n.mu.Unlock()
	if n.sender != nil {
		n.sender.Close()
	}
	return errors.Join(errs...)
}

// HTTPURL and WSURL are the JSON-RPC endpoints ("" when off).
func (n *Node) HTTPURL() string { return n.eng.HTTPURL() }
func (n *Node) WSURL() string   { return n.eng.WSURL() }

// Status is the node's progress, as rollup_status answers it.
type Status = rollupapi.Status

// Status reports the node's progress.
func (n *Node) Status() Status { return *n.status.Load() }

// publish refreshes the status and metrics; called with mu held (or before Start).
func (n *Node) publish() {
	ds := n.d.Status()
	s := Status{ChainID: n.cfg.Genesis.ChainID, Head: ds.Head, Safe: ds.Safe, Finalized: ds.Finalized, SoftHeight: ds.SoftHeight,
		FirmHeight: ds.FirmHeight, MaxSoftLead: n.cfg.MaxSoftLead, Waiting: ds.Waiting}
	if s.SoftHeight > s.FirmHeight {
		s.SoftLead = s.SoftHeight - s.FirmHeight
	}
	n.status.Store(&s)
	n.m.set(s)
}

// onItem feeds one follower item to derivation. A height's transactions arrive one item each,
// in order: they are collected and applied as one input when the last one arrives (or anything
// else does). The status is refreshed when derivation moved, not for every collected item.
func (n *Node) onItem(it follower.Item) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.journal == nil {
		return errors.New("rollup: node closed")
	}
	return n.apply(it) // Run ends with an error; Start's goroutine reports it
}

func (n *Node) apply(it follower.Item) error {
	if it.Kind == follower.KindTx && it.Source != follower.SourceL1 {
		p := n.pending
		firm := it.Status == follower.Firm
		if p != nil && (p.Height != it.Height || p.Firm != firm) {
			if err := n.flush(); err != nil {
				return err
			}
			p = nil
		}
		if p == nil {
			p = &derive.Input{Height: it.Height, TimeMs: it.TimeMs, Firm: firm}
			n.pending = p
		}
		p.Txs, p.Hashes = append(p.Txs, it.Tx), append(p.Hashes, it.TxHash)
		if it.Index+1 >= it.Count {
			return n.flush()
		}
		return nil
	}
	if err := n.flush(); err != nil {
		return err
	}
	defer n.publish()
	switch it.Kind {
	case follower.KindTx: // forced, firm from L1 at its deadline
		if it.InboxIndex == nil {
			return fmt.Errorf("rollup: forced transaction after height %d without its inbox index", it.Height)
		}
		n.log.Info("forced transaction from L1 (not ordered by Lockstep in time)", "afterHeight", it.Height, "inboxIndex", *it.InboxIndex, "txHash", it.TxHash)
		return n.d.AddInput(derive.Input{Height: it.Height, TimeMs: it.TimeMs, Late: true, Firm: true, InboxIndex: *it.InboxIndex,
			Txs: [][]byte{it.Tx}, Hashes: []common.Hash{it.TxHash}})
	case follower.KindRetract:
		n.m.retracts.Inc()
		n.log.Warn("soft batch withdrawn; rolling the soft head back", "height", it.Height, "source", it.Source, "reason", it.Reason)
		return n.d.Retract(it.Height)
	case follower.KindCheckpoint:
		return n.d.AddCheckpoint(derive.Checkpoint{Number: it.Checkpoint, EndHeight: it.EndHeight, TimeMs: it.TimeMs, L1Block: it.L1Block})
	case follower.KindLie:
		n.log.Warn("operator caught serving data that does not verify; not used again", "operator", it.Operator, "height", it.Height, "reason", it.Reason)
		n.sender.Drop(it.Operator)
	}
	return nil
}

// flush applies the collected transactions of a height.
func (n *Node) flush() error {
	p := n.pending
	if p == nil {
		return nil
	}
	n.pending = nil
	start := time.Now()
	err := n.d.AddInput(*p)
	n.m.applySeconds.Observe(time.Since(start).Seconds())
	n.publish()
	return err
}

// pollFinality reads L1's finalized block and passes it to derivation.
func (n *Node) pollFinality(ctx context.Context) {
	t := time.NewTicker(n.cfg.L1Poll)
	defer t.Stop()
	var warned time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		fin, err := n.l1Finalized(ctx)
		if err != nil {
			if ctx.Err() == nil && time.Since(warned) > time.Minute {
				n.log.Warn("cannot read L1's finalized block; retrying", "err", err)
				warned = time.Now()
			}
			continue
		}
		n.mu.Lock()
		if n.journal != nil {
			if err := n.d.L1Finalized(fin); err != nil {
				n.log.Error("finalizing", "err", err)
				n.fail(err)
			}
			n.publish()
		}
		n.mu.Unlock()
	}
}

func (n *Node) l1Finalized(ctx context.Context) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	var (
		h   *types.Header
		err error
	)
	if n.cfg.FinalityDepth == 0 {
		h, err = n.l1.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
	} else {
		h, err = n.l1.HeaderByNumber(ctx, nil)
	}
	if err != nil {
		return 0, err
	}
	num := h.Number.Uint64()
	if n.cfg.FinalityDepth > 0 {
		if num < n.cfg.FinalityDepth {
			return 0, nil
		}
		num -= n.cfg.FinalityDepth
	}
	return num, nil
}

// statusAPI is the rollup namespace: rollup_status.
type statusAPI struct{ n *Node }

// Status answers rollup_status.
func (a *statusAPI) Status() Status { return a.n.Status() }

// TransactionStatus answers rollup_transactionStatus: included (with its block), skipped (with
// the reason; it has no receipt), pending (forwarded by this node) or unknown.
func (a *statusAPI) TransactionStatus(hash common.Hash) rollupapi.TxStatus {
	s := a.n.eng.TxStatus(hash)
	out := rollupapi.TxStatus{Status: s.Status, Reason: s.Reason}
	if s.Status == rollupapi.TxIncluded {
		out.Block = &s.Block
	}
	return out
}
