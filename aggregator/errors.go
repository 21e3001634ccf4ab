package aggregator

import "fmt"

// RPCError is a refusal with its JSON-RPC code (one of aggregatorapi's Code constants), as
// go-ethereum's rpc.Error: the code tells an operator node whether to send again.
type RPCError struct {
	Code    int
	Message string
}

func (e *RPCError) Error() string  { return e.Message }
func (e *RPCError) ErrorCode() int { return e.Code }

func rpcErr(code int, format string, args ...any) *RPCError {
	return &RPCError{Code: code, Message: fmt.Sprintf(format, args...)}
}
