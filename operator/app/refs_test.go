package app

import (
	"bytes"
	"context"
	"errors"
	"sync"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
)

// heldPayloads is a Payloads over a map: held is what the node holds, peers what Fetch finds.
type heldPayloads struct {
	mu      sync.Mutex
	held    map[common.Hash][]byte
	peers   map[common.Hash][]byte
	fetched int
}

func newHeld(held ...[]byte) *heldPayloads {
	p := &heldPayloads{held: make(map[common.Hash][]byte), peers: make(map[common.Hash][]byte)}
	for _, raw := range held {
		p.held[crypto.Keccak256Hash(raw)] = raw
	}
	return p
}

func (p *heldPayloads) Get(d common.Hash) ([]byte, bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	raw, ok := p.held[d]
	return raw, ok, nil
}

func (p *heldPayloads) Fetch(ctx context.Context, d common.Hash) ([]byte, error) {
	p.mu.Lock()
	if raw, ok := p.held[d]; ok {
		p.mu.Unlock()
		return raw, nil
	}
	raw, ok := p.peers[d]
	if ok {
		p.held[d] = raw
		p.fetched++
	}
	p.mu.Unlock()
	if ok {
		return raw, nil
	}
	<-ctx.Done()
	return nil, ctx.Err()
}

func ref(raw []byte) []byte { return envelope.EncodeRef(envelope.RefOf(raw)) }

// A block ordering transactions by reference commits to exactly what the same block with the
// transactions themselves does: same batches, roots and app hash.
func TestRefsOrderLikeTheTransactions(t *testing.T) {
	b := batch(t, 901, "q1", "q2", "q3")
	e := env(t, 902, "single")
	inline, st1, _ := newApp(t, t.TempDir(), 4)
	byRef, st2, got := newApp(t, t.TempDir(), 4)
	held := newHeld(b)
	held.peers[crypto.Keccak256Hash(e)] = e // this node was not sent e: it fetches it
	byRef.UsePayloads(held)
	byRef.Prehash(crypto.Keccak256Hash(b), b)

	r1 := finalize(t, inline, 1, env(t, 901, "first"), b, e)
	r2 := finalize(t, byRef, 1, env(t, 901, "first"), ref(b), ref(e))
	if !bytes.Equal(r1.AppHash, r2.AppHash) {
		t.Fatalf("app hash by reference %x, inline %x", r2.AppHash, r1.AppHash)
	}
	b1, _ := st1.Block(1)
	b2, _ := st2.Block(1)
	if b1.BlockRoot != b2.BlockRoot || b2.TxCount != 5 {
		t.Fatalf("block by reference %+v, inline %+v", b2, b1)
	}
	txs, err := st2.Batch(901, 1)
	if err != nil || len(txs) != 4 || string(txs[3]) != "q3" {
		t.Fatalf("batch 901: %q %v", txs, err)
	}
	if loc, err := st2.Tx(commitment.TxHash([]byte("single"))); err != nil || loc.Height != 1 || loc.RollupID != 902 {
		t.Fatalf("fetched transaction's index: %+v %v", loc, err)
	}
	c := (*got)[0]
	if len(c.Refs) != 2 || c.Refs[0] != crypto.Keccak256Hash(b) || !bytes.Equal(c.Raw[1], b) || !bytes.Equal(c.Raw[2], e) || held.fetched != 1 {
		t.Fatalf("committed refs %v, raw %q, fetched %d", c.Refs, c.Raw, held.fetched)
	}
}

func TestProcessProposalRefs(t *testing.T) {
	b := batch(t, 901, "a", "b")
	far := batch(t, 902, "held by a peer")
	a, _, _ := newApp(t, t.TempDir(), 4)
	process := func(txs ...[]byte) abci.ResponseProcessProposal_ProposalStatus {
		t.Helper()
		res, err := a.ProcessProposal(ctx, &abci.RequestProcessProposal{Height: 1, Txs: txs})
		if err != nil {
			t.Fatal(err)
		}
		return res.Status
	}
	if s := process(ref(b)); s != abci.ResponseProcessProposal_REJECT {
		t.Fatalf("a reference on a node that holds no referenced transactions: %v", s)
	}
	held := newHeld(b)
	held.peers[crypto.Keccak256Hash(far)] = far
	a.UsePayloads(held)
	if s := process(env(t, 901, "x"), ref(b), ref(far)); s != abci.ResponseProcessProposal_ACCEPT {
		t.Fatalf("held and fetchable references: %v", s)
	}
	if s := process(ref(batch(t, 901, "nobody has it"))); s != abci.ResponseProcessProposal_REJECT {
		t.Fatalf("a reference nobody can fetch: %v", s)
	}
	wrongSize := envelope.EncodeRef(envelope.Ref{Digest: crypto.Keccak256Hash(b), Size: uint32(len(b) + 1)})
	if s := process(wrongSize); s != abci.ResponseProcessProposal_REJECT {
		t.Fatalf("a reference with the wrong size: %v", s)
	}
	// What references name is bounded before anything is fetched.
	var huge [][]byte
	for i := 0; i <= MaxBlockRefBytes/envelope.MaxTxBytes; i++ {
		huge = append(huge, envelope.EncodeRef(envelope.Ref{Digest: common.Hash{byte(i)}, Size: envelope.MaxTxBytes}))
	}
	if s := process(huge...); s != abci.ResponseProcessProposal_REJECT {
		t.Fatalf("references naming %d bytes: %v", len(huge)*envelope.MaxTxBytes, s)
	}
}

// A proposer proposes only references it holds, capping what they name like a block's bytes.
func TestPrepareProposalRefs(t *testing.T) {
	b1 := batch(t, 901, "one", "two")
	b2 := batch(t, 902, "three")
	b3 := batch(t, 7, "unregistered rollup")
	a, _, _ := newApp(t, t.TempDir(), 4)
	a.UsePayloads(newHeld(b1, b2, b3))
	a.cfg.MaxBlockTxBytes = int64(len(b1) + len(b2) - 1)
	missing := ref(batch(t, 901, "not held"))
	txs := [][]byte{missing, ref(b3), ref(b1), ref(b2)}
	res, err := a.PrepareProposal(ctx, &abci.RequestPrepareProposal{Txs: txs, MaxTxBytes: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Txs) != 1 || !bytes.Equal(res.Txs[0], ref(b1)) {
		t.Fatalf("prepared %x", res.Txs)
	}
}

// The bytes the mempool's references name count until committed; the API bounds them.
func TestRefBacklog(t *testing.T) {
	b := batch(t, 901, "a", "b")
	a, _, _ := newApp(t, t.TempDir(), 4)
	a.UsePayloads(newHeld(b))
	for range 2 { // counted once
		if res, err := a.CheckTx(ctx, &abci.RequestCheckTx{Tx: ref(b), Type: abci.CheckTxType_New}); err != nil || res.Code != CodeOK {
			t.Fatalf("CheckTx of a reference: %+v %v", res, err)
		}
	}
	if got := a.RefBacklog(); got != int64(len(b)) {
		t.Fatalf("backlog %d, want %d", got, len(b))
	}
	finalize(t, a, 1, ref(b))
	if got := a.RefBacklog(); got != 0 {
		t.Fatalf("backlog after commit %d", got)
	}
}

// A committed block's reference this node cannot fetch fails the block when the application
// closes, rather than ordering it as nothing (another app hash than the other nodes').
func TestFinalizeFetchAborted(t *testing.T) {
	a, _, _ := newApp(t, t.TempDir(), 4)
	a.UsePayloads(newHeld())
	done := make(chan error, 1)
	go func() {
		_, err := a.FinalizeBlock(ctx, &abci.RequestFinalizeBlock{Height: 1, Txs: [][]byte{ref(batch(t, 901, "gone"))}})
		done <- err
	}()
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; !errors.Is(err, errFetchAborted) {
		t.Fatalf("FinalizeBlock = %v, want %v", err, errFetchAborted)
	}
}

// The transactions waiting to be prehashed are bounded by bytes as well as by count: past the
// bound Prehash drops them (FinalizeBlock hashes what it does not find).
func TestPrehashQueueBoundedByBytes(t *testing.T) {
	a := &App{pre: prehashed{cur: make(map[common.Hash][]common.Hash), queue: make(chan prehashJob, prehashQueue)}} // no prehasher: nothing drains
	raw := make([]byte, prehashQueueBytes/4+1)
	for i := range 6 {
		a.Prehash(common.Hash{byte(i)}, raw)
	}
	if n, b := len(a.pre.queue), a.pre.queued.Load(); n != 3 || b != 3*int64(len(raw)) {
		t.Fatalf("queued %d transactions, %d bytes; want 3, %d", n, b, 3*len(raw))
	}
}
