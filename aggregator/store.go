package aggregator

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/internal/fsutil"
)

// store is the aggregator's durable progress: an append-only log of JSON records, fsynced
// before a signature is acknowledged, compacted (rewritten atomically) when it opens and as
// checkpoints settle. A torn last line (crash mid-append) is ignored on replay.
//
// Records: a signature held, a signature dropped (refused at aggregation), a checkpoint number
// settled on L1, an evidence file pending submission, an evidence file done.
//
// Appends are group-committed: write puts records in the file (no fsync) and returns their
// sequence number; syncTo(seq) returns once an fsync covered them, and one fsync covers every
// writer waiting at that moment, so concurrent RPC handlers share fsyncs.
type store struct {
	path string

	syncMu sync.Mutex // one fsync (or compaction) at a time; taken before mu
	mu     sync.Mutex // guards f, written, appended
	f      *os.File
	// written counts records written since open; synced is the count known durable.
	written uint64
	synced  atomic.Uint64
	// appended counts records since the last compaction.
	appended int
}

type record struct {
	Kind       string                 `json:"k"`
	Checkpoint *commitment.Checkpoint `json:"cp,omitempty"`
	Operator   *common.Hash           `json:"op,omitempty"`
	Signature  hexutil.Bytes          `json:"sig,omitempty"`
	Number     uint64                 `json:"n,omitempty"`
	Path       string                 `json:"path,omitempty"`
}

const (
	recSig          = "sig"
	recDrop         = "drop"
	recSettled      = "settled"
	recEvidence     = "evidence"
	recEvidenceDone = "evidenceDone"
)

// state is what the log replays to.
type state struct {
	settled  uint64
	entries  map[common.Hash]*storedEntry // by digest
	evidence []string                     // pending evidence files, in order
}

type storedEntry struct {
	cp   commitment.Checkpoint
	sigs map[common.Hash][]byte
}

func newState() *state { return &state{entries: make(map[common.Hash]*storedEntry)} }

func (s *state) apply(r record, chainID uint64, registry common.Address) {
	switch r.Kind {
	case recSig, recDrop:
		if r.Checkpoint == nil || r.Operator == nil || r.Checkpoint.Validate() != nil || (r.Kind == recSig && len(r.Signature) == 0) {
			return // not something this aggregator writes
		}
		d := commitment.CheckpointDigest(chainID, registry, *r.Checkpoint)
		e := s.entries[d]
		if r.Kind == recDrop {
			if e != nil {
				delete(e.sigs, *r.Operator)
				if len(e.sigs) == 0 {
					delete(s.entries, d)
				}
			}
			return
		}
		if e == nil {
			e = &storedEntry{cp: *r.Checkpoint, sigs: make(map[common.Hash][]byte)}
			s.entries[d] = e
		}
		e.sigs[*r.Operator] = slices.Clone(r.Signature)
	case recSettled:
		s.settled = max(s.settled, r.Number)
	case recEvidence:
		if !slices.Contains(s.evidence, r.Path) {
			s.evidence = append(s.evidence, r.Path)
		}
	case recEvidenceDone:
		s.evidence = slices.DeleteFunc(s.evidence, func(p string) bool { return p == r.Path })
	}
}

// records is the compacted form of s, keeping entries with number > keepAbove.
func (s *state) records(keepAbove uint64) []record {
	var out []record
	if s.settled > 0 {
		out = append(out, record{Kind: recSettled, Number: s.settled})
	}
	digests := make([]common.Hash, 0, len(s.entries))
	for d, e := range s.entries {
		if e.cp.Number > keepAbove {
			digests = append(digests, d)
		}
	}
	slices.SortFunc(digests, func(a, b common.Hash) int {
		if c := cmpU64(s.entries[a].cp.Number, s.entries[b].cp.Number); c != 0 {
			return c
		}
		return a.Cmp(b)
	})
	for _, d := range digests {
		e := s.entries[d]
		ops := make([]common.Hash, 0, len(e.sigs))
		for op := range e.sigs {
			ops = append(ops, op)
		}
		slices.SortFunc(ops, func(a, b common.Hash) int { return a.Cmp(b) })
		for _, op := range ops {
			cp, op := e.cp, op
			out = append(out, record{Kind: recSig, Checkpoint: &cp, Operator: &op, Signature: e.sigs[op]})
		}
	}
	for _, p := range s.evidence {
		out = append(out, record{Kind: recEvidence, Path: p})
	}
	return out
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// openStore replays dir/progress.log and compacts it.
func openStore(dir string, chainID uint64, registry common.Address, retain uint64) (*store, *state, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, nil, fmt.Errorf("open aggregator store: %w", err)
	}
	path := filepath.Join(dir, "progress.log")
	st := newState()
	b, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, nil, fmt.Errorf("open aggregator store: %w", err)
	}
	st = replay(b, chainID, registry)
	s := &store{path: path}
	if err := s.compact(st, retain); err != nil {
		return nil, nil, err
	}
	return s, st, nil
}

// replay rebuilds the state from the log's bytes.
func replay(b []byte, chainID uint64, registry common.Address) *state {
	st := newState()
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			break // a torn last append: everything before it was acknowledged, nothing after
		}
		st.apply(r, chainID, registry)
	}
	return st
}

// compact rewrites the log as st's records (entries more than retain below settled dropped).
func (s *store) compact(st *state, retain uint64) error {
	var keepAbove uint64
	if st.settled > retain {
		keepAbove = st.settled - retain
	}
	var buf bytes.Buffer
	for _, r := range st.records(keepAbove) {
		b, err := json.Marshal(r)
		if err != nil {
			return fmt.Errorf("compact aggregator store: %w", err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f != nil {
		if err := s.f.Close(); err != nil {
			return fmt.Errorf("compact aggregator store: %w", err)
		}
		s.f = nil
	}
	if err := fsutil.WriteFileSync(s.path, buf.Bytes(), 0o600); err != nil {
		return fmt.Errorf("compact aggregator store: %w", err)
	}
	f, err := os.OpenFile(s.path, os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return fmt.Errorf("compact aggregator store: %w", err)
	}
	s.f, s.appended = f, 0
	s.synced.Store(s.written) // the rewritten file holds everything written so far
	return nil
}

// write appends records without syncing and returns the sequence number to pass to syncTo.
func (s *store) write(rs ...record) (uint64, error) {
	var buf bytes.Buffer
	for _, r := range rs {
		b, err := json.Marshal(r)
		if err != nil {
			return 0, fmt.Errorf("append to aggregator store: %w", err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return 0, errors.New("append to aggregator store: closed")
	}
	if _, err := s.f.Write(buf.Bytes()); err != nil {
		return 0, fmt.Errorf("append to aggregator store: %w", err)
	}
	s.written += uint64(len(rs))
	s.appended += len(rs)
	return s.written, nil
}

// syncTo returns once the records up to seq are durable.
func (s *store) syncTo(seq uint64) error {
	if s.synced.Load() >= seq {
		return nil
	}
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	if s.synced.Load() >= seq {
		return nil // another writer's fsync covered ours
	}
	s.mu.Lock()
	target, f := s.written, s.f
	s.mu.Unlock()
	if f == nil {
		return errors.New("sync aggregator store: closed")
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sync aggregator store: %w", err)
	}
	s.synced.Store(target)
	return nil
}

// append writes records and fsyncs before returning.
func (s *store) append(rs ...record) error {
	seq, err := s.write(rs...)
	if err != nil {
		return err
	}
	return s.syncTo(seq)
}

func (s *store) close() error {
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return nil
	}
	err := s.f.Close()
	s.f = nil
	return err
}
