package blsagg

import (
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254"
)

// Errors Task callers branch on.
var (
	// ErrUnknownOperator: the ID is not in the task's operator set.
	ErrUnknownOperator = errors.New("operator not in the operator set")
	// ErrDuplicateSignature: the operator already gave a different signature over this digest.
	// The first one is kept. BLS signing is deterministic, so at most one of the two is valid;
	// if the kept one turns out invalid, Aggregate refuses it and the operator's slot is free
	// for the other to be added again. (Two signatures over different digests for the same
	// checkpoint, equivocation, are a matter for the caller, which sees one Task per digest.)
	ErrDuplicateSignature = errors.New("operator already signed this digest with a different signature")
	// ErrBelowThreshold: the signatures collected (and not refused) carry too little stake.
	ErrBelowThreshold = errors.New("signed stake below threshold")
)

// MaxBips is the basis points of the whole stake.
const MaxBips = 10_000

// Refusal is a signature Aggregate removed from a task, with the reason, so that the caller
// can meter it per operator.
type Refusal struct {
	Operator  OperatorID
	Signature *bls.Signature
	Err       error // ErrInvalidSignature
}

// Aggregate is what L1 needs to accept a checkpoint: Sigma verifies against ApkG2 for Digest,
// ApkG1 = set ApkG1 − Σ non-signers' G1 keys is what BLSSignatureChecker derives on chain.
type Aggregate struct {
	ReferenceBlock uint64
	Digest         [32]byte
	Signers        []OperatorID // ascending
	NonSigners     []OperatorID // ascending, as BLSSignatureChecker requires
	Sigma          *bls.Signature
	ApkG1          *bls.G1Point // signers' G1 keys summed
	ApkG2          *bls.G2Point // signers' G2 keys summed
	SignedStake    *big.Int
	TotalStake     *big.Int
}

// Per-operator slot state in a Task.
const (
	slotEmpty    uint8 = iota
	slotPending        // added, not yet covered by a successful pairing check
	slotVerified       // part of a group whose sum passed a pairing check
)

// Task collects signatures over one digest from one OperatorSet until the signers' stake
// reaches the threshold, and aggregates them.
//
// Task is safe for concurrent use: signatures typically arrive on many RPC goroutines, so a
// mutex guards it. Aggregate holds the mutex while it checks (one pairing, ~0.4 ms, in the
// normal case), so Adds wait at most that long; the cost of the mutex on Add is negligible
// next to network handling.
//
// "Verified" means the signature belongs to a group whose aggregate passed a pairing check.
// That is exactly what L1 checks (the aggregate, not each signature), and sums of valid groups
// are valid, so verified signatures are never checked again. It does not mean each signature
// is valid on its own: two colluding operators can submit signatures whose errors cancel. Use
// VerifySingle where one signature must stand alone (equivocation evidence).
type Task struct {
	set    *OperatorSet
	digest [32]byte
	hm     bn254.G1Affine // digest hashed to G1, once per task
	bips   uint32
	need   big.Int // total stake · bips

	mu       sync.Mutex
	sigs     []bn254.G1Affine // by operator slot
	state    []uint8
	nSigned  int // pending + verified
	nPending int
	signed   big.Int
	tmp      big.Int
	in       []bool                  // scratch membership mask for key sums
	refused  map[refusedSig]struct{} // refused signatures, so a replay fails at once
	checks   int                     // pairing checks done, for metrics and tests
}

type refusedSig struct {
	slot int
	sig  bn254.G1Affine
}

// NewTask starts collecting signatures over digest from set's operators; Aggregate succeeds
// once signed stake · 10000 ≥ total stake · thresholdBips (1 ≤ thresholdBips ≤ 10000).
func NewTask(set *OperatorSet, digest [32]byte, thresholdBips uint32) (*Task, error) {
	if set == nil {
		return nil, errors.New("new aggregation task: nil operator set")
	}
	if thresholdBips == 0 || thresholdBips > MaxBips {
		return nil, fmt.Errorf("new aggregation task: threshold %d bips not in [1, %d]", thresholdBips, MaxBips)
	}
	n := set.Len()
	t := &Task{
		set:    set,
		digest: digest,
		hm:     hashToG1(digest),
		bips:   thresholdBips,
		sigs:   make([]bn254.G1Affine, n),
		state:  make([]uint8, n),
		in:     make([]bool, n),
	}
	t.need.Mul(&set.total, big.NewInt(int64(thresholdBips)))
	return t, nil
}

// Digest is the digest the task collects signatures over.
func (t *Task) Digest() [32]byte { return t.digest }

// Set is the task's operator set.
func (t *Task) Set() *OperatorSet { return t.set }

// Add records operatorID's signature without verifying it (Aggregate does, in bulk).
// It returns an error wrapping ErrUnknownOperator, ErrMalformedSignature (sig is not a G1
// point other than the identity), ErrDuplicateSignature (a different signature is already
// held; it stays), or ErrInvalidSignature (this exact signature was already refused).
// Adding the same signature again is a no-op. The signature is copied.
func (t *Task) Add(operatorID OperatorID, sig *bls.Signature) error {
	p, err := checkSignature(sig)
	if err != nil {
		return fmt.Errorf("add signature of operator %s: %w", operatorID, err)
	}
	return t.add(operatorID, p)
}

// AddBytes decodes a signature in the 64-byte uncompressed encoding (see DecodeSignature) and
// adds it. Malformed bytes give an error wrapping ErrMalformedSignature.
func (t *Task) AddBytes(operatorID OperatorID, b []byte) error {
	p, err := decodePoint(b)
	if err != nil {
		return fmt.Errorf("add signature of operator %s: %w", operatorID, err)
	}
	return t.add(operatorID, &p)
}

// add stores a copy of the checked point p; no allocation unless it fails.
func (t *Task) add(operatorID OperatorID, p *bn254.G1Affine) error {
	i, ok := t.set.index[operatorID]
	if !ok {
		return fmt.Errorf("add signature of operator %s: %w", operatorID, ErrUnknownOperator)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.state[i] != slotEmpty {
		if t.sigs[i].Equal(p) {
			return nil
		}
		return fmt.Errorf("add signature of operator %s: %w", operatorID, ErrDuplicateSignature)
	}
	if _, bad := t.refused[refusedSig{i, *p}]; bad {
		return fmt.Errorf("add signature of operator %s: already refused: %w", operatorID, ErrInvalidSignature)
	}
	t.sigs[i] = *p
	t.state[i] = slotPending
	t.nSigned++
	t.nPending++
	t.signed.Add(&t.signed, &t.set.stake[i])
	return nil
}

// SignedStake is the stake of the operators whose signatures are held (a copy).
func (t *Task) SignedStake() *big.Int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return new(big.Int).Set(&t.signed)
}

// ThresholdReached reports whether the held signatures carry enough stake for Aggregate to be
// worth calling. It is optimistic: Aggregate may still refuse some and fall below.
func (t *Task) ThresholdReached() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.reached()
}

// PairingChecks is how many pairing checks the task has done so far (for metrics).
func (t *Task) PairingChecks() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.checks
}

func (t *Task) reached() bool {
	t.tmp.Mul(&t.signed, big.NewInt(MaxBips))
	return t.tmp.Cmp(&t.need) >= 0
}

// Aggregate checks the held signatures and, if the valid ones carry enough stake, returns
// their aggregate. New signatures are checked with one pairing over their sum together with
// the already verified ones; only if that fails are they bisected to find the invalid ones,
// which are removed and returned as refusals (also when the error is ErrBelowThreshold, so
// they can be metered either way). Refused operators may sign again: Add and Aggregate can be
// called any number of times, and later calls only check what was added since.
func (t *Task) Aggregate() (*Aggregate, []Refusal, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.reached() {
		return nil, nil, t.belowThreshold()
	}
	var refusals []Refusal
	sigma, apk := t.sumAll()
	if t.nPending > 0 {
		var ok bool
		if t.nSigned == len(t.state) {
			ok = t.checkFixed(&sigma) // everyone signed: apk is the set's, whose lines are known
		} else {
			ok = t.check(&sigma, &apk)
		}
		if ok {
			t.markAll()
		} else {
			refusals = t.findInvalid()
			if !t.reached() {
				return nil, refusals, t.belowThreshold()
			}
			// Every remaining signer is now in a group that passed, so the sum is valid;
			// check anyway, once, on this already slow path, rather than trust the bookkeeping.
			sigma, apk = t.sumAll()
			if !t.check(&sigma, &apk) {
				return nil, refusals, errors.New("aggregate: verified signatures do not verify together (bug)")
			}
		}
	}
	return t.result(&sigma, &apk), refusals, nil
}

func (t *Task) belowThreshold() error {
	return fmt.Errorf("aggregate: %w: %s of %s stake signed, need %d bips", ErrBelowThreshold, &t.signed, &t.set.total, t.bips)
}

// sumAll returns the sum of all held signatures and the sum of their signers' G2 keys, and
// leaves t.in marking the signers.
func (t *Task) sumAll() (bn254.G1Affine, bn254.G2Affine) {
	var acc bn254.G1Jac
	for i, st := range t.state {
		t.in[i] = st != slotEmpty
		if t.in[i] {
			acc.AddMixed(&t.sigs[i])
		}
	}
	var sigma bn254.G1Affine
	sigma.FromJacobian(&acc)
	return sigma, t.set.sumG2(t.in, t.nSigned)
}

func (t *Task) check(sigma *bn254.G1Affine, apk *bn254.G2Affine) bool {
	t.checks++
	return pairingCheck(&t.hm, sigma, apk)
}

func (t *Task) checkFixed(sigma *bn254.G1Affine) bool {
	t.checks++
	return pairingCheckFixed(&t.hm, sigma, t.set.apkLines)
}

// checkGroup checks the sum of the signatures in slots against the sum of their keys.
func (t *Task) checkGroup(slots []int) bool {
	var acc bn254.G1Jac
	clear(t.in)
	for _, i := range slots {
		acc.AddMixed(&t.sigs[i])
		t.in[i] = true
	}
	var sigma bn254.G1Affine
	sigma.FromJacobian(&acc)
	apk := t.set.sumG2(t.in, len(slots))
	return t.check(&sigma, &apk)
}

func (t *Task) markAll() {
	for i, st := range t.state {
		if st == slotPending {
			t.state[i] = slotVerified
		}
	}
	t.nPending = 0
}

// findInvalid is called when the sum of all held signatures failed. Verified signatures sum
// to a valid signature, so the error is in the pending ones: it bisects over them and
// removes the invalid ones.
func (t *Task) findInvalid() []Refusal {
	pending := make([]int, 0, t.nPending)
	for i, st := range t.state {
		if st == slotPending {
			pending = append(pending, i)
		}
	}
	var refusals []Refusal
	t.bisect(pending, true, &refusals)
	return refusals
}

// bisect finds the invalid signatures among slots and reports whether there were none.
// knownBad says the group's sum is already known to fail, which saves its check.
//
// Write err(X) = σ_X − sk_X·H(m), which is additive over disjoint groups and zero exactly when
// X's sum verifies. If err(X) ≠ 0 and the left half passes, err(right) = err(X) ≠ 0 without a
// check. With b invalid among n this costs about 2·b·log2(n/b) pairings, and it ends in
// individual checks: a group of two that failed costs one check (the other is inferred) or
// two. It never refuses a valid signature: a single signature is refused only when its own
// err is known non-zero. Colluding signatures whose errors cancel inside one group pass
// together; that is harmless, since L1 only checks the sum (see Task).
func (t *Task) bisect(slots []int, knownBad bool, refusals *[]Refusal) bool {
	if !knownBad && t.checkGroup(slots) {
		for _, i := range slots {
			t.state[i] = slotVerified
		}
		t.nPending -= len(slots)
		return true
	}
	if len(slots) == 1 {
		*refusals = append(*refusals, t.refuse(slots[0]))
		return false
	}
	mid := len(slots) / 2
	leftOK := t.bisect(slots[:mid], false, refusals)
	t.bisect(slots[mid:], leftOK, refusals)
	return false
}

func (t *Task) refuse(i int) Refusal {
	if t.refused == nil {
		t.refused = make(map[refusedSig]struct{})
	}
	t.refused[refusedSig{i, t.sigs[i]}] = struct{}{}
	r := Refusal{
		Operator:  t.set.ids[i],
		Signature: &bls.Signature{G1Point: g1Point(&t.sigs[i])},
		Err:       ErrInvalidSignature,
	}
	t.state[i] = slotEmpty
	t.sigs[i] = bn254.G1Affine{}
	t.nSigned--
	t.nPending--
	t.signed.Sub(&t.signed, &t.set.stake[i])
	return r
}

// result builds the Aggregate of the held signatures, all verified, given their sums as
// sumAll returned them (t.in still marking the signers).
func (t *Task) result(sigma *bn254.G1Affine, apk2 *bn254.G2Affine) *Aggregate {
	a := &Aggregate{
		ReferenceBlock: t.set.referenceBlock,
		Digest:         t.digest,
		Signers:        make([]OperatorID, 0, t.nSigned),
		NonSigners:     make([]OperatorID, 0, len(t.state)-t.nSigned),
		Sigma:          &bls.Signature{G1Point: g1Point(sigma)},
		ApkG2:          g2Point(apk2),
		SignedStake:    new(big.Int).Set(&t.signed),
		TotalStake:     new(big.Int).Set(&t.set.total),
	}
	// Slots are in ascending ID order, so both lists come out sorted.
	for i, signed := range t.in {
		if signed {
			a.Signers = append(a.Signers, t.set.ids[i])
		} else {
			a.NonSigners = append(a.NonSigners, t.set.ids[i])
		}
	}
	apk1 := t.set.sumG1(t.in, t.nSigned)
	a.ApkG1 = g1Point(&apk1)
	return a
}
