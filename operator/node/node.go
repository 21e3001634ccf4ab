// Package node assembles an operator node: CometBFT in-process (p2p over TCP) running the
// Lockstep ABCI application, the client API, checkpoint signing, the L1 rollup view and the
// metrics / EigenLayer node API server. It is, with operator/app, the only package that
// touches CometBFT.
package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	cmtcfg "github.com/cometbft/cometbft/config"
	cmtnode "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"golang.org/x/sync/singleflight"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/inbox"
	"github.com/lockstep-xyz/lockstep/internal/httpserver"
	"github.com/lockstep-xyz/lockstep/operator/app"
	"github.com/lockstep-xyz/lockstep/operator/avail"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/gather"
	"github.com/lockstep-xyz/lockstep/operator/l1"
	"github.com/lockstep-xyz/lockstep/operator/rpc"
	"github.com/lockstep-xyz/lockstep/operator/signing"
	"github.com/lockstep-xyz/lockstep/operator/socket"
	"github.com/lockstep-xyz/lockstep/operator/store"
	"github.com/lockstep-xyz/lockstep/signer"
)

// Node is a running operator node.
type Node struct {
	cfg      Config
	log      *slog.Logger
	reg      *prometheus.Registry
	genesis  *cmttypes.GenesisDoc
	gs       *app.GenesisState
	identity Identity

	store *store.Store
	// gather gathers single transactions into batches (nil: gathering off).
	gather *gather.Gatherer
	// recent are the user transactions gathering accepted lately, for retries.
	recent *recentTxs
	// inflight joins concurrent submissions of the same bytes: they share one journal entry,
	// so one of them failing must not unjournal it under the other.
	inflight singleflight.Group
	eth      *ethclient.Client
	l1       *l1Client // every L1 read goes through it (metered); nil without L1
	stakes   *prometheus.GaugeVec
	rollups  *l1.Rollups
	vals     *l1.Validators
	origins  *l1.Origins
	signing  *signing.Service
	app      *app.App
	api      *rpc.Server
	cmt      *cmtnode.Node
	metrics  *httpserver.Server // nil: no metrics endpoint
	operator common.Hash
	// l1Peers are the current validators' peer addresses read from L1 at start, so a node
	// also finds validators that joined after the genesis.
	l1Peers []string
	// operators is the operator set last read from L1, for lockstep_operators.
	operators atomic.Pointer[operatorapi.Operators]

	// pool holds the transactions ordered by reference, avail moves them among operators.
	pool  *avail.Pool
	avail *avail.Reactor
	// life ends when Stop begins: a committed block waiting for a referenced transaction from
	// peers stops waiting.
	life    context.Context
	endLife context.CancelFunc

	cancel   context.CancelFunc
	wg       sync.WaitGroup
	stopOnce sync.Once
	stopErr  error
	started  bool
	stopped  atomic.Bool
}

// New builds a node from cfg; on failure it releases what it had opened.
func New(cfg Config, log *slog.Logger) (n *Node, err error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	n = &Node{cfg: cfg, log: log.With("component", "node"), reg: prometheus.NewRegistry()}
	n.stakes = newRegisteredStakes(n.reg)
	var cleanup []func() error
	defer func() {
		if err != nil {
			for i := len(cleanup) - 1; i >= 0; i-- {
				err = errors.Join(err, cleanup[i]())
			}
		}
	}()

	if n.identity, err = LoadIdentity(cfg.Home); err != nil {
		return nil, err
	}
	if n.genesis, err = cmttypes.GenesisDocFromFile(genesisPath(cfg.Home)); err != nil {
		return nil, fmt.Errorf("read genesis (run lockstep operator genesis): %w", err)
	}
	if n.gs, err = app.ParseGenesisState(n.genesis.AppState); err != nil {
		return nil, err
	}

	if n.store, err = store.OpenWith(appStorePath(cfg.Home), cfg.Journal); err != nil {
		return nil, err
	}
	cleanup = append(cleanup, n.store.Close)

	var reader l1.Reader
	var ops []avs.Operator // the operator set read at startup, if it was
	if cfg.L1RPC != "" {
		if n.eth, err = ethclient.Dial(cfg.L1RPC); err != nil {
			return nil, fmt.Errorf("dial L1 %s: %w", cfg.L1RPC, err)
		}
		cleanup = append(cleanup, func() error { n.eth.Close(); return nil })
		n.l1 = newL1Client(n.eth, n.reg)
		avsReader, err := avs.NewReader(n.l1, cfg.Contracts)
		if err != nil {
			return nil, err
		}
		reader = avsReader
		if cfg.ValidatorSync > 0 {
			n.vals = l1.NewValidators(avsReader, n.l1.BlockNumber, cfg.ValidatorConfirmations, cfg.ValidatorSync, log)
			var block uint64
			n.l1Peers, ops, block = n.readL1Peers(avsReader)
			if ops != nil {
				n.setOperators(block, ops)
			}
			// The operator set (sockets and stakes) as the validator follower reads it anyway.
			n.vals.ObserveOperators(func(block uint64, ops []avs.Operator) {
				n.setOperators(block, ops)
				setStakes(n.stakes, n.operator, ops)
			})
		}
		if cfg.L1Poll > 0 {
			var q l1.Queue
			if addr := n.gs.ForcedInclusionInbox; addr != (common.Address{}) {
				r, err := inbox.NewReader(addr, n.l1)
				if err != nil {
					return nil, err
				}
				q = r
			}
			n.origins = l1.NewOrigins(n.l1, q, cfg.L1OriginLag, cfg.L1Poll, log)
		}
	}
	n.rollups = l1.NewRollups(reader, cfg.RollupsRefresh, n.gs.Rollups, log)

	meta, err := n.store.Meta()
	if err != nil {
		return nil, err
	}
	if cfg.Signing.BLSKeystore != "" {
		key, err := bls.ReadPrivateKeyFromFile(cfg.Signing.BLSKeystore, cfg.Signing.BLSPassword)
		if err != nil {
			return nil, fmt.Errorf("read BLS keystore %s: %w", cfg.Signing.BLSKeystore, err)
		}
		guard, err := signer.OpenGuard(guardPath(cfg.Home), 0)
		if err != nil {
			return nil, err
		}
		n.operator = common.Hash(sdktypes.OperatorIdFromKeyPair(key))
		s := signer.New(key, guard, n.gs.L1ChainID, n.gs.Registry)
		if n.signing, err = signing.New(signing.Config{Aggregators: cfg.Signing.Aggregators, OperatorID: n.operator, MinBackoff: cfg.Signing.MinBackoff, UnknownRetry: signing.DefaultUnknownRetry,
			MaxBackoff: cfg.Signing.MaxBackoff, Timeout: 5 * time.Second, Faults: cfg.Faults.signing(key)}, n.store, s, meta.LastCheckpoint, log, signing.NewMetrics(n.reg)); err != nil {
			return nil, err
		}
		// eigen_registered_stakes comes from the operator-set reads the node makes anyway (the
		// validator follower's observer sets it from then on).
		setStakes(n.stakes, n.operator, ops)
	}

	heights := rpc.NewHeights(meta.Height)
	apiCfg := cfg.API
	apiCfg.Faults = cfg.Faults.api()
	apiCfg.OnFailure = n.fatal
	if n.api, err = rpc.New(apiCfg, n, n.store, heights, log, rpc.NewMetrics(n.reg)); err != nil {
		return nil, err
	}
	if cfg.Gather.Enabled() {
		n.recent = newRecentTxs(recentTxsKept)
		if n.gather, err = gather.New(cfg.Gather, n.submitGathered, log, gather.NewMetrics(n.reg)); err != nil {
			return nil, err
		}
	}
	if n.app, err = app.New(cfg.App, n.store, n.rollups, log, app.NewMetrics(n.reg), n.committed); err != nil {
		return nil, err
	}
	cleanup = append(cleanup, n.app.Close)
	n.app.OnFatal(n.fatal)
	if n.vals != nil {
		n.app.SyncValidators(n.vals)
	}
	if n.origins != nil && cfg.Faults.followL1() {
		n.app.FollowL1(n.origins)
	}
	// Every node holds and serves referenced transactions, whether or not its own API makes
	// references (RefMinBytes).
	if n.pool, err = avail.Open(availPath(cfg.Home)); err != nil {
		return nil, err
	}
	cleanup = append(cleanup, n.pool.Close)
	n.avail = avail.NewReactor(n.pool, checkPushed, envelope.MaxTxBytes, log)
	n.avail.Metrics = avail.NewMetrics(n.reg)
	n.avail.OnStored = n.app.Prehash
	n.life, n.endLife = context.WithCancel(context.Background())
	n.app.UsePayloads(payloads{pool: n.pool, reactor: n.avail, life: n.life, peerAPIs: n.peerAPIs, log: n.log})

	cc, err := n.cometConfig()
	if err != nil {
		return nil, err
	}
	nk, err := p2p.LoadNodeKey(cc.NodeKeyFile())
	if err != nil {
		return nil, err
	}
	pv := privval.LoadFilePV(cc.PrivValidatorKeyFile(), cc.PrivValidatorStateFile())
	if n.cmt, err = cmtnode.NewNode(cc, pv, nk, proxy.NewConnSyncLocalClientCreator(n.app),
		func() (*cmttypes.GenesisDoc, error) { return n.genesis, nil }, dbProvider,
		cometMetrics(cc.Instrumentation), newCmtLogger(log, cfg.CometLogLevel),
		cmtnode.CustomReactors(map[string]p2p.Reactor{"AVAIL": n.avail})); err != nil {
		return nil, fmt.Errorf("create CometBFT node: %w", err)
	}
	if cfg.MetricsAddr != "" {
		n.metrics = httpserver.New("metrics", cfg.MetricsAddr, &http.Server{Handler: n.metricsHandler(), ReadHeaderTimeout: 10 * time.Second}, log, n.fatal)
	}
	return n, nil
}

// readL1Peers reads the current members' peer addresses, and returns the operators read; L1
// trouble only costs the extra peers.
func (n *Node) readL1Peers(r l1.Reader) ([]string, []avs.Operator, uint64) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	head, err := n.l1.BlockNumber(ctx)
	var ops []avs.Operator
	if err == nil {
		ops, err = r.OperatorsAt(ctx, head)
	}
	if err != nil {
		n.log.Warn("read peers from L1 (using the genesis validators only)", "err", err)
		return nil, nil, 0
	}
	var out []string
	for _, m := range l1.Members(ops, nil) {
		if m.Socket.NodeID != n.identity.NodeID {
			out = append(out, m.Socket.PeerAddress())
		}
	}
	return out, ops, head
}

// cometConfig is CometBFT's configuration: low-latency defaults from cfg.
func (n *Node) cometConfig() (*cmtcfg.Config, error) {
	cfg := n.cfg
	cc := cmtcfg.DefaultConfig()
	cc.SetRoot(cfg.Home)
	cc.Moniker = cfg.Moniker
	cc.P2P.ListenAddress = "tcp://" + cfg.P2PListen
	cc.P2P.ExternalAddress = cfg.P2PExternal
	cc.P2P.PexReactor = false
	cc.P2P.AddrBookStrict = false
	cc.P2P.AllowDuplicateIP = true
	cc.P2P.FlushThrottleTimeout = cfg.Consensus.FlushThrottle
	cc.P2P.PersistentPeersMaxDialPeriod = 2 * time.Second
	peers := cfg.Peers
	if len(peers) == 0 {
		seen := make(map[string]bool)
		for _, o := range n.gs.Operators {
			s, err := socket.Parse(o.Socket)
			if err != nil || s.NodeID == n.identity.NodeID || seen[s.PeerAddress()] {
				continue
			}
			seen[s.PeerAddress()] = true
			peers = append(peers, s.PeerAddress())
		}
		for _, p := range n.l1Peers {
			if !seen[p] {
				seen[p] = true
				peers = append(peers, p)
			}
		}
	}
	cc.P2P.PersistentPeers = strings.Join(peers, ",")
	cc.RPC.ListenAddress = cfg.CometRPC
	cc.Consensus.TimeoutPropose = cfg.Consensus.TimeoutPropose
	cc.Consensus.TimeoutCommit = cfg.Consensus.TimeoutCommit
	cc.Consensus.SkipTimeoutCommit = true
	cc.Consensus.PeerGossipSleepDuration = cfg.Consensus.PeerGossipSleep
	cc.Consensus.CreateEmptyBlocks = true
	cc.Consensus.CreateEmptyBlocksInterval = cfg.Consensus.EmptyBlockInterval
	cc.Mempool.Size = cfg.Mempool.Size
	cc.Mempool.MaxTxsBytes = cfg.Mempool.MaxBytes
	cc.Mempool.MaxTxBytes = envelope.MaxTxBytes
	// Recheck after each block drops what no longer validates (a rollup deregistered on L1)
	// instead of letting it sit in the mempool for ever. CheckTx is cheap: decode and a lookup.
	cc.Mempool.Recheck = true
	cc.Mempool.CacheSize = max(cc.Mempool.CacheSize, 2*cfg.Mempool.Size)
	cc.P2P.SendRate, cc.P2P.RecvRate = cfg.P2PSendRate, cfg.P2PRecvRate
	// CometBFT's metrics (consensus, mempool, p2p...) under the lockstep namespace. They register
	// on the process-wide default registry (go-kit), which /metrics serves together with ours;
	// CometBFT's own metrics server stays off.
	cc.Instrumentation.Prometheus = true
	cc.Instrumentation.PrometheusListenAddr = ""
	cc.Instrumentation.Namespace = "lockstep"
	cc.TxIndex.Indexer = "null" // the application indexes what it sequences
	if err := cc.ValidateBasic(); err != nil {
		return nil, fmt.Errorf("CometBFT config: %w", err)
	}
	return cc, nil
}

// committed runs after each durable commit (from the ABCI connection: must not block).
func (n *Node) committed(c app.Committed) {
	n.api.Committed(c.Block.Height, c.Hashes)
	if c.Checkpoint != nil && n.signing != nil {
		n.signing.Checkpoint(c.Checkpoint.Number)
	}
}

// Start starts every part.
func (n *Node) Start(ctx context.Context) error {
	if err := n.rollups.Start(ctx); err != nil {
		return err
	}
	if n.vals != nil {
		if err := n.vals.Start(ctx); err != nil {
			return err
		}
	}
	if n.origins != nil {
		if err := n.origins.Start(ctx); err != nil {
			return err
		}
	}
	if n.signing != nil {
		if err := n.signing.Start(ctx); err != nil {
			return err
		}
	}
	if err := n.cmt.Start(); err != nil {
		return fmt.Errorf("start CometBFT: %w", err)
	}
	n.started = true
	if err := n.api.Start(ctx); err != nil {
		return err
	}
	if n.metrics != nil {
		if err := n.metrics.Start(ctx); err != nil {
			return err
		}
	}
	rctx, cancel := context.WithCancel(context.Background())
	n.cancel = cancel
	n.wg.Add(2)
	go func() {
		defer n.wg.Done()
		n.replayJournal(rctx)
	}()
	go func() {
		defer n.wg.Done()
		n.watchConsensus(rctx)
	}()
	n.log.Info("operator node started", "nodeID", n.identity.NodeID, "chainID", n.genesis.ChainID, "api", n.api.Addr(), "p2p", n.cfg.P2PListen, "height", n.app.Meta().Height)
	return nil
}

// watchConsensus reports CometBFT quitting on its own (a consensus failure, a conflicting
// vote of our own key): without consensus the node serves nothing new. Stop cancels ctx
// before it stops CometBFT, so that quit is not reported.
func (n *Node) watchConsensus(ctx context.Context) {
	select {
	case <-n.cmt.Quit():
		if ctx.Err() == nil {
			n.fatal(errors.New("CometBFT stopped"))
		}
	case <-ctx.Done():
	}
}

// fatal reports a part that died: the node cannot go on without it.
func (n *Node) fatal(err error) {
	if n.cfg.OnFatal == nil {
		n.log.Error("operator node part failed", "err", err)
		return
	}
	n.cfg.OnFatal(err)
}

// Stopped reports whether Stop has run.
func (n *Node) Stopped() bool { return n.stopped.Load() }

// APIAddr is the API's listening address.
func (n *Node) APIAddr() string { return n.api.Addr() }

// Stop stops every part in reverse order. It is idempotent.
func (n *Node) Stop(ctx context.Context) error {
	n.stopOnce.Do(func() {
		var errs []error
		if n.cancel != nil {
			n.cancel()
		}
		n.endLife()
		if n.metrics != nil {
			errs = append(errs, n.metrics.Stop(ctx))
		}
		errs = append(errs, n.api.Stop(ctx))
		if n.gather != nil {
			// What is still gathering is submitted while CometBFT runs, its callers answered.
			errs = append(errs, n.gather.Stop(ctx))
		}
		if n.started && n.cmt.IsRunning() {
			if err := n.cmt.Stop(); err != nil {
				errs = append(errs, fmt.Errorf("stop CometBFT: %w", err))
			}
			n.cmt.Wait()
		}
		n.wg.Wait()
		// Consensus is stopped: the heights it committed and the store has not written yet are
		// written now.
		errs = append(errs, n.app.Close())
		if n.signing != nil {
			errs = append(errs, n.signing.Stop(ctx))
		}
		if n.origins != nil {
			errs = append(errs, n.origins.Stop(ctx))
		}
		if n.vals != nil {
			errs = append(errs, n.vals.Stop(ctx))
		}
		errs = append(errs, n.rollups.Stop(ctx))
		errs = append(errs, n.store.Close(), n.pool.Close())
		if n.eth != nil {
			n.eth.Close()
		}
		n.stopErr = errors.Join(errs...)
		n.stopped.Store(true)
	})
	return n.stopErr
}

// Submit implements rpc.Submitter: validate, journal durably, then admit to the mempool. A
// single transaction is validated on its own and, with gathering on, waits a moment to share
// one consensus transaction with others of its rollup (bundles are atomic across rollups and
// batches are whole already: they go as they are). Concurrent submissions of the same bytes
// share one attempt and its answer (keyed by the bytes themselves: cheaper than hashing them,
// and the journal hashes them anyway).
func (n *Node) Submit(ctx context.Context, raw []byte) error {
	d, err := n.validate(raw)
	if err != nil {
		return err
	}
	if n.gather != nil && !d.Bundle && !d.Batch && len(d.Parts) == 1 {
		// A retry of a transaction accepted before is accepted again without sequencing it
		// twice: a gathered batch is a new consensus transaction, so CometBFT's mempool cache
		// no longer catches the repeat.
		h := commitment.TxHash(d.Parts[0].Payload)
		if n.recent.has(h) {
			return nil
		}
		if _, err := n.store.Tx(h); err == nil {
			return nil
		}
		err := n.gather.Submit(ctx, d.Parts[0].RollupID, d.Parts[0].Payload)
		if errors.Is(err, gather.ErrBusy) {
			return rpc.ErrBusy
		}
		if err == nil {
			n.recent.add(h)
		}
		return err
	}
	_, err, _ = n.inflight.Do(string(raw), func() (any, error) { return nil, n.admit(ctx, raw) })
	return err
}

// submitGathered admits a batch the gatherer made of transactions validated one by one.
// Its CheckTx (in admit) checks the batch as a whole; decoding it once more here would only
// repeat that on the hot path.
func (n *Node) submitGathered(ctx context.Context, raw []byte) error {
	_, err, _ := n.inflight.Do(string(raw), func() (any, error) { return nil, n.admit(ctx, raw) })
	return err
}

// Status implements rpc.Backend.
func (n *Node) Status() operatorapi.NodeStatus {
	s := operatorapi.NodeStatus{ChainID: n.genesis.ChainID, NodeID: n.identity.NodeID}
	if n.operator != (common.Hash{}) {
		s.OperatorID = n.operator.Hex()
	}
	if n.started {
		s.CatchingUp = n.cmt.ConsensusReactor().WaitSync()
		s.Peers = n.cmt.Switch().Peers().Size()
		s.MempoolTxs = n.cmt.Mempool().Size()
	}
	return s
}

// setOperators records the operator set read at L1 block for lockstep_operators.
func (n *Node) setOperators(block uint64, ops []avs.Operator) {
	if cur := n.operators.Load(); cur != nil && cur.L1Block > block {
		return
	}
	n.operators.Store(l1.OperatorsInfo(block, ops))
}

// Operators implements rpc.Backend.
func (n *Node) Operators() (*operatorapi.Operators, bool) {
	ops := n.operators.Load()
	return ops, ops != nil
}

// CheckpointInterval implements rpc.Backend.
func (n *Node) CheckpointInterval() uint64 { return n.gs.CheckpointInterval }
