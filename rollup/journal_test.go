package rollup

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/rollup/derive"
)

func readAll(t *testing.T, next func() (derive.Record, bool, error)) []derive.Record {
	t.Helper()
	var out []derive.Record
	for {
		r, ok, err := next()
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			return out
		}
		out = append(out, r)
	}
}

func TestJournal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal")
	log := slog.New(slog.DiscardHandler)
	j, next, err := openJournal(path, log)
	if err != nil {
		t.Fatal(err)
	}
	if recs := readAll(t, next); len(recs) != 0 {
		t.Fatalf("new journal has %d records", len(recs))
	}
	tx := []byte{0x02, 0xf8, 0x01}
	in := derive.Input{Height: 7, TimeMs: 1_764_000_000_123, Late: true, Firm: true, InboxIndex: 3, Txs: [][]byte{tx}}
	cp := derive.Checkpoint{Number: 2, EndHeight: 9, TimeMs: 1_764_000_001_000, L1Block: 40}
	for _, r := range []derive.Record{{Input: &in}, {Checkpoint: &cp}} {
		if err := j.Append(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}

	j, next, err = openJournal(path, log)
	if err != nil {
		t.Fatal(err)
	}
	recs := readAll(t, next)
	if len(recs) != 2 || recs[0].Input == nil || recs[1].Checkpoint == nil || *recs[1].Checkpoint != cp {
		t.Fatalf("records read back: %+v", recs)
	}
	got := recs[0].Input
	if got.Height != 7 || got.TimeMs != in.TimeMs || !got.Late || !got.Firm || got.InboxIndex != 3 || string(got.Txs[0]) != string(tx) || got.Hashes[0] != crypto.Keccak256Hash(tx) {
		t.Fatalf("input read back: %+v", got)
	}
	// A crash in the middle of an append leaves a partial record: cut off, appends go on.
	if err := j.Append(derive.Record{Checkpoint: &derive.Checkpoint{Number: 3}}); err != nil {
		t.Fatal(err)
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(path)
	if err := os.Truncate(path, st.Size()-3); err != nil {
		t.Fatal(err)
	}
	j, next, err = openJournal(path, log)
	if err != nil {
		t.Fatal(err)
	}
	if recs := readAll(t, next); len(recs) != 2 {
		t.Fatalf("after a torn append: %d records, want 2", len(recs))
	}
	if err := j.Append(derive.Record{Checkpoint: &derive.Checkpoint{Number: 4}}); err != nil {
		t.Fatal(err)
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	_, next, err = openJournal(path, log)
	if err != nil {
		t.Fatal(err)
	}
	if recs := readAll(t, next); len(recs) != 3 || recs[2].Checkpoint.Number != 4 {
		t.Fatalf("after appending past the cut: %+v", recs)
	}

	// Damage in the middle is corruption, not a torn tail.
	b, _ := os.ReadFile(path)
	b[10] ^= 0xff
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	_, next, err = openJournal(path, log)
	if err != nil {
		t.Fatal(err)
	}
	for {
		_, ok, err := next()
		if err != nil {
			if !strings.Contains(err.Error(), "checksum") {
				t.Fatalf("corrupt journal: %v", err)
			}
			return
		}
		if !ok {
			t.Fatal("a corrupt record in the middle was read as the end")
		}
	}
}
