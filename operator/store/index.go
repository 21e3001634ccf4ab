package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/lockstep-xyz/lockstep/commitment"
)

// IndexDir is where the store in dir keeps its transaction index.
func IndexDir(dir string) string { return dir + "-index" }

// indexedKey keys, in the index's database, the highest height whose entries it holds.
var indexedKey = []byte{'H'}

// txIndex is the transaction index: txKeyAt entries in a LevelDB of its own, which also holds
// the store's other entries that are not a height's records (rollupKey, checkpointHeightKey,
// sentKey; see prefixHeight). Its keys are
// hashes, spread over the whole key space, so each of its compactions rewrites a level's
// tables; in the main database those tables held the batches too, and after a burst of small
// transactions every compaction rewrote every batch stored (a third of a node's CPU, for
// minutes). Here a compaction rewrites only entries of 53 bytes.
//
// Versions before kept the entries in the main database. A store they wrote keeps them there,
// and they are read first: they are of lower heights than any entry written since.
type txIndex struct {
	db     *leveldb.DB
	legacy *leveldb.DB // the main database, if it holds entries; nil if not
	// height is the store's committed height: entries above it belong to a height being
	// written, or to heights a power loss took from the main database (replayed since).
	height atomic.Uint64
}

func openIndex(dir string, main *leveldb.DB) (*txIndex, error) {
	db, err := leveldb.OpenFile(dir, nil)
	if err != nil {
		return nil, fmt.Errorf("open transaction index %s: %w", dir, err)
	}
	x := &txIndex{db: db}
	it := main.NewIterator(util.BytesPrefix([]byte{prefixTx}), nil)
	if it.First() {
		x.legacy = main
	}
	it.Release()
	if err := it.Error(); err != nil {
		return nil, errors.Join(fmt.Errorf("look for index entries in the store: %w", err), db.Close())
	}
	return x, nil
}

func (x *txIndex) close() error { return x.db.Close() }

// indexed returns the highest height the index holds the entries of, and whether it has ever
// been written.
func (x *txIndex) indexed() (uint64, bool, error) {
	v, err := x.db.Get(indexedKey, nil)
	if errors.Is(err, leveldb.ErrNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("read the indexed height: %w", err)
	}
	if len(v) != 8 {
		return 0, false, fmt.Errorf("read the indexed height: %d bytes", len(v))
	}
	return binary.BigEndian.Uint64(v), true, nil
}

// putEntry adds the entry of a transaction sequenced at (height, rollup, index) to b.
func putEntry(b *leveldb.Batch, hash common.Hash, height, rollup uint64, index uint32) {
	b.Put(txKeyAt(hash, height), binary.BigEndian.AppendUint32(u64(nil, rollup), index))
}

// putEntries adds to b the entries of rollup's txs at height h (hashes, if set, are their
// commitment.TxHash), skipping hashes in indexed (sequenced earlier in the height: the first
// sequencing is the one reported) and adding the others to it.
func putEntries(b *leveldb.Batch, indexed map[common.Hash]bool, txs [][]byte, hashes []common.Hash, h, rollup uint64) {
	for i, p := range txs {
		var hash common.Hash
		if hashes != nil {
			hash = hashes[i]
		} else {
			hash = commitment.TxHash(p)
		}
		if indexed[hash] {
			continue
		}
		indexed[hash] = true
		putEntry(b, hash, h, rollup, uint32(i))
	}
}

// write writes the entries of height h. Not synced, like the store's own write (see Commit).
func (x *txIndex) write(entries *leveldb.Batch, h uint64) error {
	entries.Put(indexedKey, u64(nil, h))
	return x.db.Write(entries, nil)
}

// committed records that the store has written height h.
func (x *txIndex) committed(h uint64) { x.height.Store(h) }

// lookup returns the first sequencing of the transaction hashed h, at or below the committed
// height.
func (x *txIndex) lookup(h common.Hash) (TxLocation, error) {
	top := x.height.Load()
	if x.legacy != nil {
		if loc, ok, err := firstEntry(x.legacy, h, top); err != nil || ok {
			return loc, err
		}
	}
	loc, ok, err := firstEntry(x.db, h, top)
	if err != nil {
		return TxLocation{}, err
	}
	if !ok {
		return TxLocation{}, ErrNotFound
	}
	return loc, nil
}

// firstEntry reads the lowest-height entry of h in db, if at or below top.
func firstEntry(db *leveldb.DB, h common.Hash, top uint64) (TxLocation, bool, error) {
	it := db.NewIterator(util.BytesPrefix(txKey(h)), nil)
	defer it.Release()
	if !it.First() {
		return TxLocation{}, false, it.Error()
	}
	k, v := it.Key(), it.Value()
	var loc TxLocation
	switch {
	case len(k) == 1+common.HashLength && len(v) == 20: // written before per-height entries
		loc = TxLocation{Height: binary.BigEndian.Uint64(v[0:8]), RollupID: binary.BigEndian.Uint64(v[8:16]), Index: binary.BigEndian.Uint32(v[16:20])}
	case len(k) == 1+common.HashLength+8 && len(v) == 12:
		loc = TxLocation{Height: binary.BigEndian.Uint64(k[1+common.HashLength:]), RollupID: binary.BigEndian.Uint64(v[0:8]), Index: binary.BigEndian.Uint32(v[8:12])}
	default:
		return TxLocation{}, false, errors.New("corrupt index entry")
	}
	return loc, loc.Height <= top, nil
}

// catchUpIndex indexes the heights the store holds and the index does not (their transactions,
// rollups and checkpoint): after a power loss
// that kept the store's write of a height and lost the index's, or on a store whose index
// was removed. On a store an older version wrote, its entries in the main database cover the
// heights it holds.
func (s *Store) catchUpIndex() error {
	m, err := s.Meta()
	if err != nil {
		return err
	}
	from, ok, err := s.index.indexed()
	if err != nil {
		return err
	}
	if !ok && s.index.legacy != nil {
		from = m.Height
		if err := s.index.write(new(leveldb.Batch), from); err != nil {
			return fmt.Errorf("index: %w", err)
		}
	}
	for h := from + 1; h <= m.Height; h++ {
		if err := s.reindex(h); err != nil {
			return fmt.Errorf("index height %d: %w", h, err)
		}
	}
	s.index.committed(m.Height)
	return nil
}

// reindex writes the index entries of the stored height h again.
func (s *Store) reindex(h uint64) error {
	var entries leveldb.Batch
	b, err := s.Block(h)
	if errors.Is(err, ErrNotFound) { // a height the store does not hold: nothing to serve
		return s.index.write(&entries, h)
	}
	if err != nil {
		return err
	}
	indexed := make(map[common.Hash]bool)
	for _, hdr := range b.Batches { // sorted by rollup ID, as Commit indexes them
		txs, err := s.Batch(hdr.RollupID, h)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		putEntries(&entries, indexed, txs, nil, h, hdr.RollupID)
		entries.Put(rollupKey(hdr.RollupID, h), nil)
	}
	if b.Checkpoint != 0 {
		entries.Put(checkpointHeightKey(b.Checkpoint), u64(nil, h))
	}
	return s.index.write(&entries, h)
}
