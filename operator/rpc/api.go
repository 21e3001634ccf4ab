// Package rpc is the operator node's API server: it serves the methods of package operatorapi
// (the eth_sendRawTransaction door for EVM rollups, Lockstep's own submit, batch, checkpoint and
// status methods, and a subscription to one rollup's new batches) with operatorapi's types, on
// the shared JSON-RPC server of package rpcserver. It knows the node only through narrow
// interfaces and reads committed data from the store, converting its records to wire types.
package rpc

import (
	"context"
	"errors"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/store"
)

// Submitter admits a raw transaction (an encoded envelope or bundle) into the mempool. It
// returns nil once the transaction is accepted (durably: it will be sequenced even if the node
// restarts), ErrBusy when full, or a *RefusedError.
type Submitter interface {
	Submit(ctx context.Context, raw []byte) error
}

// Backend is what the API needs from the node.
type Backend interface {
	Submitter
	Status() operatorapi.NodeStatus
	// CheckpointInterval is K from the genesis (0 before InitChain).
	CheckpointInterval() uint64
	// Operators is the operator set last read from L1 (false: none read yet, or no L1).
	Operators() (*operatorapi.Operators, bool)
	// Referenced returns the transaction ordered by reference under digest, if held.
	Referenced(digest common.Hash) ([]byte, bool, error)
}

// API implements the JSON-RPC methods.
type API struct {
	backend Backend
	store   *store.Store
	heights *Heights
	log     *slog.Logger
	metrics *Metrics
	// allow charges a submission that arrives over WebSocket to its client's rate limit (the
	// HTTP handler's per-request limit sees only the connection upgrade).
	allow func(context.Context) bool
	// faults are test-only misbehaviours (tamper.go), empty without the lockstep_faults tag.
	faults Faults

	quit chan struct{}
	wg   sync.WaitGroup // subscription goroutines

	mu      sync.Mutex
	pending map[common.Hash]time.Time // accepted-at of user transactions by hash, for commit latency
	// hashes are the transaction hashes of the last heights committed, per rollup, as the
	// application computed them: subscriptions read each height just after its commit, and
	// hashing every transaction again for each of them was a fifth of a node's CPU under load.
	hashes      map[uint64]map[uint64][]common.Hash
	hashesCount int // hashes held in hashes
}

// hashesKept is how many heights' transaction hashes the API keeps, and hashesMax how many
// hashes at most (8 MiB: a full block of 200-byte transactions holds about 20,000).
const (
	hashesKept = 64
	hashesMax  = 1 << 18
)

const maxPendingTracked = 200_000

func newAPI(b Backend, st *store.Store, heights *Heights, allow func(context.Context) bool, log *slog.Logger, m *Metrics) *API {
	return &API{backend: b, store: st, heights: heights, allow: allow, log: log, metrics: m, quit: make(chan struct{}), pending: make(map[common.Hash]time.Time)}
}

// submit admits raw, which holds the user transactions hashes, and records when, for the
// commit latency metric. (Keyed by user transaction: the node may sequence several in one
// consensus transaction it made.)
func (a *API) submit(ctx context.Context, raw []byte, hashes ...common.Hash) error {
	if !a.allow(ctx) {
		a.metrics.Submitted.WithLabelValues("busy").Inc()
		return toRPCError(ErrRateLimited)
	}
	start := time.Now()
	err := a.backend.Submit(ctx, raw)
	var re *RefusedError
	switch {
	case err == nil:
		a.metrics.Submitted.WithLabelValues("accepted").Inc()
		a.mu.Lock()
		for _, h := range hashes {
			if len(a.pending) < maxPendingTracked {
				a.pending[h] = start
			}
		}
		a.mu.Unlock()
		return nil
	case errors.Is(err, ErrBusy):
		a.metrics.Submitted.WithLabelValues("busy").Inc()
	case errors.As(err, &re):
		a.metrics.Submitted.WithLabelValues("refused").Inc()
	default:
		a.metrics.Submitted.WithLabelValues("error").Inc()
	}
	return toRPCError(err)
}

// committed observes commit latency of the transactions this node accepted.
func (a *API) committed(height uint64, txHashes map[uint64][]common.Hash) {
	now := time.Now()
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(txHashes) > 0 {
		if a.hashes == nil {
			a.hashes = make(map[uint64]map[uint64][]common.Hash)
		}
		a.hashes[height] = txHashes
		a.hashesCount += countHashes(txHashes)
		// Oldest first: heights older than hashesKept, then as many as the bound needs.
		for h := range a.hashes {
			if h+hashesKept <= height {
				a.forgetHashes(h)
			}
		}
		for h := height - hashesKept + 1; a.hashesCount > hashesMax && h < height; h++ {
			a.forgetHashes(h)
		}
	}
	if len(a.pending) == 0 {
		return
	}
	for _, hs := range txHashes {
		for _, k := range hs {
			if t, ok := a.pending[k]; ok {
				a.metrics.CommitLatency.Observe(now.Sub(t).Seconds())
				delete(a.pending, k)
			}
		}
	}
}

func (a *API) forgetHashes(h uint64) {
	a.hashesCount -= countHashes(a.hashes[h])
	delete(a.hashes, h)
}

func countHashes(m map[uint64][]common.Hash) int {
	n := 0
	for _, hs := range m {
		n += len(hs)
	}
	return n
}

// EthAPI is the eth namespace.
type EthAPI struct{ a *API }

// SendRawTransaction sequences a signed Ethereum transaction for the rollup whose chain ID it
// carries. The payload is the transaction's binary encoding, so its hash is the usual one.
func (e *EthAPI) SendRawTransaction(ctx context.Context, raw hexutil.Bytes) (common.Hash, error) {
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		return common.Hash{}, invalidParams("not a signed Ethereum transaction: %v", err)
	}
	id := tx.ChainId()
	if id == nil || id.Sign() == 0 || !id.IsUint64() {
		return common.Hash{}, invalidParams("transaction has no chain ID (pre-EIP-155); the chain ID selects the rollup")
	}
	// The door checks the signature (cheap spam control); what the transaction does is the
	// rollup's business.
	if _, err := types.Sender(types.LatestSignerForChainID(id), &tx); err != nil {
		return common.Hash{}, invalidParams("invalid transaction signature: %v", err)
	}
	b, err := envelope.EncodeEnvelope(envelope.Envelope{RollupID: id.Uint64(), Payload: raw})
	if err != nil {
		return common.Hash{}, invalidParams("%v", err)
	}
	if err := e.a.submit(ctx, b, tx.Hash()); err != nil {
		return common.Hash{}, err
	}
	return tx.Hash(), nil
}

// LockstepAPI is the lockstep namespace.
type LockstepAPI struct{ a *API }

// Submit sequences payload for rollupID.
func (l *LockstepAPI) Submit(ctx context.Context, rollupID hexutil.Uint64, payload hexutil.Bytes) (*operatorapi.SubmitResult, error) {
	b, err := envelope.EncodeEnvelope(envelope.Envelope{RollupID: uint64(rollupID), Payload: payload})
	if err != nil {
		return nil, invalidParams("%v", err)
	}
	h := commitment.TxHash(payload)
	if err := l.a.submit(ctx, b, h); err != nil {
		return nil, err
	}
	return &operatorapi.SubmitResult{TxHash: h}, nil
}

// SubmitBundle sequences all parts in one block, or none.
func (l *LockstepAPI) SubmitBundle(ctx context.Context, parts []operatorapi.Part) (*operatorapi.BundleResult, error) {
	es := make([]envelope.Envelope, len(parts))
	res := &operatorapi.BundleResult{TxHashes: make([]common.Hash, len(parts))}
	for i, p := range parts {
		es[i] = envelope.Envelope{RollupID: uint64(p.RollupID), Payload: p.Payload}
		res.TxHashes[i] = commitment.TxHash(p.Payload)
	}
	b, err := envelope.EncodeBundle(es)
	if err != nil {
		return nil, invalidParams("%v", err)
	}
	if err := l.a.submit(ctx, b, res.TxHashes...); err != nil {
		return nil, err
	}
	return res, nil
}

// SubmitBatch sequences payloads of rollupID in order as one consensus transaction: a rollup's
// batcher submitting its batch at once. Each payload keeps its own hash and position.
func (l *LockstepAPI) SubmitBatch(ctx context.Context, rollupID hexutil.Uint64, payloads []hexutil.Bytes) (*operatorapi.BundleResult, error) {
	ps := make([][]byte, len(payloads))
	res := &operatorapi.BundleResult{TxHashes: make([]common.Hash, len(payloads))}
	for i, p := range payloads {
		ps[i] = p
		res.TxHashes[i] = commitment.TxHash(p)
	}
	b, err := envelope.EncodeBatch(uint64(rollupID), ps)
	if err != nil {
		return nil, invalidParams("%v", err)
	}
	if err := l.a.submit(ctx, b, res.TxHashes...); err != nil {
		return nil, err
	}
	return res, nil
}

// GetBatch returns rollupID's batch at height.
func (l *LockstepAPI) GetBatch(rollupID, height hexutil.Uint64) (*operatorapi.Batch, error) {
	return l.a.batch(uint64(rollupID), uint64(height))
}

// rollupBatch returns the block at height and the index of rollupID's batch header in it
// (CodeNotFound if the height is not committed or holds no batch of the rollup).
func (a *API) rollupBatch(rollupID, height uint64) (store.Block, int, error) {
	blk, err := a.block(height)
	if err != nil {
		return blk, 0, err
	}
	idx := slices.IndexFunc(blk.Batches, func(b commitment.BatchHeader) bool { return b.RollupID == rollupID })
	if idx < 0 {
		return blk, 0, notFound("rollup %d has no batch at height %d", rollupID, height)
	}
	return blk, idx, nil
}

func (a *API) batch(rollupID, height uint64) (*operatorapi.Batch, error) {
	blk, idx, err := a.rollupBatch(rollupID, height)
	if err != nil {
		return nil, err
	}
	txs, err := a.store.Batch(rollupID, height)
	if err != nil {
		return nil, &Error{code: operatorapi.CodeInternal, msg: err.Error()}
	}
	txs = a.faultTxs(txs) // test-only fault (tamper.go); txs as stored without lockstep_faults
	tree, err := commitment.BlockTree(blk.Batches)
	if err != nil {
		return nil, &Error{code: operatorapi.CodeInternal, msg: err.Error()}
	}
	proof, _ := tree.Proof(idx)
	out := &operatorapi.Batch{
		RollupID: rollupID, Height: height,
		Txs: make([]hexutil.Bytes, len(txs)), TxHashes: make([]common.Hash, len(txs)),
		Proof:  commitment.BatchProof{Batch: blk.Batches[idx], Height: height, RollupIndex: uint64(idx), RollupCount: uint64(len(blk.Batches)), Meta: blk.Meta, BlockRoot: blk.BlockRoot, BlockProof: proof},
		Forced: forcedOf(blk.Forced, rollupID),
	}
	a.mu.Lock()
	known := a.hashes[height][rollupID]
	a.mu.Unlock()
	if len(known) != len(txs) || !a.servesStored() {
		known = nil
	}
	for i, t := range txs {
		out.Txs[i] = t
		if known != nil {
			out.TxHashes[i] = known[i]
		} else {
			out.TxHashes[i] = commitment.TxHash(t)
		}
	}
	if cp, roots, ok := a.checkpointOf(height); ok {
		out.Checkpoint = cp.Number
		out.Proof.CheckpointProof, _ = commitment.CheckpointTree(cp.StartHeight, roots).Proof(int(height - cp.StartHeight))
	}
	return out, nil
}

// sequenced is rollupID's batch at height without the transactions' bytes: the hashes the
// application computed when it committed the height, or the stored batch's.
func (a *API) sequenced(rollupID, height uint64) (*operatorapi.Sequenced, error) {
	blk, idx, err := a.rollupBatch(rollupID, height)
	if err != nil {
		return nil, err
	}
	out := &operatorapi.Sequenced{RollupID: rollupID, Height: height, Batch: blk.Batches[idx]}
	a.mu.Lock()
	known := a.hashes[height][rollupID]
	a.mu.Unlock()
	if uint64(len(known)) == blk.Batches[idx].TxCount && a.servesStored() {
		out.TxHashes = slices.Clone(known)
		return out, nil
	}
	txs, err := a.store.Batch(rollupID, height)
	if err != nil {
		return nil, &Error{code: operatorapi.CodeInternal, msg: err.Error()}
	}
	txs = a.faultTxs(txs)
	out.TxHashes = make([]common.Hash, len(txs))
	for i, t := range txs {
		out.TxHashes[i] = commitment.TxHash(t)
	}
	return out, nil
}

func (a *API) block(height uint64) (store.Block, error) {
	blk, err := a.store.Block(height)
	if errors.Is(err, store.ErrNotFound) {
		head, _ := a.heights.Current()
		return blk, notFound("height %d is not committed (head is %d)", height, head)
	}
	if err == nil {
		blk, err = a.faultBlock(blk) // test-only fault (tamper.go); blk as stored without lockstep_faults
	}
	if err != nil {
		return blk, &Error{code: operatorapi.CodeInternal, msg: err.Error()}
	}
	return blk, nil
}

// checkpointOf returns the checkpoint covering height, if already cut, with its block roots.
func (a *API) checkpointOf(height uint64) (commitment.Checkpoint, []common.Hash, bool) {
	k := a.backend.CheckpointInterval()
	if k == 0 || height == 0 {
		return commitment.Checkpoint{}, nil, false
	}
	cp, err := a.store.Checkpoint((height + k - 1) / k)
	if err != nil {
		return cp, nil, false
	}
	cp, roots, err := a.checkpointRoots(cp)
	if err != nil {
		return cp, nil, false
	}
	return cp, roots, true
}

// GetBatchHeights lists up to limit (at most operatorapi.MaxBatchHeights) heights >= from at which rollupID has a
// batch, ascending: how a follower finds its batches without asking for every height.
func (l *LockstepAPI) GetBatchHeights(rollupID, from hexutil.Uint64, limit int) ([]uint64, error) {
	if limit <= 0 || limit > operatorapi.MaxBatchHeights {
		return nil, invalidParams("limit %d: want 1 to %d", limit, operatorapi.MaxBatchHeights)
	}
	hs, err := l.a.store.RollupHeights(uint64(rollupID), uint64(from), limit)
	if err != nil {
		return nil, &Error{code: operatorapi.CodeInternal, msg: err.Error()}
	}
	if hs == nil {
		hs = []uint64{}
	}
	return hs, nil
}

// GetBlock returns the committed block at height: batch headers and roots.
func (l *LockstepAPI) GetBlock(height hexutil.Uint64) (*operatorapi.Block, error) {
	b, err := l.a.block(uint64(height))
	if err != nil {
		return nil, err
	}
	return &operatorapi.Block{Height: b.Height, Time: b.Time, BlockRoot: b.BlockRoot, AppHash: b.AppHash, TxCount: b.TxCount, Batches: b.Batches, Checkpoint: b.Checkpoint,
		Meta: b.Meta, Forced: b.Forced}, nil
}

// forcedOf counts the forced-inclusion entries of rollupID among a block's (they lead its batch).
func forcedOf(forced []uint64, rollupID uint64) uint64 {
	var n uint64
	for _, id := range forced {
		if id == rollupID {
			n++
		}
	}
	return n
}

// GetCheckpoint returns checkpoint n with a proof of every height's block root.
func (l *LockstepAPI) GetCheckpoint(n hexutil.Uint64) (*operatorapi.CheckpointResult, error) {
	cp, err := l.a.store.Checkpoint(uint64(n))
	if errors.Is(err, store.ErrNotFound) {
		return nil, notFound("checkpoint %d is not cut yet", n)
	}
	if err != nil {
		return nil, &Error{code: operatorapi.CodeInternal, msg: err.Error()}
	}
	cp, roots, err := l.a.checkpointRoots(cp)
	if err != nil {
		return nil, &Error{code: operatorapi.CodeInternal, msg: err.Error()}
	}
	tree := commitment.CheckpointTree(cp.StartHeight, roots)
	out := &operatorapi.CheckpointResult{Checkpoint: cp, Heights: make([]operatorapi.HeightProof, len(roots))}
	for i, r := range roots {
		p, _ := tree.Proof(i)
		out.Heights[i] = operatorapi.HeightProof{Height: cp.StartHeight + uint64(i), BlockRoot: r, Proof: p}
	}
	return out, nil
}

// GetTx returns where a transaction (by payload hash) was sequenced, with its proof to the batch root.
func (l *LockstepAPI) GetTx(hash common.Hash) (*operatorapi.TxResult, error) {
	loc, err := l.a.store.Tx(hash)
	if errors.Is(err, store.ErrNotFound) {
		return nil, notFound("transaction %s is not sequenced (yet)", hash)
	}
	if err != nil {
		return nil, &Error{code: operatorapi.CodeInternal, msg: err.Error()}
	}
	b, err := l.a.batch(loc.RollupID, loc.Height)
	if err != nil {
		return nil, err
	}
	leaves := make([]common.Hash, len(b.TxHashes))
	for i, h := range b.TxHashes {
		leaves[i] = commitment.TxLeaf(h)
	}
	p, err := commitment.NewTree(leaves).Proof(int(loc.Index))
	if err != nil {
		return nil, &Error{code: operatorapi.CodeInternal, msg: err.Error()}
	}
	return &operatorapi.TxResult{TxLocation: operatorapi.TxLocation{Height: loc.Height, RollupID: loc.RollupID, Index: loc.Index}, Proof: commitment.TxProof{TxHash: hash, Index: uint64(loc.Index), Proof: p}, Batch: b.Proof.Batch}, nil
}

// GetReferenced returns the bytes of a transaction ordered by reference, by digest.
func (l *LockstepAPI) GetReferenced(digest common.Hash) (hexutil.Bytes, error) {
	raw, ok, err := l.a.backend.Referenced(digest)
	if err != nil {
		return nil, &Error{code: operatorapi.CodeInternal, msg: err.Error()}
	}
	if !ok {
		return nil, notFound("no transaction ordered by reference has digest %s here", digest)
	}
	return raw, nil
}

// Status returns the node's progress.
func (l *LockstepAPI) Status() (*operatorapi.Status, error) {
	m, err := l.a.store.Meta()
	if err != nil {
		return nil, &Error{code: operatorapi.CodeInternal, msg: err.Error()}
	}
	return &operatorapi.Status{NodeStatus: l.a.backend.Status(), Height: m.Height, AppHash: m.AppHash, LastCheckpoint: m.LastCheckpoint, CheckpointInterval: l.a.backend.CheckpointInterval(),
		Validators: len(m.Validators), ValidatorsL1Block: m.ValidatorsL1Block}, nil
}

// Operators returns the operator set as the node last read it from L1.
func (l *LockstepAPI) Operators() (*operatorapi.Operators, error) {
	ops, ok := l.a.backend.Operators()
	if !ok {
		return nil, &Error{code: operatorapi.CodeNotFound, msg: "the node has not read the operator set from L1 yet (or runs without --l1.rpc)"}
	}
	return ops, nil
}

// Batches subscribes to rollupID's batches from the next committed height on
// (operatorapi.MethodSubscribe with operatorapi.SubscriptionBatches).
func (l *LockstepAPI) Batches(ctx context.Context, rollupID hexutil.Uint64) (*gethrpc.Subscription, error) {
	return l.subscribe(ctx, uint64(rollupID), "batch", func(h uint64) (any, error) { return l.a.batch(uint64(rollupID), h) })
}

// Sequenced subscribes to the hashes of rollupID's transactions from the next committed height
// on (operatorapi.MethodSubscribe with operatorapi.SubscriptionSequenced).
func (l *LockstepAPI) Sequenced(ctx context.Context, rollupID hexutil.Uint64) (*gethrpc.Subscription, error) {
	return l.subscribe(ctx, uint64(rollupID), "sequenced", func(h uint64) (any, error) { return l.a.sequenced(uint64(rollupID), h) })
}

// subscribe notifies what at(height) answers for each committed height from the next on,
// skipping heights at which rollupID has no batch (at answers CodeNotFound).
func (l *LockstepAPI) subscribe(ctx context.Context, rollupID uint64, kind string, at func(uint64) (any, error)) (*gethrpc.Subscription, error) {
	notifier, ok := gethrpc.NotifierFromContext(ctx)
	if !ok {
		return nil, gethrpc.ErrNotificationsUnsupported
	}
	sub := notifier.CreateSubscription()
	a := l.a
	next, _ := a.heights.Current()
	next++
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		for {
			head, changed := a.heights.Current()
			for ; next <= head; next++ {
				v, err := at(next)
				var re *Error
				if errors.As(err, &re) && re.code == operatorapi.CodeNotFound {
					continue
				}
				if err != nil {
					a.log.Warn(kind+" subscription", "rollupID", rollupID, "height", next, "err", err)
					return
				}
				if err := notifier.Notify(sub.ID, v); err != nil {
					return
				}
			}
			select {
			case <-changed:
			case <-sub.Err():
				return
			case <-a.quit:
				return
			}
		}
	}()
	return sub, nil
}

// ChainId is not one chain: the node sequences many rollups. It answers with an error that
// says so, rather than a number a wallet might sign for.
func (e *EthAPI) ChainId() (*hexutil.Big, error) {
	return nil, &Error{code: operatorapi.CodeMethodNotFound, msg: "a Lockstep node sequences many rollups and has no chain ID of its own; sign with your rollup's chain ID and use " + operatorapi.MethodSendRawTransaction}
}
