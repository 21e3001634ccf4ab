package app

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"slices"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/socket"
	"github.com/lockstep-xyz/lockstep/operator/store"
)

// powerTarget is the total voting power stake is scaled to: far below CometBFT's bound
// (MaxInt64/8) and fine-grained enough for stake ratios.
const powerTarget = 1 << 40

// VotingPowers scales stakes so their total fits CometBFT's bound: power = stake * 2^40 / total
// (integer, deterministic), at least 1 for any positive stake; unscaled if the total is small.
func VotingPowers(stakes []*big.Int) []int64 {
	total := new(big.Int)
	for _, s := range stakes {
		if s.Sign() > 0 {
			total.Add(total, s)
		}
	}
	out := make([]int64, len(stakes))
	for i, s := range stakes {
		if s.Sign() <= 0 {
			continue
		}
		if total.Cmp(big.NewInt(powerTarget)) <= 0 {
			out[i] = s.Int64()
			continue
		}
		p := new(big.Int).Mul(s, big.NewInt(powerTarget))
		p.Quo(p, total)
		out[i] = max(p.Int64(), 1)
	}
	return out
}

// validators returns the genesis validator set.
func (g *GenesisState) validators() ([]store.Validator, error) {
	out := make([]store.Validator, 0, len(g.Operators))
	for _, o := range g.Operators {
		s, err := socket.Parse(o.Socket)
		if err != nil {
			return nil, fmt.Errorf("genesis operator %s: %w", o.OperatorID, err)
		}
		out = append(out, store.Validator{OperatorID: o.OperatorID, ConsKey: s.ConsKey, Power: o.VotingPower})
	}
	slices.SortFunc(out, func(a, b store.Validator) int { return a.OperatorID.Cmp(b.OperatorID) })
	return out, nil
}

func toStore(vs []envelope.Validator) []store.Validator {
	out := make([]store.Validator, len(vs))
	for i, v := range vs {
		out[i] = store.Validator{OperatorID: v.OperatorID, ConsKey: append([]byte(nil), v.ConsKey[:]...), Power: v.Power}
	}
	return out
}

// sameSet compares two validator sets sorted by operator ID.
func sameSet(a, b []store.Validator) bool {
	return slices.EqualFunc(a, b, func(x, y store.Validator) bool {
		return x.OperatorID == y.OperatorID && x.Power == y.Power && bytes.Equal(x.ConsKey, y.ConsKey)
	})
}

// validSet checks what CometBFT would choke on: no validators, non-positive power, a
// consensus key used twice, a total over the bound.
func validSet(vs []envelope.Validator) error {
	if len(vs) == 0 {
		return errors.New("empty validator set")
	}
	seen := make(map[[32]byte]bool, len(vs))
	var total int64
	for _, v := range vs {
		if v.Power <= 0 || v.Power > powerTarget {
			return fmt.Errorf("validator %s has power %d", v.OperatorID, v.Power)
		}
		if seen[v.ConsKey] {
			return fmt.Errorf("consensus key of %s is used twice", v.OperatorID)
		}
		seen[v.ConsKey] = true
		total += v.Power
	}
	if total > 2*powerTarget {
		return fmt.Errorf("total power %d above %d", total, 2*powerTarget)
	}
	return nil
}

// validatorUpdates turns the change from cur to next into CometBFT updates: new or changed
// keys with their power, removed keys with power 0, sorted by key.
func validatorUpdates(cur, next []store.Validator) []abci.ValidatorUpdate {
	power := make(map[string]int64, len(next))
	for _, v := range next {
		power[string(v.ConsKey)] += v.Power
	}
	old := make(map[string]int64, len(cur))
	for _, v := range cur {
		old[string(v.ConsKey)] += v.Power
	}
	var keys []string
	for k, p := range power {
		if old[k] != p {
			keys = append(keys, k)
		}
	}
	for k := range old {
		if _, ok := power[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	out := make([]abci.ValidatorUpdate, len(keys))
	for i, k := range keys {
		out[i] = abci.Ed25519ValidatorUpdate([]byte(k), power[k])
	}
	return out
}
