package operatorapi

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

type codeError struct{ code int }

func (e codeError) Error() string  { return fmt.Sprintf("code %d", e.code) }
func (e codeError) ErrorCode() int { return e.code }

// fakeNode answers a few lockstep methods the way a node does.
type fakeNode struct{}

func (fakeNode) Submit(rollupID hexutil.Uint64, payload hexutil.Bytes) (*SubmitResult, error) {
	if rollupID == 0 {
		return nil, codeError{CodeBusy}
	}
	return &SubmitResult{TxHash: common.BytesToHash(payload)}, nil
}

func (fakeNode) GetBlock(height hexutil.Uint64) (*Block, error) {
	if height > 3 {
		return nil, codeError{CodeNotFound}
	}
	return &Block{Height: uint64(height), TxCount: 1}, nil
}

// The client calls the methods by the names above and hands the node's codes back readable.
func TestClient(t *testing.T) {
	srv := rpc.NewServer()
	if err := srv.RegisterName(Namespace, fakeNode{}); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	ctx := context.Background()
	c, err := Dial(ctx, hs.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()

	if h, err := c.Submit(ctx, 901, []byte{7}); err != nil || h != common.BytesToHash([]byte{7}) {
		t.Fatalf("submit: %s %v", h, err)
	}
	if _, err := c.Submit(ctx, 0, []byte{7}); !IsBusy(err) || IsNotFound(err) {
		t.Fatalf("busy submit: %v", err)
	}
	if b, err := c.GetBlock(ctx, 2); err != nil || b.Height != 2 {
		t.Fatalf("block 2: %+v %v", b, err)
	}
	var b3, b9 Block
	calls := []rpc.BatchElem{GetBlockCall(3, &b3), GetBlockCall(9, &b9)}
	if err := c.BatchCall(ctx, calls); err != nil || calls[0].Error != nil || b3.Height != 3 || !IsNotFound(calls[1].Error) {
		t.Fatalf("batch: %v, %+v", err, calls)
	}
	if _, ok := ErrorCode(errors.New("connection refused")); ok {
		t.Fatal("a transport error has a code")
	}
	if code, ok := ErrorCode(fmt.Errorf("wrapped: %w", codeError{CodeRefused})); !ok || code != CodeRefused {
		t.Fatalf("wrapped code: %d %v", code, ok)
	}
}
