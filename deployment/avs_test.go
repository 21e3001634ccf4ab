package deployment_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	el_am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	el_rc "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/RewardsCoordinator"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/bindings/lockstepservicemanager"
	"github.com/lockstep-xyz/lockstep/bindings/proxyadmin"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/deployment"
)

// Mainnet's AllocationManager delays, in blocks.
const (
	mainnetAllocationConfigurationDelay = 126000
	mainnetDeallocationDelay            = 100800
)

// startCore starts anvil and deploys only an EigenLayer core with mainnet's allocation delays,
// written to a core file as eigenlayer-contracts would.
func startCore(t *testing.T, ctx context.Context) (*anvil.Node, deployment.Core, string) {
	t.Helper()
	node, err := anvil.StartNode(ctx, anvil.NodeConfig{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = node.Close() })
	core, err := anvil.DeployCore(ctx, node.Client(), anvil.CoreConfig{
		AllocationConfigurationDelay: mainnetAllocationConfigurationDelay,
		DeallocationDelay:            mainnetDeallocationDelay,
	})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "core.json")
	if err := deployment.WriteCore(path, core); err != nil {
		t.Fatal(err)
	}
	return node, core, path
}

// The AVS goes onto a core it did not deploy, governed by an owner other than the deployer:
// the wiring on L1 is what EigenLayer and the middleware need, the owner ends up with every
// role once it accepts, and the rewards initiator pays operators through the service manager.
func TestDeployAVSOntoExistingCore(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	node, _, corePath := startCore(t, ctx)
	client := node.Client()
	core, err := deployment.ReadCore(corePath)
	if err != nil {
		t.Fatal(err)
	}

	ownerKey := anvil.DeriveECDSAKey("avs-test", "owner", 0)
	owner := crypto.PubkeyToAddress(ownerKey.PublicKey)
	if err := node.SetBalance(ctx, owner, big.NewInt(1e18)); err != nil {
		t.Fatal(err)
	}
	strategy := core.Addresses.Strategies[0]
	d, err := deployment.DeployAVS(ctx, client, core, deployment.AVSConfig{
		Deployer:        anvil.DeployerKey(),
		Owner:           owner,
		Strategies:      []deployment.QuorumStrategy{{Strategy: strategy.Strategy}},
		MetadataURI:     "https://example.org/lockstep/avs.json",
		LookAheadBlocks: 50,
		Rollups:         []deployment.Rollup{{ID: 901, Metadata: "demo"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	c := d.Contracts
	b, err := d.Bindings(client)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	deployer := crypto.PubkeyToAddress(anvil.DeployerKey().PublicKey)

	// Core parameters as deployed, and the deployment's record of them.
	if got, err := b.AllocationManager.ALLOCATIONCONFIGURATIONDELAY(call); err != nil || got != mainnetAllocationConfigurationDelay {
		t.Fatalf("ALLOCATION_CONFIGURATION_DELAY = %d, %v", got, err)
	}
	if d.Params.DeallocationDelay != mainnetDeallocationDelay {
		t.Fatalf("Params.DeallocationDelay = %d, want the core's %d", d.Params.DeallocationDelay, mainnetDeallocationDelay)
	}
	if c.Token != strategy.Token || c.Strategy != strategy.Strategy || d.DeployBlock <= core.ChainInfo.DeploymentBlock {
		t.Fatalf("token %s strategy %s deployBlock %d; core %+v", c.Token, c.Strategy, d.DeployBlock, core)
	}

	// Registrar, quorum, checker, slasher roles.
	check := func(what string, got, want common.Address, err error) {
		t.Helper()
		if err != nil || got != want {
			t.Fatalf("%s = %s (%v), want %s", what, got, err, want)
		}
	}
	reg, err := b.AllocationManager.GetAVSRegistrar(call, c.ServiceManager)
	check("AVS registrar", reg, c.RegistryCoordinator, err)
	avs, err := b.RegistryCoordinator.Avs(call)
	check("registry coordinator avs()", avs, c.ServiceManager, err)
	checker, err := b.CheckpointRegistry.SignatureChecker(call)
	check("registry signatureChecker()", checker, c.SignatureChecker, err)
	if c.SignatureChecker == c.ServiceManager {
		t.Fatal("the signature checker is the service manager")
	}
	slasher, err := b.CheckpointRegistry.Slasher(call)
	check("registry slasher()", slasher, c.EquivocationSlasher, err)
	ejector, err := b.RegistryCoordinator.Ejector(call)
	check("coordinator ejector()", ejector, c.EquivocationSlasher, err)
	if n, err := b.RegistryCoordinator.QuorumCount(call); err != nil || n != 1 {
		t.Fatalf("quorumCount = %d, %v", n, err)
	}
	if ok, err := b.AllocationManager.IsOperatorSet(call, el_am.OperatorSet{Avs: c.ServiceManager, Id: d.Params.OperatorSetID}); err != nil || !ok {
		t.Fatalf("operator set %d of the AVS exists = %v, %v", d.Params.OperatorSetID, ok, err)
	}
	if n, err := b.StakeRegistry.StrategyParamsLength(call, deployment.QuorumNumber); err != nil || n.Int64() != 1 {
		t.Fatalf("quorum strategies = %v, %v", n, err)
	}
	amABI, _ := el_am.AllocationManagerMetaData.GetAbi()
	canCall := func(who common.Address, method string) bool {
		var sel [4]byte
		copy(sel[:], amABI.Methods[method].ID)
		ok, err := b.PermissionController.CanCall(call, c.ServiceManager, who, c.AllocationManager, sel)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	for _, a := range []struct {
		who    common.Address
		method string
	}{{c.RegistryCoordinator, "createOperatorSets"}, {c.RegistryCoordinator, "deregisterFromOperatorSets"}, {c.EquivocationSlasher, "slashOperator"}} {
		if !canCall(a.who, a.method) {
			t.Errorf("%s is not an appointee for AllocationManager.%s", a.who, a.method)
		}
	}
	if canCall(c.EquivocationSlasher, "createOperatorSets") {
		t.Error("the slasher may create operator sets")
	}

	// Handover: one-step owners moved; the rest waits for the owner.
	pa, err := proxyadmin.NewProxyAdmin(c.ProxyAdmin, client)
	if err != nil {
		t.Fatal(err)
	}
	paOwner, err := pa.Owner(call)
	check("ProxyAdmin owner", paOwner, owner, err)
	rcOwner, err := b.RegistryCoordinator.Owner(call)
	check("coordinator owner", rcOwner, owner, err)
	smPending, err := b.ServiceManager.PendingOwner(call)
	check("service manager pendingOwner", smPending, owner, err)
	regPending, err := b.CheckpointRegistry.PendingOwner(call)
	check("registry pendingOwner", regPending, owner, err)
	if d.Handover == nil || d.Handover.ServiceManager != c.ServiceManager {
		t.Fatalf("Handover = %+v", d.Handover)
	}
	if isAdmin(t, ctx, b, c.ServiceManager, deployer) {
		t.Fatal("the deployer is still an AVS admin")
	}
	if rollupOwner := d.Rollups[0].Owner; rollupOwner != owner {
		t.Fatalf("rollup owner = %s, want the AVS owner", rollupOwner)
	}

	ownerTr, err := chainio.NewTransactor(ctx, client, ownerKey)
	if err != nil {
		t.Fatal(err)
	}
	send := func(what string, f func(*bind.TransactOpts) (*types.Transaction, error)) *types.Receipt {
		t.Helper()
		r, err := ownerTr.Transact(ctx, f)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return r
	}
	send("acceptAdmin", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.PermissionController.AcceptAdmin(o, c.ServiceManager)
	})
	send("service manager acceptOwnership", b.ServiceManager.AcceptOwnership)
	send("registry acceptOwnership", b.CheckpointRegistry.AcceptOwnership)
	smOwner, err := b.ServiceManager.Owner(call)
	check("service manager owner", smOwner, owner, err)
	if !isAdmin(t, ctx, b, c.ServiceManager, owner) || !isAdmin(t, ctx, b, c.ServiceManager, c.ServiceManager) {
		t.Fatal("the owner and the service manager must both be AVS admins")
	}
	initiator, err := b.ServiceManager.RewardsInitiator(call)
	check("rewards initiator", initiator, owner, err)

	// Pay two operators through the service manager. The coordinator only takes retroactive
	// submissions aligned to its calculation interval, with operators in ascending order.
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	interval := uint64(anvil.CoreCalculationIntervalSeconds)
	start := (head.Time/interval - 2) * interval
	opA, opB := common.HexToAddress("0x00000000000000000000000000000000000000a1"), common.HexToAddress("0x00000000000000000000000000000000000000b2")
	amountA, amountB := big.NewInt(3e18), big.NewInt(4e18)
	total := new(big.Int).Add(amountA, amountB)
	token := erc20Contract(t, c.Token, client)
	deployerTr, err := chainio.NewTransactor(ctx, client, anvil.DeployerKey())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := deployerTr.Transact(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return token.Transact(o, "mint", owner, big.NewInt(9e18))
	}); err != nil {
		t.Fatal(err)
	}
	send("approve", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return token.Transact(o, "approve", c.ServiceManager, total)
	})
	sub := lockstepservicemanager.IRewardsCoordinatorTypesOperatorDirectedRewardsSubmission{
		StrategiesAndMultipliers: []lockstepservicemanager.IRewardsCoordinatorTypesStrategyAndMultiplier{{Strategy: c.Strategy, Multiplier: big.NewInt(1e18)}},
		Token:                    c.Token,
		OperatorRewards:          []lockstepservicemanager.IRewardsCoordinatorTypesOperatorReward{{Operator: opA, Amount: amountA}, {Operator: opB, Amount: amountB}},
		StartTimestamp:           uint32(start),
		Duration:                 uint32(interval),
		Description:              "checkpoint signatures",
	}
	set := lockstepservicemanager.IAllocationManagerOperatorSet{Avs: c.ServiceManager, Id: d.Params.OperatorSetID}
	r := send("createOperatorDirectedOperatorSetRewardsSubmission", func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.ServiceManager.CreateOperatorDirectedOperatorSetRewardsSubmission(o, set, []lockstepservicemanager.IRewardsCoordinatorTypesOperatorDirectedRewardsSubmission{sub})
	})
	rc, err := el_rc.NewRewardsCoordinator(c.RewardsCoordinator, client)
	if err != nil {
		t.Fatal(err)
	}
	var hash [32]byte
	for _, l := range r.Logs {
		if ev, err := rc.ParseOperatorDirectedOperatorSetRewardsSubmissionCreated(*l); err == nil {
			if ev.Caller != c.ServiceManager || ev.OperatorSet.Avs != c.ServiceManager {
				t.Fatalf("submission by %s for %s, want the service manager", ev.Caller, ev.OperatorSet.Avs)
			}
			hash = ev.OperatorDirectedRewardsSubmissionHash
		}
	}
	if want := submissionHash(t, c.ServiceManager, 0, sub); hash != want {
		t.Fatalf("submission hash %x, want %x (the AVS's first submission)", hash, want)
	}
	if ok, err := rc.IsOperatorDirectedOperatorSetRewardsSubmissionHash(call, c.ServiceManager, hash); err != nil || !ok {
		t.Fatalf("coordinator recorded the submission = %v, %v", ok, err)
	}
	for _, bal := range []struct {
		who  common.Address
		want *big.Int
	}{{c.RewardsCoordinator, total}, {c.ServiceManager, big.NewInt(0)}, {owner, new(big.Int).Sub(big.NewInt(9e18), total)}} {
		var out []any
		if err := token.Call(call, &out, "balanceOf", bal.who); err != nil {
			t.Fatal(err)
		}
		if got := out[0].(*big.Int); got.Cmp(bal.want) != 0 {
			t.Errorf("token balance of %s = %s, want %s", bal.who, got, bal.want)
		}
	}

	// What an operator waits for on such a core is ALLOCATION_CONFIGURATION_DELAY blocks;
	// anvil_mine of all of them takes minutes (over 2 on 2 cores), so a sample gives the rate.
	const sample = 500
	began := time.Now()
	if err := node.Mine(ctx, sample); err != nil {
		t.Fatal(err)
	}
	per := time.Since(began) / sample
	t.Logf("anvil_mine: %s per block; %d blocks would take about %s", per, mainnetAllocationConfigurationDelay, per*mainnetAllocationConfigurationDelay)
}

func isAdmin(t *testing.T, ctx context.Context, b *deployment.Bindings, account, who common.Address) bool {
	t.Helper()
	ok, err := b.PermissionController.IsAdmin(&bind.CallOpts{Context: ctx}, account, who)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

// submissionHash is the RewardsCoordinator's keccak256(abi.encode(avs, nonce, submission)).
func submissionHash(t *testing.T, avs common.Address, nonce int64, sub lockstepservicemanager.IRewardsCoordinatorTypesOperatorDirectedRewardsSubmission) [32]byte {
	t.Helper()
	smABI, err := lockstepservicemanager.LockstepServiceManagerMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	subType := smABI.Methods["createOperatorDirectedOperatorSetRewardsSubmission"].Inputs[1].Type.Elem
	addrT, _ := abi.NewType("address", "", nil)
	uintT, _ := abi.NewType("uint256", "", nil)
	enc, err := abi.Arguments{{Type: addrT}, {Type: uintT}, {Type: *subType}}.Pack(avs, big.NewInt(nonce), sub)
	if err != nil {
		t.Fatal(err)
	}
	return crypto.Keccak256Hash(enc)
}

func erc20Contract(t *testing.T, addr common.Address, client bind.ContractBackend) *bind.BoundContract {
	t.Helper()
	a, err := abi.JSON(strings.NewReader(`[
{"type":"function","name":"mint","stateMutability":"nonpayable","inputs":[{"name":"to","type":"address"},{"name":"amount","type":"uint256"}],"outputs":[]},
{"type":"function","name":"approve","stateMutability":"nonpayable","inputs":[{"name":"spender","type":"address"},{"name":"amount","type":"uint256"}],"outputs":[{"name":"","type":"bool"}]},
{"type":"function","name":"balanceOf","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint256"}]}]`))
	if err != nil {
		t.Fatal(err)
	}
	return bind.NewBoundContract(addr, a, client, client, client)
}

// DeployAVS refuses a core it cannot use, before sending anything, naming what is wrong.
func TestDeployAVSRefusals(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	node, core, corePath := startCore(t, ctx)
	client := node.Client()
	strategies := []deployment.QuorumStrategy{{Strategy: core.Addresses.Strategies[0].Strategy}}
	cfg := deployment.AVSConfig{Deployer: anvil.DeployerKey(), Strategies: strategies, MetadataURI: "https://example.org/lockstep/avs.json"}
	noMetadata := cfg
	noMetadata.MetadataURI = ""
	if _, err := deployment.DeployAVS(ctx, client, core, noMetadata); !errors.Is(err, deployment.ErrInvalidConfig) || !strings.Contains(err.Error(), "MetadataURI") {
		t.Fatalf("no metadata URI: %v", err)
	}

	// A core file without the PermissionController (as pre-slashing eigenlayer-contracts wrote).
	var raw map[string]any
	data, err := os.ReadFile(corePath)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	delete(raw["addresses"].(map[string]any), "permissionController")
	incomplete := filepath.Join(t.TempDir(), "incomplete.json")
	data, _ = json.Marshal(raw)
	if err := os.WriteFile(incomplete, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := deployment.ReadCore(incomplete); !errors.Is(err, deployment.ErrCoreIncomplete) || !strings.Contains(err.Error(), "permissionController") {
		t.Fatalf("ReadCore without permissionController: %v", err)
	}

	nonce0, err := client.NonceAt(ctx, crypto.PubkeyToAddress(anvil.DeployerKey().PublicKey), nil)
	if err != nil {
		t.Fatal(err)
	}
	// An address with no code: a core file for another network.
	noCode := core
	noCode.Addresses.RewardsCoordinator = common.HexToAddress("0x7750d328b314EfFa365A0402CcfD489B80B0adda")
	if _, err := deployment.DeployAVS(ctx, client, noCode, cfg); !errors.Is(err, deployment.ErrCoreIncomplete) || !strings.Contains(err.Error(), "rewardsCoordinator") {
		t.Fatalf("DeployAVS with a codeless rewardsCoordinator: %v", err)
	}
	// A look-ahead at the core's deallocation delay.
	tooFar := cfg
	tooFar.LookAheadBlocks = mainnetDeallocationDelay
	if _, err := deployment.DeployAVS(ctx, client, core, tooFar); !errors.Is(err, deployment.ErrInvalidConfig) || !strings.Contains(err.Error(), "DEALLOCATION_DELAY 100800") {
		t.Fatalf("DeployAVS with look-ahead = DEALLOCATION_DELAY: %v", err)
	}
	// A strategy that is not one.
	notStrategy := cfg
	notStrategy.Strategies = []deployment.QuorumStrategy{{Strategy: core.Addresses.AllocationManager, Multiplier: (*hexutil.Big)(big.NewInt(1e18))}}
	if _, err := deployment.DeployAVS(ctx, client, core, notStrategy); err == nil || !strings.Contains(err.Error(), "underlyingToken") {
		t.Fatalf("DeployAVS with a non-strategy: %v", err)
	}
	if nonce, err := client.NonceAt(ctx, crypto.PubkeyToAddress(anvil.DeployerKey().PublicKey), nil); err != nil || nonce != nonce0 {
		t.Fatalf("refusals sent transactions: nonce %d -> %d (%v)", nonce0, nonce, err)
	}
}

// The example core file, in eigenlayer-contracts' output shape, reads.
func TestReadCoreExample(t *testing.T) {
	core, err := deployment.ReadCore("testdata/core.json")
	if err != nil {
		t.Fatal(err)
	}
	if core.ChainInfo.ChainID != 1 || len(core.Addresses.Strategies) != 1 || core.Addresses.Strategies[0].Symbol != "stETH" || core.Addresses.PauserRegistry == (common.Address{}) {
		t.Fatalf("core = %+v", core)
	}
	// eigenlayer-contracts writes "strategies": "" when there are none.
	var c deployment.Core
	if err := json.Unmarshal([]byte(`{"addresses":{"strategies":""}}`), &c); err != nil || len(c.Addresses.Strategies) != 0 {
		t.Fatalf("empty strategies string: %v %v", c.Addresses.Strategies, err)
	}
}
