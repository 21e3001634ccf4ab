// Package aggregatorapi is the aggregator's JSON-RPC API as its clients (operator nodes,
// operators' tools) see it: the messages an operator node sends an aggregator, the aggregator's
// status, the error codes, every method's name, and a typed Client over go-ethereum's
// rpc.Client. The aggregator and the operator both import it; neither imports the other.
//
// Every message is authenticated by what it carries: a checkpoint signature counts only once
// it verifies against the operator's BLS key registered on L1.
package aggregatorapi

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/lockstep-xyz/lockstep/commitment"
)

// Namespace is the JSON-RPC namespace of the aggregator's methods.
const Namespace = "aggregator"

// JSON-RPC methods an aggregator serves (go-ethereum rpc, namespace "aggregator").
const (
	// MethodSubmitSignature takes one CheckpointSignature and returns a SubmitResult.
	MethodSubmitSignature = "aggregator_submitSignature"
	// MethodStatus returns the aggregator's Status.
	MethodStatus = "aggregator_status"
)

// JSON-RPC error codes of MethodSubmitSignature. CodeUnavailable and CodeInternal are retryable
// (see Retryable); every other code is a final refusal of that signature.
const (
	// CodeMalformed: the message does not decode or fails Validate.
	CodeMalformed = -32602
	// CodeUnknownOperator: the operator ID is not registered in the quorum.
	CodeUnknownOperator = -32010
	// CodeInvalidSignature: the signature does not verify against the operator's key for the
	// checkpoint's digest, or conflicts with one already held for that digest.
	CodeInvalidSignature = -32011
	// CodeStale: the checkpoint number is settled on L1 with another digest.
	CodeStale = -32012
	// CodeUnavailable: the aggregator cannot judge the signature yet (no view of L1).
	CodeUnavailable = -32013
	// CodeInternal: the aggregator failed to persist the signature.
	CodeInternal = -32603
)

// Retryable reports whether a JSON-RPC error code from MethodSubmitSignature means "send the
// same signature again later" rather than a final refusal.
func Retryable(code int) bool { return code == CodeUnavailable || code == CodeInternal }

// SignatureLen is the length of an encoded signature: an uncompressed BN254 G1 point (X || Y,
// big-endian), as signer.Signer produces.
const SignatureLen = 64

// CheckpointSignature is one operator's BLS signature over a checkpoint's digest. The digest is
// not sent: the receiver recomputes it from the header, its L1 chain ID and registry address.
type CheckpointSignature struct {
	Checkpoint commitment.Checkpoint `json:"checkpoint"`
	OperatorID common.Hash           `json:"operatorId"`
	Signature  hexutil.Bytes         `json:"signature"`
}

// ErrMalformed is wrapped by Validate's errors.
var ErrMalformed = errors.New("malformed checkpoint signature")

// Validate checks the message's shape (not the signature itself).
func (s *CheckpointSignature) Validate() error {
	if err := s.Checkpoint.Validate(); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if s.OperatorID == (common.Hash{}) {
		return fmt.Errorf("%w: missing operatorId", ErrMalformed)
	}
	if len(s.Signature) != SignatureLen {
		return fmt.Errorf("%w: signature is %d bytes, want %d", ErrMalformed, len(s.Signature), SignatureLen)
	}
	return nil
}

// SubmitStatus says what the aggregator did with a signature.
type SubmitStatus string

const (
	// StatusCollected: counted toward the checkpoint's threshold (verification may be deferred
	// to the aggregate check).
	StatusCollected SubmitStatus = "collected"
	// StatusDuplicate: the same signature was already received.
	StatusDuplicate SubmitStatus = "duplicate"
	// StatusSettled: the checkpoint is already stored on L1; nothing more is needed.
	StatusSettled SubmitStatus = "settled"
)

// SubmitResult answers MethodSubmitSignature.
type SubmitResult struct {
	Status SubmitStatus `json:"status"`
	// Digest is the digest the aggregator computed, so the operator can check they agree.
	Digest common.Hash `json:"digest"`
}

// Status answers MethodStatus.
type Status struct {
	Submitter       common.Address  `json:"submitter"`
	LatestSettled   uint64          `json:"latestSettled"`
	ReferenceBlock  uint64          `json:"referenceBlock"`
	Operators       int             `json:"operators"`
	ThresholdBips   uint16          `json:"thresholdBips"`
	Pending         []PendingStatus `json:"pending"`
	PendingEvidence []string        `json:"pendingEvidence"`
	L1Error         string          `json:"l1Error,omitempty"`
}

// PendingStatus is one checkpoint digest not yet settled.
type PendingStatus struct {
	Number         uint64      `json:"number"`
	Digest         common.Hash `json:"digest"`
	Signatures     int         `json:"signatures"`
	Ready          bool        `json:"ready"`
	Submitting     bool        `json:"submitting,omitempty"` // the aggregator's L1 transaction is in flight
	ReferenceBlock uint64      `json:"referenceBlock,omitempty"`
	SignedStake    *big.Int    `json:"signedStake,omitempty"`
	Failed         string      `json:"failed,omitempty"`
}
