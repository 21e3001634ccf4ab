package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/lockstep-xyz/lockstep/commitment"
)

func TestJournalIsClearedByCommit(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	a, b := []byte("raw a"), []byte("raw b")
	for _, r := range [][]byte{a, b} {
		if err := s.Journal(r); err != nil {
			t.Fatal(err)
		}
	}
	c := Commit{Block: Block{Height: 1}, Batches: map[uint64][][]byte{7: {[]byte("p")}}, Meta: Meta{Height: 1}, Raw: [][]byte{a},
		Checkpoint: &commitment.Checkpoint{Number: 1, StartHeight: 1, EndHeight: 1}}
	if err := s.Commit(c); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(dir) // what survives a restart
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	left, err := s.Journaled()
	if err != nil || len(left) != 1 || string(left[0]) != "raw b" {
		t.Fatalf("journal after commit: %q %v", left, err)
	}
	if loc, err := s.Tx(commitment.TxHash([]byte("p"))); err != nil || loc != (TxLocation{Height: 1, RollupID: 7}) {
		t.Fatalf("tx index: %+v %v", loc, err)
	}
	if hs, err := s.RollupHeights(7, 0, 10); err != nil || len(hs) != 1 || hs[0] != 1 {
		t.Fatalf("rollup heights: %v %v", hs, err)
	}
	if _, err := s.Batch(8, 1); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing batch: %v", err)
	}
	if _, err := s.Tx(common.Hash{}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing tx: %v", err)
	}
	if m, _ := s.Meta(); m.Height != 1 {
		t.Fatalf("meta %+v", m)
	}
	if err := s.SetSent("agg", 4); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Sent("agg"); n != 4 {
		t.Fatalf("sent %d", n)
	}
}

// Commit clears the journal entries of transactions whose hashes the caller passes (an
// expanded reference's digest) as well as of those it hashes itself.
func TestJournalClearedByKnownHashes(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	a, b, c := []byte("raw a"), []byte("raw b"), []byte("raw c")
	for _, r := range [][]byte{a, b, c} {
		if err := s.Journal(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Commit(Commit{Block: Block{Height: 1}, Meta: Meta{Height: 1}, Raw: [][]byte{a, b},
		RawHashes: []common.Hash{commitment.TxHash(a), {}}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	left := journaledAfterReopen(t, dir)
	if len(left) != 1 || !left["raw c"] {
		t.Fatalf("journal after commit: %v, want only raw c", left)
	}
}

// Concurrent Journal calls (which LevelDB merges into shared synced writes) each leave their
// entry durable.
func TestJournalConcurrent(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	const workers, each = 32, 50
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				errs <- s.Journal(benchRaw(uint64(w*each + i)))
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	got := journaledAfterReopen(t, dir)
	for i := range uint64(workers * each) {
		if !got[string(benchRaw(i))] {
			t.Fatalf("journal entry %d missing after reopen (%d of %d present)", i, len(got), workers*each)
		}
	}
}

// When the database goes away under concurrent Journal calls, every call returns, and an
// error, unless its entry was written: what was reported journaled is there after reopen.
func TestJournalFailsEveryWaiter(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	const workers = 32
	var (
		wg     sync.WaitGroup
		n      atomic.Uint64
		mu     sync.Mutex
		ok     [][]byte
		failed atomic.Int64
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				raw := benchRaw(n.Add(1))
				if err := s.Journal(raw); err != nil {
					failed.Add(1)
					return
				}
				mu.Lock()
				ok = append(ok, raw)
				mu.Unlock()
			}
		}()
	}
	deadline := time.Now().Add(10 * time.Second)
	for n.Load() < 500 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond) // poll: wait until writes are under way
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Journal calls still blocked after Close")
	}
	if failed.Load() != workers {
		t.Fatalf("%d of %d journaling goroutines saw an error", failed.Load(), workers)
	}
	if err := s.Journal([]byte("late")); err == nil {
		t.Fatal("Journal on a closed store succeeded")
	}
	got := journaledAfterReopen(t, dir)
	for _, raw := range ok {
		if !got[string(raw)] {
			t.Fatalf("a transaction reported journaled is missing after reopen")
		}
	}
}

// The index reports a payload's first sequencing, across heights and restarts (the bloom
// filter must not hide an existing entry), and Commit uses hashes it is given.
func TestTxIndexFirstSequencing(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	p := []byte("payload")
	if err := s.Commit(Commit{Block: Block{Height: 1}, Batches: map[uint64][][]byte{3: {[]byte("a"), p}}, Meta: Meta{Height: 1},
		Hashes: map[uint64][]common.Hash{3: {commitment.TxHash([]byte("a")), commitment.TxHash(p)}}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(dir); err != nil { // the height is now in a table, read through its filter
		t.Fatal(err)
	}
	defer s.Close()
	// A hash list that does not match the batch is ignored.
	if err := s.Commit(Commit{Block: Block{Height: 2}, Batches: map[uint64][][]byte{1: {p, []byte("b")}}, Meta: Meta{Height: 2},
		Hashes: map[uint64][]common.Hash{1: {{}}}}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		payload string
		want    TxLocation
	}{
		{"a", TxLocation{Height: 1, RollupID: 3, Index: 0}},
		{"payload", TxLocation{Height: 1, RollupID: 3, Index: 1}},
		{"b", TxLocation{Height: 2, RollupID: 1, Index: 1}},
	} {
		if loc, err := s.Tx(commitment.TxHash([]byte(c.payload))); err != nil || loc != c.want {
			t.Errorf("tx %q: %+v %v, want %+v", c.payload, loc, err, c.want)
		}
	}
	if _, err := s.Tx(common.Hash{}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("zero hash: %v", err)
	}
}

// Index entries written before entries were per height (txKey → height, rollup, index) still
// answer, and stay the first sequencing when the same bytes are sequenced again.
func TestTxIndexOldEntries(t *testing.T) {
	dir := t.TempDir()
	p := []byte("old payload")
	old, err := leveldb.OpenFile(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	v := binary.BigEndian.AppendUint32(u64(u64(nil, 7), 3), 2)
	if err := old.Put(txKey(commitment.TxHash(p)), v, nil); err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Commit(Commit{Block: Block{Height: 9}, Batches: map[uint64][][]byte{1: {p, []byte("new")}}, Meta: Meta{Height: 9}}); err != nil {
		t.Fatal(err)
	}
	if loc, err := s.Tx(commitment.TxHash(p)); err != nil || loc != (TxLocation{Height: 7, RollupID: 3, Index: 2}) {
		t.Fatalf("old entry: %+v %v", loc, err)
	}
	if loc, err := s.Tx(commitment.TxHash([]byte("new"))); err != nil || loc != (TxLocation{Height: 9, RollupID: 1, Index: 1}) {
		t.Fatalf("new entry: %+v %v", loc, err)
	}
	if n := countPrefix(t, s.db, prefixTx); n != 1 { // new entries go to the index's database
		t.Fatalf("%d index entries in the main database, want the old one", n)
	}
}

// journaledAfterReopen opens the store in dir and returns its journal entries as a set.
func journaledAfterReopen(t *testing.T, dir string) map[string]bool {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	left, err := s.Journaled()
	if err != nil {
		t.Fatal(err)
	}
	got := make(map[string]bool, len(left))
	for _, raw := range left {
		got[string(raw)] = true
	}
	return got
}

// The block record is JSON under these names in every existing data directory: a record as
// earlier versions wrote it reads back whole, and a commit writes it byte for byte the same.
func TestBlockRecordFormat(t *testing.T) {
	const record = `{"height":4,"time":"1970-01-01T00:00:05Z","blockRoot":"0x0200000000000000000000000000000000000000000000000000000000000000",` +
		`"appHash":"0x0300000000000000000000000000000000000000000000000000000000000000","txCount":2,` +
		`"batches":[{"rollupId":901,"root":"0x0100000000000000000000000000000000000000000000000000000000000000","txCount":2}],"checkpoint":1}`
	want := Block{Height: 4, Time: time.Unix(5, 0).UTC(), BlockRoot: common.Hash{2}, AppHash: common.Hash{3}, TxCount: 2,
		Batches: []commitment.BatchHeader{{RollupID: 901, Root: common.Hash{1}, TxCount: 2}}, Checkpoint: 1}
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.db.Put(oldBlockKey(4), []byte(record), nil); err != nil {
		t.Fatal(err)
	}
	got, err := s.Block(4)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("old record read as %+v, %v; want %+v", got, err, want)
	}
	// Format v2 blocks add the block meta and the forced entries' rollups.
	const v2 = `,"meta":{"timeMs":5000,"l1Origin":{"number":12,"hash":"0x0500000000000000000000000000000000000000000000000000000000000000"},"forcedCount":3},"forced":[901]}`
	want.Height = 5
	want.Meta = commitment.BlockMeta{TimeMs: 5000, L1Origin: commitment.L1Ref{Number: 12, Hash: common.Hash{5}}, ForcedCount: 3}
	want.Forced = []uint64{901}
	if err := s.Commit(Commit{Block: want, Meta: Meta{Height: 5}}); err != nil {
		t.Fatal(err)
	}
	written, err := s.db.Get(blockKey(5), nil)
	wantRecord := strings.Replace(strings.TrimSuffix(record, "}")+v2, `"height":4`, `"height":5`, 1)
	if err != nil || string(written) != wantRecord {
		t.Fatalf("written record %s, %v\nwant %s", written, err, wantRecord)
	}
	if got, err := s.Block(5); err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("v2 record read as %+v, %v; want %+v", got, err, want)
	}
}

// A data directory of an older version kept its journal in the main database: Open moves the
// entries to the journal's database, and Commit clears them there.
func TestOpenMovesAnOldJournal(t *testing.T) {
	dir := t.TempDir()
	old, err := leveldb.OpenFile(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	raws := [][]byte{benchRaw(1), benchRaw(2), benchRaw(3)}
	for _, r := range raws {
		if err := old.Put(journalKey(r), r, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := old.Put([]byte{prefixMeta}, []byte(`{"height":7}`), nil); err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Journaled()
	if err != nil || len(got) != len(raws) {
		t.Fatalf("journal after open: %d entries, %v; want %d", len(got), err, len(raws))
	}
	if m, err := s.Meta(); err != nil || m.Height != 7 {
		t.Fatalf("meta %+v, %v", m, err)
	}
	if n := countPrefix(t, s.db, prefixJournal); n != 0 {
		t.Fatalf("%d journal entries left in the main database", n)
	}
	// Commit of the height holding two of them leaves the third.
	c := Commit{Block: Block{Height: 8}, Batches: map[uint64][][]byte{1: {raws[0][1:], raws[1][1:]}}, Meta: Meta{Height: 8}, Raw: raws[:2]}
	if err := s.Commit(c); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	left := journaledAfterReopen(t, dir)
	if len(left) != 1 || !left[string(raws[2])] {
		t.Fatalf("journal after commit and reopen: %d entries, want only the third", len(left))
	}
}

func countPrefix(t *testing.T, db *leveldb.DB, prefix byte) int {
	t.Helper()
	it := db.NewIterator(util.BytesPrefix([]byte{prefix}), nil)
	defer it.Release()
	n := 0
	for it.Next() {
		n++
	}
	if err := it.Error(); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestJournalSyncModes: without Fsync a journal write marks the journal dirty and the
// background syncer syncs it within the interval; with Fsync the write itself is synced and
// nothing is left for the syncer.
func TestJournalSyncModes(t *testing.T) {
	if _, err := OpenWith(t.TempDir(), Options{SyncEvery: -time.Second}); err == nil || !strings.Contains(err.Error(), "negative") {
		t.Fatalf("negative sync interval: %v", err)
	}

	dir := t.TempDir()
	s, err := OpenWith(dir, Options{SyncEvery: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Journal([]byte("raw a")); err != nil {
		t.Fatal(err)
	}
	synced := func() bool {
		s.journal.mu.Lock()
		written := s.journal.written
		s.journal.mu.Unlock()
		s.journal.smu.Lock()
		defer s.journal.smu.Unlock()
		return s.journal.synced >= written && !s.dirty.Load()
	}
	for deadline := time.Now().Add(5 * time.Second); !synced(); {
		if time.Now().After(deadline) {
			t.Fatal("the journal write was not synced within 5s at a 5ms interval")
		}
		time.Sleep(time.Millisecond)
	}
	got, err := s.Journaled()
	if err != nil || len(got) != 1 || string(got[0]) != "raw a" {
		t.Fatalf("journaled %q, %v; want only raw a", got, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// Never synced in the background: Close syncs what is left.
	s, err = OpenWith(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Journal([]byte("raw b")); err != nil {
		t.Fatal(err)
	}
	if !s.dirty.Load() {
		t.Fatal("an unsynced write did not mark the journal dirty")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s.dirty.Load() {
		t.Fatal("Close left the journal unsynced")
	}

	s, err = OpenWith(dir, Options{Fsync: true, SyncEvery: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Journal([]byte("raw c")); err != nil {
		t.Fatal(err)
	}
	if s.dirty.Load() {
		t.Fatal("a synced write marked the journal dirty")
	}
	got, err = s.Journaled()
	if err != nil || len(got) != 3 {
		t.Fatalf("journaled %q, %v; want the three transactions across reopens", got, err)
	}
}

// The index is a database of its own, written before the store at each height: entries of a
// height the store has not written are not reported, and an index that lost heights (a power
// loss keeps the store's write and not the index's, or the operator removed it) is caught up
// from the stored batches at Open.
func TestTxIndexCatchesUp(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]TxLocation{}
	for h := uint64(1); h <= 3; h++ {
		a, b := fmt.Sprintf("a%d", h), fmt.Sprintf("b%d", h)
		c := Commit{Block: Block{Height: h, Batches: []commitment.BatchHeader{{RollupID: 1}, {RollupID: 4}}},
			Batches: map[uint64][][]byte{1: {[]byte(a)}, 4: {[]byte(a), []byte(b)}}, Meta: Meta{Height: h}}
		if h == 2 {
			c.Checkpoint, c.Block.Checkpoint = &commitment.Checkpoint{Number: 1, EndHeight: 2}, 1
		}
		if err := s.Commit(c); err != nil {
			t.Fatal(err)
		}
		want[a] = TxLocation{Height: h, RollupID: 1, Index: 0}
		want[b] = TxLocation{Height: h, RollupID: 4, Index: 1}
	}
	if n := countPrefix(t, s.db, prefixTx); n != 0 {
		t.Fatalf("%d index entries in the main database", n)
	}
	// An entry of a height being written is not reported until the store holds the height.
	var ahead leveldb.Batch
	putEntry(&ahead, commitment.TxHash([]byte("next")), 4, 1, 0)
	if err := s.index.write(&ahead, 4); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Tx(commitment.TxHash([]byte("next"))); !errors.Is(err, ErrNotFound) {
		t.Fatalf("entry above the committed height: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	check := func(what string) {
		t.Helper()
		s, err := Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		for p, w := range want {
			if loc, err := s.Tx(commitment.TxHash([]byte(p))); err != nil || loc != w {
				t.Errorf("%s: tx %q at %+v %v, want %+v", what, p, loc, err, w)
			}
		}
		// The rollups' heights and the checkpoint's height are the index's too.
		if hs, err := s.RollupHeights(4, 0, 10); err != nil || !slices.Equal(hs, []uint64{1, 2, 3}) {
			t.Errorf("%s: heights of rollup 4: %v %v", what, hs, err)
		}
		if cp, err := s.Checkpoint(1); err != nil || cp.EndHeight != 2 {
			t.Errorf("%s: checkpoint: %+v %v", what, cp, err)
		}
		if _, err := s.Tx(commitment.TxHash([]byte("next"))); !errors.Is(err, ErrNotFound) {
			t.Errorf("%s: entry above the committed height: %v", what, err)
		}
	}
	check("reopened")

	// The index lost heights 2 and 3.
	x, err := leveldb.OpenFile(IndexDir(dir), nil)
	if err != nil {
		t.Fatal(err)
	}
	var lose leveldb.Batch
	for p, w := range want {
		if w.Height > 1 {
			lose.Delete(txKeyAt(commitment.TxHash([]byte(p)), w.Height))
		}
	}
	lose.Put(indexedKey, u64(nil, 1))
	if err := errors.Join(x.Write(&lose, nil), x.Close()); err != nil {
		t.Fatal(err)
	}
	check("after losing heights")

	// The index is gone.
	if err := os.RemoveAll(IndexDir(dir)); err != nil {
		t.Fatal(err)
	}
	check("after removing it")
}

// A height's records sort after every earlier height's, whatever the rollups (so LevelDB moves
// the tables it flushes instead of rewriting older ones), and a store of an older version,
// whose blocks and batches are under their old keys, reads through.
func TestHeightFirstLayout(t *testing.T) {
	for _, k := range [][]byte{blockKey(7), batchChunkKey(math.MaxUint64, 7, math.MaxUint32), metaKey(7), checkpointAtKey(7), genesisKey(7), validatorsKey(7)} {
		if !bytes.HasPrefix(k, heightKey(7)) || bytes.Compare(k, heightKey(8)) >= 0 {
			t.Fatalf("key %x is not among height 7's", k)
		}
	}
	if !(bytes.Compare(heightKey(math.MaxUint64), []byte{prefixBlock}) < 0) {
		t.Fatal("a height's records do not sort between the previous height's and the next's, before the other keys")
	}
	dir := t.TempDir()
	old, err := leveldb.OpenFile(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	for h := uint64(1); h <= 2; h++ {
		b, _ := json.Marshal(Block{Height: h, TxCount: 1})
		if err := errors.Join(old.Put(oldBlockKey(h), b, nil), old.Put(oldBatchKey(7, h), encodePayloads([][]byte{fmt.Appendf(nil, "old %d", h)}), nil)); err != nil {
			t.Fatal(err)
		}
	}
	oldCP, _ := json.Marshal(commitment.Checkpoint{Number: 1, EndHeight: 2})
	if err := errors.Join(old.Put([]byte{prefixMeta}, []byte(`{"height":2,"genesis":{"g":1},"validators":[{"power":3}]}`), nil),
		old.Put(oldCheckpointKey(1), oldCP, nil), old.Put(sentKey("agg"), u64(nil, 1), nil), old.Close()); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m, err := s.Meta()
	if err != nil || m.Height != 2 || string(m.Genesis) != `{"g":1}` || len(m.Validators) != 1 || m.Validators[0].Power != 3 {
		t.Fatalf("meta of the version before: %+v %v", m, err)
	}
	for h := uint64(3); h <= 4; h++ {
		m.Height = h
		c := Commit{Block: Block{Height: h, TxCount: 1}, Batches: map[uint64][][]byte{7: {fmt.Appendf(nil, "new %d", h)}}, Meta: m}
		if h == 4 {
			c.Checkpoint, c.Block.Checkpoint = &commitment.Checkpoint{Number: 2, EndHeight: 4}, 2
		}
		if err := s.Commit(c); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if m, err := s.Meta(); err != nil || m.Height != 4 || string(m.Genesis) != `{"g":1}` || len(m.Validators) != 1 || m.Validators[0].Power != 3 {
		t.Fatalf("meta: %+v %v", m, err)
	}
	for n := uint64(1); n <= 2; n++ {
		if cp, err := s.Checkpoint(n); err != nil || cp.EndHeight != 2*n {
			t.Fatalf("checkpoint %d: %+v %v", n, cp, err)
		}
	}
	if n, err := s.Sent("agg"); err != nil || n != 1 {
		t.Fatalf("sent by the version before: %d %v", n, err)
	}
	for h := uint64(1); h <= 4; h++ {
		b, err := s.Block(h)
		if err != nil || b.Height != h {
			t.Fatalf("block %d: %+v %v", h, b, err)
		}
		txs, err := s.Batch(7, h)
		want := fmt.Sprintf("new %d", h)
		if h <= 2 {
			want = fmt.Sprintf("old %d", h)
		}
		if err != nil || len(txs) != 1 || string(txs[0]) != want {
			t.Fatalf("batch at %d: %q %v, want %q", h, txs, err, want)
		}
		if loc, err := s.Tx(commitment.TxHash([]byte(want))); h > 2 && (err != nil || loc != (TxLocation{Height: h, RollupID: 7})) {
			t.Fatalf("tx %q: %+v %v", want, loc, err)
		}
	}
	if _, err := s.Batch(8, 3); !errors.Is(err, ErrNotFound) {
		t.Fatalf("batch of another rollup: %v", err)
	}
	for _, c := range []struct {
		from  uint64
		limit int
		want  []uint64
	}{{0, 10, []uint64{1, 2, 3, 4}}, {2, 10, []uint64{2, 3, 4}}, {0, 2, []uint64{1, 2}}, {1, 3, []uint64{1, 2, 3}}, {4, 10, []uint64{4}}, {5, 10, nil}} {
		if got, err := s.RollupHeights(7, c.from, c.limit); err != nil || !slices.Equal(got, c.want) {
			t.Errorf("heights from %d, at most %d: %v %v, want %v", c.from, c.limit, got, err, c.want)
		}
	}
	if got, err := s.RollupHeights(6, 0, 10); err != nil || len(got) != 0 {
		t.Errorf("heights of a rollup without batches: %v %v", got, err)
	}
}

// A large batch is stored in chunks of at most batchChunkBytes (a payload larger than that in a
// chunk of its own) and reads back whole, in order; a batch stored as one value under batchKey
// (the version before) reads as before, and so does an empty batch.
func TestBatchChunks(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var txs [][]byte
	for i := range 300 {
		txs = append(txs, bytes.Repeat([]byte{byte(i)}, 1000+i))
	}
	txs = slices.Insert(txs, 150, bytes.Repeat([]byte{0xee}, 3*batchChunkBytes))
	c := Commit{Block: Block{Height: 1, TxCount: uint64(len(txs))}, Batches: map[uint64][][]byte{7: txs, 8: {}}, Meta: Meta{Height: 1}}
	if err := s.Commit(c); err != nil {
		t.Fatal(err)
	}
	got, err := s.Batch(7, 1)
	if err != nil || len(got) != len(txs) {
		t.Fatalf("batch: %d payloads, %v; want %d", len(got), err, len(txs))
	}
	for i := range txs {
		if !bytes.Equal(got[i], txs[i]) {
			t.Fatalf("payload %d differs", i)
		}
	}
	it := s.db.NewIterator(util.BytesPrefix(batchKey(7, 1)), nil)
	chunks := 0
	for it.Next() {
		if len(it.Value()) > batchChunkBytes && len(it.Value()) != 4+3*batchChunkBytes {
			t.Errorf("chunk %x of %d bytes, above %d", it.Key(), len(it.Value()), batchChunkBytes)
		}
		chunks++
	}
	it.Release()
	if min := (payloadsSize(txs)-(4+3*batchChunkBytes))/batchChunkBytes + 1; chunks <= min { // + the large one's
		t.Errorf("%d chunks, want more than %d", chunks, min)
	}
	if got, err := s.Batch(8, 1); err != nil || len(got) != 0 {
		t.Errorf("empty batch: %d payloads, %v", len(got), err)
	}

	// One value under batchKey, as the version before wrote it.
	if err := s.db.Put(batchKey(9, 1), encodePayloads([][]byte{[]byte("one"), []byte("two")}), nil); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Batch(9, 1); err != nil || len(got) != 2 || string(got[0]) != "one" || string(got[1]) != "two" {
		t.Errorf("batch of the version before: %q %v", got, err)
	}
	if _, err := s.Batch(7, 2); !errors.Is(err, ErrNotFound) {
		t.Errorf("batch at a height not stored: %v", err)
	}
}

// Everything Commit and SetMeta write to the main database is keyed by height, in height
// order, so LevelDB's compactions from level 0 only move the tables it flushed: nothing is read
// back and rewritten at level 1 or below. The Meta (its genesis and validator set written only
// where they change), checkpoints, rollup heights and delivery progress read back, across a
// restart too.
func TestAppendOnlyLayout(t *testing.T) {
	defer func(w int) { writeBuffer = w }(writeBuffer)
	writeBuffer = 64 << 10 // flush every few heights
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	vals := func(power int64) []Validator {
		return []Validator{{OperatorID: common.Hash{1}, ConsKey: []byte{1, 2}, Power: power}, {OperatorID: common.Hash{2}, ConsKey: []byte{3}, Power: 5}}
	}
	meta := Meta{Genesis: json.RawMessage(`{"chain":"test"}`), Validators: vals(10), ValidatorsL1Block: 3}
	if err := s.SetMeta(meta); err != nil {
		t.Fatal(err)
	}
	const heights, every = 400, 10
	for h := uint64(1); h <= heights; h++ {
		meta.Height, meta.AppHash = h, common.Hash{byte(h)}
		if h == 250 {
			meta.Validators, meta.ValidatorsL1Block = vals(20), 40
		}
		c := Commit{Block: Block{Height: h, TxCount: 2}, Meta: meta, Batches: map[uint64][][]byte{
			1: {bytes.Repeat([]byte{byte(h)}, 20_000)}, 2 + h%2: {fmt.Appendf(nil, "tx %d", h)},
		}}
		if h%every == 0 {
			meta.LastCheckpoint = h / every
			c.Meta = meta
			c.Checkpoint = &commitment.Checkpoint{Number: h / every, StartHeight: h - every + 1, EndHeight: h}
			c.Block.Checkpoint = h / every
		}
		if err := s.Commit(c); err != nil {
			t.Fatal(err)
		}
		if h == 100 {
			if err := s.SetSent("agg", 9); err != nil {
				t.Fatal(err)
			}
		}
	}
	it := s.db.NewIterator(nil, nil)
	for it.Next() {
		if it.Key()[0] != prefixHeight {
			t.Fatalf("key %x of the main database is not a height's", it.Key())
		}
	}
	it.Release()
	var st leveldb.DBStats
	if err := s.db.Stats(&st); err != nil {
		t.Fatal(err)
	}
	var read, moved uint64
	for level := 1; level < len(st.LevelRead); level++ {
		read += uint64(st.LevelRead[level])
	}
	for level := 1; level < len(st.LevelTablesCounts); level++ {
		moved += uint64(st.LevelTablesCounts[level])
	}
	if moved == 0 || read != 0 {
		t.Errorf("tables below level 0: %d, bytes compactions read back: %d; want some, none", moved, read)
	}

	check := func(when string) {
		t.Helper()
		m, err := s.Meta()
		if err != nil || m.Height != heights || m.AppHash != (common.Hash{byte(heights % 256)}) || string(m.Genesis) != `{"chain":"test"}` ||
			!slices.EqualFunc(m.Validators, vals(20), equalValidator) || m.ValidatorsL1Block != 40 || m.LastCheckpoint != heights/every {
			t.Fatalf("%s: meta %+v %v", when, m, err)
		}
		for _, n := range []uint64{1, 25, heights / every} {
			if cp, err := s.Checkpoint(n); err != nil || cp.Number != n || cp.EndHeight != n*every {
				t.Fatalf("%s: checkpoint %d: %+v %v", when, n, cp, err)
			}
		}
		if _, err := s.Checkpoint(heights/every + 1); !errors.Is(err, ErrNotFound) {
			t.Fatalf("%s: a checkpoint not cut: %v", when, err)
		}
		if hs, err := s.RollupHeights(3, 0, 3); err != nil || !slices.Equal(hs, []uint64{1, 3, 5}) {
			t.Fatalf("%s: heights of rollup 3: %v %v", when, hs, err)
		}
		if hs, err := s.RollupHeights(1, heights-1, 10); err != nil || !slices.Equal(hs, []uint64{heights - 1, heights}) {
			t.Fatalf("%s: heights of rollup 1: %v %v", when, hs, err)
		}
		if n, err := s.Sent("agg"); err != nil || n != 9 {
			t.Fatalf("%s: sent %d %v", when, n, err)
		}
		if txs, err := s.Batch(1, 7); err != nil || len(txs) != 1 || !bytes.Equal(txs[0], bytes.Repeat([]byte{7}, 20_000)) {
			t.Fatalf("%s: batch: %d %v", when, len(txs), err)
		}
	}
	check("committed")
	// Meta returns a copy: changing it changes nothing stored.
	m, _ := s.Meta()
	m.Validators[0].Power, m.Genesis[0] = 99, 'x'
	check("after changing a returned meta")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	check("reopened")
	// The validator set was written twice, the genesis once.
	for _, c := range []struct {
		kind byte
		want int
	}{{kindValidators, 2}, {kindGenesis, 1}, {kindMeta, heights + 1}, {kindCheckpoint, heights / every}} {
		n := 0
		it := s.db.NewIterator(nil, nil)
		for it.Next() {
			if k := it.Key(); len(k) == 10 && k[9] == c.kind {
				n++
			}
		}
		it.Release()
		if n != c.want {
			t.Errorf("%d records of kind %c, want %d", n, c.kind, c.want)
		}
	}
}
