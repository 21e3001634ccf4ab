// Package aggregator is Lockstep's aggregator service: it collects operators' BLS signatures
// over checkpoints (JSON-RPC aggregator_submitSignature), aggregates them by stake with blsagg
// until the registry's threshold holds at a recent L1 reference block, submits the checkpoints
// to CheckpointRegistry strictly in order through one transaction manager, and turns any two
// valid conflicting signatures by one operator into an equivocation proof (an evidence file,
// then EquivocationSlasher.proveEquivocation). Progress is durable: every acknowledged
// signature is in an fsynced log, so a restarted aggregator resumes where it stopped.
package aggregator

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/lockstep-xyz/lockstep/aggregator/blsagg"
	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/protocol"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

// Backend is what the service needs from an L1 JSON-RPC client; *ethclient.Client satisfies it.
type Backend interface {
	txmgr.Backend
}

// opSet is the operator set at one reference block, with what submission needs.
type opSet struct {
	set   *blsagg.OperatorSet
	addrs map[blsagg.OperatorID]common.Address
	keys  []chainio.OperatorKey
}

// entry is one checkpoint digest being collected.
type entry struct {
	cp     commitment.Checkpoint
	digest common.Hash
	sigs   map[common.Hash][]byte // held signatures (persisted)
	task   *blsagg.Task           // nil until an operator set is known
	agg    *blsagg.Aggregate      // verified aggregate reaching the threshold, if any
	first  time.Time
	ready  time.Time // when the threshold was first reached
	timed  bool      // threshold time observed
	failed string    // a permanent L1 refusal (e.g. NonContiguousHeights): never retried
}

// Service is the aggregator. Create it with New, then Start and Stop it.
type Service struct {
	cfg     Config
	log     *slog.Logger
	metrics *Metrics
	client  Backend
	reader  *avs.Reader
	checker *chainio.EthSignatureCheckReader
	txm     *txmgr.Manager
	reg     *checkpointregistry.CheckpointRegistryTransactor
	gather  prometheus.Gatherer

	quorums []byte
	bips    uint16
	maxAge  uint64

	mu      sync.Mutex
	store   *store
	st      *state
	entries map[common.Hash]*entry
	sets    map[uint64]*opSet // by reference block; a few recent ones
	current *opSet
	l1Err   string
	sending map[uint64]common.Hash // checkpoint number → digest whose submission is in flight
	// uncounted are checkpoints seen settled while our submission was in flight: counted in
	// the metrics (by us or by another) when that submission's outcome is known.
	uncounted map[uint64]bool

	wake      chan struct{}
	results   chan error // outcomes of finished submissions, for the loop
	wakeSlash chan struct{}

	lifecycle sync.Mutex
	started   bool
	stopped   bool
	cancel    context.CancelFunc
	wg        sync.WaitGroup
	rpcSrv    *rpc.Server
	httpSrv   *http.Server
	metSrv    *http.Server
	addr      net.Addr
	metAddr   net.Addr
}

// New builds the service: it reads the registry's parameters from L1 (so L1 must answer at
// startup), opens the progress log and replays it. reg receives the metrics; gather serves them
// (usually the same *prometheus.Registry; nil disables the metrics endpoint).
func New(ctx context.Context, cfg Config, client Backend, key *ecdsa.PrivateKey, log *slog.Logger, reg *prometheus.Registry) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	cfg.applyDefaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "aggregator")
	s := &Service{
		cfg: cfg, log: log, client: client,
		entries: make(map[common.Hash]*entry), sets: make(map[uint64]*opSet),
		wake: make(chan struct{}, 1), wakeSlash: make(chan struct{}, 1),
		sending: make(map[uint64]common.Hash), uncounted: make(map[uint64]bool), results: make(chan error, cfg.TxMgr.MaxInFlight),
	}
	var registerer prometheus.Registerer
	if reg != nil {
		registerer, s.gather = reg, reg
	}
	s.metrics = NewMetrics(registerer)
	var err error
	if s.reader, err = avs.NewReader(client, cfg.Addresses); err != nil {
		return nil, err
	}
	if s.checker, err = chainio.NewEthSignatureCheckReader(client, cfg.Addresses.RegistryCoordinator, cfg.Addresses.OperatorStateRetriever, cfg.Addresses.BLSApkRegistry); err != nil {
		return nil, fmt.Errorf("new aggregator: %w", err)
	}
	if s.reg, err = checkpointregistry.NewCheckpointRegistryTransactor(cfg.Addresses.CheckpointRegistry, client); err != nil {
		return nil, fmt.Errorf("new aggregator: bind CheckpointRegistry: %w", err)
	}
	if s.quorums, err = s.reader.QuorumNumbers(ctx); err != nil {
		return nil, fmt.Errorf("new aggregator: %w", err)
	}
	if len(s.quorums) != 1 {
		return nil, fmt.Errorf("new aggregator: %d quorums; blsagg aggregates for exactly one", len(s.quorums))
	}
	if s.bips, err = s.reader.ThresholdBips(ctx); err != nil {
		return nil, fmt.Errorf("new aggregator: %w", err)
	}
	age, err := s.reader.MaxReferenceAge(ctx)
	if err != nil {
		return nil, fmt.Errorf("new aggregator: %w", err)
	}
	s.maxAge = uint64(age)
	if s.txm, err = txmgr.New(ctx, cfg.TxMgr, client, key, log); err != nil {
		return nil, fmt.Errorf("new aggregator: %w", err)
	}
	if s.store, s.st, err = openStore(cfg.DataDir, cfg.ChainID, cfg.Addresses.CheckpointRegistry, cfg.Retain); err != nil {
		return nil, err
	}
	for d, se := range s.st.entries {
		s.entries[d] = &entry{cp: se.cp, digest: d, sigs: se.sigs, first: time.Now()}
	}
	log.Info("aggregator state loaded", "settled", s.st.settled, "digests", len(s.entries), "pendingEvidence", len(s.st.evidence),
		"submitter", s.txm.From(), "thresholdBips", s.bips)
	return s, nil
}

// Addr is the JSON-RPC listener's address (after Start).
func (s *Service) Addr() net.Addr { return s.addr }

// MetricsAddr is the metrics listener's address (after Start; nil if disabled).
func (s *Service) MetricsAddr() net.Addr { return s.metAddr }

// Submitter is the address submitting checkpoints and proofs.
func (s *Service) Submitter() common.Address { return s.txm.From() }

// Start listens and starts the submission and slashing loops.
func (s *Service) Start(ctx context.Context) error {
	s.lifecycle.Lock()
	defer s.lifecycle.Unlock()
	if s.started {
		return errors.New("aggregator already started")
	}
	s.started = true
	ln, err := net.Listen("tcp", s.cfg.ListenAddr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", s.cfg.ListenAddr, err)
	}
	var mln net.Listener
	if s.cfg.MetricsAddr != "" && s.gather != nil {
		if mln, err = net.Listen("tcp", s.cfg.MetricsAddr); err != nil {
			ln.Close()
			return fmt.Errorf("listen on %s: %w", s.cfg.MetricsAddr, err)
		}
	}
	s.rpcSrv = rpc.NewServer()
	s.rpcSrv.SetHTTPBodyLimit(s.cfg.MaxRequestBytes)
	s.rpcSrv.SetBatchLimits(100, 1<<20)
	if err := s.rpcSrv.RegisterName("aggregator", &API{s: s}); err != nil {
		ln.Close()
		if mln != nil {
			mln.Close()
		}
		return fmt.Errorf("register aggregator API: %w", err)
	}
	s.httpSrv = &http.Server{
		Handler:           newLimiter(s.rpcSrv, s.cfg.RatePerSecond, s.cfg.RateBurst, s.cfg.MaxRequestBytes),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
	}
	s.addr = ln.Addr()
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.cancel = cancel
	s.wg.Add(3)
	go func() {
		defer s.wg.Done()
		if err := s.httpSrv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("JSON-RPC server stopped", "err", err)
		}
	}()
	go func() { defer s.wg.Done(); s.runLoop(runCtx) }()
	go func() { defer s.wg.Done(); s.slashLoop(runCtx) }()
	if mln != nil {
		s.metAddr = mln.Addr()
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(s.gather, promhttp.HandlerOpts{}))
		s.metSrv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			if err := s.metSrv.Serve(mln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				s.log.Error("metrics server stopped", "err", err)
			}
		}()
	}
	s.log.Info("aggregator started", "rpc", s.addr.String(), "metrics", s.cfg.MetricsAddr, "dataDir", s.cfg.DataDir)
	s.poke()
	return nil
}

// Stop stops serving, ends the loops (an L1 submission in flight is abandoned: the next
// start waits for it) and closes the progress log. It is idempotent.
func (s *Service) Stop(ctx context.Context) error {
	s.lifecycle.Lock()
	defer s.lifecycle.Unlock()
	if s.stopped {
		return nil
	}
	s.stopped = true
	var errs []error
	if s.started {
		if s.metSrv != nil {
			errs = append(errs, s.metSrv.Shutdown(ctx))
		}
		errs = append(errs, s.httpSrv.Shutdown(ctx))
		s.cancel()
		s.wg.Wait()
		s.rpcSrv.Stop()
	}
	s.mu.Lock()
	errs = append(errs, s.store.close())
	s.mu.Unlock()
	s.log.Info("aggregator stopped")
	return errors.Join(errs...)
}

func (s *Service) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *Service) pokeSlasher() {
	select {
	case s.wakeSlash <- struct{}{}:
	default:
	}
}

// ---------------------------------------------------------------------------------------------
// Receiving signatures
// ---------------------------------------------------------------------------------------------

// submit handles one aggregator_submitSignature call. The signature is acknowledged only once
// durable; the fsync happens outside the service lock, shared with concurrent calls.
func (s *Service) submit(msg protocol.CheckpointSignature) (*protocol.SubmitResult, error) {
	res, seq, err := s.receive(msg)
	if err != nil || seq == 0 {
		return res, err
	}
	if err := s.store.syncTo(seq); err != nil {
		s.log.Error("persist signature", "checkpoint", msg.Checkpoint.Number, "operatorID", msg.OperatorID, "err", err)
		s.metrics.Refused.WithLabelValues(reasonUnavailable).Inc()
		return nil, rpcErr(CodeInternal, "persist signature: %v", err)
	}
	return res, nil
}

// receive checks and records a signature under the service lock; seq > 0 is the store
// sequence number to sync before acknowledging.
func (s *Service) receive(msg protocol.CheckpointSignature) (res *protocol.SubmitResult, seq uint64, err error) {
	s.metrics.Received.Inc()
	refuse := func(reason string, err *RPCError) (*protocol.SubmitResult, uint64, error) {
		s.metrics.Refused.WithLabelValues(reason).Inc()
		s.log.Debug("signature refused", "checkpoint", msg.Checkpoint.Number, "operatorID", msg.OperatorID, "reason", reason, "err", err.Message)
		return nil, 0, err
	}
	if err := msg.Validate(); err != nil {
		return refuse(reasonMalformed, rpcErr(CodeMalformed, "%v", err))
	}
	if _, err := blsagg.DecodeSignature(msg.Signature); err != nil {
		return refuse(reasonMalformed, rpcErr(CodeMalformed, "malformed checkpoint signature: %v", err))
	}
	cp := msg.Checkpoint
	digest := commitment.CheckpointDigest(s.cfg.ChainID, s.cfg.Addresses.CheckpointRegistry, cp)
	res = &protocol.SubmitResult{Digest: digest}
	opID := blsagg.OperatorID(msg.OperatorID)

	s.mu.Lock()
	defer s.mu.Unlock()
	if s.current == nil {
		return refuse(reasonUnavailable, rpcErr(CodeUnavailable, "aggregator has no view of the operator set yet (L1 unreachable); retry"))
	}
	e := s.entries[digest]
	set := s.current
	if e != nil && e.task != nil {
		set = s.setOf(e.task.Set().ReferenceBlock())
	}
	op, ok := set.set.Operator(opID)
	if !ok && set != s.current {
		op, ok = s.current.set.Operator(opID)
	}
	if !ok {
		return refuse(reasonUnknown, rpcErr(CodeUnknownOperator, "operator %s is not registered in the quorum", msg.OperatorID))
	}
	if e != nil {
		if held, ok := e.sigs[msg.OperatorID]; ok {
			if slices.Equal(held, msg.Signature) {
				res.Status = protocol.StatusDuplicate
				if cp.Number <= s.st.settled {
					res.Status = protocol.StatusSettled
				}
				return res, 0, nil
			}
			return refuse(reasonConflict, rpcErr(CodeInvalidSignature, "operator %s already sent another signature for digest %s", msg.OperatorID, digest))
		}
	}

	// Bounds, so unverified signatures cannot grow memory or the log without limit: numbers
	// within [settled − Retain, settled + MaxAhead], and a second digest for a number is held
	// only once its signature verifies on its own (one pairing).
	if cp.Number+s.cfg.Retain <= s.st.settled {
		return refuse(reasonStale, rpcErr(CodeStale, "checkpoint %d was settled on L1 long ago (latest %d)", cp.Number, s.st.settled))
	}
	if cp.Number > s.st.settled+s.cfg.MaxAhead {
		return refuse(reasonUnavailable, rpcErr(CodeUnavailable, "checkpoint %d is too far ahead of L1 (latest %d, window %d); retry later", cp.Number, s.st.settled, s.cfg.MaxAhead))
	}
	if e == nil && s.hasNumber(cp.Number) {
		sig, _ := blsagg.DecodeSignature(msg.Signature) // decoded above
		if err := blsagg.VerifySingle(op, digest, sig); err != nil {
			return refuse(reasonInvalid, rpcErr(CodeInvalidSignature, "invalid signature by operator %s for checkpoint %d (digest %s)", msg.OperatorID, cp.Number, digest))
		}
	}

	// Equivocation: another digest with the same number signed by the same operator.
	for _, other := range s.entries {
		if other.cp.Number != cp.Number || other.digest == digest {
			continue
		}
		if prev, ok := other.sigs[msg.OperatorID]; ok {
			if rerr := s.equivocation(op, other, prev, cp, digest, msg.Signature); rerr != nil {
				return refuse(reasonInvalid, rerr)
			}
		}
	}

	if cp.Number <= s.st.settled {
		// Kept for the equivocation watch above; nothing to aggregate.
		res.Status = protocol.StatusSettled
		if e == nil {
			e = &entry{cp: cp, digest: digest, sigs: make(map[common.Hash][]byte), first: time.Now()}
			s.entries[digest] = e
		}
		seq, err := s.writeRecord(record{Kind: recSig, Checkpoint: &cp, Operator: &msg.OperatorID, Signature: msg.Signature})
		if err != nil {
			return refuse(reasonUnavailable, rpcErr(CodeInternal, "persist signature: %v", err))
		}
		e.sigs[msg.OperatorID] = slices.Clone(msg.Signature)
		return res, seq, nil
	}

	if e == nil {
		e = &entry{cp: cp, digest: digest, sigs: make(map[common.Hash][]byte), first: time.Now()}
		s.entries[digest] = e
	}
	if e.task == nil {
		s.rebuild(e, s.current)
	}
	if err := e.task.AddBytes(opID, msg.Signature); err != nil {
		switch {
		case errors.Is(err, blsagg.ErrUnknownOperator):
			// Registered now but not at the task's reference block: keep it; a newer
			// reference block will count it.
		case errors.Is(err, blsagg.ErrInvalidSignature):
			return refuse(reasonInvalid, rpcErr(CodeInvalidSignature, "invalid signature by operator %s for checkpoint %d: already refused", msg.OperatorID, cp.Number))
		case errors.Is(err, blsagg.ErrMalformedSignature):
			return refuse(reasonMalformed, rpcErr(CodeMalformed, "%v", err))
		default:
			return refuse(reasonConflict, rpcErr(CodeInvalidSignature, "%v", err))
		}
	}
	// Written now, durable before acknowledged (submit syncs).
	seq, werr := s.writeRecord(record{Kind: recSig, Checkpoint: &cp, Operator: &msg.OperatorID, Signature: msg.Signature})
	if werr != nil {
		s.rebuild(e, s.setOf(e.task.Set().ReferenceBlock())) // forget the unpersisted signature
		return refuse(reasonUnavailable, rpcErr(CodeInternal, "persist signature: %v", err))
	}
	e.sigs[msg.OperatorID] = slices.Clone(msg.Signature)
	// Verify (one pairing) when the held stake first crosses the threshold, so the signature
	// that completes it learns at once if it is bad. Signatures arriving once an aggregate is
	// ready are only held: the submitter re-aggregates right before sending (one more
	// pairing for all of them), rather than one pairing per late signature here.
	var refused []blsagg.OperatorID
	if e.agg == nil {
		refused = s.tryAggregate(e)
	} else if e.task.SignedStake().Cmp(e.task.Set().TotalStake()) >= 0 {
		s.poke() // the last straggler: the submitter need not linger any longer
	}
	if slices.Contains(refused, opID) {
		return refuse(reasonInvalid, rpcErr(CodeInvalidSignature, "invalid signature by operator %s for checkpoint %d (digest %s)", msg.OperatorID, cp.Number, digest))
	}
	s.updateBehind()
	res.Status = protocol.StatusCollected
	return res, seq, nil
}

// hasNumber reports whether any digest with checkpoint number n is held (s.mu held).
func (s *Service) hasNumber(n uint64) bool {
	for _, e := range s.entries {
		if e.cp.Number == n {
			return true
		}
	}
	return false
}

// setOf returns the cached set at ref, or the current one if it was evicted.
func (s *Service) setOf(ref uint64) *opSet {
	if os, ok := s.sets[ref]; ok {
		return os
	}
	return s.current
}

// rebuild starts e's task over on set, re-adding every held signature (s.mu held).
func (s *Service) rebuild(e *entry, set *opSet) {
	t, err := blsagg.NewTask(set.set, e.digest, uint32(s.bips))
	if err != nil {
		panic(fmt.Sprintf("aggregator: new task: %v", err)) // set and bips were validated
	}
	e.task, e.agg = t, nil
	for op, sig := range e.sigs {
		if err := t.AddBytes(blsagg.OperatorID(op), sig); err != nil && !errors.Is(err, blsagg.ErrUnknownOperator) {
			s.log.Warn("held signature not re-added", "checkpoint", e.cp.Number, "operatorID", op, "err", err)
		}
	}
	s.tryAggregate(e)
}

// tryAggregate aggregates e if its held stake reaches the threshold, dropping (and
// persisting the drop of) signatures refused by verification (s.mu held). It returns the
// refused operators.
func (s *Service) tryAggregate(e *entry) []blsagg.OperatorID {
	if e.task == nil || !e.task.ThresholdReached() {
		e.agg = nil
		return nil
	}
	start := time.Now()
	agg, refusals, err := e.task.Aggregate()
	s.metrics.AggregationTime.Observe(time.Since(start).Seconds())
	var refused []blsagg.OperatorID
	for _, r := range refusals {
		refused = append(refused, r.Operator)
		op := common.Hash(r.Operator)
		delete(e.sigs, op)
		cp := e.cp
		if err := s.logRecords(record{Kind: recDrop, Checkpoint: &cp, Operator: &op}); err != nil {
			s.log.Error("persist refusal", "checkpoint", e.cp.Number, "operatorID", op, "err", err)
		}
		s.metrics.Refused.WithLabelValues(reasonInvalid).Inc()
		s.log.Warn("signature refused at aggregation", "checkpoint", e.cp.Number, "digest", e.digest, "operatorID", op, "err", r.Err)
	}
	if err != nil {
		e.agg = nil
		if !errors.Is(err, blsagg.ErrBelowThreshold) {
			s.log.Error("aggregate", "checkpoint", e.cp.Number, "err", err)
		}
		return refused
	}
	e.agg = agg
	if !e.timed {
		e.timed, e.ready = true, time.Now()
		s.metrics.ThresholdTime.Observe(time.Since(e.first).Seconds())
		s.log.Info("threshold reached", "checkpoint", e.cp.Number, "digest", e.digest, "signers", len(agg.Signers),
			"signedStake", agg.SignedStake, "totalStake", agg.TotalStake, "referenceBlock", agg.ReferenceBlock)
	}
	s.poke()
	return refused
}

// writeRecord writes one record to the progress log without syncing and applies it to the
// mirrored state (s.mu held).
func (s *Service) writeRecord(r record) (uint64, error) {
	seq, err := s.store.write(r)
	if err != nil {
		return 0, err
	}
	s.st.apply(r, s.cfg.ChainID, s.cfg.Addresses.CheckpointRegistry)
	return seq, nil
}

// logRecords appends to the progress log and applies to the mirrored state (s.mu held).
func (s *Service) logRecords(rs ...record) error {
	if err := s.store.append(rs...); err != nil {
		return err
	}
	for _, r := range rs {
		s.st.apply(r, s.cfg.ChainID, s.cfg.Addresses.CheckpointRegistry)
	}
	return nil
}

// equivocation checks a conflicting pair and, if both signatures are valid, writes the
// evidence and queues the proof (s.mu held). It returns an RPC error if the new signature is
// itself invalid.
func (s *Service) equivocation(op blsagg.Operator, other *entry, prev []byte, cp commitment.Checkpoint, digest common.Hash, sig []byte) *RPCError {
	addr, ok := s.current.addrs[op.ID]
	if !ok {
		for _, set := range s.sets {
			if addr, ok = set.addrs[op.ID]; ok {
				break
			}
		}
	}
	ev := &Evidence{
		ChainID: s.cfg.ChainID, Registry: s.cfg.Addresses.CheckpointRegistry, Slasher: s.cfg.Addresses.EquivocationSlasher,
		Operator: addr, OperatorID: common.Hash(op.ID),
		A: other.cp, DigestA: other.digest, SignatureA: slices.Clone(prev),
		B: cp, DigestB: digest, SignatureB: slices.Clone(sig),
	}
	newSig, err := blsagg.DecodeSignature(sig)
	if err == nil {
		err = blsagg.VerifySingle(op, digest, newSig)
	}
	if err != nil {
		return rpcErr(CodeInvalidSignature, "invalid signature by operator %s for checkpoint %d: %v", op.ID, cp.Number, err)
	}
	if err := ev.Verify(op); err != nil {
		return nil // the held one is bad: aggregation will refuse it; no evidence
	}
	for _, p := range s.st.evidence {
		if filepath.Base(p) == ev.FileName() {
			return nil
		}
	}
	s.metrics.Equivocations.Inc()
	path, err := WriteEvidence(s.cfg.EvidenceDir, ev)
	if err != nil {
		s.log.Error("write equivocation evidence", "operator", addr, "checkpoint", cp.Number, "err", err)
		return nil
	}
	if err := s.logRecords(record{Kind: recEvidence, Path: path}); err != nil {
		s.log.Error("persist evidence record", "path", path, "err", err)
	}
	s.log.Warn("equivocation detected", "operator", addr, "operatorID", op.ID, "checkpoint", cp.Number,
		"digestA", other.digest, "digestB", digest, "evidence", path)
	s.pokeSlasher()
	return nil
}

func (s *Service) updateBehind() {
	var hi uint64
	for _, e := range s.entries {
		hi = max(hi, e.cp.Number)
	}
	if hi > s.st.settled {
		s.metrics.Behind.Set(float64(hi - s.st.settled))
	} else {
		s.metrics.Behind.Set(0)
	}
}

// ---------------------------------------------------------------------------------------------
// Submitting to L1
// ---------------------------------------------------------------------------------------------

func (s *Service) runLoop(ctx context.Context) {
	wait := time.Duration(0)
	t := time.NewTimer(wait)
	defer t.Stop()
	for {
		var err error
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.wake:
		case err = <-s.results:
			if errors.Is(err, errAgain) {
				err = nil
			}
		}
		if err == nil {
			err = s.step(ctx)
		}
		if ctx.Err() != nil {
			return
		}
		if err != nil {
			s.metrics.L1Errors.Inc()
			wait = min(max(2*wait, s.cfg.PollInterval), s.cfg.MaxBackoff)
			s.mu.Lock()
			changed := s.l1Err != err.Error()
			s.l1Err = err.Error()
			s.mu.Unlock()
			if changed {
				s.log.Warn("L1 step failed; still collecting, retrying with backoff", "err", err, "retryIn", wait)
			}
		} else {
			wait = s.cfg.PollInterval
			s.mu.Lock()
			if s.l1Err != "" {
				s.log.Info("L1 reachable again")
			}
			s.l1Err = ""
			s.mu.Unlock()
		}
		if !t.Stop() {
			select {
			case <-t.C:
			default:
			}
		}
		t.Reset(wait)
	}
}

// errAgain asks step's caller to run again at once.
var errAgain = errors.New("again")

// step reads L1 progress, refreshes the operator set and starts the submission of every
// checkpoint it can, in order: up to TxMgr.MaxInFlight wait for their L1 blocks at once, so
// several checkpoints can land in one block when operators checkpoint faster than L1 builds
// blocks.
func (s *Service) step(ctx context.Context) error {
	for {
		err := s.stepOnce(ctx)
		if !errors.Is(err, errAgain) {
			return err
		}
	}
}

func (s *Service) stepOnce(ctx context.Context) error {
	// L1 reads are bounded so that a node that hangs (rather than refuses) is noticed too.
	rctx, cancel := context.WithTimeout(ctx, s.cfg.L1ReadTimeout)
	defer cancel()
	head, err := s.client.BlockNumber(rctx)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	minRef, err := s.reader.MinReferenceBlock(rctx)
	if err != nil {
		return err
	}
	latest, err := s.reader.LatestCheckpointNumber(rctx)
	if err != nil {
		return err
	}
	s.settle(latest, "other")

	// Reference block: head − lag, at least minReferenceBlock, and strictly in the past.
	ref := uint64(0)
	if head > s.cfg.ReferenceLag {
		ref = head - s.cfg.ReferenceLag
	}
	if ref < minRef {
		ref = minRef
	}
	if ref == 0 || ref >= head {
		return nil // no usable reference block yet: wait for L1 to move
	}
	set, err := s.setAt(rctx, ref)
	if err != nil {
		return err
	}

	s.mu.Lock()
	s.current = set
	for _, e := range s.entries {
		if e.task == nil && e.cp.Number > s.st.settled {
			s.rebuild(e, set)
		}
	}
	// The next checkpoint: a ready digest, rebuilt at the current reference block if its own
	// has become unusable. Checkpoints already being submitted are skipped; L1 orders their
	// transactions by nonce.
	if len(s.sending) >= s.cfg.TxMgr.MaxInFlight {
		s.mu.Unlock()
		return nil // a finished submission wakes the loop
	}
	next := s.st.settled + 1
	for {
		if _, ok := s.sending[next]; !ok {
			break
		}
		next++
	}
	var e *entry
	for _, c := range s.entries {
		if c.cp.Number != next || c.failed != "" || c.task == nil {
			continue
		}
		r := c.task.Set().ReferenceBlock()
		switch {
		case r < minRef || r >= head || head-r > s.maxAge/2:
			s.metrics.Reaggregations.Inc()
			s.log.Info("re-aggregating at a newer reference block", "checkpoint", c.cp.Number, "oldReferenceBlock", r, "referenceBlock", ref, "minReferenceBlock", minRef)
			s.rebuild(c, set)
		case c.agg == nil && r != ref:
			// Not enough yet at the old block: operators registered since may make the
			// difference (cheap: no pairing unless the threshold is reached).
			s.rebuild(c, set)
		}
		if c.agg != nil && (e == nil || c.task.SignedStake().Cmp(e.task.SignedStake()) > 0) {
			e = c
		}
	}
	if e == nil {
		s.updateBehind()
		s.mu.Unlock()
		return nil
	}
	// Every non-signer costs ~14k gas in checkSignatures (measured: 200 operators, 60
	// non-signers, 1.29M gas against 0.28M with none), so give stragglers a moment; then
	// verify everything that arrived since the threshold with one more pairing check.
	held := e.task.SignedStake()
	if held.Cmp(e.task.Set().TotalStake()) < 0 && !e.ready.IsZero() && time.Since(e.ready) < s.cfg.Linger {
		s.mu.Unlock()
		return nil
	}
	if held.Cmp(e.agg.SignedStake) != 0 {
		s.tryAggregate(e)
		if e.agg == nil { // refusals took it below the threshold again
			s.mu.Unlock()
			return nil
		}
	}
	agg, cp := e.agg, e.cp
	aset := s.setOf(agg.ReferenceBlock)
	signers := make([]chainio.OperatorSignature, 0, len(agg.Signers))
	for _, id := range agg.Signers {
		op, _ := aset.set.Operator(id)
		sig, err := blsagg.DecodeSignature(e.sigs[common.Hash(id)])
		if err != nil {
			s.mu.Unlock()
			return fmt.Errorf("held signature of %s: %w", id, err) // checked before it was held
		}
		signers = append(signers, chainio.OperatorSignature{ID: id, G1: op.PubkeyG1, G2: op.PubkeyG2, Signature: sig})
	}
	s.sending[cp.Number] = e.digest
	s.wg.Add(1)
	s.mu.Unlock()

	go func() {
		defer s.wg.Done()
		stored, err := s.submitCheckpoint(ctx, e, cp, agg, aset, signers)
		s.mu.Lock()
		delete(s.sending, cp.Number)
		if s.uncounted[cp.Number] {
			delete(s.uncounted, cp.Number)
			by := "other"
			if stored {
				by = "self"
			}
			s.metrics.Submitted.WithLabelValues(by).Inc()
		}
		s.mu.Unlock()
		select {
		case s.results <- err:
		case <-ctx.Done():
		}
	}()
	return errAgain // look for the next one
}

// l1Read bounds one L1 read.
func (s *Service) l1Read(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.cfg.L1ReadTimeout)
}

// submitCheckpoint builds the checkSignatures input and sends submitCheckpoint; stored reports
// that our transaction stored it.
func (s *Service) submitCheckpoint(ctx context.Context, e *entry, cp commitment.Checkpoint, agg *blsagg.Aggregate, set *opSet, signers []chainio.OperatorSignature) (stored bool, err error) {
	log := s.log.With("checkpoint", cp.Number, "digest", e.digest, "referenceBlock", agg.ReferenceBlock)
	rctx, cancel := s.l1Read(ctx)
	in, err := chainio.BuildCheckSignaturesInput(rctx, s.checker, chainio.CheckSignaturesRequest{
		QuorumNumbers:  s.quorums,
		ReferenceBlock: uint32(agg.ReferenceBlock),
		Operators:      set.keys,
		Signers:        signers,
	})
	cancel()
	if err != nil {
		return false, fmt.Errorf("build signature input for checkpoint %d: %w", cp.Number, err)
	}
	sctx, cancel := context.WithTimeout(ctx, s.cfg.SubmitTimeout)
	defer cancel()
	start := time.Now()
	r, err := s.txm.Send(sctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return s.reg.SubmitCheckpoint(o, checkpointregistry.ICheckpointRegistryTypesCheckpoint{
			Number: cp.Number, StartHeight: cp.StartHeight, EndHeight: cp.EndHeight, Root: cp.Root,
		}, uint32(agg.ReferenceBlock), in.Params)
	})
	if err == nil {
		s.metrics.SubmitLatency.Observe(time.Since(start).Seconds())
		s.metrics.SubmitGas.Observe(float64(r.GasUsed))
		log.Info("checkpoint stored on L1", "tx", r.TxHash, "l1Block", r.BlockNumber, "gasUsed", r.GasUsed,
			"signers", len(agg.Signers), "nonSigners", len(in.NonSigners), "elapsed", time.Since(start))
		s.settle(cp.Number, "self")
		return true, errAgain
	}
	re, ok := txmgr.AsRevert(err)
	if !ok {
		return false, fmt.Errorf("submit checkpoint %d: %w", cp.Number, err)
	}
	switch re.Name {
	case "CheckpointAlreadySubmitted":
		log.Info("checkpoint already stored on L1 (by another aggregator, or by a submission of ours from before a restart)")
		s.settle(cp.Number, "other")
		return false, errAgain
	case "NonSequentialCheckpoint", "ReferenceBlockNotInPast":
		return false, nil // L1 moved under us; the next poll rereads it
	case "StaleReferenceBlock", "InsufficientSignedStake", "InvalidBLSSignature":
		// The aggregate no longer holds at its reference block (an ejection raised the
		// minimum, or stakes moved): rebuild at the next reference block.
		log.Warn("aggregate refused by L1, re-aggregating", "err", re)
		s.mu.Lock()
		e.task, e.agg = nil, nil
		s.mu.Unlock()
		s.metrics.Reaggregations.Inc()
		return false, nil
	case "NonContiguousHeights", "InvalidHeightRange":
		// The checkpoint itself can never be stored: operators signed something L1 refuses.
		log.Error("checkpoint refused by L1; this digest will not be retried", "err", re)
		s.mu.Lock()
		e.failed = re.Error()
		s.mu.Unlock()
		return false, nil
	default:
		// Unknown: re-read L1 and try again from a fresh aggregate, with backoff.
		s.mu.Lock()
		e.task, e.agg = nil, nil
		s.mu.Unlock()
		return false, fmt.Errorf("submit checkpoint %d: %w", cp.Number, err)
	}
}

// settle records that L1 stores every checkpoint up to n.
func (s *Service) settle(n uint64, by string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.metrics.Latest.Set(float64(n))
	if n <= s.st.settled {
		return
	}
	for m := s.st.settled + 1; m <= n; m++ {
		if _, ok := s.sending[m]; ok {
			s.uncounted[m] = true // stored by us or by another: the submission will tell
		} else {
			s.metrics.Submitted.WithLabelValues(by).Inc()
		}
	}
	if err := s.logRecords(record{Kind: recSettled, Number: n}); err != nil {
		s.log.Error("persist settled checkpoint", "checkpoint", n, "err", err)
	}
	for d, e := range s.entries {
		if e.cp.Number <= n {
			e.task, e.agg = nil, nil
		}
		if e.cp.Number+s.cfg.Retain <= n {
			delete(s.entries, d)
			delete(s.st.entries, d)
		}
	}
	if s.store.appended > 256 {
		if err := s.store.compact(s.st, s.cfg.Retain); err != nil {
			s.log.Error("compact progress log", "err", err)
		}
	}
	s.updateBehind()
}

// setAt returns the operator set at ref, reading it from L1 once per reference block.
func (s *Service) setAt(ctx context.Context, ref uint64) (*opSet, error) {
	s.mu.Lock()
	os, ok := s.sets[ref]
	s.mu.Unlock()
	if ok {
		return os, nil
	}
	ops, err := s.reader.SignersAt(ctx, ref)
	if err != nil {
		return nil, err
	}
	if len(ops) == 0 {
		return nil, fmt.Errorf("no operators registered at block %d", ref)
	}
	bops := make([]blsagg.Operator, len(ops))
	os = &opSet{addrs: make(map[blsagg.OperatorID]common.Address, len(ops)), keys: make([]chainio.OperatorKey, len(ops))}
	for i, o := range ops {
		id := blsagg.OperatorID(o.ID)
		bops[i] = blsagg.Operator{ID: id, PubkeyG1: o.PubkeyG1, PubkeyG2: o.PubkeyG2, Stake: o.Stake}
		os.addrs[id] = o.Address
		os.keys[i] = chainio.OperatorKey{ID: o.ID, G1: o.PubkeyG1}
	}
	if os.set, err = blsagg.NewOperatorSet(ref, bops); err != nil {
		return nil, fmt.Errorf("operator set at block %d: %w", ref, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sets[ref] = os
	// Keep the sets tasks still use and a few recent ones.
	if len(s.sets) > 16 {
		used := make(map[uint64]bool)
		for _, e := range s.entries {
			if e.task != nil {
				used[e.task.Set().ReferenceBlock()] = true
			}
		}
		for r := range s.sets {
			if r+8 < ref && !used[r] {
				delete(s.sets, r)
			}
		}
	}
	return os, nil
}

// ---------------------------------------------------------------------------------------------
// Slashing
// ---------------------------------------------------------------------------------------------

func (s *Service) slashLoop(ctx context.Context) {
	wait := s.cfg.PollInterval
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.wakeSlash:
		}
		s.mu.Lock()
		pending := slices.Clone(s.st.evidence)
		s.mu.Unlock()
		failed := false
		for _, path := range pending {
			if err := s.prove(ctx, path); err != nil {
				if ctx.Err() != nil {
					return
				}
				s.metrics.L1Errors.Inc()
				s.log.Warn("submit equivocation proof failed; will retry", "evidence", path, "err", err)
				failed = true
				break
			}
		}
		if failed {
			wait = min(2*wait, s.cfg.MaxBackoff)
		} else {
			wait = s.cfg.PollInterval * 10
		}
		if !t.Stop() {
			select {
			case <-t.C:
			default:
			}
		}
		t.Reset(wait)
	}
}

// prove submits one evidence file; nil means done with it (slashed, already slashed, or
// refused for good).
func (s *Service) prove(ctx context.Context, path string) error {
	ev, err := LoadEvidence(path)
	if err == nil {
		sctx, cancel := context.WithTimeout(ctx, s.cfg.SubmitTimeout)
		var r *types.Receipt
		r, err = SubmitEvidence(sctx, s.txm, s.client, ev)
		cancel()
		switch {
		case err == nil:
			s.metrics.SlashingProofs.WithLabelValues("slashed").Inc()
			s.log.Warn("operator slashed for equivocation", "operator", ev.Operator, "checkpoint", ev.A.Number, "tx", r.TxHash, "gasUsed", r.GasUsed)
			s.poke() // the operator set and minReferenceBlock changed
		case errors.Is(err, ErrAlreadySlashed):
			s.metrics.SlashingProofs.WithLabelValues("already_slashed").Inc()
			s.log.Info("operator already slashed for this checkpoint", "operator", ev.Operator, "checkpoint", ev.A.Number)
			err = nil
		default:
			if _, ok := txmgr.AsRevert(err); !ok {
				return err // L1 trouble: retry
			}
			s.metrics.SlashingProofs.WithLabelValues("refused").Inc()
			s.log.Error("equivocation proof refused by L1", "evidence", path, "err", err)
			err = nil
		}
	} else {
		s.log.Error("unreadable evidence file dropped from the queue", "evidence", path, "err", err)
		err = nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if lerr := s.logRecords(record{Kind: recEvidenceDone, Path: path}); lerr != nil {
		s.log.Error("persist evidence done", "evidence", path, "err", lerr)
	}
	return err
}

// ---------------------------------------------------------------------------------------------
// Status
// ---------------------------------------------------------------------------------------------

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
	s.mu.Lock()
	defer s.mu.Unlock()
	st := &Status{Submitter: s.txm.From(), LatestSettled: s.st.settled, ThresholdBips: s.bips, L1Error: s.l1Err,
		PendingEvidence: slices.Clone(s.st.evidence)}
	if s.current != nil {
		st.ReferenceBlock, st.Operators = s.current.set.ReferenceBlock(), s.current.set.Len()
	}
	for _, e := range s.entries {
		if e.cp.Number <= s.st.settled {
			continue
		}
		p := PendingStatus{Number: e.cp.Number, Digest: e.digest, Signatures: len(e.sigs), Ready: e.agg != nil, Failed: e.failed,
			Submitting: s.sending[e.cp.Number] == e.digest}
		if e.task != nil {
			p.ReferenceBlock, p.SignedStake = e.task.Set().ReferenceBlock(), e.task.SignedStake()
		}
		st.Pending = append(st.Pending, p)
	}
	slices.SortFunc(st.Pending, func(a, b PendingStatus) int {
		if c := cmpU64(a.Number, b.Number); c != 0 {
			return c
		}
		return a.Digest.Cmp(b.Digest)
	})
	return st
}

// API is the JSON-RPC API, registered under the "aggregator" namespace.
type API struct{ s *Service }

// SubmitSignature is aggregator_submitSignature.
func (a *API) SubmitSignature(msg protocol.CheckpointSignature) (*protocol.SubmitResult, error) {
	return a.s.submit(msg)
}

// Status is aggregator_status.
func (a *API) Status() *Status { return a.s.status() }
