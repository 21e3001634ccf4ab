package collect

import "fmt"

// Reason says why a signature was refused; the server maps it to an error code and a metric
// label.
type Reason int

const (
	// Unavailable: no operator set known yet, or the number is too far ahead; retry later.
	Unavailable Reason = iota + 1
	// UnknownOperator: the signer is not in the quorum.
	UnknownOperator
	// Conflict: the operator already sent another signature for this digest.
	Conflict
	// Stale: the checkpoint was settled long ago.
	Stale
	// Invalid: the signature does not verify.
	Invalid
	// Malformed: the signature is not a usable point.
	Malformed
	// NotPersisted: the journal refused the write.
	NotPersisted
)

// Refusal is a refused signature.
type Refusal struct {
	Reason  Reason
	Message string
	Err     error // the cause, if any
}

func (r *Refusal) Error() string { return r.Message }
func (r *Refusal) Unwrap() error { return r.Err }

func refuse(reason Reason, cause error, format string, args ...any) *Refusal {
	return &Refusal{Reason: reason, Message: fmt.Sprintf(format, args...), Err: cause}
}
