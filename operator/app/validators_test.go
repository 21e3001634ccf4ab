package app

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/socket"
	"github.com/lockstep-xyz/lockstep/operator/store"
)

type fakeSource struct {
	block uint64
	sets  map[uint64][]envelope.Validator
}

func (f *fakeSource) Candidate() (uint64, []envelope.Validator, bool) {
	s, ok := f.sets[f.block]
	return f.block, s, ok
}

func (f *fakeSource) SetAt(_ context.Context, b uint64) ([]envelope.Validator, error) {
	s, ok := f.sets[b]
	if !ok {
		return nil, errors.New("unknown block")
	}
	return s, nil
}

func val(id, key byte, power int64) envelope.Validator {
	return envelope.Validator{OperatorID: common.Hash{id}, ConsKey: [32]byte{key}, Power: power}
}

func TestValidatorSync(t *testing.T) {
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a, err := New(Config{}, st, RollupSet{901: true}, nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() }) // before the store closes
	// Genesis: operators 1 and 2 (keys 1 and 2) at L1 block 10.
	var ops []GenesisOperator
	for _, v := range []envelope.Validator{val(1, 1, 5), val(2, 2, 5)} {
		s := socket.Socket{NodeID: strings.Repeat("ab", 20), ConsKey: v.ConsKey[:], P2PAddr: "127.0.0.1:1"}
		ops = append(ops, GenesisOperator{OperatorID: v.OperatorID, VotingPower: v.Power, Socket: s.String()})
	}
	gs, _ := json.Marshal(GenesisState{CheckpointInterval: 100, ReferenceBlock: 10, Operators: ops})
	if _, err := a.InitChain(ctx, &abci.RequestInitChain{AppStateBytes: gs}); err != nil {
		t.Fatal(err)
	}
	if m := a.Meta(); len(m.Validators) != 2 || m.ValidatorsL1Block != 10 {
		t.Fatalf("genesis validators %+v", m)
	}

	// At L1 block 12 operator 2 left and operator 3 joined; operator 1's power changed.
	next := []envelope.Validator{val(1, 1, 7), val(3, 3, 3)}
	src := &fakeSource{block: 12, sets: map[uint64][]envelope.Validator{11: {val(1, 1, 5), val(2, 2, 5)}, 12: next}}
	user := env(t, 901, "x")
	// Without a source nothing is proposed, and a proposed sync is refused.
	prep, _ := a.PrepareProposal(ctx, &abci.RequestPrepareProposal{Txs: [][]byte{user}, MaxTxBytes: 1 << 20})
	if len(prep.Txs) != 1 {
		t.Fatalf("sync proposed without a source: %d txs", len(prep.Txs))
	}
	syncTx, _ := envelope.EncodeSync(envelope.ValidatorSync{L1Block: 12, Validators: next})
	if r, _ := a.ProcessProposal(ctx, &abci.RequestProcessProposal{Txs: [][]byte{syncTx}}); r.Status != abci.ResponseProcessProposal_REJECT {
		t.Fatal("accepted a sync it cannot check")
	}
	a.SyncValidators(src)
	prep, _ = a.PrepareProposal(ctx, &abci.RequestPrepareProposal{Txs: [][]byte{user}, MaxTxBytes: 1 << 20})
	if len(prep.Txs) != 2 || !bytes.Equal(prep.Txs[0], syncTx) || !bytes.Equal(prep.Txs[1], user) {
		t.Fatalf("prepared %x", prep.Txs)
	}
	wrong, _ := envelope.EncodeSync(envelope.ValidatorSync{L1Block: 12, Validators: []envelope.Validator{val(1, 1, 7)}})
	stale, _ := envelope.EncodeSync(envelope.ValidatorSync{L1Block: 10, Validators: next})
	dupKey, _ := envelope.EncodeSync(envelope.ValidatorSync{L1Block: 12, Validators: []envelope.Validator{val(1, 1, 7), val(3, 1, 3)}})
	for name, txs := range map[string][][]byte{
		"set differs from L1": {wrong},
		"stale L1 block":      {stale},
		"sync not first":      {user, syncTx},
		"duplicate key":       {dupKey},
		"block unknown on L1": {mustSync(t, 13, next)},
	} {
		if r, _ := a.ProcessProposal(ctx, &abci.RequestProcessProposal{Txs: txs}); r.Status != abci.ResponseProcessProposal_REJECT {
			t.Errorf("%s: accepted", name)
		}
	}
	if r, _ := a.ProcessProposal(ctx, &abci.RequestProcessProposal{Txs: prep.Txs}); r.Status != abci.ResponseProcessProposal_ACCEPT {
		t.Fatal("rejected a valid sync")
	}
	if res, _ := a.CheckTx(ctx, &abci.RequestCheckTx{Tx: syncTx}); res.Code != CodeReserved {
		t.Fatalf("a client's sync: code %d %q", res.Code, res.Log)
	}

	res := finalize(t, a, 1, prep.Txs...)
	key := func(b byte) []byte { k := [32]byte{b}; return k[:] }
	want := []abci.ValidatorUpdate{abci.Ed25519ValidatorUpdate(key(1), 7), abci.Ed25519ValidatorUpdate(key(2), 0), abci.Ed25519ValidatorUpdate(key(3), 3)}
	if len(res.ValidatorUpdates) != 3 {
		t.Fatalf("updates %v", res.ValidatorUpdates)
	}
	for i := range want {
		if !res.ValidatorUpdates[i].PubKey.Equal(want[i].PubKey) || res.ValidatorUpdates[i].Power != want[i].Power {
			t.Fatalf("update %d: %v, want %v", i, res.ValidatorUpdates[i], want[i])
		}
	}
	if m := a.Meta(); m.ValidatorsL1Block != 12 || len(m.Validators) != 2 || m.Validators[1].Power != 3 {
		t.Fatalf("meta after sync %+v", m)
	}
	// Synced: nothing more to propose; a replayed sync is not applied twice.
	if prep, _ := a.PrepareProposal(ctx, &abci.RequestPrepareProposal{MaxTxBytes: 1 << 20}); len(prep.Txs) != 0 {
		t.Fatal("proposed the same sync again")
	}
	res = finalize(t, a, 2, syncTx)
	if len(res.ValidatorUpdates) != 0 || res.TxResults[0].Code != CodeStaleSync {
		t.Fatalf("stale sync applied: %v", res)
	}
}

func mustSync(t *testing.T, block uint64, vs []envelope.Validator) []byte {
	t.Helper()
	b, err := envelope.EncodeSync(envelope.ValidatorSync{L1Block: block, Validators: vs})
	if err != nil {
		t.Fatal(err)
	}
	return b
}
