package bench

import (
	"context"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtcfg "github.com/cometbft/cometbft/config"
	cmtlog "github.com/cometbft/cometbft/libs/log"
	cmtnode "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"

	"github.com/lockstep-xyz/lockstep/operator/node"
)

// baselineApp is the baseline's ABCI application: it accepts every transaction and stores
// nothing beyond what CometBFT stores itself. Like Lockstep's, its app hash changes after each
// height with transactions only (here a count of them), so CometBFT makes the same proof blocks
// and waits for transactions the same way.
type baselineApp struct {
	abci.BaseApplication

	mu      sync.Mutex
	height  int64
	txRuns  uint64
	appHash []byte
}

func (a *baselineApp) Info(context.Context, *abci.RequestInfo) (*abci.ResponseInfo, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return &abci.ResponseInfo{LastBlockHeight: a.height, LastBlockAppHash: a.appHash}, nil
}

func (a *baselineApp) FinalizeBlock(_ context.Context, req *abci.RequestFinalizeBlock) (*abci.ResponseFinalizeBlock, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	results := make([]*abci.ExecTxResult, len(req.Txs))
	for i := range results {
		results[i] = &abci.ExecTxResult{Code: abci.CodeTypeOK}
	}
	a.height = req.Height
	if len(req.Txs) > 0 {
		a.txRuns++
		a.appHash = binary.BigEndian.AppendUint64(nil, a.txRuns)
	}
	return &abci.ResponseFinalizeBlock{TxResults: results, AppHash: a.appHash}, nil
}

// BaselineNodeConfig configures one baseline node (`lockstep-dev bench baseline-node`).
type BaselineNodeConfig struct {
	Home  string   // made by node.InitHome, with config/genesis.json
	P2P   string   // p2p listen and external address, host:port
	Peers []string // id@host:port
	RPC   string   // CometBFT RPC listen address, tcp://host:port
	// ProfileAddr, when set, serves CPU profiles (see StartProfileServer).
	ProfileAddr string
	// MetricsAddr, when set, serves CometBFT's Prometheus metrics (like an operator's
	// --metrics.addr).
	MetricsAddr string
	// Profile is the consensus profile (node.ConsensusProfile, like an operator's
	// --consensus.profile); empty means an operator's default.
	Profile string
}

// ParseBaselineNodeArgs reads `lockstep-dev bench baseline-node` arguments.
func ParseBaselineNodeArgs(args []string) (BaselineNodeConfig, error) {
	var c BaselineNodeConfig
	var peers string
	fs := flag.NewFlagSet("baseline-node", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&c.Home, "home", "", "node home")
	fs.StringVar(&c.P2P, "p2p", "", "p2p address host:port")
	fs.StringVar(&peers, "peers", "", "comma-separated id@host:port")
	fs.StringVar(&c.RPC, "rpc", "", "CometBFT RPC listen address tcp://host:port")
	fs.StringVar(&c.ProfileAddr, "profile.addr", "", "serve CPU profiles on host:port")
	fs.StringVar(&c.MetricsAddr, "metrics.addr", "", "serve Prometheus metrics on host:port")
	fs.StringVar(&c.Profile, "consensus.profile", "", "consensus profile (lan, wan)")
	if err := fs.Parse(args); err != nil {
		return c, fmt.Errorf("baseline-node: %w", err)
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("baseline-node: unexpected argument %q", fs.Arg(0))
	}
	if c.Home == "" || c.P2P == "" || c.RPC == "" || peers == "" {
		return c, errors.New("baseline-node: --home, --p2p, --peers and --rpc are required")
	}
	if c.Profile != "" && !node.IsConsensusProfile(c.Profile) {
		return c, fmt.Errorf("baseline-node: --consensus.profile %q: want one of %v", c.Profile, node.ConsensusProfiles)
	}
	c.Peers = strings.Split(peers, ",")
	return c, nil
}

// args is the command line ParseBaselineNodeArgs reads back.
func (c BaselineNodeConfig) args() []string {
	a := []string{"--home", c.Home, "--p2p", c.P2P, "--peers", strings.Join(c.Peers, ","), "--rpc", c.RPC}
	if c.ProfileAddr != "" {
		a = append(a, "--profile.addr", c.ProfileAddr)
	}
	if c.MetricsAddr != "" {
		a = append(a, "--metrics.addr", c.MetricsAddr)
	}
	if c.Profile != "" {
		a = append(a, "--consensus.profile", c.Profile)
	}
	return a
}

// RunBaselineNode runs bare CometBFT with the accept-everything application until ctx ends. Its
// CometBFT configuration is an operator's (node.CometConfig over node.DefaultConfig, the
// defaults `lockstep operator run` uses) with CometBFT's own RPC on for the load generator.
func RunBaselineNode(ctx context.Context, c BaselineNodeConfig) (err error) {
	cfg := node.DefaultConfig(c.Home)
	cfg.Moniker = "baseline"
	cfg.P2PListen, cfg.P2PExternal = c.P2P, c.P2P
	cfg.Peers = c.Peers
	cfg.CometRPC = c.RPC
	if c.Profile != "" {
		if cfg.Consensus, err = node.ConsensusProfile(c.Profile); err != nil {
			return err
		}
	}
	cc, err := node.CometConfig(cfg)
	if err != nil {
		return err
	}
	cc.Instrumentation.PrometheusListenAddr = c.MetricsAddr
	if c.ProfileAddr != "" {
		ps, err := StartProfileServer(c.ProfileAddr)
		if err != nil {
			return err
		}
		defer func() { err = errors.Join(err, ps.Stop()) }()
	}
	nk, err := p2p.LoadNodeKey(cc.NodeKeyFile())
	if err != nil {
		return fmt.Errorf("baseline node key: %w", err)
	}
	pv := privval.LoadFilePV(cc.PrivValidatorKeyFile(), cc.PrivValidatorStateFile())
	logger := cmtlog.NewFilter(cmtlog.NewTMLogger(cmtlog.NewSyncWriter(os.Stderr)), cmtlog.AllowError())
	n, err := cmtnode.NewNode(cc, pv, nk, proxy.NewLocalClientCreator(&baselineApp{}), cmtnode.DefaultGenesisDocProviderFunc(cc),
		cmtcfg.DefaultDBProvider, cmtnode.DefaultMetricsProvider(cc.Instrumentation), logger)
	if err != nil {
		return fmt.Errorf("create baseline node: %w", err)
	}
	if err := n.Start(); err != nil {
		return fmt.Errorf("start baseline node: %w", err)
	}
	<-ctx.Done()
	if err := n.Stop(); err != nil {
		return fmt.Errorf("stop baseline node: %w", err)
	}
	n.Wait()
	return nil
}
