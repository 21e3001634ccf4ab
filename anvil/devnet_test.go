package anvil_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	el_am "github.com/Layr-Labs/eigenlayer-contracts/pkg/bindings/AllocationManager"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/anvil/anviltest"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/deployment"
)

func startDevnet(t *testing.T, cfg anvil.Config) (context.Context, *anvil.Devnet, *deployment.Bindings) {
	t.Helper()
	return anviltest.Start(t, cfg)
}

func TestStart(t *testing.T) {
	const seed = "anvil-test"
	ctx, dn, b := startDevnet(t, anvil.Config{
		Seed:   seed,
		Socket: func(i int) string { return "node" + string(rune('A'+i)) + "@127.0.0.1:26656" },
		Deploy: anvil.DeployConfig{
			Rollups: []deployment.Rollup{{ID: 10, Metadata: "demo-a"}, {ID: 11, Metadata: "demo-b"}},
			// set, so the setter runs; the max per checkpoint keeps the registry's default
			ForcedInclusionDelay: 20,
		},
	})
	d := dn.Deployment
	call := &bind.CallOpts{Context: ctx}
	if len(d.Operators) != anvil.DefaultOperators {
		t.Fatalf("%d operators, want %d", len(d.Operators), anvil.DefaultOperators)
	}

	sum := new(big.Int)
	for i, op := range d.Operators {
		// Keys are reproducible from the seed.
		ek, bk := anvil.OperatorKeys(seed, i)
		wantID := sdktypes.OperatorIdFromKeyPair(bk)
		if op.Address != crypto.PubkeyToAddress(ek.PublicKey) || op.OperatorID != common.Hash(wantID) {
			t.Fatalf("operator %d: %s %x, want %s %x", i, op.Address, op.OperatorID, crypto.PubkeyToAddress(ek.PublicKey), wantID)
		}
		id, err := b.RegistryCoordinator.GetOperatorId(call, op.Address)
		if err != nil || id != wantID {
			t.Fatalf("operator %d: coordinator ID %x, %v; want %x", i, id, err, wantID)
		}
		if st, err := b.RegistryCoordinator.GetOperatorStatus(call, op.Address); err != nil || st != 1 {
			t.Fatalf("operator %d: status %d, %v", i, st, err)
		}
		socket, err := b.SocketRegistry.GetOperatorSocket(call, id)
		if err != nil || socket != op.Socket || socket != "node"+string(rune('A'+i))+"@127.0.0.1:26656" {
			t.Fatalf("operator %d: socket %q, %v", i, socket, err)
		}
		g2, err := b.BLSApkRegistry.GetOperatorPubkeyG2(call, op.Address)
		if err != nil {
			t.Fatal(err)
		}
		want := chainio.G2FromBLS(bk.GetPubKeyG2())
		for j := range 2 {
			if g2.X[j].Cmp(want.X[j]) != 0 || g2.Y[j].Cmp(want.Y[j]) != 0 {
				t.Fatalf("operator %d: G2 key on chain %v, want %v", i, g2, want)
			}
		}
		stake, err := b.StakeRegistry.GetCurrentStake(call, id, anvil.QuorumNumber)
		if err != nil || stake.Cmp(op.Stake.ToInt()) != 0 {
			t.Fatalf("operator %d: stake %s, %v; want %s", i, stake, err, op.Stake)
		}
		sum.Add(sum, op.Stake.ToInt())
	}
	total, err := b.StakeRegistry.GetCurrentTotalStake(call, anvil.QuorumNumber)
	if err != nil || total.Cmp(sum) != 0 || sum.Cmp(new(big.Int).Mul(deployment.DefaultStake, big.NewInt(4))) != 0 {
		t.Fatalf("quorum total stake %s, %v; sum of operators %s", total, err, sum)
	}
	if ids, err := b.CheckpointRegistry.RollupIds(call); err != nil || len(ids) != 2 {
		t.Fatalf("rollups %v, %v", ids, err)
	}
	if got, err := b.CheckpointRegistry.Slasher(call); err != nil || got != d.Contracts.EquivocationSlasher {
		t.Fatalf("registry slasher %s, %v", got, err)
	}
	if got, err := b.RegistryCoordinator.Ejector(call); err != nil || got != d.Contracts.EquivocationSlasher {
		t.Fatalf("coordinator ejector %s, %v", got, err)
	}
	if got, err := b.CheckpointRegistry.ForcedInclusionInbox(call); err != nil || got != d.Contracts.ForcedInclusionInbox || got == (common.Address{}) {
		t.Fatalf("registry inbox %s, %v; deployment says %s", got, err, d.Contracts.ForcedInclusionInbox)
	}
	if got, err := b.CheckpointRegistry.ForcedInclusionDelay(call); err != nil || got != 20 || d.Params.ForcedInclusionDelay != 20 {
		t.Fatalf("forced inclusion delay %d, %v; params %d", got, err, d.Params.ForcedInclusionDelay)
	}
	if got, err := b.CheckpointRegistry.MaxForcedPerCheckpoint(call); err != nil || got != anvil.DefaultMaxForcedPerCheckpoint || d.Params.MaxForcedPerCheckpoint != got {
		t.Fatalf("max forced per checkpoint %d, %v; params %d", got, err, d.Params.MaxForcedPerCheckpoint)
	}
	if got, err := b.ForcedInclusionInbox.Registry(call); err != nil || got != d.Contracts.CheckpointRegistry {
		t.Fatalf("inbox registry %s, %v", got, err)
	}
	if got, err := b.ForcedInclusionInbox.FeeRecipient(call); err != nil || got != d.Deployer {
		t.Fatalf("inbox fee recipient %s, %v; want the deployer %s", got, err, d.Deployer)
	}
	if got, err := b.ForcedInclusionInbox.Fee(call); err != nil || got.Cmp(anvil.DefaultInboxBaseFee) != 0 || d.Params.ForcedInclusionBaseFee.ToInt().Cmp(got) != 0 {
		t.Fatalf("inbox fee %s, %v; params %s", got, err, d.Params.ForcedInclusionBaseFee)
	}
	if got, err := b.ForcedInclusionInbox.MaxPayloadBytes(call); err != nil || got != anvil.DefaultInboxMaxPayloadBytes {
		t.Fatalf("inbox max payload %d, %v", got, err)
	}
	if got, err := b.ForcedInclusionInbox.FeeDoublingQueue(call); err != nil || got != anvil.DefaultInboxFeeDoublingQueue {
		t.Fatalf("inbox fee doubling queue %d, %v", got, err)
	}

	// The WebSocket endpoint serves the same chain.
	ws, err := ethclient.DialContext(ctx, dn.Node.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	if id, err := ws.ChainID(ctx); err != nil || id.Uint64() != d.ChainID {
		t.Fatalf("chain ID over ws %v, %v", id, err)
	}

	// JSON round trip, keys included.
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := dn.WriteJSON(path); err != nil {
		t.Fatal(err)
	}
	loaded, err := deployment.LoadDeployment(path)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(d)
	bb, _ := json.Marshal(loaded)
	if string(a) != string(bb) || loaded.RPCURL != dn.Node.RPCURL() {
		t.Fatalf("round trip changed the deployment:\n%s\n%s", a, bb)
	}
	if loaded.DeployerKey() == nil {
		t.Fatal("deployer key not restored")
	}
	for i, op := range loaded.Operators {
		if op.ECDSAKey == nil || crypto.PubkeyToAddress(op.ECDSAKey.PublicKey) != op.Address ||
			op.BLSKey == nil || common.Hash(sdktypes.OperatorIdFromKeyPair(op.BLSKey)) != op.OperatorID {
			t.Fatalf("operator %d keys not restored", i)
		}
	}
	// Public data and secrets are apart: the operators' entries carry no keys.
	var raw struct {
		Operators []map[string]any `json:"operators"`
		Secrets   struct {
			Warning   string `json:"warning"`
			Operators []any  `json:"operators"`
		} `json:"devnetSecrets"`
	}
	if err := json.Unmarshal(mustRead(t, path), &raw); err != nil {
		t.Fatal(err)
	}
	for _, o := range raw.Operators {
		for k := range o {
			if k == "ecdsaKey" || k == "blsKey" {
				t.Fatalf("key %q in the public operator entry", k)
			}
		}
	}
	if raw.Secrets.Warning == "" || len(raw.Secrets.Operators) != 4 {
		t.Fatalf("devnetSecrets = %+v", raw.Secrets)
	}

	// A loaded deployment can drive the chain: it registers another operator, funding it from
	// the deployer (no anvil_setBalance).
	ek, bk := anvil.OperatorKeys(seed, 100)
	op, err := loaded.RegisterOperator(ctx, dn.Client, deployment.OperatorConfig{ECDSAKey: ek, BLSKey: bk, Socket: "late", Fund: big.NewInt(1e18)})
	if err != nil {
		t.Fatalf("register through loaded deployment: %v", err)
	}
	if op.Address != crypto.PubkeyToAddress(ek.PublicKey) || len(loaded.Operators) != 5 {
		t.Fatalf("registered %s, %d operators", op.Address, len(loaded.Operators))
	}
}

// TestOperatorJoinsAndLeaves runs on an interval-mined chain (deployment included): a fifth
// operator joins while blocks are produced, then leaves, then comes back.
func TestOperatorJoinsAndLeaves(t *testing.T) {
	ctx, dn, b := startDevnet(t, anvil.Config{Operators: 4, Node: anvil.NodeConfig{BlockTime: 100 * time.Millisecond}})
	d := dn.Deployment
	call := &bind.CallOpts{Context: ctx}
	total := func() *big.Int {
		t.Helper()
		s, err := b.StakeRegistry.GetCurrentTotalStake(call, anvil.QuorumNumber)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	count := func() uint32 {
		t.Helper()
		n, err := b.IndexRegistry.TotalOperatorsForQuorum(call, anvil.QuorumNumber)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	stakeOf := func(n int64) *big.Int { return new(big.Int).Mul(deployment.DefaultStake, big.NewInt(n)) }
	if total().Cmp(stakeOf(4)) != 0 || count() != 4 {
		t.Fatalf("before: total %s, count %d", total(), count())
	}

	fifth, err := dn.AddOperator(ctx, "fifth@127.0.0.1:26660")
	if err != nil {
		t.Fatalf("add operator: %v", err)
	}
	if total().Cmp(stakeOf(5)) != 0 || count() != 5 || len(d.Operators) != 5 {
		t.Fatalf("after join: total %s, count %d, %d in deployment", total(), count(), len(d.Operators))
	}
	socket, err := b.SocketRegistry.GetOperatorSocket(call, fifth.ID())
	if err != nil || socket != "fifth@127.0.0.1:26660" {
		t.Fatalf("socket %q, %v", socket, err)
	}

	if err := d.DeregisterOperator(ctx, dn.Client, fifth.ECDSAKey); err != nil {
		t.Fatalf("deregister: %v", err)
	}
	if st, err := b.RegistryCoordinator.GetOperatorStatus(call, fifth.Address); err != nil || st != 2 {
		t.Fatalf("status after deregistration %d, %v", st, err)
	}
	if total().Cmp(stakeOf(4)) != 0 || count() != 4 || d.Operator(fifth.Address) != nil {
		t.Fatalf("after leave: total %s, count %d", total(), count())
	}
	// It stays slashable for DEALLOCATION_DELAY blocks after leaving.
	set := el_am.OperatorSet{Avs: d.Contracts.ServiceManager, Id: d.Params.OperatorSetID}
	if ok, err := b.AllocationManager.IsOperatorSlashable(call, fifth.Address, set); err != nil || !ok {
		t.Fatalf("slashable right after leaving: %v, %v", ok, err)
	}

	// Coming back: already an EigenLayer operator with its allocation in place, no new stake.
	// The AllocationManager refuses until the deallocation delay has passed.
	again := deployment.OperatorConfig{ECDSAKey: fifth.ECDSAKey, BLSKey: fifth.BLSKey, Stake: new(big.Int), Socket: "back"}
	if _, err := d.RegisterOperator(ctx, dn.Client, again); !errors.Is(err, deployment.ErrStillSlashable) {
		t.Fatalf("re-register at once: %v, want ErrStillSlashable", err)
	}
	if err := dn.Mine(ctx, uint64(d.Params.DeallocationDelay)+1); err != nil {
		t.Fatal(err)
	}
	back, err := d.RegisterOperator(ctx, dn.Client, again)
	if err != nil {
		t.Fatalf("re-register: %v", err)
	}
	if back.OperatorID != fifth.OperatorID || total().Cmp(stakeOf(5)) != 0 || count() != 5 {
		t.Fatalf("after return: id %x, total %s, count %d", back.OperatorID, total(), count())
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := readFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
