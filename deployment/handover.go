package deployment

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/bindings/proxyadmin"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/internal/txstage"
)

// Handover lists what the owner must still accept after DeployAVS handed the AVS to an owner
// other than the deployer (each is a transaction from the owner).
type Handover struct {
	// ServiceManager: LockstepServiceManager.acceptOwnership().
	ServiceManager common.Address `json:"serviceManager"`
	// CheckpointRegistry: CheckpointRegistry.acceptOwnership().
	CheckpointRegistry common.Address `json:"checkpointRegistry"`
	// PermissionController: PermissionController.acceptAdmin(ServiceManager).
	PermissionController common.Address `json:"permissionController"`
}

// hand sends the transactions that give owner what the deployer holds, when they differ, and
// says what owner must accept.
func hand(ctx context.Context, s *txstage.Stage, tr *chainio.Transactor, b *Bindings, c *Contracts, deployer, owner common.Address) (*Handover, error) {
	if owner == deployer {
		return nil, nil
	}
	admin, err := proxyadmin.NewProxyAdmin(c.ProxyAdmin, tr.Client())
	if err != nil {
		return nil, fmt.Errorf("bind ProxyAdmin: %w", err)
	}
	s.Send(ctx, tr, "ProxyAdmin.transferOwnership(owner)", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return admin.TransferOwnership(o, owner)
	})
	s.Send(ctx, tr, "RegistryCoordinator.transferOwnership(owner)", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.RegistryCoordinator.TransferOwnership(o, owner)
	})
	s.Send(ctx, tr, "ServiceManager.transferOwnership(owner)", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.ServiceManager.TransferOwnership(o, owner)
	})
	s.Send(ctx, tr, "CheckpointRegistry.transferOwnership(owner)", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.CheckpointRegistry.TransferOwnership(o, owner)
	})
	s.Send(ctx, tr, "PermissionController.addPendingAdmin(serviceManager, owner)", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.PermissionController.AddPendingAdmin(o, c.ServiceManager, owner)
	})
	return &Handover{ServiceManager: c.ServiceManager, CheckpointRegistry: c.CheckpointRegistry, PermissionController: c.PermissionController}, nil
}
