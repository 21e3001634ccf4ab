package slash

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/aggregator/blsagg"
	"github.com/lockstep-xyz/lockstep/bindings/equivocationslasher"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/internal/fsutil"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

// Evidence is a proof of equivocation: two signatures by one registered operator over
// different checkpoints with the same number. It is what `lockstep slash --evidence` reads and
// what EquivocationSlasher.proveEquivocation takes.
type Evidence struct {
	// ChainID and Slasher say where the proof applies (the digest binds the chain ID and
	// CheckpointRegistry address, so a proof is useless elsewhere anyway).
	ChainID  uint64         `json:"chainId"`
	Registry common.Address `json:"checkpointRegistry"`
	Slasher  common.Address `json:"equivocationSlasher"`
	Operator common.Address `json:"operator"`
	// OperatorID is the operator's BLS key hash, for humans.
	OperatorID common.Hash           `json:"operatorId"`
	A          commitment.Checkpoint `json:"a"`
	DigestA    common.Hash           `json:"digestA"`
	SignatureA hexutil.Bytes         `json:"signatureA"`
	B          commitment.Checkpoint `json:"b"`
	DigestB    common.Hash           `json:"digestB"`
	SignatureB hexutil.Bytes         `json:"signatureB"`
}

// Check validates the evidence's shape and digests (not the signatures).
func (e *Evidence) Check() error {
	switch {
	case e.Operator == (common.Address{}):
		return errors.New("evidence: no operator")
	case e.A.Number != e.B.Number:
		return fmt.Errorf("evidence: checkpoint numbers %d and %d differ", e.A.Number, e.B.Number)
	case len(e.SignatureA) != 64 || len(e.SignatureB) != 64:
		return errors.New("evidence: signatures must be 64 bytes")
	case e.Slasher == (common.Address{}):
		return errors.New("evidence: no equivocationSlasher address")
	}
	da := commitment.CheckpointDigest(e.ChainID, e.Registry, e.A)
	db := commitment.CheckpointDigest(e.ChainID, e.Registry, e.B)
	if da != e.DigestA || db != e.DigestB {
		return errors.New("evidence: digests do not match the checkpoints")
	}
	if da == db {
		return errors.New("evidence: both signatures are over the same digest")
	}
	return nil
}

// Verify checks both signatures against op's registered keys.
func (e *Evidence) Verify(op blsagg.Operator) error {
	for _, s := range []struct {
		d   common.Hash
		sig []byte
	}{{e.DigestA, e.SignatureA}, {e.DigestB, e.SignatureB}} {
		sig, err := blsagg.DecodeSignature(s.sig)
		if err != nil {
			return err
		}
		if err := blsagg.VerifySingle(op, s.d, sig); err != nil {
			return err
		}
	}
	return nil
}

// FileName is the evidence's file name in an evidence folder.
func (e *Evidence) FileName() string {
	return fmt.Sprintf("equivocation-%d-%s.json", e.A.Number, e.Operator.Hex())
}

// WriteEvidence writes e durably to dir and returns the path.
func WriteEvidence(dir string, e *Evidence) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("write evidence: %w", err)
	}
	b, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return "", fmt.Errorf("write evidence: %w", err)
	}
	path := filepath.Join(dir, e.FileName())
	if err := fsutil.WriteFileSync(path, append(b, '\n'), 0o644); err != nil {
		return "", fmt.Errorf("write evidence: %w", err)
	}
	return path, nil
}

// LoadEvidence reads and checks an evidence file.
func LoadEvidence(path string) (*Evidence, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load evidence: %w", err)
	}
	var e Evidence
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, fmt.Errorf("load evidence %s: %w", path, err)
	}
	if err := e.Check(); err != nil {
		return nil, fmt.Errorf("load evidence %s: %w", path, err)
	}
	return &e, nil
}

// ErrAlreadySlashed: the operator was already slashed for this checkpoint number (the
// contract's AlreadySlashed); the evidence has been used.
var ErrAlreadySlashed = errors.New("already slashed")

// SubmitEvidence sends proveEquivocation for e through m. If the contract answers
// AlreadySlashed the error wraps ErrAlreadySlashed (and the *txmgr.RevertError).
func SubmitEvidence(ctx context.Context, m *txmgr.Manager, backend bind.ContractBackend, e *Evidence) (*types.Receipt, error) {
	if err := e.Check(); err != nil {
		return nil, err
	}
	slasher, err := equivocationslasher.NewEquivocationSlasherTransactor(e.Slasher, backend)
	if err != nil {
		return nil, fmt.Errorf("bind EquivocationSlasher: %w", err)
	}
	sa, err := blsagg.DecodeSignature(e.SignatureA)
	if err != nil {
		return nil, fmt.Errorf("evidence signature A: %w", err)
	}
	sb, err := blsagg.DecodeSignature(e.SignatureB)
	if err != nil {
		return nil, fmt.Errorf("evidence signature B: %w", err)
	}
	g1 := func(s *bls.Signature) equivocationslasher.BN254TypesG1Point {
		p := chainio.G1FromBLS(s.G1Point)
		return equivocationslasher.BN254TypesG1Point{X: p.X, Y: p.Y}
	}
	cp := func(c commitment.Checkpoint) equivocationslasher.ICheckpointRegistryTypesCheckpoint {
		return equivocationslasher.ICheckpointRegistryTypesCheckpoint{
			Number: c.Number, StartHeight: c.StartHeight, EndHeight: c.EndHeight, Root: c.Root,
			L1Origin: c.L1Origin, ForcedCount: c.ForcedCount, ForcedAcc: c.ForcedAcc,
		}
	}
	r, err := m.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return slasher.ProveEquivocation(o, e.Operator, cp(e.A), g1(sa), cp(e.B), g1(sb))
	})
	if re, ok := txmgr.AsRevert(err); ok && re.Name == "AlreadySlashed" {
		return nil, fmt.Errorf("prove equivocation of %s at checkpoint %d: %w (%w)", e.Operator, e.A.Number, ErrAlreadySlashed, err)
	}
	if err != nil {
		return nil, fmt.Errorf("prove equivocation of %s at checkpoint %d: %w", e.Operator, e.A.Number, err)
	}
	return r, nil
}
