package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/syndtr/goleveldb/leveldb"
	"github.com/syndtr/goleveldb/leveldb/opt"
	"github.com/syndtr/goleveldb/leveldb/util"
)

// The store's progress is a record of each height (metaKey), written in the height's batch, so
// that every key the main database is written after genesis sorts after the ones before (see
// prefixHeight). Versions before kept one record under prefixMeta, rewritten at every height:
// each table LevelDB flushed then spanned from the batches it held to that key, overlapping
// every other, and each compaction from level 0 rewrote all the batches stored since the last
// one (a third of node 0's CPU at 10 MB/s of batched transactions).

// heightMeta is the record of Meta at a height: without its genesis and validator set, which
// are records of their own, written at the height they last changed (genesisKey,
// validatorsKey) instead of copied into every height's.
type heightMeta struct {
	Meta
	GenesisAt    *uint64 `json:"genesisAt,omitempty"`
	ValidatorsAt *uint64 `json:"validatorsAt,omitempty"`
}

// latestMeta is the committed Meta and the heights of its genesis and validator records (nil:
// none written since a version that kept them in its one record).
type latestMeta struct {
	meta                    Meta
	genesisAt, validatorsAt *uint64
}

// Meta returns the committed progress (zero before the first InitChain).
func (s *Store) Meta() (Meta, error) {
	l := s.latest.Load()
	if l == nil {
		return Meta{}, nil
	}
	return cloneMeta(l.meta), nil
}

// SetMeta writes m durably, as the record of height m.Height.
func (s *Store) SetMeta(m Meta) error {
	var b leveldb.Batch
	l, err := s.putMeta(&b, m)
	if err != nil {
		return err
	}
	if err := s.db.Write(&b, &opt.WriteOptions{Sync: true}); err != nil {
		return fmt.Errorf("write meta: %w", err)
	}
	s.latest.Store(l)
	return nil
}

// putMeta adds the records of m at height m.Height to b, and returns what the store's latest
// Meta is once b is written.
func (s *Store) putMeta(b *leveldb.Batch, m Meta) (*latestMeta, error) {
	h := m.Height
	l := &latestMeta{meta: cloneMeta(m)}
	prev := s.latest.Load()
	if len(m.Genesis) > 0 {
		if prev != nil && prev.genesisAt != nil && bytes.Equal(prev.meta.Genesis, m.Genesis) {
			l.genesisAt = prev.genesisAt
		} else {
			b.Put(genesisKey(h), m.Genesis)
			l.genesisAt = &h
		}
	}
	if len(m.Validators) > 0 {
		if prev != nil && prev.validatorsAt != nil && slices.EqualFunc(prev.meta.Validators, m.Validators, equalValidator) {
			l.validatorsAt = prev.validatorsAt
		} else {
			vb, err := json.Marshal(m.Validators)
			if err != nil {
				return nil, err
			}
			b.Put(validatorsKey(h), vb)
			l.validatorsAt = &h
		}
	}
	hm := heightMeta{Meta: m, GenesisAt: l.genesisAt, ValidatorsAt: l.validatorsAt}
	hm.Genesis, hm.Validators = nil, nil
	mb, err := json.Marshal(hm)
	if err != nil {
		return nil, err
	}
	b.Put(metaKey(h), mb)
	return l, nil
}

// loadMeta reads the committed Meta at Open: the record of the highest height, or the one
// record of versions before.
func (s *Store) loadMeta() error {
	it := s.db.NewIterator(&util.Range{Start: []byte{prefixHeight}, Limit: []byte{prefixHeight + 1}}, nil)
	top, found := uint64(0), it.Last()
	if found {
		top = binary.BigEndian.Uint64(it.Key()[1:9])
	}
	it.Release()
	if err := it.Error(); err != nil {
		return fmt.Errorf("read meta: %w", err)
	}
	if found {
		v, err := s.db.Get(metaKey(top), nil)
		switch {
		case err == nil:
			l, err := s.readHeightMeta(v)
			if err != nil {
				return fmt.Errorf("read meta of height %d: %w", top, err)
			}
			s.latest.Store(l)
			return nil
		case !errors.Is(err, leveldb.ErrNotFound):
			return fmt.Errorf("read meta: %w", err)
		}
		// The highest height was written by a version before: its Meta is the one record.
	}
	var m Meta
	switch err := s.getJSON([]byte{prefixMeta}, &m); {
	case errors.Is(err, ErrNotFound): // a new store
	case err != nil:
		return fmt.Errorf("read meta: %w", err)
	default:
		s.latest.Store(&latestMeta{meta: m})
	}
	return nil
}

func (s *Store) readHeightMeta(v []byte) (*latestMeta, error) {
	var hm heightMeta
	if err := json.Unmarshal(v, &hm); err != nil {
		return nil, err
	}
	l := &latestMeta{meta: hm.Meta, genesisAt: hm.GenesisAt, validatorsAt: hm.ValidatorsAt}
	if hm.GenesisAt != nil {
		g, err := s.db.Get(genesisKey(*hm.GenesisAt), nil)
		if err != nil {
			return nil, fmt.Errorf("genesis at height %d: %w", *hm.GenesisAt, err)
		}
		l.meta.Genesis = g
	}
	if hm.ValidatorsAt != nil {
		if err := s.getJSON(validatorsKey(*hm.ValidatorsAt), &l.meta.Validators); err != nil {
			return nil, fmt.Errorf("validators at height %d: %w", *hm.ValidatorsAt, err)
		}
	}
	return l, nil
}

func equalValidator(a, b Validator) bool {
	return a.OperatorID == b.OperatorID && a.Power == b.Power && bytes.Equal(a.ConsKey, b.ConsKey)
}

// cloneMeta copies m, its genesis and validator set too: the store keeps its own.
func cloneMeta(m Meta) Meta {
	m.Genesis = bytes.Clone(m.Genesis)
	if m.Validators != nil {
		vs := make([]Validator, len(m.Validators))
		for i, v := range m.Validators {
			v.ConsKey = bytes.Clone(v.ConsKey)
			vs[i] = v
		}
		m.Validators = vs
	}
	return m
}
