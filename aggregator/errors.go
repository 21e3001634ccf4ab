package aggregator

import (
	"fmt"

	"github.com/lockstep-xyz/lockstep/protocol"
)

// JSON-RPC error codes of aggregator_submitSignature, defined in protocol so that operator
// nodes can tell a final refusal from a retryable one (protocol.Retryable).
const (
	CodeMalformed        = protocol.CodeMalformed
	CodeUnknownOperator  = protocol.CodeUnknownOperator
	CodeInvalidSignature = protocol.CodeInvalidSignature
	CodeStale            = protocol.CodeStale
	CodeUnavailable      = protocol.CodeUnavailable
	CodeInternal         = protocol.CodeInternal
)

// RPCError is an error with a JSON-RPC code (go-ethereum's rpc.Error).
type RPCError struct {
	Code    int
	Message string
}

func (e *RPCError) Error() string  { return e.Message }
func (e *RPCError) ErrorCode() int { return e.Code }

func rpcErr(code int, format string, args ...any) *RPCError {
	return &RPCError{Code: code, Message: fmt.Sprintf(format, args...)}
}
