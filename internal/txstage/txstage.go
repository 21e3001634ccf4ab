// Package txstage sends Ethereum transactions in stages: the transactions of a stage do not
// depend on each other and go out back to back, and a stage ends when all of them are mined.
// The devnet deployment (anvil) and operator registration (deployment) both build on it.
package txstage

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/chainio"
)

// StepError is what a failed step returns: Step names what was being done ("deploy
// StakeRegistry impl"), Err why it failed. chainio.DecodeRevert works
// on it when the failure was a revert.
type StepError struct {
	Step string
	Err  error
}

func (e *StepError) Error() string { return e.Step + ": " + e.Err.Error() }

func (e *StepError) Unwrap() error { return e.Err }

// StepErr wraps err as a StepError of step, naming the custom error when err is a revert. A
// nil err stays nil.
func StepErr(step string, err error) error {
	if err == nil {
		return nil
	}
	if name, args, ok := chainio.DecodeRevert(err); ok {
		err = fmt.Errorf("reverted with %s%v: %w", name, args, err)
	}
	return &StepError{Step: step, Err: err}
}

// Stage sends transactions that do not depend on each other back to back (each sender's
// nonces assigned locally), then waits for all of their receipts. A transaction that depends on
// another goes in a later stage: gas is estimated against the latest block, so on a chain that
// does not mine per transaction a dependent transaction would be estimated too early.
type Stage struct {
	log  *slog.Logger
	sent []sentTx
	err  error // first send failure; later sends are skipped and wait reports it
	// gas, when non-nil, collects the gas used by each step.
	gas map[string]uint64
	// receipts of the last Wait, by step.
	receipts map[string]*types.Receipt
}

type sentTx struct {
	step   string
	tr     *chainio.Transactor
	tx     *types.Transaction
	create bool
}

// New returns an empty stage logging to log; gas, when non-nil, collects the gas each step used.
func New(log *slog.Logger, gas map[string]uint64) *Stage { return &Stage{log: log, gas: gas} }

// Fail records a failure of step that happened outside a send (encoding a call, say): later
// sends are skipped and Wait reports it. Only the first failure is kept.
func (s *Stage) Fail(step string, err error) {
	if s.err == nil && err != nil {
		s.err = StepErr(step, err)
	}
}

// Failed reports whether a send or Fail failed since the last Wait.
func (s *Stage) Failed() bool { return s.err != nil }

// Receipt returns the receipt of step from the last Wait, or nil.
func (s *Stage) Receipt(step string) *types.Receipt { return s.receipts[step] }

// Send sends one transaction built by build. After a failed send, it does nothing.
func (s *Stage) Send(ctx context.Context, tr *chainio.Transactor, step string, build func(*bind.TransactOpts) (*types.Transaction, error)) {
	if s.err != nil {
		return
	}
	tx, err := tr.Send(ctx, build)
	if err != nil {
		s.err = StepErr(step, err)
		return
	}
	s.sent = append(s.sent, sentTx{step: step, tr: tr, tx: tx})
}

// Deploy sends one contract creation and returns the address it will have (zero after a
// failed send).
func (s *Stage) Deploy(ctx context.Context, tr *chainio.Transactor, step string, build func(*bind.TransactOpts) (common.Address, *types.Transaction, error)) common.Address {
	if s.err != nil {
		return common.Address{}
	}
	var addr common.Address
	tx, err := tr.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		a, tx, err := build(o)
		addr = a
		return tx, err
	})
	if err != nil {
		s.err = StepErr(step, err)
		return common.Address{}
	}
	s.sent = append(s.sent, sentTx{step: step, tr: tr, tx: tx, create: true})
	if want := crypto.CreateAddress(tr.Address(), tx.Nonce()); addr != want {
		s.err = StepErr(step, fmt.Errorf("deployed to %s, expected %s", addr, want))
	}
	return addr
}

// Wait waits for every transaction sent in this stage and checks it succeeded (and, for
// creations, left code). All receipts are awaited even after a failure, so nothing is left in
// flight; the errors are joined, the first failed send first.
func (s *Stage) Wait(ctx context.Context) error {
	errs := []error{s.err}
	s.receipts = make(map[string]*types.Receipt, len(s.sent))
	for _, st := range s.sent {
		r, err := st.tr.Wait(ctx, st.tx)
		if err != nil {
			errs = append(errs, StepErr(st.step, err))
			continue
		}
		if st.create {
			code, err := st.tr.Client().CodeAt(ctx, r.ContractAddress, r.BlockNumber)
			if err != nil {
				errs = append(errs, StepErr(st.step, err))
				continue
			}
			if len(code) == 0 {
				errs = append(errs, StepErr(st.step, fmt.Errorf("%w: %s", chainio.ErrNoCode, r.ContractAddress)))
				continue
			}
		}
		s.receipts[st.step] = r
		if s.gas != nil {
			s.gas[st.step] = r.GasUsed
		}
		s.log.Debug("transaction mined", "step", st.step, "gasUsed", r.GasUsed, "block", r.BlockNumber)
	}
	s.sent, s.err = s.sent[:0], nil
	return errors.Join(errs...)
}

// Deployed adapts abigen's Deploy functions (address, tx, binding, error) to Stage.Deploy.
func Deployed[T any](addr common.Address, tx *types.Transaction, _ T, err error) (common.Address, *types.Transaction, error) {
	return addr, tx, err
}
