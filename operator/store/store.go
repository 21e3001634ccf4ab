// Package store persists what an operator node sequenced: blocks (batch headers and roots),
// each rollup's batch of transactions, a transaction index, checkpoints, and the node's
// progress. Every committed height is written in one LevelDB batch, so after a crash the store
// is at a height boundary and the application resumes from there.
//
// The transaction index (hash → height, rollup, index) is a LevelDB of its own beside the
// database (<dir>-index, index.go): its keys are random, and in the main database every
// compaction rewrote the batches stored next to them.
//
// The journal of accepted transactions not yet in a block is a log of segment files beside the
// database (<dir>-accepted, journal.go). Versions before kept it in a LevelDB of its own
// (<dir>-journal), and before that in the main database: Open moves such entries to the log.
//
// A journal write reaches the operating system before Journal returns, so an accepted
// transaction survives any crash or kill of the node; by default the disk is synced in the
// background (Options.SyncEvery), and Options.Fsync syncs each write before it
// returns, for a machine's power loss or kernel crash too.
package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/filter"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/lockstep-xyz/lockstep/commitment"
)

// ErrNotFound is returned for heights, batches, transactions and checkpoints the store lacks.
var ErrNotFound = errors.New("not found")

// Key prefixes.
const (
	// prefixHeight starts every record the main database is written: heightKey(h) || kind
	// (layout.go). Keyed by height first, what a height adds sorts after everything stored
	// before it, so each table LevelDB flushes covers its own range of heights, and its
	// compactions from level 0 only move tables down instead of rewriting them: a batch's bytes
	// are written twice (LevelDB's log and the flushed table). Whatever is not a height's goes
	// to the index's database (index.go): a key rewritten at every height, or sorting after the
	// heights, would make each flushed table overlap all the others.
	prefixHeight = 0x01
	// prefixRollup keys a rollup's heights in the index's database: prefixRollup || uint64
	// rollup || uint64 height → nothing. Versions before kept them in the main database.
	prefixRollup = 'R'
	// prefixCheckpointHeight keys, in the index's database, the height of each checkpoint.
	prefixCheckpointHeight = 'K'
	// prefixSent keys the last checkpoint delivered to an aggregator, in the index's database
	// (versions before: in the main database, still read).
	prefixSent = 'S'
	// Records of versions before in the main database, still read.
	prefixMeta       = 'M' // the Meta: one record, rewritten at every height
	prefixBlock      = 'B' // prefixBlock || uint64 height → block
	prefixBatch      = 'T' // prefixBatch || uint64 rollup || uint64 height → batch
	prefixCheckpoint = 'C' // prefixCheckpoint || uint64 number → checkpoint
	prefixTx         = 'X'
	prefixJournal    = 'J' // journal entries, moved to the journal at Open
)

// Meta is the node's committed progress.
type Meta struct {
	Height         uint64      `json:"height"`
	AppHash        common.Hash `json:"appHash"`
	LastCheckpoint uint64      `json:"lastCheckpoint"`
	// Genesis is the application's genesis state (JSON), kept from InitChain.
	Genesis json.RawMessage `json:"genesis,omitempty"`
	// Validators is the validator set as last synced from L1 (at ValidatorsL1Block), sorted by
	// operator ID. CometBFT applies a change two heights after the block that made it.
	Validators        []Validator `json:"validators,omitempty"`
	ValidatorsL1Block uint64      `json:"validatorsL1Block"`
	// L1Origin is the last committed block's L1 origin; ForcedCount and ForcedAcc the
	// forced-inclusion cursor after it and the inbox accumulator there.
	L1Origin    commitment.L1Ref `json:"l1Origin"`
	ForcedCount uint64           `json:"forcedCount"`
	ForcedAcc   common.Hash      `json:"forcedAcc"`
}

// Validator is a member of the validator set.
type Validator struct {
	OperatorID common.Hash   `json:"operatorId"`
	ConsKey    hexutil.Bytes `json:"consKey"` // ed25519
	Power      int64         `json:"power"`
}

// Block is the record of one committed height: batch headers and roots. It is stored as JSON
// under these field names, which existing data directories hold (TestBlockRecordFormat): the API
// serves its own type (operatorapi.Block), converted from this one.
type Block struct {
	Height    uint64                   `json:"height"`
	Time      time.Time                `json:"time"`
	BlockRoot common.Hash              `json:"blockRoot"`
	AppHash   common.Hash              `json:"appHash"`
	TxCount   uint64                   `json:"txCount"`
	Batches   []commitment.BatchHeader `json:"batches"` // sorted by rollup ID
	// Checkpoint is the number of the checkpoint this height ends, or 0.
	Checkpoint uint64 `json:"checkpoint,omitempty"`
	// Meta is what the block root commits to besides the batches.
	Meta commitment.BlockMeta `json:"meta"`
	// Forced are the rollup IDs of the forced-inclusion entries the block included, in inbox
	// order; each is the first of its rollup's transactions in the batch, in this order.
	Forced []uint64 `json:"forced,omitempty"`
}

// TxLocation is where a transaction was sequenced (stored in binary in the index).
type TxLocation struct {
	Height   uint64
	RollupID uint64
	Index    uint32
}

// Commit is everything one height adds.
type Commit struct {
	Block      Block
	Batches    map[uint64][][]byte // rollup ID -> payloads in block order
	Checkpoint *commitment.Checkpoint
	Meta       Meta
	// Hashes, if set, are the payloads' commitment.TxHash, parallel to Batches (the
	// application computed them for the batch roots); missing ones are computed.
	Hashes map[uint64][]common.Hash
	// Raw are the block's CometBFT transactions, each reference expanded to the transaction it
	// names; their journal entries are removed.
	Raw [][]byte
	// RawHashes, if set, are parallel to Raw: each one's keccak256 where the caller knows it (a
	// reference's digest names the bytes it expanded to), zero where not (computed then).
	RawHashes []common.Hash
	// Refs are the digests of the block's reference transactions (not stored).
	Refs []common.Hash
}

// journaled are a written height's transactions, whose journal entries go.
type journaled struct {
	raws   [][]byte
	hashes []common.Hash // parallel to raws where set; zero or missing: computed
}

// Store is a LevelDB-backed store. It is safe for concurrent use.
type Store struct {
	db      *leveldb.DB
	index   *txIndex
	latest  atomic.Pointer[latestMeta] // the committed Meta (meta.go)
	journal *txJournal
	// done carries the journal entries of written heights to clearJournal, which removes them
	// off the commit path: a removal waits behind the API's synced journal writes.
	done      chan journaled
	clearDone chan struct{}
	mu        sync.RWMutex // Commit holds it to read, Close to write: no send on a closed done
	closed    bool
	closeOnce sync.Once
	closeErr  error

	opts Options
	// dirty is set by an unsynced journal write and cleared by syncJournal.
	dirty    atomic.Bool
	stopSync chan struct{}
	syncDone chan struct{}
}

// Options are the store's durability choices for its journal.
type Options struct {
	// Fsync syncs each journal write to disk before Journal returns (one fsync per
	// group of concurrent writes), so an accepted transaction also survives a power loss or
	// kernel crash of the machine. Without it a write is in the operating system's hands
	// when Journal returns, which any crash or kill of the node survives, and the disk is
	// synced every SyncEvery.
	Fsync bool
	// SyncEvery is how often unsynced journal writes are synced (without
	// Fsync); it bounds what a power loss can take from the journal. Zero: never.
	SyncEvery time.Duration
}

// DefaultOptions are an operator's defaults: journal writes synced every 100 ms. On a machine
// running seven validators a synced journal write per API request doubled the block interval
// (the fsyncs queue with CometBFT's own write-ahead log's).
func DefaultOptions() Options { return Options{SyncEvery: 100 * time.Millisecond} }

// writeBuffer is the main database's memtable size (0: LevelDB's default, 4 MiB); tests
// shrink it to flush often.
var writeBuffer = 0

// clearQueue bounds the heights whose journal entries wait for removal; past it Commit removes
// them itself.
const clearQueue = 256

// JournalDir is where the store in dir keeps its journal.
func JournalDir(dir string) string { return dir + "-accepted" }

// Open opens or creates the store in dir with DefaultOptions.
func Open(dir string) (*Store, error) { return OpenWith(dir, DefaultOptions()) }

// OpenWith opens or creates the store in dir, its transaction index in IndexDir(dir) (indexing
// the heights it lacks) and its journal in JournalDir(dir). Journal
// entries older versions kept (in dir, or in a LevelDB of their own) are moved to the journal.
func OpenWith(dir string, o Options) (*Store, error) {
	if o.SyncEvery < 0 {
		return nil, fmt.Errorf("open store %s: journal sync interval %s is negative", dir, o.SyncEvery)
	}
	// The bloom filter answers most lookups of absent keys (Commit's check of each new
	// transaction hash, lookups of unknown hashes) without reading table blocks. Tables
	// written without it are read as before.
	db, err := leveldb.OpenFile(dir, &opt.Options{Filter: filter.NewBloomFilter(10), WriteBuffer: writeBuffer})
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	index, err := openIndex(IndexDir(dir), db)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("open store %s: %w", dir, err), db.Close())
	}
	journal, err := openJournal(JournalDir(dir), journalSegmentMax)
	if err != nil {
		return nil, errors.Join(err, index.close(), db.Close())
	}
	s := &Store{db: db, index: index, journal: journal, done: make(chan journaled, clearQueue), clearDone: make(chan struct{}),
		opts: o, stopSync: make(chan struct{}), syncDone: make(chan struct{})}
	go s.clearJournal()     // owned: Close waits for it
	go s.syncJournalEvery() // owned: Close stops it
	if err := s.loadMeta(); err != nil {
		return nil, errors.Join(fmt.Errorf("open store %s: %w", dir, err), s.Close())
	}
	if err := s.moveJournal(dir); err != nil {
		return nil, errors.Join(fmt.Errorf("open store %s: move the journal: %w", dir, err), s.Close())
	}
	if err := s.catchUpIndex(); err != nil {
		return nil, errors.Join(fmt.Errorf("open store %s: %w", dir, err), s.Close())
	}
	return s, nil
}

// clearJournal removes the journal entries of written heights until Close.
func (s *Store) clearJournal() {
	defer close(s.clearDone)
	for j := range s.done {
		// An error leaves entries behind, which a replay finds sequenced and drops.
		_ = s.unjournal(j)
	}
}

// syncJournalEvery syncs unsynced journal writes every SyncEvery until Close.
func (s *Store) syncJournalEvery() {
	defer close(s.syncDone)
	if s.opts.Fsync || s.opts.SyncEvery == 0 {
		<-s.stopSync
		return
	}
	t := time.NewTicker(s.opts.SyncEvery)
	defer t.Stop()
	for {
		select {
		case <-s.stopSync:
			return
		case <-t.C:
			_ = s.syncJournal() // a failing disk fails the next synced write too; Close reports it
		}
	}
}

// syncJournal syncs the journal if a write since the last sync has not been.
func (s *Store) syncJournal() error {
	if !s.dirty.Swap(false) {
		return nil
	}
	if err := s.journal.sync(); err != nil {
		s.dirty.Store(true)
		return err
	}
	return nil
}

// unjournal drops a written height's transactions from the journal.
func (s *Store) unjournal(j journaled) error { return s.journal.dropAll(j.raws, j.hashes, false) }

// Close finishes the pending journal removals and closes the databases. Commit must not be
// called during or after it.
func (s *Store) Close() error {
	s.closeOnce.Do(func() {
		s.mu.Lock()
		s.closed = true
		close(s.done)
		s.mu.Unlock()
		<-s.clearDone
		close(s.stopSync)
		<-s.syncDone
		s.closeErr = errors.Join(s.syncJournal(), s.index.close(), s.db.Close(), s.journal.close())
	})
	return s.closeErr
}

func u64(b []byte, v uint64) []byte { return binary.BigEndian.AppendUint64(b, v) }

// txKey prefixes a transaction's index entries. An entry is txKey || uint64 height →
// uint64 rollup || uint32 index: one per height that sequenced the bytes, so Commit only
// writes (it used to look up whether the hash was indexed already, which after heavy load read
// a filter block per table for every transaction and took most of a node's CPU), and the
// first sequencing is the first entry. Stores written before hold txKey → height || rollup ||
// index, which sorts before any newer entry of the same hash.
func txKey(h common.Hash) []byte { return append([]byte{prefixTx}, h[:]...) }

func txKeyAt(h common.Hash, height uint64) []byte { return u64(txKey(h), height) }

// Commit writes one height atomically and durably.
func (s *Store) Commit(c Commit) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return leveldb.ErrClosed
	}
	h := c.Block.Height
	if c.Meta.Height != h {
		return fmt.Errorf("commit height %d with the meta of height %d", h, c.Meta.Height)
	}
	bb, err := json.Marshal(c.Block)
	if err != nil {
		return err
	}
	// Both batches are sized up front: a block of an overloaded network names 16 MiB of
	// transactions, and a batch grown by doubling held up to twice that.
	size, n := len(bb)+1024, 0
	for _, txs := range c.Batches {
		n += len(txs)
		size += 64 + payloadsSize(txs) + 32*batchChunks(txs)
	}
	batch, entries := leveldb.MakeBatch(size), leveldb.MakeBatch(64*n+64)
	batch.Put(blockKey(h), bb)
	// The first sequencing of a payload is the one the index reports: earlier heights first,
	// then the lowest rollup ID and index in this one.
	rollups := make([]uint64, 0, len(c.Batches))
	for r := range c.Batches {
		rollups = append(rollups, r)
	}
	slices.Sort(rollups)
	indexed := make(map[common.Hash]bool, n)
	buf := payloadBufs.Get().(*[]byte)
	defer payloadBufs.Put(buf)
	for _, rollup := range rollups {
		txs := c.Batches[rollup]
		hashes := c.Hashes[rollup]
		if len(hashes) != len(txs) {
			hashes = nil
		}
		putBatch(batch, buf, rollup, h, txs)
		entries.Put(rollupKey(rollup, h), nil)
		putEntries(entries, indexed, txs, hashes, h, rollup)
	}
	if c.Checkpoint != nil {
		cb, err := json.Marshal(c.Checkpoint)
		if err != nil {
			return err
		}
		batch.Put(checkpointAtKey(h), cb)
		entries.Put(checkpointHeightKey(c.Checkpoint.Number), u64(nil, h))
	}
	latest, err := s.putMeta(batch, c.Meta)
	if err != nil {
		return err
	}
	// Not fsynced: everything here derives from the block, which CometBFT has stored durably
	// before it asks the application to commit. After a power loss that leaves this store
	// behind (the write is atomic: a lost suffix of heights, never a torn one), Info reports the
	// older height and CometBFT replays the missing blocks (TestOperatorAppStoreBehindCometBFT).
	// A process crash loses nothing: the write is in the OS before Commit returns. Waiting for
	// the disk here cost every block several milliseconds of consensus time (7 validators at
	// 1k tx/s on 2 cores: soft latency p50 300 ms synced, 169 ms not; bare CometBFT 164 ms).
	// Journal entries, whose loss would lose accepted transactions, stay synced.
	// The index first: its entries of a height the store has not written are not reported (see
	// Tx), and an index left behind by a power loss is caught up from the batches at Open.
	if err := s.index.write(entries, h); err != nil {
		return fmt.Errorf("commit height %d: index its transactions: %w", h, err)
	}
	if err := s.db.Write(batch, nil); err != nil {
		return fmt.Errorf("commit height %d: %w", h, err)
	}
	// The index's height first: a reader told of height h by Meta finds h in the index too.
	s.index.committed(h)
	s.latest.Store(latest)
	// The height's journal entries go once it is written, in the background. Not synced
	// either: an entry that survives a crash is found sequenced when the journal is replayed,
	// and dropped then.
	if len(c.Raw) > 0 {
		j := journaled{raws: c.Raw, hashes: c.RawHashes}
		select {
		case s.done <- j:
		default:
			if err := s.unjournal(j); err != nil {
				return fmt.Errorf("commit height %d: clear its journal entries: %w", h, err)
			}
		}
	}
	return nil
}

// Block returns the block at height h.
func (s *Store) Block(h uint64) (Block, error) {
	var b Block
	err := s.getJSON(blockKey(h), &b)
	if errors.Is(err, ErrNotFound) {
		err = s.getJSON(oldBlockKey(h), &b)
	}
	if err != nil {
		return Block{}, fmt.Errorf("block %d: %w", h, err)
	}
	return b, nil
}

// Batch returns rollup's payloads at height h (ErrNotFound if it has none there).
func (s *Store) Batch(rollup, h uint64) ([][]byte, error) {
	// Its chunks, or (versions before) one value under batchKey, which sorts before them.
	var out [][]byte
	found := false
	it := s.db.NewIterator(&util.Range{Start: batchKey(rollup, h), Limit: batchChunkKey(rollup, h, math.MaxUint32)}, nil)
	for it.Next() {
		found = true
		txs, err := decodePayloads(slices.Clone(it.Value())) // the iterator reuses its buffer
		if err != nil {
			it.Release()
			return nil, fmt.Errorf("batch of rollup %d at height %d: %w", rollup, h, err)
		}
		out = append(out, txs...)
	}
	it.Release()
	if err := it.Error(); err != nil {
		return nil, fmt.Errorf("batch of rollup %d at height %d: %w", rollup, h, err)
	}
	if found {
		return out, nil
	}
	v, err := s.db.Get(oldBatchKey(rollup, h), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return nil, fmt.Errorf("batch of rollup %d at height %d: %w", rollup, h, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("batch of rollup %d at height %d: %w", rollup, h, err)
	}
	return decodePayloads(v)
}

// RollupHeights returns up to limit heights >= from at which rollup has a batch, ascending.
func (s *Store) RollupHeights(rollup, from uint64, limit int) ([]uint64, error) {
	top := s.index.height.Load()
	var all []uint64
	// Batches of versions before and the rollup's heights they kept in the main database, then
	// the index's entries (those above the committed height are of a height being written).
	for _, r := range []struct {
		db *leveldb.DB
		r  *util.Range
	}{
		{s.db, &util.Range{Start: oldBatchKey(rollup, from), Limit: oldBatchKey(rollup+1, 0)}},
		{s.db, &util.Range{Start: rollupKey(rollup, from), Limit: rollupKey(rollup+1, 0)}},
		{s.index.db, &util.Range{Start: rollupKey(rollup, from), Limit: rollupKey(rollup+1, 0)}},
	} {
		it := r.db.NewIterator(r.r, nil)
		for n := 0; n < limit && it.Next(); n++ {
			if h := binary.BigEndian.Uint64(it.Key()[9:17]); h <= top || r.db == s.db {
				all = append(all, h)
			}
		}
		it.Release()
		if err := it.Error(); err != nil {
			return nil, err
		}
	}
	// A height indexed again after a power loss can be in both databases.
	slices.Sort(all)
	all = slices.Compact(all)
	return all[:min(len(all), limit)], nil
}

// Tx returns where the transaction with hash h was first sequenced.
func (s *Store) Tx(h common.Hash) (TxLocation, error) {
	loc, err := s.index.lookup(h)
	if err != nil {
		return TxLocation{}, fmt.Errorf("transaction %s: %w", h, err)
	}
	return loc, nil
}

// Checkpoint returns checkpoint n.
func (s *Store) Checkpoint(n uint64) (commitment.Checkpoint, error) {
	var cp commitment.Checkpoint
	key := oldCheckpointKey(n) // where versions before kept it
	v, err := s.index.db.Get(checkpointHeightKey(n), nil)
	switch {
	case err == nil && len(v) == 8:
		h := binary.BigEndian.Uint64(v)
		if h > s.index.height.Load() {
			return cp, fmt.Errorf("checkpoint %d: %w", n, ErrNotFound) // its height is being written
		}
		// Under its height; a store an older version wrote keeps it under key.
		if err := s.getJSON(checkpointAtKey(h), &cp); !errors.Is(err, ErrNotFound) {
			if err != nil {
				return cp, fmt.Errorf("checkpoint %d: %w", n, err)
			}
			return cp, nil
		}
	case err == nil:
		return cp, fmt.Errorf("checkpoint %d: height of %d bytes in the index", n, len(v))
	case !errors.Is(err, leveldb.ErrNotFound):
		return cp, fmt.Errorf("checkpoint %d: %w", n, err)
	}
	if err := s.getJSON(key, &cp); err != nil {
		return cp, fmt.Errorf("checkpoint %d: %w", n, err)
	}
	return cp, nil
}

// BlockRoots returns the block roots of heights [from, to].
func (s *Store) BlockRoots(from, to uint64) ([]common.Hash, error) {
	out := make([]common.Hash, 0, to-from+1)
	for h := from; h <= to; h++ {
		b, err := s.Block(h)
		if err != nil {
			return nil, err
		}
		out = append(out, b.BlockRoot)
	}
	return out, nil
}

// Journal records a transaction the node accepted, before it says so: in the operating
// system's hands when it returns, on disk too with Options.Fsync. Commit removes it
// once the transaction is in a block; what is left after a crash is re-submitted.
func (s *Store) Journal(raw []byte) error { return s.JournalHashed(raw, commitment.TxHash(raw)) }

// JournalHashed is Journal of raw whose keccak256, h, the caller computed.
func (s *Store) JournalHashed(raw []byte, h common.Hash) error {
	n, err := s.journal.put(raw, h)
	if err != nil {
		return fmt.Errorf("journal transaction: %w", err)
	}
	if s.opts.Fsync {
		if err := s.journal.syncTo(n); err != nil {
			return fmt.Errorf("journal transaction: %w", err)
		}
		return nil
	}
	s.dirty.Store(true)
	return nil
}

// Withdraw undoes one JournalHashed of raw (keccak256 h) whose transaction was refused after
// all. The entry stays while another acceptance of the same bytes holds it.
func (s *Store) Withdraw(raw []byte, h common.Hash) error { return s.journal.drop(raw, h, true) }

// Unjournal removes raw from the journal: sequenced, or refused when the journal is replayed.
func (s *Store) Unjournal(raw []byte) error { return s.journal.drop(raw, common.Hash{}, false) }

// Journaled returns the accepted transactions not yet seen in a committed block.
func (s *Store) Journaled() ([][]byte, error) { return s.journal.entries() }

// Sent returns the highest checkpoint number whose signature was delivered to the
// aggregator named dest (0 if none).
func (s *Store) Sent(dest string) (uint64, error) {
	v, err := s.index.db.Get(sentKey(dest), nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		v, err = s.db.Get(sentKey(dest), nil) // where versions before kept it
	}
	if errors.Is(err, leveldb.ErrNotFound) {
		return 0, nil
	}
	if err != nil || len(v) != 8 {
		return 0, fmt.Errorf("read sent checkpoint: %v", err)
	}
	return binary.BigEndian.Uint64(v), nil
}

// SetSent records that checkpoint n's signature was delivered to dest. It is written to the
// index's database: a key of the main database would sort after every height (see
// prefixHeight).
func (s *Store) SetSent(dest string, n uint64) error {
	if err := s.index.db.Put(sentKey(dest), u64(nil, n), &opt.WriteOptions{Sync: true}); err != nil {
		return fmt.Errorf("write sent checkpoint %d: %w", n, err)
	}
	return nil
}

func (s *Store) getJSON(k []byte, v any) error {
	b, err := s.db.Get(k, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return ErrNotFound
	}
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}
