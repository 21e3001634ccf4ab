package store

import (
	"encoding/binary"
	"errors"
	"slices"
	"sync"

	"github.com/syndtr/goleveldb/leveldb"
)

// The keys of a height's records (see prefixHeight) and the encoding of a stored batch.

// Kinds of a height's records.
const (
	kindBlock      = 'B'
	kindCheckpoint = 'C' // the checkpoint the height ends
	kindGenesis    = 'G' // the genesis state, written at the height of InitChain
	kindMeta       = 'M' // the Meta after the height (heightMeta)
	kindBatch      = 'T'
	kindValidators = 'V' // the validator set, written at a height that changed it
)

func heightKey(h uint64) []byte        { return u64([]byte{prefixHeight}, h) }
func blockKey(h uint64) []byte         { return append(heightKey(h), kindBlock) }
func checkpointAtKey(h uint64) []byte  { return append(heightKey(h), kindCheckpoint) }
func genesisKey(h uint64) []byte       { return append(heightKey(h), kindGenesis) }
func metaKey(h uint64) []byte          { return append(heightKey(h), kindMeta) }
func validatorsKey(h uint64) []byte    { return append(heightKey(h), kindValidators) }
func oldCheckpointKey(n uint64) []byte { return u64([]byte{prefixCheckpoint}, n) }
func batchKey(rollup, h uint64) []byte {
	return u64(append(heightKey(h), kindBatch), rollup)
}

// Keys of the index's database (index.go) besides its transaction entries: a rollup's heights
// (versions before kept them in the main database), the height of each checkpoint, and the
// last checkpoint delivered to each aggregator (kept in the main database before).
func rollupKey(rollup, h uint64) []byte   { return u64(u64([]byte{prefixRollup}, rollup), h) }
func checkpointHeightKey(n uint64) []byte { return u64([]byte{prefixCheckpointHeight}, n) }
func sentKey(dest string) []byte          { return append([]byte{prefixSent}, dest...) }

// batchChunkKey keys one chunk of a rollup's batch at a height: batchKey || uint32 chunk.
func batchChunkKey(rollup, h uint64, chunk uint32) []byte {
	return binary.BigEndian.AppendUint32(batchKey(rollup, h), chunk)
}

// batchChunkBytes bounds a chunk of a stored batch (a payload larger than it is a chunk of its
// own). LevelDB keeps at least one whole value in each table block it reads, and a compaction
// holds a block of every table it merges: a batch stored as one value of several megabytes
// (an overloaded block) made each such block that large, 16 MB of node 0's live heap at 32,000
// tx/s of 200 B. Versions before stored the batch as one value under batchKey; it is still
// read.
const batchChunkBytes = 64 << 10

// putBatch encodes txs into chunks of at most batchChunkBytes (buf is scratch space) and puts
// them into b.
func putBatch(b *leveldb.Batch, buf *[]byte, rollup, h uint64, txs [][]byte) {
	var chunk uint32
	if len(txs) == 0 {
		b.Put(batchChunkKey(rollup, h, 0), nil) // an empty batch is stored, as before
	}
	for len(txs) > 0 {
		n, size := 0, 0
		for n < len(txs) && (n == 0 || size+4+len(txs[n]) <= batchChunkBytes) {
			size += 4 + len(txs[n])
			n++
		}
		*buf = appendPayloads((*buf)[:0], txs[:n])
		b.Put(batchChunkKey(rollup, h, chunk), *buf) // copied
		txs = txs[n:]
		chunk++
	}
}

// batchChunks is how many chunks putBatch writes for txs, at most.
func batchChunks(txs [][]byte) int { return payloadsSize(txs)/batchChunkBytes*2 + 1 }

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
