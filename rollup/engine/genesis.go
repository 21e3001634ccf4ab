package engine

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/fsutil"
)

const (
	// DefaultGasLimit is the gas limit of every block of DevGenesis.
	DefaultGasLimit = 500_000_000
	// DevGenesisTime is DevGenesis's timestamp. It is fixed because the genesis hash covers
	// it: a node restarted with a genesis made again must find the same hash in its data dir.
	DevGenesisTime = 1_700_000_000
	// MinGasLimit is the smallest block gas limit a genesis may set (geth's own floor).
	MinGasLimit = params.MinGasLimit
	devAccounts = 10
)

// devBalance is what DevGenesis gives each anvil dev account: 10,000 ETH.
var devBalance = new(big.Int).Mul(big.NewInt(10_000), big.NewInt(params.Ether))

// Genesis is a rollup's genesis file: what every node of the rollup must agree on to produce
// the same blocks from the same ordering.
type Genesis struct {
	ChainID uint64 `json:"chainId"`
	// Timestamp in seconds; every block comes after it.
	Timestamp uint64 `json:"timestamp"`
	// GasLimit of every block: the limit is also the target, so it never moves.
	GasLimit uint64 `json:"gasLimit"`
	// FeeRecipient is the coinbase of every block: priority fees go there.
	FeeRecipient common.Address     `json:"feeRecipient"`
	Alloc        types.GenesisAlloc `json:"alloc"`
}

// LoadGenesis reads and checks the genesis file at path.
func LoadGenesis(path string) (*Genesis, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read genesis: %w", err)
	}
	var g Genesis
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("parse genesis %s: %w", path, err)
	}
	if err := g.Check(); err != nil {
		return nil, fmt.Errorf("genesis %s: %w", path, err)
	}
	return &g, nil
}

// Check names the first field that cannot make a chain.
func (g *Genesis) Check() error {
	switch {
	case g.ChainID == 0:
		return errors.New("chainId: must not be 0")
	case g.GasLimit < MinGasLimit:
		return fmt.Errorf("gasLimit: %d is below the minimum %d", g.GasLimit, MinGasLimit)
	case g.GasLimit > params.MaxGasLimit:
		return fmt.Errorf("gasLimit: %d is above the maximum %d", g.GasLimit, params.MaxGasLimit)
	}
	for addr := range core.SystemContractAllocs() {
		if _, ok := g.Alloc[addr]; ok {
			return fmt.Errorf("alloc: %s is a system contract's address", addr)
		}
	}
	return nil
}

// DevGenesis is a genesis for development chains: anvil's ten dev accounts (mnemonic "test
// test ... junk") hold 10,000 ETH each, fees go to the zero address.
func DevGenesis(chainID uint64) *Genesis {
	alloc := make(types.GenesisAlloc, devAccounts)
	for i := range devAccounts {
		key, err := deployment.DevKey(i)
		if err != nil {
			panic(fmt.Sprintf("anvil dev key %d: %v", i, err)) // fixed table: cannot fail
		}
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Set(devBalance)}
	}
	return &Genesis{ChainID: chainID, Timestamp: DevGenesisTime, GasLimit: DefaultGasLimit, Alloc: alloc}
}

// Core is the go-ethereum genesis: every fork through Prague active from block 0, proof of
// stake from genesis (terminal total difficulty 0), and the system contracts Cancun's and
// Prague's pre- and post-block calls need, next to g.Alloc.
func (g *Genesis) Core() *core.Genesis {
	zero := uint64(0)
	cfg := &params.ChainConfig{
		ChainID:                 new(big.Int).SetUint64(g.ChainID),
		HomesteadBlock:          big.NewInt(0),
		EIP150Block:             big.NewInt(0),
		EIP155Block:             big.NewInt(0),
		EIP158Block:             big.NewInt(0),
		ByzantiumBlock:          big.NewInt(0),
		ConstantinopleBlock:     big.NewInt(0),
		PetersburgBlock:         big.NewInt(0),
		IstanbulBlock:           big.NewInt(0),
		MuirGlacierBlock:        big.NewInt(0),
		BerlinBlock:             big.NewInt(0),
		LondonBlock:             big.NewInt(0),
		ArrowGlacierBlock:       big.NewInt(0),
		GrayGlacierBlock:        big.NewInt(0),
		TerminalTotalDifficulty: big.NewInt(0),
		ShanghaiTime:            &zero,
		CancunTime:              &zero,
		PragueTime:              &zero,
		BlobScheduleConfig: &params.BlobScheduleConfig{
			Cancun: params.DefaultCancunBlobConfig,
			Prague: params.DefaultPragueBlobConfig,
		},
	}
	alloc := core.SystemContractAllocs()
	for addr, acc := range g.Alloc {
		alloc[addr] = acc
	}
	return &core.Genesis{
		Config:     cfg,
		Timestamp:  g.Timestamp,
		GasLimit:   g.GasLimit,
		Difficulty: big.NewInt(0),
		Alloc:      alloc,
	}
}

// Save writes g to path as indented JSON.
func (g *Genesis) Save(path string) error {
	data, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		return fmt.Errorf("encode genesis: %w", err)
	}
	if err := fsutil.WriteFileSync(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("write genesis %s: %w", path, err)
	}
	return nil
}
