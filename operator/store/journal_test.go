package store

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/syndtr/goleveldb/leveldb"

	"github.com/lockstep-xyz/lockstep/commitment"
)

// Drops and withdrawals are in the journal after a reopen: a sequenced transaction does not come
// back, and bytes accepted twice stay until both acceptances are withdrawn.
func TestJournalDropsSurviveReopen(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	a, b, c, x := benchRaw(1), benchRaw(2), benchRaw(3), benchRaw(4)
	for _, r := range [][]byte{a, b, c, x, x} {
		if err := s.Journal(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Unjournal(b); err != nil {
		t.Fatal(err)
	}
	if err := s.Unjournal(benchRaw(99)); err != nil { // never journaled here: nothing to do
		t.Fatal(err)
	}
	if err := s.Withdraw(x, commitment.TxHash(x)); err != nil { // one of two acceptances
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if got := journaledAfterReopen(t, dir); len(got) != 3 || !got[string(a)] || !got[string(c)] || !got[string(x)] {
		t.Fatalf("after reopen: %d entries, want a, c and x", len(got))
	}

	s, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Withdraw(x, commitment.TxHash(x)); err != nil { // a reopen counts it accepted once
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if got := journaledAfterReopen(t, dir); len(got) != 2 || got[string(x)] {
		t.Fatalf("after withdrawing x: %d entries (x there: %v), want a and c", len(got), got[string(x)])
	}
}

// A record torn by a crash, or damaged, ends its segment's replay: the records before it are
// journaled after a reopen, and the journal opens.
func TestJournalTornAndDamagedRecords(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, path string, recordLen int64)
		want   int // records read back of three
	}{
		{"torn last record", func(t *testing.T, path string, n int64) {
			st, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(path, st.Size()-n/2); err != nil {
				t.Fatal(err)
			}
		}, 2},
		{"flipped byte in the second record", func(t *testing.T, path string, n int64) {
			f, err := os.OpenFile(path, os.O_RDWR, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if _, err := f.WriteAt([]byte{0xff}, n+journalHeader+10); err != nil {
				t.Fatal(err)
			}
		}, 1},
		{"garbage header", func(t *testing.T, path string, n int64) {
			f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if _, err := f.Write([]byte("not a journal record at all")); err != nil {
				t.Fatal(err)
			}
		}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			for i := range 3 {
				if err := s.Journal(benchRaw(uint64(i))); err != nil {
					t.Fatal(err)
				}
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			segs, err := journalSegments(JournalDir(dir))
			if err != nil || len(segs) != 1 {
				t.Fatalf("segments %v, %v; want one", segs, err)
			}
			tc.damage(t, filepath.Join(JournalDir(dir), journalName(segs[0])), journalHeader+int64(len(benchRaw(0))))
			got := journaledAfterReopen(t, dir)
			if len(got) != tc.want {
				t.Fatalf("%d records read back, want %d", len(got), tc.want)
			}
			for i := range tc.want {
				if !got[string(benchRaw(uint64(i)))] {
					t.Fatalf("record %d missing", i)
				}
			}
			// The reopen wrote what it read to a fresh segment: it reads back whole.
			if again := journaledAfterReopen(t, dir); len(again) != tc.want {
				t.Fatalf("second reopen: %d records, want %d", len(again), tc.want)
			}
		})
	}
}

// Segments go once none of their transactions is journaled, and a transaction that stays
// journaled while many others come and go is copied forward: the journal's files stay few, and
// what it holds survives a reopen.
func TestJournalSegmentsRotateAndGo(t *testing.T) {
	dir := t.TempDir()
	const segBytes = 4 << 10 // about 19 records of 200 bytes
	j, err := openJournal(dir, segBytes)
	if err != nil {
		t.Fatal(err)
	}
	stay := benchRaw(1 << 40)
	if _, err := j.put(stay, commitment.TxHash(stay)); err != nil {
		t.Fatal(err)
	}
	maxFiles := 0
	for i := range uint64(2000) {
		raw := benchRaw(i)
		if _, err := j.put(raw, commitment.TxHash(raw)); err != nil {
			t.Fatal(err)
		}
		if i >= 10 { // ten in flight
			if err := j.drop(benchRaw(i-10), [32]byte{}, false); err != nil {
				t.Fatal(err)
			}
		}
		segs, err := journalSegments(dir)
		if err != nil {
			t.Fatal(err)
		}
		maxFiles = max(maxFiles, len(segs))
	}
	if maxFiles > journalKeepFiles+1 {
		t.Fatalf("up to %d segment files, want at most %d", maxFiles, journalKeepFiles+1)
	}
	if err := j.close(); err != nil {
		t.Fatal(err)
	}
	j, err = openJournal(dir, segBytes)
	if err != nil {
		t.Fatal(err)
	}
	defer j.close()
	got, err := j.entries()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{string(stay)}
	for i := uint64(1990); i < 2000; i++ {
		want = append(want, string(benchRaw(i)))
	}
	var have []string
	for _, raw := range got {
		have = append(have, string(raw))
	}
	sort.Strings(want)
	sort.Strings(have)
	if fmt.Sprint(have) != fmt.Sprint(want) {
		t.Fatalf("after reopen %d entries, want the one kept and the last ten", len(have))
	}
}

// The journal of the version before, a LevelDB of its own, moves to the segment log at Open
// and its folder goes.
func TestOpenMovesALevelDBJournal(t *testing.T) {
	dir := t.TempDir()
	old, err := leveldb.OpenFile(legacyJournalDir(dir), nil)
	if err != nil {
		t.Fatal(err)
	}
	raws := [][]byte{benchRaw(1), benchRaw(2)}
	for _, r := range raws {
		if err := old.Put(journalKey(r), r, nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := old.Put([]byte{'Y'}, nil, nil); err != nil { // that version's sync marker
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	got := journaledAfterReopen(t, dir)
	if len(got) != 2 || !got[string(raws[0])] || !got[string(raws[1])] {
		t.Fatalf("after open: %d entries, want the two", len(got))
	}
	if _, err := os.Stat(legacyJournalDir(dir)); !os.IsNotExist(err) {
		t.Fatalf("the old journal's folder is still there: %v", err)
	}
	if got := journaledAfterReopen(t, dir); len(got) != 2 {
		t.Fatalf("second open: %d entries, want 2", len(got))
	}
}

// With Fsync, concurrent Journal calls share syncs and each entry is there after a reopen.
func TestJournalConcurrentFsync(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenWith(dir, Options{Fsync: true})
	if err != nil {
		t.Fatal(err)
	}
	const workers, each = 16, 20
	errs := make(chan error, workers*each)
	for w := range workers {
		go func() {
			for i := range each {
				errs <- s.Journal(benchRaw(uint64(w*each + i)))
			}
		}()
	}
	for range workers * each {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if got := journaledAfterReopen(t, dir); len(got) != workers*each {
		t.Fatalf("%d entries after reopen, want %d", len(got), workers*each)
	}
}

// journalKey is the key older versions kept raw's journal entry under (moveJournal).
func journalKey(raw []byte) []byte {
	return append([]byte{prefixJournal}, commitment.TxHash(raw).Bytes()...)
}
