package system

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/api/rollupapi"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/freeport"
	"github.com/lockstep-xyz/lockstep/internal/proc"
)

// Flags every rollup node gets before its own Args (a later flag wins).
const (
	// RollupConfirmations makes a block safe as soon as its checkpoint is in an L1 block: anvil
	// does not reorganise, and the devnet's L1 mines on an interval, so waiting for one more block
	// would only slow the safe head down.
	RollupConfirmations = 0
	// RollupFinalityDepth counts an L1 block finalized two blocks below the head, anvil having no
	// finality of its own.
	RollupFinalityDepth = 2
)

// RollupNodeConfig is one `lockstep rollup run` process of the system.
type RollupNodeConfig struct {
	// ChainID is the rollup's chain ID, one of Config.Rollups.
	ChainID uint64
	// Operators are the indexes of the operator nodes it follows and sends transactions to, in
	// order of preference; empty means all of them, in order.
	Operators []int
	// Args are appended to its `rollup run` flags.
	Args []string
}

// RollupNode is one rollup node process.
type RollupNode struct {
	service
	// Index is the node's position in Config.RollupNodes.
	Index   int
	ChainID uint64
	Home    string
	// GenesisPath is the rollup's genesis file, shared by every node of the chain.
	GenesisPath string
	HTTPAddr    string
	WSAddr      string

	conf   RollupNodeConfig
	client *rpc.Client
}

// RollupStatus is a rollup node's progress, as rollup_status answers it.
type RollupStatus = rollupapi.Status

// HTTPURL is the node's JSON-RPC URL (eth, net, web3, rollup namespaces).
func (r *RollupNode) HTTPURL() string { return "http://" + r.HTTPAddr }

// WSURL is the node's WebSocket URL.
func (r *RollupNode) WSURL() string { return "ws://" + r.WSAddr }

// Operators are the indexes of the operator nodes the rollup node follows, in order.
func (r *RollupNode) Operators() []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.conf.Operators)
}

// Client is the node's JSON-RPC client over HTTP, dialled on first use and closed by Kill and
// Stop. Wrap it with ethclient.NewClient for the eth namespace.
func (r *RollupNode) Client(ctx context.Context) (*rpc.Client, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.client == nil {
		c, err := rpc.DialContext(ctx, r.HTTPURL())
		if err != nil {
			return nil, fmt.Errorf("dial %s: %w", r.name, err)
		}
		r.client = c
	}
	return r.client, nil
}

// Eth is an ethclient over Client.
func (r *RollupNode) Eth(ctx context.Context) (*ethclient.Client, error) {
	c, err := r.Client(ctx)
	if err != nil {
		return nil, err
	}
	return ethclient.NewClient(c), nil
}

// Status is the node's rollup_status.
func (r *RollupNode) Status(ctx context.Context) (*RollupStatus, error) {
	c, err := r.Client(ctx)
	if err != nil {
		return nil, err
	}
	st, err := rollupapi.NewClient(c).Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("status of %s: %w", r.name, err)
	}
	return st, nil
}

func (r *RollupNode) closeClient() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.client != nil {
		r.client.Close()
		r.client = nil
	}
}

// Kill sends sig to the node and waits for it to exit (killing it after the stop timeout).
func (r *RollupNode) Kill(sig syscall.Signal) error {
	r.closeClient()
	return r.kill(sig)
}

// Start starts the node again after a Kill, on the same home and ports.
func (r *RollupNode) Start() error { return r.start() }

// Restart stops the node (SIGTERM), lets change edit its options (nil keeps them: other
// operators, more Args; the chain ID stays), and starts it again on the same home and ports.
// Its log continues.
func (r *RollupNode) Restart(change func(*RollupNodeConfig)) error {
	if err := r.Kill(syscall.SIGTERM); err != nil {
		return err
	}
	r.mu.Lock()
	rc := r.conf
	r.mu.Unlock()
	rc.Operators = slices.Clone(rc.Operators)
	rc.Args = slices.Clone(rc.Args)
	if change != nil {
		change(&rc)
	}
	rc.ChainID = r.ChainID
	if err := r.sys.cfg.checkRollupNode(rc, len(r.sys.Nodes)); err != nil {
		return fmt.Errorf("restart %s: %w", r.name, err)
	}
	r.sys.configureRollup(r, rc)
	return r.start()
}

// checkRollupNode checks a rollup node's options against the system's, which runs operators
// operator nodes.
func (c *Config) checkRollupNode(rc RollupNodeConfig, operators int) error {
	if !slices.ContainsFunc(c.Rollups, func(r deployment.Rollup) bool { return r.ID == rc.ChainID }) {
		return fmt.Errorf("chain %d is not a registered rollup (Config.Rollups)", rc.ChainID)
	}
	for _, i := range rc.Operators {
		if i < 0 || i >= operators {
			return fmt.Errorf("operator node %d does not exist (%d operators)", i, operators)
		}
	}
	return nil
}

// rollupGenesisPath is the genesis file of chain id, written once per system.
func (s *System) rollupGenesisPath(id uint64) string {
	return filepath.Join(s.cfg.Dir, fmt.Sprintf("rollup%d.genesis.json", id))
}

// startRollups writes each rollup chain's genesis once and starts its rollup nodes, on fresh
// homes and ports. They start after the operator nodes answer: a rollup node follows them from
// its first moment.
func (s *System) startRollups(ctx context.Context) error {
	written := make(map[uint64]bool)
	perChain := make(map[uint64]int)
	for i, rc := range s.cfg.RollupNodes {
		if !written[rc.ChainID] {
			path := s.rollupGenesisPath(rc.ChainID)
			if _, err := proc.Run(ctx, s.cfg.Lockstep, []string{"rollup", "genesis", "--chain-id", strconv.FormatUint(rc.ChainID, 10), "--out", path}); err != nil {
				return fmt.Errorf("genesis of rollup %d: %w", rc.ChainID, err)
			}
			written[rc.ChainID] = true
		}
		name := fmt.Sprintf("rollup%d-%d", rc.ChainID, perChain[rc.ChainID])
		perChain[rc.ChainID]++
		r := &RollupNode{
			service:     service{name: name, logPath: filepath.Join(s.cfg.Dir, name+".log"), sys: s},
			Index:       i,
			ChainID:     rc.ChainID,
			Home:        filepath.Join(s.cfg.Dir, name),
			GenesisPath: s.rollupGenesisPath(rc.ChainID),
		}
		if err := r.pickPorts(); err != nil {
			return err
		}
		if err := os.RemoveAll(r.Home); err != nil {
			return fmt.Errorf("clear %s's home: %w", name, err)
		}
		if err := os.Remove(r.logPath); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("clear %s's log: %w", name, err)
		}
		s.configureRollup(r, rc)
		// Listed before it starts, so Stop reaches it whatever happens next.
		s.Rollups = append(s.Rollups, r)
		if err := r.start(); err != nil {
			return err
		}
	}
	return nil
}

// pickPorts gives the node fresh listen addresses (set its flags with configureRollup).
func (r *RollupNode) pickPorts() error {
	ports, err := freeport.GetN(2)
	if err != nil {
		return err
	}
	r.HTTPAddr = fmt.Sprintf("127.0.0.1:%d", ports[0])
	r.WSAddr = fmt.Sprintf("127.0.0.1:%d", ports[1])
	return nil
}

// configureRollup sets rollup node r's flags from the system's and its own options.
func (s *System) configureRollup(r *RollupNode, rc RollupNodeConfig) {
	if len(rc.Operators) == 0 {
		for i := range len(s.Nodes) {
			rc.Operators = append(rc.Operators, i)
		}
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.conf = rc
	r.bin = s.cfg.Lockstep
	args := []string{"--log.level", s.cfg.LogLevel, "rollup", "run", "--home", r.Home, "--genesis", r.GenesisPath}
	for _, i := range rc.Operators {
		// WebSocket: the operator pushes new batches instead of being polled.
		args = append(args, "--operator-rpc", s.Nodes[i].WSURL())
	}
	args = append(args, "--l1.rpc", s.L1RPC(), "--deployment", s.DeploymentPath,
		"--confirmations", strconv.Itoa(RollupConfirmations), "--l1.finality-depth", strconv.Itoa(RollupFinalityDepth),
		"--api.addr", r.HTTPAddr, "--api.ws-addr", r.WSAddr, "--metrics.addr", "")
	r.args = append(args, rc.Args...)
	r.env = nil
}

// portAttempts is how many times a rollup node is started on fresh ports when another process
// took one of its ports between the pick and the bind.
const portAttempts = 3

// readyRollups waits until every rollup node answers rollup_status. A node that could not bind
// its ports (free when picked, taken since by a process of another system on this machine) is
// started again on fresh ones.
func (s *System) readyRollups(ctx context.Context) error {
	for _, r := range s.Rollups {
		for attempt := 1; ; attempt++ {
			err := s.waitReady(ctx, &r.service, r.name+"'s rollup_status", func(ctx context.Context) error {
				_, err := r.Status(ctx)
				return err
			})
			if err == nil {
				break
			}
			if attempt == portAttempts || r.Alive() || !strings.Contains(r.output(), "address already in use") {
				return err
			}
			s.log.Warn("rollup node's port taken; starting it on others", "node", r.name, "http", r.HTTPAddr, "ws", r.WSAddr)
			r.closeClient()
			if err := r.pickPorts(); err != nil {
				return err
			}
			r.mu.Lock()
			rc := r.conf
			r.mu.Unlock()
			s.configureRollup(r, rc)
			if err := r.start(); err != nil {
				return err
			}
		}
	}
	return nil
}
