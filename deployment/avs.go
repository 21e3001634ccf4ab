package deployment

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	el_am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	el_pr "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/PauserRegistry"
	el_sb "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/StrategyBase"
	sdk_apk "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	sdk_idx "github.com/Layr-Labs/eigensdk-go/contracts/bindings/IndexRegistry"
	sdk_sm "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockAvsServiceManager"
	sdk_osr "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	sdk_src "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	sdk_sock "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SocketRegistry"
	sdk_stake "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StakeRegistry"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/bindings/equivocationslasher"
	"github.com/lockstep-xyz/lockstep/bindings/forcedinclusioninbox"
	"github.com/lockstep-xyz/lockstep/bindings/lockstepservicemanager"
	"github.com/lockstep-xyz/lockstep/bindings/proxyadmin"
	"github.com/lockstep-xyz/lockstep/bindings/transparentupgradeableproxy"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/internal/txstage"
)

// Defaults of AVSConfig.
const (
	DefaultThresholdBips    uint16 = 6667
	DefaultMaxReferenceAge  uint32 = 300
	DefaultMaxOperatorCount uint32 = 32
	// DefaultForcedInclusionDelay and DefaultMaxForcedPerCheckpoint are the CheckpointRegistry's
	// constructor defaults (DEFAULT_FORCED_INCLUSION_DELAY, DEFAULT_MAX_FORCED_PER_CHECKPOINT):
	// DeployAVS sends a setter only for a value that differs.
	DefaultForcedInclusionDelay   uint32 = 16
	DefaultMaxForcedPerCheckpoint uint16 = 16
	// DefaultInboxMaxPayloadBytes is the largest payload the inbox accepts, the contract's cap
	// (a sequencer envelope's limit).
	DefaultInboxMaxPayloadBytes uint32 = 128 * 1024
	// DefaultInboxFeeDoublingQueue is how many pending inbox entries double its fee.
	DefaultInboxFeeDoublingQueue uint32 = 64
	// QuorumNumber is the one slashable stake quorum DeployAVS creates (also the ID of its
	// EigenLayer operator set).
	QuorumNumber uint8 = 0

	middlewareVersion = "v1.4.0"
)

// DefaultWadToSlash is half of the allocated magnitude per equivocation.
var DefaultWadToSlash = big.NewInt(5e17)

// DefaultInboxBaseFee is the inbox's fee with no pending entries: 0.001 ether.
var DefaultInboxBaseFee = big.NewInt(1e15)

// DefaultStrategyMultiplier weighs a strategy's shares 1:1 in the quorum's stake.
var DefaultStrategyMultiplier = big.NewInt(1e18)

// QuorumStrategy is a strategy counted in the quorum's stake and the weight of its shares.
type QuorumStrategy struct {
	Strategy common.Address `json:"strategy"`
	// Multiplier weighs the shares (1e18 = 1x); nil means DefaultStrategyMultiplier.
	Multiplier *hexutil.Big `json:"multiplier"`
}

// AVSConfig configures DeployAVS. Zero values take the defaults where one is named.
type AVSConfig struct {
	// Deployer sends every transaction; it owns everything until the end, when Owner takes over.
	Deployer *ecdsa.PrivateKey
	// Owner is the governance of the AVS; zero means the deployer. When it differs, DeployAVS ends
	// by handing over: ownable contracts with one-step transfer (the ProxyAdmin, the registry
	// coordinator) move at once; the service manager and the CheckpointRegistry (two steps) and
	// the PermissionController admin role of the AVS wait for Owner to accept (see Handover).
	Owner common.Address
	// RewardsInitiator may submit rewards through the service manager; zero means Owner.
	RewardsInitiator common.Address
	// Strategies make up the quorum's stake (at least one, no duplicates).
	Strategies []QuorumStrategy
	// MetadataURI is the AVS metadata URI published through the AllocationManager (EigenLayer's
	// AVS metadata JSON). Required: EigenLayer creates no operator set for an AVS without one.
	MetadataURI string
	// ThresholdBips is the signed stake required per quorum (DefaultThresholdBips).
	ThresholdBips uint16
	// MaxReferenceAge is how old, in blocks, a checkpoint's reference block may be
	// (DefaultMaxReferenceAge).
	MaxReferenceAge uint32
	// WadToSlash is the fraction of allocated magnitude slashed per equivocation (1e18 = 100%;
	// DefaultWadToSlash).
	WadToSlash *big.Int
	// LookAheadBlocks is the slashable stake quorum's look-ahead period (0 is valid). It must be
	// below the core's DEALLOCATION_DELAY, which DeployAVS reads from the AllocationManager.
	LookAheadBlocks uint32
	// MaxOperatorCount caps the quorum's operators (DefaultMaxOperatorCount).
	MaxOperatorCount uint32
	// ForcedInclusionDelay is how many L1 blocks an inbox entry may stay out of checkpoints
	// (DefaultForcedInclusionDelay).
	ForcedInclusionDelay uint32
	// MaxForcedPerCheckpoint is how many inbox entries exempt a checkpoint from that delay
	// (DefaultMaxForcedPerCheckpoint).
	MaxForcedPerCheckpoint uint16
	// InboxBaseFee is the inbox's fee with no pending entries, in wei (DefaultInboxBaseFee).
	InboxBaseFee *big.Int
	// InboxMaxPayloadBytes is the largest payload the inbox accepts (DefaultInboxMaxPayloadBytes,
	// also the most the contract allows).
	InboxMaxPayloadBytes uint32
	// InboxFeeDoublingQueue is how many pending entries double the inbox fee
	// (DefaultInboxFeeDoublingQueue).
	InboxFeeDoublingQueue uint32
	// Rollups are registered in the CheckpointRegistry; a zero Owner means the AVS owner.
	Rollups []Rollup
	// Logger receives a progress line per stage; nil discards them.
	Logger *slog.Logger
}

func (c *AVSConfig) applyDefaults() {
	if c.ThresholdBips == 0 {
		c.ThresholdBips = DefaultThresholdBips
	}
	if c.MaxReferenceAge == 0 {
		c.MaxReferenceAge = DefaultMaxReferenceAge
	}
	if c.WadToSlash == nil {
		c.WadToSlash = DefaultWadToSlash
	}
	if c.MaxOperatorCount == 0 {
		c.MaxOperatorCount = DefaultMaxOperatorCount
	}
	if c.ForcedInclusionDelay == 0 {
		c.ForcedInclusionDelay = DefaultForcedInclusionDelay
	}
	if c.MaxForcedPerCheckpoint == 0 {
		c.MaxForcedPerCheckpoint = DefaultMaxForcedPerCheckpoint
	}
	if c.InboxBaseFee == nil {
		c.InboxBaseFee = DefaultInboxBaseFee
	}
	if c.InboxMaxPayloadBytes == 0 {
		c.InboxMaxPayloadBytes = DefaultInboxMaxPayloadBytes
	}
	if c.InboxFeeDoublingQueue == 0 {
		c.InboxFeeDoublingQueue = DefaultInboxFeeDoublingQueue
	}
	for i, s := range c.Strategies {
		if s.Multiplier == nil {
			c.Strategies[i].Multiplier = (*hexutil.Big)(new(big.Int).Set(DefaultStrategyMultiplier))
		}
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// Check reports the first invalid field (after defaults). The look-ahead is checked against the
// core's DEALLOCATION_DELAY by DeployAVS, which reads it from the chain.
func (c *AVSConfig) Check() error {
	switch {
	case c.Deployer == nil:
		return fmt.Errorf("%w: Deployer is nil", ErrInvalidConfig)
	case len(c.Strategies) == 0:
		return fmt.Errorf("%w: Strategies is empty (the quorum needs at least one)", ErrInvalidConfig)
	case c.MetadataURI == "":
		return fmt.Errorf("%w: MetadataURI is empty (EigenLayer's AllocationManager creates no operator set for an AVS without metadata)", ErrInvalidConfig)
	case c.ThresholdBips <= 5000 || c.ThresholdBips > 10000:
		return fmt.Errorf("%w: ThresholdBips %d not in (5000, 10000]", ErrInvalidConfig, c.ThresholdBips)
	case c.WadToSlash.Sign() <= 0 || c.WadToSlash.Cmp(big.NewInt(1e18)) > 0:
		return fmt.Errorf("%w: WadToSlash %s not in (0, 1e18]", ErrInvalidConfig, c.WadToSlash)
	case c.InboxBaseFee.Sign() < 0 || c.InboxBaseFee.BitLen() > 128:
		return fmt.Errorf("%w: InboxBaseFee %s not in [0, 2^128)", ErrInvalidConfig, c.InboxBaseFee)
	case c.InboxMaxPayloadBytes > DefaultInboxMaxPayloadBytes:
		return fmt.Errorf("%w: InboxMaxPayloadBytes %d above the contract's cap %d", ErrInvalidConfig, c.InboxMaxPayloadBytes, DefaultInboxMaxPayloadBytes)
	}
	seen := map[common.Address]bool{}
	for i, s := range c.Strategies {
		switch {
		case s.Strategy == (common.Address{}):
			return fmt.Errorf("%w: Strategies[%d] is the zero address", ErrInvalidConfig, i)
		case seen[s.Strategy]:
			return fmt.Errorf("%w: Strategies[%d] %s listed twice", ErrInvalidConfig, i, s.Strategy)
		case s.Multiplier.ToInt().Sign() <= 0 || s.Multiplier.ToInt().BitLen() > 96:
			return fmt.Errorf("%w: Strategies[%d] multiplier %s not in (0, 2^96)", ErrInvalidConfig, i, s.Multiplier.ToInt())
		}
		seen[s.Strategy] = true
	}
	for _, r := range c.Rollups {
		if r.ID == 0 {
			return fmt.Errorf("%w: rollup ID 0 is reserved", ErrInvalidConfig)
		}
	}
	return nil
}

// DeployAVS deploys Lockstep as an AVS onto an existing EigenLayer core and wires it:
//   - the middleware (SlashingRegistryCoordinator, StakeRegistry, BLSApkRegistry, IndexRegistry,
//     SocketRegistry behind TransparentUpgradeableProxies of the AVS's own ProxyAdmin, paused by
//     the AVS's own PauserRegistry; OperatorStateRetriever);
//   - LockstepServiceManager behind a proxy: the AVS address;
//   - the BLS signature checker (the middleware's BLSSignatureChecker code, deployed as is: its
//     constructor disables initializers, so it is a view-only contract nobody owns);
//   - CheckpointRegistry (checking signatures with that checker), EquivocationSlasher and
//     ForcedInclusionInbox (fees to the owner);
//   - the AVS in the core: the deployer accepts the AVS admin role, the registry coordinator is
//     the AVS registrar and the appointee for AllocationManager.createOperatorSets and
//     deregisterFromOperatorSets, the slasher the appointee for slashOperator and the
//     coordinator's ejector, the metadata URI is published, and the slashable stake quorum 0 is
//     created over cfg.Strategies;
//
// then registers cfg.Rollups and, for an owner other than the deployer, hands over (see
// AVSConfig.Owner; what the owner must accept is in the deployment's Handover). The core must have every address Core.Check asks for, with code, and its
// DEALLOCATION_DELAY must exceed cfg.LookAheadBlocks. The returned deployment has no deployer
// key (nothing secret is written with it) and no operators.
func DeployAVS(ctx context.Context, client chainio.Backend, core Core, cfg AVSConfig) (*Deployment, error) {
	cfg.applyDefaults()
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if err := core.Check(); err != nil {
		return nil, err
	}
	if err := core.CheckCode(ctx, client); err != nil {
		return nil, err
	}
	log := cfg.Logger.With("component", "deployer")
	start := time.Now()

	am, err := el_am.NewAllocationManager(core.Addresses.AllocationManager, client)
	if err != nil {
		return nil, fmt.Errorf("bind AllocationManager: %w", err)
	}
	deallocationDelay, err := am.DEALLOCATIONDELAY(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("read AllocationManager.DEALLOCATION_DELAY: %w", err)
	}
	if deallocationDelay <= cfg.LookAheadBlocks {
		return nil, fmt.Errorf("%w: look-ahead %d blocks must be below the core's DEALLOCATION_DELAY %d (the middleware refuses the quorum otherwise)",
			ErrInvalidConfig, cfg.LookAheadBlocks, deallocationDelay)
	}

	tr, err := chainio.NewTransactor(ctx, client, cfg.Deployer)
	if err != nil {
		return nil, err
	}
	deployer := tr.Address()
	owner := cfg.Owner
	if owner == (common.Address{}) {
		owner = deployer
	}
	rewardsInitiator := cfg.RewardsInitiator
	if rewardsInitiator == (common.Address{}) {
		rewardsInitiator = owner
	}
	if core.ChainInfo.ChainID != 0 && core.ChainInfo.ChainID != tr.ChainID().Uint64() {
		return nil, fmt.Errorf("%w: the core file is for chain %d, the L1 is chain %d", ErrCoreIncomplete, core.ChainInfo.ChainID, tr.ChainID())
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}

	strategyParams := make([]sdk_src.IStakeRegistryTypesStrategyParams, len(cfg.Strategies))
	for i, s := range cfg.Strategies {
		strategyParams[i] = sdk_src.IStakeRegistryTypesStrategyParams{Strategy: s.Strategy, Multiplier: s.Multiplier.ToInt()}
	}
	token, err := underlyingToken(ctx, client, cfg.Strategies[0].Strategy)
	if err != nil {
		return nil, err
	}

	d := &Deployment{
		ChainID:       tr.ChainID().Uint64(),
		DeployBlock:   head.Number.Uint64() + 1,
		QuorumNumbers: []byte{QuorumNumber},
		Deployer:      deployer,
		Owner:         owner,
		Strategies:    append([]QuorumStrategy(nil), cfg.Strategies...),
		Params: Params{
			ThresholdBips:     cfg.ThresholdBips,
			MaxReferenceAge:   cfg.MaxReferenceAge,
			WadToSlash:        (*hexutil.Big)(new(big.Int).Set(cfg.WadToSlash)),
			DeallocationDelay: deallocationDelay,
			LookAheadBlocks:   cfg.LookAheadBlocks,
			OperatorSetID:     uint32(QuorumNumber),

			ForcedInclusionDelay:            cfg.ForcedInclusionDelay,
			MaxForcedPerCheckpoint:          cfg.MaxForcedPerCheckpoint,
			ForcedInclusionBaseFee:          (*hexutil.Big)(new(big.Int).Set(cfg.InboxBaseFee)),
			ForcedInclusionFeeDoublingQueue: cfg.InboxFeeDoublingQueue,
			ForcedInclusionMaxPayloadBytes:  cfg.InboxMaxPayloadBytes,
		},
		Rollups:   []Rollup{},
		Operators: []*Operator{},
	}
	d.SetLogger(cfg.Logger)
	c := &d.Contracts
	c.DelegationManager = core.Addresses.DelegationManager
	c.StrategyManager = core.Addresses.StrategyManager
	c.AVSDirectory = core.Addresses.AVSDirectory
	c.AllocationManager = core.Addresses.AllocationManager
	c.PermissionController = core.Addresses.PermissionController
	c.RewardsCoordinator = core.Addresses.RewardsCoordinator
	c.EigenPodManager = core.Addresses.EigenPodManager
	c.Strategy = cfg.Strategies[0].Strategy
	c.Token = token

	gas := map[string]uint64{}
	s := txstage.New(log, gas)
	stage := func(what string) error {
		if err := s.Wait(ctx); err != nil {
			return err
		}
		log.Info("stage done", "stage", what, "elapsed", time.Since(start).Round(time.Millisecond))
		return nil
	}
	pa := func() (*proxyadmin.ProxyAdmin, error) { return proxyadmin.NewProxyAdmin(c.ProxyAdmin, client) }
	upgrade := func(what string, proxy, impl common.Address, init []byte) {
		s.Send(ctx, tr, "upgrade "+what, func(o *bind.TransactOpts) (*types.Transaction, error) {
			admin, err := pa()
			if err != nil {
				return nil, err
			}
			if len(init) == 0 {
				return admin.Upgrade(o, proxy, impl)
			}
			return admin.UpgradeAndCall(o, proxy, impl, init)
		})
	}
	encode := func(what string, meta *bind.MetaData, method string, args ...any) []byte {
		if s.Failed() {
			return nil
		}
		a, err := meta.GetAbi()
		if err == nil {
			var data []byte
			if data, err = a.Pack(method, args...); err == nil {
				return data
			}
		}
		s.Fail("encode "+what+"."+method, err)
		return nil
	}

	// 1. Contracts without dependencies.
	c.ProxyAdmin = s.Deploy(ctx, tr, "deploy ProxyAdmin", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(proxyadmin.DeployProxyAdmin(o, client))
	})
	c.PauserRegistry = s.Deploy(ctx, tr, "deploy PauserRegistry", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(el_pr.DeployPauserRegistry(o, client, []common.Address{owner}, owner))
	})
	c.OperatorStateRetriever = s.Deploy(ctx, tr, "deploy OperatorStateRetriever", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(sdk_osr.DeployContractOperatorStateRetriever(o, client))
	})
	if err := stage("ProxyAdmin, PauserRegistry, OperatorStateRetriever"); err != nil {
		return nil, err
	}

	// 2. Empty proxies, so implementations can be built with every proxy address. An OZ 4.9
	// proxy's initial logic must be a contract: any deployed one will do until the upgrade.
	emptyProxy := func(what string) common.Address {
		return s.Deploy(ctx, tr, "deploy "+what+" proxy", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			return txstage.Deployed(transparentupgradeableproxy.DeployTransparentUpgradeableProxy(o, client, c.PauserRegistry, c.ProxyAdmin, []byte{}))
		})
	}
	c.RegistryCoordinator = emptyProxy("SlashingRegistryCoordinator")
	c.StakeRegistry = emptyProxy("StakeRegistry")
	c.BLSApkRegistry = emptyProxy("BLSApkRegistry")
	c.IndexRegistry = emptyProxy("IndexRegistry")
	c.SocketRegistry = emptyProxy("SocketRegistry")
	c.ServiceManager = emptyProxy("ServiceManager")
	if err := stage("empty proxies"); err != nil {
		return nil, err
	}

	// 3. Implementations (constructors only store addresses).
	var implStake, implAPK, implIdx, implSock, implCoord, implSM common.Address
	implStake = s.Deploy(ctx, tr, "deploy StakeRegistry impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(sdk_stake.DeployContractStakeRegistry(o, client, c.RegistryCoordinator, c.DelegationManager, c.AVSDirectory, c.AllocationManager))
	})
	implAPK = s.Deploy(ctx, tr, "deploy BLSApkRegistry impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(sdk_apk.DeployContractBLSApkRegistry(o, client, c.RegistryCoordinator))
	})
	implIdx = s.Deploy(ctx, tr, "deploy IndexRegistry impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(sdk_idx.DeployContractIndexRegistry(o, client, c.RegistryCoordinator))
	})
	implSock = s.Deploy(ctx, tr, "deploy SocketRegistry impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(sdk_sock.DeployContractSocketRegistry(o, client, c.RegistryCoordinator))
	})
	implCoord = s.Deploy(ctx, tr, "deploy SlashingRegistryCoordinator impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(sdk_src.DeployContractSlashingRegistryCoordinator(o, client, c.StakeRegistry, c.BLSApkRegistry, c.IndexRegistry, c.SocketRegistry, c.AllocationManager, c.PauserRegistry, middlewareVersion))
	})
	implSM = s.Deploy(ctx, tr, "deploy LockstepServiceManager impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(lockstepservicemanager.DeployLockstepServiceManager(o, client, c.AllocationManager, c.PermissionController, c.RewardsCoordinator, c.AVSDirectory, c.RegistryCoordinator, c.StakeRegistry))
	})
	if err := stage("implementations"); err != nil {
		return nil, err
	}

	// 4. Upgrade and initialize. The service manager proposes the deployer as an AVS admin (the
	// owner takes over at the end); the coordinator's ejector starts as the deployer and becomes
	// the slasher once that exists.
	zero := big.NewInt(0)
	upgrade("StakeRegistry", c.StakeRegistry, implStake, nil)
	upgrade("BLSApkRegistry", c.BLSApkRegistry, implAPK, nil)
	upgrade("IndexRegistry", c.IndexRegistry, implIdx, nil)
	upgrade("SocketRegistry", c.SocketRegistry, implSock, nil)
	upgrade("SlashingRegistryCoordinator", c.RegistryCoordinator, implCoord,
		encode("SlashingRegistryCoordinator", sdk_src.ContractSlashingRegistryCoordinatorMetaData, "initialize", deployer, deployer, deployer, zero, c.ServiceManager))
	upgrade("LockstepServiceManager", c.ServiceManager, implSM,
		encode("LockstepServiceManager", lockstepservicemanager.LockstepServiceManagerMetaData, "initialize", deployer, rewardsInitiator))
	if err := stage("upgrade and initialize the middleware and the service manager"); err != nil {
		return nil, err
	}

	// 5. The checker's constructor reads the (now initialized) coordinator; the registry checks
	// signatures with it.
	c.SignatureChecker = s.Deploy(ctx, tr, "deploy BLSSignatureChecker", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(sdk_sm.DeployContractMockAvsServiceManager(o, client, c.RegistryCoordinator, c.AVSDirectory, c.RewardsCoordinator, c.PermissionController, c.AllocationManager))
	})
	if err := stage("signature checker"); err != nil {
		return nil, err
	}
	c.CheckpointRegistry = s.Deploy(ctx, tr, "deploy CheckpointRegistry", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(checkpointregistry.DeployCheckpointRegistry(o, client, c.SignatureChecker, d.QuorumNumbers, cfg.ThresholdBips, cfg.MaxReferenceAge, deployer))
	})
	if err := stage("CheckpointRegistry"); err != nil {
		return nil, err
	}

	// 6. The slasher's constructor reads the registry and the coordinator; the inbox only needs
	// the registry. Neither needs the deployer later, so the owner owns them from the start.
	c.EquivocationSlasher = s.Deploy(ctx, tr, "deploy EquivocationSlasher", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(equivocationslasher.DeployEquivocationSlasher(o, client, c.CheckpointRegistry, c.RegistryCoordinator, c.BLSApkRegistry, c.StakeRegistry, c.AllocationManager, cfg.WadToSlash, owner))
	})
	c.ForcedInclusionInbox = s.Deploy(ctx, tr, "deploy ForcedInclusionInbox", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(forcedinclusioninbox.DeployForcedInclusionInbox(o, client, c.CheckpointRegistry, cfg.InboxBaseFee, cfg.InboxMaxPayloadBytes, cfg.InboxFeeDoublingQueue, owner, owner))
	})
	if err := stage("EquivocationSlasher, ForcedInclusionInbox"); err != nil {
		return nil, err
	}

	b, err := d.Bindings(client)
	if err != nil {
		return nil, err
	}
	// 7. The deployer accepts the AVS admin role; the slasher gets its registry and ejector roles;
	// the registry gets its inbox and parameters.
	s.Send(ctx, tr, "PermissionController.acceptAdmin(serviceManager)", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.PermissionController.AcceptAdmin(o, c.ServiceManager)
	})
	s.Send(ctx, tr, "CheckpointRegistry.setSlasher", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.CheckpointRegistry.SetSlasher(o, c.EquivocationSlasher)
	})
	s.Send(ctx, tr, "RegistryCoordinator.setEjector(slasher)", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.RegistryCoordinator.SetEjector(o, c.EquivocationSlasher)
	})
	s.Send(ctx, tr, "CheckpointRegistry.setForcedInclusionInbox", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.CheckpointRegistry.SetForcedInclusionInbox(o, c.ForcedInclusionInbox)
	})
	if cfg.ForcedInclusionDelay != DefaultForcedInclusionDelay {
		s.Send(ctx, tr, "CheckpointRegistry.setForcedInclusionDelay", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return b.CheckpointRegistry.SetForcedInclusionDelay(o, cfg.ForcedInclusionDelay)
		})
	}
	if cfg.MaxForcedPerCheckpoint != DefaultMaxForcedPerCheckpoint {
		s.Send(ctx, tr, "CheckpointRegistry.setMaxForcedPerCheckpoint", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return b.CheckpointRegistry.SetMaxForcedPerCheckpoint(o, cfg.MaxForcedPerCheckpoint)
		})
	}
	for _, r := range cfg.Rollups {
		if r.Owner == (common.Address{}) {
			r.Owner = owner
		}
		s.Send(ctx, tr, fmt.Sprintf("CheckpointRegistry.registerRollup(%d)", r.ID), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return b.CheckpointRegistry.RegisterRollup(o, r.ID, r.Owner, r.Metadata)
		})
		d.Rollups = append(d.Rollups, r)
	}
	if err := stage("registry wiring and rollups"); err != nil {
		return nil, err
	}

	// 8. The AVS in the AllocationManager, as its admin.
	amABI, err := el_am.AllocationManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	appoint := func(who string, appointee common.Address, method string) {
		var sel [4]byte
		copy(sel[:], amABI.Methods[method].ID)
		s.Send(ctx, tr, "PermissionController.setAppointee("+who+", AllocationManager."+method+")", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return b.PermissionController.SetAppointee(o, c.ServiceManager, appointee, c.AllocationManager, sel)
		})
	}
	if cfg.MetadataURI != "" {
		s.Send(ctx, tr, "ServiceManager.updateAVSMetadataURI", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return b.ServiceManager.UpdateAVSMetadataURI(o, cfg.MetadataURI)
		})
	}
	s.Send(ctx, tr, "AllocationManager.setAVSRegistrar", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.AllocationManager.SetAVSRegistrar(o, c.ServiceManager, c.RegistryCoordinator)
	})
	appoint("registryCoordinator", c.RegistryCoordinator, "createOperatorSets")
	appoint("registryCoordinator", c.RegistryCoordinator, "deregisterFromOperatorSets")
	appoint("equivocationSlasher", c.EquivocationSlasher, "slashOperator")
	if err := stage("AVS registrar and appointees"); err != nil {
		return nil, err
	}

	// 9. The slashable stake quorum (operator set 0) over the strategies.
	s.Send(ctx, tr, "RegistryCoordinator.createSlashableStakeQuorum", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.RegistryCoordinator.CreateSlashableStakeQuorum(o,
			sdk_src.ISlashingRegistryCoordinatorTypesOperatorSetParam{
				MaxOperatorCount:        cfg.MaxOperatorCount,
				KickBIPsOfOperatorStake: 11000,
				KickBIPsOfTotalStake:    50,
			},
			zero, // minimum stake
			strategyParams,
			cfg.LookAheadBlocks)
	})
	if err := stage("slashable stake quorum"); err != nil {
		return nil, err
	}

	handover, err := hand(ctx, s, tr, b, c, deployer, owner)
	if err != nil {
		return nil, err
	}
	if handover != nil {
		if err := stage("handover to the owner"); err != nil {
			return nil, err
		}
		// The deployer leaves the AVS admins only once the owner is pending, so the AVS always
		// has an admin who can act.
		s.Send(ctx, tr, "PermissionController.removeAdmin(serviceManager, deployer)", func(o *bind.TransactOpts) (*types.Transaction, error) {
			return b.PermissionController.RemoveAdmin(o, c.ServiceManager, deployer)
		})
		if err := stage("deployer leaves the AVS admins"); err != nil {
			return nil, err
		}
	}

	var total uint64
	for _, g := range gas {
		total += g
	}
	log.Info("deployed", "registry", c.CheckpointRegistry, "serviceManager", c.ServiceManager,
		"signatureChecker", c.SignatureChecker, "owner", owner, "gasUsed", total, "elapsed", time.Since(start))
	d.Handover = handover
	return d, nil
}

// underlyingToken reads the token a strategy holds, which also tells a strategy from a typo.
func underlyingToken(ctx context.Context, client bind.ContractCaller, strategy common.Address) (common.Address, error) {
	sb, err := el_sb.NewStrategyBaseCaller(strategy, client)
	if err != nil {
		return common.Address{}, fmt.Errorf("bind strategy %s: %w", strategy, err)
	}
	t, err := sb.UnderlyingToken(&bind.CallOpts{Context: ctx})
	if err != nil {
		return common.Address{}, fmt.Errorf("read underlyingToken of strategy %s: %w", strategy, err)
	}
	return t, nil
}
