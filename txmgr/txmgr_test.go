package txmgr_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

func transfer(to common.Address, wei int64) func(*bind.TransactOpts) (*types.Transaction, error) {
	return func(o *bind.TransactOpts) (*types.Transaction, error) {
		return types.NewTx(&types.DynamicFeeTx{Nonce: o.Nonce.Uint64(), To: &to, Value: big.NewInt(wei), Gas: 21000}), nil
	}
}

func startNode(t *testing.T) (context.Context, *anvil.Node) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	n, err := anvil.StartNode(ctx, anvil.NodeConfig{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = n.Close() })
	return ctx, n
}

func TestSendAndConfirm(t *testing.T) {
	ctx, n := startNode(t)
	k, _ := deployment.DevKey(1)
	m, err := txmgr.New(ctx, testConfig(func(c *txmgr.Config) { c.Confirmations = 2 }), n.Client(), k, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Confirmations need blocks on top; anvil automines only on transactions, so mine a block
	// each time one is polled for.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tk := time.NewTicker(20 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				_ = n.Mine(ctx, 1)
			}
		}
	}()
	t.Cleanup(func() { close(stop); wg.Wait() })

	to := common.HexToAddress("0x1234")
	for i := 0; i < 3; i++ {
		r, err := m.Send(ctx, transfer(to, 1))
		if err != nil {
			t.Fatal(err)
		}
		head, err := n.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != 1 || head < r.BlockNumber.Uint64()+2 {
			t.Fatalf("receipt status %d in block %d, head %d", r.Status, r.BlockNumber, head)
		}
	}
	bal, err := n.Client().BalanceAt(ctx, to, nil)
	if err != nil || bal.Int64() != 3 {
		t.Fatalf("balance %s, %v", bal, err)
	}
}

// TestStuckTransactionIsBumped turns automine off, so the first transaction sits in the
// mempool; the manager must re-send it with higher fees, and the replacement is what is mined.
func TestStuckTransactionIsBumped(t *testing.T) {
	ctx, n := startNode(t)
	if err := n.RPC().CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	k, _ := deployment.DevKey(1)
	var mu sync.Mutex
	var sent []*types.Transaction
	bumped := make(chan struct{})
	m, err := txmgr.New(ctx, testConfig(func(c *txmgr.Config) {
		c.ResubmitTimeout = 100 * time.Millisecond
		c.OnSend = func(tx *types.Transaction, attempt int) {
			mu.Lock()
			defer mu.Unlock()
			sent = append(sent, tx)
			if attempt == 2 {
				close(bumped)
			}
		}
	}), n.Client(), k, nil)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		select {
		case <-bumped:
			_ = n.Mine(ctx, 1)
		case <-ctx.Done():
		}
	}()
	t.Cleanup(wg.Wait)
	r, err := m.Send(ctx, transfer(common.HexToAddress("0x1234"), 1))
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(sent) < 3 {
		t.Fatalf("%d sends, want >= 3", len(sent))
	}
	if r.TxHash == sent[0].Hash() {
		t.Fatal("the original, underpriced transaction was mined instead of a replacement")
	}
	for i := 1; i < len(sent); i++ {
		if sent[i].Nonce() != sent[0].Nonce() || sent[i].GasTipCap().Cmp(sent[i-1].GasTipCap()) <= 0 || sent[i].GasFeeCap().Cmp(sent[i-1].GasFeeCap()) <= 0 {
			t.Fatalf("attempt %d: nonce %d tip %s cap %s after tip %s cap %s", i, sent[i].Nonce(), sent[i].GasTipCap(), sent[i].GasFeeCap(), sent[i-1].GasTipCap(), sent[i-1].GasFeeCap())
		}
	}
	t.Logf("mined attempt with tip %s after %d sends", r.EffectiveGasPrice, len(sent))
}

// TestAbandonedTransactionIsNotDuplicated: a send abandoned at its deadline leaves its
// transaction in the mempool; a new manager for the same key (a restarted process) waits for
// it instead of reusing its nonce.
func TestAbandonedTransactionIsNotDuplicated(t *testing.T) {
	ctx, n := startNode(t)
	if err := n.RPC().CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	k, _ := deployment.DevKey(1)
	first, err := txmgr.New(ctx, testConfig(nil), n.Client(), k, nil)
	if err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	if _, err := first.Send(short, transfer(common.HexToAddress("0x1234"), 1)); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("send without mining: %v, want deadline exceeded", err)
	}
	waiting := make(chan struct{})
	second, err := txmgr.New(ctx, testConfig(nil), n.Client(), k, nil)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-waiting
		if err := n.RPC().CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
			t.Error(err)
		}
		_ = n.Mine(ctx, 1)
	}()
	close(waiting)
	r, err := second.Send(ctx, transfer(common.HexToAddress("0x1234"), 1))
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	tx, _, err := n.Client().TransactionByHash(ctx, r.TxHash)
	if err != nil || tx.Nonce() != 1 {
		t.Fatalf("second transaction nonce %v, %v; want 1", tx, err)
	}
	bal, err := n.Client().BalanceAt(ctx, common.HexToAddress("0x1234"), nil)
	if err != nil || bal.Int64() != 2 {
		t.Fatalf("balance %s, %v; want 2", bal, err)
	}
}

func TestRevertIsDecoded(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dn, err := anvil.Start(ctx, anvil.Config{Operators: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = dn.Close() })
	k, _ := deployment.DevKey(1)
	m, err := txmgr.New(ctx, txmgr.DefaultConfig(), dn.Client, k, nil)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := checkpointregistry.NewCheckpointRegistry(dn.Deployment.Contracts.CheckpointRegistry, dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	_, err = m.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return reg.SubmitCheckpoint(o, checkpointregistry.ICheckpointRegistryTypesCheckpoint{Number: 5, StartHeight: 1, EndHeight: 2}, 1,
			emptySignature())
	})
	re, ok := txmgr.AsRevert(err)
	if !ok || re.Name != "NonSequentialCheckpoint" || !errors.Is(err, txmgr.ErrReverted) {
		t.Fatalf("err = %v, want a NonSequentialCheckpoint revert", err)
	}
	t.Log(err)
	// The refused transaction used no nonce: the next one goes through with nonce 0.
	r, err := m.Send(ctx, transfer(common.HexToAddress("0x1234"), 1))
	if err != nil {
		t.Fatal(err)
	}
	tx, _, _ := dn.Client.TransactionByHash(ctx, r.TxHash)
	if want, _ := dn.Client.NonceAt(ctx, m.From(), r.BlockNumber); tx.Nonce()+1 != want {
		t.Fatalf("nonce %d then account nonce %d", tx.Nonce(), want)
	}
}

func emptySignature() checkpointregistry.IBLSSignatureCheckerNonSignerStakesAndSignature {
	z := func() *big.Int { return new(big.Int) }
	return checkpointregistry.IBLSSignatureCheckerNonSignerStakesAndSignature{
		ApkG2: checkpointregistry.BN254TypesG2Point{X: [2]*big.Int{z(), z()}, Y: [2]*big.Int{z(), z()}},
		Sigma: checkpointregistry.BN254TypesG1Point{X: z(), Y: z()},
	}
}

// TestPipelinedSendsShareABlock: with MaxInFlight 3, three sends are broadcast with
// consecutive nonces before any is mined and land in one block; with 1, the second waits for
// the first's block.
func TestPipelinedSendsShareABlock(t *testing.T) {
	for _, c := range []struct {
		inFlight   int
		sameBlock  bool
		sends      int
		broadcasts int // broadcasts to wait for before mining the first block
	}{{inFlight: 3, sameBlock: true, sends: 3, broadcasts: 3}, {inFlight: 1, sameBlock: false, sends: 2, broadcasts: 1}} {
		t.Run(fmt.Sprintf("inFlight=%d", c.inFlight), func(t *testing.T) {
			ctx, n := startNode(t)
			if err := n.RPC().CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
				t.Fatal(err)
			}
			k, _ := deployment.DevKey(1)
			var broadcasts atomic.Int32
			m, err := txmgr.New(ctx, testConfig(func(cfg *txmgr.Config) {
				cfg.MaxInFlight, cfg.ResubmitTimeout = c.inFlight, time.Minute
				cfg.OnSend = func(*types.Transaction, int) { broadcasts.Add(1) }
			}), n.Client(), k, nil)
			if err != nil {
				t.Fatal(err)
			}
			receipts := make([]*types.Receipt, c.sends)
			errs := make([]error, c.sends)
			var wg sync.WaitGroup
			for i := range c.sends {
				wg.Add(1)
				go func() {
					defer wg.Done()
					receipts[i], errs[i] = m.Send(ctx, transfer(common.HexToAddress("0x1234"), int64(i+1)))
				}()
			}
			waitFor(t, ctx, func() bool { return broadcasts.Load() >= int32(c.broadcasts) })
			// Mine until every send has its receipt (one block when pipelined).
			done := make(chan struct{})
			go func() { wg.Wait(); close(done) }()
			for mined := false; !mined; {
				if err := n.Mine(ctx, 1); err != nil {
					t.Fatal(err)
				}
				select {
				case <-done:
					mined = true
				case <-time.After(200 * time.Millisecond): // a poll interval for the next broadcast
				case <-ctx.Done():
					t.Fatal(ctx.Err())
				}
			}
			for i, err := range errs {
				if err != nil {
					t.Fatalf("send %d: %v", i, err)
				}
			}
			blocks := map[uint64]bool{}
			nonces := map[uint64]bool{}
			for _, r := range receipts {
				blocks[r.BlockNumber.Uint64()] = true
				tx, _, err := n.Client().TransactionByHash(ctx, r.TxHash)
				if err != nil {
					t.Fatal(err)
				}
				nonces[tx.Nonce()] = true
			}
			if len(nonces) != c.sends || !nonces[0] || !nonces[uint64(c.sends-1)] {
				t.Fatalf("nonces %v, want 0..%d", nonces, c.sends-1)
			}
			if got := len(blocks) == 1; got != c.sameBlock {
				t.Fatalf("receipts in blocks %v; one block: %v, want %v", blocks, got, c.sameBlock)
			}
			if int(broadcasts.Load()) != c.sends {
				t.Fatalf("%d broadcasts for %d sends", broadcasts.Load(), c.sends)
			}
		})
	}
}

// waitFor polls cond until it holds or ctx ends.
func waitFor(t *testing.T, ctx context.Context, cond func() bool) {
	t.Helper()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatal("condition not met before the deadline")
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// testConfig is the default configuration polling every 5 ms (anvil answers at once), changed
// by change.
func testConfig(change func(*txmgr.Config)) txmgr.Config {
	cfg := txmgr.DefaultConfig()
	cfg.PollInterval = 5 * time.Millisecond
	if change != nil {
		change(&cfg)
	}
	return cfg
}
