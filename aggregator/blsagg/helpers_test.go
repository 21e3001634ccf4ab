package blsagg

import (
	"encoding/binary"
	"math/big"
	"sync"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/crypto"
)

// testKey is an operator key with its G2 key derived once (a G2 scalar multiplication is the
// slowest part of making a key).
type testKey struct {
	kp *bls.KeyPair
	g2 *bls.G2Point
}

// keyPool holds deterministic keys so failures reproduce; generated once for all tests.
var keyPool = sync.OnceValue(func() []testKey {
	keys := make([]testKey, 200)
	for i := range keys {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], uint64(i))
		var sk fr.Element
		sk.SetBytes(crypto.Keccak256([]byte("lockstep blsagg test key"), b[:]))
		kp := bls.NewKeyPair(&sk)
		keys[i] = testKey{kp: kp, g2: kp.GetPubKeyG2()}
	}
	return keys
})

func digestOf(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

// testOperators returns operators for the first len(stakes) pool keys, in key order.
func testOperators(t testing.TB, stakes []int64) ([]testKey, []Operator) {
	t.Helper()
	keys := keyPool()[:len(stakes)]
	ops := make([]Operator, len(stakes))
	for i, k := range keys {
		ops[i] = Operator{
			ID:       OperatorIDFromPubkey(k.kp.GetPubKeyG1()),
			PubkeyG1: g1Point(k.kp.GetPubKeyG1().G1Affine), // copies: tests may mutate them
			PubkeyG2: g2Point(k.g2.G2Affine),
			Stake:    big.NewInt(stakes[i]),
		}
	}
	return keys, ops
}

func testSet(t testing.TB, stakes []int64) ([]testKey, []Operator, *OperatorSet) {
	t.Helper()
	keys, ops := testOperators(t, stakes)
	set, err := NewOperatorSet(100, ops)
	if err != nil {
		t.Fatalf("NewOperatorSet: %v", err)
	}
	return keys, ops, set
}

func equalStakes(n int) []int64 {
	s := make([]int64, n)
	for i := range s {
		s[i] = 1e18
	}
	return s
}

func mustTask(t testing.TB, set *OperatorSet, digest [32]byte, bips uint32) *Task {
	t.Helper()
	task, err := NewTask(set, digest, bips)
	if err != nil {
		t.Fatalf("NewTask: %v", err)
	}
	return task
}
