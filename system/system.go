// Package system brings the whole Lockstep system up on one machine, the way an operator joins
// one: `lockstep operator init` per node, anvil with EigenLayer and Lockstep deployed and the
// operators registered with their sockets, the deployment file, `lockstep operator genesis` on
// every node at one L1 head, BLS keystores, one `lockstep operator run` process per node and a
// `lockstep aggregator run` process, then the rollup nodes (`lockstep rollup run`, one genesis
// per rollup chain) following the operators. The devnet command, the end-to-end tests and the
// benchmarks all start the system here (like Optimism's op-e2e System); Stop takes it down in
// reverse order, rollup nodes before the operators, children before anvil, and leaves no
// process behind.
package system

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/netem"
	"github.com/lockstep-xyz/lockstep/internal/proc"
	"github.com/lockstep-xyz/lockstep/internal/wait"
)

// Defaults of Config.
const (
	DefaultCheckpointInterval = 10
	DefaultStopTimeout        = 10 * time.Second
	DefaultBLSPassword        = "devnet"
	DefaultLogLevel           = "info"
)

// Config configures Start.
type Config struct {
	// Lockstep is the lockstep binary the nodes and the aggregator run.
	Lockstep string
	// Faulty is its faults build (go build -tags lockstep_faults), run by nodes with
	// NodeConfig.Faulty; needed only then.
	Faulty string
	// Dir holds deployment.json, the node homes op<i>/, the aggregator's data, the keystores
	// and the logs (anvil.log, op<i>.log, aggregator.log). The homes and the aggregator's data
	// are cleared: anvil's state is not kept between runs, so theirs cannot be.
	Dir string
	// Operators is how many operators register and run a node.
	Operators int
	// BlockTime is anvil's block interval; 0 mines a block per transaction.
	BlockTime time.Duration
	// ChainID of L1; 0 means anvil.DefaultChainID.
	ChainID uint64
	// Rollups registered on L1.
	Rollups []deployment.Rollup
	// CheckpointInterval is K of the genesis: a checkpoint every K heights.
	CheckpointInterval uint64
	// Seed derives the operators' keys (anvil.DefaultSeed if empty).
	Seed string
	// NodeArgs are appended to every node's `operator run` flags.
	NodeArgs []string
	// Node returns node i's own options; nil means none.
	Node func(i int) NodeConfig
	// PeerAddr, when set, is the address node from dials to reach node to (an emulated
	// network's link, see internal/netem), called for every ordered pair once all nodes are
	// initialised and before any starts; the nodes run with --p2p.peers naming the others at
	// those addresses instead of the sockets on L1 (a node added by AddOperator uses the
	// sockets). Nil: the sockets.
	PeerAddr func(from, to *Node) (string, error)
	// Net, when set, carries every link between the system's processes (see Endpoint): node to
	// node (p2p, unless PeerAddr is set), node to aggregator (--aggregator.url), node to L1 and
	// aggregator to L1 (--l1.rpc), each a directed link of Net made by Start, so that a test
	// can delay, cut or partition them while the system runs. Rollup nodes, AggregatorURLs
	// and a node added by AddOperator reach the others directly. The caller closes Net after
	// Stop.
	Net *netem.Net
	// NoBLS runs the nodes without a BLS keystore: they sequence but sign no checkpoints.
	NoBLS bool
	// AggregatorURLs are where the nodes send their signatures besides the aggregator the
	// system runs (a test's fake one, say).
	AggregatorURLs []string
	// Aggregator runs `lockstep aggregator run` when set.
	Aggregator *AggregatorConfig
	// RollupNodes are the rollup nodes to run, each of a chain in Rollups.
	RollupNodes []RollupNodeConfig
	// LogLevel of the children; empty means DefaultLogLevel.
	LogLevel string
	// BLSPassword encrypts the keystores (the operators' BLS ones and the L1 accounts' ECDSA
	// ones in keys/); empty means DefaultBLSPassword. The keys are well known anyway, so it
	// protects nothing.
	BLSPassword string
	// StopTimeout is how long a child gets after SIGTERM before it is killed; 0 means
	// DefaultStopTimeout.
	StopTimeout time.Duration
	// OnExit is called, from a goroutine of the system, when a child exits without being
	// told to (a crash): the devnet fails on it.
	OnExit func(name string, err error)
	// Launch, when set, deploys only the EigenLayer core and launches Lockstep onto it as on a
	// real network (see LaunchConfig) instead of the devnet's all-in-one deployment.
	Launch *LaunchConfig
	// Logger receives the steps; nil discards them.
	Logger *slog.Logger
}

// NodeConfig is one node's own options.
type NodeConfig struct {
	// Args are appended to the node's `operator run` flags.
	Args []string
	// Faulty runs the faults build (a byzantine or lying node; pass --fault in Args).
	Faulty bool
	// Env is appended to the node's environment.
	Env []string
}

// AggregatorConfig configures the aggregator process.
type AggregatorConfig struct {
	// Args are appended to its `aggregator run` flags.
	Args []string
}

// System is the running system.
type System struct {
	cfg Config
	log *slog.Logger

	// Devnet is anvil with the contracts and the operators.
	Devnet *anvil.Devnet
	// DeploymentPath is the deployment file the processes read.
	DeploymentPath string
	// GenesisBlock is the L1 block every node built its genesis from.
	GenesisBlock uint64
	// Nodes are the operator nodes, in operator order.
	Nodes []*Node
	// Aggregator is the aggregator process, nil unless Config.Aggregator.
	Aggregator *Aggregator
	// Rollups are the rollup nodes, in Config.RollupNodes order.
	Rollups []*RollupNode

	aggURL string
	// aggL1RPC is the aggregator's link to L1 through Config.Net, empty without it.
	aggL1RPC string
	wg       sync.WaitGroup // the exit watchers
	stopCh   chan struct{}
	// started is closed once Start succeeded: an exit during Start is judged only then, so a
	// child Start itself started again (a rollup node whose port was taken) is no crash.
	started chan struct{}

	// Launch is what a launch (Config.Launch) did.
	Launch Launch

	stopOnce sync.Once
	stopErr  error
}

// Start brings the system up, step by step; on failure it stops what it started.
func Start(ctx context.Context, cfg Config) (s *System, err error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	s = &System{cfg: cfg, log: cfg.Logger.With("component", "system"), stopCh: make(chan struct{}), started: make(chan struct{})}
	defer func() {
		if err != nil {
			err = errors.Join(err, s.Stop(context.WithoutCancel(ctx)))
			s = nil
		}
	}()
	steps := []struct {
		name string
		run  func(context.Context) error
	}{
		{"operator init", s.initNodes},
		{"anvil, deployment and operator registration", s.startL1},
		{"deployment file", s.writeDeployment},
		{"genesis at one L1 head", s.genesis},
		{"BLS keystores", s.keystores},
		{"emulated network links", s.netLinks},
		{"operator nodes", s.startNodes},
		{"aggregator", s.startAggregator},
		{"every process answering", s.ready},
		{"rollup genesis and rollup nodes", s.startRollups},
		{"every rollup node answering", s.readyRollups},
	}
	for i, st := range steps {
		t := time.Now()
		if err := st.run(ctx); err != nil {
			return s, fmt.Errorf("step %d/%d (%s): %w", i+1, len(steps), st.name, err)
		}
		s.log.Info("step done", "step", i+1, "of", len(steps), "what", st.name, "took", time.Since(t).Round(time.Millisecond))
	}
	close(s.started)
	return s, nil
}

func (c *Config) check() error {
	if c.Lockstep == "" {
		return errors.New("system: no lockstep binary")
	}
	if c.Dir == "" {
		return errors.New("system: no data dir")
	}
	if c.Operators < 1 {
		return fmt.Errorf("system: %d operators, want at least 1", c.Operators)
	}
	if c.CheckpointInterval == 0 {
		c.CheckpointInterval = DefaultCheckpointInterval
	}
	if c.LogLevel == "" {
		c.LogLevel = DefaultLogLevel
	}
	if c.BLSPassword == "" {
		c.BLSPassword = DefaultBLSPassword
	}
	if c.StopTimeout == 0 {
		c.StopTimeout = DefaultStopTimeout
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Node == nil {
		c.Node = func(int) NodeConfig { return NodeConfig{} }
	}
	for i := 0; i < c.Operators; i++ {
		if err := c.checkNode(c.Node(i)); err != nil {
			return fmt.Errorf("system: node %d: %w", i, err)
		}
	}
	for i, rc := range c.RollupNodes {
		if err := c.checkRollupNode(rc, c.Operators); err != nil {
			return fmt.Errorf("system: rollup node %d: %w", i, err)
		}
	}
	return nil
}

func (c *Config) checkNode(nc NodeConfig) error {
	if nc.Faulty && c.Faulty == "" {
		return errors.New("faulty, but no faults build is given")
	}
	return nil
}

// L1RPC is anvil's JSON-RPC URL.
func (s *System) L1RPC() string { return s.Devnet.Node.RPCURL() }

// AggregatorURL is where the nodes send their signatures to the system's aggregator (set even
// before the aggregator runs), empty without one.
func (s *System) AggregatorURL() string { return s.aggURL }

// Dir is the system's data folder.
func (s *System) Dir() string { return s.cfg.Dir }

// Lockstep is the lockstep binary the system runs.
func (s *System) Lockstep() string { return s.cfg.Lockstep }

// watch reports p's exit to Config.OnExit unless it was asked for.
func (s *System) watch(svc *service, p *proc.Proc) {
	s.wg.Add(1)
	go func() { // owned: Stop waits on s.wg
		defer s.wg.Done()
		select {
		case <-p.Done():
		case <-s.stopCh:
			<-p.Done()
			return
		}
		select {
		case <-s.started:
		case <-s.stopCh: // Start failed, or the system stops: nothing to report
			return
		}
		if s.cfg.OnExit != nil && !svc.expectedExit(p) {
			s.cfg.OnExit(svc.name, p.Err())
		}
	}()
}

// Pids lists "name pid" lines, one per running child.
func (s *System) Pids() string {
	var b bytes.Buffer
	for _, svc := range s.services() {
		if pid := svc.Pid(); pid > 0 {
			fmt.Fprintf(&b, "%s %d\n", svc.name, pid)
		}
	}
	return b.String()
}

func (s *System) services() []*service {
	var out []*service
	for _, n := range s.Nodes {
		out = append(out, &n.service)
	}
	if s.Aggregator != nil {
		out = append(out, &s.Aggregator.service)
	}
	for _, r := range s.Rollups {
		out = append(out, &r.service)
	}
	return out
}

// WaitHeight waits until every running node has committed height h.
func (s *System) WaitHeight(ctx context.Context, h uint64) error {
	for _, n := range s.Nodes {
		if !n.Alive() {
			continue
		}
		err := wait.For(ctx, 20*time.Millisecond, fmt.Sprintf("%s at height %d", n.name, h), func() (bool, error) {
			st, err := n.Status(ctx)
			return err == nil && st.Height >= h, err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// Stop stops the rollup nodes, then the aggregator and the operator nodes (each group signalled
// at once, each process waited for), then anvil, and joins the errors. The rollup nodes go first
// so they do not log the operators' disappearance as a failure. It is idempotent; ctx bounds
// nothing a child's stop timeout does not.
func (s *System) Stop(ctx context.Context) error {
	s.stopOnce.Do(func() {
		svcs := s.services()
		for _, svc := range svcs {
			svc.mu.Lock()
			svc.killed = true
			svc.mu.Unlock()
		}
		others, rollups := svcs[:len(svcs)-len(s.Rollups)], svcs[len(svcs)-len(s.Rollups):]
		errs := append(stopAll(rollups), stopAll(others)...)
		close(s.stopCh)
		s.wg.Wait()
		for _, n := range s.Nodes {
			n.closeClient()
		}
		if s.Aggregator != nil {
			s.Aggregator.closeClient()
		}
		for _, r := range s.Rollups {
			r.closeClient()
		}
		if s.Devnet != nil {
			errs = append(errs, s.Devnet.Close())
		}
		s.stopErr = errors.Join(errs...)
	})
	return s.stopErr
}

// stopAll stops svcs at once and waits for all of them.
func stopAll(svcs []*service) []error {
	errs := make([]error, len(svcs))
	var wg sync.WaitGroup
	for i := range svcs {
		wg.Add(1)
		go func(i int) { // owned: joined below
			defer wg.Done()
			errs[i] = svcs[i].stop()
		}(i)
	}
	wg.Wait()
	return errs
}
