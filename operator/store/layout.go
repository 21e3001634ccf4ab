package store

import (
	"encoding/binary"
	"errors"
	"slices"
	"sync"
)

// The keys of a height's records (see prefixHeight) and the encoding of a stored batch.

// Kinds of a height's records.
const (
	kindBlock = 'B'
	kindBatch = 'T'
)

func heightKey(h uint64) []byte     { return u64([]byte{prefixHeight}, h) }
func blockKey(h uint64) []byte      { return append(heightKey(h), kindBlock) }
func checkpointKey(n uint64) []byte { return u64([]byte{prefixCheckpoint}, n) }
func batchKey(rollup, h uint64) []byte {
	return u64(append(heightKey(h), kindBatch), rollup)
}
func rollupKey(rollup, h uint64) []byte { return u64(u64([]byte{prefixRollup}, rollup), h) }

// Keys of the records of versions before, read where no record is under the keys above.
func oldBlockKey(h uint64) []byte { return u64([]byte{prefixBlock}, h) }
func oldBatchKey(rollup, h uint64) []byte {
	return u64(u64([]byte{prefixBatch}, rollup), h)
}

// payloadBufs holds Commit's buffers for encoding a batch before the LevelDB batch copies it.
var payloadBufs = sync.Pool{New: func() any { return new([]byte) }}

func payloadsSize(txs [][]byte) int {
	n := 0
	for _, t := range txs {
		n += 4 + len(t)
	}
	return n
}

func encodePayloads(txs [][]byte) []byte {
	return appendPayloads(make([]byte, 0, payloadsSize(txs)), txs)
}

// appendPayloads appends the encoding of txs to b: each one's length (uint32), then its bytes.
func appendPayloads(b []byte, txs [][]byte) []byte {
	b = slices.Grow(b, payloadsSize(txs))
	for _, t := range txs {
		b = binary.BigEndian.AppendUint32(b, uint32(len(t)))
		b = append(b, t...)
	}
	return b
}

func decodePayloads(b []byte) ([][]byte, error) {
	var out [][]byte
	for len(b) > 0 {
		if len(b) < 4 {
			return nil, errors.New("corrupt batch: truncated length")
		}
		l := binary.BigEndian.Uint32(b)
		b = b[4:]
		if uint64(l) > uint64(len(b)) {
			return nil, errors.New("corrupt batch: truncated payload")
		}
		out = append(out, b[:l:l])
		b = b[l:]
	}
	return out, nil
}
