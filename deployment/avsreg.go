package deployment

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	el_am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	sdk_src "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/lockstep-xyz/lockstep/chainio"
)

// AVS registration as an operator on a real network does it: the operator is an EigenLayer
// operator already (eigenlayer-cli registered it, its stake is delegated, and it allocated to
// Lockstep's operator set after the allocation delay); joining Lockstep is one call,
// AllocationManager.registerForOperatorSets with the BLS key and the socket. Readiness checks
// every precondition on L1 first and names the step that is missing; the calls are built as
// plain transactions so that they can go through a transaction manager or be printed for a
// custody or multisig signer.

// ErrNotReady is wrapped by Readiness.Err when an operator cannot register yet.
var ErrNotReady = errors.New("operator not ready to register")

// StrategyAllocation is an operator's allocation of one of the quorum's strategies to the
// operator set.
type StrategyAllocation struct {
	Strategy common.Address `json:"strategy"`
	// Current is the allocated magnitude in effect (1e18 = all of the operator's shares).
	Current uint64 `json:"currentMagnitude"`
	// Pending is a queued change and EffectBlock the block it takes effect (0: none).
	Pending     *big.Int `json:"pendingDiff"`
	EffectBlock uint32   `json:"effectBlock"`
	// Shares are the strategy's shares delegated to the operator, Multiplier the quorum's
	// weight of one share (1e18 = 1).
	Shares     *big.Int `json:"shares"`
	Multiplier *big.Int `json:"multiplier"`
}

// Readiness is what L1 says about an operator joining the AVS's operator set.
type Readiness struct {
	Operator common.Address `json:"operator"`
	// AVS and OperatorSet name the operator set.
	AVS         common.Address `json:"avs"`
	OperatorSet uint32         `json:"operatorSet"`
	// Block is the L1 block read.
	Block uint64 `json:"block"`
	// IsOperator: registered with the DelegationManager.
	IsOperator bool `json:"isOperator"`
	// AllocationDelaySet: the operator's allocation delay is in effect (AllocationDelay blocks).
	AllocationDelaySet bool   `json:"allocationDelaySet"`
	AllocationDelay    uint32 `json:"allocationDelay"`
	// ConfigurationDelay is the AllocationManager's ALLOCATION_CONFIGURATION_DELAY: how long a
	// newly set allocation delay takes to apply.
	ConfigurationDelay uint32 `json:"allocationConfigurationDelay"`
	// Allocations are the operator's allocations of the quorum's strategies to the operator set.
	Allocations []StrategyAllocation `json:"allocations"`
	// Weight is the stake the quorum would count for the operator once registered (allocated
	// shares times multipliers), MinimumStake the least it accepts.
	Weight       *big.Int `json:"weight"`
	MinimumStake *big.Int `json:"minimumStake"`
	// Member: registered in the operator set already. Slashable: not a member, but still
	// slashable after leaving (it cannot register again until DEALLOCATION_DELAY has passed).
	Member    bool `json:"member"`
	Slashable bool `json:"slashable"`
	// RegisteredKey is the BLS public key hash the coordinator keeps for this address (zero if
	// it never registered one).
	RegisteredKey common.Hash `json:"registeredKeyHash"`
}

// CheckOperator reads the preconditions of registering operator in the operator set. It fails only when L1 cannot be read; whether the
// operator is ready is Readiness.Err.
func (d *Deployment) CheckOperator(ctx context.Context, client chainio.Backend, operator common.Address) (*Readiness, error) {
	b, err := d.Bindings(client)
	if err != nil {
		return nil, err
	}
	h, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read the L1 head: %w", err)
	}
	head := h.Number.Uint64()
	call := &bind.CallOpts{Context: ctx, BlockNumber: h.Number}
	r := &Readiness{Operator: operator, AVS: d.Contracts.ServiceManager, OperatorSet: d.Params.OperatorSetID, Block: head}
	read := func(what string, f func() error) {
		if err == nil {
			if e := f(); e != nil {
				err = fmt.Errorf("read %s: %w", what, e)
			}
		}
	}
	opSet := el_am.OperatorSet{Avs: d.Contracts.ServiceManager, Id: d.Params.OperatorSetID}
	quorum := d.Params.OperatorSetID // the middleware's quorum number is the operator set ID
	read("DelegationManager.isOperator", func() (e error) { r.IsOperator, e = b.DelegationManager.IsOperator(call, operator); return })
	read("AllocationManager.getAllocationDelay", func() (e error) {
		r.AllocationDelaySet, r.AllocationDelay, e = b.AllocationManager.GetAllocationDelay(call, operator)
		return
	})
	read("AllocationManager.ALLOCATION_CONFIGURATION_DELAY", func() (e error) {
		r.ConfigurationDelay, e = b.AllocationManager.ALLOCATIONCONFIGURATIONDELAY(call)
		return
	})
	read("AllocationManager.isMemberOfOperatorSet", func() (e error) {
		r.Member, e = b.AllocationManager.IsMemberOfOperatorSet(call, operator, opSet)
		return
	})
	read("AllocationManager.isOperatorSlashable", func() (e error) {
		r.Slashable, e = b.AllocationManager.IsOperatorSlashable(call, operator, opSet)
		r.Slashable = r.Slashable && !r.Member
		return
	})
	var n *big.Int
	read("StakeRegistry.strategyParamsLength", func() (e error) { n, e = b.StakeRegistry.StrategyParamsLength(call, uint8(quorum)); return })
	for i := int64(0); err == nil && i < n.Int64(); i++ {
		read("StakeRegistry.strategyParamsByIndex", func() error {
			p, e := b.StakeRegistry.StrategyParamsByIndex(call, uint8(quorum), big.NewInt(i))
			if e != nil {
				return e
			}
			a, e := b.AllocationManager.GetAllocation(call, operator, opSet, p.Strategy)
			if e != nil {
				return e
			}
			shares, e := b.DelegationManager.GetOperatorShares(call, operator, []common.Address{p.Strategy})
			if e != nil {
				return e
			}
			r.Allocations = append(r.Allocations, StrategyAllocation{Strategy: p.Strategy, Current: a.CurrentMagnitude, Pending: a.PendingDiff,
				EffectBlock: a.EffectBlock, Shares: shares[0], Multiplier: p.Multiplier})
			return nil
		})
	}
	// The stake registry counts a member's slashable stake only, zero before it registers: the
	// weight is computed as it will count it (shares x magnitude x multiplier).
	r.Weight = new(big.Int)
	wad := big.NewInt(1e18)
	for _, a := range r.Allocations {
		w := new(big.Int).Mul(a.Shares, new(big.Int).SetUint64(a.Current))
		w.Quo(w, wad).Mul(w, a.Multiplier).Quo(w, wad)
		r.Weight.Add(r.Weight, w)
	}
	read("StakeRegistry.minimumStakeForQuorum", func() (e error) {
		r.MinimumStake, e = b.StakeRegistry.MinimumStakeForQuorum(call, uint8(quorum))
		return
	})
	read("BLSApkRegistry.operatorToPubkeyHash", func() (e error) {
		var h [32]byte
		h, e = b.BLSApkRegistry.OperatorToPubkeyHash(call, operator)
		r.RegisteredKey = h
		return
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// Err is nil when the operator can register, else an error wrapping ErrNotReady (or
// ErrAlreadyRegistered, ErrStillSlashable) that names the first missing step and what does it.
// key, if not nil, is the BLS key the operator means to register.
func (r *Readiness) Err(key *bls.KeyPair) error {
	notReady := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrNotReady, r.Operator, fmt.Sprintf(format, args...))
	}
	switch {
	case r.Member:
		return fmt.Errorf("register %s: %w (to change its API URL, p2p address or node key: lockstep operator update-socket)", r.Operator, ErrAlreadyRegistered)
	case r.Slashable:
		return fmt.Errorf("register %s: %w", r.Operator, ErrStillSlashable)
	case !r.IsOperator:
		return notReady("not an EigenLayer operator: register first with `eigenlayer operator register` (DelegationManager.registerAsOperator), then allocate to the operator set")
	case !r.AllocationDelaySet:
		return notReady("its allocation delay is not in effect yet: EigenLayer applies an allocation delay %d blocks after it is set (ALLOCATION_CONFIGURATION_DELAY); "+
			"if it was never set, run `eigenlayer operator allocations set-delay`, then wait and run `eigenlayer operator allocations update`", r.ConfigurationDelay)
	}
	if len(r.Allocations) == 0 {
		return notReady("the quorum has no strategies")
	}
	allocated := false
	var pending []string
	for _, a := range r.Allocations {
		allocated = allocated || a.Current > 0
		if a.Pending != nil && a.Pending.Sign() > 0 && a.EffectBlock > 0 {
			pending = append(pending, fmt.Sprintf("strategy %s at block %d", a.Strategy, a.EffectBlock))
		}
	}
	switch {
	case !allocated && len(pending) > 0:
		return notReady("its allocation to the operator set is pending: it takes effect for %s (now %d); register after that", strings.Join(pending, ", "), r.Block)
	case !allocated:
		return notReady("no stake is allocated to the operator set: run `eigenlayer operator allocations update` to allocate magnitude of the quorum's strategies (%s) to operator set %s/%d, then wait the allocation delay (%d blocks)",
			strategyList(r.Allocations), r.AVS, r.OperatorSet, r.AllocationDelay)
	case r.Weight.Sign() == 0:
		return notReady("its allocation counts no stake: the allocated strategies hold no shares delegated to the operator (deposit or get delegations in %s)", strategyList(r.Allocations))
	case r.Weight.Cmp(r.MinimumStake) < 0:
		return notReady("its stake %s is below the quorum's minimum %s: allocate more", r.Weight, r.MinimumStake)
	}
	if key != nil && r.RegisteredKey != (common.Hash{}) {
		if id := common.Hash(sdktypes.OperatorIdFromKeyPair(key)); id != r.RegisteredKey {
			return notReady("this address registered the BLS key with hash %s before and the registry keeps the first key an address registers; use that key (this one hashes to %s)", r.RegisteredKey, id)
		}
	}
	return nil
}

func strategyList(as []StrategyAllocation) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = a.Strategy.Hex()
	}
	return strings.Join(s, ", ")
}

// Call is one L1 transaction for the operator (or its custody signer) to send.
type Call struct {
	// What the call does, for people.
	What  string         `json:"description"`
	From  common.Address `json:"from"`
	To    common.Address `json:"to"`
	Data  hexutil.Bytes  `json:"data"`
	Value *hexutil.Big   `json:"value"`
}

// RegistrationCall builds the operator's AllocationManager.registerForOperatorSets call: the
// coordinator's registration data carries the socket and the BLS key with its proof of
// possession (a signature over pubkeyRegistrationMessageHash(operator)).
func (d *Deployment) RegistrationCall(ctx context.Context, client chainio.Backend, operator common.Address, key *bls.KeyPair, socket string) (Call, error) {
	b, err := d.Bindings(client)
	if err != nil {
		return Call{}, err
	}
	data, err := registrationData(ctx, b.RegistryCoordinator, operator, key, socket)
	if err != nil {
		return Call{}, fmt.Errorf("encode the registration: %w", err)
	}
	am, err := el_am.AllocationManagerMetaData.GetAbi()
	if err != nil {
		return Call{}, err
	}
	input, err := am.Pack("registerForOperatorSets", operator, el_am.IAllocationManagerTypesRegisterParams{
		Avs: d.Contracts.ServiceManager, OperatorSetIds: []uint32{d.Params.OperatorSetID}, Data: data,
	})
	if err != nil {
		return Call{}, fmt.Errorf("encode registerForOperatorSets: %w", err)
	}
	return Call{What: "AllocationManager.registerForOperatorSets (Lockstep operator set, BLS key and socket)", From: operator, To: d.Contracts.AllocationManager, Data: input, Value: new(hexutil.Big)}, nil
}

// DeregistrationCall builds the operator's AllocationManager.deregisterFromOperatorSets call.
func (d *Deployment) DeregistrationCall(operator common.Address) (Call, error) {
	am, err := el_am.AllocationManagerMetaData.GetAbi()
	if err != nil {
		return Call{}, err
	}
	input, err := am.Pack("deregisterFromOperatorSets", el_am.IAllocationManagerTypesDeregisterParams{
		Operator: operator, Avs: d.Contracts.ServiceManager, OperatorSetIds: []uint32{d.Params.OperatorSetID},
	})
	if err != nil {
		return Call{}, fmt.Errorf("encode deregisterFromOperatorSets: %w", err)
	}
	return Call{What: "AllocationManager.deregisterFromOperatorSets (Lockstep operator set)", From: operator, To: d.Contracts.AllocationManager, Data: input, Value: new(hexutil.Big)}, nil
}

// UpdateSocketCall builds the registered operator's RegistryCoordinator.updateSocket call,
// which publishes a new socket (API URL, p2p address, node and consensus keys) without
// deregistering.
func (d *Deployment) UpdateSocketCall(operator common.Address, socket string) (Call, error) {
	rc, err := sdk_src.ContractSlashingRegistryCoordinatorMetaData.GetAbi()
	if err != nil {
		return Call{}, err
	}
	input, err := rc.Pack("updateSocket", socket)
	if err != nil {
		return Call{}, fmt.Errorf("encode updateSocket: %w", err)
	}
	return Call{What: "RegistryCoordinator.updateSocket", From: operator, To: d.Contracts.RegistryCoordinator, Data: input, Value: new(hexutil.Big)}, nil
}

// RegisteredOperator reads back a registered operator: its ID must be key's (the coordinator
// keeps the first key an address registers), its status registered and its socket socket. It
// records the operator in d.Operators.
func (d *Deployment) RegisteredOperator(ctx context.Context, client chainio.Backend, operator common.Address, key *bls.KeyPair, socket string, block uint64) (*Operator, error) {
	b, err := d.Bindings(client)
	if err != nil {
		return nil, err
	}
	call := &bind.CallOpts{Context: ctx}
	id, err := b.RegistryCoordinator.GetOperatorId(call, operator)
	if err != nil {
		return nil, fmt.Errorf("read the operator ID: %w", err)
	}
	if want := sdktypes.OperatorIdFromKeyPair(key); id != want {
		return nil, fmt.Errorf("%w: operator %s has ID %x on chain, %x from its BLS key (a different key was registered before)", ErrRegistration, operator, id, want)
	}
	status, err := b.RegistryCoordinator.GetOperatorStatus(call, operator)
	if err != nil {
		return nil, fmt.Errorf("read the operator status: %w", err)
	}
	if status != operatorRegistered {
		return nil, fmt.Errorf("%w: operator %s has status %d after registering", ErrRegistration, operator, status)
	}
	onChain, err := b.SocketRegistry.GetOperatorSocket(call, id)
	if err != nil {
		return nil, fmt.Errorf("read the operator socket: %w", err)
	}
	if onChain != socket {
		return nil, fmt.Errorf("%w: operator %s has socket %q on chain, want %q", ErrRegistration, operator, onChain, socket)
	}
	weight, err := b.StakeRegistry.WeightOfOperatorForQuorum(call, uint8(d.Params.OperatorSetID), operator)
	if err != nil {
		return nil, fmt.Errorf("read the operator stake: %w", err)
	}
	op := &Operator{
		Address: operator, OperatorID: common.Hash(id), Socket: socket, Stake: (*hexutil.Big)(weight),
		PubkeyG1: chainio.G1FromBLS(key.GetPubKeyG1()), PubkeyG2: chainio.G2FromBLS(key.GetPubKeyG2()),
		RegisteredBlock: block, BLSKey: key,
	}
	d.mu.Lock()
	d.replaceOperator(op)
	d.mu.Unlock()
	return op, nil
}
