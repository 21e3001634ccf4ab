package avail

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/syndtr/goleveldb/leveldb"
)

func openPoolWith(t *testing.T, dir string, o Options) *Pool {
	t.Helper()
	p, err := OpenWith(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.Close() })
	return p
}

func segmentFiles(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, "segments", "*"+segmentExt))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// Without a cache every Get reads the segment files: across several segments, and after a
// reopen, which writes to a new segment.
func TestPoolSegments(t *testing.T) {
	dir := t.TempDir()
	o := Options{SegmentBytes: 1 << 10, CacheBytes: 0}
	p, err := OpenWith(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	var raws [][]byte
	var digests []common.Hash
	for i := range 40 {
		raw := bytes.Repeat([]byte{byte(i)}, 100+i*10)
		d, isNew, err := p.Put(raw)
		if err != nil || !isNew {
			t.Fatalf("Put %d: new %v err %v", i, isNew, err)
		}
		raws, digests = append(raws, raw), append(digests, d)
	}
	check := func(p *Pool, when string) {
		for i, d := range digests {
			got, ok, err := p.Get(d)
			if err != nil || !ok || !bytes.Equal(got, raws[i]) {
				t.Fatalf("%s: Get %d: %d bytes, ok %v, err %v", when, i, len(got), ok, err)
			}
		}
	}
	check(p, "before reopening")
	n := len(segmentFiles(t, dir))
	if n < 5 {
		t.Fatalf("%d segment files for 40 records of about 300 bytes in 1 KiB segments", n)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	p = openPoolWith(t, dir, o)
	check(p, "after reopening")
	if _, isNew, err := p.Put(raws[3]); err != nil || isNew {
		t.Fatalf("Put of stored bytes after reopening: new %v err %v", isNew, err)
	}
	if _, _, err := p.Put([]byte("after reopening")); err != nil {
		t.Fatal(err)
	}
	if got := len(segmentFiles(t, dir)); got != n+1 {
		t.Fatalf("%d segment files after reopening and one Put, want %d (a new one)", got, n+1)
	}
}

// A record torn or damaged on disk reads as absent, its location forgotten, so that the bytes
// can be fetched and stored again.
func TestPoolDamagedRecords(t *testing.T) {
	for _, damage := range []string{"torn", "flipped"} {
		t.Run(damage, func(t *testing.T) {
			dir := t.TempDir()
			o := Options{SegmentBytes: 1 << 20, CacheBytes: 0}
			p, err := OpenWith(dir, o)
			if err != nil {
				t.Fatal(err)
			}
			keep, lose := []byte("an earlier record"), bytes.Repeat([]byte("the last record "), 20)
			dKeep, _, err := p.Put(keep)
			if err != nil {
				t.Fatal(err)
			}
			dLose, _, err := p.Put(lose)
			if err != nil {
				t.Fatal(err)
			}
			if err := p.Close(); err != nil {
				t.Fatal(err)
			}
			seg := segmentFiles(t, dir)[0]
			st, err := os.Stat(seg)
			if err != nil {
				t.Fatal(err)
			}
			if damage == "torn" {
				err = os.Truncate(seg, st.Size()-7)
			} else {
				err = flipByte(seg, st.Size()-7)
			}
			if err != nil {
				t.Fatal(err)
			}

			p = openPoolWith(t, dir, o)
			if got, ok, err := p.Get(dKeep); err != nil || !ok || !bytes.Equal(got, keep) {
				t.Fatalf("intact record: %q %v %v", got, ok, err)
			}
			if !p.Has(dLose) {
				t.Fatal("Has is false before the damage is read")
			}
			if _, ok, err := p.Get(dLose); err != nil || ok {
				t.Fatalf("damaged record: ok %v err %v, want absent", ok, err)
			}
			if p.Has(dLose) {
				t.Fatal("Has is true after the damaged record was read")
			}
			if _, isNew, err := p.Put(lose); err != nil || !isNew {
				t.Fatalf("Put again: new %v err %v", isNew, err)
			}
			if got, ok, err := p.Get(dLose); err != nil || !ok || !bytes.Equal(got, lose) {
				t.Fatalf("stored again: %d bytes %v %v", len(got), ok, err)
			}
		})
	}
}

func flipByte(path string, off int64) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	b := make([]byte, 1)
	if _, err := f.ReadAt(b, off); err != nil {
		return err
	}
	b[0] ^= 0xff
	_, err = f.WriteAt(b, off)
	return err
}

// Bytes a pool kept in LevelDB before segment files are still read.
func TestPoolReadsBytesKeptInLevelDB(t *testing.T) {
	dir := t.TempDir()
	db, err := leveldb.OpenFile(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw := []byte("kept by an older pool")
	d := crypto.Keccak256Hash(raw)
	if err := db.Put(key(prefixData, d), raw, nil); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	p := openPool(t, dir)
	if !p.Has(d) {
		t.Fatal("Has is false")
	}
	if got, ok, err := p.Get(d); err != nil || !ok || !bytes.Equal(got, raw) {
		t.Fatalf("Get: %q %v %v", got, ok, err)
	}
	if _, isNew, err := p.Put(raw); err != nil || isNew {
		t.Fatalf("Put: new %v err %v, want false nil", isNew, err)
	}
}

// The cache keeps the latest bytes up to its bound; evicted ones are read from disk.
func TestPoolCacheBound(t *testing.T) {
	p := openPoolWith(t, t.TempDir(), Options{SegmentBytes: 1 << 20, CacheBytes: 1000})
	var digests []common.Hash
	for i := range 10 {
		d, _, err := p.Put(bytes.Repeat([]byte{byte(i)}, 300))
		if err != nil {
			t.Fatal(err)
		}
		digests = append(digests, d)
	}
	if p.cache.bytes > 1000 {
		t.Fatalf("cache holds %d bytes, bound 1000", p.cache.bytes)
	}
	for i, d := range digests {
		if cached := p.cache.has(d); cached != (i >= 7) {
			t.Fatalf("transaction %d cached %v", i, cached)
		}
		got, ok, err := p.Get(d)
		if err != nil || !ok || !bytes.Equal(got, bytes.Repeat([]byte{byte(i)}, 300)) {
			t.Fatalf("Get %d: %v %v", i, ok, err)
		}
	}
}
