package engine

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/lockstep-xyz/lockstep/api/rollupapi"
)

// A wallet whose receipt does not come asks rollup_transactionStatus-style questions: included
// (where), skipped (why), forwarded and pending, or unknown.
func TestTxStatus(t *testing.T) {
	sender := &fakeSender{}
	e := newEngine(t, sender)
	client := dial(t, e.HTTPURL())
	var c clock
	a := devKey(t, 0)
	ok, gap := transfer(t, a, 0, 1), transfer(t, a, 5, 1)
	b := build(t, e, &c, raw(t, ok), raw(t, gap))

	if s := e.TxStatus(ok.Hash()); s.Status != rollupapi.TxIncluded || s.Block != b.Number {
		t.Fatalf("included transaction: %+v, want included in block %d", s, b.Number)
	}
	if s := e.TxStatus(gap.Hash()); s.Status != rollupapi.TxSkipped || s.Reason == "" {
		t.Fatalf("nonce-gap transaction: %+v, want skipped with a reason", s)
	}
	next := transfer(t, a, 1, 1)
	var h common.Hash
	if err := client.Client().CallContext(context.Background(), &h, "eth_sendRawTransaction", hexutil.Bytes(raw(t, next))); err != nil {
		t.Fatal(err)
	}
	if s := e.TxStatus(next.Hash()); s.Status != rollupapi.TxPending {
		t.Fatalf("forwarded transaction: %+v, want pending", s)
	}
	build(t, e, &c, raw(t, next))
	if s := e.TxStatus(next.Hash()); s.Status != rollupapi.TxIncluded {
		t.Fatalf("forwarded transaction once built: %+v, want included", s)
	}
	if s := e.TxStatus(common.Hash{1}); s.Status != rollupapi.TxUnknown {
		t.Fatalf("unknown hash: %+v", s)
	}
	// A block rewound away takes its transactions with it.
	if err := e.Rewind(b.Number); err != nil {
		t.Fatal(err)
	}
	if s := e.TxStatus(next.Hash()); s.Status == rollupapi.TxIncluded {
		t.Fatalf("transaction of a rewound block: %+v", s)
	}
}
