package avail

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// The pool keeps transactions' bytes in append-only segment files and only their locations in
// LevelDB. Each byte is written once: in LevelDB the bytes were written to its log, again to a
// level-0 table, and again by every compaction after, which under batched load took a quarter
// of a node's CPU (4 validators at 10,000 tx/s of 200 B, node 0's profile in make bench).
//
// A segment is a sequence of records:
//
//	len uint32 | crc32c(digest || bytes) uint32 | digest [32]byte | bytes [len]byte
//
// A record is written with one write call and indexed after it; a node writes only to the
// segment it created when it opened the pool, so a record torn by a power loss is at the end of
// an older segment, and reading it fails its checksum: it is then absent, and fetched again.

const (
	recordHeader = 4 + 4 + common.HashLength
	segmentExt   = ".seg"
	// openSegments is how many of the latest segments keep a file open for reads; older ones are
	// opened per read (the bytes of recent blocks are read most; older ones by lagging peers).
	openSegments = 4
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// recordCRC is a record's checksum: over its digest and bytes.
func recordCRC(digest common.Hash, raw []byte) uint32 {
	return crc32.Update(crc32.Update(0, castagnoli, digest[:]), castagnoli, raw)
}

// errCorrupt marks a record that does not match its location (a torn or damaged write).
var errCorrupt = errors.New("corrupt record")

// location is where a record's bytes are: segment number, offset of the record, bytes' length.
type location struct {
	seg uint32
	off uint64
	n   uint32
}

const locationLen = 4 + 8 + 4

func (l location) encode() []byte {
	b := make([]byte, 0, locationLen)
	b = binary.BigEndian.AppendUint32(b, l.seg)
	b = binary.BigEndian.AppendUint64(b, l.off)
	return binary.BigEndian.AppendUint32(b, l.n)
}

func decodeLocation(b []byte) (location, error) {
	if len(b) != locationLen {
		return location{}, fmt.Errorf("location of %d bytes, want %d", len(b), locationLen)
	}
	return location{seg: binary.BigEndian.Uint32(b), off: binary.BigEndian.Uint64(b[4:]), n: binary.BigEndian.Uint32(b[12:])}, nil
}

// segments appends records to the current segment file and reads them back from any.
type segments struct {
	dir      string
	maxBytes uint64 // a segment past this size is closed and a new one started

	wmu  sync.Mutex // serialises appends
	cur  uint32
	size uint64
	w    *os.File
	buf  []byte // the record being written

	fmu   sync.RWMutex // guards files; readers hold it for reading while they read
	files map[uint32]*os.File
}

func segmentName(n uint32) string { return fmt.Sprintf("%010d%s", n, segmentExt) }

// openSegmentFiles finds the segment files in dir and starts a new segment after the last one.
func openSegmentFiles(dir string, maxBytes uint64) (*segments, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var last uint32
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), segmentExt)
		if !ok {
			continue
		}
		n, err := strconv.ParseUint(name, 10, 32)
		if err != nil {
			continue
		}
		last = max(last, uint32(n))
	}
	s := &segments{dir: dir, maxBytes: maxBytes, files: make(map[uint32]*os.File)}
	if err := s.rotate(last + 1); err != nil {
		return nil, err
	}
	return s, nil
}

// rotate makes segment n the one appended to. The caller holds wmu (or owns s).
func (s *segments) rotate(n uint32) error {
	f, err := os.OpenFile(filepath.Join(s.dir, segmentName(n)), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("new segment: %w", err)
	}
	s.fmu.Lock()
	defer s.fmu.Unlock()
	s.files[n] = f
	if len(s.files) > openSegments {
		keys := slices.Sorted(maps.Keys(s.files))
		for _, k := range keys[:len(keys)-openSegments] {
			_ = s.files[k].Close() // read-only from here on: nothing to lose
			delete(s.files, k)
		}
	}
	s.cur, s.size, s.w = n, 0, f
	return nil
}

// append writes one record and returns its location. The write reaches the operating system,
// not the disk.
func (s *segments) append(digest common.Hash, raw []byte) (location, error) {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if s.w == nil {
		return location{}, os.ErrClosed
	}
	if s.size > 0 && s.size+uint64(recordHeader+len(raw)) > s.maxBytes {
		if err := s.rotate(s.cur + 1); err != nil {
			return location{}, err
		}
	}
	b := s.buf[:0]
	b = binary.BigEndian.AppendUint32(b, uint32(len(raw)))
	b = binary.BigEndian.AppendUint32(b, recordCRC(digest, raw))
	b = append(b, digest[:]...)
	b = append(b, raw...)
	if cap(b) <= 1<<20 {
		s.buf = b // keep the buffer of ordinary records; a huge one goes back to the heap
	}
	if _, err := s.w.Write(b); err != nil {
		// A partial write leaves bytes no location names; later records go after them.
		st, serr := s.w.Stat()
		if serr == nil {
			s.size = uint64(st.Size())
		}
		return location{}, fmt.Errorf("append to segment %d: %w", s.cur, err)
	}
	loc := location{seg: s.cur, off: s.size, n: uint32(len(raw))}
	s.size += uint64(len(b))
	return loc, nil
}

// read returns the bytes at loc, checked against digest: errCorrupt if they do not match.
func (s *segments) read(loc location, digest common.Hash) ([]byte, error) {
	rec := make([]byte, recordHeader+int(loc.n))
	if err := s.readAt(loc.seg, rec, int64(loc.off)); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("segment %d offset %d: %w (%w)", loc.seg, loc.off, errCorrupt, err)
		}
		return nil, err
	}
	raw := rec[recordHeader:]
	switch {
	case binary.BigEndian.Uint32(rec) != loc.n,
		common.BytesToHash(rec[8:recordHeader]) != digest,
		binary.BigEndian.Uint32(rec[4:]) != recordCRC(digest, raw):
		return nil, fmt.Errorf("segment %d offset %d: %w", loc.seg, loc.off, errCorrupt)
	}
	return raw, nil
}

func (s *segments) readAt(seg uint32, b []byte, off int64) error {
	s.fmu.RLock()
	if f, ok := s.files[seg]; ok {
		_, err := f.ReadAt(b, off)
		s.fmu.RUnlock()
		return err
	}
	s.fmu.RUnlock()
	f, err := os.Open(filepath.Join(s.dir, segmentName(seg)))
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.ReadAt(b, off)
	return err
}

// close closes every file; appends fail after.
func (s *segments) close() error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.fmu.Lock()
	defer s.fmu.Unlock()
	var errs []error
	for k, f := range s.files {
		errs = append(errs, f.Close())
		delete(s.files, k)
	}
	s.w = nil
	return errors.Join(errs...)
}
