package bench

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"iter"
	"log/slog"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/sync/errgroup"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/bench/internal/mdtable"
	"github.com/lockstep-xyz/lockstep/bench/internal/stats"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/system"
)

// rollupChainID is the EVM rollup the rollup benchmark runs a node for; its chain ID is its
// rollup ID.
const rollupChainID = 901

// The anvil dev accounts (funded by the rollup genesis) each stream signs with: disjoint, so each
// stream keeps its own nonces, and several per stream, so one account sends at most a few
// transactions a second one after the other (the rollup node refuses a nonce gap).
var (
	rollupNodeAccounts   = []int{0, 1, 2, 3, 4, 5}
	rollupDirectAccounts = []int{6, 7, 8, 9}
)

// rollupSink receives the benchmark's value transfers: an address nobody holds a key for.
var rollupSink = common.BytesToAddress(crypto.Keccak256([]byte("lockstep bench rollup sink")))

// rollupBatchMax is how many calls one JSON-RPC batch carries (the operator's limit is 100).
const rollupBatchMax = 100

// RollupConfig configures RunRollup.
type RollupConfig struct {
	// LockstepBinary is the lockstep executable the system runs (required).
	LockstepBinary string `json:"-"`
	// WorkDir holds the run's data folder (rollup/, removed after a successful run); empty
	// means a fresh temporary folder.
	WorkDir string `json:"-"`
	// Operators is the number of operator nodes; the rollup node follows all of them.
	Operators int `json:"operators"`
	// BlockTime is anvil's block interval.
	BlockTime time.Duration `json:"l1BlockTimeNs"`
	// CheckpointInterval is K of the genesis: a checkpoint every K heights.
	CheckpointInterval uint64 `json:"checkpointInterval"`
	// Rate is the open-loop load sent to the rollup node, in tx/s, for Duration.
	Rate     float64       `json:"txPerSecond"`
	Duration time.Duration `json:"sendingNs"`
	// DirectRate is the parallel load sent straight to operator 0, in tx/s, for Duration.
	DirectRate float64 `json:"directTxPerSecond"`
	// Drain bounds the wait after the last send for the last transaction to be soft and safe.
	Drain time.Duration `json:"drainNs"`
	// Timeout bounds the run, start-up included; a run that times out reports what it has.
	Timeout time.Duration `json:"timeoutNs"`
	// SafePoll is how often the rollup node's safe header is read; TxPoll how often operator 0
	// is asked for the direct transactions not found yet.
	SafePoll time.Duration `json:"safePollNs"`
	TxPoll   time.Duration `json:"getTxPollNs"`
	// Log receives the system's steps; nil discards them.
	Log *slog.Logger `json:"-"`
}

// DefaultRollupConfig is the full run (50 tx/s for 30 s), or with quick a smoke test (20 tx/s
// for 8 s).
func DefaultRollupConfig(quick bool) RollupConfig {
	c := RollupConfig{
		Operators:          4,
		BlockTime:          time.Second,
		CheckpointInterval: 3,
		Rate:               50,
		Duration:           30 * time.Second,
		DirectRate:         10,
		Drain:              40 * time.Second,
		Timeout:            4 * time.Minute,
		SafePoll:           50 * time.Millisecond,
		TxPoll:             5 * time.Millisecond,
	}
	if quick {
		c.Rate, c.Duration, c.DirectRate, c.Drain, c.Timeout = 20, 8*time.Second, 5, 30*time.Second, 3*time.Minute
	}
	return c
}

// Check names the first bad field.
func (c RollupConfig) Check() error {
	switch {
	case c.LockstepBinary == "":
		return errors.New("rollup latency: no lockstep binary")
	case c.Operators < 1:
		return fmt.Errorf("rollup latency: Operators %d, want at least 1", c.Operators)
	case c.BlockTime <= 0:
		return fmt.Errorf("rollup latency: BlockTime %s, want > 0", c.BlockTime)
	case c.CheckpointInterval == 0:
		return errors.New("rollup latency: CheckpointInterval 0, want > 0")
	case !(c.Rate > 0) || math.IsInf(c.Rate, 0):
		return fmt.Errorf("rollup latency: Rate %v, want > 0", c.Rate)
	case !(c.DirectRate > 0) || math.IsInf(c.DirectRate, 0):
		return fmt.Errorf("rollup latency: DirectRate %v, want > 0", c.DirectRate)
	case c.Duration <= 0:
		return fmt.Errorf("rollup latency: Duration %s, want > 0", c.Duration)
	case c.Drain <= 0:
		return fmt.Errorf("rollup latency: Drain %s, want > 0", c.Drain)
	case c.Timeout <= 0:
		return fmt.Errorf("rollup latency: Timeout %s, want > 0", c.Timeout)
	case c.SafePoll <= 0:
		return fmt.Errorf("rollup latency: SafePoll %s, want > 0", c.SafePoll)
	case c.TxPoll <= 0:
		return fmt.Errorf("rollup latency: TxPoll %s, want > 0", c.TxPoll)
	}
	return nil
}

// rollupCount is how many transactions a stream at rate sends in d.
func rollupCount(rate float64, d time.Duration) int {
	return int(math.Ceil(rate * d.Seconds()))
}

// rollupDue is when transaction k of a stream at rate starting at start is due: an open-loop
// schedule, whatever happened to the ones before.
func rollupDue(start time.Time, rate float64, k int) time.Time {
	return start.Add(time.Duration(float64(k) / rate * float64(time.Second)))
}

// RollupLatency is one measure's distribution over the transactions that reached it.
type RollupLatency struct {
	Count int     `json:"count"`
	P50Ms float64 `json:"p50Ms"`
	P99Ms float64 `json:"p99Ms"`
	MaxMs float64 `json:"maxMs"`
}

func rollupLatency(ms []float64) RollupLatency {
	return RollupLatency{Count: len(ms), P50Ms: stats.Percentile(ms, 50), P99Ms: stats.Percentile(ms, 99), MaxMs: stats.Percentile(ms, 100)}
}

// RollupStream counts one stream's transactions.
type RollupStream struct {
	Sent    int `json:"sent"`
	Refused int `json:"refused"`
	// NeverSoft counts accepted transactions never seen in a rollup block; NeverSafe those never
	// at or below safe; NeverOrdered (direct stream only) those lockstep_getTx never found.
	NeverSoft    int `json:"neverSoft"`
	NeverSafe    int `json:"neverSafe"`
	NeverOrdered int `json:"neverOrdered,omitempty"`
	// SendLateP99Ms is how far behind its schedule a send started (p99): the load generator's
	// own lag.
	SendLateP99Ms float64 `json:"sendLateP99Ms"`
	// FirstRefusal is the first refused send's error.
	FirstRefusal string `json:"firstRefusal,omitempty"`
}

// RollupResult is the rollup latency benchmark.
type RollupResult struct {
	RollupConfig
	ChainID        uint64  `json:"chainId"`
	StartupSeconds float64 `json:"startupSeconds"`
	// Node is the load sent to the rollup node; Direct the load sent straight to operator 0.
	Node   RollupStream `json:"throughRollupNode"`
	Direct RollupStream `json:"straightToOperator0"`
	// RollupSoft: send to the rollup node → receipt there; RollupSafe: → its block at or below
	// safe; OrderingSoft: send to operator 0 → its lockstep_getTx finds it; DirectRollupSoft:
	// the same direct transactions → receipt on the rollup node.
	RollupSoft       RollupLatency `json:"rollupSoft"`
	RollupSafe       RollupLatency `json:"rollupSafe"`
	OrderingSoft     RollupLatency `json:"orderingOnlySoft"`
	DirectRollupSoft RollupLatency `json:"directRollupSoft"`
	// OrderedToReceipt pairs them per direct transaction: lockstep_getTx first finding it →
	// its receipt on the rollup node (negative when the node had it first).
	OrderedToReceipt RollupLatency `json:"directOrderedToReceipt"`
	// Blocks is how many L2 blocks the timed transactions landed in.
	Blocks int `json:"l2Blocks"`
	// Receipts checked after the run: FailedReceipts have status 0, MovedReceipts a block other
	// than the one they were first seen in, LateReceipts belong to transactions the newHeads
	// watch never saw.
	ReceiptsChecked int `json:"receiptsChecked"`
	FailedReceipts  int `json:"failedReceipts"`
	MovedReceipts   int `json:"movedReceipts"`
	LateReceipts    int `json:"lateReceipts"`
	// Note says why the run measured less than it was asked to.
	Note string `json:"note,omitempty"`
}

// rollupTx is one sent transaction, as the watches saw it; zero times were never seen.
type rollupTx struct {
	hash    common.Hash
	direct  bool
	due     time.Time
	sent    time.Time
	refused bool
	// ordered is when operator 0's lockstep_getTx first found it (direct stream only), soft
	// when a newHeads notification for a block holding it arrived, safe when the safe header
	// first read was at or past its block.
	ordered time.Time
	soft    time.Time
	safe    time.Time
	block   uint64
}

// rollupTracker holds every sent transaction; the senders and the watches share it.
type rollupTracker struct {
	mu   sync.Mutex
	txs  []*rollupTx
	byID map[common.Hash]*rollupTx
	// firstRefusal is each stream's first refused send's error (index 1: direct).
	firstRefusal [2]string
}

func newRollupTracker() *rollupTracker {
	return &rollupTracker{byID: make(map[common.Hash]*rollupTx)}
}

// add records a transaction about to be sent, before the send, so a watch can find it at once.
func (t *rollupTracker) add(hash common.Hash, direct bool, due, sent time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	tx := &rollupTx{hash: hash, direct: direct, due: due, sent: sent}
	t.txs = append(t.txs, tx)
	t.byID[hash] = tx
}

func (t *rollupTracker) refuse(hash common.Hash, err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	tx := t.byID[hash]
	tx.refused = true
	if i := boolIndex(tx.direct); t.firstRefusal[i] == "" {
		t.firstRefusal[i] = err.Error()
	}
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// seenInBlock marks the transactions of block number not seen before as soft at at.
func (t *rollupTracker) seenInBlock(hashes []common.Hash, number uint64, at time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, h := range hashes {
		if tx, ok := t.byID[h]; ok && tx.soft.IsZero() {
			tx.soft, tx.block = at, number
		}
	}
}

// safeUpTo marks the soft transactions in blocks up to safe as safe at at.
func (t *rollupTracker) safeUpTo(safe uint64, at time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, tx := range t.txs {
		if !tx.soft.IsZero() && tx.safe.IsZero() && tx.block <= safe {
			tx.safe = at
		}
	}
}

// unordered lists the accepted direct transactions operator 0 has not been seen to order.
func (t *rollupTracker) unordered() []common.Hash {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []common.Hash
	for _, tx := range t.txs {
		if tx.direct && !tx.refused && tx.ordered.IsZero() {
			out = append(out, tx.hash)
		}
	}
	return out
}

func (t *rollupTracker) orderedAt(hash common.Hash, at time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if tx, ok := t.byID[hash]; ok && tx.ordered.IsZero() {
		tx.ordered = at
	}
}

// progress counts sent, soft and safe transactions and whether every accepted one got everywhere
// it is measured to.
func (t *rollupTracker) progress() (sent, soft, safe int, complete bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	complete = true
	for _, tx := range t.txs {
		sent++
		if !tx.soft.IsZero() {
			soft++
		}
		if !tx.safe.IsZero() {
			safe++
		}
		if !tx.refused && (tx.soft.IsZero() || tx.safe.IsZero() || (tx.direct && tx.ordered.IsZero())) {
			complete = false
		}
	}
	return sent, soft, safe, complete
}

// snapshot copies the transactions, in send order per stream.
func (t *rollupTracker) snapshot() ([]rollupTx, [2]string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]rollupTx, len(t.txs))
	for i, tx := range t.txs {
		out[i] = *tx
	}
	return out, t.firstRefusal
}

// summarize fills the counts and latencies from the transactions.
func (r *RollupResult) summarize(txs []rollupTx, firstRefusal [2]string) {
	var soft, safe, ordered, directSoft, paired, nodeLate, directLate []float64
	r.Node, r.Direct = RollupStream{FirstRefusal: firstRefusal[0]}, RollupStream{FirstRefusal: firstRefusal[1]}
	blocks := make(map[uint64]bool)
	for _, tx := range txs {
		s := &r.Node
		if tx.direct {
			s = &r.Direct
		}
		s.Sent++
		late := firmMs(tx.sent.Sub(tx.due))
		if tx.direct {
			directLate = append(directLate, late)
		} else {
			nodeLate = append(nodeLate, late)
		}
		if tx.refused {
			s.Refused++
			continue
		}
		if tx.soft.IsZero() {
			s.NeverSoft++
		} else {
			blocks[tx.block] = true
		}
		if tx.safe.IsZero() {
			s.NeverSafe++
		}
		if tx.direct && tx.ordered.IsZero() {
			s.NeverOrdered++
		}
		switch {
		case tx.direct:
			if !tx.ordered.IsZero() {
				ordered = append(ordered, firmMs(tx.ordered.Sub(tx.sent)))
			}
			if !tx.soft.IsZero() {
				directSoft = append(directSoft, firmMs(tx.soft.Sub(tx.sent)))
			}
			if !tx.ordered.IsZero() && !tx.soft.IsZero() {
				paired = append(paired, firmMs(tx.soft.Sub(tx.ordered)))
			}
		default:
			if !tx.soft.IsZero() {
				soft = append(soft, firmMs(tx.soft.Sub(tx.sent)))
			}
			if !tx.safe.IsZero() {
				safe = append(safe, firmMs(tx.safe.Sub(tx.sent)))
			}
		}
	}
	r.Node.SendLateP99Ms, r.Direct.SendLateP99Ms = stats.Percentile(nodeLate, 99), stats.Percentile(directLate, 99)
	r.RollupSoft, r.RollupSafe = rollupLatency(soft), rollupLatency(safe)
	r.OrderingSoft, r.DirectRollupSoft = rollupLatency(ordered), rollupLatency(directSoft)
	r.OrderedToReceipt = rollupLatency(paired)
	r.Blocks = len(blocks)
}

// RunRollup measures what a user of the reference rollup node waits for: it starts the system
// (anvil mining every BlockTime, the operator processes, the aggregator and one `lockstep
// rollup run` for chain 901 following every operator), waits for a first checkpoint on L1 and a
// first transaction executed, then sends value transfers open-loop through the rollup node
// (rollup soft and safe) and, in parallel, straight to operator 0 (ordering-only soft, the
// baseline). It stops the system, also when ctx is cancelled.
func RunRollup(ctx context.Context, cfg RollupConfig, logf func(format string, args ...any)) (res RollupResult, err error) {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	res = RollupResult{RollupConfig: cfg, ChainID: rollupChainID}
	if err := cfg.Check(); err != nil {
		return res, err
	}
	if cfg.WorkDir == "" {
		dir, err := os.MkdirTemp("", "lockstep-bench-rollup-")
		if err != nil {
			return res, err
		}
		defer os.RemoveAll(dir)
		cfg.WorkDir = dir
	}
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	defer cancel()
	start := time.Now()
	dir := filepath.Join(cfg.WorkDir, "rollup")
	logf("rollup: starting the system (%d operators, the aggregator, a checkpoint every %d heights, %s L1 blocks, a rollup node for chain %d), data in %s",
		cfg.Operators, cfg.CheckpointInterval, cfg.BlockTime, rollupChainID, dir)
	exits := &forcedExits{}
	sys, stop, err := startSystem(ctx, dir, system.Config{
		Lockstep:           cfg.LockstepBinary,
		Operators:          cfg.Operators,
		BlockTime:          cfg.BlockTime,
		Rollups:            []deployment.Rollup{{ID: rollupChainID}},
		CheckpointInterval: cfg.CheckpointInterval,
		NodeArgs:           []string{"--log.cometbft-level", "error"},
		Aggregator:         &system.AggregatorConfig{},
		RollupNodes:        []system.RollupNodeConfig{{ChainID: rollupChainID}},
		StopTimeout:        procStopTimeout,
		OnExit:             exits.exited,
		Logger:             cfg.Log,
	})
	if err != nil {
		return res, err
	}
	defer stop(&err)

	l, err := newRollupLoad(ctx, sys, cfg)
	if err != nil {
		return res, err
	}
	defer l.close()
	if err := l.firstCheckpoint(ctx); err != nil {
		return res, err
	}
	warm, err := l.warmUp(ctx)
	if err != nil {
		return res, err
	}
	res.StartupSeconds = time.Since(start).Seconds()
	n, nd := rollupCount(cfg.Rate, cfg.Duration), rollupCount(cfg.DirectRate, cfg.Duration)
	logf("rollup: up with a first checkpoint and a first transaction executed (%s) in %s; sending %d tx at %v tx/s to the rollup node and %d at %v tx/s to operator 0",
		warm.Round(time.Millisecond), time.Since(start).Round(100*time.Millisecond), n, cfg.Rate, nd, cfg.DirectRate)

	res.Note, err = l.run(ctx, exits, logf)
	// The run's bound may have passed; the caller's has not: check the receipts, then stop.
	rctx, rcancel := context.WithTimeout(parent, 30*time.Second)
	defer rcancel()
	txs, refusals := l.tr.snapshot()
	res.summarize(txs, refusals)
	if cerr := res.checkReceipts(rctx, l.rpc, txs); cerr != nil && err == nil {
		err = cerr
	}
	if err != nil {
		return res, err
	}
	logf("rollup: rollup soft p50 %s ms p99 %s ms, safe p50 %s ms, ordering-only soft p50 %s ms (%d + %d tx, %d refused)",
		mdtable.Float(res.RollupSoft.P50Ms), mdtable.Float(res.RollupSoft.P99Ms), mdtable.Float(res.RollupSafe.P50Ms),
		mdtable.Float(res.OrderingSoft.P50Ms), res.Node.Sent, res.Direct.Sent, res.Node.Refused+res.Direct.Refused)
	if res.RollupSoft.Count == 0 {
		return res, errors.New("no transaction through the rollup node was seen executed")
	}
	return res, exits.get()
}

// rollupAccount is one dev account of a stream, its nonce tracked here.
type rollupAccount struct {
	key   *ecdsa.PrivateKey
	from  common.Address
	nonce uint64
}

// rollupLoad sends the streams and watches the rollup node and operator 0.
type rollupLoad struct {
	cfg    RollupConfig
	sys    *system.System
	rpc    *gethrpc.Client // the rollup node over HTTP
	eth    *ethclient.Client
	ws     *gethrpc.Client // the rollup node over WebSocket, for newHeads
	op     *operatorapi.Client
	reg    *checkpointregistry.CheckpointRegistryCaller
	signer types.Signer
	feeCap *big.Int
	tr     *rollupTracker
}

func newRollupLoad(ctx context.Context, sys *system.System, cfg RollupConfig) (*rollupLoad, error) {
	l := &rollupLoad{cfg: cfg, sys: sys, signer: types.LatestSignerForChainID(new(big.Int).SetUint64(rollupChainID)), tr: newRollupTracker()}
	var err error
	if l.reg, err = checkpointregistry.NewCheckpointRegistryCaller(sys.Devnet.Deployment.Contracts.CheckpointRegistry, sys.Devnet.Client); err != nil {
		return nil, err
	}
	node := sys.Rollups[0]
	if l.rpc, err = node.Client(ctx); err != nil {
		return nil, err
	}
	l.eth = ethclient.NewClient(l.rpc)
	if l.op, err = sys.Nodes[0].Client(ctx); err != nil {
		return nil, err
	}
	if l.ws, err = gethrpc.DialContext(ctx, node.WSURL()); err != nil {
		return nil, fmt.Errorf("dial the rollup node's WebSocket: %w", err)
	}
	head, err := l.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		l.close()
		return nil, fmt.Errorf("read the rollup node's head: %w", err)
	}
	if head.BaseFee == nil {
		l.close()
		return nil, fmt.Errorf("rollup head %d has no base fee (not London)", head.Number)
	}
	// Blocks stay far below the gas limit (which is also the target), so the base fee only
	// falls: twice the head's plus a gwei stays above it for the whole run.
	l.feeCap = new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei))
	return l, nil
}

func (l *rollupLoad) close() { l.ws.Close() }

// firstCheckpoint waits for the registry to store a checkpoint, so safe moves from the start.
func (l *rollupLoad) firstCheckpoint(ctx context.Context) error {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		if n, err := l.reg.LatestCheckpointNumber(&bind.CallOpts{Context: ctx}); err == nil && n >= 1 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("wait for a first checkpoint: %w", ctx.Err())
		case <-tick.C:
		}
	}
}

// warmUp sends one transfer through the rollup node and waits for its receipt, so the first
// measured transaction finds every connection and cache warm, and returns how long it took.
func (l *rollupLoad) warmUp(ctx context.Context) (time.Duration, error) {
	a, err := l.account(ctx, rollupNodeAccounts[0])
	if err != nil {
		return 0, err
	}
	tx, err := l.sign(a)
	if err != nil {
		return 0, err
	}
	sent := time.Now()
	if err := l.eth.SendTransaction(ctx, tx); err != nil {
		return 0, fmt.Errorf("send the warm-up transaction to the rollup node: %w", err)
	}
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		r, err := l.eth.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return 0, fmt.Errorf("warm-up transaction %s failed in rollup block %d", tx.Hash(), r.BlockNumber)
			}
			return time.Since(sent), nil
		}
		select {
		case <-ctx.Done():
			return 0, fmt.Errorf("wait for the warm-up transaction's receipt on the rollup node: %w", ctx.Err())
		case <-tick.C:
		}
	}
}

// account reads dev account i's pending nonce from the rollup node (it counts what it
// forwarded).
func (l *rollupLoad) account(ctx context.Context, i int) (*rollupAccount, error) {
	key, err := deployment.DevKey(i)
	if err != nil {
		return nil, err
	}
	a := &rollupAccount{key: key, from: crypto.PubkeyToAddress(key.PublicKey)}
	if a.nonce, err = l.eth.PendingNonceAt(ctx, a.from); err != nil {
		return nil, fmt.Errorf("nonce of dev account %d on the rollup node: %w", i, err)
	}
	return a, nil
}

// sign signs a's next transfer (1 wei to rollupSink), not yet consuming its nonce.
func (l *rollupLoad) sign(a *rollupAccount) (*types.Transaction, error) {
	return types.SignNewTx(a.key, l.signer, &types.DynamicFeeTx{
		ChainID:   new(big.Int).SetUint64(rollupChainID),
		Nonce:     a.nonce,
		GasTipCap: new(big.Int),
		GasFeeCap: l.feeCap,
		Gas:       params.TxGas,
		To:        &rollupSink,
		Value:     big.NewInt(1),
	})
}

// run sends both streams while watching, then waits up to Drain for the last transaction to be
// soft and safe. A note says why the run measured less than asked (its bound); an error is a
// failure.
func (l *rollupLoad) run(ctx context.Context, exits *forcedExits, logf func(string, ...any)) (string, error) {
	nodeAccts, err := l.accounts(ctx, rollupNodeAccounts)
	if err != nil {
		return "", err
	}
	directAccts, err := l.accounts(ctx, rollupDirectAccounts)
	if err != nil {
		return "", err
	}
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	watches, gctx := errgroup.WithContext(wctx)
	watches.Go(func() error { return l.watchHeads(gctx) })
	watches.Go(func() error { return l.watchSafe(gctx) })
	watches.Go(func() error { return l.watchOrdered(gctx) })

	start := time.Now().Add(50 * time.Millisecond)
	var senders errgroup.Group
	finished := make(chan struct{}, len(nodeAccts)+len(directAccts))
	stream := func(accts []*rollupAccount, rate float64, direct bool, send func(context.Context, *types.Transaction) error) {
		n := rollupCount(rate, l.cfg.Duration)
		for i, a := range accts {
			senders.Go(func() error {
				defer func() { finished <- struct{}{} }()
				return l.send(gctx, a, direct, send, func(yield func(time.Time) bool) {
					for k := i; k < n; k += len(accts) {
						if !yield(rollupDue(start, rate, k)) {
							return
						}
					}
				})
			})
		}
	}
	stream(nodeAccts, l.cfg.Rate, false, l.eth.SendTransaction)
	stream(directAccts, l.cfg.DirectRate, true, func(ctx context.Context, tx *types.Transaction) error {
		raw, err := tx.MarshalBinary()
		if err != nil {
			return err
		}
		_, err = l.op.SendRawTransaction(ctx, raw)
		return err
	})

	note, err := l.wait(ctx, gctx, exits, finished, len(nodeAccts)+len(directAccts), logf)
	stop()
	return note, errors.Join(err, senders.Wait(), watches.Wait())
}

func (l *rollupLoad) accounts(ctx context.Context, idx []int) ([]*rollupAccount, error) {
	out := make([]*rollupAccount, 0, len(idx))
	for _, i := range idx {
		a, err := l.account(ctx, i)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// send sends a's transactions at their due times, one after the other (a nonce gap would be
// refused), each timed from just before the send. A refused transaction leaves its nonce for
// the next one; through the rollup node the nonce is read again, in case the refusal was for
// the nonce itself.
func (l *rollupLoad) send(ctx context.Context, a *rollupAccount, direct bool, send func(context.Context, *types.Transaction) error, dues iter.Seq[time.Time]) error {
	timer := time.NewTimer(0)
	defer timer.Stop()
	<-timer.C
	for due := range dues {
		if d := time.Until(due); d > 0 {
			timer.Reset(d)
			select {
			case <-ctx.Done():
				return nil
			case <-timer.C:
			}
		}
		tx, err := l.sign(a)
		if err != nil {
			return fmt.Errorf("sign a transfer from %s: %w", a.from, err)
		}
		sent := time.Now()
		l.tr.add(tx.Hash(), direct, due, sent)
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		err = send(cctx, tx)
		cancel()
		if ctx.Err() != nil {
			return nil
		}
		if err == nil {
			a.nonce++
			continue
		}
		l.tr.refuse(tx.Hash(), err)
		if !direct {
			nctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			if n, err := l.eth.PendingNonceAt(nctx, a.from); err == nil {
				a.nonce = n
			}
			cancel()
		}
	}
	return nil
}

// wait waits for the senders to finish and then for every accepted transaction to be soft and
// safe, at most Drain, logging progress every 5 s.
func (l *rollupLoad) wait(ctx, watches context.Context, exits *forcedExits, finished <-chan struct{}, senders int, logf func(string, ...any)) (string, error) {
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	var sendsDone time.Time
	lastLog := time.Now()
	for {
		select {
		case <-ctx.Done():
			sent, soft, safe, _ := l.tr.progress()
			return fmt.Sprintf("the run's %s bound ended it with %d sent, %d soft, %d safe", l.cfg.Timeout, sent, soft, safe), nil
		case <-watches.Done(): // a watch failed (run returns its error) or the run's bound passed
			if ctx.Err() != nil {
				continue
			}
			return "", nil
		case <-finished:
			if senders--; senders == 0 {
				sendsDone = time.Now()
			}
			continue
		case <-tick.C:
		}
		if err := exits.get(); err != nil {
			return "", err
		}
		sent, soft, safe, complete := l.tr.progress()
		if time.Since(lastLog) >= 5*time.Second {
			lastLog = time.Now()
			logf("rollup: %d sent, %d soft, %d safe", sent, soft, safe)
		}
		if sendsDone.IsZero() {
			continue
		}
		if complete {
			return "", nil
		}
		if time.Since(sendsDone) > l.cfg.Drain {
			return fmt.Sprintf("stopped waiting %s after the last send", l.cfg.Drain), nil
		}
	}
}

// rollupHead is the part of a newHeads notification the watch needs.
type rollupHead struct {
	Hash   common.Hash    `json:"hash"`
	Number hexutil.Uint64 `json:"number"`
}

// watchHeads marks transactions soft when a newHeads notification names a block holding them.
// The node writes a block, its receipts and its transaction index before notifying, so the
// notification's arrival is when the receipt is available. A block of the current second is
// rebuilt as later heights join it; each rebuild is a new head with its own notification,
// and fetching by hash gives exactly the transactions of the notified block (a block already
// replaced reads as null and its successor's notification follows).
func (l *rollupLoad) watchHeads(ctx context.Context) error {
	heads := make(chan rollupHead, 1024)
	sub, err := l.ws.EthSubscribe(ctx, heads, "newHeads")
	if err != nil {
		return fmt.Errorf("subscribe to the rollup node's newHeads: %w", err)
	}
	defer sub.Unsubscribe()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-sub.Err():
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("the rollup node's newHeads subscription: %w", err)
		case h := <-heads:
			at := time.Now()
			var blk *struct {
				Transactions []common.Hash `json:"transactions"`
			}
			if err := l.rpc.CallContext(ctx, &blk, "eth_getBlockByHash", h.Hash, false); err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("read rollup block %d (%s): %w", h.Number, h.Hash, err)
			}
			if blk != nil {
				l.tr.seenInBlock(blk.Transactions, uint64(h.Number), at)
			}
		}
	}
}

// watchSafe reads the safe header every SafePoll.
func (l *rollupLoad) watchSafe(ctx context.Context) error {
	tick := time.NewTicker(l.cfg.SafePoll)
	defer tick.Stop()
	safe := big.NewInt(int64(gethrpc.SafeBlockNumber))
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		if h, err := l.eth.HeaderByNumber(ctx, safe); err == nil {
			l.tr.safeUpTo(h.Number.Uint64(), time.Now())
		}
	}
}

// watchOrdered asks operator 0 every TxPoll for the direct transactions it has not been seen
// to order, in batches.
func (l *rollupLoad) watchOrdered(ctx context.Context) error {
	tick := time.NewTicker(l.cfg.TxPoll)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		hashes := l.tr.unordered()
		for len(hashes) > 0 {
			chunk := hashes[:min(len(hashes), rollupBatchMax)]
			hashes = hashes[len(chunk):]
			outs := make([]operatorapi.TxResult, len(chunk))
			calls := make([]gethrpc.BatchElem, len(chunk))
			for i, h := range chunk {
				calls[i] = operatorapi.GetTxCall(h, &outs[i])
			}
			if err := l.op.BatchCall(ctx, calls); err != nil {
				break // the next tick asks again
			}
			at := time.Now()
			for i, c := range calls {
				if c.Error == nil && outs[i].RollupID == rollupChainID {
					l.tr.orderedAt(chunk[i], at)
				}
			}
		}
	}
}

// checkReceipts reads the receipt of every accepted transaction once the run is over: a
// transaction timed soft must have succeeded in the block it was seen in, and one never seen
// should have no receipt (else the watch missed it).
func (r *RollupResult) checkReceipts(ctx context.Context, c *gethrpc.Client, txs []rollupTx) error {
	var todo []rollupTx
	for _, tx := range txs {
		if !tx.refused {
			todo = append(todo, tx)
		}
	}
	for len(todo) > 0 {
		chunk := todo[:min(len(todo), rollupBatchMax)]
		todo = todo[len(chunk):]
		outs := make([]*types.Receipt, len(chunk))
		calls := make([]gethrpc.BatchElem, len(chunk))
		for i, tx := range chunk {
			calls[i] = gethrpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{tx.hash}, Result: &outs[i]}
		}
		if err := c.BatchCallContext(ctx, calls); err != nil {
			return fmt.Errorf("read the receipts from the rollup node: %w", err)
		}
		for i, tx := range chunk {
			rc := outs[i]
			if calls[i].Error != nil || rc == nil {
				continue
			}
			r.ReceiptsChecked++
			switch {
			case tx.soft.IsZero():
				r.LateReceipts++
			case rc.BlockNumber == nil || rc.BlockNumber.Uint64() != tx.block:
				r.MovedReceipts++
			}
			if rc.Status != types.ReceiptStatusSuccessful {
				r.FailedReceipts++
			}
		}
	}
	return nil
}

// Markdown renders the table and how it was measured.
func (r RollupResult) Markdown() string {
	ms := func(x float64) string {
		if x < 0 {
			return "–"
		}
		return mdtable.Float(x) + " ms"
	}
	// A paired difference can be negative; only no pair at all is missing.
	pair := func(x float64) string {
		if r.OrderedToReceipt.Count == 0 {
			return "–"
		}
		return mdtable.Float(x) + " ms"
	}
	counts := func(s RollupStream, never int) string {
		return fmt.Sprintf("%d / %d / %d", s.Sent, s.Refused, never)
	}
	t := mdtable.Table{Header: []string{"measure", "load", "txs timed", "p50", "p99", "max", "sent / refused / never seen"}}
	nodeLoad := fmt.Sprintf("%v tx/s to the rollup node", r.Rate)
	directLoad := fmt.Sprintf("%v tx/s straight to operator 0", r.DirectRate)
	row := func(what, load string, l RollupLatency, s RollupStream, never int) {
		t.Add(what, load, strconv.Itoa(l.Count), ms(l.P50Ms), ms(l.P99Ms), ms(l.MaxMs), counts(s, never))
	}
	row("rollup soft: send → receipt on the rollup node", nodeLoad, r.RollupSoft, r.Node, r.Node.NeverSoft)
	row("rollup safe: send → its block at or below safe", nodeLoad, r.RollupSafe, r.Node, r.Node.NeverSafe)
	row("ordering-only soft (baseline): send → operator 0's lockstep_getTx finds it", directLoad, r.OrderingSoft, r.Direct, r.Direct.NeverOrdered)
	row("rollup soft of those same direct txs: send → receipt on the rollup node", directLoad, r.DirectRollupSoft, r.Direct, r.Direct.NeverSoft)

	var b strings.Builder
	b.WriteString(t.String())
	if r.Note != "" {
		fmt.Fprintf(&b, "\nThis run measured less than asked: %s.\n", r.Note)
	}
	for _, s := range []struct {
		name string
		s    RollupStream
	}{{"the rollup node", r.Node}, {"operator 0", r.Direct}} {
		if s.s.FirstRefusal != "" {
			fmt.Fprintf(&b, "\n%s refused %d transactions, the first with: %s\n", s.name, s.s.Refused, s.s.FirstRefusal)
		}
	}
	fmt.Fprintf(&b, "\nThe whole system (`system.Start`: anvil mining every %s, %d operator processes, the aggregator, a checkpoint every %d heights, "+
		"one `lockstep rollup run` for chain %d following every operator over WebSocket), measured once a first checkpoint is on L1 and a "+
		"warm-up transfer has its receipt. For %s two open-loop streams of signed EIP-1559 transfers (21,000 gas, 1 wei, nonces kept here) run "+
		"side by side: %v tx/s sent with `eth_sendRawTransaction` to the rollup node from %d dev accounts, and %v tx/s sent with the "+
		"operator API's `eth_sendRawTransaction` straight to operator 0 from %d others; each account sends its share on schedule, one "+
		"after the other (p99 lateness against the schedule: %s / %s). Every time starts just before the send. Rollup soft ends when the "+
		"rollup node's `newHeads` WebSocket notification for a block holding the transaction arrives (the block is fetched by the "+
		"notified hash for its transaction hashes; go-ethereum writes a head block's receipts and transaction index before notifying); "+
		"rollup safe when the `safe` header, read every %s ms, is at or past that block; ordering-only soft when operator 0's "+
		"`lockstep_getTx`, asked every %s ms in batches, first finds the transaction. After the run every receipt is read again: "+
		"%d checked, %d failed, %d in another block than first seen, %d for transactions the watch never saw; %d L2 blocks hold the "+
		"timed transactions. Ordering-only soft is Lockstep alone: mempool, a CometBFT height, operator 0's index. Rollup soft adds the "+
		"rollup node's part: checking the transaction against its head state and forwarding it to an operator (the first row only), "+
		"receiving the height's batch over its operator subscription, derivation (one L2 block per second of Lockstep time, built at "+
		"that second's first batch and rebuilt, re-executed and re-sealed as later heights of the same second join it, so a transaction "+
		"waits for the rebuild that takes in its height, not for the second to end) and go-ethereum executing and inserting the block. "+
		"The last row times the baseline's own transactions on the rollup node, so the difference between the third and fourth rows is "+
		"derivation and execution on the same transactions, without the forwarding hop; paired per transaction, from `lockstep_getTx` "+
		"first finding it to its receipt on the rollup node: p50 %s, p99 %s, max %s (the rollup node is pushed each height by every "+
		"operator it follows, while operator 0 is polled, so a pair can be negative). Safe adds the checkpoint covering the height "+
		"(every %d heights), its aggregation and the L1 block that stores it; the node counts a block safe once its checkpoint is in an "+
		"L1 block (0 confirmations on anvil). Percentiles are nearest-rank; times are wall-clock on this machine, which runs the whole "+
		"system and the load at once.\n",
		r.BlockTime, r.Operators, r.CheckpointInterval, r.ChainID, r.Duration, r.Rate, len(rollupNodeAccounts), r.DirectRate,
		len(rollupDirectAccounts), ms(r.Node.SendLateP99Ms), ms(r.Direct.SendLateP99Ms),
		strconv.FormatFloat(firmMs(r.SafePoll), 'f', -1, 64), strconv.FormatFloat(firmMs(r.TxPoll), 'f', -1, 64),
		r.ReceiptsChecked, r.FailedReceipts, r.MovedReceipts, r.LateReceipts, r.Blocks,
		pair(r.OrderedToReceipt.P50Ms), pair(r.OrderedToReceipt.P99Ms), pair(r.OrderedToReceipt.MaxMs), r.CheckpointInterval)
	return b.String()
}

// Section is the report section.
func (r RollupResult) Section() Section {
	return Section{Title: "Rollup node: user latency, send to receipt (soft) and to safe", Markdown: r.Markdown(), JSON: r}
}
