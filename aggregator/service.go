// Package aggregator is Lockstep's aggregator service: it collects operators' BLS signatures
// over checkpoints (JSON-RPC aggregator_submitSignature), aggregates them by stake with blsagg
// until the registry's threshold holds at a recent L1 reference block, submits the checkpoints
// to CheckpointRegistry strictly in order through one transaction manager, and turns any two
// valid conflicting signatures by one operator into an equivocation proof (an evidence file,
// then EquivocationSlasher.proveEquivocation). Progress is durable: every acknowledged
// signature is in an fsynced log, so a restarted aggregator resumes where it stopped.
//
// The service only assembles its parts: collect (signatures held per digest, equivocation
// detection), submit (the L1 submission pipeline, with its eth implementation), slash (the
// evidence queue and proofs), the progress log (journal.go) and the JSON-RPC server
// (server.go).
package aggregator

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/lockstep-xyz/lockstep/aggregator/collect"
	"github.com/lockstep-xyz/lockstep/aggregator/slash"
	"github.com/lockstep-xyz/lockstep/aggregator/submit"
	"github.com/lockstep-xyz/lockstep/internal/httpserver"
	"github.com/lockstep-xyz/lockstep/rpcserver"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

// Backend is what the service needs from an L1 JSON-RPC client; *ethclient.Client satisfies it.
type Backend interface {
	txmgr.Backend
}

// core is the part of the service that needs no L1 connection: the progress log, the
// collector fed by the JSON-RPC handler, and the slasher's evidence side.
type core struct {
	cfg     Config
	log     *slog.Logger
	metrics *Metrics
	j       *journal
	col     *collect.Collector
	slasher *slash.Slasher
	wake    chan struct{} // wakes the submission pipeline
}

// newCore opens the progress log and restores the collector from it (cfg passed Check).
// prove submits equivocation proofs.
func newCore(cfg Config, bips uint16, m *Metrics, log *slog.Logger, prove slash.Prove) (*core, error) {
	c := &core{cfg: cfg, log: log, metrics: m, wake: make(chan struct{}, 1)}
	var err error
	if c.j, err = openJournal(cfg, log); err != nil {
		return nil, err
	}
	c.slasher = slash.New(slash.Config{Dir: cfg.evidenceDir(), PollInterval: cfg.PollInterval, MaxBackoff: cfg.MaxBackoff, SubmitTimeout: cfg.SubmitTimeout},
		c.j, prove, slashMetrics{m}, c.poke, log)
	hooks := m.collectHooks(collect.Hooks{
		Hold: c.j.hold, Drop: c.j.drop, Settled: c.j.settle,
		Equivocation: c.equivocation,
		Ready:        c.poke,
	})
	c.col, err = collect.New(cfg.collectConfig(bips), c.j.st.settled, hooks, log)
	if err != nil {
		return nil, errors.Join(err, c.j.close())
	}
	for _, se := range c.j.st.entries {
		c.col.Restore(se.cp, se.sigs)
	}
	return c, nil
}

// equivocation turns a pair of conflicting signatures into evidence for the slasher.
func (c *core) equivocation(q collect.Equivocation) {
	c.slasher.Report(&slash.Evidence{
		ChainID: c.cfg.ChainID, Registry: c.cfg.Addresses.CheckpointRegistry, Slasher: c.cfg.Addresses.EquivocationSlasher,
		Operator: q.Address, OperatorID: common.Hash(q.Operator.ID),
		A: q.A, DigestA: q.DigestA, SignatureA: q.SignatureA,
		B: q.B, DigestB: q.DigestB, SignatureB: q.SignatureB,
	})
}

func (c *core) poke() {
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

// Service is the aggregator. Create it with New, then Start and Stop it.
type Service struct {
	*core
	gather prometheus.Gatherer
	txm    *txmgr.Manager
	bips   uint16
	pipe   *submit.Pipeline

	lifecycle sync.Mutex
	started   bool
	stopped   bool
	cancel    context.CancelFunc
	wg        sync.WaitGroup
	rpc       *rpcserver.Server
	metSrv    *httpserver.Server // nil: no metrics endpoint
}

// New builds the service: it reads the registry's parameters from L1 (so L1 must answer at
// startup), opens the progress log and replays it. reg receives the metrics and serves them
// (nil disables the metrics endpoint).
func New(ctx context.Context, cfg Config, client Backend, key *ecdsa.PrivateKey, log *slog.Logger, reg *prometheus.Registry) (*Service, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("component", "aggregator")
	s := &Service{}
	var registerer prometheus.Registerer
	if reg != nil {
		registerer, s.gather = reg, reg
	}
	m := NewMetrics(registerer)
	var err error
	if s.txm, err = txmgr.New(ctx, cfg.TxMgr, client, key, log); err != nil {
		return nil, fmt.Errorf("new aggregator: %w", err)
	}
	l1, err := submit.NewEth(ctx, client, cfg.Addresses, s.txm, cfg.L1ReadTimeout)
	if err != nil {
		return nil, fmt.Errorf("new aggregator: %w", err)
	}
	if s.bips, err = l1.ThresholdBips(ctx); err != nil {
		return nil, fmt.Errorf("new aggregator: %w", err)
	}
	maxAge, err := l1.MaxReferenceAge(ctx)
	if err != nil {
		return nil, fmt.Errorf("new aggregator: %w", err)
	}
	prove := func(ctx context.Context, ev *slash.Evidence) (*types.Receipt, error) {
		return slash.SubmitEvidence(ctx, s.txm, client, ev)
	}
	if s.core, err = newCore(cfg, s.bips, m, log, prove); err != nil {
		return nil, err
	}
	s.pipe = submit.New(cfg.submitConfig(maxAge), l1, s.col, submitMetrics{m}, s.wake, log)
	if s.rpc, err = newRPCServer(cfg, &API{s: s}, s.fatal, m, log); err != nil {
		return nil, errors.Join(err, s.j.close())
	}
	log.Info("aggregator state loaded", "settled", s.col.Settled(), "digests", len(s.j.st.entries), "pendingEvidence", len(s.j.st.evidence),
		"submitter", s.txm.From(), "thresholdBips", s.bips)
	return s, nil
}

// Addr is the JSON-RPC listener's address (after Start; nil before).
func (s *Service) Addr() net.Addr { return tcpAddr(s.rpc.Addr()) }

// MetricsAddr is the metrics and health listener's address (after Start; nil if disabled).
func (s *Service) MetricsAddr() net.Addr {
	if s.metSrv == nil {
		return nil
	}
	return tcpAddr(s.metSrv.Addr())
}

// tcpAddr is a listener's address ("" before it listens: nil).
func tcpAddr(a string) net.Addr {
	addr, err := net.ResolveTCPAddr("tcp", a)
	if a == "" || err != nil { // a listener's own address always resolves
		return nil
	}
	return addr
}

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
	if s.cfg.MetricsAddr != "" {
		mux := http.NewServeMux()
		if s.gather != nil {
			mux.Handle("/metrics", promhttp.HandlerFor(s.gather, promhttp.HandlerOpts{}))
		}
		mux.Handle("GET "+HealthPath, healthHandler(s.Health))
		s.metSrv = httpserver.New("metrics", s.cfg.MetricsAddr, &http.Server{Handler: mux}, s.log, s.fatal)
		if err := s.metSrv.Start(ctx); err != nil {
			return fmt.Errorf("aggregator: %w", err)
		}
	}
	if err := s.rpc.Start(ctx); err != nil {
		return fmt.Errorf("aggregator: %w", err)
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.cancel = cancel
	s.wg.Add(2)
	go func() { defer s.wg.Done(); s.pipe.Run(runCtx) }()
	go func() { defer s.wg.Done(); s.slasher.Run(runCtx) }()
	s.log.Info("aggregator started", "rpc", s.rpc.Addr(), "metrics", s.cfg.MetricsAddr, "dataDir", s.cfg.DataDir)
	s.poke()
	return nil
}

// fatal reports a part that died: the service cannot go on without it.
func (s *Service) fatal(err error) {
	if s.cfg.OnFatal == nil {
		s.log.Error("aggregator part failed", "err", err)
		return
	}
	s.cfg.OnFatal(err)
}

// Stopped reports whether Stop has run.
func (s *Service) Stopped() bool {
	s.lifecycle.Lock()
	defer s.lifecycle.Unlock()
	return s.stopped
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
	if s.metSrv != nil {
		errs = append(errs, s.metSrv.Stop(ctx))
	}
	if s.cancel != nil { // started
		errs = append(errs, s.rpc.Stop(ctx))
		s.cancel()
		s.wg.Wait()
	}
	errs = append(errs, s.j.close())
	s.log.Info("aggregator stopped")
	return errors.Join(errs...)
}
