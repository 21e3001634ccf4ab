package bench

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	cmttypes "github.com/cometbft/cometbft/types"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/freeport"
	"github.com/lockstep-xyz/lockstep/operator/node"
)

// Rollups the benchmark registers on L1 and sends to, alternately.
var benchRollups = []uint64{901, 902}

// checkpointInterval is K of the benchmark's Lockstep genesis (operator genesis's default).
const checkpointInterval = 100

// networkOptions are what a network needs beyond its size.
type networkOptions struct {
	txBytes int
	// profile runs node 0 with a CPU profile server.
	profile bool
}

// startLockstep starts a Lockstep network of n operators the way an operator joins one: anvil
// with EigenLayer and Lockstep deployed and the operators registered with the sockets from
// `operator init`, a genesis built from L1 (`operator genesis`, once: every operator gets the
// same bytes), then one `lockstep operator run` process per operator. Checkpoints are not
// signed (no BLS keystore, no aggregator): that path is the firm-latency and aggregation
// benchmarks' business, not ordering's.
func startLockstep(ctx context.Context, env *Env, n int, o networkOptions) (c *cluster, err error) {
	dir := filepath.Join(env.WorkDir, fmt.Sprintf("lockstep-%d", n))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	c = newCluster(systemLockstep, n, lockstepWire{txBytes: o.txBytes, nodes: n, rollups: benchRollups})
	defer func() {
		if err != nil {
			err = errors.Join(err, c.stop())
		}
	}()

	type opNode struct{ home, p2p, api, socket, profile string }
	ops := make([]opNode, n)
	for i := range ops {
		op := &ops[i]
		op.home = filepath.Join(dir, fmt.Sprintf("op%d", i))
		if op.p2p, err = freeport.Addr(); err != nil {
			return nil, err
		}
		if op.api, err = freeport.Addr(); err != nil {
			return nil, err
		}
		id, err := node.InitHome(op.home)
		if err != nil {
			return nil, err
		}
		if op.socket, err = id.Socket(op.p2p, "http://"+op.api); err != nil {
			return nil, err
		}
		c.nodes = append(c.nodes, clusterNode{url: "http://" + op.api, ws: "ws://" + op.api})
	}
	rollups := make([]deployment.Rollup, len(benchRollups))
	for i, id := range benchRollups {
		rollups[i] = deployment.Rollup{ID: id}
	}
	dn, err := anvil.Start(ctx, anvil.Config{
		Node:      anvil.NodeConfig{LogPath: filepath.Join(dir, "anvil.log")},
		Deploy:    anvil.DeployConfig{Rollups: rollups},
		Operators: n,
		Socket:    func(i int) string { return ops[i].socket },
		Logger:    env.Log,
	})
	if err != nil {
		return nil, fmt.Errorf("start devnet: %w", err)
	}
	c.closers = append(c.closers, dn.Close)
	dep := filepath.Join(dir, "deployment.json")
	if err := dn.WriteJSON(dep); err != nil {
		return nil, err
	}
	head, err := dn.Client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the L1 head: %w", err)
	}
	l1 := []string{"--l1.rpc", dn.Node.RPCURL(), "--deployment", dep}
	gctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	genesis := exec.CommandContext(gctx, env.Binary, append(append([]string{"--log.level", "warn", "operator", "genesis", "--home", ops[0].home}, l1...),
		"--l1.block", strconv.FormatUint(head, 10), "--checkpoint-interval", strconv.Itoa(checkpointInterval))...)
	if out, err := genesis.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("lockstep operator genesis: %w: %s", err, strings.TrimSpace(string(out)))
	}
	c.genesis = node.GenesisPath(ops[0].home)
	doc, err := os.ReadFile(c.genesis)
	if err != nil {
		return nil, err
	}
	for _, op := range ops[1:] {
		if err := os.WriteFile(node.GenesisPath(op.home), doc, 0o600); err != nil {
			return nil, err
		}
	}

	for i, op := range ops {
		bin, run := env.Binary, []string{"--log.level", "warn", "operator", "run"}
		if i == 0 && o.profile {
			if op.profile, err = freeport.Addr(); err != nil {
				return nil, err
			}
			c.nodes[i].profile = op.profile
			bin, run = env.DevBinary, []string{"--log.level", "warn", "bench", "operator-node", "--profile.addr", op.profile}
		}
		args := append(append(run, "--home", op.home, "--p2p.laddr", op.p2p, "--p2p.external", op.p2p,
			"--api.addr", op.api, "--api.rate", "0", "--log.cometbft-level", "error"), l1...)
		if i == 0 { // node 0's CometBFT metrics show where its time per block goes
			if c.nodes[0].metrics, err = freeport.Addr(); err != nil {
				return nil, err
			}
			args = append(args, "--metrics.addr", c.nodes[0].metrics)
		}
		if err := c.startNode(fmt.Sprintf("lockstep op%d", i), bin, filepath.Join(dir, fmt.Sprintf("op%d.log", i)), args); err != nil {
			return nil, err
		}
	}
	return c, c.up(ctx)
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
