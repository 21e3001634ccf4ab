// Package l1 is the operator node's view of Ethereum: the AVS state through the shared
// avs.Reader (operators, stake and sockets at a block, registered rollups) and a refreshed
// view of the registered rollups.
package l1

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/avs"
)

// Reader is the part of avs.Reader the node uses.
type Reader interface {
	// OperatorsAt returns the quorum's operators at block, sorted by ID.
	OperatorsAt(ctx context.Context, block uint64) ([]avs.Operator, error)
	// RegisteredRollups returns the registered rollup IDs at block (0: latest), ascending.
	RegisteredRollups(ctx context.Context, block uint64) ([]uint64, error)
	// ForcedInclusionInbox returns the inbox the registry names at block (0: latest; zero: none).
	ForcedInclusionInbox(ctx context.Context, block uint64) (common.Address, error)
}

var _ Reader = (*avs.Reader)(nil)
