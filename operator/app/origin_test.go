package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/internal/syncbuf"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/store"
)

// fakeL1 is an L1 with a head, canonical hashes and an inbox queue.
type fakeL1 struct {
	head   uint64 // the head the node last polled
	l1Head uint64 // the L1 node's head now, if ahead of that
	lag    uint64
	noHead bool
	queue  []envelope.Forced // QueuedAt is the entry's L1 block
}

func l1Hash(n uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(n + 0xabc)) }

func (f *fakeL1) Origin() (commitment.L1Ref, bool) {
	n := f.head - f.lag
	return commitment.L1Ref{Number: n, Hash: l1Hash(n)}, !f.noHead
}

func (f *fakeL1) Head() (uint64, bool) { return f.head, !f.noHead }

func (f *fakeL1) BlockHash(_ context.Context, n uint64) (common.Hash, error) {
	if n > max(f.head, f.l1Head) {
		return common.Hash{}, fmt.Errorf("block %d not found", n)
	}
	return l1Hash(n), nil
}

func (f *fakeL1) Forced(_ context.Context, at commitment.L1Ref, from uint64, max int) ([]envelope.Forced, error) {
	if at.Hash != l1Hash(at.Number) && at.Hash != (common.Hash{}) {
		return nil, fmt.Errorf("block %s not found", at.Hash)
	}
	var out []envelope.Forced
	for i := from; i < uint64(len(f.queue)) && len(out) < max; i++ {
		if f.queue[i].QueuedAt > at.Number {
			break
		}
		out = append(out, f.queue[i])
	}
	return out, nil
}

// originApp is an application following fakeL1 from genesis reference block 12, with its log.
func originApp(t *testing.T, l1 *fakeL1, maxPerBlock uint64) (*App, *store.Store, *syncbuf.Buffer) {
	t.Helper()
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	logs := new(syncbuf.Buffer)
	a, err := New(Config{}, st, RollupSet{901: true, 902: true}, slog.New(slog.NewTextHandler(logs, nil)), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() }) // before the store closes
	gs, _ := json.Marshal(GenesisState{CheckpointInterval: 2, L1ChainID: 31337, ReferenceBlock: 12, Rollups: []uint64{901, 902}, MaxForcedPerBlock: maxPerBlock})
	if _, err := a.InitChain(ctx, &abci.RequestInitChain{AppStateBytes: gs, InitialHeight: 1}); err != nil {
		t.Fatal(err)
	}
	a.FollowL1(l1)
	return a, st, logs
}

func origin(t *testing.T, n uint64, hash common.Hash, forced ...envelope.Forced) []byte {
	t.Helper()
	b, err := envelope.EncodeOrigin(envelope.Origin{L1: commitment.L1Ref{Number: n, Hash: hash}, Forced: forced})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func forced(rollup, queuedAt uint64, payload string) envelope.Forced {
	return envelope.Forced{RollupID: rollup, QueuedAt: queuedAt, Payload: []byte(payload)}
}

// TestProcessProposalOriginRules: every origin and forced-entry rule, each with its reason.
func TestProcessProposalOriginRules(t *testing.T) {
	queue := []envelope.Forced{forced(901, 11, "f0"), forced(902, 13, "f1"), forced(901, 14, "f2")}
	tests := []struct {
		name   string
		l1     fakeL1
		parent []byte // a committed height 1 before the proposal, if set
		txs    [][]byte
		reason string // "" accepts
	}{
		{name: "origin at head with its forced entries", l1: fakeL1{head: 13, queue: queue},
			txs: [][]byte{origin(t, 13, l1Hash(13), queue[0], queue[1]), env(t, 901, "a")}},
		{name: "no origin transaction, nothing queued", l1: fakeL1{head: 13}, txs: [][]byte{env(t, 901, "a")}},
		{name: "origin too old", l1: fakeL1{head: 12 + DefaultMaxOriginAge + 1},
			txs: [][]byte{origin(t, 12, l1Hash(12))}, reason: reasonOriginTooOld},
		{name: "kept origin too old", l1: fakeL1{head: 12 + DefaultMaxOriginAge + 1},
			txs: [][]byte{env(t, 901, "a")}, reason: reasonOriginTooOld},
		{name: "kept origin past the head after an L1 reorg", l1: fakeL1{head: 13}, parent: origin(t, 14, l1Hash(14)),
			txs: [][]byte{env(t, 901, "a")}},
		{name: "origin past the polled head, on this node's L1", l1: fakeL1{head: 13, l1Head: 14},
			txs: [][]byte{origin(t, 14, l1Hash(14))}},
		{name: "origin in the future", l1: fakeL1{head: 13},
			txs: [][]byte{origin(t, 14, l1Hash(14))}, reason: reasonOriginFuture},
		{name: "origin going backwards", l1: fakeL1{head: 15}, parent: origin(t, 14, l1Hash(14)),
			txs: [][]byte{origin(t, 13, l1Hash(13))}, reason: reasonOriginBackwards},
		{name: "origin with another hash", l1: fakeL1{head: 15},
			txs: [][]byte{origin(t, 14, common.Hash{0xee})}, reason: reasonOriginUnknown},
		{name: "origin not first", l1: fakeL1{head: 13},
			txs: [][]byte{env(t, 901, "a"), origin(t, 13, l1Hash(13))}, reason: reasonOriginNotFirst},
		{name: "no L1 head", l1: fakeL1{head: 13, noHead: true},
			txs: [][]byte{origin(t, 13, l1Hash(13))}, reason: reasonNoL1},
		{name: "forced entry skipped", l1: fakeL1{head: 13, queue: queue},
			txs: [][]byte{origin(t, 13, l1Hash(13), queue[0])}, reason: reasonForcedSkipped},
		{name: "forced entries skipped by keeping the origin", l1: fakeL1{head: 13, queue: queue},
			txs: [][]byte{env(t, 901, "a")}, reason: reasonForcedSkipped},
		{name: "forced entry altered", l1: fakeL1{head: 13, queue: queue},
			txs: [][]byte{origin(t, 13, l1Hash(13), queue[0], forced(902, 13, "F1"))}, reason: reasonForcedAltered},
		{name: "forced entry for another rollup", l1: fakeL1{head: 13, queue: queue},
			txs: [][]byte{origin(t, 13, l1Hash(13), queue[0], forced(901, 13, "f1"))}, reason: reasonForcedAltered},
		{name: "forced entries reordered", l1: fakeL1{head: 13, queue: queue},
			txs: [][]byte{origin(t, 13, l1Hash(13), queue[1], queue[0])}, reason: reasonForcedAltered},
		{name: "forced entry queued after the origin", l1: fakeL1{head: 14, queue: queue},
			txs: [][]byte{origin(t, 13, l1Hash(13), queue[0], queue[1], queue[2])}, reason: reasonForcedExtra},
		{name: "forced entry never queued", l1: fakeL1{head: 13},
			txs: [][]byte{origin(t, 13, l1Hash(13), forced(901, 12, "made up"))}, reason: reasonForcedExtra},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l1 := tc.l1
			a, _, logs := originApp(t, &l1, 0)
			height := int64(1)
			if tc.parent != nil {
				finalize(t, a, 1, tc.parent)
				height = 2
			}
			res, err := a.ProcessProposal(ctx, &abci.RequestProcessProposal{Height: height, Txs: tc.txs})
			if err != nil {
				t.Fatal(err)
			}
			if tc.reason == "" {
				if res.Status != abci.ResponseProcessProposal_ACCEPT {
					t.Fatalf("rejected: %s", logs.String())
				}
				return
			}
			if res.Status != abci.ResponseProcessProposal_REJECT {
				t.Fatalf("accepted, want rejected for %q", tc.reason)
			}
			if !strings.Contains(logs.String(), "reason=\""+tc.reason) {
				t.Fatalf("log %q does not give reason %q", logs.String(), tc.reason)
			}
		})
	}
}

// A proposer's block carries its L1 origin and the queue's next entries, first, bounded per
// block; the committed block puts them first in their rollups' batches and advances the cursor
// and accumulator, which the checkpoint carries.
func TestForcedEntriesProposedAndCommitted(t *testing.T) {
	l1 := &fakeL1{head: 14, lag: 1, queue: []envelope.Forced{forced(902, 11, "f0"), forced(901, 12, "f1"), forced(901, 13, "f2"), forced(901, 14, "f3")}}
	a, st, logs := originApp(t, l1, 2)
	var acc common.Hash
	for _, f := range l1.queue[:3] {
		acc = commitment.ForcedAcc(acc, f.RollupID, f.Hash(), f.QueuedAt)
	}

	mempool := [][]byte{env(t, 901, "m0"), env(t, 902, "m1")}
	prep, err := a.PrepareProposal(ctx, &abci.RequestPrepareProposal{Height: 1, Txs: mempool, MaxTxBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	want1 := origin(t, 13, l1Hash(13), l1.queue[0], l1.queue[1]) // at most 2 per block; f3 is after the origin
	if len(prep.Txs) != 3 || !bytes.Equal(prep.Txs[0], want1) || !bytes.Equal(prep.Txs[1], mempool[0]) {
		t.Fatalf("proposal 1: %x", prep.Txs)
	}
	if res, _ := a.ProcessProposal(ctx, &abci.RequestProcessProposal{Height: 1, Txs: prep.Txs}); res.Status != abci.ResponseProcessProposal_ACCEPT {
		t.Fatalf("own proposal rejected: %s", logs.String())
	}
	finalize(t, a, 1, prep.Txs...)

	prep, err = a.PrepareProposal(ctx, &abci.RequestPrepareProposal{Height: 2, MaxTxBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if want2 := origin(t, 13, l1Hash(13), l1.queue[2]); len(prep.Txs) != 1 || !bytes.Equal(prep.Txs[0], want2) {
		t.Fatalf("proposal 2: %x", prep.Txs)
	}
	finalize(t, a, 2, prep.Txs...)

	// Nothing left at the origin: the next proposal keeps it and carries no origin transaction.
	if prep, _ = a.PrepareProposal(ctx, &abci.RequestPrepareProposal{Height: 3, MaxTxBytes: 1 << 20}); len(prep.Txs) != 0 {
		t.Fatalf("proposal 3: %x", prep.Txs)
	}

	b1, err := st.Block(1)
	if err != nil {
		t.Fatal(err)
	}
	if b1.Meta != (commitment.BlockMeta{TimeMs: 1000, L1Origin: commitment.L1Ref{Number: 13, Hash: l1Hash(13)}, ForcedCount: 2}) || len(b1.Forced) != 2 || b1.Forced[0] != 902 {
		t.Fatalf("block 1: %+v", b1)
	}
	txs, _ := st.Batch(901, 1)
	if len(txs) != 2 || string(txs[0]) != "f1" || string(txs[1]) != "m0" {
		t.Fatalf("batch 901 at 1: %q (forced entries come first)", txs)
	}
	cp, err := st.Checkpoint(1)
	if err != nil {
		t.Fatal(err)
	}
	if cp.L1Origin != 13 || cp.ForcedCount != 3 || cp.ForcedAcc != acc {
		t.Fatalf("checkpoint 1: %+v, want origin 13, 3 forced, acc %s", cp, acc)
	}
	b2, _ := st.Block(2)
	root, _ := commitment.BlockRoot(b2.Meta, b2.Batches)
	if b2.BlockRoot != root || b2.Meta.ForcedCount != 3 || b2.Meta.TimeMs != 2000 {
		t.Fatalf("block 2: %+v", b2)
	}
}

// A client cannot submit an origin transaction.
func TestOriginRefusedAtAdmission(t *testing.T) {
	a, _, _ := originApp(t, &fakeL1{head: 13}, 0)
	res, err := a.CheckTx(ctx, &abci.RequestCheckTx{Tx: origin(t, 13, l1Hash(13), forced(901, 12, "x"))})
	if err != nil || res.Code != CodeReserved {
		t.Fatalf("CheckTx = %+v, %v", res, err)
	}
}
