package aggregator

import (
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/aggregator/blsagg"
	"github.com/lockstep-xyz/lockstep/aggregator/collect"
	"github.com/lockstep-xyz/lockstep/protocol"
)

// API is the JSON-RPC API, registered under the "aggregator" namespace.
type API struct{ s *Service }

// SubmitSignature is aggregator_submitSignature.
func (a *API) SubmitSignature(msg protocol.CheckpointSignature) (*protocol.SubmitResult, error) {
	return a.s.submit(msg)
}

// Status is aggregator_status.
func (a *API) Status() *Status { return a.s.status() }

// rpcServer serves the API over HTTP behind the per-client limiter.
type rpcServer struct {
	ln   net.Listener
	rpc  *rpc.Server
	http *http.Server
}

// listenRPC listens on cfg.ListenAddr with api registered; serve starts answering.
func listenRPC(cfg Config, api *API) (*rpcServer, error) {
	ln, err := net.Listen("tcp", cfg.ListenAddr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", cfg.ListenAddr, err)
	}
	s := &rpcServer{ln: ln, rpc: rpc.NewServer()}
	s.rpc.SetHTTPBodyLimit(cfg.MaxRequestBytes)
	s.rpc.SetBatchLimits(100, 1<<20)
	if err := s.rpc.RegisterName("aggregator", api); err != nil {
		ln.Close()
		return nil, fmt.Errorf("register aggregator API: %w", err)
	}
	s.http = &http.Server{
		Handler:           newLimiter(s.rpc, cfg.RatePerSecond, cfg.RateBurst, cfg.MaxRequestBytes),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
	}
	return s, nil
}

// serve answers until shutdown; it returns the error that stopped it, nil after shutdown.
func (s *rpcServer) serve() error {
	if err := s.http.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// submit handles one aggregator_submitSignature call: the signature is decoded once here, at
// the door, and acknowledged only once durable; the fsync happens outside the collector's
// lock, shared with concurrent calls.
func (c *core) submit(msg protocol.CheckpointSignature) (*protocol.SubmitResult, error) {
	c.metrics.Received.Inc()
	refuse := func(reason string, err *RPCError) (*protocol.SubmitResult, error) {
		c.metrics.Refused.WithLabelValues(reason).Inc()
		c.log.Debug("signature refused", "checkpoint", msg.Checkpoint.Number, "operatorID", msg.OperatorID, "reason", reason, "err", err.Message)
		return nil, err
	}
	if err := msg.Validate(); err != nil {
		return refuse(reasonMalformed, rpcErr(CodeMalformed, "%v", err))
	}
	sig, err := collect.DecodeSignature(msg.Signature)
	if err != nil {
		return refuse(reasonMalformed, rpcErr(CodeMalformed, "malformed checkpoint signature: %v", err))
	}
	rec, err := c.col.Receive(msg.Checkpoint, blsagg.OperatorID(msg.OperatorID), sig)
	if err != nil {
		var r *collect.Refusal
		if !errors.As(err, &r) {
			return refuse(reasonUnavailable, rpcErr(CodeInternal, "%v", err))
		}
		reason, code := refusalCode(r.Reason)
		return refuse(reason, rpcErr(code, "%s", r.Message))
	}
	res := &protocol.SubmitResult{Digest: rec.Digest, Status: wireStatus[rec.Status]}
	if rec.Seq == 0 {
		return res, nil
	}
	if err := c.j.sync(rec.Seq); err != nil {
		c.log.Error("persist signature", "checkpoint", msg.Checkpoint.Number, "operatorID", msg.OperatorID, "err", err)
		c.metrics.Refused.WithLabelValues(reasonUnavailable).Inc()
		return nil, rpcErr(CodeInternal, "persist signature: %v", err)
	}
	return res, nil
}

var wireStatus = map[collect.Status]protocol.SubmitStatus{
	collect.Collected: protocol.StatusCollected,
	collect.Duplicate: protocol.StatusDuplicate,
	collect.Settled:   protocol.StatusSettled,
}

// refusalCode maps a collector refusal to its metric label and JSON-RPC error code.
func refusalCode(r collect.Reason) (reason string, code int) {
	switch r {
	case collect.Malformed:
		return reasonMalformed, CodeMalformed
	case collect.UnknownOperator:
		return reasonUnknown, CodeUnknownOperator
	case collect.Conflict:
		return reasonConflict, CodeInvalidSignature
	case collect.Invalid:
		return reasonInvalid, CodeInvalidSignature
	case collect.Stale:
		return reasonStale, CodeStale
	case collect.NotPersisted:
		return reasonUnavailable, CodeInternal
	default: // collect.Unavailable
		return reasonUnavailable, CodeUnavailable
	}
}

// Status is what aggregator_status returns.
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
	Submitting     bool        `json:"submitting,omitempty"` // our L1 transaction is in flight
	ReferenceBlock uint64      `json:"referenceBlock,omitempty"`
	SignedStake    *big.Int    `json:"signedStake,omitempty"`
	Failed         string      `json:"failed,omitempty"`
}

func (s *Service) status() *Status {
	sending := s.pipe.Sending()
	st := &Status{Submitter: s.txm.From(), LatestSettled: s.col.Settled(), ThresholdBips: s.bips, L1Error: s.pipe.L1Error(),
		PendingEvidence: s.j.Pending()}
	if cur := s.col.Current(); cur != nil {
		st.ReferenceBlock, st.Operators = cur.ReferenceBlock(), cur.Len()
	}
	for _, p := range s.col.Pending() {
		st.Pending = append(st.Pending, PendingStatus{Number: p.Number, Digest: p.Digest, Signatures: p.Signatures, Ready: p.Ready,
			Submitting: sending[p.Number] == p.Digest, ReferenceBlock: p.ReferenceBlock, SignedStake: p.SignedStake, Failed: p.Failed})
	}
	return st
}
