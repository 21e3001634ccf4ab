package store

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/maphash"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"

	"github.com/lockstep-xyz/lockstep/commitment"
)

// The journal of accepted transactions is a log of append-only segment files. In LevelDB every
// accepted transaction cost a put and, once sequenced, a delete, each through LevelDB's memtable
// and log (6% of a node's CPU at 1,800 tx/s on 4 validators), and every node wrote a delete for
// every sequenced transaction, journaled there or not. Here an acceptance is one append, the
// journal knows in memory which transactions it holds, and a sequenced transaction it does not
// hold costs a map lookup.
//
// A segment is a sequence of records:
//
//	kind byte | len uint32 | crc32c(kind || len || body) uint32 | body [len]byte
//
// A put's body is the transaction. A drop's body is the location (segment, offset) of the put
// it cancels; drops are not synced: one lost to a power loss brings back a transaction that the
// replay after a restart finds sequenced and drops again.
//
// Segments are removed oldest first, once none of their puts is live, so a drop is never on
// disk without the older segments whose puts it may cancel. A live put that holds old segments
// back is copied forward when a segment fills. Opening the journal reads every segment (a torn
// record ends its segment: only the last write before a crash can be torn, and only one that was
// never acknowledged as synced), copies the live puts to a new segment, syncs it and removes the
// old ones.

const (
	journalExt        = ".jnl"
	journalHeader     = 1 + 4 + 4
	journalPut        = 'P'
	journalDrop       = 'D'
	journalDropBody   = 4 + 8
	journalMaxRecord  = 1 << 30
	journalKeepFiles  = 4        // past this many segments on disk, the oldest's live puts move forward
	journalSegmentMax = 32 << 20 // a segment past this size is closed and a new one started
)

var journalCRC = crc32.MakeTable(crc32.Castagnoli)

// jloc is where a put record starts.
type jloc struct {
	seg uint32
	off int64
}

// jentry is a live journaled transaction.
type jentry struct {
	hash common.Hash // keccak256 of the transaction
	at   jloc
	n    int // the transaction's length
	// refs counts the acceptances not withdrawn since the put (a client may submit the same
	// bytes again while they wait).
	refs int
}

// txJournal is the journal. It is safe for concurrent use.
type txJournal struct {
	dir      string
	maxBytes int64
	seed     maphash.Seed

	mu      sync.Mutex
	files   map[uint32]*os.File // every segment on disk
	cur     uint32              // the segment appended to
	size    int64               // its size
	buf     []byte
	live    map[uint64][]*jentry // maphash of the transaction → entries (nearly always one)
	counts  map[uint32]int       // live puts per segment
	written uint64               // appends so far
	closed  bool
	moving  bool // moveOldest is copying puts forward

	smu    sync.Mutex // serialises syncs
	synced uint64     // appends known to be on disk
}

// openJournal opens the journal in dir, creating it, and returns the transactions it holds.
func openJournal(dir string, maxBytes int64) (*txJournal, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("open journal %s: %w", dir, err)
	}
	segs, err := journalSegments(dir)
	if err != nil {
		return nil, fmt.Errorf("open journal %s: %w", dir, err)
	}
	// Replay: puts by location, minus the drops.
	var order []jloc
	puts := make(map[jloc][]byte)
	for _, seg := range segs {
		if err := readJournalSegment(filepath.Join(dir, journalName(seg)), seg, func(kind byte, off int64, body []byte) {
			switch kind {
			case journalPut:
				at := jloc{seg, off}
				puts[at] = body
				order = append(order, at)
			case journalDrop:
				delete(puts, jloc{binary.BigEndian.Uint32(body), int64(binary.BigEndian.Uint64(body[4:]))})
			}
		}); err != nil {
			return nil, fmt.Errorf("open journal %s: %w", dir, err)
		}
	}
	next := uint32(1)
	if len(segs) > 0 {
		next = segs[len(segs)-1] + 1
	}
	j := &txJournal{dir: dir, maxBytes: maxBytes, seed: maphash.MakeSeed(), files: make(map[uint32]*os.File),
		live: make(map[uint64][]*jentry), counts: make(map[uint32]int)}
	if err := j.rotate(next); err != nil {
		return nil, fmt.Errorf("open journal %s: %w", dir, err)
	}
	// Copy what is live to the new segment, make it durable, then remove the old segments.
	for _, at := range order {
		raw, ok := puts[at]
		if !ok {
			continue
		}
		// A transaction put twice (a copy moved forward, a crash before the original's segment
		// went) is live once.
		hash := commitment.TxHash(raw)
		if e, _ := j.find(j.key(raw), raw, hash); e != nil {
			continue
		}
		if _, err := j.put(raw, hash); err != nil {
			return nil, errors.Join(fmt.Errorf("open journal %s: %w", dir, err), j.close())
		}
	}
	if err := j.sync(); err != nil {
		return nil, errors.Join(fmt.Errorf("open journal %s: %w", dir, err), j.close())
	}
	for _, seg := range segs {
		if err := os.Remove(filepath.Join(dir, journalName(seg))); err != nil {
			return nil, errors.Join(fmt.Errorf("open journal %s: %w", dir, err), j.close())
		}
	}
	if err := syncDir(dir); err != nil {
		return nil, errors.Join(fmt.Errorf("open journal %s: %w", dir, err), j.close())
	}
	return j, nil
}

func journalName(n uint32) string { return fmt.Sprintf("%010d%s", n, journalExt) }

// journalSegments lists the segment numbers in dir, ascending.
func journalSegments(dir string) ([]uint32, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var segs []uint32
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), journalExt)
		if !ok {
			continue
		}
		n, err := strconv.ParseUint(name, 10, 32)
		if err != nil {
			continue
		}
		segs = append(segs, uint32(n))
	}
	slices.Sort(segs)
	return segs, nil
}

// readJournalSegment calls f for each whole record of a segment, in order, up to the first
// torn or damaged one.
func readJournalSegment(path string, seg uint32, f func(kind byte, off int64, body []byte)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	r := bufio.NewReaderSize(file, 1<<20)
	var off int64
	hdr := make([]byte, journalHeader)
	for {
		if _, err := io.ReadFull(r, hdr); err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return nil
			}
			return err
		}
		kind, n := hdr[0], binary.BigEndian.Uint32(hdr[1:])
		if (kind != journalPut && kind != journalDrop) || n > journalMaxRecord || (kind == journalDrop && n != journalDropBody) {
			return nil // damaged: nothing after it in this segment is trusted
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return nil
			}
			return err
		}
		if binary.BigEndian.Uint32(hdr[5:]) != crc32.Update(crc32.Checksum(hdr[:5], journalCRC), journalCRC, body) {
			return nil
		}
		f(kind, off, body)
		off += int64(journalHeader) + int64(n)
	}
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	return errors.Join(d.Sync(), d.Close())
}

// rotate makes segment n the one appended to, after syncing the one before, so that syncing
// the current segment covers every append so far. The caller holds mu (or owns j).
func (j *txJournal) rotate(n uint32) error {
	if prev := j.files[j.cur]; prev != nil {
		if err := prev.Sync(); err != nil {
			return err
		}
	}
	f, err := os.OpenFile(filepath.Join(j.dir, journalName(n)), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("new journal segment: %w", err)
	}
	if err := syncDir(j.dir); err != nil {
		return errors.Join(err, f.Close())
	}
	j.files[n] = f
	j.cur, j.size = n, 0
	return nil
}

// appendRecord writes one record to the current segment and returns where it starts. The
// caller holds mu.
func (j *txJournal) appendRecord(kind byte, body []byte) (jloc, error) {
	if j.size > 0 && j.size+int64(journalHeader+len(body)) > j.maxBytes {
		if err := j.rotate(j.cur + 1); err != nil {
			return jloc{}, err
		}
		if !j.moving {
			if err := j.moveOldest(); err != nil {
				return jloc{}, err
			}
		}
	}
	b := j.buf[:0]
	b = append(b, kind)
	b = binary.BigEndian.AppendUint32(b, uint32(len(body)))
	b = binary.BigEndian.AppendUint32(b, crc32.Update(crc32.Checksum(b, journalCRC), journalCRC, body))
	b = append(b, body...)
	if cap(b) <= 1<<20 {
		j.buf = b // keep the buffer of ordinary records; a huge one goes back to the heap
	}
	at := jloc{j.cur, j.size}
	if _, err := j.files[j.cur].Write(b); err != nil {
		// Bytes of a partial write would end the segment for a replay, and every record after
		// them with it: later records go to a new segment.
		return jloc{}, errors.Join(fmt.Errorf("append to journal segment %d: %w", j.cur, err), j.rotate(j.cur+1))
	}
	j.size += int64(len(b))
	j.written++
	return at, nil
}

// moveOldest copies the live puts of the oldest segment forward when more than
// journalKeepFiles segments are on disk, so that it can go. The caller holds mu.
func (j *txJournal) moveOldest() error {
	if len(j.files) <= journalKeepFiles {
		return nil
	}
	oldest := slices.Min(slices.Collect(maps.Keys(j.files)))
	j.moving = true
	defer func() { j.moving = false }()
	for _, es := range j.live {
		for _, e := range es {
			if e.at.seg != oldest {
				continue
			}
			raw := make([]byte, e.n)
			if _, err := j.files[oldest].ReadAt(raw, e.at.off+journalHeader); err != nil {
				return fmt.Errorf("move journal entry forward: %w", err)
			}
			at, err := j.appendRecord(journalPut, raw)
			if err != nil {
				return err
			}
			j.counts[e.at.seg]--
			j.counts[at.seg]++
			e.at = at
		}
	}
	// The copies are durable before the originals go.
	if err := j.files[j.cur].Sync(); err != nil {
		return err
	}
	return j.removeDead()
}

// removeDead removes the oldest segments while none of their puts is live. The caller holds mu.
func (j *txJournal) removeDead() error {
	for len(j.files) > 1 {
		oldest := slices.Min(slices.Collect(maps.Keys(j.files)))
		if oldest == j.cur || j.counts[oldest] > 0 {
			return nil
		}
		f := j.files[oldest]
		delete(j.files, oldest)
		delete(j.counts, oldest)
		if err := errors.Join(f.Close(), os.Remove(filepath.Join(j.dir, journalName(oldest)))); err != nil {
			return fmt.Errorf("remove journal segment %d: %w", oldest, err)
		}
	}
	return nil
}

func (j *txJournal) key(raw []byte) uint64 { return maphash.Bytes(j.seed, raw) }

// find returns the live entry of raw (hash, if not zero, is its keccak256) and its index among
// the entries of its key.
func (j *txJournal) find(k uint64, raw []byte, hash common.Hash) (*jentry, int) {
	es := j.live[k]
	if len(es) == 0 {
		return nil, -1
	}
	if hash == (common.Hash{}) {
		hash = commitment.TxHash(raw)
	}
	for i, e := range es {
		if e.hash == hash && e.n == len(raw) {
			return e, i
		}
	}
	return nil, -1
}

// put records an acceptance of raw, whose keccak256 is hash, and returns the number of appends
// that must be on disk for it to be (the put that holds raw, this one or an earlier one).
func (j *txJournal) put(raw []byte, hash common.Hash) (uint64, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return 0, os.ErrClosed
	}
	k := j.key(raw)
	if e, _ := j.find(k, raw, hash); e != nil {
		e.refs++
		return j.written, nil // the earlier put may not be synced yet: wait for everything so far
	}
	at, err := j.appendRecord(journalPut, raw)
	if err != nil {
		return 0, err
	}
	j.live[k] = append(j.live[k], &jentry{hash: hash, at: at, n: len(raw), refs: 1})
	j.counts[at.seg]++
	return j.written, nil
}

// drop removes raw from the journal (withdraw: one acceptance of it only). hash is its keccak256
// if the caller knows it (zero: computed if raw is journaled). A transaction the journal does
// not hold costs a map lookup.
func (j *txJournal) drop(raw []byte, hash common.Hash, withdraw bool) error {
	return j.dropAll([][]byte{raw}, []common.Hash{hash}, withdraw)
}

// dropAll is drop of each of raws, under one lock (a height's transactions). hashes, parallel
// to raws where set, are their keccak256 (zero or missing: computed if journaled).
func (j *txJournal) dropAll(raws [][]byte, hashes []common.Hash, withdraw bool) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return os.ErrClosed
	}
	dropped := false
	for i, raw := range raws {
		var hash common.Hash
		if i < len(hashes) {
			hash = hashes[i]
		}
		k := j.key(raw)
		e, at := j.find(k, raw, hash)
		if e == nil {
			continue
		}
		if e.refs--; withdraw && e.refs > 0 {
			continue
		}
		if es := j.live[k]; len(es) == 1 {
			delete(j.live, k)
		} else {
			j.live[k] = slices.Delete(es, at, at+1)
		}
		j.counts[e.at.seg]--
		body := binary.BigEndian.AppendUint32(make([]byte, 0, journalDropBody), e.at.seg)
		body = binary.BigEndian.AppendUint64(body, uint64(e.at.off))
		if _, err := j.appendRecord(journalDrop, body); err != nil {
			return err
		}
		dropped = true
	}
	if !dropped {
		return nil
	}
	return j.removeDead()
}

// entries returns the journaled transactions, in no particular order.
func (j *txJournal) entries() ([][]byte, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return nil, os.ErrClosed
	}
	var out [][]byte
	for _, es := range j.live {
		for _, e := range es {
			raw := make([]byte, e.n)
			if _, err := j.files[e.at.seg].ReadAt(raw, e.at.off+journalHeader); err != nil {
				return nil, fmt.Errorf("read journal segment %d: %w", e.at.seg, err)
			}
			out = append(out, raw)
		}
	}
	return out, nil
}

// syncTo returns once the first n appends are on disk, syncing if they may not be: one sync
// covers every append before it, so concurrent callers share syncs.
func (j *txJournal) syncTo(n uint64) error {
	j.smu.Lock()
	defer j.smu.Unlock()
	if j.synced >= n {
		return nil
	}
	j.mu.Lock()
	if j.closed {
		j.mu.Unlock()
		return os.ErrClosed
	}
	f, written := j.files[j.cur], j.written
	j.mu.Unlock()
	// A segment that stopped being the current one since was synced when it did (rotate).
	if err := f.Sync(); err != nil && !errors.Is(err, os.ErrClosed) {
		return fmt.Errorf("sync journal: %w", err)
	}
	j.synced = written
	return nil
}

// sync syncs every append so far.
func (j *txJournal) sync() error {
	j.mu.Lock()
	n := j.written
	j.mu.Unlock()
	return j.syncTo(n)
}

// close syncs and closes the segment files.
func (j *txJournal) close() error {
	err := j.sync()
	if errors.Is(err, os.ErrClosed) {
		return nil
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	j.closed = true
	errs := []error{err}
	for n, f := range j.files {
		errs = append(errs, f.Close())
		delete(j.files, n)
	}
	return errors.Join(errs...)
}

// legacyJournalDir is where versions before kept the journal, in a LevelDB.
func legacyJournalDir(dir string) string { return dir + "-journal" }

// moveJournal moves the journal entries older versions kept, in the main database or in a
// LevelDB of their own, to the journal: synced there first, then removed there, so a crash in
// between leaves them in both (harmless: the journal holds a transaction once).
func (s *Store) moveJournal(dir string) error {
	var del leveldb.Batch
	if err := s.journalFrom(s.db, &del); err != nil {
		return err
	}
	legacy := legacyJournalDir(dir)
	hasLegacy := true
	if _, err := os.Stat(legacy); errors.Is(err, os.ErrNotExist) {
		hasLegacy = false
	} else if err != nil {
		return err
	}
	if hasLegacy {
		old, err := leveldb.OpenFile(legacy, nil)
		if err != nil {
			return fmt.Errorf("open the journal of an older version %s: %w", legacy, err)
		}
		if err := errors.Join(s.journalFrom(old, nil), old.Close()); err != nil {
			return fmt.Errorf("read the journal of an older version %s: %w", legacy, err)
		}
	}
	if del.Len() == 0 && !hasLegacy {
		return nil
	}
	if err := s.journal.sync(); err != nil {
		return err
	}
	if del.Len() > 0 {
		if err := s.db.Write(&del, &opt.WriteOptions{Sync: true}); err != nil {
			return err
		}
	}
	if hasLegacy {
		return os.RemoveAll(legacy)
	}
	return nil
}

// journalFrom journals the entries an older version kept in db, adding their keys to del.
func (s *Store) journalFrom(db *leveldb.DB, del *leveldb.Batch) error {
	it := db.NewIterator(util.BytesPrefix([]byte{prefixJournal}), nil)
	defer it.Release()
	for it.Next() {
		if len(it.Key()) != 1+common.HashLength {
			continue
		}
		if _, err := s.journal.put(it.Value(), common.BytesToHash(it.Key()[1:])); err != nil {
			return err
		}
		if del != nil {
			del.Delete(slices.Clone(it.Key()))
		}
	}
	return it.Error()
}
