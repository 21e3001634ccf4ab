package l1

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/operator/app"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/socket"
)

// Member is an operator that can be a validator: positive stake, a Lockstep socket, a
// consensus key no operator before it (by ID) uses.
type Member struct {
	Operator avs.Operator
	Socket   socket.Socket
	Power    int64
}

// Members picks the validators among ops (sorted by ID) and gives them voting power from
// stake. Genesis and every later sync use it, so the same L1 state gives the same set.
// skipped reports the operators left out and why.
func Members(ops []avs.Operator, skipped func(avs.Operator, error)) []Member {
	var out []Member
	seen := make(map[string]bool)
	var stakes []*big.Int
	for _, o := range ops {
		s, err := socket.Parse(o.Socket)
		switch {
		case err != nil:
		case o.Stake == nil || o.Stake.Sign() <= 0:
			err = errors.New("no stake")
		case seen[string(s.ConsKey)]:
			err = errors.New("consensus key already used by another operator")
		}
		if err != nil {
			if skipped != nil {
				skipped(o, err)
			}
			continue
		}
		seen[string(s.ConsKey)] = true
		out = append(out, Member{Operator: o, Socket: s})
		stakes = append(stakes, o.Stake)
	}
	for i, p := range app.VotingPowers(stakes) {
		out[i].Power = p
	}
	return out
}

// OperatorsInfo describes ops (read at block) as lockstep_operators answers: every registered
// operator, whether it is a validator (Members) and what its socket publishes.
func OperatorsInfo(block uint64, ops []avs.Operator) *operatorapi.Operators {
	power := make(map[common.Hash]int64)
	for _, m := range Members(ops, nil) {
		power[m.Operator.ID] = m.Power
	}
	out := &operatorapi.Operators{L1Block: block, Operators: make([]operatorapi.OperatorInfo, 0, len(ops))}
	for _, o := range ops {
		info := operatorapi.OperatorInfo{OperatorID: o.ID, Address: o.Address, Socket: o.Socket}
		if o.Stake != nil {
			info.Stake = (*hexutil.Big)(new(big.Int).Set(o.Stake))
		}
		info.VotingPower, info.Validator = power[o.ID]
		if s, err := socket.Parse(o.Socket); err == nil {
			info.NodeID, info.P2P, info.API = s.NodeID, s.PeerAddress(), s.RPCURL
		}
		out.Operators = append(out.Operators, info)
	}
	return out
}

// ValidatorSet is the members as a sync transaction's validators.
func ValidatorSet(ms []Member) []envelope.Validator {
	out := make([]envelope.Validator, len(ms))
	for i, m := range ms {
		out[i] = envelope.Validator{OperatorID: m.Operator.ID, Power: m.Power}
		copy(out[i].ConsKey[:], m.Socket.ConsKey)
	}
	return out
}

// Validators follows the validator set on L1: an owned goroutine reads it at head minus
// confirmations every interval (the candidate a proposer proposes), and SetAt reads (and
// caches) it at any block to check a proposal. It implements app.ValidatorSource.
type Validators struct {
	reader        Reader
	head          func(context.Context) (uint64, error)
	confirmations uint64
	interval      time.Duration
	log           *slog.Logger

	mu    sync.Mutex
	block uint64
	set   []envelope.Validator
	cache map[uint64][]envelope.Validator

	observe func(block uint64, ops []avs.Operator)

	poller
}

var _ app.ValidatorSource = (*Validators)(nil)

// NewValidators returns the follower; head reads the L1 head block number.
func NewValidators(r Reader, head func(context.Context) (uint64, error), confirmations uint64, interval time.Duration, log *slog.Logger) *Validators {
	return &Validators{reader: r, head: head, confirmations: confirmations, interval: interval, log: log.With("component", "validators"), cache: make(map[uint64][]envelope.Validator)}
}

// Candidate implements app.ValidatorSource.
func (v *Validators) Candidate() (uint64, []envelope.Validator, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.block, v.set, v.set != nil
}

// ObserveOperators has f told the operators (with their stakes) each time the follower reads a
// new candidate set, so the node reports its own stake from the reads it makes anyway. Call it
// before Start.
func (v *Validators) ObserveOperators(f func(block uint64, ops []avs.Operator)) { v.observe = f }

// SetAt implements app.ValidatorSource.
func (v *Validators) SetAt(ctx context.Context, block uint64) ([]envelope.Validator, error) {
	s, _, err := v.setAt(ctx, block)
	return s, err
}

// setAt is SetAt that also returns the operators read (nil when the set came from the cache).
func (v *Validators) setAt(ctx context.Context, block uint64) ([]envelope.Validator, []avs.Operator, error) {
	v.mu.Lock()
	s, ok := v.cache[block]
	v.mu.Unlock()
	if ok {
		return s, nil, nil
	}
	ops, err := v.reader.OperatorsAt(ctx, block)
	if err != nil {
		return nil, nil, err
	}
	s = ValidatorSet(Members(ops, nil))
	v.mu.Lock()
	if len(v.cache) > 64 {
		clear(v.cache)
	}
	v.cache[block] = s
	v.mu.Unlock()
	return s, ops, nil
}

func (v *Validators) refresh(ctx context.Context) error {
	head, err := v.head(ctx)
	if err != nil {
		return err
	}
	if head <= v.confirmations {
		return nil
	}
	b := head - v.confirmations
	s, ops, err := v.setAt(ctx, b)
	if err != nil {
		return err
	}
	if ops != nil && v.observe != nil {
		v.observe(b, ops)
	}
	v.mu.Lock()
	v.block, v.set = b, s
	v.mu.Unlock()
	return nil
}

// Start follows L1 until Stop.
func (v *Validators) Start(context.Context) error {
	v.start(v.interval, false, v.refresh, v.log, "read validator set from L1")
	return nil
}

// Stop ends the loop. It is idempotent.
func (v *Validators) Stop(context.Context) error {
	v.stop()
	return nil
}
