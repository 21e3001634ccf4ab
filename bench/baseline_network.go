package bench

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/cometbft/cometbft/crypto/ed25519"
	cmttypes "github.com/cometbft/cometbft/types"

	"github.com/lockstep-xyz/lockstep/internal/freeport"
	"github.com/lockstep-xyz/lockstep/operator/node"
)

// defaultBlockMaxBytes is `lockstep operator genesis --block.max-bytes`'s default, for a
// baseline started without a Lockstep network to copy the consensus parameters from.
const defaultBlockMaxBytes = 4 << 20

// baselineVotingPower is every baseline validator's: equal, like equally staked operators.
const baselineVotingPower = 100

// startBaseline starts n baseline nodes (`lockstep-dev bench baseline-node`), validators of equal
// power under the consensus parameters params (nil: CometBFT's defaults with Lockstep's block
// size).
func startBaseline(ctx context.Context, env *Env, n int, params *cmttypes.ConsensusParams, o networkOptions) (c *cluster, err error) {
	dir := o.workDir(env, "baseline", n)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	c = newCluster(systemBaseline, n, cometWire{lockstepWire{txBytes: o.txBytes, nodes: n, rollups: benchRollups}})
	c.txBytes = o.txBytes
	started := c // an error return sets c to nil; stop what was started
	defer func() {
		if err != nil {
			err = errors.Join(err, started.stop())
		}
	}()
	if params == nil {
		p := cmttypes.DefaultConsensusParams()
		p.Block.MaxBytes = defaultBlockMaxBytes
		params = p
	}
	doc := &cmttypes.GenesisDoc{GenesisTime: time.Now().UTC(), ChainID: fmt.Sprintf("baseline-%d", n), InitialHeight: 1, ConsensusParams: params}
	cfgs := make([]BaselineNodeConfig, n)
	ids := make([]string, n)
	for i := range cfgs {
		cfg := &cfgs[i]
		cfg.Home = filepath.Join(dir, fmt.Sprintf("node%d", i))
		if cfg.P2P, err = freeport.Addr(); err != nil {
			return nil, err
		}
		rpc, err := freeport.Addr()
		if err != nil {
			return nil, err
		}
		cfg.RPC = "tcp://" + rpc
		if i == 0 {
			if cfg.MetricsAddr, err = freeport.Addr(); err != nil {
				return nil, err
			}
		}
		if i == 0 && o.profile {
			if cfg.ProfileAddr, err = freeport.Addr(); err != nil {
				return nil, err
			}
		}
		id, err := node.InitHome(cfg.Home)
		if err != nil {
			return nil, err
		}
		pk := ed25519.PubKey(id.ConsKey)
		doc.Validators = append(doc.Validators, cmttypes.GenesisValidator{Address: pk.Address(), PubKey: pk, Power: baselineVotingPower, Name: fmt.Sprintf("node%d", i)})
		ids[i] = id.NodeID
		c.nodes = append(c.nodes, clusterNode{url: "http://" + rpc, ws: "ws://" + rpc + "/websocket", profile: cfg.ProfileAddr, metrics: cfg.MetricsAddr})
	}
	if err := doc.ValidateAndComplete(); err != nil {
		return nil, fmt.Errorf("baseline genesis: %w", err)
	}
	for i := range cfgs {
		if err := doc.SaveAs(node.GenesisPath(cfgs[i].Home)); err != nil {
			return nil, fmt.Errorf("baseline genesis: %w", err)
		}
		for j := range cfgs {
			if j == i {
				continue
			}
			addr := cfgs[j].P2P
			if o.net != nil {
				if addr, err = o.net.Link(nodeName(i), nodeName(j), addr); err != nil {
					return nil, err
				}
			}
			cfgs[i].Peers = append(cfgs[i].Peers, ids[j]+"@"+addr)
		}
		args := append(append(append([]string(nil), env.baselineCommand()...), cfgs[i].args()...), o.nodeArgs...)
		if err := c.startNode(fmt.Sprintf("baseline node%d", i), env.DevBinary, filepath.Join(dir, fmt.Sprintf("node%d.log", i)), args); err != nil {
			return nil, err
		}
	}
	return c, c.up(ctx)
}
