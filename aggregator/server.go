package aggregator

import (
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/lockstep-xyz/lockstep/aggregator/blsagg"
	"github.com/lockstep-xyz/lockstep/aggregator/collect"
	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/rpcserver"
)

// API is the JSON-RPC API, registered under aggregatorapi.Namespace.
type API struct{ s *Service }

// SubmitSignature is aggregatorapi.MethodSubmitSignature.
func (a *API) SubmitSignature(msg aggregatorapi.CheckpointSignature) (*aggregatorapi.SubmitResult, error) {
	return a.s.submit(msg)
}

// Status is aggregatorapi.MethodStatus.
func (a *API) Status() *aggregatorapi.Status { return a.s.status() }

// submit handles one aggregatorapi.MethodSubmitSignature call: the signature is decoded once
// here, at the door, and acknowledged only once durable; the fsync happens outside the
// collector's lock, shared with concurrent calls.
func (c *core) submit(msg aggregatorapi.CheckpointSignature) (*aggregatorapi.SubmitResult, error) {
	c.metrics.Received.Inc()
	refuse := func(reason string, err *RPCError) (*aggregatorapi.SubmitResult, error) {
		c.metrics.Refused.WithLabelValues(reason).Inc()
		c.log.Debug("signature refused", "checkpoint", msg.Checkpoint.Number, "operatorID", msg.OperatorID, "reason", reason, "err", err.Message)
		return nil, err
	}
	if err := msg.Validate(); err != nil {
		return refuse(reasonMalformed, rpcErr(aggregatorapi.CodeMalformed, "%v", err))
	}
	sig, err := collect.DecodeSignature(msg.Signature)
	if err != nil {
		return refuse(reasonMalformed, rpcErr(aggregatorapi.CodeMalformed, "malformed checkpoint signature: %v", err))
	}
	rec, err := c.col.Receive(msg.Checkpoint, blsagg.OperatorID(msg.OperatorID), sig)
	if err != nil {
		var r *collect.Refusal
		if !errors.As(err, &r) {
			return refuse(reasonUnavailable, rpcErr(aggregatorapi.CodeInternal, "%v", err))
		}
		reason, code := refusalCode(r.Reason)
		return refuse(reason, rpcErr(code, "%s", r.Message))
	}
	res := &aggregatorapi.SubmitResult{Digest: rec.Digest, Status: wireStatus[rec.Status]}
	if rec.Seq == 0 {
		return res, nil
	}
	if err := c.j.sync(rec.Seq); err != nil {
		c.log.Error("persist signature", "checkpoint", msg.Checkpoint.Number, "operatorID", msg.OperatorID, "err", err)
		c.metrics.Refused.WithLabelValues(reasonUnavailable).Inc()
		return nil, rpcErr(aggregatorapi.CodeInternal, "persist signature: %v", err)
	}
	return res, nil
}

var wireStatus = map[collect.Status]aggregatorapi.SubmitStatus{
	collect.Collected: aggregatorapi.StatusCollected,
	collect.Duplicate: aggregatorapi.StatusDuplicate,
	collect.Settled:   aggregatorapi.StatusSettled,
}

// refusalCode maps a collector refusal to its metric label and JSON-RPC error code.
func refusalCode(r collect.Reason) (reason string, code int) {
	switch r {
	case collect.Malformed:
		return reasonMalformed, aggregatorapi.CodeMalformed
	case collect.UnknownOperator:
		return reasonUnknown, aggregatorapi.CodeUnknownOperator
	case collect.Conflict:
		return reasonConflict, aggregatorapi.CodeInvalidSignature
	case collect.Invalid:
		return reasonInvalid, aggregatorapi.CodeInvalidSignature
	case collect.Stale:
		return reasonStale, aggregatorapi.CodeStale
	case collect.NotPersisted:
		return reasonUnavailable, aggregatorapi.CodeInternal
	default: // collect.Unavailable
		return reasonUnavailable, aggregatorapi.CodeUnavailable
	}
}

func (s *Service) status() *aggregatorapi.Status {
	sending := s.pipe.Sending()
	st := &aggregatorapi.Status{Submitter: s.txm.From(), LatestSettled: s.col.Settled(), ThresholdBips: s.bips, L1Error: s.pipe.L1Error(),
		PendingEvidence: s.j.Pending()}
	if cur := s.col.Current(); cur != nil {
		st.ReferenceBlock, st.Operators = cur.ReferenceBlock(), cur.Len()
	}
	for _, p := range s.col.Pending() {
		st.Pending = append(st.Pending, aggregatorapi.PendingStatus{Number: p.Number, Digest: p.Digest, Signatures: p.Signatures, Ready: p.Ready,
			Submitting: sending[p.Number] == p.Digest, ReferenceBlock: p.ReferenceBlock, SignedStake: p.SignedStake, Failed: p.Failed})
	}
	return st
}

// The aggregator's JSON-RPC limits beyond Config: operators send one signature per call, so a
// batch is small; requests are short, so a slow one is a client holding a connection.
const (
	maxBatchItems         = 100
	maxBatchResponseBytes = 1 << 20
	readHeaderTimeout     = 5 * time.Second
	readTimeout           = 30 * time.Second
)

// newRPCServer builds the JSON-RPC server (HTTP only) with api registered; it listens on Start.
// A client over its rate is told CodeUnavailable, which operators retry.
// Its failure is reported to fatal.
func newRPCServer(cfg Config, api *API, fatal func(error), m *Metrics, log *slog.Logger) (*rpcserver.Server, error) {
	srv, err := rpcserver.New(rpcserver.Config{
		Addr:                  cfg.ListenAddr,
		MaxRequestBytes:       cfg.MaxRequestBytes,
		MaxBatchItems:         maxBatchItems,
		MaxBatchResponseBytes: maxBatchResponseBytes,
		RatePerSecond:         cfg.RatePerSecond,
		Burst:                 cfg.RateBurst,
		RateLimitedCode:       aggregatorapi.CodeUnavailable,
		ReadHeaderTimeout:     readHeaderTimeout,
		ReadTimeout:           readTimeout,
		OnFailure:             fatal,
	}, log, m.Server)
	if err != nil {
		return nil, fmt.Errorf("aggregator: %w", err)
	}
	if err := srv.Register(aggregatorapi.Namespace, api); err != nil {
		return nil, fmt.Errorf("aggregator: %w", err)
	}
	return srv, nil
}
