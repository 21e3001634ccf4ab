package app

import (
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// GenesisState is the application part of the CometBFT genesis (app_state). Everything that
// must be identical on every node for the commitments to agree lives here, not in local
// configuration.
type GenesisState struct {
	// CheckpointInterval K: checkpoint n covers heights ((n-1)K, nK].
	CheckpointInterval uint64 `json:"checkpointInterval"`
	// L1ChainID and Registry identify the CheckpointRegistry the checkpoints are for.
	L1ChainID uint64         `json:"l1ChainId"`
	Registry  common.Address `json:"registry"`
	// ReferenceBlock is the L1 block the validator set and rollups were read at.
	ReferenceBlock uint64 `json:"referenceBlock"`
	// Rollups registered at ReferenceBlock (nodes follow later registrations on L1).
	Rollups []uint64 `json:"rollups"`
	// Operators are the genesis validators as registered on L1.
	Operators []GenesisOperator `json:"operators"`
}

// GenesisOperator is one genesis validator's L1 identity and published endpoints.
type GenesisOperator struct {
	OperatorID  common.Hash    `json:"operatorId"`
	Address     common.Address `json:"address"`
	Stake       string         `json:"stake"`
	VotingPower int64          `json:"votingPower"`
	Socket      string         `json:"socket"`
}

// Check validates the state.
func (g *GenesisState) Check() error {
	if g.CheckpointInterval == 0 {
		return fmt.Errorf("genesis: checkpointInterval must be positive")
	}
	return nil
}

// ParseGenesisState decodes and checks app_state.
func ParseGenesisState(b []byte) (*GenesisState, error) {
	var g GenesisState
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("parse genesis app_state: %w", err)
	}
	if err := g.Check(); err != nil {
		return nil, err
	}
	return &g, nil
}
