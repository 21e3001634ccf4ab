package bench

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"time"

	cmttypes "github.com/cometbft/cometbft/types"

	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/freeport"
	"github.com/lockstep-xyz/lockstep/internal/netem"
	"github.com/lockstep-xyz/lockstep/system"
)

// Rollups the benchmark registers on L1 and sends to, alternately.
var benchRollups = []uint64{901, 902}

// checkpointInterval is K of the benchmark's Lockstep genesis (operator genesis's default).
const checkpointInterval = 100

// nodeLogLevel is the log level of the benchmark's nodes: their logs are for failures, and
// writing them costs the CPU being measured.
const nodeLogLevel = "warn"

// networkOptions are what a network needs beyond its size.
type networkOptions struct {
	txBytes int
	// profile runs node 0 with a CPU profile server.
	profile bool
	// gatherWindow > 0 runs Lockstep with ingress gathering (--api.gather-window).
	gatherWindow time.Duration
	// batchMax > 0 loads Lockstep with rollup batchers (lockstep_submitBatch, up to batchMax
	// transactions a request) instead of single submissions.
	batchMax    int
	batchWindow time.Duration
	// net, when set, carries the p2p connections: node i dials node j through its link
	// nodeName(i) → nodeName(j), made when the network starts.
	net *netem.Net
	// nodeArgs are added to every node's flags (Lockstep's `operator run`; the baseline's
	// baseline-node).
	nodeArgs []string
	// workPrefix starts the name of the network's folder in the work folder, so that networks
	// started one after the other in a run never share node homes.
	workPrefix string
}

// workDir is the folder of the network of system with n nodes.
func (o networkOptions) workDir(env *Env, system string, n int) string {
	return filepath.Join(env.WorkDir, fmt.Sprintf("%s%s-%d", o.workPrefix, system, n))
}

// nodeName is node i's endpoint name in a network's netem.Net.
func nodeName(i int) string { return fmt.Sprintf("node%d", i) }

// startLockstep starts a Lockstep network of n operators with the system harness, the way an
// operator joins one: `operator init`, anvil with EigenLayer and Lockstep deployed and the
// operators registered with their sockets, a genesis built from L1 at one head, then one
// `lockstep operator run` process per operator. Checkpoints are not signed (no BLS keystore,
// no aggregator): that path is the firm-latency and aggregation benchmarks' business, not
// ordering's. With o.profile node 0 serves Go's pprof (`--pprof.addr`, as an operator would).
func startLockstep(ctx context.Context, env *Env, n int, o networkOptions) (c *cluster, err error) {
	name, window := systemLockstep, "0s" // one consensus transaction per user transaction
	switch {
	case o.gatherWindow > 0:
		name, window = systemGather, o.gatherWindow.String()
	case o.batchMax > 0:
		name = systemBatch
	}
	w := lockstepWire{txBytes: o.txBytes, nodes: n, rollups: benchRollups}
	if name != systemLockstep {
		w.ids = newTxIDs()
	}
	c = newCluster(name, n, w)
	c.batchMax, c.batchWindow = o.batchMax, o.batchWindow
	c.txBytes = o.txBytes
	started := c // an error return sets c to nil; stop what was started
	defer func() {
		if err != nil {
			err = errors.Join(err, started.stop())
		}
	}()
	// Node 0's CometBFT metrics show where its time per block goes.
	metrics, err := freeport.Addr()
	if err != nil {
		return nil, err
	}
	var profile string
	if o.profile {
		if profile, err = freeport.Addr(); err != nil {
			return nil, err
		}
	}
	rollups := make([]deployment.Rollup, len(benchRollups))
	for i, id := range benchRollups {
		rollups[i] = deployment.Rollup{ID: id}
	}
	procs := &systemProcs{exits: map[string]error{}}
	var peerAddr func(from, to *system.Node) (string, error)
	if o.net != nil {
		peerAddr = func(from, to *system.Node) (string, error) {
			return o.net.Link(nodeName(from.Index), nodeName(to.Index), to.P2PAddr)
		}
	}
	sys, err := system.Start(ctx, system.Config{
		Lockstep:           env.Binary,
		Dir:                o.workDir(env, name, n),
		Operators:          n,
		Rollups:            rollups,
		CheckpointInterval: checkpointInterval,
		NoBLS:              true,
		LogLevel:           nodeLogLevel,
		NodeArgs:           append([]string{"--log.cometbft-level", "error", "--api.gather-window", window}, o.nodeArgs...),
		Node: func(i int) system.NodeConfig {
			if i != 0 {
				return system.NodeConfig{}
			}
			nc := system.NodeConfig{Args: []string{"--metrics.addr", metrics}}
			if profile != "" {
				nc.Args = append(nc.Args, "--pprof.addr", profile)
			}
			return nc
		},
		PeerAddr:    peerAddr,
		StopTimeout: procStopTimeout,
		OnExit:      procs.exited,
		Logger:      env.Log,
	})
	if err != nil {
		return nil, fmt.Errorf("start Lockstep: %w", err)
	}
	procs.sys = sys
	c.procs = procs
	c.genesis = sys.Nodes[0].GenesisPath()
	for _, sn := range sys.Nodes {
		c.nodes = append(c.nodes, clusterNode{url: sn.APIURL(), ws: sn.WSURL()})
	}
	c.nodes[0].metrics, c.nodes[0].profile = metrics, profile
	return c, c.up(ctx)
}

// systemProcs are the node processes of a Lockstep network run by the system harness; stopping
// them stops the system, anvil included.
type systemProcs struct {
	sys *system.System

	mu    sync.Mutex
	exits map[string]error // node name → how it exited, for nodes that exited untold
}

// exited is the system's OnExit: it records how a node ended for firstExited.
func (s *systemProcs) exited(name string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.exits[name] = err
}

func (s *systemProcs) pids() []int {
	out := make([]int, len(s.sys.Nodes))
	for i, n := range s.sys.Nodes {
		out[i] = n.Pid()
	}
	return out
}

func (s *systemProcs) firstExited() error {
	for _, n := range s.sys.Nodes {
		if !n.Alive() {
			s.mu.Lock()
			err := s.exits[n.Name()]
			s.mu.Unlock()
			return fmt.Errorf("%s exited (%v); its log ends:\n%s", n.Name(), err, n.LogTail(logTailBytes))
		}
	}
	return nil
}

func (s *systemProcs) stop() error {
	rerr := resumeProcs(s)
	return errors.Join(rerr, s.sys.Stop(context.Background()))
}

// consensusParams are the consensus parameters of a Lockstep network's genesis, for the
// baseline's.
func consensusParams(c *cluster) (*cmttypes.ConsensusParams, error) {
	doc, err := cmttypes.GenesisDocFromFile(c.genesis)
	if err != nil {
		return nil, err
	}
	return doc.ConsensusParams, nil
}
