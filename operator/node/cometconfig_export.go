package node

import (
	"errors"

	cmtcfg "github.com/cometbft/cometbft/config"
)

// CometConfig is the CometBFT configuration a node with cfg runs: the same consensus timers,
// p2p flush throttle, gossip sleep, mempool bounds and instrumentation. It exists so that the
// benchmark's baseline (bare CometBFT with an accept-everything application) runs with exactly
// an operator's settings. cfg.Peers must name the peers: without an operator's genesis there are
// no sockets to read them from.
func CometConfig(cfg Config) (*cmtcfg.Config, error) {
	if len(cfg.Peers) == 0 {
		return nil, errors.New("CometBFT config: Peers is empty")
	}
	return (&Node{cfg: cfg}).cometConfig()
}
