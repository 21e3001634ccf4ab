package rpc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	dto "github.com/prometheus/client_model/go"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/operator/app"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/store"
)

type fakeBackend struct {
	mu  sync.Mutex
	err error
	got [][]byte
	ops *operatorapi.Operators
}

func (f *fakeBackend) Submit(_ context.Context, raw []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return f.err
	}
	f.got = append(f.got, raw)
	return nil
}
func (f *fakeBackend) Status() operatorapi.NodeStatus { return operatorapi.NodeStatus{ChainID: "test"} }
func (f *fakeBackend) CheckpointInterval() uint64     { return 2 }
func (f *fakeBackend) Referenced(d common.Hash) ([]byte, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, raw := range f.got {
		if crypto.Keccak256Hash(raw) == d {
			return raw, true, nil
		}
	}
	return nil, false, nil
}
func (f *fakeBackend) Operators() (*operatorapi.Operators, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.ops, f.ops != nil
}

type fixture struct {
	backend *fakeBackend
	store   *store.Store
	app     *app.App
	srv     *Server
	client  *operatorapi.Client
}

func newFixture(t *testing.T, cfg Config) *fixture {
	t.Helper()
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{backend: &fakeBackend{}, store: st}
	heights := NewHeights(0)
	if cfg.Addr == "" {
		cfg = Config{Addr: "127.0.0.1:0", MaxRequestBytes: 1 << 16, WSOrigins: []string{"*"}}
	}
	if f.srv, err = New(cfg, f.backend, st, heights, slog.New(slog.DiscardHandler), nil); err != nil {
		t.Fatal(err)
	}
	a, err := app.New(app.Config{}, st, app.RollupSet{901: true, 902: true}, nil, nil, func(c app.Committed) { f.srv.Committed(c.Block.Height, c.Hashes) })
	if err != nil {
		t.Fatal(err)
	}
	gs, _ := json.Marshal(app.GenesisState{CheckpointInterval: 2})
	if _, err := a.InitChain(context.Background(), &abci.RequestInitChain{AppStateBytes: gs}); err != nil {
		t.Fatal(err)
	}
	f.app = a
	if err := f.srv.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if f.client, err = operatorapi.Dial(context.Background(), "ws://"+f.srv.Addr()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		f.client.Close()
		f.srv.Stop(context.Background())
		a.Close()
		st.Close()
	})
	return f
}

func (f *fixture) commit(t *testing.T, h int64, txs ...[]byte) {
	t.Helper()
	if _, err := f.app.FinalizeBlock(context.Background(), &abci.RequestFinalizeBlock{Height: h, Txs: txs, Time: time.Unix(h, 0)}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.app.Commit(context.Background(), &abci.RequestCommit{}); err != nil {
		t.Fatal(err)
	}
	if err := f.app.Flush(); err != nil { // written and reported, as the tests expect next
		t.Fatal(err)
	}
}

func rpcCode(err error) int {
	c, _ := operatorapi.ErrorCode(err)
	return c
}

func TestSubmitErrors(t *testing.T) {
	f := newFixture(t, Config{})
	ctx := context.Background()
	if h, err := f.client.Submit(ctx, 901, []byte("hi")); err != nil || h != commitment.TxHash([]byte("hi")) {
		t.Fatalf("submit: %s %v", h, err)
	}
	if d, _ := envelope.Decode(f.backend.got[0]); d.Parts[0].RollupID != 901 || string(d.Parts[0].Payload) != "hi" {
		t.Fatalf("backend got %x", f.backend.got[0])
	}

	f.backend.err = ErrBusy
	_, err := f.client.Submit(ctx, 901, []byte("hi"))
	var de gethrpc.DataError
	if !operatorapi.IsBusy(err) || !errors.As(err, &de) || !strings.Contains(err.Error(), "retry later") {
		t.Fatalf("busy: %v", err)
	}
	f.backend.err = &RefusedError{Code: app.CodeUnknownRollup, Reason: "rollup 5 is not registered"}
	_, err = f.client.Submit(ctx, 5, []byte("hi"))
	if rpcCode(err) != operatorapi.CodeRefused || err.Error() != "transaction refused: rollup 5 is not registered" {
		t.Fatalf("refused: %v", err)
	}
	f.backend.err = nil
	_, err = f.client.Submit(ctx, 901, []byte{})
	if rpcCode(err) != operatorapi.CodeInvalidParams || !strings.Contains(err.Error(), "empty payload") {
		t.Fatalf("empty payload: %v", err)
	}
	_, err = f.client.SubmitBundle(ctx, []operatorapi.Part{})
	if rpcCode(err) != operatorapi.CodeInvalidParams || !strings.Contains(err.Error(), "bundle has no parts") {
		t.Fatalf("empty bundle: %v", err)
	}
	_, err = f.client.SubmitBatch(ctx, 901, nil)
	if rpcCode(err) != operatorapi.CodeInvalidParams || !strings.Contains(err.Error(), "batch has no transactions") {
		t.Fatalf("empty batch: %v", err)
	}
	_, err = f.client.SubmitBatch(ctx, 901, [][]byte{[]byte("a"), {}})
	if rpcCode(err) != operatorapi.CodeInvalidParams || !strings.Contains(err.Error(), "batch transaction 1") {
		t.Fatalf("batch with an empty payload: %v", err)
	}
	before := len(f.backend.got)
	hs, err := f.client.SubmitBatch(ctx, 901, [][]byte{[]byte("b1"), []byte("b2")})
	if err != nil || len(hs) != 2 || hs[1] != commitment.TxHash([]byte("b2")) || len(f.backend.got) != before+1 {
		t.Fatalf("batch: %v %v, %d submissions", hs, err, len(f.backend.got)-before)
	}
	if d, _ := envelope.Decode(f.backend.got[before]); !d.Batch || len(d.Parts) != 2 || string(d.Parts[1].Payload) != "b2" {
		t.Fatalf("the batch's one consensus transaction: %+v", d)
	}
}

func TestSendRawTransaction(t *testing.T) {
	f := newFixture(t, Config{})
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	tx, _ := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(902)), &types.DynamicFeeTx{ChainID: big.NewInt(902), Gas: 21000, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1)})
	raw, _ := tx.MarshalBinary()
	if h, err := f.client.SendRawTransaction(ctx, raw); err != nil || h != tx.Hash() || h != commitment.TxHash(raw) {
		t.Fatalf("send: %s %v", h, err)
	}
	d, _ := envelope.Decode(f.backend.got[0])
	if d.Parts[0].RollupID != 902 || !bytes.Equal(d.Parts[0].Payload, raw) {
		t.Fatalf("envelope %+v", d)
	}
	unsigned, _ := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(902), Gas: 21000, V: big.NewInt(0), R: big.NewInt(0), S: big.NewInt(0)}).MarshalBinary()
	if _, err := f.client.SendRawTransaction(ctx, unsigned); rpcCode(err) != operatorapi.CodeInvalidParams || !strings.Contains(err.Error(), "invalid transaction signature") {
		t.Fatalf("badly signed tx: %v", err)
	}
	legacy, _ := types.SignTx(types.NewTransaction(0, common.Address{}, big.NewInt(0), 21000, big.NewInt(1), nil), types.HomesteadSigner{}, key)
	raw, _ = legacy.MarshalBinary()
	if _, err := f.client.SendRawTransaction(ctx, raw); rpcCode(err) != operatorapi.CodeInvalidParams || !strings.Contains(err.Error(), "no chain ID") {
		t.Fatalf("unprotected legacy tx: %v", err)
	}
}

func TestBatchCheckpointAndSubscription(t *testing.T) {
	f := newFixture(t, Config{})
	ctx := context.Background()
	batches := make(chan *operatorapi.Batch, 4)
	sub, err := f.client.SubscribeBatches(ctx, 901, batches)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	f.commit(t, 1, env(901, "a"), env(902, "b"), env(901, "c"))
	f.commit(t, 2)

	b, err := f.client.GetBatch(ctx, 901, 1)
	if err != nil {
		t.Fatal(err)
	}
	cp, err := f.client.GetCheckpoint(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if b.Checkpoint != 1 || len(b.Txs) != 2 || b.Proof.VerifyCheckpoint(cp.Checkpoint) != nil || len(cp.Heights) != 2 {
		t.Fatalf("batch %+v, checkpoint %+v", b, cp)
	}
	for _, hp := range cp.Heights {
		if err := commitment.Verify(cp.Checkpoint.Root, commitment.HeightLeaf(hp.Height, hp.BlockRoot), hp.Height-1, 2, hp.Proof); err != nil {
			t.Fatalf("height %d: %v", hp.Height, err)
		}
	}
	blk, err := f.client.GetBlock(ctx, 1)
	if err != nil || blk.Height != 1 || blk.TxCount != 3 || len(blk.Batches) != 2 || blk.Batches[0] != b.Proof.Batch || blk.BlockRoot != b.Proof.BlockRoot || !blk.Time.Equal(time.Unix(1, 0)) {
		t.Fatalf("block 1: %+v %v", blk, err)
	}
	if tx, err := f.client.GetTx(ctx, commitment.TxHash([]byte("c"))); err != nil || tx.Index != 1 || tx.Proof.Verify(tx.Batch) != nil {
		t.Fatalf("tx: %+v %v", tx, err)
	}
	// Absence: 900 (below every rollup), 901.5 does not exist, 903 (above), and an empty block.
	f.commit(t, 3, env(901, "d"), env(902, "e"))
	for _, tc := range []struct{ rollup, height uint64 }{{900, 1}, {903, 1}, {900, 3}, {903, 3}, {901, 2}} {
		ap, err := f.client.GetAbsence(ctx, tc.rollup, tc.height)
		if err != nil {
			t.Fatalf("absence of %d at %d: %v", tc.rollup, tc.height, err)
		}
		if err := ap.Verify(); err != nil {
			t.Fatalf("absence of %d at %d: %v", tc.rollup, tc.height, err)
		}
		forged := *ap
		forged.RollupID = 901
		if tc.height != 2 && forged.Verify() == nil {
			t.Fatalf("absence of 901 at %d verified", tc.height)
		}
	}
	if hs, err := f.client.GetBatchHeights(ctx, 902, 1, 10); err != nil || len(hs) != 2 || hs[0] != 1 || hs[1] != 3 {
		t.Fatalf("batch heights of 902: %v %v", hs, err)
	}
	if hs, err := f.client.GetBatchHeights(ctx, 902, 2, 1); err != nil || len(hs) != 1 || hs[0] != 3 {
		t.Fatalf("batch heights of 902 from 2: %v %v", hs, err)
	}
	if _, err := f.client.GetAbsence(ctx, 902, 1); rpcCode(err) != operatorapi.CodeInvalidParams {
		t.Fatalf("absence of a present rollup: %v", err)
	}
	for _, tc := range []struct {
		name string
		call func() error
		msg  string
	}{
		{"batch of 902 at 2", func() error { _, err := f.client.GetBatch(ctx, 902, 2); return err }, "rollup 902 has no batch at height 2"},
		{"batch of 901 at 9", func() error { _, err := f.client.GetBatch(ctx, 901, 9); return err }, "height 9 is not committed (head is 3)"},
		{"checkpoint 2", func() error { _, err := f.client.GetCheckpoint(ctx, 2); return err }, "checkpoint 2 is not cut yet"},
		{"unknown tx", func() error { _, err := f.client.GetTx(ctx, common.Hash{1}); return err }, "is not sequenced"},
	} {
		err := tc.call()
		if !operatorapi.IsNotFound(err) || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.msg)
		}
	}
	select {
	case got := <-batches:
		if got.Height != 1 || got.Proof.Batch != b.Proof.Batch {
			t.Fatalf("subscription sent %+v", got)
		}
	case err := <-sub.Err():
		t.Fatal(err)
	case <-time.After(5 * time.Second):
		t.Fatal("no batch from the subscription")
	}
}

func TestLimits(t *testing.T) {
	f := newFixture(t, Config{Addr: "127.0.0.1:0", MaxRequestBytes: 1024, RatePerSecond: 0.001, Burst: 3})
	url := "http://" + f.srv.Addr()
	post := func(body string) int {
		res, err := http.Post(url, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	ok := `{"jsonrpc":"2.0","id":1,"method":"` + operatorapi.MethodStatus + `","params":[]}`
	big := `{"jsonrpc":"2.0","id":1,"method":"` + operatorapi.MethodSubmit + `","params":["0x385","0x` + strings.Repeat("00", 1024) + `"]}`
	// The websocket dial in newFixture used one token.
	if c := post(ok); c != http.StatusOK {
		t.Fatalf("first request: %d", c)
	}
	if c := post(big); c != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversize request: %d", c)
	}
	if c := post(ok); c != http.StatusTooManyRequests {
		t.Fatalf("over the rate: %d", c)
	}
}

// Over WebSocket the HTTP handler sees only the upgrade, so each submission is charged to the
// client's bucket in the API: past the burst, a retryable busy error, and nothing reaches the
// mempool.
func TestWebSocketSubmissionsAreRateLimited(t *testing.T) {
	f := newFixture(t, Config{Addr: "127.0.0.1:0", MaxRequestBytes: 1 << 16, WSOrigins: []string{"*"}, RatePerSecond: 0.001, Burst: 4})
	ctx := context.Background()
	// The upgrade took one token; three submissions fit.
	for i := 0; i < 3; i++ {
		if _, err := f.client.Submit(ctx, 901, []byte{byte(i)}); err != nil {
			t.Fatalf("submission %d: %v", i, err)
		}
	}
	_, err := f.client.Submit(ctx, 901, []byte("over"))
	var de gethrpc.DataError
	if !operatorapi.IsBusy(err) || !errors.As(err, &de) || !strings.Contains(err.Error(), "rate limit") {
		t.Fatalf("submission over the rate: %v, want busy (%d) with a rate-limit message", err, operatorapi.CodeBusy)
	}
	if len(f.backend.got) != 3 {
		t.Fatalf("backend got %d submissions, want 3", len(f.backend.got))
	}
	// Reads are not charged: the limit protects the mempool, not queries.
	if _, err := f.client.Status(ctx); err != nil {
		t.Fatalf("status over WebSocket after the limit: %v", err)
	}
}

// Every method operatorapi names is served: a renamed Go method fails here, not in a client.
func TestEveryMethodIsServed(t *testing.T) {
	f := newFixture(t, Config{})
	for _, m := range operatorapi.Methods {
		err := f.client.RPC().CallContext(context.Background(), nil, m)
		if err != nil && strings.Contains(err.Error(), "does not exist") {
			t.Errorf("%s: %v", m, err)
		}
	}
	// Unknown methods answer "does not exist", so the check above can fail.
	if err := f.client.RPC().CallContext(context.Background(), nil, operatorapi.Namespace+"_nope"); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("unknown method: %v", err)
	}
	if err := f.client.RPC().CallContext(context.Background(), nil, operatorapi.MethodChainID); rpcCode(err) != operatorapi.CodeMethodNotFound || !strings.Contains(err.Error(), "no chain ID of its own") {
		t.Fatalf("%s: %v", operatorapi.MethodChainID, err)
	}
}

// lockstep_operators answers what the node last read from L1, and a retryable not-found before.
func TestOperators(t *testing.T) {
	f := newFixture(t, Config{})
	ctx := context.Background()
	if _, err := f.client.Operators(ctx); rpcCode(err) != operatorapi.CodeNotFound {
		t.Fatalf("before any L1 read: %v, want code %d", err, operatorapi.CodeNotFound)
	}
	want := &operatorapi.Operators{L1Block: 7, Operators: []operatorapi.OperatorInfo{{OperatorID: common.Hash{1}, Validator: true, VotingPower: 3, API: "http://10.0.0.1:8645", Socket: "s"}}}
	f.backend.mu.Lock()
	f.backend.ops = want
	f.backend.mu.Unlock()
	got, err := f.client.Operators(ctx)
	if err != nil || got.L1Block != 7 || len(got.Operators) != 1 || got.Operators[0] != want.Operators[0] {
		t.Fatalf("operators: %+v, %v", got, err)
	}
}

// lockstep_getReferenced answers a transaction ordered by reference by its digest, not found
// otherwise; the client checks the bytes against the digest.
func TestGetReferenced(t *testing.T) {
	f := newFixture(t, Config{})
	ctx := context.Background()
	raw := []byte{1, 2, 3}
	f.backend.mu.Lock()
	f.backend.got = append(f.backend.got, raw)
	f.backend.mu.Unlock()
	if got, err := f.client.GetReferenced(ctx, crypto.Keccak256Hash(raw)); err != nil || !bytes.Equal(got, raw) {
		t.Fatalf("held: %x %v", got, err)
	}
	if _, err := f.client.GetReferenced(ctx, common.Hash{9}); rpcCode(err) != operatorapi.CodeNotFound {
		t.Fatalf("not held: %v, want code %d", err, operatorapi.CodeNotFound)
	}
}

// Commit latency is kept per user transaction: transactions submitted one by one and sequenced
// in one consensus transaction the node gathered are each observed once, and forgotten.
func TestCommitLatencyOfGatheredTransactions(t *testing.T) {
	f := newFixture(t, Config{})
	ctx := context.Background()
	var payloads [][]byte
	for i := 0; i < 3; i++ {
		p := []byte{byte('a' + i)}
		if _, err := f.client.Submit(ctx, 901, p); err != nil {
			t.Fatal(err)
		}
		payloads = append(payloads, p)
	}
	gathered, err := envelope.EncodeBatch(901, payloads)
	if err != nil {
		t.Fatal(err)
	}
	f.commit(t, 1, gathered)
	var m dto.Metric
	if err := f.srv.api.metrics.CommitLatency.Write(&m); err != nil {
		t.Fatal(err)
	}
	if n := m.GetHistogram().GetSampleCount(); n != 3 {
		t.Fatalf("%d commit latencies observed, want 3", n)
	}
	f.srv.api.mu.Lock()
	left := len(f.srv.api.pending)
	f.srv.api.mu.Unlock()
	if left != 0 {
		t.Fatalf("%d transactions still tracked after their commit", left)
	}
}

// The sequenced subscription names each height's transactions of the rollup by hash, in batch
// order, skips heights without a batch of it, and agrees with the batch and its header.
func TestSequencedSubscription(t *testing.T) {
	f := newFixture(t, Config{})
	ctx := context.Background()
	seq := make(chan *operatorapi.Sequenced, 4)
	sub, err := f.client.SubscribeSequenced(ctx, 901, seq)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	f.commit(t, 1, env(901, "a"), env(902, "b"), env(901, "c"))
	f.commit(t, 2, env(902, "x"))
	f.commit(t, 3, env(901, "d"))
	for _, want := range []struct {
		height uint64
		txs    []string
	}{{1, []string{"a", "c"}}, {3, []string{"d"}}} {
		select {
		case got := <-seq:
			b, err := f.client.GetBatch(ctx, 901, want.height)
			if err != nil {
				t.Fatal(err)
			}
			if got.RollupID != 901 || got.Height != want.height || got.Batch != b.Proof.Batch || len(got.TxHashes) != len(want.txs) {
				t.Fatalf("height %d: notified %+v, batch %+v", want.height, got, b.Proof.Batch)
			}
			for i, tx := range want.txs {
				if got.TxHashes[i] != commitment.TxHash([]byte(tx)) || got.TxHashes[i] != b.TxHashes[i] {
					t.Fatalf("height %d: hash %d is %s, want that of %q", want.height, i, got.TxHashes[i], tx)
				}
			}
		case err := <-sub.Err():
			t.Fatal(err)
		case <-time.After(5 * time.Second):
			t.Fatalf("no notification of height %d", want.height)
		}
	}
}

// env is a client transaction of rollup id with payload p.
func env(id uint64, p string) []byte {
	b, _ := envelope.EncodeEnvelope(envelope.Envelope{RollupID: id, Payload: []byte(p)})
	return b
}
