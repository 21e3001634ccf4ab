package blsagg

import (
	"errors"
	"fmt"
	"sync"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	bn254utils "github.com/Layr-Labs/eigensdk-go/crypto/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
)

// Errors about one signature.
var (
	// ErrMalformedSignature: the signature is not a point of G1 other than the identity (or its
	// bytes are not the 64-byte uncompressed encoding of one).
	ErrMalformedSignature = errors.New("malformed BLS signature")
	// ErrInvalidSignature: the signature does not verify against the operator's key and digest.
	ErrInvalidSignature = errors.New("invalid BLS signature")
)

type lines = [2][len(bn254.LoopCounter)]bn254.LineEvaluationAff

var (
	g1Gen = *bn254utils.GetG1Generator()
	g2Gen = *bn254utils.GetG2Generator()
	// The G2 generator is the second argument of every check, so its Miller-loop lines are
	// computed once per process.
	g2GenLines = sync.OnceValue(func() *lines {
		l := bn254.PrecomputeLines(g2Gen)
		return &l
	})
)

// hashToG1 is eigensdk's MapToCurve (the message hash of SignMessage, and of BN254.hashToG1 on
// L1) computed in gnark's field arithmetic instead of math/big, which cuts it from ~60 µs to
// ~10 µs, a tenth of a checkpoint's cost. It is the same function, step by step:
//   - MapToCurve starts at x = digest as an integer; its first step only uses x³ mod p and
//     x mod p, so starting at digest mod p (what SetBytes does) changes nothing;
//   - it tries x, x+1, ... mod p until x³+3 is a square: big.Int.ModSqrt's Jacobi test and
//     fp.Sqrt's y² = x³+3 test accept exactly the same x;
//   - for p ≡ 3 (mod 4) both take the root (x³+3)^((p+1)/4) (big.Int.modSqrt3Mod4Prime,
//     fp.ExpBySqrtPp1o4), so they pick the same y of the two.
//
// TestHashToG1MatchesEigensdk checks it against MapToCurve on many digests, including ones
// above p and at the wrap-around.
func hashToG1(digest [32]byte) bn254.G1Affine {
	var x, y, rhs, one, three fp.Element
	one.SetOne()
	three.SetUint64(3)
	x.SetBytes(digest[:])
	for {
		rhs.Square(&x).Mul(&rhs, &x).Add(&rhs, &three)
		if y.Sqrt(&rhs) != nil {
			return bn254.G1Affine{X: x, Y: y}
		}
		x.Add(&x, &one)
	}
}

// pairingCheck reports whether e(hm, apk) = e(sigma, G2), i.e. sigma is a valid (aggregate)
// signature of the message hashed to hm under the (aggregate) key apk.
func pairingCheck(hm, sigma *bn254.G1Affine, apk *bn254.G2Affine) bool {
	var neg bn254.G1Affine
	neg.Neg(sigma)
	ok, err := bn254.PairingCheck([]bn254.G1Affine{*hm, neg}, []bn254.G2Affine{*apk, g2Gen})
	return err == nil && ok // err only for degenerate inputs (all identities): not valid
}

// pairingCheckFixed is pairingCheck for an apk whose lines were precomputed. The lines are
// copied because gnark's MillerLoopFixedQ evaluates them in place.
func pairingCheckFixed(hm, sigma *bn254.G1Affine, apkLines *lines) bool {
	var neg bn254.G1Affine
	neg.Neg(sigma)
	l := make([]lines, 2)
	l[0] = *apkLines
	l[1] = *g2GenLines()
	ok, err := bn254.PairingCheckFixedQ([]bn254.G1Affine{*hm, neg}, l)
	return err == nil && ok
}

// keysMatch reports whether g1 = x·G1 and g2 = x·G2 for the same x.
func keysMatch(g1 *bn254.G1Affine, g2 *bn254.G2Affine) bool {
	var neg bn254.G1Affine
	neg.Neg(&g1Gen)
	ok, err := bn254.PairingCheck([]bn254.G1Affine{*g1, neg}, []bn254.G2Affine{g2Gen, *g2})
	return err == nil && ok
}

// checkSignature returns the signature's point if it is a G1 point other than the identity.
func checkSignature(sig *bls.Signature) (*bn254.G1Affine, error) {
	if sig == nil || sig.G1Point == nil || sig.G1Affine == nil {
		return nil, fmt.Errorf("%w: nil", ErrMalformedSignature)
	}
	if err := checkPoint(sig.G1Affine); err != nil {
		return nil, err
	}
	return sig.G1Affine, nil
}

// checkPoint rejects the identity and points off the curve. BN254's G1 has cofactor 1, so the
// curve check is the subgroup check. Rejecting the identity early matters little for safety
// (it never verifies for a non-zero key) but keeps it out of sums.
func checkPoint(p *bn254.G1Affine) error {
	if p.IsInfinity() {
		return fmt.Errorf("%w: identity", ErrMalformedSignature)
	}
	if !p.IsOnCurve() {
		return fmt.Errorf("%w: not on the curve", ErrMalformedSignature)
	}
	return nil
}

// DecodeSignature decodes the 64-byte uncompressed encoding operators send (G1Affine.Marshal),
// requiring canonical coordinates, a point on the curve (hence in G1) and not the identity.
// Unlike signer.DecodeSignature it refuses the 32-byte compressed form, so that one signature
// has exactly one encoding on the wire.
func DecodeSignature(b []byte) (*bls.Signature, error) {
	p, err := decodePoint(b)
	if err != nil {
		return nil, err
	}
	return &bls.Signature{G1Point: g1Point(&p)}, nil
}

// decodePoint is DecodeSignature without allocations, for AddBytes.
func decodePoint(b []byte) (bn254.G1Affine, error) {
	var p bn254.G1Affine
	if len(b) != bn254.SizeOfG1AffineUncompressed {
		return p, fmt.Errorf("%w: %d bytes, want %d", ErrMalformedSignature, len(b), bn254.SizeOfG1AffineUncompressed)
	}
	n, err := p.SetBytes(b)
	if err != nil {
		return p, fmt.Errorf("%w: %w", ErrMalformedSignature, err)
	}
	if n != len(b) { // a compressed encoding followed by 32 bytes of junk
		return p, fmt.Errorf("%w: not the uncompressed encoding", ErrMalformedSignature)
	}
	if err := checkPoint(&p); err != nil {
		return p, err
	}
	return p, nil
}

// VerifySingle checks one signature on its own: nil if sig is op's signature over digest,
// ErrInvalidSignature if not, ErrMalformedSignature if sig is not a usable point, and an
// ErrInvalidOperator error if op's keys are unusable or do not match each other. It is for
// equivocation evidence, where each of the two signatures must stand alone; Task never calls
// it on the hot path. It costs two pairings (signature, and G1/G2 key agreement, since the
// slashing contract identifies the operator by its G1 key but the signature is checked with
// the G2 key).
func VerifySingle(op Operator, digest [32]byte, sig *bls.Signature) error {
	p, err := checkSignature(sig)
	if err != nil {
		return fmt.Errorf("verify signature of operator %s: %w", op.ID, err)
	}
	if err := checkKeys(op); err != nil {
		return fmt.Errorf("verify signature of operator %s: %w: %w", op.ID, err, ErrInvalidOperator)
	}
	if !keysMatch(op.PubkeyG1.G1Affine, op.PubkeyG2.G2Affine) {
		return fmt.Errorf("verify signature of operator %s: G1 and G2 public keys do not match: %w", op.ID, ErrInvalidOperator)
	}
	hm := hashToG1(digest)
	if !pairingCheck(&hm, p, op.PubkeyG2.G2Affine) {
		return fmt.Errorf("verify signature of operator %s: %w", op.ID, ErrInvalidSignature)
	}
	return nil
}
