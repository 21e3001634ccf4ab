package signing

// TEST ONLY. This file is the equivocation fault of `lockstep operator run --fault equivocate`
// (Config.Equivocate, which needs LOCKSTEP_ENABLE_FAULTS=1): it makes the node behave like a
// byzantine operator so the end-to-end tests can watch the aggregator prove it on L1 and the
// network drop it. Nothing here runs unless that fault is on.

import (
	"context"
	"log/slog"

	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
)

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
	sig, digest, err := s.signer.SignCheckpointUnguarded(cp)
	if err != nil {
		log.Error("TEST-ONLY fault: sign conflicting checkpoint", "checkpoint", cp.Number, "err", err)
		return
	}
	msg := &aggregatorapi.CheckpointSignature{Checkpoint: cp, OperatorID: s.cfg.OperatorID, Signature: sig.G1Affine.Marshal()}
	if err := s.send(ctx, client, msg, digest); err != nil {
		log.Warn("TEST-ONLY fault: conflicting signature not delivered", "checkpoint", cp.Number, "err", err)
		return
	}
	log.Warn("TEST-ONLY fault: sent a conflicting checkpoint signature", "checkpoint", cp.Number, "digest", digest)
}
