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
	"github.com/ethereum/go-ethereum/params"

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

// DevAccounts are the addresses of anvil's ten dev accounts (mnemonic "test test ... junk",
// m/44'/60'/0'/0/i), public test accounts whose keys everyone knows.
var DevAccounts = [...]common.Address{
	common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"),
	common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
	common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"),
	common.HexToAddress("0x90F79bf6EB2c4f870365E785982E1f101E93b906"),
	common.HexToAddress("0x15d34AAf54267DB7D7C367839AAf71A00a2C6A65"),
	common.HexToAddress("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc"),
	common.HexToAddress("0x976EA74026E726554dB657fA54763abd0C3a0aa9"),
	common.HexToAddress("0x14dC79964da2C08b23698B3D3cc7Ca32193d9955"),
	common.HexToAddress("0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f"),
	common.HexToAddress("0xa0Ee7A142d267C1f36714E4a8F75612F20a79720"),
}

// DevGenesis is a genesis for development chains: anvil's ten dev accounts (mnemonic "test
// test ... junk") hold 10,000 ETH each, fees go to the zero address.
func DevGenesis(chainID uint64) *Genesis {
	alloc := make(types.GenesisAlloc, len(DevAccounts))
	for _, a := range DevAccounts {
		alloc[a] = types.Account{Balance: new(big.Int).Set(devBalance)}
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
