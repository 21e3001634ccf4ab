// Package system brings the whole Lockstep system up on one machine, the way an operator joins
// one: `lockstep operator init` per node, anvil with EigenLayer and Lockstep deployed and the
// operators registered with their sockets, the deployment file, `lockstep operator genesis` on
// every node at one L1 head, BLS keystores, one `lockstep operator run` process per node and a
// `lockstep aggregator run` process. The devnet command, the end-to-end tests and the
// benchmarks all start the system here (like Optimism's op-e2e System); Stop takes it down in
// reverse order, children before anvil, and leaves no process behind.
package system

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/freeport"
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
	// NoBLS runs the nodes without a BLS keystore: they sequence but sign no checkpoints.
	NoBLS bool
	// AggregatorURLs are where the nodes send their signatures besides the aggregator the
	// system runs (a test's fake one, say).
	AggregatorURLs []string
	// Aggregator runs `lockstep aggregator run` when set.
	Aggregator *AggregatorConfig
	// LogLevel of the children; empty means DefaultLogLevel.
	LogLevel string
	// BLSPassword encrypts the keystores; empty means DefaultBLSPassword. The keys derive from
	// Seed anyway, so it protects nothing.
	BLSPassword string
	// StopTimeout is how long a child gets after SIGTERM before it is killed; 0 means
	// DefaultStopTimeout.
	StopTimeout time.Duration
	// OnExit is called, from a goroutine of the system, when a child exits without being
	// told to (a crash): the devnet fails on it.
	OnExit func(name string, err error)
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

	aggURL string
	wg     sync.WaitGroup // the exit watchers
	stopCh chan struct{}

	stopOnce sync.Once
	stopErr  error
}

// Start brings the system up, step by step; on failure it stops what it started.
func Start(ctx context.Context, cfg Config) (s *System, err error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	s = &System{cfg: cfg, log: cfg.Logger.With("component", "system"), stopCh: make(chan struct{})}
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
		{"operator nodes", s.startNodes},
		{"aggregator", s.startAggregator},
	}
	for i, st := range steps {
		t := time.Now()
		if err := st.run(ctx); err != nil {
			return s, fmt.Errorf("step %d/%d (%s): %w", i+1, len(steps), st.name, err)
		}
		s.log.Info("step done", "step", i+1, "of", len(steps), "what", st.name, "took", time.Since(t).Round(time.Millisecond))
	}
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
		if c.Node(i).Faulty && c.Faulty == "" {
			return fmt.Errorf("system: node %d is faulty but no faults build is given", i)
		}
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

func (s *System) initNodes(ctx context.Context) error {
	if err := os.MkdirAll(s.cfg.Dir, 0o755); err != nil {
		return err
	}
	if err := os.RemoveAll(filepath.Join(s.cfg.Dir, "aggregator")); err != nil {
		return fmt.Errorf("clear the aggregator's data: %w", err)
	}
	if s.cfg.Aggregator != nil {
		port, err := freeport.Get()
		if err != nil {
			return err
		}
		s.aggURL = fmt.Sprintf("http://127.0.0.1:%d", port)
	}
	for i := 0; i < s.cfg.Operators; i++ {
		n, err := s.initNode(ctx, i)
		if err != nil {
			return err
		}
		s.Nodes = append(s.Nodes, n)
	}
	return nil
}

// initNode runs `operator init` for node i on fresh ports.
func (s *System) initNode(ctx context.Context, i int) (*Node, error) {
	ports, err := freeport.GetN(2)
	if err != nil {
		return nil, err
	}
	name := fmt.Sprintf("op%d", i)
	n := &Node{
		service: service{name: name, logPath: filepath.Join(s.cfg.Dir, name+".log"), sys: s},
		Index:   i,
		Home:    filepath.Join(s.cfg.Dir, name),
		P2PAddr: fmt.Sprintf("127.0.0.1:%d", ports[0]),
		APIAddr: fmt.Sprintf("127.0.0.1:%d", ports[1]),
	}
	if err := os.RemoveAll(n.Home); err != nil {
		return nil, fmt.Errorf("clear %s's home: %w", name, err)
	}
	if err := os.Remove(n.logPath); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("clear %s's log: %w", name, err)
	}
	n.Socket, err = proc.Run(ctx, s.cfg.Lockstep, []string{"operator", "init", "--home", n.Home, "--p2p.external", n.P2PAddr, "--api.url", n.APIURL()})
	if err != nil {
		return nil, fmt.Errorf("init %s: %w", name, err)
	}
	return n, nil
}

func (s *System) startL1(ctx context.Context) error {
	dn, err := anvil.Start(ctx, anvil.Config{
		Node: anvil.NodeConfig{
			ChainID:   s.cfg.ChainID,
			BlockTime: s.cfg.BlockTime,
			LogPath:   filepath.Join(s.cfg.Dir, "anvil.log"),
		},
		Deploy:    anvil.DeployConfig{Rollups: s.cfg.Rollups},
		Operators: s.cfg.Operators,
		Socket:    func(i int) string { return s.Nodes[i].Socket },
		Seed:      s.cfg.Seed,
		Logger:    s.cfg.Logger,
	})
	if err != nil {
		return err
	}
	s.Devnet = dn
	for i, n := range s.Nodes {
		n.Operator = dn.Deployment.Operators[i]
	}
	return nil
}

func (s *System) writeDeployment(context.Context) error {
	s.DeploymentPath = filepath.Join(s.cfg.Dir, "deployment.json")
	return s.Devnet.WriteJSON(s.DeploymentPath)
}

// genesis builds every node's genesis from one L1 head and checks they are the same bytes.
func (s *System) genesis(ctx context.Context) error {
	head, err := s.Devnet.Client.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("read the L1 head: %w", err)
	}
	s.GenesisBlock = head
	var first []byte
	for _, n := range s.Nodes {
		if err := s.genesisOf(ctx, n); err != nil {
			return err
		}
		g, err := os.ReadFile(n.GenesisPath())
		if err != nil {
			return err
		}
		if first == nil {
			first = g
		} else if !bytes.Equal(g, first) {
			return fmt.Errorf("%s built a different genesis from L1 block %d than op0", n.name, head)
		}
	}
	return nil
}

func (s *System) genesisOf(ctx context.Context, n *Node) error {
	_, err := proc.Run(ctx, s.cfg.Lockstep, []string{"operator", "genesis", "--home", n.Home, "--l1.rpc", s.L1RPC(),
		"--deployment", s.DeploymentPath, "--l1.block", strconv.FormatUint(s.GenesisBlock, 10),
		"--checkpoint-interval", strconv.FormatUint(s.cfg.CheckpointInterval, 10)})
	if err != nil {
		return fmt.Errorf("genesis of %s: %w", n.name, err)
	}
	return nil
}

func (s *System) keystores(context.Context) error {
	if s.cfg.NoBLS {
		return nil
	}
	for i, n := range s.Nodes {
		if err := s.writeKeystore(n, s.Devnet.Deployment.Operators[i]); err != nil {
			return err
		}
	}
	return nil
}

func (s *System) writeKeystore(n *Node, op *deployment.Operator) error {
	n.Keystore = filepath.Join(s.cfg.Dir, n.name+".bls.json")
	if err := op.BLSKey.SaveToFile(n.Keystore, s.cfg.BLSPassword); err != nil {
		return fmt.Errorf("write %s's BLS keystore: %w", n.name, err)
	}
	return nil
}

func (s *System) startNodes(context.Context) error {
	for _, n := range s.Nodes {
		s.configure(n, s.cfg.Node(n.Index))
		if err := n.start(); err != nil {
			return err
		}
	}
	return nil
}

// configure sets node n's binary, flags and environment from the system's and its own options.
func (s *System) configure(n *Node, nc NodeConfig) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.conf = nc
	n.bin = s.cfg.Lockstep
	if nc.Faulty {
		n.bin = s.cfg.Faulty
	}
	args := []string{"--log.level", s.cfg.LogLevel, "operator", "run", "--home", n.Home,
		"--p2p.laddr", n.P2PAddr, "--p2p.external", n.P2PAddr, "--api.addr", n.APIAddr, "--api.rate", "0",
		"--l1.rpc", s.L1RPC(), "--deployment", s.DeploymentPath}
	if n.Keystore != "" {
		args = append(args, "--bls.keystore", n.Keystore)
	}
	if s.aggURL != "" {
		args = append(args, "--aggregator.url", s.aggURL)
	}
	for _, u := range s.cfg.AggregatorURLs {
		args = append(args, "--aggregator.url", u)
	}
	args = append(args, s.cfg.NodeArgs...)
	n.args = append(args, nc.Args...)
	n.env = append([]string{"LOCKSTEP_OPERATOR_BLS_PASSWORD=" + s.cfg.BLSPassword}, nc.Env...)
}

func (s *System) startAggregator(context.Context) error {
	if s.cfg.Aggregator == nil {
		return nil
	}
	dataDir := filepath.Join(s.cfg.Dir, "aggregator")
	logPath := filepath.Join(s.cfg.Dir, "aggregator.log")
	if err := os.Remove(logPath); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("clear the aggregator's log: %w", err)
	}
	a := &Aggregator{service: service{name: "aggregator", logPath: logPath, sys: s}, URL: s.aggURL, DataDir: dataDir}
	a.bin = s.cfg.Lockstep
	a.args = append([]string{"--log.level", s.cfg.LogLevel, "aggregator", "run", "--deployment", s.DeploymentPath,
		"--l1-rpc", s.L1RPC(), "--devnet", "--listen", s.aggURL[len("http://"):], "--metrics", "", "--data-dir", dataDir},
		s.cfg.Aggregator.Args...)
	if err := a.start(); err != nil {
		return err
	}
	s.Aggregator = a
	return nil
}

// AddOperator joins a new operator to the running system: `operator init`, registration on L1
// with its socket, the genesis the others run (copied: L1 has moved on since), its BLS keystore,
// and its node started with nc.
func (s *System) AddOperator(ctx context.Context, nc NodeConfig) (*Node, error) {
	n, err := s.initNode(ctx, len(s.Nodes))
	if err != nil {
		return nil, err
	}
	op, err := s.Devnet.AddOperator(ctx, n.Socket)
	if err != nil {
		return nil, fmt.Errorf("register %s: %w", n.name, err)
	}
	g, err := os.ReadFile(s.Nodes[0].GenesisPath())
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(n.GenesisPath(), g, 0o600); err != nil {
		return nil, err
	}
	if !s.cfg.NoBLS {
		if err := s.writeKeystore(n, op); err != nil {
			return nil, err
		}
	}
	n.Operator = op
	s.Nodes = append(s.Nodes, n)
	s.configure(n, nc)
	if err := n.start(); err != nil {
		return nil, err
	}
	return n, nil
}

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

// Stop stops the aggregator and the nodes (all signalled at once, each waited for), then anvil,
// and joins the errors. It is idempotent; ctx bounds nothing a child's stop timeout does not.
func (s *System) Stop(ctx context.Context) error {
	s.stopOnce.Do(func() {
		svcs := s.services()
		for _, svc := range svcs {
			svc.mu.Lock()
			svc.killed = true
			svc.mu.Unlock()
		}
		errs := make([]error, len(svcs))
		var wg sync.WaitGroup
		for i := len(svcs) - 1; i >= 0; i-- {
			wg.Add(1)
			go func(i int) { // owned: joined below
				defer wg.Done()
				errs[i] = svcs[i].stop()
			}(i)
		}
		wg.Wait()
		close(s.stopCh)
		s.wg.Wait()
		for _, n := range s.Nodes {
			n.closeClient()
		}
		if s.Aggregator != nil {
			s.Aggregator.closeClient()
		}
		if s.Devnet != nil {
			errs = append(errs, s.Devnet.Close())
		}
		s.stopErr = errors.Join(errs...)
	})
	return s.stopErr
}

// Node is one operator node process.
type Node struct {
	service
	Index   int
	Home    string
	P2PAddr string
	APIAddr string
	// Socket is what `operator init` printed and L1 holds for the operator.
	Socket   string
	Keystore string
	// Operator is the node's operator: its keys and registration.
	Operator *deployment.Operator

	conf   NodeConfig
	client *operatorapi.Client
}

// APIURL is the node's JSON-RPC URL.
func (n *Node) APIURL() string { return "http://" + n.APIAddr }

// WSURL is the node's WebSocket URL.
func (n *Node) WSURL() string { return "ws://" + n.APIAddr }

// GenesisPath is the node's genesis file.
func (n *Node) GenesisPath() string { return filepath.Join(n.Home, "config", "genesis.json") }

// Client is the node's API client, dialled on first use and closed by Kill and Stop.
func (n *Node) Client(ctx context.Context) (*operatorapi.Client, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.client == nil {
		c, err := operatorapi.Dial(ctx, n.APIURL())
		if err != nil {
			return nil, fmt.Errorf("dial %s: %w", n.name, err)
		}
		n.client = c
	}
	return n.client, nil
}

// Status is the node's status.
func (n *Node) Status(ctx context.Context) (*operatorapi.Status, error) {
	c, err := n.Client(ctx)
	if err != nil {
		return nil, err
	}
	return c.Status(ctx)
}

func (n *Node) closeClient() {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.client != nil {
		n.client.Close()
		n.client = nil
	}
}

// Kill sends sig to the node and waits for it to exit (killing it after the stop timeout).
func (n *Node) Kill(sig syscall.Signal) error {
	n.closeClient()
	return n.kill(sig)
}

// Start starts the node again after a Kill, with its options unchanged.
func (n *Node) Start() error { return n.start() }

// Restart stops the node (SIGTERM), lets change edit its options (nil keeps them: add
// Args, switch to the faults build), and starts it again. Its log continues.
func (n *Node) Restart(change func(*NodeConfig)) error {
	if err := n.Kill(syscall.SIGTERM); err != nil {
		return err
	}
	n.mu.Lock()
	nc := n.conf
	n.mu.Unlock()
	nc.Args = append([]string(nil), nc.Args...)
	if change != nil {
		change(&nc)
	}
	if nc.Faulty && n.sys.cfg.Faulty == "" {
		return fmt.Errorf("restart %s: faulty, but no faults build is given", n.name)
	}
	n.sys.configure(n, nc)
	return n.start()
}

// Aggregator is the aggregator process.
type Aggregator struct {
	service
	URL     string
	DataDir string

	client *aggregatorapi.Client
}

// Client is the aggregator's API client, dialled on first use.
func (a *Aggregator) Client(ctx context.Context) (*aggregatorapi.Client, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.client == nil {
		c, err := aggregatorapi.Dial(ctx, a.URL)
		if err != nil {
			return nil, fmt.Errorf("dial the aggregator: %w", err)
		}
		a.client = c
	}
	return a.client, nil
}

func (a *Aggregator) closeClient() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.client != nil {
		a.client.Close()
		a.client = nil
	}
}

// Kill sends sig to the aggregator and waits for it to exit.
func (a *Aggregator) Kill(sig syscall.Signal) error {
	a.closeClient()
	return a.kill(sig)
}

// Start starts the aggregator again after a Kill.
func (a *Aggregator) Start() error { return a.start() }

// Restart stops the aggregator (SIGTERM) and starts it again on the same data.
func (a *Aggregator) Restart() error {
	if err := a.Kill(syscall.SIGTERM); err != nil {
		return err
	}
	return a.start()
}
