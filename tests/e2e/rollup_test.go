package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/api/rollupapi"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/rollup/derive"
	"github.com/lockstep-xyz/lockstep/system"
)

// The reference EVM rollup node on the whole system, one system for all of it: rollup 901 has
// node A following op0, node B following op2 then op3, and node L following op1 first, a lying
// operator (it serves every batch with its first transaction altered, consistent with roots it
// forges), then op0; rollup 902 has node C following op3. Each subtest uses its own dev account,
// so their nonces do not interfere.
func TestRollupNodes(t *testing.T) {
	testutil.SkipShort(t)
	start := time.Now()
	const liar = 1
	rs := startRollupSystem(t, 5, func(i int) system.NodeConfig {
		if i == liar {
			return system.NodeConfig{Faulty: true, Args: []string{"--fault", "tamper-batches"}}
		}
		return system.NodeConfig{}
	},
		system.RollupNodeConfig{ChainID: rollupA, Operators: []int{0}},
		system.RollupNodeConfig{ChainID: rollupA, Operators: []int{2, 3}},
		system.RollupNodeConfig{ChainID: rollupA, Operators: []int{liar, 0}},
		system.RollupNodeConfig{ChainID: rollupB, Operators: []int{3}},
	)
	a, b, l, c := rs.rollups[0], rs.rollups[1], rs.rollups[2], rs.rollups[3]
	t.Logf("system with 4 rollup nodes up in %s", time.Since(start).Round(time.Millisecond))

	// First, before any other transaction: the liar's forgery is the first thing L executes.
	t.Run("lying operator", func(t *testing.T) { testRollupLyingOperator(t, rs, a, l) })
	t.Run("cast", func(t *testing.T) { testRollupCast(t, rs, a) })
	t.Run("atomic bundle", func(t *testing.T) { testRollupBundle(t, rs, a, c) })
	t.Run("invalid transactions", func(t *testing.T) { testRollupInvalid(t, rs, a) })
	t.Run("kill -9 under load", func(t *testing.T) { testRollupKill(t, rs, a, b) })
	t.Run("same chain on every node", func(t *testing.T) {
		st, err := rs.status(a)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range []*system.RollupNode{a, b, l} {
			rs.waitStatus(t, r, 60*time.Second, fmt.Sprintf("block %d safe", st.Head), func(s *system.RollupStatus) bool { return s.Safe >= st.Head })
		}
		rs.sameChain(t, st.Head, a, b, l)
		t.Logf("A, B and L have the same %d blocks (hashes and state roots)", st.Head)
	})
	t.Logf("%s in all", time.Since(start).Round(time.Millisecond))
}

// L executes the liar's batch (the transaction missing: its altered bytes do not decode), the
// checkpoint on L1 exposes the lie, L withdraws the batch, rolls its soft head back and builds
// the block again from op0's data: in the end it has the transaction in the very block A has.
func testRollupLyingOperator(t *testing.T, rs *rollupSystem, a, l *system.RollupNode) {
	tx, raw := signTransfer(t, devKey(t, 5), rollupA, 0, common.HexToAddress("0x5005"), big.NewInt(1))
	hash, err := bounded(rs.ctx, func(ctx context.Context) (common.Hash, error) {
		c, err := rs.nodes[0].Client(ctx)
		if err != nil {
			return common.Hash{}, err
		}
		return c.SendRawTransaction(ctx, raw)
	})
	if err != nil || hash != tx.Hash() {
		t.Fatalf("send to op0: %s, %v; want %s", hash, err, tx.Hash())
	}
	height := rs.waitSequenced(t, rs.nodes[0], hash, 30*time.Second).Height

	// Seen on L while it trusts the liar: a block built from the transaction's height without
	// the transaction.
	var (
		forged *types.Block
		rc     *types.Receipt
	)
	eth := rs.eth(t, l)
	testutil.WaitFor(t, 60*time.Second, "L to execute the transaction", func() (bool, error) {
		var err error
		if rc, err = rs.receipt(l, hash); err != nil || rc != nil {
			return rc != nil, err
		}
		if forged != nil {
			return false, nil
		}
		st, err := rs.status(l)
		if err != nil || st.SoftHeight < height {
			return false, err
		}
		blk, err := bounded(rs.ctx, func(ctx context.Context) (*types.Block, error) { return eth.BlockByNumber(ctx, nil) })
		if err != nil {
			return false, err
		}
		first, last, _, ok := derive.ExtraInfo(blk.Extra())
		if ok && first <= height && height <= last && blk.Transaction(hash) == nil {
			forged = blk
		}
		return false, nil
	})
	if forged == nil {
		t.Fatalf("L never executed height %d without the transaction: the liar's batch was not used", height)
	}
	want := rs.waitReceipt(t, a, hash, 30*time.Second)
	if rc.BlockHash != want.BlockHash || rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("on L the transaction is in block %d %s (status %d), on A in block %d %s",
			rc.BlockNumber, rc.BlockHash, rc.Status, want.BlockNumber, want.BlockHash)
	}
	if !strings.Contains(l.LogTail(1<<20), "operator caught lying") {
		t.Fatal("L's log does not report the lie")
	}
	t.Logf("L built block %d %s from the liar's batch at height %d (%d txs), then block %s with the transaction, as A",
		forged.NumberU64(), forged.Hash(), height, len(forged.Transactions()), want.BlockHash)
}

// castReceipt is what the tests read of `cast send --json`.
type castReceipt struct {
	Status          hexutil.Uint64  `json:"status"`
	BlockNumber     hexutil.Uint64  `json:"blockNumber"`
	ContractAddress *common.Address `json:"contractAddress"`
}

// A transfer and a contract deployment with cast against node A, then the blocks turn safe and
// finalized.
func testRollupCast(t *testing.T, rs *rollupSystem, a *system.RollupNode) {
	key := "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80" // anvil's account 0
	to := "0x000000000000000000000000000000000000c0DE"
	url := a.HTTPURL()
	sendStart := time.Now()
	out := runCast(t, "send", "--rpc-url", url, "--private-key", key, to, "--value", "1ether")
	if !regexp.MustCompile(`(?m)^status\s+1 \(success\)`).MatchString(out) {
		t.Fatalf("cast send printed no successful receipt:\n%s", out)
	}
	t.Logf("cast send: receipt in %s", time.Since(sendStart).Round(time.Millisecond))
	if bal := runCast(t, "balance", "--rpc-url", url, to); bal != "1000000000000000000" {
		t.Fatalf("cast balance %s = %s, want 1 ether", to, bal)
	}

	// A contract whose runtime returns 42.
	var created castReceipt
	out = runCast(t, "send", "--rpc-url", url, "--private-key", key, "--json", "--create", "0x600a600c600039600a6000f3602a60005260206000f3")
	if err := json.Unmarshal([]byte(out), &created); err != nil || created.Status != 1 || created.ContractAddress == nil {
		t.Fatalf("cast send --create: %v\n%s", err, out)
	}
	if got := runCast(t, "call", "--rpc-url", url, created.ContractAddress.Hex()); new(big.Int).SetBytes(common.FromHex(got)).Int64() != 42 {
		t.Fatalf("cast call %s = %s, want 42", created.ContractAddress, got)
	}

	// Safe once its checkpoint is on L1, finalized two L1 blocks later.
	block := uint64(created.BlockNumber)
	for _, tag := range []string{"safe", "finalized"} {
		tagStart := time.Now()
		rs.waitStatus(t, a, 60*time.Second, fmt.Sprintf("block %d %s", block, tag), func(st *system.RollupStatus) bool {
			return map[string]uint64{"safe": st.Safe, "finalized": st.Finalized}[tag] >= block
		})
		n, err := strconv.ParseUint(runCast(t, "block", tag, "--rpc-url", url, "--field", "number"), 0, 64)
		if err != nil || n < block {
			t.Fatalf("cast block %s: %d, %v; want at least %d", tag, n, err, block)
		}
		t.Logf("contract's block %d %s after %s more (cast block %s: %d)", block, tag, time.Since(tagStart).Round(time.Millisecond), tag, n)
	}
}

// A bundle of one transfer for 901 and one for 902, submitted to op0: both execute, in blocks
// derived from the one Lockstep height that ordered the bundle.
func testRollupBundle(t *testing.T, rs *rollupSystem, a, c *system.RollupNode) {
	key := devKey(t, 1)
	txA, rawA := signTransfer(t, key, rollupA, 0, common.HexToAddress("0xb001"), big.NewInt(7))
	txB, rawB := signTransfer(t, key, rollupB, 0, common.HexToAddress("0xb002"), big.NewInt(8))
	op := rs.nodes[0]
	hashes, err := bounded(rs.ctx, func(ctx context.Context) ([]common.Hash, error) {
		cl, err := op.Client(ctx)
		if err != nil {
			return nil, err
		}
		return cl.SubmitBundle(ctx, []operatorapi.Part{{RollupID: rollupA, Payload: rawA}, {RollupID: rollupB, Payload: rawB}})
	})
	if err != nil || !slices.Equal(hashes, []common.Hash{txA.Hash(), txB.Hash()}) {
		t.Fatalf("submit the bundle: %v, %v; want %s %s", hashes, err, txA.Hash(), txB.Hash())
	}
	var heights []uint64
	for i, x := range []struct {
		r  *system.RollupNode
		tx *types.Transaction
	}{{a, txA}, {c, txB}} {
		h := rs.waitSequenced(t, op, x.tx.Hash(), 30*time.Second).Height
		rc := rs.waitReceipt(t, x.r, x.tx.Hash(), 30*time.Second)
		if rc.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("part %d: status %d on %s", i, rc.Status, x.r.Name())
		}
		hdr, err := rs.eth(t, x.r).HeaderByHash(rs.ctx, rc.BlockHash)
		if err != nil {
			t.Fatal(err)
		}
		first, last, _, ok := derive.ExtraInfo(hdr.Extra)
		if !ok || h < first || h > last {
			t.Fatalf("part %d sequenced at height %d, in block %d of %s derived from heights %d..%d (ok %v)",
				i, h, rc.BlockNumber, x.r.Name(), first, last, ok)
		}
		t.Logf("part %d: height %d, block %d of %s (heights %d..%d)", i, h, rc.BlockNumber, x.r.Name(), first, last)
		heights = append(heights, h)
	}
	if heights[0] != heights[1] {
		t.Fatalf("the bundle's parts sequenced at heights %d and %d", heights[0], heights[1])
	}
}

// Transactions that reach the ordering straight from an operator (cast publish) but cannot
// execute are sequenced and skipped; the rollup node's own eth_sendRawTransaction refuses them.
func testRollupInvalid(t *testing.T, rs *rollupSystem, a *system.RollupNode) {
	key := devKey(t, 2)
	unfunded, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0xbad")
	gap, gapRaw := signTransfer(t, key, rollupA, 5, to, big.NewInt(1))
	broke, brokeRaw := signTransfer(t, unfunded, rollupA, 0, to, big.NewInt(1e18))
	valid, validRaw := signTransfer(t, key, rollupA, 0, to, big.NewInt(3))
	op := rs.nodes[0]
	var last uint64
	for _, x := range []struct {
		tx  *types.Transaction
		raw []byte
	}{{gap, gapRaw}, {broke, brokeRaw}, {valid, validRaw}} {
		out := runCast(t, "publish", "--async", "--rpc-url", op.APIURL(), hexutil.Encode(x.raw))
		if !strings.Contains(out, x.tx.Hash().Hex()) {
			t.Fatalf("cast publish printed %q, want %s", out, x.tx.Hash())
		}
		last = max(last, rs.waitSequenced(t, op, x.tx.Hash(), 30*time.Second).Height)
	}
	rc := rs.waitReceipt(t, a, valid.Hash(), 30*time.Second)
	if rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("the valid transaction: status %d", rc.Status)
	}
	rs.waitStatus(t, a, 30*time.Second, fmt.Sprintf("height %d executed", last), func(st *system.RollupStatus) bool { return st.SoftHeight >= last })
	rpcClient, err := a.Client(rs.ctx)
	if err != nil {
		t.Fatal(err)
	}
	status := rollupapi.NewClient(rpcClient)
	for what, x := range map[string]struct {
		tx     *types.Transaction
		reason string
	}{"nonce gap": {gap, "nonce too high"}, "unfunded": {broke, "insufficient funds"}} {
		got, err := rs.receipt(a, x.tx.Hash())
		if err != nil || got != nil {
			t.Fatalf("%s transaction %s: receipt %+v, %v; want none", what, x.tx.Hash(), got, err)
		}
		// The node says why there is no receipt.
		st, err := status.TransactionStatus(rs.ctx, x.tx.Hash())
		if err != nil || st.Status != rollupapi.TxSkipped || !strings.Contains(st.Reason, x.reason) {
			t.Fatalf("%s transaction: rollup_transactionStatus %+v, %v; want skipped, %q", what, st, err, x.reason)
		}
	}
	if st, err := status.TransactionStatus(rs.ctx, valid.Hash()); err != nil || st.Status != rollupapi.TxIncluded || st.Block == nil || *st.Block != rc.BlockNumber.Uint64() {
		t.Fatalf("valid transaction: rollup_transactionStatus %+v, %v; want included in block %d", st, err, rc.BlockNumber)
	}
	eth := rs.eth(t, a)
	nonce, err := eth.NonceAt(rs.ctx, crypto.PubkeyToAddress(key.PublicKey), nil)
	if err != nil || nonce != 1 {
		t.Fatalf("nonce after the valid transaction: %d, %v; want 1", nonce, err)
	}

	again, _ := signTransfer(t, unfunded, rollupA, 0, to, big.NewInt(2e18))
	if err := eth.SendTransaction(rs.ctx, again); err == nil || !strings.Contains(err.Error(), "insufficient funds") {
		t.Fatalf("eth_sendRawTransaction of an unfunded transfer: %v, want insufficient funds", err)
	}
}

// Node B is killed with SIGKILL while 40 transfers flow, and started again: it rebuilds the
// chain A has, block for block.
func testRollupKill(t *testing.T, rs *rollupSystem, a, b *system.RollupNode) {
	key := devKey(t, 3)
	to := common.HexToAddress("0xdead01")
	const total = 40
	raws := make([][]byte, total)
	hashes := make([]common.Hash, total)
	for i := range raws {
		var tx *types.Transaction
		tx, raws[i] = signTransfer(t, key, rollupA, uint64(i), to, big.NewInt(int64(i+1)))
		hashes[i] = tx.Hash()
	}
	cl, err := rs.nodes[0].Client(rs.ctx)
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu      sync.Mutex
		sent    int
		sendErr error
		wg      sync.WaitGroup
	)
	wg.Add(1)
	go func() { // owned: waited for below, and on an early return by the deferred Wait
		defer wg.Done()
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		for i, raw := range raws {
			select {
			case <-rs.ctx.Done():
				return
			case <-tick.C:
			}
			_, err := bounded(rs.ctx, func(ctx context.Context) (common.Hash, error) { return cl.SendRawTransaction(ctx, raw) })
			mu.Lock()
			if err != nil {
				sendErr = fmt.Errorf("transfer %d: %w", i, err)
			} else {
				sent++
			}
			mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	defer wg.Wait()
	sentAtLeast := func(n int) func() (bool, error) {
		return func() (bool, error) {
			mu.Lock()
			defer mu.Unlock()
			return sent >= n, sendErr
		}
	}
	testutil.WaitFor(t, 30*time.Second, "10 transfers sent", sentAtLeast(10))
	if err := b.Kill(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	testutil.WaitFor(t, 30*time.Second, "30 transfers sent", sentAtLeast(30))
	if err := b.Start(); err != nil {
		t.Fatal(err)
	}
	testutil.WaitFor(t, 30*time.Second, "all transfers sent", sentAtLeast(total))

	lastRc := rs.waitReceipt(t, a, hashes[total-1], 30*time.Second)
	if lastRc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("last transfer: status %d", lastRc.Status)
	}
	done := time.Now()
	st, err := rs.status(a)
	if err != nil {
		t.Fatal(err)
	}
	head := st.Head
	for _, r := range []*system.RollupNode{a, b} {
		rs.waitStatus(t, r, 60*time.Second, fmt.Sprintf("block %d safe", head), func(st *system.RollupStatus) bool { return st.Safe >= head })
	}
	rs.sameChain(t, head, a, b)
	for _, h := range hashes {
		if rc := rs.waitReceipt(t, b, h, 10*time.Second); rc.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transfer %s on the restarted node: status %d", h, rc.Status)
		}
	}
	t.Logf("restarted B has A's %d blocks and all %d transfers, both safe %s after the last transfer executed on A",
		head, total, time.Since(done).Round(time.Millisecond))
}
