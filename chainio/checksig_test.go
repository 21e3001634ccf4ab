package chainio

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// fakeReader serves a fixed operator set; it records the non-signers it was asked about.
type fakeReader struct {
	quorums    map[uint8][]QuorumOperator
	apks       map[uint8]*bls.G1Point
	nonSigners []OperatorID
}

func (f *fakeReader) QuorumOperators(_ context.Context, _ uint32, qs []byte) ([][]QuorumOperator, error) {
	out := make([][]QuorumOperator, len(qs))
	for i, q := range qs {
		out[i] = f.quorums[q]
	}
	return out, nil
}

func (f *fakeReader) QuorumApk(_ context.Context, _ uint32, q uint8) (*bls.G1Point, error) {
	if p, ok := f.apks[q]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("no quorum %d", q)
}

func (f *fakeReader) CheckSignaturesIndices(_ context.Context, _ uint32, qs []byte, ns []OperatorID) (CheckSignaturesIndices, error) {
	f.nonSigners = ns
	idx := CheckSignaturesIndices{
		NonSignerQuorumBitmapIndices: make([]uint32, len(ns)),
		QuorumApkIndices:             make([]uint32, len(qs)),
		TotalStakeIndices:            make([]uint32, len(qs)),
		NonSignerStakeIndices:        make([][]uint32, len(qs)),
	}
	return idx, nil
}

type testOp struct {
	kp    *bls.KeyPair
	id    OperatorID
	stake int64
}

func testOps(n int) []testOp {
	ops := make([]testOp, n)
	for i := range ops {
		kp, err := bls.NewKeyPairFromString(fmt.Sprint(1000 + 7919*i))
		if err != nil {
			panic(err)
		}
		ops[i] = testOp{kp: kp, id: sdktypes.OperatorIdFromKeyPair(kp), stake: int64(100 * (i + 1))}
	}
	return ops
}

// reader puts ops in the quorums given by membership (op index -> quorums).
func reader(ops []testOp, membership map[int][]uint8) *fakeReader {
	f := &fakeReader{quorums: map[uint8][]QuorumOperator{}, apks: map[uint8]*bls.G1Point{}}
	for i, qs := range membership {
		for _, q := range qs {
			f.quorums[q] = append(f.quorums[q], QuorumOperator{ID: ops[i].id, Stake: big.NewInt(ops[i].stake)})
			if f.apks[q] == nil {
				f.apks[q] = bls.NewZeroG1Point()
			}
			f.apks[q].Add(ops[i].kp.GetPubKeyG1())
		}
	}
	return f
}

func keys(ops []testOp) []OperatorKey {
	out := make([]OperatorKey, len(ops))
	for i, o := range ops {
		out[i] = OperatorKey{ID: o.id, G1: o.kp.GetPubKeyG1()}
	}
	return out
}

func signs(msg [32]byte, ops ...testOp) []OperatorSignature {
	out := make([]OperatorSignature, len(ops))
	for i, o := range ops {
		out[i] = OperatorSignature{ID: o.id, G1: o.kp.GetPubKeyG1(), G2: o.kp.GetPubKeyG2(), Signature: o.kp.SignMessage(msg)}
	}
	return out
}

// checkPairing verifies the aggregate the way BLSSignatureChecker does: apk = sum of quorum
// apks minus each non-signer once per quorum it is in; sigma must verify against apkG2, and
// apk and apkG2 must be the same key.
func checkPairing(t *testing.T, f *fakeReader, qs []byte, in *CheckSignaturesInput, msg [32]byte) {
	t.Helper()
	apk := bls.NewZeroG1Point()
	for _, p := range in.Params.QuorumApks {
		apk.Add(G1ToBLS(p))
	}
	for _, pk := range in.Params.NonSignerPubkeys {
		id := sdktypes.OperatorIdFromG1Pubkey(G1ToBLS(pk))
		for _, q := range qs {
			for _, op := range f.quorums[q] {
				if op.ID == id {
					apk.Sub(G1ToBLS(pk))
				}
			}
		}
	}
	apkG2 := G2ToBLS(in.Params.ApkG2)
	ok, err := bls.NewZeroSignature().Add(&bls.Signature{G1Point: G1ToBLS(in.Params.Sigma)}).Verify(apkG2, msg)
	if err != nil || !ok {
		t.Fatalf("sigma does not verify against apkG2: %v", err)
	}
	if ok, err := apk.VerifyEquivalence(apkG2); err != nil || !ok {
		t.Fatalf("apk and apkG2 differ: %v", err)
	}
}

func TestBuildCheckSignaturesInput(t *testing.T) {
	ctx := context.Background()
	msg := crypto.Keccak256Hash([]byte("checkpoint"))
	ops := testOps(4)
	one := map[int][]uint8{0: {0}, 1: {0}, 2: {0}, 3: {0}}

	t.Run("3 of 4", func(t *testing.T) {
		f := reader(ops, one)
		in, err := BuildCheckSignaturesInput(ctx, f, CheckSignaturesRequest{
			QuorumNumbers: []byte{0}, ReferenceBlock: 10, Operators: keys(ops), Signers: signs(msg, ops[0], ops[2], ops[3]),
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(in.NonSigners) != 1 || in.NonSigners[0] != ops[1].id || len(f.nonSigners) != 1 {
			t.Fatalf("non-signers %x", in.NonSigners)
		}
		if in.SignedStake[0].Int64() != 100+300+400 || in.TotalStake[0].Int64() != 1000 {
			t.Fatalf("stake %s of %s", in.SignedStake[0], in.TotalStake[0])
		}
		if !in.MeetsThreshold(6667) || in.MeetsThreshold(8001) {
			t.Fatal("threshold")
		}
		checkPairing(t, f, []byte{0}, in, msg)
	})

	t.Run("non-signers sorted by ID", func(t *testing.T) {
		f := reader(ops, one)
		in, err := BuildCheckSignaturesInput(ctx, f, CheckSignaturesRequest{
			QuorumNumbers: []byte{0}, Operators: keys(ops), Signers: signs(msg, ops[1]),
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(in.NonSigners) != 3 {
			t.Fatalf("non-signers %x", in.NonSigners)
		}
		for i := 1; i < len(in.NonSigners); i++ {
			if bytes.Compare(in.NonSigners[i-1][:], in.NonSigners[i][:]) >= 0 {
				t.Fatalf("not ascending: %x", in.NonSigners)
			}
		}
		for i, pk := range in.Params.NonSignerPubkeys {
			if sdktypes.OperatorIdFromG1Pubkey(G1ToBLS(pk)) != in.NonSigners[i] {
				t.Fatalf("pubkey %d does not match non-signer ID", i)
			}
		}
		checkPairing(t, f, []byte{0}, in, msg)
	})

	t.Run("two quorums", func(t *testing.T) {
		// op0 in both quorums, op1 only in 0, op2 only in 1, op3 in both (and does not sign).
		f := reader(ops, map[int][]uint8{0: {0, 1}, 1: {0}, 2: {1}, 3: {0, 1}})
		in, err := BuildCheckSignaturesInput(ctx, f, CheckSignaturesRequest{
			QuorumNumbers: []byte{0, 1}, Operators: keys(ops), Signers: signs(msg, ops[0], ops[1], ops[2]),
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(in.NonSigners) != 1 || in.NonSigners[0] != ops[3].id {
			t.Fatalf("non-signers %x", in.NonSigners)
		}
		if in.SignedStake[0].Int64() != 300 || in.SignedStake[1].Int64() != 400 || in.TotalStake[1].Int64() != 800 {
			t.Fatalf("stakes %v of %v", in.SignedStake, in.TotalStake)
		}
		checkPairing(t, f, []byte{0, 1}, in, msg)
	})

	t.Run("extra keys ignored", func(t *testing.T) {
		f := reader(ops[:3], map[int][]uint8{0: {0}, 1: {0}, 2: {0}})
		in, err := BuildCheckSignaturesInput(ctx, f, CheckSignaturesRequest{
			QuorumNumbers: []byte{0}, Operators: keys(ops), Signers: signs(msg, ops[0], ops[1], ops[2]),
		})
		if err != nil || len(in.NonSigners) != 0 {
			t.Fatalf("%v, non-signers %x", err, in.NonSigners)
		}
	})

	errCases := []struct {
		name string
		f    *fakeReader
		req  CheckSignaturesRequest
		want error
	}{
		{"no quorums", reader(ops, one), CheckSignaturesRequest{Operators: keys(ops)}, ErrNoQuorums},
		{"unsorted quorums", reader(ops, one), CheckSignaturesRequest{QuorumNumbers: []byte{1, 0}}, ErrNoQuorums},
		{"signer not registered", reader(ops[:3], map[int][]uint8{0: {0}, 1: {0}, 2: {0}}),
			CheckSignaturesRequest{QuorumNumbers: []byte{0}, Operators: keys(ops), Signers: signs(msg, ops[3])}, ErrUnknownSigner},
		{"duplicate signer", reader(ops, one),
			CheckSignaturesRequest{QuorumNumbers: []byte{0}, Operators: keys(ops), Signers: signs(msg, ops[0], ops[0])}, ErrDuplicateSigner},
		{"missing key", reader(ops, one),
			CheckSignaturesRequest{QuorumNumbers: []byte{0}, Operators: keys(ops[:3]), Signers: signs(msg, ops[0])}, ErrMissingPubkey},
		{"wrong ID for key", reader(ops, one),
			CheckSignaturesRequest{QuorumNumbers: []byte{0}, Operators: []OperatorKey{{ID: ops[0].id, G1: ops[1].kp.GetPubKeyG1()}}}, ErrKeyMismatch},
		{"apk mismatch", func() *fakeReader {
			f := reader(ops, one)
			f.apks[0] = ops[0].kp.GetPubKeyG1()
			return f
		}(), CheckSignaturesRequest{QuorumNumbers: []byte{0}, Operators: keys(ops), Signers: signs(msg, ops[0])}, ErrApkMismatch},
	}
	for _, tc := range errCases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := BuildCheckSignaturesInput(ctx, tc.f, tc.req)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err %v, want %v", err, tc.want)
			}
		})
	}
}
