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

// CheckpointDomain is the domain tag of the checkpoint digest.
var CheckpointDomain = crypto.Keccak256Hash([]byte("Lockstep.Checkpoint.v1"))

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

// BlockRootOf binds a block's rollup tree root to its number of rollups. A Merkle proof verifies
// for more than one (index, count) pair, so the count a verifier uses must be authenticated: the
// checkpoint tree's comes from L1 and a batch's from its rollup leaf; the block tree's comes
// from here.
func BlockRootOf(rollupCount uint64, rollupsRoot common.Hash) common.Hash {
	var b [41]byte
	b[0] = BlockRootPrefix
	binary.BigEndian.PutUint64(b[1:9], rollupCount)
	copy(b[9:41], rollupsRoot[:])
	return keccak(b[:])
}
