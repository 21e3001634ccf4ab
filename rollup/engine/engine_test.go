package engine

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/rollup/derive"
)

var (
	gwei      = big.NewInt(params.GWei)
	recipient = common.HexToAddress("0x000000000000000000000000000000000000beef")
)

// Init codes. returns42 deploys a contract that returns 42 to any call; reverter one that
// always reverts; logger is a creation that emits one log (data 42) and leaves no code.
var (
	returns42Init = common.FromHex("69602a60005260206000f3600052600a6016f3")
	reverterInit  = common.FromHex("6460006000fd6000526005601bf3")
	loggerInit    = common.FromHex("602a60005260206000a000")
)

func devKey(t *testing.T, i int) *ecdsa.PrivateKey {
	t.Helper()
	key, err := deployment.DevKey(i)
	if err != nil {
		t.Fatal(err)
	}
	return key
}

func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelInfo}))
}

func testConfig(t *testing.T, dir string, g *Genesis, sender Sender) Config {
	cfg := DefaultConfig()
	cfg.DataDir = dir
	cfg.Genesis = g
	cfg.HTTPAddr = "127.0.0.1:0"
	cfg.WSAddr = "127.0.0.1:0"
	cfg.Sender = sender
	cfg.Logger = testLogger(t)
	return cfg
}

// startEngine opens and starts an engine, closed at the end of the test.
func startEngine(t *testing.T, cfg Config) *Engine {
	t.Helper()
	e, err := New(cfg)
	if err != nil {
		t.Fatalf("new engine: %v", err)
	}
	t.Cleanup(func() {
		if err := e.Close(); err != nil {
			t.Errorf("close engine: %v", err)
		}
	})
	if err := e.Start(); err != nil {
		t.Fatalf("start engine: %v", err)
	}
	return e
}

func newEngine(t *testing.T, sender Sender) *Engine {
	return startEngine(t, testConfig(t, t.TempDir(), DevGenesis(testChainID), sender))
}

func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	t.Cleanup(c.Close)
	return c
}

// txOpts is a transaction to sign; zero fields take usable defaults.
type txOpts struct {
	chainID uint64
	nonce   uint64
	to      *common.Address
	value   *big.Int
	gas     uint64
	feeCap  *big.Int
	data    []byte
}

func signTx(t *testing.T, key *ecdsa.PrivateKey, o txOpts) *types.Transaction {
	t.Helper()
	if o.chainID == 0 {
		o.chainID = testChainID
	}
	if o.gas == 0 {
		o.gas = 21_000
	}
	if o.feeCap == nil {
		o.feeCap = new(big.Int).Mul(big.NewInt(10), gwei)
	}
	if o.value == nil {
		o.value = new(big.Int)
	}
	chainID := new(big.Int).SetUint64(o.chainID)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: o.nonce, GasTipCap: bigMin(gwei, o.feeCap), GasFeeCap: o.feeCap, Gas: o.gas,
		To: o.to, Value: o.value, Data: o.data,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func bigMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) < 0 {
		return a
	}
	return b
}

func transfer(t *testing.T, key *ecdsa.PrivateKey, nonce uint64, wei int64) *types.Transaction {
	return signTx(t, key, txOpts{nonce: nonce, to: &recipient, value: big.NewInt(wei)})
}

func raw(t *testing.T, tx *types.Transaction) []byte {
	t.Helper()
	b, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// blobTx is a signed type-3 transaction (without sidecar, as it would be in a block).
func blobTx(t *testing.T, key *ecdsa.PrivateKey, nonce uint64) *types.Transaction {
	t.Helper()
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(testChainID)), &types.BlobTx{
		ChainID: uint256.NewInt(testChainID), Nonce: nonce, GasTipCap: uint256.NewInt(params.GWei),
		GasFeeCap: uint256.NewInt(10 * params.GWei), Gas: 21_000, To: recipient,
		BlobFeeCap: uint256.NewInt(params.GWei), BlobHashes: []common.Hash{{0x01}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// badSignature is tx with its signature's r replaced by zero.
func badSignature(t *testing.T, tx *types.Transaction) []byte {
	t.Helper()
	v, _, s := tx.RawSignatureValues()
	sig := make([]byte, 65)
	s.FillBytes(sig[32:64])
	sig[64] = byte(v.Uint64())
	bad, err := tx.WithSignature(types.LatestSignerForChainID(big.NewInt(testChainID)), sig)
	if err != nil {
		t.Fatal(err)
	}
	return raw(t, bad)
}

// clock hands out strictly increasing block times after genesis.
type clock struct{ t uint64 }

func (c *clock) next() uint64 { c.t++; return DevGenesisTime + c.t }

func build(t *testing.T, e *Engine, c *clock, txs ...[]byte) derive.Built {
	t.Helper()
	b, err := e.Build(derive.BlockSpec{Time: c.next(), Extra: []byte("lockstep"), Txs: txs})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	return b
}

func balanceAt(t *testing.T, c *ethclient.Client, addr common.Address) *big.Int {
	t.Helper()
	b, err := c.BalanceAt(context.Background(), addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func receipt(t *testing.T, c *ethclient.Client, hash common.Hash) *types.Receipt {
	t.Helper()
	r, err := c.TransactionReceipt(context.Background(), hash)
	if err != nil {
		t.Fatalf("receipt of %s: %v", hash, err)
	}
	return r
}

func TestBuildSkipsInvalidTransactions(t *testing.T) {
	e := newEngine(t, nil)
	client := dial(t, e.HTTPURL())
	var c clock
	a, poor := devKey(t, 0), mustKey(t)

	valid0 := transfer(t, a, 0, 1)
	valid1 := transfer(t, a, 1, 2)
	cases := []struct {
		name   string
		raw    []byte
		reason string
	}{
		{"undecodable", []byte{0x02, 0xff, 0x00}, "decode transaction"},
		{"blob", raw(t, blobTx(t, a, 1)), ReasonBlobTx},
		{"wrong chain", raw(t, signTx(t, a, txOpts{chainID: 1, nonce: 1, to: &recipient})), "invalid chain id for signer"},
		{"bad signature", badSignature(t, transfer(t, a, 1, 3)), "invalid transaction v, r, s values"},
		{"nonce too low", raw(t, transfer(t, a, 0, 4)), "nonce too low"},
		{"nonce too high", raw(t, transfer(t, a, 7, 5)), "nonce too high"},
		{"insufficient funds", raw(t, transfer(t, poor, 0, 6)), "insufficient funds for gas * price + value"},
		{"fee cap below base fee", raw(t, signTx(t, a, txOpts{nonce: 1, to: &recipient, feeCap: big.NewInt(1)})), "max fee per gas less than block base fee"},
		{"intrinsic gas", raw(t, signTx(t, a, txOpts{nonce: 1, to: &recipient, gas: 20_000})), "intrinsic gas too low"},
		{"block gas used up", raw(t, signTx(t, a, txOpts{nonce: 1, to: &recipient, gas: DefaultGasLimit})), "gas limit reached"},
	}
	txs := [][]byte{raw(t, valid0)}
	for _, tc := range cases {
		txs = append(txs, tc.raw)
	}
	txs = append(txs, raw(t, valid1))

	built := build(t, e, &c, txs...)
	if built.Number != 1 || built.Included != 2 || len(built.Skipped) != len(cases) {
		t.Fatalf("built block %d with %d included and %d skipped, want block 1 with 2 and %d", built.Number, built.Included, len(built.Skipped), len(cases))
	}
	for i, tc := range cases {
		s := built.Skipped[i]
		if s.Index != i+1 || s.TxHash != crypto.Keccak256Hash(tc.raw) || !strings.Contains(s.Reason, tc.reason) {
			t.Errorf("%s: skip %+v, want index %d, reason containing %q", tc.name, s, i+1, tc.reason)
		}
		if got, ok := e.skips.get(s.TxHash); !ok || got.reason != s.Reason {
			t.Errorf("%s: skip record %+v, %v", tc.name, got, ok)
		}
	}
	for _, tx := range []*types.Transaction{valid0, valid1} {
		if r := receipt(t, client, tx.Hash()); r.Status != types.ReceiptStatusSuccessful || r.BlockNumber.Uint64() != 1 {
			t.Errorf("receipt of %s: status %d block %d", tx.Hash(), r.Status, r.BlockNumber)
		}
	}
	if got := balanceAt(t, client, recipient); got.Int64() != 3 {
		t.Errorf("recipient balance %s, want 3 (the two valid transfers only)", got)
	}
	head, err := client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if string(head.Extra) != "lockstep" || head.Coinbase != (common.Address{}) || head.GasLimit != DefaultGasLimit || head.Time != DevGenesisTime+1 {
		t.Errorf("head header extra %q coinbase %s gas limit %d time %d", head.Extra, head.Coinbase, head.GasLimit, head.Time)
	}
	if head.ParentBeaconRoot == nil || head.RequestsHash == nil || head.WithdrawalsHash == nil {
		t.Error("head lacks the Cancun/Prague/Shanghai fields")
	}
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestContractsAndRevert(t *testing.T) {
	e := newEngine(t, nil)
	client := dial(t, e.HTTPURL())
	ctx := context.Background()
	var c clock
	a := devKey(t, 0)
	from := crypto.PubkeyToAddress(a.PublicKey)

	deploy := signTx(t, a, txOpts{nonce: 0, gas: 200_000, data: returns42Init})
	deployReverter := signTx(t, a, txOpts{nonce: 1, gas: 200_000, data: reverterInit})
	build(t, e, &c, raw(t, deploy), raw(t, deployReverter))
	contract, reverter := crypto.CreateAddress(from, 0), crypto.CreateAddress(from, 1)
	if r := receipt(t, client, deploy.Hash()); r.Status != types.ReceiptStatusSuccessful || r.ContractAddress != contract {
		t.Fatalf("deploy receipt: status %d contract %s, want 1 and %s", r.Status, r.ContractAddress, contract)
	}
	out, err := client.CallContract(ctx, ethereum.CallMsg{To: &contract}, nil)
	if err != nil {
		t.Fatalf("eth_call: %v", err)
	}
	if new(big.Int).SetBytes(out).Int64() != 42 {
		t.Errorf("eth_call returned %x, want 42", out)
	}

	reverting := signTx(t, a, txOpts{nonce: 2, to: &reverter, gas: 100_000})
	after := transfer(t, a, 3, 1)
	built := build(t, e, &c, raw(t, reverting), raw(t, after))
	if built.Included != 2 || len(built.Skipped) != 0 {
		t.Fatalf("block with a reverting call: %d included, skipped %+v", built.Included, built.Skipped)
	}
	if r := receipt(t, client, reverting.Hash()); r.Status != types.ReceiptStatusFailed {
		t.Errorf("reverting call status %d, want 0", r.Status)
	}
	if r := receipt(t, client, after.Hash()); r.Status != types.ReceiptStatusSuccessful {
		t.Errorf("transfer after the revert: status %d", r.Status)
	}
}

func TestBuildRefusesBadSpecs(t *testing.T) {
	e := newEngine(t, nil)
	var c clock
	b := build(t, e, &c)
	if _, err := e.Build(derive.BlockSpec{Time: b.Time}); !errors.Is(err, ErrTimeNotAfter) {
		t.Errorf("build at the head's time: %v, want ErrTimeNotAfter", err)
	}
	if _, err := e.Build(derive.BlockSpec{Time: b.Time - 1}); !errors.Is(err, ErrTimeNotAfter) {
		t.Errorf("build before the head's time: %v, want ErrTimeNotAfter", err)
	}
	if _, err := e.Build(derive.BlockSpec{Time: c.next(), Extra: make([]byte, 33)}); err == nil || !strings.Contains(err.Error(), "extra data") {
		t.Errorf("build with 33 bytes of extra data: %v", err)
	}
	if head := e.Head(); head.Number != 1 || head.Hash != b.Hash {
		t.Errorf("head after refused builds: %+v, want block 1", head)
	}
}

func TestRewindAndHeadMarkers(t *testing.T) {
	e := newEngine(t, nil)
	client := dial(t, e.HTTPURL())
	ctx := context.Background()
	var c clock
	a := devKey(t, 0)
	for i := range 3 {
		build(t, e, &c, raw(t, transfer(t, a, uint64(i), 100)))
	}
	old3, _ := e.BlockByNumber(3)

	if _, err := client.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber))); err == nil {
		t.Error("safe block answered before any was set")
	}
	if err := e.SetSafe(2); err != nil {
		t.Fatal(err)
	}
	if err := e.SetFinalized(1); err != nil {
		t.Fatal(err)
	}
	if err := e.SetSafe(4); err == nil {
		t.Error("SetSafe(4) above the head succeeded")
	}
	for tag, want := range map[rpc.BlockNumber]uint64{rpc.SafeBlockNumber: 2, rpc.FinalizedBlockNumber: 1, rpc.LatestBlockNumber: 3} {
		h, err := client.HeaderByNumber(ctx, big.NewInt(int64(tag)))
		if err != nil {
			t.Fatalf("header %s: %v", tag, err)
		}
		if h.Number.Uint64() != want {
			t.Errorf("header %s is %d, want %d", tag, h.Number, want)
		}
	}

	if err := e.Rewind(4); err == nil {
		t.Error("rewind above the head succeeded")
	}
	if err := e.Rewind(0); !errors.Is(err, ErrBelowFinalized) {
		t.Errorf("rewind below finalized: %v, want ErrBelowFinalized", err)
	}
	if err := e.Rewind(1); err != nil {
		t.Fatal(err)
	}
	if head := e.Head(); head.Number != 1 {
		t.Fatalf("head after rewind to 1 is %d", head.Number)
	}
	if _, ok := e.BlockByNumber(2); ok {
		t.Error("block 2 still canonical after the rewind")
	}
	if got := balanceAt(t, client, recipient); got.Int64() != 100 {
		t.Errorf("balance after rewind %s, want 100", got)
	}
	if h, err := client.HeaderByNumber(ctx, big.NewInt(int64(rpc.SafeBlockNumber))); err != nil || h.Number.Uint64() > 1 {
		t.Errorf("safe after rewind to 1: %v %v, want at most 1", h, err)
	}

	build(t, e, &c, raw(t, transfer(t, a, 1, 5)))
	b3 := build(t, e, &c, raw(t, transfer(t, a, 2, 5)))
	if b3.Number != 3 || b3.Hash == old3.Hash {
		t.Errorf("rebuilt block 3: %+v, old hash %s", b3.Block, old3.Hash)
	}
	if got := balanceAt(t, client, recipient); got.Int64() != 110 {
		t.Errorf("balance after rebuilding %s, want 110", got)
	}
}

func TestReopen(t *testing.T) {
	dir := t.TempDir()
	a := devKey(t, 0)
	var c clock
	cfg := testConfig(t, dir, DevGenesis(testChainID), nil)

	e, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	// Built before Start: the chain works without RPC, and Close still writes the journal.
	build(t, e, &c, raw(t, transfer(t, a, 0, 7)))
	if err := e.Start(); err != nil {
		t.Fatal(err)
	}
	build(t, e, &c, raw(t, transfer(t, a, 1, 7)))
	if err := e.SetFinalized(1); err != nil {
		t.Fatal(err)
	}
	head := e.Head()
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	if err := e.Close(); err != nil {
		t.Errorf("second close: %v", err)
	}
	if _, err := e.Build(derive.BlockSpec{Time: c.next()}); !errors.Is(err, ErrClosed) {
		t.Errorf("build after close: %v, want ErrClosed", err)
	}

	e2 := startEngine(t, cfg)
	if got := e2.Head(); got.Number != head.Number || got.Hash != head.Hash {
		t.Fatalf("head after reopening %+v, want %+v", got, head)
	}
	client := dial(t, e2.HTTPURL())
	if got := balanceAt(t, client, recipient); got.Int64() != 14 {
		t.Errorf("balance after reopening %s, want 14", got)
	}
	if h, err := client.HeaderByNumber(context.Background(), big.NewInt(int64(rpc.FinalizedBlockNumber))); err != nil || h.Number.Uint64() != 1 {
		t.Errorf("finalized after reopening: %v %v, want 1", h, err)
	}
	build(t, e2, &c, raw(t, transfer(t, a, 2, 7)))
	if err := e2.Close(); err != nil {
		t.Fatal(err)
	}

	other := testConfig(t, dir, DevGenesis(testChainID+1), nil)
	if _, err := New(other); !errors.Is(err, ErrGenesisMismatch) || !strings.Contains(err.Error(), "chain ID") {
		t.Errorf("reopen with another chain ID: %v, want ErrGenesisMismatch naming the chain ID", err)
	}
	g := DevGenesis(testChainID)
	g.Timestamp++
	if _, err := New(testConfig(t, dir, g, nil)); !errors.Is(err, ErrGenesisMismatch) {
		t.Errorf("reopen with another genesis block: %v, want ErrGenesisMismatch", err)
	}
}

func TestFreshChainReceiptOfUnknownHashIsNull(t *testing.T) {
	e := newEngine(t, nil)
	client := dial(t, e.HTTPURL())
	_, err := client.TransactionReceipt(context.Background(), common.Hash{0x42})
	if !errors.Is(err, ethereum.NotFound) {
		t.Errorf("receipt of an unknown hash on a fresh chain: %v, want not found (null)", err)
	}
	if _, _, err := client.TransactionByHash(context.Background(), common.Hash{0x42}); !errors.Is(err, ethereum.NotFound) {
		t.Errorf("transaction of an unknown hash on a fresh chain: %v, want not found", err)
	}
}

func TestSameSpecsSameChain(t *testing.T) {
	a, b := newEngine(t, nil), newEngine(t, nil)
	k := devKey(t, 1)
	specs := []derive.BlockSpec{
		{Time: DevGenesisTime + 2, Txs: [][]byte{raw(t, transfer(t, k, 0, 1)), {0x01}, raw(t, signTx(t, k, txOpts{nonce: 1, gas: 200_000, data: returns42Init}))}},
		{Time: DevGenesisTime + 3, Extra: []byte{1, 2, 3}},
		{Time: DevGenesisTime + 9, Txs: [][]byte{raw(t, transfer(t, k, 5, 1)), raw(t, transfer(t, k, 2, 1))}},
	}
	for _, spec := range specs {
		ba, err := a.Build(spec)
		if err != nil {
			t.Fatal(err)
		}
		bb, err := b.Build(spec)
		if err != nil {
			t.Fatal(err)
		}
		ha, hb := a.bc.GetHeaderByNumber(ba.Number), b.bc.GetHeaderByNumber(bb.Number)
		if ba.Hash != bb.Hash || ha.Root != hb.Root {
			t.Fatalf("block %d: hashes %s / %s, roots %s / %s", ba.Number, ba.Hash, bb.Hash, ha.Root, hb.Root)
		}
	}
}

func TestSubscriptionsAndLogs(t *testing.T) {
	e := newEngine(t, nil)
	ctx := context.Background()
	ws := dial(t, e.WSURL())
	heads := make(chan *types.Header, 4)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatalf("subscribe newHeads: %v", err)
	}
	defer sub.Unsubscribe()

	var c clock
	a := devKey(t, 0)
	emit := signTx(t, a, txOpts{nonce: 0, gas: 100_000, data: loggerInit})
	built := build(t, e, &c, raw(t, emit))
	select {
	case h := <-heads:
		if h.Hash() != built.Hash {
			t.Errorf("newHeads gave %d %s, want %s", h.Number, h.Hash(), built.Hash)
		}
	case err := <-sub.Err():
		t.Fatal(err)
	case <-time.After(5 * time.Second):
		t.Fatal("no newHeads notification within 5s")
	}

	emitter := crypto.CreateAddress(crypto.PubkeyToAddress(a.PublicKey), 0)
	http := dial(t, e.HTTPURL())
	q := ethereum.FilterQuery{FromBlock: big.NewInt(1), ToBlock: big.NewInt(1), Addresses: []common.Address{emitter}}
	testutil.WaitFor(t, 5*time.Second, "eth_getLogs to see the log", func() (bool, error) {
		logs, err := http.FilterLogs(ctx, q)
		if err != nil {
			return false, err
		}
		if len(logs) != 1 {
			return false, nil
		}
		if new(big.Int).SetBytes(logs[0].Data).Int64() != 42 || logs[0].TxHash != emit.Hash() {
			return false, errors.New("log has the wrong data or transaction")
		}
		return true, nil
	})
}

// fakeSender records what it is given and runs onSend, if set.
type fakeSender struct {
	mu     sync.Mutex
	got    [][]byte
	err    error
	onSend func(raw []byte)
}

func (s *fakeSender) SendRawTransaction(_ context.Context, raw []byte) (common.Hash, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return common.Hash{}, s.err
	}
	s.got = append(s.got, raw)
	if s.onSend != nil {
		s.onSend(raw)
	}
	return crypto.Keccak256Hash(raw), nil
}

func (s *fakeSender) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.got)
}

func TestSendRawTransaction(t *testing.T) {
	sender := &fakeSender{}
	e := newEngine(t, sender)
	client := dial(t, e.HTTPURL())
	ctx := context.Background()
	var c clock
	a, poor := devKey(t, 0), mustKey(t)
	from := crypto.PubkeyToAddress(a.PublicKey)
	build(t, e, &c, raw(t, transfer(t, a, 0, 1))) // state nonce 1

	cases := []struct {
		name string
		raw  []byte
		msg  string
	}{
		{"nonce too low", raw(t, transfer(t, a, 0, 1)), "nonce too low"},
		{"nonce gap", raw(t, transfer(t, a, 2, 1)), "nonce too high: next nonce 1, tx nonce 2"},
		{"insufficient funds", raw(t, transfer(t, poor, 0, 1)), "insufficient funds for gas * price + value"},
		{"wrong chain", raw(t, signTx(t, a, txOpts{chainID: 1, nonce: 1, to: &recipient})), "invalid chain id for signer"},
		{"intrinsic gas", raw(t, signTx(t, a, txOpts{nonce: 1, to: &recipient, gas: 20_000})), "intrinsic gas too low"},
		{"fee cap", raw(t, signTx(t, a, txOpts{nonce: 1, to: &recipient, feeCap: big.NewInt(1)})), "max fee per gas less than block base fee"},
		{"blob", raw(t, blobTx(t, a, 1)), "transaction type not supported"},
		{"oversized", make([]byte, MaxTxSize+1), "oversized data"},
	}
	for _, tc := range cases {
		var hash common.Hash
		err := client.Client().CallContext(ctx, &hash, "eth_sendRawTransaction", hexutil.Bytes(tc.raw))
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: %v, want an error containing %q", tc.name, err, tc.msg)
		}
	}
	if n := sender.count(); n != 0 {
		t.Fatalf("%d refused transactions reached the sender", n)
	}

	tx1, tx2 := transfer(t, a, 1, 1), transfer(t, a, 2, 1)
	for _, tx := range []*types.Transaction{tx1, tx2} {
		if err := client.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("send nonce %d: %v", tx.Nonce(), err)
		}
	}
	if n := sender.count(); n != 2 {
		t.Fatalf("sender got %d transactions, want 2", n)
	}
	pending, err := client.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	latest, err := client.NonceAt(ctx, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	if pending != 3 || latest != 1 {
		t.Errorf("nonces pending %d latest %d, want 3 and 1", pending, latest)
	}
	// The block includes 1 and skips 2 (bad fee never reached it; here: ordered twice).
	build(t, e, &c, raw(t, tx1))
	if pending, _ = client.PendingNonceAt(ctx, from); pending != 3 {
		t.Errorf("pending nonce with 2 still on its way: %d, want 3", pending)
	}
	build(t, e, &c, raw(t, transfer(t, a, 5, 1)), raw(t, tx2), raw(t, tx2))
	if pending, _ = client.PendingNonceAt(ctx, from); pending != 3 {
		t.Errorf("pending nonce after 2 was included: %d, want 3", pending)
	}

	sender.mu.Lock()
	sender.err = &rpcError{code: -32005, msg: "busy"}
	sender.mu.Unlock()
	err = client.SendTransaction(ctx, transfer(t, a, 3, 1))
	var rerr rpc.Error
	if !errors.As(err, &rerr) || rerr.ErrorCode() != -32005 {
		t.Errorf("sender's busy error reached the caller as %v", err)
	}

	err = client.Client().CallContext(ctx, nil, "eth_sendTransaction", map[string]any{"from": from})
	if err == nil || !strings.Contains(err.Error(), "eth_sendTransaction is not supported") {
		t.Errorf("eth_sendTransaction: %v", err)
	}
}

type rpcError struct {
	code int
	msg  string
}

func (e *rpcError) Error() string  { return e.msg }
func (e *rpcError) ErrorCode() int { return e.code }

func TestSendRawTransactionSync(t *testing.T) {
	var (
		a       = devKey(t, 0)
		c       clock
		toBuild = make(chan [][]byte, 4)
		sender  = &fakeSender{}
	)
	e := newEngine(t, sender)
	client := dial(t, e.HTTPURL())
	ctx := context.Background()

	// The sequencer side: a block is built for every forwarded transaction, from a goroutine
	// of the test's own, as derivation would.
	var wg sync.WaitGroup
	done := make(chan struct{})
	buildErrs := make(chan error, 8)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case txs := <-toBuild:
				if _, err := e.Build(derive.BlockSpec{Time: c.next(), Txs: txs}); err != nil {
					buildErrs <- err
				}
			case <-done:
				return
			}
		}
	}()
	t.Cleanup(func() { close(done); wg.Wait() })

	valid := transfer(t, a, 0, 1)
	sender.onSend = func(raw []byte) { toBuild <- [][]byte{raw} }
	var r map[string]any
	if err := client.Client().CallContext(ctx, &r, "eth_sendRawTransactionSync", hexutil.Bytes(raw(t, valid)), 5000); err != nil {
		t.Fatalf("sync send: %v", err)
	}
	if r["transactionHash"] != valid.Hash().Hex() || r["status"] != "0x1" || r["blockNumber"] != "0x1" {
		t.Errorf("sync send receipt %v", r)
	}

	// The ordering puts another transaction of the same nonce first: ours is skipped.
	first := transfer(t, a, 1, 2)
	sender.onSend = func(b []byte) { toBuild <- [][]byte{raw(t, first), b} }
	skipped := transfer(t, a, 1, 3)
	err := client.Client().CallContext(ctx, &r, "eth_sendRawTransactionSync", hexutil.Bytes(raw(t, skipped)), "0x1388")
	if err == nil || !strings.Contains(err.Error(), "skipped") || !strings.Contains(err.Error(), "nonce too low") {
		t.Errorf("sync send of a skipped transaction: %v", err)
	}

	// Nothing is built: the wait ends with geth's timeout error.
	sender.onSend = nil
	late := transfer(t, a, 2, 1)
	err = client.Client().CallContext(ctx, &r, "eth_sendRawTransactionSync", hexutil.Bytes(raw(t, late)), 50)
	var rerr rpc.Error
	var derr rpc.DataError
	if !errors.As(err, &rerr) || rerr.ErrorCode() != txSyncTimeoutCode || !errors.As(err, &derr) || derr.ErrorData() != late.Hash().Hex() {
		t.Errorf("sync send timing out: %v, want code %d with the hash as data", err, txSyncTimeoutCode)
	}
	select {
	case err := <-buildErrs:
		t.Fatalf("build: %v", err)
	default:
	}
}

func TestConfigCheck(t *testing.T) {
	good := func() Config {
		c := DefaultConfig()
		c.DataDir, c.Genesis, c.Logger = "/tmp/x", DevGenesis(1), testLogger(t)
		return c
	}
	base := good()
	if err := base.Check(); err != nil {
		t.Fatalf("good config: %v", err)
	}
	for _, tc := range []struct {
		field string
		edit  func(*Config)
	}{
		{"DataDir", func(c *Config) { c.DataDir = "" }},
		{"Genesis", func(c *Config) { c.Genesis = nil }},
		{"Genesis", func(c *Config) { c.Genesis = &Genesis{} }},
		{"HTTPAddr", func(c *Config) { c.HTTPAddr = "8545" }},
		{"WSAddr", func(c *Config) { c.WSAddr = ":8546" }},
		{"WSAddr", func(c *Config) { c.HTTPAddr, c.WSAddr = "127.0.0.1:0", "0.0.0.0:0" }},
		{"SyncTimeout", func(c *Config) { c.SyncTimeout = 0 }},
		{"Logger", func(c *Config) { c.Logger = nil }},
		{"ExtraAPIs", func(c *Config) { c.ExtraAPIs = append(c.ExtraAPIs, rpcAPI("")) }},
	} {
		c := good()
		tc.edit(&c)
		if err := c.Check(); err == nil || !strings.HasPrefix(err.Error(), tc.field) {
			t.Errorf("bad %s: %v", tc.field, err)
		}
	}
}

func rpcAPI(namespace string) rpc.API { return rpc.API{Namespace: namespace, Service: struct{}{}} }

func TestStartOnBusyPort(t *testing.T) {
	first := newEngine(t, nil)
	addr := strings.TrimPrefix(first.HTTPURL(), "http://")
	cfg := testConfig(t, t.TempDir(), DevGenesis(testChainID), nil)
	cfg.HTTPAddr, cfg.WSAddr = addr, ""
	e, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Start(); err == nil {
		t.Fatalf("start on the busy %s succeeded", addr)
	}
	if err := e.Close(); err != nil {
		t.Errorf("close after a failed start: %v", err)
	}
	if _, err := e.Build(derive.BlockSpec{Time: DevGenesisTime + 1}); !errors.Is(err, ErrClosed) {
		t.Errorf("build after a failed start: %v, want ErrClosed", err)
	}
}
