package deployment

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
)

// ErrCoreIncomplete is wrapped when a core file lacks an address DeployAVS needs or an address
// has no code on the L1.
var ErrCoreIncomplete = errors.New("EigenLayer core incomplete")

// Core is an existing EigenLayer core deployment, in the shape of eigenlayer-contracts' deployment
// output files (script/output/<network>/*.json): the addresses under "addresses", with camelCase
// contract names, "eigenLayerPauserReg" and "eigenLayerProxyAdmin" for the core's own pauser
// registry and proxy admin, and "strategies" as a list of {strategy_address, token_address,
// token_symbol}. Keys it does not know (implementations, beacons, multisigs) are ignored.
type Core struct {
	Addresses CoreAddresses `json:"addresses"`
	ChainInfo CoreChainInfo `json:"chainInfo"`
}

// CoreAddresses are the core contracts (proxies).
type CoreAddresses struct {
	AllocationManager    common.Address `json:"allocationManager"`
	DelegationManager    common.Address `json:"delegationManager"`
	StrategyManager      common.Address `json:"strategyManager"`
	AVSDirectory         common.Address `json:"avsDirectory"`
	RewardsCoordinator   common.Address `json:"rewardsCoordinator"`
	PermissionController common.Address `json:"permissionController"`
	// EigenPodManager, PauserRegistry and ProxyAdmin are recorded when present; the AVS does not
	// call them.
	EigenPodManager common.Address `json:"eigenPodManager"`
	PauserRegistry  common.Address `json:"eigenLayerPauserReg"`
	ProxyAdmin      common.Address `json:"eigenLayerProxyAdmin"`
	Strategies      CoreStrategies `json:"strategies"`
}

// CoreChainInfo says where the core lives.
type CoreChainInfo struct {
	ChainID         uint64 `json:"chainId"`
	DeploymentBlock uint64 `json:"deploymentBlock"`
}

// CoreStrategy is a strategy of the core and the token it holds.
type CoreStrategy struct {
	Strategy common.Address `json:"strategy_address"`
	Token    common.Address `json:"token_address"`
	Symbol   string         `json:"token_symbol,omitempty"`
}

// CoreStrategies is the "strategies" list. eigenlayer-contracts writes "" when a deployment
// added none, which it reads as empty.
type CoreStrategies []CoreStrategy

// UnmarshalJSON implements json.Unmarshaler.
func (s *CoreStrategies) UnmarshalJSON(data []byte) error {
	if t := bytes.TrimSpace(data); bytes.Equal(t, []byte(`""`)) || bytes.Equal(t, []byte("null")) {
		*s = nil
		return nil
	}
	var list []CoreStrategy
	if err := json.Unmarshal(data, &list); err != nil {
		return fmt.Errorf("strategies: %w", err)
	}
	*s = list
	return nil
}

// required lists the addresses DeployAVS needs, by their JSON key.
func (a *CoreAddresses) required() []namedAddress {
	return []namedAddress{
		{"allocationManager", a.AllocationManager},
		{"delegationManager", a.DelegationManager},
		{"strategyManager", a.StrategyManager},
		{"avsDirectory", a.AVSDirectory},
		{"rewardsCoordinator", a.RewardsCoordinator},
		{"permissionController", a.PermissionController},
	}
}

type namedAddress struct {
	name string
	addr common.Address
}

// Check reports the first address DeployAVS needs that is missing.
func (c *Core) Check() error {
	for _, n := range c.Addresses.required() {
		if n.addr == (common.Address{}) {
			return fmt.Errorf("%w: addresses.%s missing", ErrCoreIncomplete, n.name)
		}
	}
	for i, s := range c.Addresses.Strategies {
		if s.Strategy == (common.Address{}) {
			return fmt.Errorf("%w: addresses.strategies[%d].strategy_address missing", ErrCoreIncomplete, i)
		}
	}
	return nil
}

// CheckCode checks that every address DeployAVS needs, and every listed strategy, has code on
// the chain client is connected to, naming the first that has none (a core file for another
// network, or a typo).
func (c *Core) CheckCode(ctx context.Context, client CodeReader) error {
	all := c.Addresses.required()
	for i, s := range c.Addresses.Strategies {
		all = append(all, namedAddress{fmt.Sprintf("strategies[%d].strategy_address", i), s.Strategy})
	}
	for _, n := range all {
		code, err := client.CodeAt(ctx, n.addr, nil)
		if err != nil {
			return fmt.Errorf("read code of %s %s: %w", n.name, n.addr, err)
		}
		if len(code) == 0 {
			return fmt.Errorf("%w: addresses.%s %s has no code on this chain", ErrCoreIncomplete, n.name, n.addr)
		}
	}
	return nil
}

// CodeReader reads contract code (an ethclient, a chainio.Backend).
type CodeReader interface {
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

// ReadCore reads an EigenLayer core deployment file and checks it has every address DeployAVS
// needs.
func ReadCore(path string) (Core, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Core{}, fmt.Errorf("read EigenLayer core: %w", err)
	}
	var c Core
	if err := json.Unmarshal(data, &c); err != nil {
		return Core{}, fmt.Errorf("parse EigenLayer core %s: %w", path, err)
	}
	if err := c.Check(); err != nil {
		return Core{}, fmt.Errorf("EigenLayer core %s: %w", path, err)
	}
	return c, nil
}

// WriteCore writes c to path in the same shape ReadCore reads, failing if path exists.
func WriteCore(path string, c Core) error {
	data, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return fmt.Errorf("encode EigenLayer core: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("write EigenLayer core: %w", err)
	}
	if _, err := f.Write(append(data, '\n')); err != nil {
		f.Close()
		return fmt.Errorf("write EigenLayer core: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write EigenLayer core: %w", err)
	}
	return nil
}
