//go:build lockstep_faults

package signing

// TEST ONLY. This file is compiled only with the lockstep_faults build tag (the faults build of
// lockstep, `lockstep operator run --fault equivocate`); the operator's binary has none of it.
// It makes the node behave like a byzantine operator so the end-to-end tests can watch the
// aggregator prove it on L1 and the network drop it.

import (
	"context"
	"log/slog"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"

	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"

	"github.com/lockstep-xyz/lockstep/commitment"
)

// Faults are test-only misbehaviours of the signing service.
type Faults struct {
	// Equivocate, when set, is the operator's BLS key pair: besides each checkpoint's honest
	// signature, the service signs a conflicting checkpoint with it directly (the guard never
	// sees it) and sends that too, so the end-to-end tests can watch the aggregator get this
	// operator slashed.
	Equivocate *bls.KeyPair
}

// afterDelivery runs the faults that are on once the honest signature was delivered.
func (s *Service) afterDelivery(ctx context.Context, client *aggregatorapi.Client, honest *aggregatorapi.CheckpointSignature, log *slog.Logger) {
	if s.cfg.Faults.Equivocate != nil {
		s.equivocate(ctx, client, honest, log)
	}
}

// conflicting is a checkpoint that conflicts with cp: the same number and heights, the root
// with its lowest bit flipped.
func conflicting(cp commitment.Checkpoint) commitment.Checkpoint {
	cp.Root[len(cp.Root)-1] ^= 1
	return cp
}

// equivocate signs a checkpoint conflicting with honest, bypassing the guard, and sends it
// once to the aggregator behind client (best effort: the fault needs only one to land).
func (s *Service) equivocate(ctx context.Context, client *aggregatorapi.Client, honest *aggregatorapi.CheckpointSignature, log *slog.Logger) {
	cp := conflicting(honest.Checkpoint)
	if err := cp.Validate(); err != nil {
		log.Error("TEST-ONLY fault: conflicting checkpoint", "checkpoint", cp.Number, "err", err)
		return
	}
	digest := s.signer.Digest(cp)
	sig := s.cfg.Faults.Equivocate.SignMessage(digest)
	msg := &aggregatorapi.CheckpointSignature{Checkpoint: cp, OperatorID: s.cfg.OperatorID, Signature: sig.G1Affine.Marshal()}
	if _, err := s.send(ctx, client, msg, digest); err != nil {
		log.Warn("TEST-ONLY fault: conflicting signature not delivered", "checkpoint", cp.Number, "err", err)
		return
	}
	log.Warn("TEST-ONLY fault: sent a conflicting checkpoint signature", "checkpoint", cp.Number, "digest", digest)
}
