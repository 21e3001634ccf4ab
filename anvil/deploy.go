package anvil

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	el_avsd "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AVSDirectory"
	el_am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	el_dm "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/DelegationManager"
	el_epm "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/EigenPodManager"
	el_pr "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/PauserRegistry"
	el_pc "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/PermissionController"
	el_rc "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/RewardsCoordinator"
	el_sb "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/StrategyBase"
	el_sm "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/StrategyManager"
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
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/txstage"
)

// Defaults of DeployConfig.
const (
	DefaultThresholdBips     uint16 = 6667
	DefaultMaxReferenceAge   uint32 = 300
	DefaultDeallocationDelay uint32 = 5
	DefaultMaxOperatorCount  uint32 = 32
	// DefaultForcedInclusionDelay and DefaultMaxForcedPerCheckpoint are the CheckpointRegistry's
	// constructor defaults (DEFAULT_FORCED_INCLUSION_DELAY, DEFAULT_MAX_FORCED_PER_CHECKPOINT):
	// Deploy sends a setter only for a value that differs.
	DefaultForcedInclusionDelay   uint32 = 16
	DefaultMaxForcedPerCheckpoint uint16 = 16
	// DefaultInboxMaxPayloadBytes is the largest payload the inbox accepts, the contract's cap
	// (a sequencer envelope's limit).
	DefaultInboxMaxPayloadBytes uint32 = 128 * 1024
	// DefaultInboxFeeDoublingQueue is how many pending inbox entries double its fee.
	DefaultInboxFeeDoublingQueue uint32 = 64
	// QuorumNumber is the one slashable stake quorum the deployment creates (also the ID of its
	// EigenLayer operator set).
	QuorumNumber uint8 = 0

	coreVersion       = "v1.4.2"
	middlewareVersion = "v1.4.0"
	avsMetadataURI    = "https://lockstep.invalid/devnet/avs.json"
)

// DefaultWadToSlash is half of the allocated magnitude per equivocation.
var DefaultWadToSlash = big.NewInt(5e17)

// DefaultInboxBaseFee is the inbox's fee with no pending entries: 0.001 ether.
var DefaultInboxBaseFee = big.NewInt(1e15)

// ErrInvalidConfig is wrapped by configuration errors (the same error as deployment's).
var ErrInvalidConfig = deployment.ErrInvalidConfig

// DeployConfig configures Deploy. Zero values take the defaults.
type DeployConfig struct {
	// Deployer deploys and owns everything; nil means anvil's account 0 (DeployerKey).
	Deployer *ecdsa.PrivateKey
	// OZArtifacts is the folder of OpenZeppelin 4.9.6 artifacts; empty means FindOZArtifacts().
	OZArtifacts string
	// ThresholdBips is the signed stake required per quorum (DefaultThresholdBips).
	ThresholdBips uint16
	// MaxReferenceAge is how old, in blocks, a checkpoint's reference block may be.
	MaxReferenceAge uint32
	// WadToSlash is the fraction of allocated magnitude slashed per equivocation (1e18 = 100%).
	WadToSlash *big.Int
	// DeallocationDelay is AllocationManager's DEALLOCATION_DELAY in blocks; it must exceed
	// LookAheadBlocks (the middleware refuses to create the quorum otherwise).
	DeallocationDelay uint32
	// LookAheadBlocks is the slashable stake quorum's look-ahead period (default 0).
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
	// Rollups are registered in the CheckpointRegistry; a zero Owner means the deployer.
	Rollups []deployment.Rollup
	// Logger receives progress logs; nil discards them.
	Logger *slog.Logger
}

func (c *DeployConfig) applyDefaults() {
	if c.Deployer == nil {
		c.Deployer = DeployerKey()
	}
	if c.ThresholdBips == 0 {
		c.ThresholdBips = DefaultThresholdBips
	}
	if c.MaxReferenceAge == 0 {
		c.MaxReferenceAge = DefaultMaxReferenceAge
	}
	if c.WadToSlash == nil {
		c.WadToSlash = DefaultWadToSlash
	}
	if c.DeallocationDelay == 0 {
		c.DeallocationDelay = DefaultDeallocationDelay
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
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// Check reports the first invalid field (after defaults).
func (c *DeployConfig) Check() error {
	switch {
	case c.ThresholdBips <= 5000 || c.ThresholdBips > 10000:
		return fmt.Errorf("%w: ThresholdBips %d not in (5000, 10000]", ErrInvalidConfig, c.ThresholdBips)
	case c.WadToSlash.Sign() <= 0 || c.WadToSlash.Cmp(big.NewInt(1e18)) > 0:
		return fmt.Errorf("%w: WadToSlash %s not in (0, 1e18]", ErrInvalidConfig, c.WadToSlash)
	case c.DeallocationDelay <= c.LookAheadBlocks:
		return fmt.Errorf("%w: DeallocationDelay %d must exceed LookAheadBlocks %d", ErrInvalidConfig, c.DeallocationDelay, c.LookAheadBlocks)
	case c.InboxBaseFee.Sign() < 0 || c.InboxBaseFee.BitLen() > 128:
		return fmt.Errorf("%w: InboxBaseFee %s not in [0, 2^128)", ErrInvalidConfig, c.InboxBaseFee)
	case c.InboxMaxPayloadBytes > DefaultInboxMaxPayloadBytes:
		return fmt.Errorf("%w: InboxMaxPayloadBytes %d above the contract's cap %d", ErrInvalidConfig, c.InboxMaxPayloadBytes, DefaultInboxMaxPayloadBytes)
	}
	for _, r := range c.Rollups {
		if r.ID == 0 {
			return fmt.Errorf("%w: rollup ID 0 is reserved", ErrInvalidConfig)
		}
	}
	return nil
}

// Deploy deploys EigenLayer core and middleware, creates the slashable stake quorum 0 over one
// ERC20 strategy, deploys CheckpointRegistry, EquivocationSlasher and ForcedInclusionInbox (fees
// to the deployer) and wires them:
//   - registry.setSlasher(slasher), registry.setForcedInclusionInbox(inbox), and the registry's
//     forced inclusion delay and max per checkpoint where they differ from its defaults;
//   - the slasher is the AVS's PermissionController appointee for AllocationManager.slashOperator
//     and the registry coordinator's ejector;
//   - the registry coordinator is the AVS's appointee for AllocationManager.createOperatorSets
//     and deregisterFromOperatorSets (the latter is what ejectOperator calls for operator-set
//     quorums);
//
// and registers cfg.Rollups. Transactions that do not depend on each other are sent back to
// back. The deployment has no operators yet; see deployment.Deployment.RegisterOperator.
func Deploy(ctx context.Context, client chainio.Backend, cfg DeployConfig) (*deployment.Deployment, error) {
	cfg.applyDefaults()
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	log := cfg.Logger.With("component", "deployer")
	start := time.Now()

	ozDir := cfg.OZArtifacts
	if ozDir == "" {
		var err error
		if ozDir, err = FindOZArtifacts(); err != nil {
			return nil, err
		}
	}
	oz, err := loadOZ(ozDir, ozProxyAdmin, ozProxy, ozMinterToken)
	if err != nil {
		return nil, err
	}
	tr, err := chainio.NewTransactor(ctx, client, cfg.Deployer)
	if err != nil {
		return nil, err
	}
	deployer := tr.Address()
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}

	d := &deployment.Deployment{
		ChainID:       tr.ChainID().Uint64(),
		DeployBlock:   head.Number.Uint64() + 1,
		QuorumNumbers: []byte{QuorumNumber},
		Deployer:      deployer,
		Params: deployment.Params{
			ThresholdBips:     cfg.ThresholdBips,
			MaxReferenceAge:   cfg.MaxReferenceAge,
			WadToSlash:        (*hexutil.Big)(new(big.Int).Set(cfg.WadToSlash)),
			DeallocationDelay: cfg.DeallocationDelay,
			LookAheadBlocks:   cfg.LookAheadBlocks,
			OperatorSetID:     uint32(QuorumNumber),

			ForcedInclusionDelay:            cfg.ForcedInclusionDelay,
			MaxForcedPerCheckpoint:          cfg.MaxForcedPerCheckpoint,
			ForcedInclusionBaseFee:          (*hexutil.Big)(new(big.Int).Set(cfg.InboxBaseFee)),
			ForcedInclusionFeeDoublingQueue: cfg.InboxFeeDoublingQueue,
			ForcedInclusionMaxPayloadBytes:  cfg.InboxMaxPayloadBytes,
		},
		Rollups:   []deployment.Rollup{},
		Operators: []*deployment.Operator{},
	}
	if err := d.SetDeployerKey(cfg.Deployer); err != nil {
		return nil, err
	}
	d.SetLogger(cfg.Logger)
	c := &d.Contracts
	gas := map[string]uint64{}
	s := txstage.New(log, gas)

	ozDeploy := func(name string, args ...any) func(*bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			a := oz[name]
			addr, tx, _, err := bind.DeployContract(o, a.abi, a.bytecode, client, args...)
			return addr, tx, err
		}
	}
	proxyAdmin := func() *bind.BoundContract {
		a := oz[ozProxyAdmin]
		return bind.NewBoundContract(c.ProxyAdmin, a.abi, client, client, client)
	}
	// upgrade points a proxy at impl and, with init data, calls the initializer through it.
	upgrade := func(what string, proxy, impl common.Address, init []byte) {
		s.Send(ctx, tr, "upgrade "+what, func(o *bind.TransactOpts) (*types.Transaction, error) {
			if len(init) == 0 {
				return proxyAdmin().Transact(o, "upgrade", proxy, impl)
			}
			return proxyAdmin().Transact(o, "upgradeAndCall", proxy, impl, init)
		})
	}

	// 1. Contracts without dependencies.
	c.ProxyAdmin = s.Deploy(ctx, tr, "deploy ProxyAdmin", ozDeploy(ozProxyAdmin))
	c.PauserRegistry = s.Deploy(ctx, tr, "deploy PauserRegistry", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(el_pr.DeployPauserRegistry(o, client, []common.Address{deployer}, deployer))
	})
	c.Token = s.Deploy(ctx, tr, "deploy Token", ozDeploy(ozMinterToken, "Lockstep Devnet Restaked Token", "LDRT"))
	c.OperatorStateRetriever = s.Deploy(ctx, tr, "deploy OperatorStateRetriever", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(sdk_osr.DeployContractOperatorStateRetriever(o, client))
	})
	if err := s.Wait(ctx); err != nil {
		return nil, err
	}

	// 2. Empty proxies, so implementations can be built with every proxy address. An OZ 4.9
	// proxy's initial logic must be a contract: any deployed one will do until the upgrade.
	emptyProxy := func(what string) common.Address {
		return s.Deploy(ctx, tr, "deploy "+what+" proxy", ozDeploy(ozProxy, c.PauserRegistry, c.ProxyAdmin, []byte{}))
	}
	c.DelegationManager = emptyProxy("DelegationManager")
	c.StrategyManager = emptyProxy("StrategyManager")
	c.AVSDirectory = emptyProxy("AVSDirectory")
	c.AllocationManager = emptyProxy("AllocationManager")
	c.PermissionController = emptyProxy("PermissionController")
	c.RewardsCoordinator = emptyProxy("RewardsCoordinator")
	c.EigenPodManager = emptyProxy("EigenPodManager")
	c.RegistryCoordinator = emptyProxy("SlashingRegistryCoordinator")
	c.StakeRegistry = emptyProxy("StakeRegistry")
	c.BLSApkRegistry = emptyProxy("BLSApkRegistry")
	c.IndexRegistry = emptyProxy("IndexRegistry")
	c.SocketRegistry = emptyProxy("SocketRegistry")
	c.ServiceManager = emptyProxy("ServiceManager")
	if err := s.Wait(ctx); err != nil {
		return nil, err
	}

	// 3. Implementations (constructors only store addresses).
	impl := struct {
		dm, sm, avsd, am, pc, rc, epm, sb, stake, apk, idx, sock, coord common.Address
	}{}
	impl.dm = s.Deploy(ctx, tr, "deploy DelegationManager impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(el_dm.DeployDelegationManager(o, client, c.StrategyManager, c.EigenPodManager, c.AllocationManager, c.PauserRegistry, c.PermissionController, 0, coreVersion))
	})
	impl.sm = s.Deploy(ctx, tr, "deploy StrategyManager impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(el_sm.DeployStrategyManager(o, client, c.DelegationManager, c.PauserRegistry, coreVersion))
	})
	impl.avsd = s.Deploy(ctx, tr, "deploy AVSDirectory impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(el_avsd.DeployAVSDirectory(o, client, c.DelegationManager, c.PauserRegistry, coreVersion))
	})
	impl.am = s.Deploy(ctx, tr, "deploy AllocationManager impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		// ALLOCATION_CONFIGURATION_DELAY 0: an operator's allocation delay applies from the next block.
		return txstage.Deployed(el_am.DeployAllocationManager(o, client, c.DelegationManager, c.PauserRegistry, c.PermissionController, cfg.DeallocationDelay, 0, coreVersion))
	})
	impl.pc = s.Deploy(ctx, tr, "deploy PermissionController impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(el_pc.DeployPermissionController(o, client, coreVersion))
	})
	impl.rc = s.Deploy(ctx, tr, "deploy RewardsCoordinator impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		const day = 86400
		return txstage.Deployed(el_rc.DeployRewardsCoordinator(o, client, el_rc.IRewardsCoordinatorTypesRewardsCoordinatorConstructorParams{
			DelegationManager: c.DelegationManager, StrategyManager: c.StrategyManager, AllocationManager: c.AllocationManager,
			PauserRegistry: c.PauserRegistry, PermissionController: c.PermissionController,
			CALCULATIONINTERVALSECONDS: day, MAXREWARDSDURATION: 70 * day, MAXRETROACTIVELENGTH: 90 * day,
			MAXFUTURELENGTH: 30 * day, GENESISREWARDSTIMESTAMP: 10 * day, Version: coreVersion,
		}))
	})
	impl.epm = s.Deploy(ctx, tr, "deploy EigenPodManager impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		// No beacon chain on a devnet: the pod beacon only has to be a contract.
		return txstage.Deployed(el_epm.DeployEigenPodManager(o, client, common.Address{}, c.PauserRegistry, c.DelegationManager, c.PauserRegistry, coreVersion))
	})
	impl.sb = s.Deploy(ctx, tr, "deploy StrategyBase impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(el_sb.DeployStrategyBase(o, client, c.StrategyManager, c.PauserRegistry, coreVersion))
	})
	impl.stake = s.Deploy(ctx, tr, "deploy StakeRegistry impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(sdk_stake.DeployContractStakeRegistry(o, client, c.RegistryCoordinator, c.DelegationManager, c.AVSDirectory, c.AllocationManager))
	})
	impl.apk = s.Deploy(ctx, tr, "deploy BLSApkRegistry impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(sdk_apk.DeployContractBLSApkRegistry(o, client, c.RegistryCoordinator))
	})
	impl.idx = s.Deploy(ctx, tr, "deploy IndexRegistry impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(sdk_idx.DeployContractIndexRegistry(o, client, c.RegistryCoordinator))
	})
	impl.sock = s.Deploy(ctx, tr, "deploy SocketRegistry impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(sdk_sock.DeployContractSocketRegistry(o, client, c.RegistryCoordinator))
	})
	impl.coord = s.Deploy(ctx, tr, "deploy SlashingRegistryCoordinator impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(sdk_src.DeployContractSlashingRegistryCoordinator(o, client, c.StakeRegistry, c.BLSApkRegistry, c.IndexRegistry, c.SocketRegistry, c.AllocationManager, c.PauserRegistry, middlewareVersion))
	})
	if err := s.Wait(ctx); err != nil {
		return nil, err
	}

	// 4. Upgrade and initialize; the strategy proxy and the CheckpointRegistry need nothing more.
	zero := big.NewInt(0)
	init := func(what string, meta *bind.MetaData, method string, args ...any) []byte {
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
	upgrade("DelegationManager", c.DelegationManager, impl.dm, init("DelegationManager", el_dm.DelegationManagerMetaData, "initialize", deployer, zero))
	upgrade("StrategyManager", c.StrategyManager, impl.sm, init("StrategyManager", el_sm.StrategyManagerMetaData, "initialize", deployer, deployer, zero))
	upgrade("AVSDirectory", c.AVSDirectory, impl.avsd, init("AVSDirectory", el_avsd.AVSDirectoryMetaData, "initialize", deployer, zero))
	upgrade("AllocationManager", c.AllocationManager, impl.am, init("AllocationManager", el_am.AllocationManagerMetaData, "initialize", deployer, zero))
	upgrade("PermissionController", c.PermissionController, impl.pc, nil)
	upgrade("RewardsCoordinator", c.RewardsCoordinator, impl.rc, init("RewardsCoordinator", el_rc.RewardsCoordinatorMetaData, "initialize", deployer, zero, deployer, uint32(0), uint16(1000)))
	upgrade("EigenPodManager", c.EigenPodManager, impl.epm, init("EigenPodManager", el_epm.EigenPodManagerMetaData, "initialize", deployer, zero))
	upgrade("StakeRegistry", c.StakeRegistry, impl.stake, nil)
	upgrade("BLSApkRegistry", c.BLSApkRegistry, impl.apk, nil)
	upgrade("IndexRegistry", c.IndexRegistry, impl.idx, nil)
	upgrade("SocketRegistry", c.SocketRegistry, impl.sock, nil)
	// The ejector starts as the deployer and becomes the slasher once that exists (step 7).
	upgrade("SlashingRegistryCoordinator", c.RegistryCoordinator, impl.coord,
		init("SlashingRegistryCoordinator", sdk_src.ContractSlashingRegistryCoordinatorMetaData, "initialize", deployer, deployer, deployer, zero, c.ServiceManager))
	c.Strategy = s.Deploy(ctx, tr, "deploy Strategy proxy", ozDeploy(ozProxy, impl.sb, c.ProxyAdmin,
		init("StrategyBase", el_sb.StrategyBaseMetaData, "initialize", c.Token)))
	c.CheckpointRegistry = s.Deploy(ctx, tr, "deploy CheckpointRegistry", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(checkpointregistry.DeployCheckpointRegistry(o, client, c.ServiceManager, d.QuorumNumbers, cfg.ThresholdBips, cfg.MaxReferenceAge, deployer))
	})
	if err := s.Wait(ctx); err != nil {
		return nil, err
	}

	sm, err := el_sm.NewStrategyManager(c.StrategyManager, client)
	if err != nil {
		return nil, err
	}
	// 5. The service manager's constructor reads the (now initialized) coordinator.
	s.Send(ctx, tr, "whitelist strategy", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return sm.AddStrategiesToDepositWhitelist(o, []common.Address{c.Strategy})
	})
	smImpl := s.Deploy(ctx, tr, "deploy ServiceManager impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(sdk_sm.DeployContractMockAvsServiceManager(o, client, c.RegistryCoordinator, c.AVSDirectory, c.RewardsCoordinator, c.PermissionController, c.AllocationManager))
	})
	if err := s.Wait(ctx); err != nil {
		return nil, err
	}

	// 6. Initialize the service manager (it proposes the deployer as the AVS's admin); the
	// slasher's constructor reads the registry and the coordinator. The inbox only needs the
	// registry's address.
	upgrade("ServiceManager", c.ServiceManager, smImpl, init("ServiceManager", sdk_sm.ContractMockAvsServiceManagerMetaData, "initialize", deployer))
	c.EquivocationSlasher = s.Deploy(ctx, tr, "deploy EquivocationSlasher", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(equivocationslasher.DeployEquivocationSlasher(o, client, c.CheckpointRegistry, c.RegistryCoordinator, c.BLSApkRegistry, c.StakeRegistry, c.AllocationManager, cfg.WadToSlash, deployer))
	})
	c.ForcedInclusionInbox = s.Deploy(ctx, tr, "deploy ForcedInclusionInbox", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(forcedinclusioninbox.DeployForcedInclusionInbox(o, client, c.CheckpointRegistry, cfg.InboxBaseFee, cfg.InboxMaxPayloadBytes, cfg.InboxFeeDoublingQueue, deployer, deployer))
	})
	if err := s.Wait(ctx); err != nil {
		return nil, err
	}

	b, err := d.Bindings(client)
	if err != nil {
		return nil, err
	}
	// 7. The deployer accepts the AVS admin role; the slasher gets its registry and ejector roles;
	// the registry gets its inbox.
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
			r.Owner = deployer
		}
		s.Send(ctx, tr, fmt.Sprintf("CheckpointRegistry.registerRollup(%d)", r.ID), func(o *bind.TransactOpts) (*types.Transaction, error) {
			return b.CheckpointRegistry.RegisterRollup(o, r.ID, r.Owner, r.Metadata)
		})
		d.Rollups = append(d.Rollups, r)
	}
	if err := s.Wait(ctx); err != nil {
		return nil, err
	}

	// 8. AVS setup in the AllocationManager, as the AVS's admin.
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
	s.Send(ctx, tr, "AllocationManager.updateAVSMetadataURI", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.AllocationManager.UpdateAVSMetadataURI(o, c.ServiceManager, avsMetadataURI)
	})
	s.Send(ctx, tr, "AllocationManager.setAVSRegistrar", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.AllocationManager.SetAVSRegistrar(o, c.ServiceManager, c.RegistryCoordinator)
	})
	appoint("registryCoordinator", c.RegistryCoordinator, "createOperatorSets")
	appoint("registryCoordinator", c.RegistryCoordinator, "deregisterFromOperatorSets")
	appoint("equivocationSlasher", c.EquivocationSlasher, "slashOperator")
	if err := s.Wait(ctx); err != nil {
		return nil, err
	}

	// 9. The slashable stake quorum (operator set 0) over the one strategy.
	s.Send(ctx, tr, "RegistryCoordinator.createSlashableStakeQuorum", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.RegistryCoordinator.CreateSlashableStakeQuorum(o,
			sdk_src.ISlashingRegistryCoordinatorTypesOperatorSetParam{
				MaxOperatorCount:        cfg.MaxOperatorCount,
				KickBIPsOfOperatorStake: 11000,
				KickBIPsOfTotalStake:    50,
			},
			zero, // minimum stake
			[]sdk_src.IStakeRegistryTypesStrategyParams{{Strategy: c.Strategy, Multiplier: big.NewInt(1e18)}},
			cfg.LookAheadBlocks)
	})
	if err := s.Wait(ctx); err != nil {
		return nil, err
	}

	var total uint64
	for _, g := range gas {
		total += g
	}
	log.Info("deployed", "registry", c.CheckpointRegistry, "slasher", c.EquivocationSlasher,
		"inbox", c.ForcedInclusionInbox, "serviceManager", c.ServiceManager, "gasUsed", total, "elapsed", time.Since(start))
	return d, nil
}
