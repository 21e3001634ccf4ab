package app

import (
	"encoding/binary"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// AppHash is the application hash after a height with transactions: it chains the block roots
// of such heights, so it commits to the whole ordering so far.
func AppHash(prev common.Hash, height uint64, blockRoot common.Hash) common.Hash {
	var h [8]byte
	binary.BigEndian.PutUint64(h[:], height)
	return crypto.Keccak256Hash([]byte("Lockstep.AppHash.v1"), prev[:], h[:], blockRoot[:])
}
