package inbox_test

import (
	"bytes"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/anvil/anviltest"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/inbox"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/operator/l1"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

// Against a real devnet: entries queued through Queue read back with their payloads and the
// accumulator chain; Origins gives the operator node's view of them at a block; FateOf decides
// an entry from L1 at its deadline.
func TestInboxOnAnvil(t *testing.T) {
	testutil.SkipShort(t)
	ctx, dn, _ := anviltest.Start(t, anvil.Config{Operators: 1, Deploy: anvil.DeployConfig{Rollups: []deployment.Rollup{{ID: 901}}}})
	key, err := deployment.DevKey(5)
	if err != nil {
		t.Fatal(err)
	}
	m, err := txmgr.New(ctx, txmgr.DefaultConfig(), dn.Client, key, nil)
	if err != nil {
		t.Fatal(err)
	}
	addr := dn.Deployment.Contracts.ForcedInclusionInbox
	var queued []inbox.Entry
	for i, p := range [][]byte{[]byte("first"), bytes.Repeat([]byte{0xab}, 4096), []byte("third")} {
		e, r, err := inbox.Queue(ctx, m, dn.Client, addr, 901, p)
		if err != nil {
			t.Fatal(err)
		}
		if e.Index != uint64(i) || e.RollupID != 901 || e.QueuedAt != r.BlockNumber.Uint64() || !bytes.Equal(e.Payload, p) {
			t.Fatalf("entry %d: %+v in block %d", i, e, r.BlockNumber)
		}
		queued = append(queued, e)
	}
	if _, _, err := inbox.Queue(ctx, m, dn.Client, addr, 7, []byte("x")); err == nil {
		t.Fatal("queued for an unregistered rollup")
	} else if re, ok := txmgr.AsRevert(err); !ok || re.Name != "RollupNotRegistered" {
		t.Fatalf("unregistered rollup: %v", err)
	}

	r, err := inbox.NewReader(addr, dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	head, err := dn.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := r.Count(ctx, head.Hash()); err != nil || n != 3 {
		t.Fatalf("count %d, %v", n, err)
	}
	got, err := r.Entries(ctx, head.Hash(), 0, 3)
	if err != nil {
		t.Fatal(err)
	}
	var acc common.Hash
	for i, e := range got {
		acc = commitment.ForcedAcc(acc, e.RollupID, e.TxHash(), e.QueuedAt)
		if e.Acc != acc || e.Acc != queued[i].Acc || !bytes.Equal(e.Payload, queued[i].Payload) {
			t.Fatalf("entry %d read as %+v, queued %+v, chain %s", i, e, queued[i], acc)
		}
	}
	// As of the block that queued the second entry, the queue had two entries.
	second, err := dn.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(queued[1].QueuedAt))
	if err != nil {
		t.Fatal(err)
	}
	if n, err := r.Count(ctx, second.Hash()); err != nil || n != 2 {
		t.Fatalf("count at the second entry's block: %d, %v", n, err)
	}

	// The node's view: origin one block behind the head, entries visible at a block only.
	o := l1.NewOrigins(dn.Client, r, 1, time.Hour, slog.New(slog.DiscardHandler))
	if err := o.Refresh(ctx); err != nil {
		t.Fatal(err)
	}
	origin, ok := o.Origin()
	if h, _ := o.Head(); !ok || origin.Number != h-1 || h != head.Number.Uint64() {
		t.Fatalf("origin %+v, head %d, L1 head %d", origin, h, head.Number)
	}
	forced, err := o.Forced(ctx, commitment.L1Ref{Number: queued[1].QueuedAt, Hash: second.Hash()}, 0, 16)
	if err != nil || len(forced) != 2 || forced[1].QueuedAt != queued[1].QueuedAt || !bytes.Equal(forced[1].Payload, queued[1].Payload) {
		t.Fatalf("forced at the second entry's block: %+v, %v", forced, err)
	}
	if forced, err := o.Forced(ctx, commitment.L1Ref{Number: head.Number.Uint64(), Hash: head.Hash()}, 1, 1); err != nil || len(forced) != 1 || forced[0].RollupID != 901 {
		t.Fatalf("one entry from index 1: %+v, %v", forced, err)
	}

	// Nothing checkpointed: the first entry is firm from L1 once its deadline is reached.
	reg, err := checkpointregistry.NewCheckpointRegistryCaller(dn.Deployment.Contracts.CheckpointRegistry, dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	d, err := reg.ForcedInclusionDelay(&bind.CallOpts{Context: ctx})
	if err != nil {
		t.Fatal(err)
	}
	fate := func() inbox.Fate {
		h, err := dn.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		f, err := inbox.FateOf(ctx, reg, h.Number.Uint64(), h.Hash(), queued[0])
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	if f := fate(); f.Decided || f.Deadline != queued[0].QueuedAt+uint64(d) {
		t.Fatalf("before the deadline: %+v", f)
	}
	h, _ := dn.Client.BlockNumber(ctx)
	if err := dn.Mine(ctx, queued[0].QueuedAt+uint64(d)-h); err != nil {
		t.Fatal(err)
	}
	if f := fate(); !f.Decided || !f.ByL1 || f.L1Block != f.Deadline {
		t.Fatalf("at the deadline: %+v", f)
	}
}
