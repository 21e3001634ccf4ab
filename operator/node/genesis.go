package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/cometbft/cometbft/crypto/ed25519"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/operator/app"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/l1"
)

// GenesisParams are the inputs every operator must agree on to build the same genesis.
type GenesisParams struct {
	ChainID            string // CometBFT chain ID; empty means lockstep-<l1ChainID>-<referenceBlock>
	L1ChainID          uint64
	Registry           common.Address
	ReferenceBlock     uint64
	BlockTime          time.Time // the reference block's timestamp: the genesis time
	CheckpointInterval uint64
	MaxBlockBytes      int64
}

// ErrNoValidators: no registered operator published a usable socket.
var ErrNoValidators = errors.New("no operator at the reference block has a Lockstep socket")

// BuildGenesis reads the operators and rollups registered at p.ReferenceBlock and builds the
// genesis: validators are operators with positive stake whose socket parses, voting power from
// stake, sorted by operator ID (l1.Members: the rule every later validator sync follows too).
func BuildGenesis(ctx context.Context, r l1.Reader, p GenesisParams, log *slog.Logger) (*cmttypes.GenesisDoc, error) {
	if p.CheckpointInterval == 0 {
		return nil, errors.New("genesis: checkpoint interval must be positive")
	}
	if min := int64(envelope.MaxOriginTxBytes + envelope.MaxTxBytes); p.MaxBlockBytes > 0 && p.MaxBlockBytes < min {
		return nil, fmt.Errorf("genesis: block max bytes %d leaves no room for a block's forced entries and a transaction: at least %d", p.MaxBlockBytes, min)
	}
	ops, err := r.OperatorsAt(ctx, p.ReferenceBlock)
	if err != nil {
		return nil, err
	}
	rollups, err := r.RegisteredRollups(ctx, p.ReferenceBlock)
	if err != nil {
		return nil, err
	}
	inbox, err := r.ForcedInclusionInbox(ctx, p.ReferenceBlock)
	if err != nil {
		return nil, err
	}
	members := l1.Members(ops, func(o avs.Operator, err error) {
		log.Warn("operator left out of the genesis", "operatorID", o.ID, "address", o.Address, "err", err)
	})
	if len(members) == 0 {
		return nil, fmt.Errorf("genesis at L1 block %d: %w", p.ReferenceBlock, ErrNoValidators)
	}
	gs := app.GenesisState{CheckpointInterval: p.CheckpointInterval, L1ChainID: p.L1ChainID, Registry: p.Registry, ReferenceBlock: p.ReferenceBlock, Rollups: rollups,
		ForcedInclusionInbox: inbox}
	if gs.Rollups == nil {
		gs.Rollups = []uint64{}
	}
	vals := make([]cmttypes.GenesisValidator, len(members))
	for i, m := range members {
		pk := ed25519.PubKey(m.Socket.ConsKey)
		vals[i] = cmttypes.GenesisValidator{Address: pk.Address(), PubKey: pk, Power: m.Power, Name: m.Operator.Address.Hex()}
		gs.Operators = append(gs.Operators, app.GenesisOperator{OperatorID: m.Operator.ID, Address: m.Operator.Address, Stake: m.Operator.Stake.String(), VotingPower: m.Power, Socket: m.Operator.Socket})
	}
	appState, err := json.Marshal(gs)
	if err != nil {
		return nil, err
	}
	chainID := p.ChainID
	if chainID == "" {
		chainID = fmt.Sprintf("lockstep-%d-%d", p.L1ChainID, p.ReferenceBlock)
	}
	params := cmttypes.DefaultConsensusParams()
	if p.MaxBlockBytes > 0 {
		params.Block.MaxBytes = p.MaxBlockBytes
	}
	doc := &cmttypes.GenesisDoc{
		GenesisTime:     p.BlockTime.UTC(),
		ChainID:         chainID,
		InitialHeight:   1,
		ConsensusParams: params,
		Validators:      vals,
		AppState:        appState,
	}
	if err := doc.ValidateAndComplete(); err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	return doc, nil
}

// WriteGenesis writes doc to home's genesis file.
func WriteGenesis(home string, doc *cmttypes.GenesisDoc) error {
	if err := doc.SaveAs(genesisPath(home)); err != nil {
		return fmt.Errorf("write genesis: %w", err)
	}
	return nil
}
