package deployment

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"

	el_am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	"github.com/Layr-Labs/eigensdk-go/chainio/utils"
	regcoord "github.com/Layr-Labs/eigensdk-go/contracts/bindings/RegistryCoordinator"
	sdk_src "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/internal/txstage"
)

// FullMagnitude allocates all of an operator's stake in the strategy to the operator set.
const FullMagnitude uint64 = 1e18

// DefaultStake is the token amount an operator deposits when OperatorConfig.Stake is nil
// (1000 tokens of 18 decimals).
var DefaultStake = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))

// StepError is returned by RegisterOperator(s) and DeregisterOperator when a transaction step
// fails: Step names what was being done, Err why. chainio.DecodeRevert works on it when the
// failure was a revert.
type StepError = txstage.StepError

// Errors of RegisterOperators.
var (
	// ErrInvalidConfig is wrapped by configuration errors.
	ErrInvalidConfig = errors.New("invalid config")
	// ErrRegistration is wrapped when a registration left an unexpected state.
	ErrRegistration = errors.New("operator registration")
	// ErrAlreadyRegistered: the operator is registered in the operator set already.
	ErrAlreadyRegistered = errors.New("operator already registered in the operator set")
	// ErrStillSlashable: the operator left the operator set less than DeallocationDelay blocks
	// ago; the AllocationManager refuses to register it again (AlreadyMemberOfSet) until then.
	ErrStillSlashable = errors.New("operator left the operator set less than DEALLOCATION_DELAY blocks ago")
)

// OperatorConfig describes an operator to register.
type OperatorConfig struct {
	// ECDSAKey is the operator's account; it pays gas, so it needs ETH (see Fund).
	ECDSAKey *ecdsa.PrivateKey
	// BLSKey signs checkpoints; its G1 key's hash becomes the operator ID.
	BLSKey *bls.KeyPair
	// Stake is minted to the operator, deposited and allocated (DefaultStake if nil; zero
	// deposits nothing, e.g. when re-registering).
	Stake *big.Int
	// Socket is published in the SocketRegistry; any string (later: CometBFT key and addresses).
	Socket string
	// AllocationMagnitude is the share of the operator's strategy stake allocated to the
	// operator set, 1e18 = all (FullMagnitude, the default).
	AllocationMagnitude uint64
	// Fund, if positive, is sent from the deployer to the operator before anything else.
	Fund *big.Int
	// FromBalance deposits Stake from the operator's own token balance instead of minting it:
	// what an operator does on a real network. Nothing then needs the deployer's key (unless
	// Fund is set).
	FromBalance bool
}

// ErrInsufficientBalance: a FromBalance operator holds less of the stake token than Stake.
var ErrInsufficientBalance = errors.New("operator's token balance is below the stake to deposit")

// needsDeployer reports whether registering c needs the deployer's key (to mint or to fund).
func (c *OperatorConfig) needsDeployer() bool {
	mints := !c.FromBalance && (c.Stake == nil || c.Stake.Sign() > 0)
	return mints || (c.Fund != nil && c.Fund.Sign() > 0)
}

func (c *OperatorConfig) check() error {
	if c.ECDSAKey == nil {
		return fmt.Errorf("%w: operator ECDSAKey is nil", ErrInvalidConfig)
	}
	if c.BLSKey == nil {
		return fmt.Errorf("%w: operator BLSKey is nil", ErrInvalidConfig)
	}
	if c.Stake != nil && c.Stake.Sign() < 0 {
		return fmt.Errorf("%w: negative stake %s", ErrInvalidConfig, c.Stake)
	}
	if c.AllocationMagnitude > FullMagnitude {
		return fmt.Errorf("%w: AllocationMagnitude %d above 1e18", ErrInvalidConfig, c.AllocationMagnitude)
	}
	return nil
}

// RegisterOperator registers one operator with the AVS; see RegisterOperators.
func (d *Deployment) RegisterOperator(ctx context.Context, client chainio.Backend, cfg OperatorConfig) (*Operator, error) {
	ops, err := d.RegisterOperators(ctx, client, []OperatorConfig{cfg})
	if err != nil {
		return nil, err
	}
	return ops[0], nil
}

// RegisterOperators registers operators with the AVS, all of them in parallel: the deployer
// mints each one's stake (unless FromBalance); each registers as an EigenLayer operator (unless it already is),
// deposits into the strategy, allocates to operator set 0 and registers for it through the
// AllocationManager with its BLS key (proof of possession over the coordinator's
// pubkeyRegistrationMessageHash) and socket. It works at deploy time and on a running network,
// and appends the operators to d.Operators.
func (d *Deployment) RegisterOperators(ctx context.Context, client chainio.Backend, cfgs []OperatorConfig) ([]*Operator, error) {
	needDeployer := false
	for i := range cfgs {
		if err := cfgs[i].check(); err != nil {
			return nil, err
		}
		needDeployer = needDeployer || cfgs[i].needsDeployer()
	}
	if needDeployer && d.deployerKey == nil {
		return nil, errors.New("register operators: minting stake or funding gas needs the deployer key, which this deployment does not have (no devnet secrets); deposit from the operator's own balance instead (FromBalance)")
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	c := d.Contracts
	b, err := d.Bindings(client)
	if err != nil {
		return nil, err
	}
	var dep *chainio.Transactor
	if needDeployer {
		if dep, err = chainio.NewTransactor(ctx, client, d.deployerKey); err != nil {
			return nil, err
		}
	}
	token, err := erc20(c.Token, client)
	if err != nil {
		return nil, err
	}
	opSet := el_am.OperatorSet{Avs: c.ServiceManager, Id: d.Params.OperatorSetID}

	type pending struct {
		cfg       OperatorConfig
		tr        *chainio.Transactor
		addr      common.Address
		stake     *big.Int
		magnitude uint64
		isOp      bool
		allocated bool
	}
	ps := make([]*pending, len(cfgs))
	seen := make(map[common.Address]bool, len(cfgs))
	for i, cfg := range cfgs {
		p := &pending{cfg: cfg, stake: cfg.Stake, magnitude: cfg.AllocationMagnitude}
		if p.stake == nil {
			p.stake = DefaultStake
		}
		if p.magnitude == 0 {
			p.magnitude = FullMagnitude
		}
		if p.tr, err = chainio.NewTransactor(ctx, client, cfg.ECDSAKey); err != nil {
			return nil, err
		}
		p.addr = p.tr.Address()
		if seen[p.addr] {
			return nil, fmt.Errorf("%w: operator %s listed twice", ErrInvalidConfig, p.addr)
		}
		seen[p.addr] = true
		call := &bind.CallOpts{Context: ctx}
		if p.isOp, err = b.DelegationManager.IsOperator(call, p.addr); err != nil {
			return nil, txstage.StepErr("read DelegationManager.isOperator", err)
		}
		member, err := b.AllocationManager.IsMemberOfOperatorSet(call, p.addr, opSet)
		if err != nil {
			return nil, txstage.StepErr("read AllocationManager.isMemberOfOperatorSet", err)
		}
		if member {
			return nil, fmt.Errorf("register %s: %w", p.addr, ErrAlreadyRegistered)
		}
		slashable, err := b.AllocationManager.IsOperatorSlashable(call, p.addr, opSet)
		if err != nil {
			return nil, txstage.StepErr("read AllocationManager.isOperatorSlashable", err)
		}
		if slashable {
			return nil, fmt.Errorf("register %s: %w", p.addr, ErrStillSlashable)
		}
		alloc, err := b.AllocationManager.GetAllocation(call, p.addr, opSet, c.Strategy)
		if err != nil {
			return nil, txstage.StepErr("read AllocationManager.getAllocation", err)
		}
		p.allocated = alloc.CurrentMagnitude == p.magnitude && alloc.PendingDiff.Sign() == 0
		if cfg.FromBalance && p.stake.Sign() > 0 {
			var out []any
			if err := token.Call(call, &out, "balanceOf", p.addr); err != nil {
				return nil, txstage.StepErr("read stake token balance", err)
			}
			if bal := out[0].(*big.Int); bal.Cmp(p.stake) < 0 {
				return nil, fmt.Errorf("register %s: balance %s, stake %s: %w", p.addr, bal, p.stake, ErrInsufficientBalance)
			}
		}
		ps[i] = p
	}
	s := txstage.New(d.logger(), nil)
	name := func(p *pending, what string) string { return fmt.Sprintf("operator %s: %s", p.addr, what) }

	// 0. Gas money, if asked for.
	for _, p := range ps {
		if p.cfg.Fund == nil || p.cfg.Fund.Sign() <= 0 {
			continue
		}
		s.Send(ctx, dep, name(p, "fund"), func(o *bind.TransactOpts) (*types.Transaction, error) {
			o.Value, o.GasLimit = p.cfg.Fund, 21_000
			return bind.NewBoundContract(p.addr, receiveABI, client, client, client).Transfer(o)
		})
	}
	if err := s.Wait(ctx); err != nil {
		return nil, err
	}

	// 1. Stake tokens and approval; EigenLayer operator registration.
	for _, p := range ps {
		if p.stake.Sign() > 0 {
			if !p.cfg.FromBalance {
				s.Send(ctx, dep, name(p, "mint stake"), func(o *bind.TransactOpts) (*types.Transaction, error) {
					return token.Transact(o, "mint", p.addr, p.stake)
				})
			}
			s.Send(ctx, p.tr, name(p, "approve StrategyManager"), func(o *bind.TransactOpts) (*types.Transaction, error) {
				return token.Transact(o, "approve", c.StrategyManager, p.stake)
			})
		}
		if !p.isOp {
			s.Send(ctx, p.tr, name(p, "DelegationManager.registerAsOperator"), func(o *bind.TransactOpts) (*types.Transaction, error) {
				// Allocation delay 0: allocations take effect in the block they are made.
				return b.DelegationManager.RegisterAsOperator(o, common.Address{}, 0, "")
			})
		}
	}
	if err := s.Wait(ctx); err != nil {
		return nil, err
	}

	// 2. Deposit (needs the tokens and the approval).
	for _, p := range ps {
		if p.stake.Sign() > 0 {
			s.Send(ctx, p.tr, name(p, "StrategyManager.depositIntoStrategy"), func(o *bind.TransactOpts) (*types.Transaction, error) {
				return b.StrategyManager.DepositIntoStrategy(o, c.Strategy, c.Token, p.stake)
			})
		}
	}
	if err := s.Wait(ctx); err != nil {
		return nil, err
	}

	// 3. Allocate (needs the allocation delay set a block earlier by registerAsOperator).
	for _, p := range ps {
		if p.allocated {
			continue
		}
		s.Send(ctx, p.tr, name(p, "AllocationManager.modifyAllocations"), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return b.AllocationManager.ModifyAllocations(o, p.addr, []el_am.IAllocationManagerTypesAllocateParams{{
				OperatorSet: opSet, Strategies: []common.Address{c.Strategy}, NewMagnitudes: []uint64{p.magnitude},
			}})
		})
	}
	if err := s.Wait(ctx); err != nil {
		return nil, err
	}

	// 4. Register for the operator set; the coordinator records BLS key, stake and socket.
	for _, p := range ps {
		data, err := registrationData(ctx, b.RegistryCoordinator, p.addr, p.cfg.BLSKey, p.cfg.Socket)
		if err != nil {
			return nil, txstage.StepErr(name(p, "encode registration"), err)
		}
		s.Send(ctx, p.tr, name(p, "AllocationManager.registerForOperatorSets"), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return b.AllocationManager.RegisterForOperatorSets(o, p.addr, el_am.IAllocationManagerTypesRegisterParams{
				Avs: c.ServiceManager, OperatorSetIds: []uint32{d.Params.OperatorSetID}, Data: data,
			})
		})
	}
	if err := s.Wait(ctx); err != nil {
		return nil, err
	}

	out := make([]*Operator, len(ps))
	for i, p := range ps {
		call := &bind.CallOpts{Context: ctx}
		id, err := b.RegistryCoordinator.GetOperatorId(call, p.addr)
		if err != nil {
			return nil, txstage.StepErr(name(p, "read operator ID"), err)
		}
		if want := sdktypes.OperatorIdFromKeyPair(p.cfg.BLSKey); id != want {
			// The coordinator keeps the first BLS key an address ever registered.
			return nil, fmt.Errorf("%w: operator %s has ID %x on chain, %x from its BLS key (a different key was registered before)", ErrRegistration, p.addr, id, want)
		}
		status, err := b.RegistryCoordinator.GetOperatorStatus(call, p.addr)
		if err != nil {
			return nil, txstage.StepErr(name(p, "read operator status"), err)
		}
		if status != operatorRegistered {
			return nil, fmt.Errorf("%w: operator %s has status %d after registering", ErrRegistration, p.addr, status)
		}
		op := &Operator{
			Address:    p.addr,
			OperatorID: common.Hash(id),
			Socket:     p.cfg.Socket,
			Stake:      (*hexutil.Big)(cloneBig(p.stake)),
			PubkeyG1:   chainio.G1FromBLS(p.cfg.BLSKey.GetPubKeyG1()),
			PubkeyG2:   chainio.G2FromBLS(p.cfg.BLSKey.GetPubKeyG2()),
			ECDSAKey:   p.cfg.ECDSAKey,
			BLSKey:     p.cfg.BLSKey,
		}
		if r := s.Receipt(name(p, "AllocationManager.registerForOperatorSets")); r != nil {
			op.RegisteredBlock = r.BlockNumber.Uint64()
		}
		d.replaceOperator(op)
		out[i] = op
		d.logger().Info("operator registered", "operator", op.Address, "operatorID", op.OperatorID, "socket", op.Socket, "block", op.RegisteredBlock)
	}
	return out, nil
}

// DeregisterOperator deregisters the operator whose key is key from the AVS's operator set
// (AllocationManager.deregisterFromOperatorSets, sent by the operator). It stays slashable for
// DeallocationDelay blocks and is removed from d.Operators.
func (d *Deployment) DeregisterOperator(ctx context.Context, client chainio.Backend, key *ecdsa.PrivateKey) error {
	b, err := d.Bindings(client)
	if err != nil {
		return err
	}
	tr, err := chainio.NewTransactor(ctx, client, key)
	if err != nil {
		return err
	}
	addr := tr.Address()
	step := fmt.Sprintf("operator %s: AllocationManager.deregisterFromOperatorSets", addr)
	_, err = tr.Transact(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.AllocationManager.DeregisterFromOperatorSets(o, el_am.IAllocationManagerTypesDeregisterParams{
			Operator: addr, Avs: d.Contracts.ServiceManager, OperatorSetIds: []uint32{d.Params.OperatorSetID},
		})
	})
	if err != nil {
		return txstage.StepErr(step, err)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	for i, o := range d.Operators {
		if o.Address == addr {
			d.Operators = append(d.Operators[:i], d.Operators[i+1:]...)
			break
		}
	}
	d.logger().Info("operator deregistered", "operator", addr)
	return nil
}

// operatorRegistered is the coordinator's OperatorStatus.REGISTERED.
const operatorRegistered uint8 = 1

// replaceOperator adds op, replacing an entry with the same address. Callers hold d.mu.
func (d *Deployment) replaceOperator(op *Operator) {
	for i, o := range d.Operators {
		if o.Address == op.Address {
			d.Operators[i] = op
			return
		}
	}
	d.Operators = append(d.Operators, op)
}

// registrationData is the coordinator's registration payload for a normal (no churn)
// registration: abi.encode(RegistrationType.NORMAL, socket, PubkeyRegistrationParams) where the
// params carry the G1 and G2 keys and the proof of possession, a BLS signature over
// pubkeyRegistrationMessageHash(operator).
func registrationData(ctx context.Context, coord *sdk_src.ContractSlashingRegistryCoordinator, operator common.Address, key *bls.KeyPair, socket string) ([]byte, error) {
	h, err := coord.PubkeyRegistrationMessageHash(&bind.CallOpts{Context: ctx}, operator)
	if err != nil {
		return nil, fmt.Errorf("read pubkeyRegistrationMessageHash: %w", err)
	}
	params := regcoord.IBLSApkRegistryTypesPubkeyRegistrationParams{
		PubkeyRegistrationSignature: utils.ConvertToBN254G1Point(key.SignHashedToCurveMessage(bls.NewG1Point(h.X, h.Y).G1Affine).G1Point),
		PubkeyG1:                    utils.ConvertToBN254G1Point(key.GetPubKeyG1()),
		PubkeyG2:                    utils.ConvertToBN254G2Point(key.GetPubKeyG2()),
	}
	return registrationArgs.Pack(uint8(0), socket, params)
}

var registrationArgs = func() abi.Arguments {
	g1 := []abi.ArgumentMarshaling{{Name: "X", Type: "uint256"}, {Name: "Y", Type: "uint256"}}
	g2 := []abi.ArgumentMarshaling{{Name: "X", Type: "uint256[2]"}, {Name: "Y", Type: "uint256[2]"}}
	params, err := abi.NewType("tuple", "", []abi.ArgumentMarshaling{
		{Name: "pubkeyRegistrationSignature", Type: "tuple", Components: g1},
		{Name: "pubkeyG1", Type: "tuple", Components: g1},
		{Name: "pubkeyG2", Type: "tuple", Components: g2},
	})
	if err != nil {
		panic(err) // constant type description
	}
	return abi.Arguments{{Type: mustType("uint8")}, {Type: mustType("string")}, {Type: params}}
}()

func mustType(t string) abi.Type {
	typ, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err)
	}
	return typ
}

// receiveABI lets bind send plain ETH to an account (it checks for a payable receive).
var receiveABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[{"type":"receive","stateMutability":"payable"}]`))
	if err != nil {
		panic(err)
	}
	return a
}()

// erc20 binds the OpenZeppelin token with the minimal ABI used here.
func erc20(addr common.Address, client bind.ContractBackend) (*bind.BoundContract, error) {
	a, err := abi.JSON(strings.NewReader(erc20ABI))
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(addr, a, client, client, client), nil
}

const erc20ABI = `[
{"type":"function","name":"mint","stateMutability":"nonpayable","inputs":[{"name":"to","type":"address"},{"name":"amount","type":"uint256"}],"outputs":[]},
{"type":"function","name":"approve","stateMutability":"nonpayable","inputs":[{"name":"spender","type":"address"},{"name":"amount","type":"uint256"}],"outputs":[{"name":"","type":"bool"}]},
{"type":"function","name":"balanceOf","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint256"}]}
]`
