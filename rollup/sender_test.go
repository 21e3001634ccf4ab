package rollup

import (
	"context"
	"errors"
	"log/slog"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
)

// fakeOperator answers eth_sendRawTransaction with the hash, or with err.
type fakeOperator struct {
	err   error
	calls atomic.Int32
}

type codeErr struct{ code int }

func (e codeErr) Error() string  { return "refused" }
func (e codeErr) ErrorCode() int { return e.code }

func (o *fakeOperator) SendRawTransaction(raw hexutil.Bytes) (common.Hash, error) {
	o.calls.Add(1)
	if o.err != nil {
		return common.Hash{}, o.err
	}
	return crypto.Keccak256Hash(raw), nil
}

func serveOperator(t *testing.T, o *fakeOperator) string {
	t.Helper()
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", o); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	return hs.URL
}

func TestOperatorSenderFailover(t *testing.T) {
	ctx := context.Background()
	raw := []byte{0x02, 0x01}
	busy, good, refusing := &fakeOperator{err: codeErr{operatorapi.CodeBusy}}, &fakeOperator{}, &fakeOperator{err: codeErr{operatorapi.CodeRefused}}
	down := "http://127.0.0.1:1" // nothing listens on port 1
	s := newOperatorSender([]string{down, serveOperator(t, busy), serveOperator(t, good)}, slog.New(slog.DiscardHandler))
	defer s.Close()

	h, err := s.SendRawTransaction(ctx, raw)
	if err != nil || h != crypto.Keccak256Hash(raw) {
		t.Fatalf("send past an unreachable and a busy operator: %s, %v", h, err)
	}
	if busy.calls.Load() != 1 || good.calls.Load() != 1 {
		t.Fatalf("calls: busy %d, good %d", busy.calls.Load(), good.calls.Load())
	}
	// The operator that answered is tried first next time.
	if _, err := s.SendRawTransaction(ctx, raw); err != nil || busy.calls.Load() != 1 || good.calls.Load() != 2 {
		t.Fatalf("second send: %v; calls busy %d, good %d", err, busy.calls.Load(), good.calls.Load())
	}

	// A refusal is the answer: the next operator would refuse too.
	r := newOperatorSender([]string{serveOperator(t, refusing), serveOperator(t, good)}, slog.New(slog.DiscardHandler))
	defer r.Close()
	before := good.calls.Load()
	_, err = r.SendRawTransaction(ctx, raw)
	if code, ok := operatorapi.ErrorCode(err); !ok || code != operatorapi.CodeRefused || good.calls.Load() != before {
		t.Fatalf("refused send: %v (code %d), next operator called %d times", err, code, good.calls.Load()-before)
	}

	// Every operator unreachable or busy: one error naming each.
	all := newOperatorSender([]string{down, serveOperator(t, busy)}, slog.New(slog.DiscardHandler))
	defer all.Close()
	if _, err := all.SendRawTransaction(ctx, raw); err == nil || !strings.Contains(err.Error(), "no operator took the transaction") || !strings.Contains(err.Error(), down) {
		t.Fatalf("all down: %v", err)
	}

	// An operator caught lying is dropped.
	s.Drop(s.urls[len(s.urls)-1])
	if _, err := s.SendRawTransaction(ctx, raw); err == nil {
		t.Fatal("sent through a dropped operator")
	}
	var none = newOperatorSender(nil, slog.New(slog.DiscardHandler))
	if _, err := none.SendRawTransaction(ctx, raw); err == nil || errors.Is(err, context.Canceled) {
		t.Fatalf("no operators: %v", err)
	}
}
