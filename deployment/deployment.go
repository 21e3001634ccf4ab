package deployment

import (
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"sync"

	el_am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	el_dm "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/DelegationManager"
	el_pc "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/PermissionController"
	el_sm "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/StrategyManager"
	sdk_apk "github.com/Layr-Labs/eigensdk-go/contracts/bindings/BLSApkRegistry"
	sdk_idx "github.com/Layr-Labs/eigensdk-go/contracts/bindings/IndexRegistry"
	sdk_sm "github.com/Layr-Labs/eigensdk-go/contracts/bindings/MockAvsServiceManager"
	sdk_osr "github.com/Layr-Labs/eigensdk-go/contracts/bindings/OperatorStateRetriever"
	sdk_src "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SlashingRegistryCoordinator"
	sdk_sock "github.com/Layr-Labs/eigensdk-go/contracts/bindings/SocketRegistry"
	sdk_stake "github.com/Layr-Labs/eigensdk-go/contracts/bindings/StakeRegistry"
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/bindings/equivocationslasher"
	"github.com/lockstep-xyz/lockstep/bindings/forcedinclusioninbox"
	"github.com/lockstep-xyz/lockstep/bindings/lockstepservicemanager"
	"github.com/lockstep-xyz/lockstep/chainio"
)

// Contracts are the addresses of a deployment: the EigenLayer core it runs on and what DeployAVS
// deployed. The middleware and the service manager are TransparentUpgradeableProxies administered
// by ProxyAdmin, the AVS's own (the core has its own proxy admin, in its core file).
type Contracts struct {
	// ProxyAdmin and PauserRegistry are the AVS's (the middleware's), not the core's.
	ProxyAdmin           common.Address `json:"proxyAdmin"`
	PauserRegistry       common.Address `json:"pauserRegistry"`
	DelegationManager    common.Address `json:"delegationManager"`
	StrategyManager      common.Address `json:"strategyManager"`
	AVSDirectory         common.Address `json:"avsDirectory"`
	AllocationManager    common.Address `json:"allocationManager"`
	PermissionController common.Address `json:"permissionController"`
	RewardsCoordinator   common.Address `json:"rewardsCoordinator"`
	EigenPodManager      common.Address `json:"eigenPodManager"`
	// Strategy is the quorum's first strategy and Token the ERC20 it holds (on the devnet an
	// OpenZeppelin ERC20PresetMinterPauser the deployer can mint).
	Token    common.Address `json:"token"`
	Strategy common.Address `json:"strategy"`

	RegistryCoordinator common.Address `json:"registryCoordinator"`
	StakeRegistry       common.Address `json:"stakeRegistry"`
	BLSApkRegistry      common.Address `json:"blsApkRegistry"`
	IndexRegistry       common.Address `json:"indexRegistry"`
	SocketRegistry      common.Address `json:"socketRegistry"`
	// ServiceManager is the AVS address (LockstepServiceManager: owner of the operator sets,
	// PermissionController account of the AVS, rewards submitter).
	ServiceManager common.Address `json:"serviceManager"`
	// SignatureChecker is the middleware's BLSSignatureChecker the CheckpointRegistry verifies
	// aggregate signatures with (not behind a proxy, owned by nobody).
	SignatureChecker       common.Address `json:"signatureChecker"`
	OperatorStateRetriever common.Address `json:"operatorStateRetriever"`

	CheckpointRegistry  common.Address `json:"checkpointRegistry"`
	EquivocationSlasher common.Address `json:"equivocationSlasher"`
	// ForcedInclusionInbox is the L1 queue of transactions checkpoints must include (the
	// registry's forcedInclusionInbox).
	ForcedInclusionInbox common.Address `json:"forcedInclusionInbox"`
}

// Params are the protocol parameters a deployment was made with.
type Params struct {
	ThresholdBips   uint16 `json:"thresholdBips"`
	MaxReferenceAge uint32 `json:"maxReferenceAge"`
	// WadToSlash is the fraction of allocated magnitude slashed per equivocation (1e18 = 100%).
	WadToSlash *hexutil.Big `json:"wadToSlash"`
	// DeallocationDelay is AllocationManager's DEALLOCATION_DELAY in blocks: how long a
	// deregistered operator stays slashable.
	DeallocationDelay uint32 `json:"deallocationDelay"`
	// LookAheadBlocks is the slashable-stake quorum's look-ahead period.
	LookAheadBlocks uint32 `json:"lookAheadBlocks"`
	// OperatorSetID is the EigenLayer operator set of quorum 0 (the middleware uses the quorum
	// number as the operator set ID).
	OperatorSetID uint32 `json:"operatorSetId"`
	// ForcedInclusionDelay is how many L1 blocks a forced inclusion entry may stay out of
	// checkpoints (the registry's forcedInclusionDelay).
	ForcedInclusionDelay uint32 `json:"forcedInclusionDelay"`
	// MaxForcedPerCheckpoint is how many entries exempt a checkpoint from that delay.
	MaxForcedPerCheckpoint uint16 `json:"maxForcedPerCheckpoint"`
	// ForcedInclusionBaseFee is the inbox's fee with no pending entries, in wei; it doubles every
	// ForcedInclusionFeeDoublingQueue pending entries.
	ForcedInclusionBaseFee          *hexutil.Big `json:"forcedInclusionBaseFee"`
	ForcedInclusionFeeDoublingQueue uint32       `json:"forcedInclusionFeeDoublingQueue"`
	// ForcedInclusionMaxPayloadBytes is the largest payload the inbox accepts.
	ForcedInclusionMaxPayloadBytes uint32 `json:"forcedInclusionMaxPayloadBytes"`
}

// Rollup is a rollup registered in the CheckpointRegistry at deploy time.
type Rollup struct {
	ID       uint64         `json:"id"`
	Owner    common.Address `json:"owner"`
	Metadata string         `json:"metadata"`
}

// Operator is an operator registered with the AVS.
type Operator struct {
	Address common.Address `json:"address"`
	// OperatorID is the middleware's operator ID: keccak256 of the BLS G1 public key.
	OperatorID common.Hash `json:"operatorId"`
	// Socket is the free-form string published in the SocketRegistry.
	Socket string `json:"socket"`
	// Stake is the amount of Token deposited and allocated to the operator set.
	Stake    *hexutil.Big    `json:"stake"`
	PubkeyG1 chainio.G1Point `json:"pubkeyG1"`
	PubkeyG2 chainio.G2Point `json:"pubkeyG2"`
	// RegisteredBlock is the L1 block of the registration.
	RegisteredBlock uint64 `json:"registeredBlock"`

	// Keys, when known (the devnet derived them). Not in JSON: WriteJSON puts them under the
	// separate devnetSecrets field.
	ECDSAKey *ecdsa.PrivateKey `json:"-"`
	BLSKey   *bls.KeyPair      `json:"-"`
}

// ID is OperatorID as the middleware's bytes32.
func (o *Operator) ID() chainio.OperatorID { return chainio.OperatorID(o.OperatorID) }

// Key is the operator's entry for chainio.CheckSignaturesRequest.Operators.
func (o *Operator) Key() chainio.OperatorKey {
	return chainio.OperatorKey{ID: o.ID(), G1: chainio.G1ToBLS(o.PubkeyG1)}
}

// Sign BLS-signs digest with the operator's key, for chainio.CheckSignaturesRequest.Signers.
// It fails if the BLS key is not known.
func (o *Operator) Sign(digest [32]byte) (chainio.OperatorSignature, error) {
	if o.BLSKey == nil {
		return chainio.OperatorSignature{}, fmt.Errorf("operator %s: BLS key unknown", o.Address)
	}
	return chainio.OperatorSignature{
		ID:        o.ID(),
		G1:        o.BLSKey.GetPubKeyG1(),
		G2:        o.BLSKey.GetPubKeyG2(),
		Signature: o.BLSKey.SignMessage(digest),
	}, nil
}

// Deployment describes a deployed Lockstep AVS: addresses, parameters and operators. It is
// what WriteJSON writes and LoadDeployment reads, so services can attach to a running devnet.
// Its methods are safe for concurrent use; read the Operators field directly only while no
// registration is in flight (or use Operator and OperatorKeys).
type Deployment struct {
	ChainID uint64 `json:"chainId"`
	// RPCURL and WSURL are set by anvil.Start (anvil.Deploy does not know them).
	RPCURL string `json:"rpcUrl,omitempty"`
	WSURL  string `json:"wsUrl,omitempty"`
	// DeployBlock is the first block of the deployment.
	DeployBlock   uint64         `json:"deployBlock"`
	QuorumNumbers hexutil.Bytes  `json:"quorumNumbers"`
	Contracts     Contracts      `json:"contracts"`
	Params        Params         `json:"params"`
	Deployer      common.Address `json:"deployer"`
	// Owner is the AVS's governance (the deployer unless another owner was given).
	Owner common.Address `json:"owner"`
	// Strategies are the quorum's strategies and multipliers.
	Strategies []QuorumStrategy `json:"strategies"`
	// Handover, when the owner is not the deployer, lists what the owner must still accept.
	Handover  *Handover   `json:"handover,omitempty"`
	Rollups   []Rollup    `json:"rollups"`
	Operators []*Operator `json:"operators"`

	// deployerKey signs owner actions and mints stake for new operators.
	deployerKey *ecdsa.PrivateKey
	log         *slog.Logger
	// mu serializes use of the deployer key and of Operators.
	mu sync.Mutex
}

// Operator returns the registered operator with address addr, or nil.
func (d *Deployment) Operator(addr common.Address) *Operator {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, o := range d.Operators {
		if o.Address == addr {
			return o
		}
	}
	return nil
}

// OperatorKeys lists every known operator's G1 key, for chainio.CheckSignaturesRequest.
func (d *Deployment) OperatorKeys() []chainio.OperatorKey {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make([]chainio.OperatorKey, len(d.Operators))
	for i, o := range d.Operators {
		out[i] = o.Key()
	}
	return out
}

// logger returns the deployment's logger (discarding if none was set).
func (d *Deployment) logger() *slog.Logger {
	if d.log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return d.log
}

// DeployerKey is the deployer's (and contract owner's) private key, if known.
func (d *Deployment) DeployerKey() *ecdsa.PrivateKey { return d.deployerKey }

// Bindings are typed contract bindings of a Deployment.
type Bindings struct {
	AllocationManager      *el_am.AllocationManager
	DelegationManager      *el_dm.DelegationManager
	StrategyManager        *el_sm.StrategyManager
	PermissionController   *el_pc.PermissionController
	RegistryCoordinator    *sdk_src.ContractSlashingRegistryCoordinator
	StakeRegistry          *sdk_stake.ContractStakeRegistry
	BLSApkRegistry         *sdk_apk.ContractBLSApkRegistry
	IndexRegistry          *sdk_idx.ContractIndexRegistry
	SocketRegistry         *sdk_sock.ContractSocketRegistry
	ServiceManager         *lockstepservicemanager.LockstepServiceManager
	SignatureChecker       *sdk_sm.ContractMockAvsServiceManager
	OperatorStateRetriever *sdk_osr.ContractOperatorStateRetriever
	CheckpointRegistry     *checkpointregistry.CheckpointRegistry
	EquivocationSlasher    *equivocationslasher.EquivocationSlasher
	ForcedInclusionInbox   *forcedinclusioninbox.ForcedInclusionInbox
}

// Bindings binds the deployment's contracts to client.
func (d *Deployment) Bindings(client bind.ContractBackend) (*Bindings, error) {
	c := d.Contracts
	var b Bindings
	var err error
	bindOne := func(what string, f func() error) {
		if err == nil {
			if e := f(); e != nil {
				err = fmt.Errorf("bind %s: %w", what, e)
			}
		}
	}
	bindOne("AllocationManager", func() (e error) {
		b.AllocationManager, e = el_am.NewAllocationManager(c.AllocationManager, client)
		return
	})
	bindOne("DelegationManager", func() (e error) {
		b.DelegationManager, e = el_dm.NewDelegationManager(c.DelegationManager, client)
		return
	})
	bindOne("StrategyManager", func() (e error) { b.StrategyManager, e = el_sm.NewStrategyManager(c.StrategyManager, client); return })
	bindOne("PermissionController", func() (e error) {
		b.PermissionController, e = el_pc.NewPermissionController(c.PermissionController, client)
		return
	})
	bindOne("RegistryCoordinator", func() (e error) {
		b.RegistryCoordinator, e = sdk_src.NewContractSlashingRegistryCoordinator(c.RegistryCoordinator, client)
		return
	})
	bindOne("StakeRegistry", func() (e error) {
		b.StakeRegistry, e = sdk_stake.NewContractStakeRegistry(c.StakeRegistry, client)
		return
	})
	bindOne("BLSApkRegistry", func() (e error) {
		b.BLSApkRegistry, e = sdk_apk.NewContractBLSApkRegistry(c.BLSApkRegistry, client)
		return
	})
	bindOne("IndexRegistry", func() (e error) {
		b.IndexRegistry, e = sdk_idx.NewContractIndexRegistry(c.IndexRegistry, client)
		return
	})
	bindOne("SocketRegistry", func() (e error) {
		b.SocketRegistry, e = sdk_sock.NewContractSocketRegistry(c.SocketRegistry, client)
		return
	})
	bindOne("ServiceManager", func() (e error) {
		b.ServiceManager, e = lockstepservicemanager.NewLockstepServiceManager(c.ServiceManager, client)
		return
	})
	bindOne("SignatureChecker", func() (e error) {
		b.SignatureChecker, e = sdk_sm.NewContractMockAvsServiceManager(c.SignatureChecker, client)
		return
	})
	bindOne("OperatorStateRetriever", func() (e error) {
		b.OperatorStateRetriever, e = sdk_osr.NewContractOperatorStateRetriever(c.OperatorStateRetriever, client)
		return
	})
	bindOne("CheckpointRegistry", func() (e error) {
		b.CheckpointRegistry, e = checkpointregistry.NewCheckpointRegistry(c.CheckpointRegistry, client)
		return
	})
	bindOne("EquivocationSlasher", func() (e error) {
		b.EquivocationSlasher, e = equivocationslasher.NewEquivocationSlasher(c.EquivocationSlasher, client)
		return
	})
	bindOne("ForcedInclusionInbox", func() (e error) {
		b.ForcedInclusionInbox, e = forcedinclusioninbox.NewForcedInclusionInbox(c.ForcedInclusionInbox, client)
		return
	})
	if err != nil {
		return nil, err
	}
	return &b, nil
}

// SignatureCheckReader returns the chain reader chainio.BuildCheckSignaturesInput needs.
func (d *Deployment) SignatureCheckReader(client bind.ContractCaller) (*chainio.EthSignatureCheckReader, error) {
	return chainio.NewEthSignatureCheckReader(client, d.Contracts.RegistryCoordinator, d.Contracts.OperatorStateRetriever, d.Contracts.BLSApkRegistry)
}

func cloneBig(x *big.Int) *big.Int {
	if x == nil {
		return nil
	}
	return new(big.Int).Set(x)
}
