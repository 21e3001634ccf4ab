// Package l1 is the operator node's view of Ethereum: the AVS state through the shared
// avs.Reader (operators, stake, sockets, registered rollups), a minimal adapter that reads
// sockets at the reference block, and a refreshed view of the registered rollups.
package l1

import (
	"context"
	"fmt"
	"math/big"

	sdk_sock "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SocketRegistry"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/avs"
)

// Reader is the part of avs.Reader the node uses.
type Reader interface {
	// OperatorsAt returns the quorum's operators at block, sorted by ID.
	OperatorsAt(ctx context.Context, block uint64) ([]avs.Operator, error)
	// RegisteredRollups returns the registered rollup IDs at block (0: latest), ascending.
	RegisteredRollups(ctx context.Context, block uint64) ([]uint64, error)
}

var _ Reader = (*avs.Reader)(nil)

// SocketsAtBlock is a Reader whose operators carry the socket they had at the block asked
// for. avs.Reader returns current sockets; a genesis must not depend on when it is built, or
// two operators building it at different times could disagree.
type SocketsAtBlock struct {
	Reader
	sockets *sdk_sock.ContractSocketRegistryCaller
}

// NewSocketsAtBlock wraps r; socketRegistry is the middleware's SocketRegistry.
func NewSocketsAtBlock(r Reader, client bind.ContractCaller, socketRegistry common.Address) (*SocketsAtBlock, error) {
	s, err := sdk_sock.NewContractSocketRegistryCaller(socketRegistry, client)
	if err != nil {
		return nil, fmt.Errorf("bind SocketRegistry: %w", err)
	}
	return &SocketsAtBlock{Reader: r, sockets: s}, nil
}

// OperatorsAt implements Reader with sockets read at block.
func (s *SocketsAtBlock) OperatorsAt(ctx context.Context, block uint64) ([]avs.Operator, error) {
	ops, err := s.Reader.OperatorsAt(ctx, block)
	if err != nil {
		return nil, err
	}
	call := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(block)}
	for i := range ops {
		if ops[i].Socket, err = s.sockets.GetOperatorSocket(call, ops[i].ID); err != nil {
			return nil, fmt.Errorf("read socket of operator %s at block %d: %w", ops[i].ID, block, err)
		}
	}
	return ops, nil
}
