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

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/deployment"
)

// On a real network nobody holds the deployer's key: an operator deposits stake it already
// owns. Registering from a deployment file without devnet secrets must work that way, and must
// refuse clearly what would need the deployer (minting) or more tokens than the operator has.
func TestRegisterFromOwnBalance(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dn, err := anvil.Start(ctx, anvil.Config{Operators: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = dn.Close() })

	// The deployment as a non-devnet user sees it: no devnetSecrets.
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := dn.WriteJSON(path); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f map[string]json.RawMessage
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatal(err)
	}
	delete(f, "devnetSecrets")
	raw, _ = json.Marshal(f)
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	public, err := deployment.LoadDeployment(path)
	if err != nil {
		t.Fatal(err)
	}
	if public.DeployerKey() != nil {
		t.Fatal("deployment without secrets still has the deployer key")
	}

	ek, bk := anvil.OperatorKeys("own-balance", 0)
	addr := crypto.PubkeyToAddress(ek.PublicKey)
	if err := dn.Node.SetBalance(ctx, addr, big.NewInt(1e18)); err != nil {
		t.Fatal(err)
	}
	stake := new(big.Int).Mul(big.NewInt(250), big.NewInt(1e18))

	// Minting needs the deployer: refused before anything is sent.
	if _, err := public.RegisterOperator(ctx, dn.Client, deployment.OperatorConfig{ECDSAKey: ek, BLSKey: bk, Stake: stake, Socket: "own"}); err == nil || !strings.Contains(err.Error(), "deployer key") {
		t.Fatalf("register by minting without the deployer key: %v", err)
	}
	// Not enough tokens: refused with ErrInsufficientBalance.
	mint(t, ctx, dn, addr, new(big.Int).Sub(stake, big.NewInt(1)))
	if _, err := public.RegisterOperator(ctx, dn.Client, deployment.OperatorConfig{ECDSAKey: ek, BLSKey: bk, Stake: stake, Socket: "own", FromBalance: true}); !errors.Is(err, deployment.ErrInsufficientBalance) {
		t.Fatalf("register with too small a balance: %v, want %v", err, deployment.ErrInsufficientBalance)
	}
	// The operator acquires the rest of its stake elsewhere, then registers from its balance.
	mint(t, ctx, dn, addr, big.NewInt(1))
	op, err := public.RegisterOperator(ctx, dn.Client, deployment.OperatorConfig{ECDSAKey: ek, BLSKey: bk, Stake: stake, Socket: "own", FromBalance: true})
	if err != nil {
		t.Fatalf("register from own balance: %v", err)
	}
	b, err := dn.Deployment.Bindings(dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	got, err := b.StakeRegistry.WeightOfOperatorForQuorum(&bind.CallOpts{Context: ctx}, 0, op.Address)
	if err != nil || got.Cmp(stake) != 0 {
		t.Fatalf("stake of the self-funded operator = %v, %v; want %s", got, err, stake)
	}
	if left := balanceOf(t, ctx, dn, addr); left.Sign() != 0 {
		t.Fatalf("operator still holds %s tokens; all %s should be deposited", left, stake)
	}
}

const tokenABI = `[
{"type":"function","name":"mint","stateMutability":"nonpayable","inputs":[{"name":"to","type":"address"},{"name":"amount","type":"uint256"}],"outputs":[]},
{"type":"function","name":"balanceOf","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint256"}]}
]`

func token(t *testing.T, dn *anvil.Devnet) *bind.BoundContract {
	t.Helper()
	a, err := abi.JSON(strings.NewReader(tokenABI))
	if err != nil {
		t.Fatal(err)
	}
	return bind.NewBoundContract(dn.Deployment.Contracts.Token, a, dn.Client, dn.Client, dn.Client)
}

// mint gives to tokens from the devnet's token minter (standing in for a market).
func mint(t *testing.T, ctx context.Context, dn *anvil.Devnet, to common.Address, amount *big.Int) {
	t.Helper()
	tr, err := chainio.NewTransactor(ctx, dn.Client, dn.Deployment.DeployerKey())
	if err != nil {
		t.Fatal(err)
	}
	tok := token(t, dn)
	if _, err := tr.Transact(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) { return tok.Transact(o, "mint", to, amount) }); err != nil {
		t.Fatal(err)
	}
}

func balanceOf(t *testing.T, ctx context.Context, dn *anvil.Devnet, who common.Address) *big.Int {
	t.Helper()
	var out []any
	if err := token(t, dn).Call(&bind.CallOpts{Context: ctx}, &out, "balanceOf", who); err != nil {
		t.Fatal(err)
	}
	return out[0].(*big.Int)
}
