package blsagg

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrInvalidOperator is wrapped by every error NewOperatorSet returns about one operator.
var ErrInvalidOperator = errors.New("invalid operator")

// OperatorID identifies an operator the way eigenlayer-middleware does: the keccak256 hash of
// its G1 public key (BN254.hashG1Point). BLSSignatureChecker requires non-signers sorted by
// this hash, which is why OperatorSet insists that ID and key agree.
type OperatorID [32]byte

// String is the 0x-prefixed hex form used in logs.
func (id OperatorID) String() string { return "0x" + hex.EncodeToString(id[:]) }

// OperatorIDFromPubkey returns keccak256(X ‖ Y) of a (non-nil) G1 public key: the operator's ID
// on L1, the same as eigensdk's G1Point.GetOperatorID.
func OperatorIDFromPubkey(pk *bls.G1Point) OperatorID {
	x := pk.X.Bytes() // big-endian, 32 bytes: what abi.encodePacked(uint256) produces
	y := pk.Y.Bytes()
	return OperatorID(crypto.Keccak256Hash(x[:], y[:]))
}

// Operator is one operator registered in the quorum at the set's reference block.
type Operator struct {
	ID       OperatorID
	PubkeyG1 *bls.G1Point
	PubkeyG2 *bls.G2Point
	Stake    *big.Int
}

// OperatorSet is the operators of one quorum registered at one L1 reference block, with
// everything every checkpoint signed against that block needs precomputed once: decoded keys
// in flat arrays, total stake, and the aggregate G1 and G2 keys of all operators (plus the
// Miller-loop lines of the aggregate G2 key, which make the all-signed check ~25% cheaper).
//
// It is immutable after NewOperatorSet and safe for concurrent use by any number of Tasks.
//
// One quorum only: several quorums would need a stake (and threshold) per quorum and one
// aggregate key per quorum; the per-operator arrays below would stay as they are.
type OperatorSet struct {
	referenceBlock uint64

	ids   []OperatorID // ascending; index i is the operator's slot everywhere below
	index map[OperatorID]int
	g1    []bn254.G1Affine
	g2    []bn254.G2Affine
	negG1 []bn254.G1Affine // negated keys, so that subtraction is a cheap mixed addition
	negG2 []bn254.G2Affine
	stake []big.Int

	total    big.Int
	apkG1    bn254.G1Affine
	apkG2    bn254.G2Affine
	apkLines *[2][len(bn254.LoopCounter)]bn254.LineEvaluationAff
}

// NewOperatorSet validates ops and precomputes the set. It rejects an empty set, a zero total
// stake, nil or negative stakes, duplicate IDs, IDs that are not the hash of the G1 key, keys
// that are the identity, not on the curve or not in the prime-order subgroup, and G1/G2 key
// pairs with different discrete logarithms. The last check matters even though L1 checked it at
// registration: G2 keys often come from a different source (events, a cache) than G1 keys,
// and a mismatched G2 key would make the operator's honest signatures look invalid here.
// The inputs are deep-copied.
func NewOperatorSet(referenceBlock uint64, ops []Operator) (*OperatorSet, error) {
	if len(ops) == 0 {
		return nil, errors.New("new operator set: no operators")
	}
	sorted := slices.Clone(ops)
	slices.SortFunc(sorted, func(a, b Operator) int { return bytes.Compare(a.ID[:], b.ID[:]) })

	n := len(sorted)
	s := &OperatorSet{
		referenceBlock: referenceBlock,
		ids:            make([]OperatorID, n),
		index:          make(map[OperatorID]int, n),
		g1:             make([]bn254.G1Affine, n),
		g2:             make([]bn254.G2Affine, n),
		negG1:          make([]bn254.G1Affine, n),
		negG2:          make([]bn254.G2Affine, n),
		stake:          make([]big.Int, n),
	}
	var apk1 bn254.G1Jac
	var apk2 bn254.G2Jac
	for i, op := range sorted {
		if i > 0 && op.ID == sorted[i-1].ID {
			return nil, fmt.Errorf("new operator set: operator %s: duplicate ID: %w", op.ID, ErrInvalidOperator)
		}
		if err := checkOperator(op); err != nil {
			return nil, fmt.Errorf("new operator set: operator %s: %w: %w", op.ID, err, ErrInvalidOperator)
		}
		s.ids[i] = op.ID
		s.index[op.ID] = i
		s.g1[i] = *op.PubkeyG1.G1Affine
		s.g2[i] = *op.PubkeyG2.G2Affine
		s.negG1[i].Neg(&s.g1[i])
		s.negG2[i].Neg(&s.g2[i])
		s.stake[i].Set(op.Stake)
		s.total.Add(&s.total, op.Stake)
		apk1.AddMixed(&s.g1[i])
		apk2.AddMixed(&s.g2[i])
	}
	if s.total.Sign() == 0 {
		return nil, errors.New("new operator set: total stake is zero")
	}
	if err := s.checkKeyPairs(); err != nil {
		return nil, fmt.Errorf("new operator set: %w", err)
	}
	s.apkG1.FromJacobian(&apk1)
	s.apkG2.FromJacobian(&apk2)
	lines := bn254.PrecomputeLines(s.apkG2)
	s.apkLines = &lines
	return s, nil
}

func checkOperator(op Operator) error {
	switch {
	case op.Stake == nil:
		return errors.New("no stake")
	case op.Stake.Sign() < 0:
		return fmt.Errorf("negative stake %s", op.Stake)
	}
	return checkKeys(op)
}

// checkKeys checks what can be checked about one operator's keys without a pairing.
func checkKeys(op Operator) error {
	switch {
	case op.PubkeyG1 == nil || op.PubkeyG1.G1Affine == nil:
		return errors.New("no G1 public key")
	case op.PubkeyG2 == nil || op.PubkeyG2.G2Affine == nil:
		return errors.New("no G2 public key")
	case op.PubkeyG1.IsInfinity():
		return errors.New("G1 public key is the identity")
	case !op.PubkeyG1.IsOnCurve(): // G1 has cofactor 1: on the curve is in the subgroup
		return errors.New("G1 public key not on the curve")
	case op.PubkeyG2.IsInfinity():
		return errors.New("G2 public key is the identity")
	case !op.PubkeyG2.IsOnCurve():
		return errors.New("G2 public key not on the curve")
	case !op.PubkeyG2.IsInSubGroup():
		return errors.New("G2 public key not in the subgroup")
	case OperatorIDFromPubkey(op.PubkeyG1) != op.ID:
		return fmt.Errorf("ID is not the hash of the G1 public key (%s)", OperatorIDFromPubkey(op.PubkeyG1))
	}
	return nil
}

// checkKeyPairs checks that every operator's G1 and G2 keys have the same discrete log, all at
// once: with random 128-bit rᵢ, e(Σ rᵢ·g1ᵢ, G2)·e(−G1, Σ rᵢ·g2ᵢ) = 1 holds for all pairs
// with probability 1−2⁻¹²⁸ only if each pair matches (random weights stop mismatches from
// cancelling). Two multi-exponentiations and one pairing instead of n pairings. If it fails,
// the culprits are found one by one, which only a misconfigured key source causes.
func (s *OperatorSet) checkKeyPairs() error {
	n := len(s.ids)
	r := make([]fr.Element, n)
	var buf [16]byte
	for i := range r {
		if _, err := rand.Read(buf[:]); err != nil {
			return fmt.Errorf("check key pairs: %w", err)
		}
		r[i].SetBytes(buf[:])
	}
	var a bn254.G1Affine
	var b bn254.G2Affine
	if _, err := a.MultiExp(s.g1, r, ecc.MultiExpConfig{}); err != nil {
		return fmt.Errorf("check key pairs: %w", err)
	}
	if _, err := b.MultiExp(s.g2, r, ecc.MultiExpConfig{}); err != nil {
		return fmt.Errorf("check key pairs: %w", err)
	}
	if keysMatch(&a, &b) {
		return nil
	}
	var errs []error
	for i := range s.ids {
		if !keysMatch(&s.g1[i], &s.g2[i]) {
			errs = append(errs, fmt.Errorf("operator %s: G1 and G2 public keys do not match: %w", s.ids[i], ErrInvalidOperator))
		}
	}
	if len(errs) == 0 { // 2⁻¹²⁸, or a bug
		return errors.New("check key pairs: batch check failed but every pair matches")
	}
	return errors.Join(errs...)
}

// ReferenceBlock is the L1 block the operators and stakes were read at.
func (s *OperatorSet) ReferenceBlock() uint64 { return s.referenceBlock }

// Len is the number of operators.
func (s *OperatorSet) Len() int { return len(s.ids) }

// TotalStake is the sum of all operators' stakes (a copy).
func (s *OperatorSet) TotalStake() *big.Int { return new(big.Int).Set(&s.total) }

// ApkG1 is the sum of all operators' G1 keys (a copy), which is the quorum apk on L1.
func (s *OperatorSet) ApkG1() *bls.G1Point { return g1Point(&s.apkG1) }

// ApkG2 is the sum of all operators' G2 keys (a copy).
func (s *OperatorSet) ApkG2() *bls.G2Point { return g2Point(&s.apkG2) }

// IDs returns the operator IDs in ascending order (a copy).
func (s *OperatorSet) IDs() []OperatorID { return slices.Clone(s.ids) }

// Operator returns a copy of the operator with this ID.
func (s *OperatorSet) Operator(id OperatorID) (Operator, bool) {
	i, ok := s.index[id]
	if !ok {
		return Operator{}, false
	}
	return Operator{
		ID:       id,
		PubkeyG1: g1Point(&s.g1[i]),
		PubkeyG2: g2Point(&s.g2[i]),
		Stake:    new(big.Int).Set(&s.stake[i]),
	}, true
}

// sumG1 returns the sum of the G1 keys of the operators marked in `in` (k of them), by
// subtracting the others from the precomputed total when fewer are left out than taken in.
func (s *OperatorSet) sumG1(in []bool, k int) bn254.G1Affine {
	var acc bn254.G1Jac
	if k > len(in)-k {
		acc.FromAffine(&s.apkG1)
		for i, m := range in {
			if !m {
				acc.AddMixed(&s.negG1[i])
			}
		}
	} else {
		for i, m := range in {
			if m {
				acc.AddMixed(&s.g1[i])
			}
		}
	}
	var r bn254.G1Affine
	r.FromJacobian(&acc)
	return r
}

// sumG2 is sumG1 for the G2 keys. G2 additions cost about twice G1 ones, so the choice between
// subtracting non-signers and adding signers is worth more here.
func (s *OperatorSet) sumG2(in []bool, k int) bn254.G2Affine {
	var acc bn254.G2Jac
	if k > len(in)-k {
		acc.FromAffine(&s.apkG2)
		for i, m := range in {
			if !m {
				acc.AddMixed(&s.negG2[i])
			}
		}
	} else {
		for i, m := range in {
			if m {
				acc.AddMixed(&s.g2[i])
			}
		}
	}
	var r bn254.G2Affine
	r.FromJacobian(&acc)
	return r
}

func g1Point(p *bn254.G1Affine) *bls.G1Point {
	c := *p
	return &bls.G1Point{G1Affine: &c}
}

func g2Point(p *bn254.G2Affine) *bls.G2Point {
	c := *p
	return &bls.G2Point{G2Affine: &c}
}
