// Package aggtest holds what the aggregator's unit tests share: deterministic BLS keys, the
// operators they stand for, checkpoints, and the registry and chain the digests are bound to.
package aggtest

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/aggregator/blsagg"
	"github.com/lockstep-xyz/lockstep/commitment"
)

// Registry and ChainID are what test digests are bound to.
var Registry = common.HexToAddress("0x00000000000000000000000000000000000000aa")

const ChainID = 31337

// Stake is every test operator's stake.
var Stake = big.NewInt(1000)

// Keys derives n BLS key pairs from label (the same label, the same keys).
func Keys(label string, n int) []*bls.KeyPair {
	out := make([]*bls.KeyPair, n)
	for i := range out {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], uint64(i))
		var sk fr.Element
		sk.SetBytes(crypto.Keccak256([]byte("lockstep "+label+" test key"), b[:]))
		out[i] = bls.NewKeyPair(&sk)
	}
	return out
}

// Operators are the operators of keys, each with Stake.
func Operators(keys []*bls.KeyPair) []blsagg.Operator {
	ops := make([]blsagg.Operator, len(keys))
	for i, k := range keys {
		ops[i] = blsagg.Operator{ID: blsagg.OperatorIDFromPubkey(k.GetPubKeyG1()), PubkeyG1: k.GetPubKeyG1(), PubkeyG2: k.GetPubKeyG2(), Stake: new(big.Int).Set(Stake)}
	}
	return ops
}

// Checkpoint is checkpoint n over heights 10n-9..10n, its root derived from n and tag (another
// tag, a conflicting checkpoint).
func Checkpoint(n uint64, tag string) commitment.Checkpoint {
	return commitment.Checkpoint{Number: n, StartHeight: n*10 - 9, EndHeight: n * 10, Root: crypto.Keccak256Hash([]byte(fmt.Sprint(n, tag)))}
}
