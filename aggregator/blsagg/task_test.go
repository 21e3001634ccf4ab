package blsagg

import (
	"bytes"
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
)

// checkAggregate asserts everything a valid Aggregate promises, computing the expected keys
// independently with eigensdk's own point arithmetic.
func checkAggregate(t *testing.T, a *Aggregate, set *OperatorSet, keys []testKey, ops []Operator, signers []int, digest [32]byte) {
	t.Helper()
	ok, err := a.Sigma.Verify(a.ApkG2, digest)
	if err != nil || !ok {
		t.Fatalf("aggregate does not verify against its ApkG2: %v", err)
	}
	apk1, apk2 := bls.NewZeroG1Point(), bls.NewZeroG2Point()
	stake := new(big.Int)
	var wantSigners []OperatorID
	for _, i := range signers {
		apk1.Add(keys[i].kp.GetPubKeyG1())
		apk2.Add(keys[i].g2)
		stake.Add(stake, ops[i].Stake)
		wantSigners = append(wantSigners, ops[i].ID)
	}
	if !a.ApkG2.Equal(apk2.G2Affine) {
		t.Fatal("ApkG2 differs from the signers' G2 keys summed independently")
	}
	if ok, err := a.Sigma.Verify(apk2, digest); err != nil || !ok {
		t.Fatal("aggregate does not verify against the independent G2 sum")
	}
	if !a.ApkG1.Equal(apk1.G1Affine) {
		t.Fatal("ApkG1 differs from the signers' G1 keys summed independently")
	}
	byID := func(a, b OperatorID) int { return bytes.Compare(a[:], b[:]) }
	slices.SortFunc(wantSigners, byID)
	if !slices.Equal(a.Signers, wantSigners) {
		t.Fatalf("signers %v, want %v", a.Signers, wantSigners)
	}
	var wantNon []OperatorID
	for _, id := range set.IDs() {
		if !slices.Contains(wantSigners, id) {
			wantNon = append(wantNon, id)
		}
	}
	if !slices.Equal(a.NonSigners, wantNon) {
		t.Fatalf("non-signers %v, want %v", a.NonSigners, wantNon)
	}
	if !slices.IsSortedFunc(a.NonSigners, byID) {
		t.Fatal("non-signers not sorted ascending")
	}
	if a.SignedStake.Cmp(stake) != 0 || a.TotalStake.Cmp(set.TotalStake()) != 0 {
		t.Fatalf("stake %s of %s, want %s of %s", a.SignedStake, a.TotalStake, stake, set.TotalStake())
	}
	if a.Digest != digest || a.ReferenceBlock != set.ReferenceBlock() {
		t.Fatal("digest or reference block not carried over")
	}
}

func TestAggregate(t *testing.T) {
	tests := []struct {
		name    string
		stakes  []int64
		bips    uint32
		signers []int
		wantErr error
	}{
		{"all 4 sign", []int64{1, 1, 1, 1}, 6667, []int{0, 1, 2, 3}, nil},
		{"3 of 4 sign", []int64{1, 1, 1, 1}, 6667, []int{0, 2, 3}, nil},
		{"2 of 4 below 2/3", []int64{1, 1, 1, 1}, 6667, []int{1, 3}, ErrBelowThreshold},
		{"none sign", []int64{1, 1, 1, 1}, 1, nil, ErrBelowThreshold},
		// Unequal stakes 1+2+3+4 = 10; 6000 bips needs signed·10000 ≥ 60000, i.e. 6.
		{"boundary exactly met", []int64{1, 2, 3, 4}, 6000, []int{1, 3}, nil},
		{"boundary one short", []int64{1, 2, 3, 4}, 6000, []int{0, 3}, ErrBelowThreshold},
		{"boundary one bip over", []int64{1, 2, 3, 4}, 6001, []int{1, 3}, ErrBelowThreshold},
		{"heavy operator alone", []int64{1, 2, 3, 94}, 9400, []int{3}, nil},
		{"full threshold", []int64{1, 2, 3, 4}, 10000, []int{0, 1, 2, 3}, nil},
		{"full threshold one missing", []int64{1, 2, 3, 4}, 10000, []int{0, 1, 2}, ErrBelowThreshold},
		{"zero-stake signer counts as signer", []int64{0, 5, 5}, 5000, []int{0, 1}, nil},
		{"30 of 50, unequal stakes", func() []int64 {
			s := make([]int64, 50)
			for i := range s {
				s[i] = int64(i + 1)
			}
			return s
		}(), 5000, []int{1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 48, 46, 44, 42, 40}, nil},
	}
	digest := digestOf("checkpoint 7")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			keys, ops, set := testSet(t, tc.stakes)
			task := mustTask(t, set, digest, tc.bips)
			for _, i := range tc.signers {
				if err := task.Add(ops[i].ID, keys[i].kp.SignMessage(digest)); err != nil {
					t.Fatalf("Add(%d): %v", i, err)
				}
			}
			if got := task.ThresholdReached(); got != (tc.wantErr == nil) {
				t.Fatalf("ThresholdReached = %v", got)
			}
			a, refused, err := task.Aggregate()
			if len(refused) != 0 {
				t.Fatalf("refused %v", refused)
			}
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Aggregate err = %v, want %v", err, tc.wantErr)
			}
			if tc.wantErr != nil {
				if task.PairingChecks() != 0 {
					t.Fatal("a pairing was spent below threshold")
				}
				return
			}
			checkAggregate(t, a, set, keys, ops, tc.signers, digest)
			if task.PairingChecks() != 1 {
				t.Fatalf("%d pairing checks, want 1", task.PairingChecks())
			}
			// Nothing new: a second call returns the same aggregate without a pairing.
			a2, _, err := task.Aggregate()
			if err != nil || !a2.Sigma.Equal(a.Sigma.G1Affine) || task.PairingChecks() != 1 {
				t.Fatalf("second Aggregate: %v, %d checks", err, task.PairingChecks())
			}
		})
	}
}

func TestWrongDigestRefusedOthersAggregate(t *testing.T) {
	keys, ops, set := testSet(t, []int64{1, 1, 1, 1})
	digest, other := digestOf("checkpoint 8"), digestOf("checkpoint 8, forked")
	task := mustTask(t, set, digest, 5000)
	for i := range 4 {
		d := digest
		if i == 2 {
			d = other
		}
		if err := task.Add(ops[i].ID, keys[i].kp.SignMessage(d)); err != nil {
			t.Fatal(err)
		}
	}
	a, refused, err := task.Aggregate()
	if err != nil {
		t.Fatal(err)
	}
	if len(refused) != 1 || refused[0].Operator != ops[2].ID || !errors.Is(refused[0].Err, ErrInvalidSignature) {
		t.Fatalf("refused %+v, want operator 2", refused)
	}
	if !refused[0].Signature.Equal(keys[2].kp.SignMessage(other).G1Affine) {
		t.Fatal("refusal does not carry the refused signature")
	}
	checkAggregate(t, a, set, keys, ops, []int{0, 1, 3}, digest)

	// The refused signature cannot be replayed for free; the right one is welcome.
	if err := task.Add(ops[2].ID, keys[2].kp.SignMessage(other)); !errors.Is(err, ErrInvalidSignature) {
		t.Fatalf("replay of refused signature: %v", err)
	}
	if err := task.Add(ops[2].ID, keys[2].kp.SignMessage(digest)); err != nil {
		t.Fatal(err)
	}
	before := task.PairingChecks()
	a, refused, err = task.Aggregate()
	if err != nil || len(refused) != 0 {
		t.Fatal(err, refused)
	}
	checkAggregate(t, a, set, keys, ops, []int{0, 1, 2, 3}, digest)
	if task.PairingChecks()-before != 1 {
		t.Fatalf("%d checks for one late signature, want 1", task.PairingChecks()-before)
	}
}

func TestBadSignatureBelowThresholdDoesNotStall(t *testing.T) {
	keys, ops, set := testSet(t, []int64{1, 1, 1, 1})
	digest := digestOf("checkpoint 9")
	task := mustTask(t, set, digest, 7500)
	for _, i := range []int{0, 1} {
		if err := task.Add(ops[i].ID, keys[i].kp.SignMessage(digest)); err != nil {
			t.Fatal(err)
		}
	}
	if err := task.Add(ops[2].ID, keys[3].kp.SignMessage(digest)); err != nil { // someone else's key
		t.Fatal(err)
	}
	_, refused, err := task.Aggregate()
	if !errors.Is(err, ErrBelowThreshold) || len(refused) != 1 || refused[0].Operator != ops[2].ID {
		t.Fatalf("err %v, refused %+v", err, refused)
	}
	if task.SignedStake().Int64() != 2 {
		t.Fatalf("signed stake %s after refusal, want 2", task.SignedStake())
	}
	if err := task.Add(ops[3].ID, keys[3].kp.SignMessage(digest)); err != nil {
		t.Fatal(err)
	}
	a, refused, err := task.Aggregate()
	if err != nil || len(refused) != 0 {
		t.Fatal(err, refused)
	}
	checkAggregate(t, a, set, keys, ops, []int{0, 1, 3}, digest)
}

func TestBisectionFindsExactlyTheBad(t *testing.T) {
	const n = 200
	tests := []struct {
		name      string
		bad       []int
		maxChecks int // well under n: the point of bisecting
	}{
		{"one bad", []int{137}, 20},
		{"first and last", []int{0, n - 1}, 35},
		{"five spread", []int{3, 17, 99, 150, 199}, 75},
		{"adjacent pair", []int{64, 65}, 35},
		{"ten random", randomSubset(10, n, 1), 125},
	}
	keys, ops, set := testSet(t, equalStakes(n))
	digest, other := digestOf("checkpoint 10"), digestOf("not checkpoint 10")
	good := make([]*bls.Signature, n)
	for i := range n {
		good[i] = keys[i].kp.SignMessage(digest)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			task := mustTask(t, set, digest, 6667)
			var wantRefused []OperatorID
			var signers []int
			for i := range n {
				sig := good[i]
				if slices.Contains(tc.bad, i) {
					sig = keys[i].kp.SignMessage(other)
					wantRefused = append(wantRefused, ops[i].ID)
				} else {
					signers = append(signers, i)
				}
				if err := task.Add(ops[i].ID, sig); err != nil {
					t.Fatal(err)
				}
			}
			a, refused, err := task.Aggregate()
			if err != nil {
				t.Fatal(err)
			}
			var got []OperatorID
			for _, r := range refused {
				got = append(got, r.Operator)
			}
			byID := func(a, b OperatorID) int { return bytes.Compare(a[:], b[:]) }
			slices.SortFunc(got, byID)
			slices.SortFunc(wantRefused, byID)
			if !slices.Equal(got, wantRefused) {
				t.Fatalf("refused %v, want %v", got, wantRefused)
			}
			checkAggregate(t, a, set, keys, ops, signers, digest)
			if c := task.PairingChecks(); c > tc.maxChecks {
				t.Fatalf("%d pairing checks for %d bad of %d, want ≤ %d", c, len(tc.bad), n, tc.maxChecks)
			} else {
				t.Logf("%d bad of %d found with %d pairing checks", len(tc.bad), n, c)
			}
		})
	}
}

func randomSubset(k, n int, seed uint64) []int {
	r := rand.New(rand.NewPCG(seed, seed))
	return r.Perm(n)[:k]
}

func TestCancellingSignaturesOnlyAffectTheSum(t *testing.T) {
	// Two colluders shift their signatures by +Δ and −Δ: the sum is still valid, which is all
	// L1 checks, so it is accepted; VerifySingle still tells each one apart.
	keys, ops, set := testSet(t, []int64{1, 1, 1})
	digest := digestOf("checkpoint 11")
	delta := keys[2].kp.SignMessage(digestOf("anything"))
	s0 := keys[0].kp.SignMessage(digest)
	s0.Add(delta)
	s1 := keys[1].kp.SignMessage(digest)
	s1.Sub(delta.G1Point)
	task := mustTask(t, set, digest, 6000)
	for i, s := range []*bls.Signature{s0, s1} {
		if err := task.Add(ops[i].ID, s); err != nil {
			t.Fatal(err)
		}
	}
	a, refused, err := task.Aggregate()
	if err != nil || len(refused) != 0 {
		t.Fatal(err, refused)
	}
	checkAggregate(t, a, set, keys, ops, []int{0, 1}, digest)
	if err := VerifySingle(ops[0], digest, s0); !errors.Is(err, ErrInvalidSignature) {
		t.Fatalf("VerifySingle of a shifted signature: %v", err)
	}
}

func TestVerifiedSignaturesAreNotRechecked(t *testing.T) {
	keys, ops, set := testSet(t, equalStakes(50))
	digest := digestOf("checkpoint 12")
	task := mustTask(t, set, digest, 5000)
	for i := range 40 {
		if err := task.Add(ops[i].ID, keys[i].kp.SignMessage(digest)); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := task.Aggregate(); err != nil {
		t.Fatal(err)
	}
	// One late bad signature: the failed full check already proves it bad (it is the only
	// pending one), then one final check. The 40 verified ones are never bisected.
	if err := task.Add(ops[45].ID, keys[46].kp.SignMessage(digest)); err != nil {
		t.Fatal(err)
	}
	before := task.PairingChecks()
	a, refused, err := task.Aggregate()
	if err != nil || len(refused) != 1 || refused[0].Operator != ops[45].ID {
		t.Fatal(err, refused)
	}
	if c := task.PairingChecks() - before; c != 2 {
		t.Fatalf("%d pairing checks, want 2", c)
	}
	checkAggregate(t, a, set, keys, ops, seq(40), digest)
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func TestAddErrors(t *testing.T) {
	keys, ops, set := testSet(t, []int64{1, 1, 1})
	digest := digestOf("checkpoint 13")
	sig0 := keys[0].kp.SignMessage(digest)
	offCurve := *sig0.G1Affine
	offCurve.Y.SetOne()
	tests := []struct {
		name string
		id   OperatorID
		sig  *bls.Signature
		want error
	}{
		{"unknown operator", OperatorIDFromPubkey(keyPool()[150].kp.GetPubKeyG1()), sig0, ErrUnknownOperator},
		{"nil signature", ops[0].ID, nil, ErrMalformedSignature},
		{"empty signature", ops[0].ID, &bls.Signature{}, ErrMalformedSignature},
		{"identity", ops[0].ID, bls.NewZeroSignature(), ErrMalformedSignature},
		{"off curve", ops[0].ID, &bls.Signature{G1Point: &bls.G1Point{G1Affine: &offCurve}}, ErrMalformedSignature},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			task := mustTask(t, set, digest, 5000)
			if err := task.Add(tc.id, tc.sig); !errors.Is(err, tc.want) {
				t.Fatalf("Add: %v, want %v", err, tc.want)
			}
			if task.SignedStake().Sign() != 0 {
				t.Fatal("a rejected signature counted")
			}
		})
	}
}

func TestDuplicateSignatures(t *testing.T) {
	keys, ops, set := testSet(t, []int64{1, 1, 1})
	digest := digestOf("checkpoint 14")
	good := keys[0].kp.SignMessage(digest)
	bad := keys[0].kp.SignMessage(digestOf("elsewhere"))

	t.Run("same signature is a no-op", func(t *testing.T) {
		task := mustTask(t, set, digest, 3000)
		for range 3 {
			if err := task.Add(ops[0].ID, good); err != nil {
				t.Fatal(err)
			}
		}
		if task.SignedStake().Int64() != 1 {
			t.Fatalf("stake %s, want 1", task.SignedStake())
		}
		if _, _, err := task.Aggregate(); err != nil {
			t.Fatal(err)
		}
		if err := task.Add(ops[0].ID, good); err != nil { // also once verified
			t.Fatal(err)
		}
	})
	t.Run("different signature keeps the first", func(t *testing.T) {
		task := mustTask(t, set, digest, 3000)
		if err := task.Add(ops[0].ID, good); err != nil {
			t.Fatal(err)
		}
		if err := task.Add(ops[0].ID, bad); !errors.Is(err, ErrDuplicateSignature) {
			t.Fatalf("Add: %v", err)
		}
		a, refused, err := task.Aggregate()
		if err != nil || len(refused) != 0 {
			t.Fatal(err, refused)
		}
		checkAggregate(t, a, set, keys, ops, []int{0}, digest)
	})
	t.Run("bad first is refused, then the good one fits", func(t *testing.T) {
		task := mustTask(t, set, digest, 3000)
		if err := task.Add(ops[0].ID, bad); err != nil {
			t.Fatal(err)
		}
		if err := task.Add(ops[0].ID, good); !errors.Is(err, ErrDuplicateSignature) {
			t.Fatalf("Add: %v", err)
		}
		_, refused, err := task.Aggregate()
		if !errors.Is(err, ErrBelowThreshold) || len(refused) != 1 {
			t.Fatal(err, refused)
		}
		if err := task.Add(ops[0].ID, good); err != nil {
			t.Fatal(err)
		}
		a, _, err := task.Aggregate()
		if err != nil {
			t.Fatal(err)
		}
		checkAggregate(t, a, set, keys, ops, []int{0}, digest)
	})
}

func TestAddBytes(t *testing.T) {
	keys, ops, set := testSet(t, []int64{1, 1})
	digest := digestOf("checkpoint 15")
	sig := keys[0].kp.SignMessage(digest)
	raw := sig.G1Affine.Marshal()
	compressed := sig.G1Affine.Bytes()
	mutate := func(f func(b []byte) []byte) []byte { return f(slices.Clone(raw)) }
	tests := []struct {
		name string
		b    []byte
		want error
	}{
		{"valid", raw, nil},
		{"empty", nil, ErrMalformedSignature},
		{"short", raw[:63], ErrMalformedSignature},
		{"long", append(slices.Clone(raw), 0), ErrMalformedSignature},
		{"compressed", compressed[:], ErrMalformedSignature},
		{"compressed padded to 64", append(compressed[:], make([]byte, 32)...), ErrMalformedSignature},
		{"off curve", mutate(func(b []byte) []byte { b[63] ^= 1; return b }), ErrMalformedSignature},
		{"x not canonical", mutate(func(b []byte) []byte {
			// x + p does not fit the two spare bits' semantics; all ones is ≥ p and uncompressed.
			for i := range 32 {
				b[i] = 0xff
			}
			b[0] = 0x3f
			return b
		}), ErrMalformedSignature},
		{"zero bytes", make([]byte, 64), ErrMalformedSignature},
		{"identity encoding", func() []byte {
			z := bls.NewZeroG1Point()
			return z.G1Affine.Marshal()
		}(), ErrMalformedSignature},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			task := mustTask(t, set, digest, 5000)
			err := task.AddBytes(ops[0].ID, tc.b)
			if !errors.Is(err, tc.want) {
				t.Fatalf("AddBytes: %v, want %v", err, tc.want)
			}
			if tc.want != nil {
				return
			}
			a, _, err := task.Aggregate()
			if err != nil {
				t.Fatal(err)
			}
			checkAggregate(t, a, set, keys, ops, []int{0}, digest)
		})
	}
}

func TestNewTaskRejectsThreshold(t *testing.T) {
	_, _, set := testSet(t, []int64{1})
	for _, bips := range []uint32{0, MaxBips + 1} {
		if _, err := NewTask(set, [32]byte{}, bips); err == nil {
			t.Fatalf("NewTask accepted %d bips", bips)
		}
	}
	if _, err := NewTask(nil, [32]byte{}, 1); err == nil {
		t.Fatal("NewTask accepted a nil set")
	}
}

func TestVerifySingle(t *testing.T) {
	keys, ops, _ := testSet(t, []int64{1, 1})
	digest := digestOf("checkpoint 16")
	mismatched := ops[0]
	mismatched.PubkeyG2 = ops[1].PubkeyG2
	tests := []struct {
		name string
		op   Operator
		sig  *bls.Signature
		want error
	}{
		{"valid", ops[0], keys[0].kp.SignMessage(digest), nil},
		{"other digest", ops[0], keys[0].kp.SignMessage(digestOf("x")), ErrInvalidSignature},
		{"other key", ops[0], keys[1].kp.SignMessage(digest), ErrInvalidSignature},
		{"malformed", ops[0], bls.NewZeroSignature(), ErrMalformedSignature},
		{"G2 key of someone else", mismatched, keys[1].kp.SignMessage(digest), ErrInvalidOperator},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := VerifySingle(tc.op, digest, tc.sig); !errors.Is(err, tc.want) {
				t.Fatalf("VerifySingle: %v, want %v", err, tc.want)
			}
		})
	}
}

func TestConcurrentAddAndAggregate(t *testing.T) {
	const n = 50
	keys, ops, set := testSet(t, equalStakes(n))
	digest := digestOf("checkpoint 17")
	sigs := make([]*bls.Signature, n)
	for i := range n {
		sigs[i] = keys[i].kp.SignMessage(digest)
	}
	sigs[7] = keys[8].kp.SignMessage(digest) // one bad, to exercise bisection under contention
	task := mustTask(t, set, digest, 5000)
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := w; i < n; i += 4 {
				_ = task.Add(ops[i].ID, sigs[i])
				if task.ThresholdReached() {
					_, _, _ = task.Aggregate()
				}
			}
		})
	}
	wg.Wait()
	a, _, err := task.Aggregate()
	if err != nil {
		t.Fatal(err)
	}
	signers := slices.DeleteFunc(seq(n), func(i int) bool { return i == 7 })
	checkAggregate(t, a, set, keys, ops, signers, digest)
}

func FuzzAddBytes(f *testing.F) {
	keys, ops, set := testSet(f, []int64{1, 1})
	digest := digestOf("fuzz")
	f.Add(keys[0].kp.SignMessage(digest).G1Affine.Marshal())
	f.Add(make([]byte, 64))
	f.Add([]byte{0x40})
	f.Fuzz(func(t *testing.T, b []byte) {
		task := mustTask(t, set, digest, 10000)
		err := task.AddBytes(ops[0].ID, b)
		sig, decErr := DecodeSignature(b)
		if (err == nil) != (decErr == nil) {
			t.Fatalf("AddBytes %v but DecodeSignature %v", err, decErr)
		}
		if err != nil {
			if !errors.Is(err, ErrMalformedSignature) {
				t.Fatalf("error %v does not wrap ErrMalformedSignature", err)
			}
			return
		}
		if len(b) != 64 || !slices.Equal(sig.G1Affine.Marshal(), b) {
			t.Fatal("accepted bytes that are not the canonical encoding of the point")
		}
		// Accepted means a usable point: Aggregate must not panic and judges it correctly.
		_ = task.Add(ops[1].ID, keys[1].kp.SignMessage(digest))
		a, refused, err := task.Aggregate()
		valid := VerifySingle(ops[0], digest, sig) == nil
		if valid != (err == nil) || valid != (len(refused) == 0) || (a != nil) != valid {
			t.Fatalf("valid %v, err %v, refused %v", valid, err, refused)
		}
	})
}
