package store

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

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
