package commitment

import (
	"encoding/binary"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Prefix bytes of the hashed preimages. Every leaf kind has its own prefix and inner nodes another,
// so no leaf can be passed off as a node or as a leaf of another tree.
const (
	TxLeafPrefix     byte = 0x00
	NodePrefix       byte = 0x01
	RollupLeafPrefix byte = 0x02
	HeightLeafPrefix byte = 0x03
	BlockRootPrefix  byte = 0x04
)

// CheckpointDomain is the domain tag of the checkpoint digest (format v2: the digest also binds
// the checkpoint's L1 origin and forced-inclusion cursor).
var CheckpointDomain = crypto.Keccak256Hash([]byte("Lockstep.Checkpoint.v2"))

var hasherPool = sync.Pool{New: func() any { return crypto.NewKeccakState() }}

// keccak hashes the concatenation of parts with a pooled hasher.
func keccak(parts ...[]byte) (h common.Hash) {
	d := hasherPool.Get().(crypto.KeccakState)
	d.Reset()
	for _, p := range parts {
		d.Write(p)
	}
	d.Read(h[:])
	hasherPool.Put(d)
	return h
}

// TxHash is the hash of a transaction payload. For an Ethereum transaction sent through
// eth_sendRawTransaction the payload is the signed transaction, so this is its usual hash.
func TxHash(payload []byte) common.Hash { return keccak(payload) }

// TxLeaf is the leaf of a transaction in a batch tree.
func TxLeaf(txHash common.Hash) common.Hash {
	var b [33]byte
	b[0] = TxLeafPrefix
	copy(b[1:], txHash[:])
	return keccak(b[:])
}

// RollupLeaf is the leaf of one rollup's batch in a block tree.
func RollupLeaf(rollupID uint64, batchRoot common.Hash, txCount uint64) common.Hash {
	var b [49]byte
	b[0] = RollupLeafPrefix
	binary.BigEndian.PutUint64(b[1:9], rollupID)
	copy(b[9:41], batchRoot[:])
	binary.BigEndian.PutUint64(b[41:49], txCount)
	return keccak(b[:])
}

// HeightLeaf is the leaf of one height's block root in a checkpoint tree.
func HeightLeaf(height uint64, blockRoot common.Hash) common.Hash {
	var b [41]byte
	b[0] = HeightLeafPrefix
	binary.BigEndian.PutUint64(b[1:9], height)
	copy(b[9:41], blockRoot[:])
	return keccak(b[:])
}

// Node is the inner node over two children.
func Node(left, right common.Hash) common.Hash {
	var b [65]byte
	b[0] = NodePrefix
	copy(b[1:33], left[:])
	copy(b[33:65], right[:])
	return keccak(b[:])
}

// L1Ref names an L1 block.
type L1Ref struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
}

// BlockMeta is what a block root commits to besides its batches: the block's BFT time, its L1
// origin (the L1 block the proposer's view was at, checked by every validator) and the forced
// cursor (inbox entries included from height 1 up to and including this block). Rollups derive
// L2 timestamps and an L1 anchor for every height from it.
type BlockMeta struct {
	TimeMs      uint64 `json:"timeMs"`
	L1Origin    L1Ref  `json:"l1Origin"`
	ForcedCount uint64 `json:"forcedCount"`
}

// BlockRootOf binds a block's rollup tree root to its number of rollups and to its meta. A
// Merkle proof verifies for more than one (index, count) pair, so the count a verifier uses must
// be authenticated: the checkpoint tree's comes from L1 and a batch's from its rollup leaf; the
// block tree's comes from here.
//
//	H(0x04 || uint64 rollupCount || rollupsRoot || uint64 timeMs || uint64 l1OriginNumber || l1OriginHash || uint64 forcedCount)
func BlockRootOf(rollupCount uint64, rollupsRoot common.Hash, m BlockMeta) common.Hash {
	var b [97]byte
	b[0] = BlockRootPrefix
	binary.BigEndian.PutUint64(b[1:9], rollupCount)
	copy(b[9:41], rollupsRoot[:])
	binary.BigEndian.PutUint64(b[41:49], m.TimeMs)
	binary.BigEndian.PutUint64(b[49:57], m.L1Origin.Number)
	copy(b[57:89], m.L1Origin.Hash[:])
	binary.BigEndian.PutUint64(b[89:97], m.ForcedCount)
	return keccak(b[:])
}

// ForcedAcc is the forced-inclusion inbox's accumulator after one more entry: the entry queued
// at L1 block l1Block for rollupID with payload hash payloadHash (TxHash of the payload), after
// prev (zero before the first entry):
//
//	keccak256(abi.encode(prev, uint64 rollupID, payloadHash, uint64 l1Block))
func ForcedAcc(prev common.Hash, rollupID uint64, payloadHash common.Hash, l1Block uint64) common.Hash {
	var b [128]byte
	copy(b[0:32], prev[:])
	binary.BigEndian.PutUint64(b[56:64], rollupID)
	copy(b[64:96], payloadHash[:])
	binary.BigEndian.PutUint64(b[120:128], l1Block)
	return keccak(b[:])
}
