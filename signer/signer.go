package signer

import (
	"fmt"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
)

// Signer signs checkpoint digests with one operator's BLS key through a Guard.
type Signer struct {
	key      *bls.KeyPair
	guard    *Guard
	chainID  uint64
	registry common.Address
}

// New returns a signer for checkpoints of the CheckpointRegistry at registry on L1 chain chainID.
func New(key *bls.KeyPair, guard *Guard, chainID uint64, registry common.Address) *Signer {
	return &Signer{key: key, guard: guard, chainID: chainID, registry: registry}
}

// PublicKey is the signer's G1 public key.
func (s *Signer) PublicKey() *bls.G1Point { return s.key.GetPubKeyG1() }

// Digest is the digest of cp this signer signs: commitment.CheckpointDigest for its L1 chain and
// CheckpointRegistry.
func (s *Signer) Digest(cp commitment.Checkpoint) common.Hash {
	return commitment.CheckpointDigest(s.chainID, s.registry, cp)
}

// SignCheckpoint returns the signature over cp's digest (hashed to G1 the way the contracts do)
// and the digest. It signs at most one digest per checkpoint number, ever.
func (s *Signer) SignCheckpoint(cp commitment.Checkpoint) (*bls.Signature, common.Hash, error) {
	if err := cp.Validate(); err != nil {
		return nil, common.Hash{}, err
	}
	digest := s.Digest(cp)
	raw, err := s.guard.Sign(cp.Number, digest, func(d common.Hash) ([]byte, error) {
		sig := s.key.SignMessage(d)
		b := sig.G1Affine.Marshal()
		return b, nil
	})
	if err != nil {
		return nil, digest, err
	}
	sig, err := DecodeSignature(raw)
	if err != nil {
		return nil, digest, fmt.Errorf("stored signature for checkpoint %d: %w", cp.Number, err)
	}
	return sig, digest, nil
}

// DecodeSignature decodes a G1 signature in the 64-byte uncompressed encoding SignCheckpoint
// stores, checking it is on the curve and in the subgroup.
func DecodeSignature(b []byte) (*bls.Signature, error) {
	g := bls.NewZeroG1Point()
	if _, err := g.G1Affine.SetBytes(b); err != nil {
		return nil, fmt.Errorf("decode BLS signature: %w", err)
	}
	return &bls.Signature{G1Point: g}, nil
}
