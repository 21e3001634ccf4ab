package app

import (
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/operator/envelope"
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
	// ForcedInclusionInbox is the L1 inbox whose entries every block must include (none: zero).
	ForcedInclusionInbox common.Address `json:"forcedInclusionInbox,omitempty"`
	// MaxOriginAge is how many L1 blocks a block's L1 origin may be behind a validator's L1 head
	// (DefaultMaxOriginAge if 0).
	MaxOriginAge uint64 `json:"maxOriginAge,omitempty"`
	// MaxForcedPerBlock bounds the inbox entries one block includes (DefaultMaxForcedPerBlock if 0).
	MaxForcedPerBlock uint64 `json:"maxForcedPerBlock,omitempty"`
}

// Defaults of the genesis bounds.
const (
	// DefaultMaxOriginAge: 64 L1 blocks (12.8 minutes at 12 s) tolerates a proposer whose L1
	// view lags by minutes, while the forced-inclusion deadline is checked against the origin,
	// so a stale origin delays forced entries but cannot hide them.
	DefaultMaxOriginAge = 64
	// DefaultMaxForcedPerBlock: 16 entries per block (envelope.MaxForced), checkpoints of K
	// blocks take 16K, so a backlog drains fast while one block's forced bytes stay bounded (one
	// origin transaction, at most envelope.MaxOriginTxBytes). It is also the registry's default
	// maxForcedPerCheckpoint: a checkpoint's last block alone can reach that exemption.
	DefaultMaxForcedPerBlock = envelope.MaxForced
)

func (g *GenesisState) maxOriginAge() uint64 {
	if g.MaxOriginAge == 0 {
		return DefaultMaxOriginAge
	}
	return g.MaxOriginAge
}

func (g *GenesisState) maxForcedPerBlock() uint64 {
	if g.MaxForcedPerBlock == 0 {
		return DefaultMaxForcedPerBlock
	}
	return g.MaxForcedPerBlock
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
	if g.MaxForcedPerBlock > envelope.MaxForced {
		return fmt.Errorf("genesis: maxForcedPerBlock %d above %d", g.MaxForcedPerBlock, envelope.MaxForced)
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
