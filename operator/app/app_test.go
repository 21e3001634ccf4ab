package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/store"
)

var ctx = context.Background()

func env(t *testing.T, id uint64, payload string) []byte {
	t.Helper()
	b, err := envelope.EncodeEnvelope(envelope.Envelope{RollupID: id, Payload: []byte(payload)})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func bundle(t *testing.T, parts ...envelope.Envelope) []byte {
	t.Helper()
	b, err := envelope.EncodeBundle(parts)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func batch(t *testing.T, id uint64, payloads ...string) []byte {
	t.Helper()
	ps := make([][]byte, len(payloads))
	for i, p := range payloads {
		ps[i] = []byte(p)
	}
	b, err := envelope.EncodeBatch(id, ps)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func newApp(t *testing.T, dir string, k uint64) (*App, *store.Store, *[]Committed) {
	t.Helper()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var got []Committed
	a, err := New(Config{MaxTxBytes: 1000}, st, RollupSet{901: true, 902: true}, nil, nil, func(c Committed) { got = append(got, c) })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() }) // before the store closes
	if a.Meta().Height == 0 {
		gs, _ := json.Marshal(GenesisState{CheckpointInterval: k, L1ChainID: 31337, Rollups: []uint64{901, 902}})
		if _, err := a.InitChain(ctx, &abci.RequestInitChain{AppStateBytes: gs, InitialHeight: 1}); err != nil {
			t.Fatal(err)
		}
	}
	return a, st, &got
}

func TestCheckTxRefusals(t *testing.T) {
	a, _, _ := newApp(t, t.TempDir(), 4)
	tests := []struct {
		name string
		tx   []byte
		code uint32
		msg  string
	}{
		{"ok envelope", env(t, 901, "x"), CodeOK, ""},
		{"ok bundle", bundle(t, envelope.Envelope{RollupID: 901, Payload: []byte("a")}, envelope.Envelope{RollupID: 902, Payload: []byte("a")}), CodeOK, ""},
		{"empty transaction", nil, CodeEmpty, "empty transaction"},
		{"empty payload", append([]byte{envelope.KindEnvelope}, make([]byte, 8)...), CodeEmpty, "rollup 0: empty payload"},
		{"unknown kind", []byte{9, 9}, CodeMalformed, "unknown kind 0x09"},
		{"truncated header", []byte{envelope.KindEnvelope, 1}, CodeMalformed, "shorter than its header"},
		{"oversize for this node", env(t, 901, strings.Repeat("x", 1000)), CodeOversize, "transaction is 1009 bytes, at most 1000"},
		{"unregistered rollup", env(t, 7, "x"), CodeUnknownRollup, "rollup 7 is not registered"},
		{"bundle with unregistered part", bundle(t, envelope.Envelope{RollupID: 901, Payload: []byte("a")}, envelope.Envelope{RollupID: 8, Payload: []byte("a")}), CodeUnknownRollup, "bundle part 1: rollup 8 is not registered"},
		{"bundle with duplicate part", bundle(t, envelope.Envelope{RollupID: 901, Payload: []byte("a")}, envelope.Envelope{RollupID: 901, Payload: []byte("a")}), CodeDuplicatePart, "bundle part 1 repeats a transaction of rollup 901"},
		{"bundle with no parts", []byte{envelope.KindBundle, 0, 0}, CodeMalformed, "bundle has no parts"},
		{"bundle with too many parts", []byte{envelope.KindBundle, 0, 65}, CodeOversize, "bundle has 65 parts, at most 64"},
		{"bundle with trailing bytes", append(bundle(t, envelope.Envelope{RollupID: 901, Payload: []byte("a")}), 0), CodeMalformed, "1 trailing bytes after bundle"},
		{"ok batch", batch(t, 901, "a", "b"), CodeOK, ""},
		{"batch for an unregistered rollup", batch(t, 7, "a", "b"), CodeUnknownRollup, "rollup 7 is not registered"},
		{"batch with a duplicate", batch(t, 902, "a", "b", "a"), CodeDuplicatePart, "batch transaction 2 repeats a transaction of rollup 902"},
		{"bundle part truncated", bundle(t, envelope.Envelope{RollupID: 901, Payload: []byte("abc")})[:16], CodeMalformed, "bundle part 0: payload of 3 bytes, 1 left"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := a.CheckTx(ctx, &abci.RequestCheckTx{Tx: tc.tx, Type: abci.CheckTxType_New})
			if err != nil {
				t.Fatal(err)
			}
			if res.Code != tc.code || !strings.Contains(res.Log, tc.msg) {
				t.Fatalf("CheckTx = code %d %q, want code %d containing %q", res.Code, res.Log, tc.code, tc.msg)
			}
			if res.Code != CodeOK && res.Codespace != Codespace {
				t.Fatalf("codespace %q", res.Codespace)
			}
		})
	}
}

func TestPrepareProposalCapsAndFilters(t *testing.T) {
	a, _, _ := newApp(t, t.TempDir(), 4)
	a.cfg.MaxBlockTxBytes = 25
	txs := [][]byte{env(t, 901, "a"), env(t, 7, "unregistered"), {0xff}, env(t, 902, "b"), env(t, 901, "c")}
	res, err := a.PrepareProposal(ctx, &abci.RequestPrepareProposal{Txs: txs, MaxTxBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	// Each envelope is 10 bytes: two fit under 25, in FIFO order.
	if len(res.Txs) != 2 || !bytes.Equal(res.Txs[0], txs[0]) || !bytes.Equal(res.Txs[1], txs[3]) {
		t.Fatalf("prepared %d txs: %x", len(res.Txs), res.Txs)
	}
}

func TestProcessProposal(t *testing.T) {
	a, _, _ := newApp(t, t.TempDir(), 4)
	ok, _ := a.ProcessProposal(ctx, &abci.RequestProcessProposal{Height: 1, Txs: [][]byte{env(t, 901, "a"), env(t, 7, "registration is not checked here")}})
	if ok.Status != abci.ResponseProcessProposal_ACCEPT {
		t.Fatalf("valid proposal: %v", ok.Status)
	}
	bad, _ := a.ProcessProposal(ctx, &abci.RequestProcessProposal{Height: 1, Txs: [][]byte{env(t, 901, "a"), {0x01}}})
	if bad.Status != abci.ResponseProcessProposal_REJECT {
		t.Fatalf("malformed proposal: %v", bad.Status)
	}
}

func finalize(t *testing.T, a *App, h int64, txs ...[]byte) *abci.ResponseFinalizeBlock {
	t.Helper()
	res, err := a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Height: h, Txs: txs, Time: time.Unix(h, 0)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Commit(ctx, &abci.RequestCommit{}); err != nil {
		t.Fatal(err)
	}
	if err := a.Flush(); err != nil { // the tests read the store next
		t.Fatal(err)
	}
	return res
}

func TestFinalizeBuildsBatchesAndCheckpoints(t *testing.T) {
	dir := t.TempDir()
	a, st, got := newApp(t, dir, 2)
	b := bundle(t, envelope.Envelope{RollupID: 902, Payload: []byte("p1")}, envelope.Envelope{RollupID: 901, Payload: []byte("p2")})
	r1 := finalize(t, a, 1, env(t, 902, "x"), env(t, 901, "y"), b, env(t, 901, "z"))
	finalizeBatchAt := batch(t, 901, "q1", "q2") // height 3 below: a batch's transactions are the rollup's, in order
	r2 := finalize(t, a, 2)

	blk, err := st.Block(1)
	if err != nil {
		t.Fatal(err)
	}
	want901 := commitment.BatchRoot([]common.Hash{commitment.TxHash([]byte("y")), commitment.TxHash([]byte("p2")), commitment.TxHash([]byte("z"))})
	want902 := commitment.BatchRoot([]common.Hash{commitment.TxHash([]byte("x")), commitment.TxHash([]byte("p1"))})
	wantHeaders := []commitment.BatchHeader{{RollupID: 901, Root: want901, TxCount: 3}, {RollupID: 902, Root: want902, TxCount: 2}}
	wantRoot, _ := commitment.BlockRoot(commitment.BlockMeta{TimeMs: 1000}, wantHeaders)
	if blk.BlockRoot != wantRoot || len(blk.Batches) != 2 || blk.Batches[0] != wantHeaders[0] || blk.Batches[1] != wantHeaders[1] || blk.TxCount != 5 {
		t.Fatalf("block 1: %+v", blk)
	}
	if h1 := AppHash(common.Hash{}, 1, wantRoot); !bytes.Equal(r1.AppHash, h1[:]) {
		t.Fatalf("app hash 1 %x, want %x", r1.AppHash, h1)
	}
	emptyRoot, _ := commitment.BlockRoot(commitment.BlockMeta{TimeMs: 2000}, nil)
	if !bytes.Equal(r2.AppHash, r1.AppHash) {
		t.Fatalf("empty height 2 changed the app hash: %x, want %x", r2.AppHash, r1.AppHash)
	}
	txs, err := st.Batch(901, 1)
	if err != nil || len(txs) != 3 || string(txs[1]) != "p2" {
		t.Fatalf("batch 901: %q %v", txs, err)
	}
	loc, err := st.Tx(commitment.TxHash([]byte("p1")))
	if err != nil || loc != (store.TxLocation{Height: 1, RollupID: 902, Index: 1}) {
		t.Fatalf("tx index: %+v %v", loc, err)
	}
	cp, err := st.Checkpoint(1)
	wantCP := commitment.Checkpoint{Number: 1, StartHeight: 1, EndHeight: 2, Root: commitment.CheckpointTree(1, []common.Hash{wantRoot, emptyRoot}).Root()}
	if err != nil || cp != wantCP {
		t.Fatalf("checkpoint 1: %+v %v", cp, err)
	}
	if len(*got) != 2 || (*got)[1].Checkpoint == nil || *(*got)[1].Checkpoint != wantCP {
		t.Fatalf("commit notifications: %+v", *got)
	}

	// A restarted application resumes at height 2 and refuses to process it again.
	st.Close()
	a2, _, _ := newApp(t, dir, 2)
	info, _ := a2.Info(ctx, &abci.RequestInfo{})
	if info.LastBlockHeight != 2 || !bytes.Equal(info.LastBlockAppHash, r2.AppHash) {
		t.Fatalf("info after restart: %+v", info)
	}
	if _, err := a2.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Height: 2}); err == nil {
		t.Fatal("finalized height 2 twice")
	}
	finalize(t, a2, 3, env(t, 901, "after restart"), finalizeBatchAt)
	if m := a2.Meta(); m.Height != 3 || m.LastCheckpoint != 1 {
		t.Fatalf("meta after height 3: %+v", m)
	}
	st2, _ := a2.store.Batch(901, 3)
	if len(st2) != 3 || string(st2[0]) != "after restart" || string(st2[1]) != "q1" || string(st2[2]) != "q2" {
		t.Fatalf("batch 901 at 3: %q", st2)
	}
	if loc, err := a2.store.Tx(commitment.TxHash([]byte("q2"))); err != nil || loc != (store.TxLocation{Height: 3, RollupID: 901, Index: 2}) {
		t.Fatalf("a batched transaction's location: %+v %v", loc, err)
	}
}

// A crash between FinalizeBlock and Commit leaves nothing behind: CometBFT replays the block.
func TestFinalizeWithoutCommitIsNotPersisted(t *testing.T) {
	dir := t.TempDir()
	a, st, _ := newApp(t, dir, 10)
	if _, err := a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Height: 1, Txs: [][]byte{env(t, 901, "x")}}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	a2, _, _ := newApp(t, dir, 10)
	if info, _ := a2.Info(ctx, &abci.RequestInfo{}); info.LastBlockHeight != 0 {
		t.Fatalf("uncommitted height persisted: %+v", info)
	}
	finalize(t, a2, 1, env(t, 901, "x"))
}

// Gathered batches may carry a transaction already sequenced (a client's retry gathered again),
// or one that another batch of the same block carries too. Neither costs the other transactions
// of its batch: CheckTx admits the batch, every transaction is sequenced at its position, the
// index reports the first sequencing, and Committed hands the API every hash.
func TestBatchWithAlreadySequencedTransaction(t *testing.T) {
	a, st, got := newApp(t, t.TempDir(), 100)
	finalize(t, a, 1, env(t, 901, "dup"))
	again := batch(t, 901, "a", "dup", "b")
	res, err := a.CheckTx(ctx, &abci.RequestCheckTx{Tx: again, Type: abci.CheckTxType_New})
	if err != nil || res.Code != CodeOK {
		t.Fatalf("CheckTx of a batch holding a sequenced transaction: %+v %v", res, err)
	}
	pp, err := a.PrepareProposal(ctx, &abci.RequestPrepareProposal{Txs: [][]byte{again, batch(t, 901, "c", "a")}, MaxTxBytes: 1 << 20})
	if err != nil || len(pp.Txs) != 2 {
		t.Fatalf("PrepareProposal kept %d of 2: %v", len(pp.Txs), err)
	}
	r := finalize(t, a, 2, pp.Txs...)
	for i, x := range r.TxResults {
		if x.Code != CodeOK {
			t.Fatalf("tx %d: code %d %s", i, x.Code, x.Log)
		}
	}
	txs, err := st.Batch(901, 2)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a", "dup", "b", "c", "a"}
	if len(txs) != len(want) {
		t.Fatalf("batch at 2: %q, want %q", txs, want)
	}
	for i := range want {
		if string(txs[i]) != want[i] {
			t.Fatalf("batch at 2: %q, want %q", txs, want)
		}
	}
	for _, c := range []struct {
		payload string
		loc     store.TxLocation
	}{
		{"dup", store.TxLocation{Height: 1, RollupID: 901, Index: 0}},
		{"a", store.TxLocation{Height: 2, RollupID: 901, Index: 0}},
		{"b", store.TxLocation{Height: 2, RollupID: 901, Index: 2}},
		{"c", store.TxLocation{Height: 2, RollupID: 901, Index: 3}},
	} {
		if loc, err := st.Tx(commitment.TxHash([]byte(c.payload))); err != nil || loc != c.loc {
			t.Fatalf("%s at %+v (%v), want %+v", c.payload, loc, err, c.loc)
		}
	}
	if hs := (*got)[1].Hashes[901]; len(hs) != 5 || hs[2] != commitment.TxHash([]byte("b")) {
		t.Fatalf("committed hashes %v", hs)
	}
}

// Commit hands heights to the writer without waiting for the store: heights committed back to
// back, checkpoints among them, are all written in order, each reported once written, and the
// checkpoints are the same as if every height had been written before the next.
func TestCommitDoesNotWaitForTheStore(t *testing.T) {
	const k, heights = 10, 25
	a, st, got := newApp(t, t.TempDir(), k)
	for h := int64(1); h <= heights; h++ {
		if _, err := a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Height: h, Txs: [][]byte{env(t, 901, fmt.Sprintf("tx %d", h))}, Time: time.Unix(h, 0)}); err != nil {
			t.Fatal(err)
		}
		if _, err := a.Commit(ctx, &abci.RequestCommit{}); err != nil {
			t.Fatal(err)
		}
		// Consensus builds on the committed height whether or not the store has it yet.
		if info, _ := a.Info(ctx, &abci.RequestInfo{}); info.LastBlockHeight != h {
			t.Fatalf("info after commit of height %d: height %d", h, info.LastBlockHeight)
		}
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if m := a.Meta(); m.Height != heights || m.LastCheckpoint != heights/k {
		t.Fatalf("written progress %+v", m)
	}
	if len(*got) != heights {
		t.Fatalf("%d heights reported, want %d", len(*got), heights)
	}
	for i, c := range *got {
		if c.Block.Height != uint64(i+1) {
			t.Fatalf("report %d is height %d", i, c.Block.Height)
		}
		if _, err := st.Block(c.Block.Height); err != nil {
			t.Fatalf("height %d reported: %v", c.Block.Height, err)
		}
	}
	for n := uint64(1); n <= heights/k; n++ {
		roots, err := st.BlockRoots((n-1)*k+1, n*k)
		if err != nil {
			t.Fatal(err)
		}
		cp, err := st.Checkpoint(n)
		if err != nil || cp.Root != commitment.CheckpointTree((n-1)*k+1, roots).Root() {
			t.Fatalf("checkpoint %d: %+v %v", n, cp, err)
		}
	}
}

// A height the store cannot write stops the node (OnFatal) and every later Commit fails:
// nothing is written past the gap.
func TestWriteFailureIsFatal(t *testing.T) {
	a, st, _ := newApp(t, t.TempDir(), 4)
	fatal := make(chan error, 1)
	a.OnFatal(func(err error) { fatal <- err })
	st.Close()
	finalize := func(h int64) error {
		if _, err := a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Height: h, Txs: [][]byte{env(t, 901, "x")}, Time: time.Unix(h, 0)}); err != nil {
			return err
		}
		_, err := a.Commit(ctx, &abci.RequestCommit{})
		return err
	}
	if err := finalize(1); err != nil {
		t.Fatalf("commit of height 1 waited for the store: %v", err)
	}
	select {
	case err := <-fatal:
		if !strings.Contains(err.Error(), "write height 1") {
			t.Fatalf("fatal: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no fatal error after the store failed")
	}
	if err := finalize(2); err == nil {
		t.Fatal("height 2 committed after height 1 could not be written")
	}
	if err := a.Flush(); err == nil {
		t.Fatal("Flush reported success after a failed write")
	}
}

// The node gives each ABCI connection its own lock: CheckTx (mempool connection) and Info
// (query) run while consensus finalizes and commits heights. Run with -race.
func TestCheckTxDuringConsensus(t *testing.T) {
	a, _, _ := newApp(t, t.TempDir(), 3)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-done:
					return
				default:
				}
				res, err := a.CheckTx(ctx, &abci.RequestCheckTx{Tx: env(t, 901, fmt.Sprintf("w%d-%d", w, i))})
				if err != nil || res.Code != CodeOK {
					t.Errorf("CheckTx: %+v %v", res, err)
					return
				}
				if _, err := a.Info(ctx, &abci.RequestInfo{}); err != nil {
					t.Errorf("Info: %v", err)
					return
				}
			}
		}()
	}
	for h := int64(1); h <= 30; h++ {
		finalize(t, a, h, env(t, 901, fmt.Sprintf("h%d", h)))
	}
	close(done)
	wg.Wait()
	if m := a.Meta(); m.Height != 30 || m.LastCheckpoint != 10 {
		t.Fatalf("meta %+v", m)
	}
}

// After each block CometBFT rechecks what its mempool still holds: a recheck refuses only what
// can have become invalid, a transaction of a rollup no longer registered (single, batch or any
// part of a bundle), and proposals leave those out too.
func TestRecheckDropsDeregisteredRollups(t *testing.T) {
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	rollups := RollupSet{901: true, 902: true}
	a, err := New(Config{}, st, rollups, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	single, b := env(t, 902, "single"), batch(t, 902, "q1", "q2")
	bun := bundle(t, envelope.Envelope{RollupID: 901, Payload: []byte("p1")}, envelope.Envelope{RollupID: 902, Payload: []byte("p2")})
	kept := env(t, 901, "kept")
	txs := [][]byte{single, b, bun, kept}
	recheck := func(tx []byte) uint32 {
		res, err := a.CheckTx(ctx, &abci.RequestCheckTx{Tx: tx, Type: abci.CheckTxType_Recheck})
		if err != nil {
			t.Fatal(err)
		}
		return res.Code
	}
	for i, tx := range txs {
		if c := recheck(tx); c != CodeOK {
			t.Fatalf("recheck of tx %d while registered: code %d", i, c)
		}
	}
	delete(rollups, 902) // deregistered on L1
	for i, tx := range txs[:3] {
		if c := recheck(tx); c != CodeUnknownRollup {
			t.Fatalf("recheck of tx %d after deregistration: code %d", i, c)
		}
	}
	if c := recheck(kept); c != CodeOK {
		t.Fatalf("recheck of rollup 901's tx: code %d", c)
	}
	res, err := a.PrepareProposal(ctx, &abci.RequestPrepareProposal{Txs: txs, MaxTxBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Txs) != 1 || !bytes.Equal(res.Txs[0], kept) {
		t.Fatalf("proposal after deregistration: %x", res.Txs)
	}
}

// TestRepeatedPart: the first part repeating an earlier one of its rollup is found however far
// apart, payloads that differ only in length or last byte are not repeats, and one payload in
// two rollups is not a repeat.
func TestRepeatedPart(t *testing.T) {
	parts := make([]envelope.Envelope, 256)
	for i := range parts {
		parts[i] = envelope.Envelope{RollupID: 901, Payload: []byte(fmt.Sprintf("%0200d", i))}
	}
	if i, ok := repeatedPart(parts); ok {
		t.Fatalf("256 distinct payloads: part %d reported as a repeat", i)
	}
	withPrefix := append(slices.Clone(parts[:2]), envelope.Envelope{RollupID: 901, Payload: parts[1].Payload[:199]})
	if i, ok := repeatedPart(withPrefix); ok {
		t.Fatalf("a payload's prefix: part %d reported as a repeat", i)
	}
	otherRollup := append(slices.Clone(parts), envelope.Envelope{RollupID: 902, Payload: parts[7].Payload})
	if i, ok := repeatedPart(otherRollup); ok {
		t.Fatalf("the same payload for another rollup: part %d reported as a repeat", i)
	}
	repeated := append(slices.Clone(parts), envelope.Envelope{RollupID: 901, Payload: []byte("late")}, envelope.Envelope{RollupID: 901, Payload: bytes.Clone(parts[3].Payload)})
	if i, ok := repeatedPart(repeated); !ok || i != 257 {
		t.Fatalf("part 257 repeats part 3: got %d, %t", i, ok)
	}
}
