package rollup

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"log/slog"
	"os"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/lockstep-xyz/lockstep/rollup/derive"
)

// journal is the file of derive.Records: what became firm, in order. go-ethereum's database can
// lose its latest blocks in a crash (its state is flushed lazily); the journal cannot, so the
// chain is always rebuilt from it. Each record is a length, a CRC-32C and the record's RLP; a torn
// last record (a crash mid-append) is cut off on open, anything else that does not check is an
// error.
type journal struct {
	f    *os.File
	w    *bufio.Writer
	path string
}

// journalMaxRecord bounds one record: a Lockstep height's batch for one rollup is far smaller.
const journalMaxRecord = 256 << 20

var crcTable = crc32.MakeTable(crc32.Castagnoli)

const (
	recordInput      = 1
	recordCheckpoint = 2
)

// inputRLP is derive.Input on disk; hashes are recomputed (keccak256 of each transaction).
type inputRLP struct {
	Height     uint64
	TimeMs     uint64
	Late       bool
	InboxIndex uint64
	Txs        [][]byte
}

type checkpointRLP struct {
	Number, EndHeight, TimeMs, L1Block uint64
}

// openJournal opens (creating) the journal at path and returns it with a reader of its records,
// to be drained before the first Append.
func openJournal(path string, log *slog.Logger) (*journal, func() (derive.Record, bool, error), error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, nil, fmt.Errorf("open journal: %w", err)
	}
	j := &journal{f: f, path: path}
	r := bufio.NewReaderSize(f, 1<<20)
	var off int64
	next := func() (derive.Record, bool, error) {
		rec, n, err := readRecord(r)
		if errors.Is(err, io.EOF) {
			return derive.Record{}, false, j.startAppending(off)
		}
		if errors.Is(err, errTorn) {
			log.Warn("journal ends with a partial record (the process died while writing it); cut off", "path", path, "offset", off)
			if err := f.Truncate(off); err != nil {
				return derive.Record{}, false, fmt.Errorf("cut journal %s at %d: %w", path, off, err)
			}
			return derive.Record{}, false, j.startAppending(off)
		}
		if err != nil {
			return derive.Record{}, false, fmt.Errorf("journal %s at offset %d: %w", path, off, err)
		}
		off += n
		return rec, true, nil
	}
	return j, next, nil
}

func (j *journal) startAppending(off int64) error {
	if _, err := j.f.Seek(off, io.SeekStart); err != nil {
		return fmt.Errorf("journal %s: %w", j.path, err)
	}
	j.w = bufio.NewWriterSize(j.f, 1<<20)
	return nil
}

var errTorn = errors.New("partial record")

// readRecord reads one record and its size on disk. A record cut short is errTorn; one whose
// checksum fails is errTorn only if nothing follows it (checked by the caller's next read).
func readRecord(r *bufio.Reader) (derive.Record, int64, error) {
	var hdr [8]byte
	n, err := io.ReadFull(r, hdr[:])
	if n == 0 && errors.Is(err, io.EOF) {
		return derive.Record{}, 0, io.EOF
	}
	if err != nil {
		return derive.Record{}, 0, errTorn
	}
	size := binary.BigEndian.Uint32(hdr[:4])
	if size == 0 || size > journalMaxRecord {
		if _, err := r.Peek(1); errors.Is(err, io.EOF) {
			return derive.Record{}, 0, errTorn
		}
		return derive.Record{}, 0, fmt.Errorf("record size %d out of bounds", size)
	}
	body := make([]byte, size)
	if _, err := io.ReadFull(r, body); err != nil {
		return derive.Record{}, 0, errTorn
	}
	if crc32.Checksum(body, crcTable) != binary.BigEndian.Uint32(hdr[4:]) {
		if _, err := r.Peek(1); errors.Is(err, io.EOF) {
			return derive.Record{}, 0, errTorn
		}
		return derive.Record{}, 0, errors.New("record checksum mismatch (corrupt journal)")
	}
	rec, err := decodeRecord(body)
	if err != nil {
		return derive.Record{}, 0, err
	}
	return rec, int64(8 + size), nil
}

func decodeRecord(body []byte) (derive.Record, error) {
	switch body[0] {
	case recordInput:
		var v inputRLP
		if err := rlp.DecodeBytes(body[1:], &v); err != nil {
			return derive.Record{}, fmt.Errorf("decode input record: %w", err)
		}
		in := derive.Input{Height: v.Height, TimeMs: v.TimeMs, Late: v.Late, Firm: true, InboxIndex: v.InboxIndex, Txs: v.Txs}
		for _, tx := range v.Txs {
			in.Hashes = append(in.Hashes, crypto.Keccak256Hash(tx))
		}
		return derive.Record{Input: &in}, nil
	case recordCheckpoint:
		var v checkpointRLP
		if err := rlp.DecodeBytes(body[1:], &v); err != nil {
			return derive.Record{}, fmt.Errorf("decode checkpoint record: %w", err)
		}
		return derive.Record{Checkpoint: &derive.Checkpoint{Number: v.Number, EndHeight: v.EndHeight, TimeMs: v.TimeMs, L1Block: v.L1Block}}, nil
	}
	return derive.Record{}, fmt.Errorf("unknown record type %d", body[0])
}

// Append buffers r.
func (j *journal) Append(r derive.Record) error {
	if j.w == nil {
		return errors.New("journal: append before its records were read")
	}
	var (
		kind byte
		v    any
	)
	switch {
	case r.Input != nil:
		in := r.Input
		kind, v = recordInput, inputRLP{Height: in.Height, TimeMs: in.TimeMs, Late: in.Late, InboxIndex: in.InboxIndex, Txs: in.Txs}
	case r.Checkpoint != nil:
		c := r.Checkpoint
		kind, v = recordCheckpoint, checkpointRLP{Number: c.Number, EndHeight: c.EndHeight, TimeMs: c.TimeMs, L1Block: c.L1Block}
	default:
		return errors.New("journal: empty record")
	}
	b, err := rlp.EncodeToBytes(v)
	if err != nil {
		return fmt.Errorf("journal: encode: %w", err)
	}
	body := append([]byte{kind}, b...)
	if len(body) > journalMaxRecord {
		return fmt.Errorf("journal: record of %d bytes exceeds %d", len(body), journalMaxRecord)
	}
	var hdr [8]byte
	binary.BigEndian.PutUint32(hdr[:4], uint32(len(body)))
	binary.BigEndian.PutUint32(hdr[4:], crc32.Checksum(body, crcTable))
	if _, err := j.w.Write(hdr[:]); err != nil {
		return fmt.Errorf("journal %s: %w", j.path, err)
	}
	if _, err := j.w.Write(body); err != nil {
		return fmt.Errorf("journal %s: %w", j.path, err)
	}
	return nil
}

// Sync writes the buffer and fsyncs the file.
func (j *journal) Sync() error {
	if j.w == nil {
		return nil
	}
	if err := j.w.Flush(); err != nil {
		return fmt.Errorf("journal %s: %w", j.path, err)
	}
	if err := j.f.Sync(); err != nil {
		return fmt.Errorf("journal %s: fsync: %w", j.path, err)
	}
	return nil
}

// Close syncs and closes the file.
func (j *journal) Close() error {
	err := j.Sync()
	return errors.Join(err, j.f.Close())
}
