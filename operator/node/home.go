package node

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"

	"github.com/lockstep-xyz/lockstep/operator/socket"
)

// Home file layout (CometBFT's, under the node's home folder).
func nodeKeyPath(home string) string  { return filepath.Join(home, "config", "node_key.json") }
func pvKeyPath(home string) string    { return filepath.Join(home, "config", "priv_validator_key.json") }
func pvStatePath(home string) string  { return filepath.Join(home, "data", "priv_validator_state.json") }
func genesisPath(home string) string  { return filepath.Join(home, "config", "genesis.json") }
func appStorePath(home string) string { return filepath.Join(home, "data", "lockstep") }

// availPath is the pool of transactions ordered by reference (operator/avail).
func availPath(home string) string { return filepath.Join(home, "data", "lockstep-avail") }
func guardPath(home string) string { return filepath.Join(home, "data", "bls_signing_record.json") }

// GenesisPath is where the node reads its genesis.
func GenesisPath(home string) string { return genesisPath(home) }

// Identity is a node's CometBFT identity.
type Identity struct {
	NodeID  string
	ConsKey []byte // ed25519 public key
}

// InitHome creates home's folders, node key and consensus key unless they exist, and returns
// the identity.
func InitHome(home string) (Identity, error) {
	for _, d := range []string{"config", "data"} {
		if err := os.MkdirAll(filepath.Join(home, d), 0o700); err != nil {
			return Identity{}, fmt.Errorf("init home: %w", err)
		}
	}
	nk, err := p2p.LoadOrGenNodeKey(nodeKeyPath(home))
	if err != nil {
		return Identity{}, fmt.Errorf("init node key: %w", err)
	}
	pv := privval.LoadOrGenFilePV(pvKeyPath(home), pvStatePath(home))
	pk, err := pv.GetPubKey()
	if err != nil {
		return Identity{}, fmt.Errorf("read consensus key: %w", err)
	}
	return Identity{NodeID: string(nk.ID()), ConsKey: pk.Bytes()}, nil
}

// LoadIdentity reads an initialised home's identity.
func LoadIdentity(home string) (Identity, error) {
	nk, err := p2p.LoadNodeKey(nodeKeyPath(home))
	if err != nil {
		return Identity{}, fmt.Errorf("load node key (run lockstep operator init): %w", err)
	}
	if _, err := os.Stat(pvKeyPath(home)); err != nil {
		return Identity{}, fmt.Errorf("load consensus key (run lockstep operator init): %w", err)
	}
	pv := privval.LoadFilePVEmptyState(pvKeyPath(home), pvStatePath(home))
	pk, err := pv.GetPubKey()
	if err != nil {
		return Identity{}, err
	}
	return Identity{NodeID: string(nk.ID()), ConsKey: pk.Bytes()}, nil
}

// Socket is the socket string an operator with this identity publishes on L1.
func (id Identity) Socket(p2pAddr, rpcURL string) (string, error) {
	s := socket.Socket{NodeID: id.NodeID, ConsKey: id.ConsKey, P2PAddr: p2pAddr, RPCURL: rpcURL}
	if err := s.Check(); err != nil {
		return "", err
	}
	return s.String(), nil
}
