package chainio

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/Layr-Labs/eigensdk-go/chainio/utils"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"

	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
)

// NonSignerStakesAndSignature is the middleware's aggregate-signature argument
// (IBLSSignatureCheckerTypes.NonSignerStakesAndSignature) as CheckpointRegistry.submitCheckpoint
// takes it.
type NonSignerStakesAndSignature = checkpointregistry.IBLSSignatureCheckerNonSignerStakesAndSignature

// G1Point and G2Point are BN254 points as the contracts take them (G2 coordinates as [c1, c0]).
type (
	G1Point = checkpointregistry.BN254TypesG1Point
	G2Point = checkpointregistry.BN254TypesG2Point
)

// OperatorID is an operator's ID in the middleware: the keccak256 hash of its G1 public key.
type OperatorID = [32]byte

// Errors of BuildCheckSignaturesInput that callers may branch on.
var (
	// ErrNoQuorums: QuorumNumbers is empty, unsorted or has duplicates.
	ErrNoQuorums = errors.New("quorum numbers must be non-empty and strictly ascending")
	// ErrUnknownSigner: a signer is not registered in any of the quorums at the reference block.
	ErrUnknownSigner = errors.New("signer not registered in the quorums at the reference block")
	// ErrDuplicateSigner: the same operator signed twice in one request.
	ErrDuplicateSigner = errors.New("duplicate signer")
	// ErrKeyMismatch: an operator's ID is not the hash of the G1 key given for it.
	ErrKeyMismatch = errors.New("operator ID does not match its G1 public key")
	// ErrMissingPubkey: an operator registered at the reference block has no key in Operators.
	ErrMissingPubkey = errors.New("no public key for a registered operator")
	// ErrApkMismatch: the keys given do not add up to the quorum's aggregate key on chain.
	ErrApkMismatch = errors.New("operator keys do not add up to the quorum aggregate public key")
)

// OperatorKey is an operator's registered G1 public key, keyed by its operator ID.
type OperatorKey struct {
	ID OperatorID
	G1 *bls.G1Point
}

// OperatorSignature is one operator's BLS signature over the message, with its keys.
type OperatorSignature struct {
	ID        OperatorID
	G1        *bls.G1Point
	G2        *bls.G2Point
	Signature *bls.Signature
}

// CheckSignaturesRequest is everything needed to assemble a checkSignatures argument.
type CheckSignaturesRequest struct {
	// QuorumNumbers are the quorums that must sign, strictly ascending (the registry's).
	QuorumNumbers []byte
	// ReferenceBlock is the L1 block whose operator set and stakes the signature is checked
	// against; it must be mined (the contracts need it < block.number at submission).
	ReferenceBlock uint32
	// Operators is a key directory that must include every operator registered in the quorums
	// at ReferenceBlock; extra operators (joined later, deregistered earlier) are ignored.
	Operators []OperatorKey
	// Signers are the operators whose signatures are aggregated. The caller is responsible for
	// having verified them: one bad signature makes the aggregate fail on chain.
	Signers []OperatorSignature
}

// QuorumOperator is one operator of a quorum at a block, as OperatorStateRetriever reports it.
type QuorumOperator struct {
	ID    OperatorID
	Stake *big.Int
}

// CheckSignaturesIndices are the history indices the checker needs (OperatorStateRetriever's
// getCheckSignaturesIndices).
type CheckSignaturesIndices struct {
	NonSignerQuorumBitmapIndices []uint32
	QuorumApkIndices             []uint32
	TotalStakeIndices            []uint32
	NonSignerStakeIndices        [][]uint32
}

// SignatureCheckReader reads the middleware state the aggregate needs, as of a reference block.
// EthSignatureCheckReader implements it over JSON-RPC; tests can fake it.
type SignatureCheckReader interface {
	// QuorumOperators lists, for each quorum in quorumNumbers, its operators and their stakes.
	QuorumOperators(ctx context.Context, referenceBlock uint32, quorumNumbers []byte) ([][]QuorumOperator, error)
	// QuorumApk is the quorum's aggregate G1 public key at referenceBlock.
	QuorumApk(ctx context.Context, referenceBlock uint32, quorum uint8) (*bls.G1Point, error)
	// CheckSignaturesIndices returns the indices for nonSigners (sorted by ID).
	CheckSignaturesIndices(ctx context.Context, referenceBlock uint32, quorumNumbers []byte, nonSigners []OperatorID) (CheckSignaturesIndices, error)
}

// CheckSignaturesInput is an assembled aggregate signature with what the caller may want to log
// or check before spending gas.
type CheckSignaturesInput struct {
	Params NonSignerStakesAndSignature
	// NonSigners are the operators registered in the quorums at the reference block that did
	// not sign, ascending by ID (the order the checker requires).
	NonSigners []OperatorID
	// SignedStake and TotalStake are per quorum, in QuorumNumbers order, at the reference block.
	SignedStake []*big.Int
	TotalStake  []*big.Int
}

// MeetsThreshold reports whether every quorum's signed stake is at least bips/10000 of its
// total, the rule CheckpointRegistry applies.
func (in *CheckSignaturesInput) MeetsThreshold(bips uint16) bool {
	for i := range in.TotalStake {
		total, signed := in.TotalStake[i], in.SignedStake[i]
		if total.Sign() == 0 {
			return false
		}
		lhs := new(big.Int).Mul(signed, big.NewInt(10_000))
		rhs := new(big.Int).Mul(total, big.NewInt(int64(bips)))
		if lhs.Cmp(rhs) < 0 {
			return false
		}
	}
	return true
}

// BuildCheckSignaturesInput assembles the NonSignerStakesAndSignature for req: quorum aggregate
// keys at the reference block (checked against the keys given), non-signer keys sorted by
// pubkey hash, history indices from the chain, and the aggregate signature and G2 key of the
// signers. A signer registered in k of the quorums is counted k times, as the checker does.
func BuildCheckSignaturesInput(ctx context.Context, r SignatureCheckReader, req CheckSignaturesRequest) (*CheckSignaturesInput, error) {
	if len(req.QuorumNumbers) == 0 {
		return nil, ErrNoQuorums
	}
	for i := 1; i < len(req.QuorumNumbers); i++ {
		if req.QuorumNumbers[i] <= req.QuorumNumbers[i-1] {
			return nil, ErrNoQuorums
		}
	}
	keys := make(map[OperatorID]*bls.G1Point, len(req.Operators))
	for _, k := range req.Operators {
		if k.G1 == nil || sdktypes.OperatorIdFromG1Pubkey(k.G1) != k.ID {
			return nil, fmt.Errorf("operator %x: %w", k.ID, ErrKeyMismatch)
		}
		keys[k.ID] = k.G1
	}
	signers := make(map[OperatorID]OperatorSignature, len(req.Signers))
	for _, s := range req.Signers {
		if _, dup := signers[s.ID]; dup {
			return nil, fmt.Errorf("signer %x: %w", s.ID, ErrDuplicateSigner)
		}
		if s.G1 == nil || s.G2 == nil || s.Signature == nil {
			return nil, fmt.Errorf("signer %x: missing key or signature", s.ID)
		}
		if sdktypes.OperatorIdFromG1Pubkey(s.G1) != s.ID {
			return nil, fmt.Errorf("signer %x: %w", s.ID, ErrKeyMismatch)
		}
		signers[s.ID] = s
	}

	perQuorum, err := r.QuorumOperators(ctx, req.ReferenceBlock, req.QuorumNumbers)
	if err != nil {
		return nil, fmt.Errorf("read operators at block %d: %w", req.ReferenceBlock, err)
	}
	if len(perQuorum) != len(req.QuorumNumbers) {
		return nil, fmt.Errorf("read operators at block %d: got %d quorums, want %d", req.ReferenceBlock, len(perQuorum), len(req.QuorumNumbers))
	}

	out := &CheckSignaturesInput{
		SignedStake: make([]*big.Int, len(req.QuorumNumbers)),
		TotalStake:  make([]*big.Int, len(req.QuorumNumbers)),
	}
	quorumCount := make(map[OperatorID]int) // how many of the quorums each operator is in
	nonSigners := make(map[OperatorID]bool)
	apks := make([]G1Point, len(req.QuorumNumbers))
	for qi, ops := range perQuorum {
		quorum := req.QuorumNumbers[qi]
		signed, total := new(big.Int), new(big.Int)
		sum := bls.NewZeroG1Point()
		for _, op := range ops {
			g1, ok := keys[op.ID]
			if !ok {
				return nil, fmt.Errorf("operator %x in quorum %d at block %d: %w", op.ID, quorum, req.ReferenceBlock, ErrMissingPubkey)
			}
			sum = sum.Add(g1)
			quorumCount[op.ID]++
			total.Add(total, op.Stake)
			if _, ok := signers[op.ID]; ok {
				signed.Add(signed, op.Stake)
			} else {
				nonSigners[op.ID] = true
			}
		}
		out.SignedStake[qi], out.TotalStake[qi] = signed, total

		apk, err := r.QuorumApk(ctx, req.ReferenceBlock, quorum)
		if err != nil {
			return nil, fmt.Errorf("read aggregate key of quorum %d at block %d: %w", quorum, req.ReferenceBlock, err)
		}
		if !apk.Equal(sum.G1Affine) {
			return nil, fmt.Errorf("quorum %d at block %d: %w", quorum, req.ReferenceBlock, ErrApkMismatch)
		}
		apks[qi] = G1FromBLS(apk)
	}

	sigma, apkG2 := bls.NewZeroSignature(), bls.NewZeroG2Point()
	for _, s := range req.Signers {
		n := quorumCount[s.ID]
		if n == 0 {
			return nil, fmt.Errorf("signer %x at block %d: %w", s.ID, req.ReferenceBlock, ErrUnknownSigner)
		}
		for range n {
			sigma = sigma.Add(s.Signature)
			apkG2 = apkG2.Add(s.G2)
		}
	}

	out.NonSigners = make([]OperatorID, 0, len(nonSigners))
	for id := range nonSigners {
		out.NonSigners = append(out.NonSigners, id)
	}
	// The checker requires non-signer pubkey hashes strictly ascending as uint256 (big-endian).
	slices.SortFunc(out.NonSigners, func(a, b OperatorID) int { return bytes.Compare(a[:], b[:]) })

	idx, err := r.CheckSignaturesIndices(ctx, req.ReferenceBlock, req.QuorumNumbers, out.NonSigners)
	if err != nil {
		return nil, fmt.Errorf("read check-signatures indices at block %d: %w", req.ReferenceBlock, err)
	}
	nsKeys := make([]G1Point, len(out.NonSigners))
	for i, id := range out.NonSigners {
		nsKeys[i] = G1FromBLS(keys[id])
	}
	out.Params = NonSignerStakesAndSignature{
		NonSignerQuorumBitmapIndices: idx.NonSignerQuorumBitmapIndices,
		NonSignerPubkeys:             nsKeys,
		QuorumApks:                   apks,
		ApkG2:                        G2FromBLS(apkG2),
		Sigma:                        G1FromBLS(sigma.G1Point),
		QuorumApkIndices:             idx.QuorumApkIndices,
		TotalStakeIndices:            idx.TotalStakeIndices,
		NonSignerStakeIndices:        idx.NonSignerStakeIndices,
	}
	return out, nil
}

// G1FromBLS converts an eigensdk G1 point to the contracts' layout.
func G1FromBLS(p *bls.G1Point) G1Point {
	c := utils.ConvertToBN254G1Point(p)
	return G1Point{X: c.X, Y: c.Y}
}

// G2FromBLS converts an eigensdk G2 point to the contracts' layout ([c1, c0] coordinates).
func G2FromBLS(p *bls.G2Point) G2Point {
	c := utils.ConvertToBN254G2Point(p)
	return G2Point{X: c.X, Y: c.Y}
}

// G1ToBLS converts a contract G1 point to eigensdk's type.
func G1ToBLS(p G1Point) *bls.G1Point { return bls.NewG1Point(p.X, p.Y) }

// G2ToBLS converts a contract G2 point ([c1, c0] coordinates) to eigensdk's type.
func G2ToBLS(p G2Point) *bls.G2Point {
	return bls.NewG2Point([2]*big.Int{p.X[0], p.X[1]}, [2]*big.Int{p.Y[0], p.Y[1]})
}
