package integration

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
)

// aggWantCode asserts err is a JSON-RPC error with code.
func aggWantCode(t *testing.T, err error, code int, what string) {
	t.Helper()
	var re rpc.Error
	if !errors.As(err, &re) || re.ErrorCode() != code {
		t.Fatalf("%s: got %v, want JSON-RPC error code %d", what, err, code)
	}
	t.Logf("%s refused: code %d: %v", what, re.ErrorCode(), err)
}
