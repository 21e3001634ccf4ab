// Package app is Lockstep's ABCI application: lazy sequencing. It validates envelopes at the
// mempool's door, orders them into blocks, and commits to the ordering (per-rollup batch roots,
// block roots, checkpoints); it never executes a transaction. It knows CometBFT only through
// ABCI and nothing of L1 or HTTP: the rollup registry is a narrow interface.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sort"
	"sync"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/store"
)

// CheckTx refusal codes (ResponseCheckTx.Code). Clients see them through the API's errors.
const (
	CodeOK            uint32 = 0
	CodeMalformed     uint32 = 1
	CodeEmpty         uint32 = 2
	CodeOversize      uint32 = 3
	CodeUnknownRollup uint32 = 4
	CodeDuplicatePart uint32 = 5
	CodeReserved      uint32 = 6 // a validator sync: proposers make those
	CodeStaleSync     uint32 = 7 // in a block: a validator sync that was not applied
)

// Codespace names the application in ABCI responses.
const Codespace = "lockstep"

// Rollups says which rollups are registered. The node backs it with L1; tests with a set.
type Rollups interface {
	Registered(rollupID uint64) bool
}

// ValidatorSource reads the validator set from L1 (the node backs it with the AVS registry).
type ValidatorSource interface {
	// Candidate returns the newest L1 block the source has read and the validator set there.
	Candidate() (l1Block uint64, set []envelope.Validator, ok bool)
	// SetAt returns the validator set at L1 block.
	SetAt(ctx context.Context, l1Block uint64) ([]envelope.Validator, error)
}

// RollupSet is a fixed Rollups.
type RollupSet map[uint64]bool

// Registered implements Rollups.
func (s RollupSet) Registered(id uint64) bool { return s[id] }

// Config is the application's local configuration (admission only: nothing here may change
// what a block commits to).
type Config struct {
	// MaxTxBytes refuses larger transactions at CheckTx (envelope.MaxTxBytes if 0).
	MaxTxBytes int
	// MaxBlockTxBytes caps the transaction bytes PrepareProposal puts in a block (in addition to
	// CometBFT's own limit); 0 means CometBFT's limit only.
	MaxBlockTxBytes int64
}

// Check validates the configuration.
func (c *Config) Check() error {
	if c.MaxTxBytes < 0 || c.MaxTxBytes > envelope.MaxTxBytes {
		return fmt.Errorf("app: MaxTxBytes %d outside [0, %d]", c.MaxTxBytes, envelope.MaxTxBytes)
	}
	if c.MaxBlockTxBytes < 0 {
		return fmt.Errorf("app: MaxBlockTxBytes %d is negative", c.MaxBlockTxBytes)
	}
	return nil
}

// Committed is what the application reports after each committed height.
type Committed struct {
	Block      store.Block
	Checkpoint *commitment.Checkpoint
	// Raw are the block's CometBFT transactions, each reference expanded to the transaction it
	// names.
	Raw [][]byte
	// Refs are the digests of the block's reference transactions.
	Refs []common.Hash
	// Hashes are the hashes of each rollup's transactions in the block, in batch order.
	Hashes map[uint64][]common.Hash
}

// App is the ABCI application.
type App struct {
	abci.BaseApplication

	cfg      Config
	store    *store.Store
	rollups  Rollups
	log      *slog.Logger
	metrics  *Metrics
	onCommit func(Committed)
	vals     ValidatorSource
	l1       L1
	payloads Payloads
	pre      prehashed
	backlog  refBacklog

	mu      sync.RWMutex
	meta    store.Meta // after the last Commit: what consensus builds on
	written store.Meta // after the last height written to the store: what readers see
	genesis *GenesisState
	pending *store.Commit // built by FinalizeBlock, handed to the writer by Commit

	// Committed heights are written to the store by one writer goroutine, in order, so that
	// consensus does not wait for the disk (see Commit).
	writes      chan *store.Commit
	idle        *sync.Cond // on mu: signalled when a queued height is written
	queued      int        // heights committed and not yet written
	queuedBytes int        // their transactions' bytes (commitBytes)
	writerErr   error
	writerEnd   chan struct{}
	closeOnce   sync.Once
	onFatal     func(error)
}

var _ abci.Application = (*App)(nil)

// New returns the application over st. onCommit, if not nil, is called for each committed
// height once the store has it, in order, from the writer goroutine; it must not block. Close
// stops the writer.
func New(cfg Config, st *store.Store, rollups Rollups, log *slog.Logger, metrics *Metrics, onCommit func(Committed)) (*App, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.MaxTxBytes == 0 {
		cfg.MaxTxBytes = envelope.MaxTxBytes
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if metrics == nil {
		metrics = NewMetrics(nil)
	}
	meta, err := st.Meta()
	if err != nil {
		return nil, fmt.Errorf("app: read state: %w", err)
	}
	a := &App{cfg: cfg, store: st, rollups: rollups, log: log.With("component", "app"), metrics: metrics, onCommit: onCommit, meta: meta, written: meta,
		writes: make(chan *store.Commit, writeQueue), writerEnd: make(chan struct{})}
	a.idle = sync.NewCond(&a.mu)
	a.pre = prehashed{cur: make(map[common.Hash][]common.Hash), queue: make(chan prehashJob, prehashQueue)}
	if len(meta.Genesis) > 0 {
		if a.genesis, err = ParseGenesisState(meta.Genesis); err != nil {
			return nil, fmt.Errorf("app: stored genesis: %w", err)
		}
	}
	metrics.Height.Set(float64(meta.Height))
	go a.writer()    // owned: Close ends it
	go a.prehasher() // owned: ends with the writer
	return a, nil
}

// SyncValidators makes the application follow the validator set on L1: proposers propose the
// set src reads, validators check proposals against it. Call before the node starts.
func (a *App) SyncValidators(src ValidatorSource) { a.vals = src }

// Meta returns the progress written to the store: every height up to Meta().Height can be read
// there. Consensus may be a few heights further (Commit does not wait for the store).
func (a *App) Meta() store.Meta {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.written
}

// state returns the progress after the last Commit, which the next height builds on.
func (a *App) state() store.Meta {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.meta
}

// Genesis returns the genesis state (nil before InitChain).
func (a *App) Genesis() *GenesisState {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.genesis
}

// Info reports the last committed height and app hash so CometBFT replays only what is missing.
func (a *App) Info(context.Context, *abci.RequestInfo) (*abci.ResponseInfo, error) {
	m := a.state()
	res := &abci.ResponseInfo{Data: "lockstep", Version: "1", AppVersion: 1, LastBlockHeight: int64(m.Height)}
	if m.Height > 0 {
		res.LastBlockAppHash = m.AppHash[:]
	}
	return res, nil
}

// InitChain reads the genesis state and keeps it.
func (a *App) InitChain(_ context.Context, req *abci.RequestInitChain) (*abci.ResponseInitChain, error) {
	g, err := ParseGenesisState(req.AppStateBytes)
	if err != nil {
		return nil, err
	}
	if req.InitialHeight > 1 {
		return nil, fmt.Errorf("initial height %d: only 1 is supported", req.InitialHeight)
	}
	vals, err := g.validators()
	if err != nil {
		return nil, err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.meta = store.Meta{Genesis: append([]byte(nil), req.AppStateBytes...), Validators: vals, ValidatorsL1Block: g.ReferenceBlock,
		L1Origin: commitment.L1Ref{Number: g.ReferenceBlock}}
	a.written = a.meta
	a.genesis = g
	if err := a.store.SetMeta(a.meta); err != nil {
		return nil, err
	}
	a.log.Info("chain initialised", "chainID", req.ChainId, "checkpointInterval", g.CheckpointInterval, "validators", len(req.Validators))
	return &abci.ResponseInitChain{}, nil
}

// CheckTx admits well-formed envelopes and bundles for registered rollups. Its recheck after
// each block (of what the mempool still holds, all admitted before) checks only what can have
// changed: that the rollups are still registered.
func (a *App) CheckTx(_ context.Context, req *abci.RequestCheckTx) (*abci.ResponseCheckTx, error) {
	if req.Type == abci.CheckTxType_Recheck {
		if !a.stillValid(req.Tx) {
			a.metrics.refused(CodeUnknownRollup)
			return &abci.ResponseCheckTx{Code: CodeUnknownRollup, Codespace: Codespace, Log: "rollup no longer registered"}, nil
		}
		return &abci.ResponseCheckTx{Code: CodeOK}, nil
	}
	if _, err := a.Validate(req.Tx); err != nil {
		var ce *CheckError
		errors.As(err, &ce)
		a.metrics.refused(ce.Code)
		return &abci.ResponseCheckTx{Code: ce.Code, Codespace: Codespace, Log: ce.Msg}, nil
	}
	if req.Type == abci.CheckTxType_New {
		a.metrics.TxsAccepted.Inc()
		if len(req.Tx) == envelope.RefBytes && req.Tx[0] == envelope.KindRef {
			d, _ := envelope.Decode(req.Tx)
			a.backlog.add(d.Ref, time.Now())
		}
	}
	return &abci.ResponseCheckTx{Code: CodeOK}, nil
}

// PrepareProposal puts the block's origin transaction (L1 origin and forced entries) first, a
// validator sync next, then keeps the mempool's FIFO order, drops what no longer validates (the
// mempool's transactions passed CheckTx: only a rollup's registration can have changed since)
// and caps the block's transaction bytes.
func (a *App) PrepareProposal(ctx context.Context, req *abci.RequestPrepareProposal) (*abci.ResponsePrepareProposal, error) {
	limit := req.MaxTxBytes
	if a.cfg.MaxBlockTxBytes > 0 && a.cfg.MaxBlockTxBytes < limit {
		limit = a.cfg.MaxBlockTxBytes
	}
	var size int64
	out := make([][]byte, 0, len(req.Txs)+2)
	if origin := a.originProposal(ctx); origin != nil {
		// Forced entries come before the byte cap: validators require them whatever the mempool
		// holds, and CometBFT's own limit (req.MaxTxBytes) is far above one transaction.
		out = append(out, origin)
		size += int64(len(origin))
	}
	if sync := a.syncProposal(); sync != nil && size+int64(len(sync)) <= limit {
		out = append(out, sync)
		size += int64(len(sync))
	}
	// What references name is capped like what a block carries itself: a block's bytes to
	// store and to notify are the same whichever way they came.
	var refBytes, refLimit int64 = 0, MaxBlockRefBytes
	if a.cfg.MaxBlockTxBytes > 0 {
		refLimit = min(refLimit, a.cfg.MaxBlockTxBytes)
	}
	for _, tx := range req.Txs {
		var named int64 // what a reference names
		if len(tx) == envelope.RefBytes && tx[0] == envelope.KindRef {
			// Only what this node holds: the others vote on whether they hold it too.
			d, err := envelope.Decode(tx)
			if err != nil {
				continue
			}
			_, held, ok := a.local(d.Ref)
			if !ok || !a.registered(held) {
				continue
			}
			named = int64(d.Ref.Size)
		} else if !a.stillValid(tx) {
			continue
		}
		if size+int64(len(tx)) > limit || refBytes+named > refLimit {
			break // FIFO: later transactions wait for the next block
		}
		size += int64(len(tx))
		refBytes += named
		out = append(out, tx)
	}
	return &abci.ResponsePrepareProposal{Txs: out}, nil
}

// syncProposal returns a validator sync transaction if the source read a newer L1 block whose
// validator set differs from the current one.
func (a *App) syncProposal() []byte {
	if a.vals == nil {
		return nil
	}
	block, set, ok := a.vals.Candidate()
	m := a.state()
	if !ok || block <= m.ValidatorsL1Block || sameSet(toStore(set), m.Validators) || validSet(set) != nil {
		return nil
	}
	tx, err := envelope.EncodeSync(envelope.ValidatorSync{L1Block: block, Validators: set})
	if err != nil {
		a.log.Warn("encode validator sync", "err", err)
		return nil
	}
	return tx
}

// syncCheckTimeout bounds the L1 read that checks a proposed validator sync.
const syncCheckTimeout = 3 * time.Second

// ProcessProposal rejects proposals with malformed transactions; an origin transaction that
// is not first, or whose L1 origin or forced entries this node's L1 contradicts (checkOrigin);
// and a validator sync that is not first after the origin, not newer than the last, or not the
// set this node reads on L1 at its block. Rollup registration is not checked here: it is read
// from L1 at admission and nodes may see it at different moments, while a proposal's validity
// must not depend on when a node looks.
func (a *App) ProcessProposal(ctx context.Context, req *abci.RequestProcessProposal) (*abci.ResponseProcessProposal, error) {
	reject := func(i int, why string, kv ...any) (*abci.ResponseProcessProposal, error) {
		a.log.Warn("rejecting proposal", append([]any{"height", req.Height, "tx", i, "reason", why}, kv...)...)
		return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_REJECT}, nil
	}
	var (
		origin *envelope.Origin
		refs   []*envelope.Ref
	)
	syncAt := 0
	for i, tx := range req.Txs {
		d, err := envelope.Decode(tx)
		if err != nil {
			return reject(i, "malformed", "err", err)
		}
		if d.Ref != nil {
			refs = append(refs, d.Ref)
			continue
		}
		if d.Origin != nil {
			if i != 0 {
				return reject(i, reasonOriginNotFirst)
			}
			if a.l1 == nil {
				return reject(i, "origin transaction, but this node does not read L1")
			}
			origin, syncAt = d.Origin, 1
			continue
		}
		if d.Sync == nil {
			continue
		}
		if i != syncAt {
			return reject(i, "validator sync not first")
		}
		if a.vals == nil {
			return reject(i, "validator sync, but this node does not read L1")
		}
		if err := validSet(d.Sync.Validators); err != nil {
			return reject(i, "invalid validator set", "err", err)
		}
		if last := a.state().ValidatorsL1Block; d.Sync.L1Block <= last {
			return reject(i, "stale validator sync", "l1Block", d.Sync.L1Block, "synced", last)
		}
		cctx, cancel := context.WithTimeout(ctx, syncCheckTimeout)
		set, err := a.vals.SetAt(cctx, d.Sync.L1Block)
		cancel()
		if err != nil {
			return reject(i, "cannot read the validator set on L1", "l1Block", d.Sync.L1Block, "err", err)
		}
		if !sameSet(toStore(set), toStore(d.Sync.Validators)) {
			return reject(i, "validator set differs from L1", "l1Block", d.Sync.L1Block)
		}
	}
	if a.l1 != nil {
		if err := a.checkOrigin(ctx, origin); err != nil {
			return reject(0, err.Error())
		}
	}
	if err := a.resolveProposal(ctx, refs); err != nil {
		return reject(0, "referenced transactions", "err", err)
	}
	return &abci.ResponseProcessProposal{Status: abci.ResponseProcessProposal_ACCEPT}, nil
}

// FinalizeBlock builds the height's per-rollup batches, block root, and (every K heights) the
// checkpoint. Nothing is written until Commit.
func (a *App) FinalizeBlock(_ context.Context, req *abci.RequestFinalizeBlock) (*abci.ResponseFinalizeBlock, error) {
	// References are expanded to the transactions they name first, outside the lock: this node
	// may have to fetch them from peers.
	raws := slices.Clone(req.Txs)
	decoded := make([]struct {
		tx     envelope.Tx
		err    error
		hashes []common.Hash // of tx.Parts, if computed when its bytes arrived
	}, len(raws))
	var refs []common.Hash
	var rawHashes []common.Hash // keccak256 of the expanded references' bytes: their digests
	// Each rollup's transactions, to size its slices up front (grown by doubling, an overloaded
	// block's held up to twice its tens of thousands: 15 MB of node 0's heap at 32,000 tx/s).
	parts := make(map[uint64]int)
	for i, raw := range raws {
		d := &decoded[i]
		if d.tx, d.err = envelope.Decode(raw); d.err == nil && d.tx.Ref != nil {
			refs = append(refs, d.tx.Ref.Digest)
			digest := d.tx.Ref.Digest
			if rawHashes == nil {
				rawHashes = make([]common.Hash, len(raws))
			}
			rawHashes[i] = digest
			raws[i], d.tx, d.err = a.expand(d.tx.Ref)
			if hs := a.takePrehashed(digest); d.err == nil && len(hs) == len(d.tx.Parts) {
				d.hashes = hs
			}
			if errors.Is(d.err, errFetchAborted) {
				return nil, fmt.Errorf("height %d: %w", req.Height, d.err)
			}
		}
		if d.err == nil {
			for _, p := range d.tx.Parts {
				parts[p.RollupID]++
			}
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.genesis == nil {
		return nil, errors.New("finalize block before InitChain")
	}
	h := uint64(req.Height)
	if h != a.meta.Height+1 {
		return nil, fmt.Errorf("finalize height %d after committed height %d", h, a.meta.Height)
	}
	batches := make(map[uint64][][]byte, len(parts))
	known := make(map[uint64][]common.Hash, len(parts)) // parallel to batches: each payload's hash, if known
	for id, n := range parts {
		batches[id], known[id] = make([][]byte, 0, n), make([]common.Hash, 0, n)
	}
	results := make([]*abci.ExecTxResult, len(req.Txs))
	var txCount uint64
	meta := a.meta
	var (
		updates  []abci.ValidatorUpdate
		syncHash common.Hash
		forced   []uint64
		syncAt   int
	)
	for i, raw := range raws {
		d, err := decoded[i].tx, decoded[i].err
		if err != nil { // only a block that skipped ProcessProposal; order it as nothing
			results[i] = &abci.ExecTxResult{Code: CodeMalformed, Codespace: Codespace, Log: err.Error()}
			continue
		}
		if d.Origin != nil {
			if i != 0 || d.Origin.L1.Number < meta.L1Origin.Number {
				results[i] = &abci.ExecTxResult{Code: CodeStaleSync, Codespace: Codespace, Log: "origin not applied"}
				continue
			}
			meta.L1Origin = d.Origin.L1
			for _, f := range d.Origin.Forced {
				batches[f.RollupID] = append(batches[f.RollupID], f.Payload)
				known[f.RollupID] = append(known[f.RollupID], common.Hash{})
				txCount++
				meta.ForcedAcc = commitment.ForcedAcc(meta.ForcedAcc, f.RollupID, f.Hash(), f.QueuedAt)
				meta.ForcedCount++
				forced = append(forced, f.RollupID)
			}
			results[i] = &abci.ExecTxResult{Code: CodeOK}
			syncAt = 1
			continue
		}
		if d.Sync != nil {
			if i != syncAt || d.Sync.L1Block <= meta.ValidatorsL1Block || validSet(d.Sync.Validators) != nil {
				results[i] = &abci.ExecTxResult{Code: CodeStaleSync, Codespace: Codespace, Log: "validator sync not applied"}
				continue
			}
			next := toStore(d.Sync.Validators)
			updates = validatorUpdates(meta.Validators, next)
			meta.Validators, meta.ValidatorsL1Block = next, d.Sync.L1Block
			syncHash = crypto.Keccak256Hash(raw)
			results[i] = &abci.ExecTxResult{Code: CodeOK}
			a.log.Info("validator set synced from L1", "height", h, "l1Block", d.Sync.L1Block, "validators", len(next), "updates", len(updates))
			continue
		}
		for k, p := range d.Parts {
			batches[p.RollupID] = append(batches[p.RollupID], p.Payload)
			var h common.Hash // zero: hashed below
			if hs := decoded[i].hashes; hs != nil {
				h = hs[k]
			}
			known[p.RollupID] = append(known[p.RollupID], h)
			txCount++
		}
		results[i] = &abci.ExecTxResult{Code: CodeOK}
	}
	ids := make([]uint64, 0, len(batches))
	for id := range batches {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	headers := make([]commitment.BatchHeader, len(ids))
	txHashes := make(map[uint64][]common.Hash, len(ids)) // reused by the store's tx index
	for i, id := range ids {
		hashes := known[id]
		for j, p := range batches[id] {
			if hashes[j] == (common.Hash{}) {
				hashes[j] = commitment.TxHash(p)
			}
		}
		txHashes[id] = hashes
		headers[i] = commitment.BatchHeader{RollupID: id, Root: commitment.BatchRoot(hashes), TxCount: uint64(len(hashes))}
	}
	bm := commitment.BlockMeta{TimeMs: uint64(max(req.Time.UnixMilli(), 0)), L1Origin: meta.L1Origin, ForcedCount: meta.ForcedCount}
	blockRoot, err := commitment.BlockRoot(bm, headers)
	if err != nil {
		return nil, fmt.Errorf("height %d: %w", h, err) // sorted and non-empty by construction
	}
	// A block that orders nothing leaves the app hash as it was: CometBFT then waits for
	// transactions (create_empty_blocks_interval) instead of making proof blocks back to back.
	appHash := a.meta.AppHash
	if txCount > 0 {
		appHash = AppHash(a.meta.AppHash, h, blockRoot)
	}
	if syncHash != (common.Hash{}) {
		appHash = crypto.Keccak256Hash([]byte("Lockstep.ValidatorSync.v1"), appHash[:], syncHash[:])
	}
	block := store.Block{Height: h, Time: req.Time, BlockRoot: blockRoot, AppHash: appHash, TxCount: txCount, Batches: headers, Meta: bm, Forced: forced}
	meta.Height, meta.AppHash = h, appHash
	c := &store.Commit{Block: block, Batches: batches, Hashes: txHashes, Meta: meta, Raw: raws, RawHashes: rawHashes, Refs: refs}
	if k := a.genesis.CheckpointInterval; h%k == 0 {
		start := h - k + 1
		// The window's earlier heights are read from the store: wait for the writer.
		if err := a.waitWritten(); err != nil {
			return nil, fmt.Errorf("checkpoint at height %d: %w", h, err)
		}
		roots, err := a.store.BlockRoots(start, h-1)
		if err != nil {
			return nil, fmt.Errorf("checkpoint at height %d: %w", h, err)
		}
		roots = append(roots, blockRoot)
		cp := commitment.Checkpoint{Number: h / k, StartHeight: start, EndHeight: h, Root: commitment.CheckpointTree(start, roots).Root(),
			L1Origin: meta.L1Origin.Number, ForcedCount: meta.ForcedCount, ForcedAcc: meta.ForcedAcc}
		c.Checkpoint = &cp
		c.Block.Checkpoint = cp.Number
		c.Meta.LastCheckpoint = cp.Number
	}
	a.pending = c
	a.backlog.done(refs)
	return &abci.ResponseFinalizeBlock{TxResults: results, AppHash: appHash[:], ValidatorUpdates: updates}, nil
}

// Commit hands the finalized height to the writer and returns: consensus goes on to the next
// height while the store writes this one (a height's write took tens of milliseconds under
// load, all of it on consensus's path). Readers learn of a height only once it is written
// (onCommit, Meta). A crash loses at most the queued heights of the store, never of CometBFT,
// which stored each block before calling Commit: Info then reports the last written height and
// CometBFT replays the rest (TestOperatorAppStoreBehindCometBFT), as after a power loss.
func (a *App) Commit(context.Context, *abci.RequestCommit) (*abci.ResponseCommit, error) {
	a.mu.Lock()
	c := a.pending
	if c == nil {
		a.mu.Unlock()
		return nil, errors.New("commit without a finalized block")
	}
	if a.writerErr != nil {
		err := a.writerErr
		a.mu.Unlock()
		return nil, err
	}
	a.pending = nil
	n := commitBytes(c)
	for a.queued > 0 && a.queuedBytes+n > writeQueueBytes && a.writerErr == nil {
		a.idle.Wait()
	}
	if a.writerErr != nil {
		err := a.writerErr
		a.mu.Unlock()
		return nil, err
	}
	a.meta = c.Meta
	a.queued++
	a.queuedBytes += n
	a.mu.Unlock()
	a.writes <- c // waits when writeQueue heights are queued
	return &abci.ResponseCommit{}, nil
}
