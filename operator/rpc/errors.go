package rpc

import (
	"errors"
	"fmt"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
)

// ErrBusy is returned by a Submitter whose mempool is full; the client should retry later.
var ErrBusy = errors.New("node busy: mempool is full, retry later")

// ErrRateLimited: the client is over its request rate; it should retry later.
var ErrRateLimited = errors.New("rate limit exceeded for this client, retry later")

// RefusedError is a transaction the application refused, with the CheckTx code.
type RefusedError struct {
	Code   uint32
	Reason string
}

func (e *RefusedError) Error() string { return "transaction refused: " + e.Reason }

// Error is a JSON-RPC error (go-ethereum's rpc.Error and rpc.DataError).
type Error struct {
	code int
	msg  string
	data any
}

func (e *Error) Error() string  { return e.msg }
func (e *Error) ErrorCode() int { return e.code }
func (e *Error) ErrorData() any { return e.data }

func invalidParams(format string, args ...any) error {
	return &Error{code: operatorapi.CodeInvalidParams, msg: fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) error {
	return &Error{code: operatorapi.CodeNotFound, msg: fmt.Sprintf(format, args...)}
}

// toRPCError maps a submission error to a JSON-RPC error.
func toRPCError(err error) error {
	var re *RefusedError
	switch {
	case errors.As(err, &re):
		return &Error{code: operatorapi.CodeRefused, msg: re.Error(), data: operatorapi.RefusalData{Code: re.Code, Codespace: "lockstep"}}
	case errors.Is(err, ErrBusy), errors.Is(err, ErrRateLimited):
		return &Error{code: operatorapi.CodeBusy, msg: err.Error(), data: map[string]bool{"retryable": true}}
	default:
		return &Error{code: operatorapi.CodeInternal, msg: "submit: " + err.Error()}
	}
}
