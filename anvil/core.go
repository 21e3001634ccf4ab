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
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/txstage"
)

const (
	coreVersion = "v1.4.2"
	// CoreTokenSymbol is the symbol of the devnet core's one restakable token.
	CoreTokenSymbol = "LDRT"
)

// RewardsCoordinator timing of the devnet core (mainnet's calculation interval and lengths).
const (
	// CoreCalculationIntervalSeconds is RewardsCoordinator.CALCULATION_INTERVAL_SECONDS: reward
	// submissions start on and last multiples of it.
	CoreCalculationIntervalSeconds uint32 = 86400
	// CoreGenesisRewardsTimestamp is RewardsCoordinator.GENESIS_REWARDS_TIMESTAMP.
	CoreGenesisRewardsTimestamp uint32 = 10 * 86400
)

// CoreConfig configures DeployCore. Zero values take the devnet's defaults.
type CoreConfig struct {
	// Deployer deploys and owns the core; nil means anvil's account 0 (DeployerKey).
	Deployer *ecdsa.PrivateKey
	// OZArtifacts is the folder of OpenZeppelin 4.9.6 artifacts; empty means FindOZArtifacts().
	OZArtifacts string
	// DeallocationDelay is AllocationManager.DEALLOCATION_DELAY in blocks
	// (DefaultDeallocationDelay; mainnet: 100800, 14 days).
	DeallocationDelay uint32
	// AllocationConfigurationDelay is AllocationManager.ALLOCATION_CONFIGURATION_DELAY in blocks:
	// how long an operator's allocation delay takes to apply (0 on the devnet, so operators can
	// allocate at once; mainnet: 126000, about 17.5 days).
	AllocationConfigurationDelay uint32
	// Logger receives progress logs; nil discards them.
	Logger *slog.Logger
}

// DeployCore deploys an EigenLayer core (v1.4.2): its PauserRegistry and ProxyAdmin, the
// DelegationManager, StrategyManager, AVSDirectory, AllocationManager, PermissionController,
// RewardsCoordinator and EigenPodManager behind TransparentUpgradeableProxies, and one ERC20
// (an OpenZeppelin ERC20PresetMinterPauser the deployer can mint) in a whitelisted StrategyBase.
// It stands in for a real network's core, which deployment.DeployAVS deploys onto.
func DeployCore(ctx context.Context, client chainio.Backend, cfg CoreConfig) (deployment.Core, error) {
	if cfg.Deployer == nil {
		cfg.Deployer = DeployerKey()
	}
	if cfg.DeallocationDelay == 0 {
		cfg.DeallocationDelay = DefaultDeallocationDelay
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	log := cfg.Logger.With("component", "deployer")
	start := time.Now()

	ozDir := cfg.OZArtifacts
	if ozDir == "" {
		var err error
		if ozDir, err = FindOZArtifacts(); err != nil {
			return deployment.Core{}, err
		}
	}
	oz, err := loadOZ(ozDir, ozProxyAdmin, ozProxy, ozMinterToken)
	if err != nil {
		return deployment.Core{}, err
	}
	tr, err := chainio.NewTransactor(ctx, client, cfg.Deployer)
	if err != nil {
		return deployment.Core{}, err
	}
	deployer := tr.Address()
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return deployment.Core{}, fmt.Errorf("read head: %w", err)
	}
	core := deployment.Core{ChainInfo: deployment.CoreChainInfo{ChainID: tr.ChainID().Uint64(), DeploymentBlock: head.Number.Uint64() + 1}}
	a := &core.Addresses
	s := txstage.New(log, nil)

	ozDeploy := func(name string, args ...any) func(*bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
			art := oz[name]
			addr, tx, _, err := bind.DeployContract(o, art.abi, art.bytecode, client, args...)
			return addr, tx, err
		}
	}
	upgrade := func(what string, proxy, impl common.Address, init []byte) {
		s.Send(ctx, tr, "upgrade "+what, func(o *bind.TransactOpts) (*types.Transaction, error) {
			admin := bind.NewBoundContract(a.ProxyAdmin, oz[ozProxyAdmin].abi, client, client, client)
			if len(init) == 0 {
				return admin.Transact(o, "upgrade", proxy, impl)
			}
			return admin.Transact(o, "upgradeAndCall", proxy, impl, init)
		})
	}
	encode := func(what string, meta *bind.MetaData, method string, args ...any) []byte {
		if s.Failed() {
			return nil
		}
		abi, err := meta.GetAbi()
		if err == nil {
			var data []byte
			if data, err = abi.Pack(method, args...); err == nil {
				return data
			}
		}
		s.Fail("encode "+what+"."+method, err)
		return nil
	}

	// 1. Contracts without dependencies.
	a.ProxyAdmin = s.Deploy(ctx, tr, "deploy core ProxyAdmin", ozDeploy(ozProxyAdmin))
	a.PauserRegistry = s.Deploy(ctx, tr, "deploy core PauserRegistry", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(el_pr.DeployPauserRegistry(o, client, []common.Address{deployer}, deployer))
	})
	token := s.Deploy(ctx, tr, "deploy Token", ozDeploy(ozMinterToken, "Lockstep Devnet Restaked Token", CoreTokenSymbol))
	if err := s.Wait(ctx); err != nil {
		return deployment.Core{}, err
	}

	// 2. Empty proxies, so implementations can be built with every proxy address. An OZ 4.9
	// proxy's initial logic must be a contract: any deployed one will do until the upgrade.
	emptyProxy := func(what string) common.Address {
		return s.Deploy(ctx, tr, "deploy "+what+" proxy", ozDeploy(ozProxy, a.PauserRegistry, a.ProxyAdmin, []byte{}))
	}
	a.DelegationManager = emptyProxy("DelegationManager")
	a.StrategyManager = emptyProxy("StrategyManager")
	a.AVSDirectory = emptyProxy("AVSDirectory")
	a.AllocationManager = emptyProxy("AllocationManager")
	a.PermissionController = emptyProxy("PermissionController")
	a.RewardsCoordinator = emptyProxy("RewardsCoordinator")
	a.EigenPodManager = emptyProxy("EigenPodManager")
	if err := s.Wait(ctx); err != nil {
		return deployment.Core{}, err
	}

	// 3. Implementations (constructors only store addresses).
	var implDM, implSM, implAVSD, implAM, implPC, implRC, implEPM, implSB common.Address
	implDM = s.Deploy(ctx, tr, "deploy DelegationManager impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(el_dm.DeployDelegationManager(o, client, a.StrategyManager, a.EigenPodManager, a.AllocationManager, a.PauserRegistry, a.PermissionController, 0, coreVersion))
	})
	implSM = s.Deploy(ctx, tr, "deploy StrategyManager impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(el_sm.DeployStrategyManager(o, client, a.DelegationManager, a.PauserRegistry, coreVersion))
	})
	implAVSD = s.Deploy(ctx, tr, "deploy AVSDirectory impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(el_avsd.DeployAVSDirectory(o, client, a.DelegationManager, a.PauserRegistry, coreVersion))
	})
	implAM = s.Deploy(ctx, tr, "deploy AllocationManager impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(el_am.DeployAllocationManager(o, client, a.DelegationManager, a.PauserRegistry, a.PermissionController, cfg.DeallocationDelay, cfg.AllocationConfigurationDelay, coreVersion))
	})
	implPC = s.Deploy(ctx, tr, "deploy PermissionController impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(el_pc.DeployPermissionController(o, client, coreVersion))
	})
	implRC = s.Deploy(ctx, tr, "deploy RewardsCoordinator impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		const day = 86400
		return txstage.Deployed(el_rc.DeployRewardsCoordinator(o, client, el_rc.IRewardsCoordinatorTypesRewardsCoordinatorConstructorParams{
			DelegationManager: a.DelegationManager, StrategyManager: a.StrategyManager, AllocationManager: a.AllocationManager,
			PauserRegistry: a.PauserRegistry, PermissionController: a.PermissionController,
			CALCULATIONINTERVALSECONDS: CoreCalculationIntervalSeconds, MAXREWARDSDURATION: 70 * day, MAXRETROACTIVELENGTH: 90 * day,
			MAXFUTURELENGTH: 30 * day, GENESISREWARDSTIMESTAMP: CoreGenesisRewardsTimestamp, Version: coreVersion,
		}))
	})
	implEPM = s.Deploy(ctx, tr, "deploy EigenPodManager impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		// No beacon chain on a devnet: the pod beacon only has to be a contract.
		return txstage.Deployed(el_epm.DeployEigenPodManager(o, client, common.Address{}, a.PauserRegistry, a.DelegationManager, a.PauserRegistry, coreVersion))
	})
	implSB = s.Deploy(ctx, tr, "deploy StrategyBase impl", func(o *bind.TransactOpts) (common.Address, *types.Transaction, error) {
		return txstage.Deployed(el_sb.DeployStrategyBase(o, client, a.StrategyManager, a.PauserRegistry, coreVersion))
	})
	if err := s.Wait(ctx); err != nil {
		return deployment.Core{}, err
	}

	// 4. Upgrade and initialize; the strategy proxy is initialized by its constructor.
	zero := big.NewInt(0)
	upgrade("DelegationManager", a.DelegationManager, implDM, encode("DelegationManager", el_dm.DelegationManagerMetaData, "initialize", deployer, zero))
	upgrade("StrategyManager", a.StrategyManager, implSM, encode("StrategyManager", el_sm.StrategyManagerMetaData, "initialize", deployer, deployer, zero))
	upgrade("AVSDirectory", a.AVSDirectory, implAVSD, encode("AVSDirectory", el_avsd.AVSDirectoryMetaData, "initialize", deployer, zero))
	upgrade("AllocationManager", a.AllocationManager, implAM, encode("AllocationManager", el_am.AllocationManagerMetaData, "initialize", deployer, zero))
	upgrade("PermissionController", a.PermissionController, implPC, nil)
	upgrade("RewardsCoordinator", a.RewardsCoordinator, implRC, encode("RewardsCoordinator", el_rc.RewardsCoordinatorMetaData, "initialize", deployer, zero, deployer, uint32(0), uint16(1000)))
	upgrade("EigenPodManager", a.EigenPodManager, implEPM, encode("EigenPodManager", el_epm.EigenPodManagerMetaData, "initialize", deployer, zero))
	strategy := s.Deploy(ctx, tr, "deploy Strategy proxy", ozDeploy(ozProxy, implSB, a.ProxyAdmin,
		encode("StrategyBase", el_sb.StrategyBaseMetaData, "initialize", token)))
	if err := s.Wait(ctx); err != nil {
		return deployment.Core{}, err
	}

	// 5. Operators may deposit into the strategy.
	sm, err := el_sm.NewStrategyManager(a.StrategyManager, client)
	if err != nil {
		return deployment.Core{}, err
	}
	s.Send(ctx, tr, "whitelist strategy", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return sm.AddStrategiesToDepositWhitelist(o, []common.Address{strategy})
	})
	if err := s.Wait(ctx); err != nil {
		return deployment.Core{}, err
	}
	a.Strategies = deployment.CoreStrategies{{Strategy: strategy, Token: token, Symbol: CoreTokenSymbol}}
	log.Info("deployed EigenLayer core", "allocationManager", a.AllocationManager,
		"allocationConfigurationDelay", cfg.AllocationConfigurationDelay, "deallocationDelay", cfg.DeallocationDelay, "elapsed", time.Since(start))
	return core, nil
}
