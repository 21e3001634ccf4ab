package system

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
	"github.com/lockstep-xyz/lockstep/internal/freeport"
	"github.com/lockstep-xyz/lockstep/internal/proc"
	"github.com/lockstep-xyz/lockstep/internal/wait"
	"github.com/lockstep-xyz/lockstep/operator/socket"
)

// The steps of Start, in its order, and AddOperator, which takes one more operator through
// them while the system runs.

// initNodes runs `operator init` for every node and picks the aggregator's URL, which the
// nodes' flags name before the aggregator runs.
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
	if s.cfg.Launch != nil {
		return s.launchL1(ctx)
	}
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
	if op.ECDSAKey == nil || n.ECDSAKeystore != "" {
		return nil
	}
	keys := filepath.Join(s.cfg.Dir, "keys")
	if _, _, err := s.L1Keystore(AggregatorAccount); err != nil { // writes keys/password
		return err
	}
	n.ECDSAKeystore = filepath.Join(keys, n.name+".ecdsa.json")
	if err := cliapp.WriteECDSAKeystore(n.ECDSAKeystore, op.ECDSAKey, s.cfg.BLSPassword, cliapp.LightScrypt); err != nil {
		return fmt.Errorf("write %s's ECDSA keystore: %w", n.name, err)
	}
	return nil
}

func (s *System) startNodes(context.Context) error {
	peers, err := s.peerArgs()
	if err != nil {
		return err
	}
	for _, n := range s.Nodes {
		nc := s.cfg.Node(n.Index)
		nc.Args = append(peers[n.Index], nc.Args...)
		s.configure(n, nc)
		if err := n.start(); err != nil {
			return err
		}
	}
	return nil
}

// peerArgs are every node's --p2p.peers flags from Config.PeerAddr (none without it).
func (s *System) peerArgs() ([][]string, error) {
	out := make([][]string, len(s.Nodes))
	if s.cfg.PeerAddr == nil {
		return out, nil
	}
	for _, from := range s.Nodes {
		for _, to := range s.Nodes {
			if from == to {
				continue
			}
			sock, err := socket.Parse(to.Socket)
			if err != nil {
				return nil, fmt.Errorf("%s's socket: %w", to.name, err)
			}
			addr, err := s.cfg.PeerAddr(from, to)
			if err != nil {
				return nil, fmt.Errorf("%s's address for %s: %w", from.name, to.name, err)
			}
			out[from.Index] = append(out[from.Index], "--p2p.peers", sock.NodeID+"@"+addr)
		}
	}
	return out, nil
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
		"--l1.rpc", orDefault(n.l1RPC, s.L1RPC()), "--deployment", s.DeploymentPath}
	if n.Keystore != "" {
		args = append(args, "--bls.keystore", n.Keystore)
	}
	if s.aggURL != "" {
		args = append(args, "--aggregator.url", orDefault(n.aggURL, s.aggURL))
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
	keystore, password, err := s.L1Keystore(AggregatorAccount)
	if err != nil {
		return fmt.Errorf("the aggregator's key: %w", err)
	}
	a := &Aggregator{service: service{name: "aggregator", logPath: logPath, sys: s}, URL: s.aggURL, DataDir: dataDir}
	a.bin = s.cfg.Lockstep
	// A devnet's L1 does not reorg: a submission is done once mined (--confirmations 0).
	a.args = append(append([]string{"--log.level", s.cfg.LogLevel, "aggregator", "run", "--deployment", s.DeploymentPath,
		"--l1.rpc", orDefault(s.aggL1RPC, s.L1RPC()), "--api.addr", s.aggURL[len("http://"):], "--metrics.addr", "", "--home", dataDir, "--confirmations", "0"},
		KeyArgs(keystore, password)...), s.cfg.Aggregator.Args...)
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
	if err := s.cfg.checkNode(nc); err != nil {
		return nil, fmt.Errorf("add an operator: %w", err)
	}
	if s.cfg.Launch != nil {
		return nil, errors.New("add an operator: not in a launched system (its operators take the EigenLayer steps themselves)")
	}
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

// readyTimeout bounds the wait for the processes' APIs after they start.
const readyTimeout = time.Minute

// ready waits until every node's API and the aggregator's answer. A process that exits first
// fails the start at once with the end of its log (a port taken by another process, a bad
// flag), instead of leaving a system that never makes progress.
func (s *System) ready(ctx context.Context) error {
	for _, n := range s.Nodes {
		if err := s.waitReady(ctx, &n.service, n.name+"'s API", func(ctx context.Context) error { _, err := n.Status(ctx); return err }); err != nil {
			return err
		}
	}
	if a := s.Aggregator; a != nil {
		return s.waitReady(ctx, &a.service, "the aggregator's API", func(ctx context.Context) error {
			c, err := a.Client(ctx)
			if err != nil {
				return err
			}
			_, err = c.Status(ctx)
			return err
		})
	}
	return nil
}

// waitReady waits until answer succeeds for svc, failing at once if svc exits.
func (s *System) waitReady(ctx context.Context, svc *service, what string, answer func(context.Context) error) error {
	return wait.Within(ctx, readyTimeout, 20*time.Millisecond, what, func() (bool, error) {
		if !svc.Alive() {
			return false, wait.Permanent(fmt.Errorf("%s exited while starting:\n%s", svc.name, svc.LogTail(4000)))
		}
		callCtx, cancel := context.WithTimeout(ctx, time.Second)
		defer cancel()
		return answer(callCtx) == nil, nil
	})
}

// orDefault is v, or def when v is empty.
func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}
