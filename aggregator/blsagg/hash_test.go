package blsagg

import (
	"encoding/binary"
	"math/big"
	"testing"

	bn254utils "github.com/Layr-Labs/eigensdk-go/crypto/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestHashToG1MatchesEigensdk(t *testing.T) {
	p := fp.Modulus()
	at := func(v *big.Int) [32]byte {
		var d [32]byte
		v.FillBytes(d[:])
		return d
	}
	digests := [][32]byte{
		{}, // x = 0
		at(big.NewInt(1)),
		at(new(big.Int).Sub(p, big.NewInt(1))), // may wrap to 0 on the first increment
		at(p),                                  // ≡ 0, above p
		at(new(big.Int).Add(p, big.NewInt(12345))),
		at(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))), // 2²⁵⁶−1
	}
	for i := range 5000 {
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], uint64(i))
		digests = append(digests, crypto.Keccak256Hash(b[:]))
	}
	increments := 0
	for _, d := range digests {
		want := bn254utils.MapToCurve(d)
		got := hashToG1(d)
		if !got.Equal(want) {
			t.Fatalf("digest %x: got %v, eigensdk %v", d, got, want)
		}
		if !got.IsOnCurve() {
			t.Fatalf("digest %x: not on the curve", d)
		}
		var x0 fp.Element
		x0.SetBytes(d[:])
		if !x0.Equal(&got.X) {
			increments++
		}
	}
	if increments < 1000 { // about half the digests need at least one increment
		t.Fatalf("only %d digests exercised the increment path", increments)
	}
}
