package anvil

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"

	el_am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/deployment"
)

// What an operator does on EigenLayer itself before it joins Lockstep, as eigenlayer-cli does it
// on a real network, here through the core contracts on a local chain: register as an
// EigenLayer operator with an allocation delay, deposit stake, wait for the allocation delay to
// apply (ALLOCATION_CONFIGURATION_DELAY blocks), allocate to Lockstep's operator set, wait for
// the allocation to take effect. Waiting mines blocks (anvil_mine), so mainnet's 126,000-block
// configuration delay costs seconds. The stake token is the devnet's: the core deployer mints it.

// EigenLayerOperator configures RegisterEigenLayerOperator and Allocate.
type EigenLayerOperator struct {
	// Key is the operator's account.
	Key *ecdsa.PrivateKey
	// Minter mints Stake to the operator (the core deployer on a devnet; nil: DeployerKey()).
	Minter *ecdsa.PrivateKey
	// Stake is minted, approved and deposited into the strategy (deployment.DefaultStake if nil).
	Stake *big.Int
	// AllocationDelay is the operator's allocation delay in blocks (registerAsOperator's).
	AllocationDelay uint32
	// Magnitude is the share allocated to the operator set, 1e18 = all (the default).
	Magnitude uint64
}

// RegisterEigenLayerOperator funds key's account (anvil_setBalance) on the chain rc talks to, registers it as an EigenLayer operator
// and deposits its stake (eigenlayer-cli's `operator register` and a restaker's deposit). It
// does not wait for the allocation delay to apply, nor allocate: see Allocate.
func RegisterEigenLayerOperator(ctx context.Context, rc *rpc.Client, d *deployment.Deployment, op EigenLayerOperator) error {
	client := ethclient.NewClient(rc)
	op.defaults()
	tr, err := chainio.NewTransactor(ctx, client, op.Key)
	if err != nil {
		return err
	}
	if err := SetBalance(ctx, rc, tr.Address(), operatorFunding); err != nil {
		return err
	}
	minter, err := chainio.NewTransactor(ctx, client, op.Minter)
	if err != nil {
		return err
	}
	b, err := d.Bindings(client)
	if err != nil {
		return err
	}
	token := bind.NewBoundContract(d.Contracts.Token, tokenABI, client, client, client)
	what := func(s string) string { return fmt.Sprintf("operator %s: %s", tr.Address(), s) }
	steps := []struct {
		name string
		tr   *chainio.Transactor
		f    func(*bind.TransactOpts) (*types.Transaction, error)
	}{
		{"mint stake", minter, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return token.Transact(o, "mint", tr.Address(), op.Stake)
		}},
		{"approve StrategyManager", tr, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return token.Transact(o, "approve", d.Contracts.StrategyManager, op.Stake)
		}},
		{"DelegationManager.registerAsOperator", tr, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return b.DelegationManager.RegisterAsOperator(o, common.Address{}, op.AllocationDelay, "")
		}},
		{"StrategyManager.depositIntoStrategy", tr, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return b.StrategyManager.DepositIntoStrategy(o, d.Contracts.Strategy, d.Contracts.Token, op.Stake)
		}},
	}
	for _, s := range steps {
		if _, err := s.tr.Transact(ctx, s.f); err != nil {
			return &deployment.StepError{Step: what(s.name), Err: err}
		}
	}
	return nil
}

// Allocate waits (mining blocks) until key's allocation delay applies, allocates op.Magnitude
// of the strategy to the deployment's operator set (eigenlayer-cli's `operator allocations
// update`) and mines until the allocation is in effect.
func Allocate(ctx context.Context, rc *rpc.Client, d *deployment.Deployment, op EigenLayerOperator) error {
	client := ethclient.NewClient(rc)
	op.defaults()
	tr, err := chainio.NewTransactor(ctx, client, op.Key)
	if err != nil {
		return err
	}
	b, err := d.Bindings(client)
	if err != nil {
		return err
	}
	addr := tr.Address()
	call := &bind.CallOpts{Context: ctx}
	set, _, err := b.AllocationManager.GetAllocationDelay(call, addr)
	if err != nil {
		return fmt.Errorf("read the allocation delay of %s: %w", addr, err)
	}
	if !set {
		// registerAsOperator set it; it applies ALLOCATION_CONFIGURATION_DELAY + 1 blocks later.
		cd, err := b.AllocationManager.ALLOCATIONCONFIGURATIONDELAY(call)
		if err != nil {
			return fmt.Errorf("read ALLOCATION_CONFIGURATION_DELAY: %w", err)
		}
		if err := Mine(ctx, rc, uint64(cd)+1); err != nil {
			return err
		}
		if set, _, err = b.AllocationManager.GetAllocationDelay(call, addr); err != nil {
			return fmt.Errorf("read the allocation delay of %s: %w", addr, err)
		}
		if !set {
			return fmt.Errorf("the allocation delay of %s is not in effect %d blocks after registering", addr, cd+1)
		}
	}
	opSet := el_am.OperatorSet{Avs: d.Contracts.ServiceManager, Id: d.Params.OperatorSetID}
	r, err := tr.Transact(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.AllocationManager.ModifyAllocations(o, addr, []el_am.IAllocationManagerTypesAllocateParams{{
			OperatorSet: opSet, Strategies: []common.Address{d.Contracts.Strategy}, NewMagnitudes: []uint64{op.Magnitude},
		}})
	})
	if err != nil {
		return &deployment.StepError{Step: fmt.Sprintf("operator %s: AllocationManager.modifyAllocations", addr), Err: err}
	}
	a, err := b.AllocationManager.GetAllocation(call, addr, opSet, d.Contracts.Strategy)
	if err != nil {
		return fmt.Errorf("read the allocation of %s: %w", addr, err)
	}
	if a.CurrentMagnitude == op.Magnitude {
		return nil
	}
	if a.EffectBlock == 0 {
		return errors.New("allocation neither in effect nor pending after modifyAllocations")
	}
	if at := r.BlockNumber.Uint64(); uint64(a.EffectBlock) > at {
		return Mine(ctx, rc, uint64(a.EffectBlock)-at)
	}
	return nil
}

func (op *EigenLayerOperator) defaults() {
	if op.Minter == nil {
		op.Minter = DeployerKey()
	}
	if op.Stake == nil {
		op.Stake = deployment.DefaultStake
	}
	if op.Magnitude == 0 {
		op.Magnitude = deployment.FullMagnitude
	}
}

var tokenABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[
{"type":"function","name":"mint","stateMutability":"nonpayable","inputs":[{"name":"to","type":"address"},{"name":"amount","type":"uint256"}],"outputs":[]},
{"type":"function","name":"approve","stateMutability":"nonpayable","inputs":[{"name":"spender","type":"address"},{"name":"amount","type":"uint256"}],"outputs":[{"name":"","type":"bool"}]}]`))
	if err != nil {
		panic(err) // constant ABI
	}
	return a
}()
