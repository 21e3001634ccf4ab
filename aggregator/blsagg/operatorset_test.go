package blsagg

import (
	"bytes"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
)

func TestNewOperatorSetRejects(t *testing.T) {
	keys, good := testOperators(t, []int64{10, 20, 30})
	notInSubgroup := func() *bls.G2Point {
		// A point of the twist curve without cofactor clearing: on the curve, not in G2.
		u := keys[0].g2.X
		p := bn254.MapToCurve2(&u)
		if !p.IsOnCurve() || p.IsInSubGroup() {
			t.Fatal("test point should be on the curve and outside the subgroup")
		}
		return &bls.G2Point{G2Affine: &p}
	}
	offCurveG1 := func() *bls.G1Point {
		p := *keys[0].kp.GetPubKeyG1().G1Affine
		p.Y.SetOne()
		return &bls.G1Point{G1Affine: &p}
	}
	tests := []struct {
		name   string
		mutate func(ops []Operator) []Operator
		want   string
	}{
		{"empty", func([]Operator) []Operator { return nil }, "no operators"},
		{"duplicate ID", func(ops []Operator) []Operator { return append(ops, ops[1]) }, "duplicate ID"},
		{"nil stake", func(ops []Operator) []Operator { ops[0].Stake = nil; return ops }, "no stake"},
		{"negative stake", func(ops []Operator) []Operator { ops[0].Stake = big.NewInt(-1); return ops }, "negative stake"},
		{"zero total stake", func(ops []Operator) []Operator {
			for i := range ops {
				ops[i].Stake = new(big.Int)
			}
			return ops
		}, "total stake is zero"},
		{"nil G1", func(ops []Operator) []Operator { ops[1].PubkeyG1 = nil; return ops }, "no G1 public key"},
		{"nil G2", func(ops []Operator) []Operator { ops[1].PubkeyG2 = &bls.G2Point{}; return ops }, "no G2 public key"},
		{"zero G1", func(ops []Operator) []Operator { ops[1].PubkeyG1 = bls.NewZeroG1Point(); return ops }, "G1 public key is the identity"},
		{"G1 off curve", func(ops []Operator) []Operator {
			ops[1].PubkeyG1 = offCurveG1()
			ops[1].ID = OperatorIDFromPubkey(ops[1].PubkeyG1)
			return ops
		}, "G1 public key not on the curve"},
		{"zero G2", func(ops []Operator) []Operator { ops[2].PubkeyG2 = bls.NewZeroG2Point(); return ops }, "G2 public key is the identity"},
		{"G2 off curve", func(ops []Operator) []Operator {
			p := *ops[2].PubkeyG2.G2Affine
			p.Y.A0.SetOne()
			ops[2].PubkeyG2 = &bls.G2Point{G2Affine: &p}
			return ops
		}, "G2 public key not on the curve"},
		{"G2 not in subgroup", func(ops []Operator) []Operator { ops[2].PubkeyG2 = notInSubgroup(); return ops }, "G2 public key not in the subgroup"},
		{"ID not pubkey hash", func(ops []Operator) []Operator { ops[0].ID[31] ^= 1; return ops }, "ID is not the hash"},
		{"G1 and G2 keys of different secrets", func(ops []Operator) []Operator {
			ops[0].PubkeyG2, ops[1].PubkeyG2 = ops[1].PubkeyG2, ops[0].PubkeyG2
			return ops
		}, "G1 and G2 public keys do not match"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ops := tc.mutate(append([]Operator(nil), good...))
			_, err := NewOperatorSet(1, ops)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want one containing %q", err, tc.want)
			}
			if tc.name != "empty" && tc.name != "zero total stake" && !errors.Is(err, ErrInvalidOperator) {
				t.Fatalf("err = %v, want it to wrap ErrInvalidOperator", err)
			}
		})
	}
}

func TestOperatorSetPrecomputes(t *testing.T) {
	keys, ops, set := testSet(t, []int64{5, 1, 7, 3, 9})
	if set.Len() != 5 || set.ReferenceBlock() != 100 || set.TotalStake().Int64() != 25 {
		t.Fatalf("len %d, block %d, total %s", set.Len(), set.ReferenceBlock(), set.TotalStake())
	}
	ids := set.IDs()
	for i := 1; i < len(ids); i++ {
		if bytes.Compare(ids[i-1][:], ids[i][:]) >= 0 {
			t.Fatalf("IDs not ascending: %v", ids)
		}
	}
	apk1, apk2 := bls.NewZeroG1Point(), bls.NewZeroG2Point()
	for _, k := range keys {
		apk1.Add(k.kp.GetPubKeyG1())
		apk2.Add(k.g2)
	}
	if !set.ApkG1().Equal(apk1.G1Affine) || !set.ApkG2().Equal(apk2.G2Affine) {
		t.Fatal("aggregate keys differ from independent sums")
	}
	// Inputs are deep-copied: mutating the caller's points and stakes changes nothing.
	ops[2].PubkeyG2.Add(ops[1].PubkeyG2)
	ops[2].Stake.SetInt64(1000)
	got, ok := set.Operator(ops[2].ID)
	if !ok || got.Stake.Int64() != 7 || !got.PubkeyG2.Equal(keys[2].g2.G2Affine) {
		t.Fatalf("Operator(%s) = %+v, %v", ops[2].ID, got, ok)
	}
	if _, ok := set.Operator(OperatorID{1}); ok {
		t.Fatal("unknown operator found")
	}
}

func TestOperatorIDMatchesEigensdk(t *testing.T) {
	for _, k := range keyPool()[:20] {
		pk := k.kp.GetPubKeyG1()
		if got, want := OperatorIDFromPubkey(pk).String(), pk.GetOperatorID(); got != want {
			t.Fatalf("OperatorIDFromPubkey = %s, eigensdk GetOperatorID = %s", got, want)
		}
	}
}
