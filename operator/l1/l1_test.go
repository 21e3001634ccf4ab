package l1

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/operator/socket"
)

func sock(key byte) string {
	return socket.Socket{NodeID: strings.Repeat("0", 39) + string("0123456789"[key%10]), ConsKey: bytes.Repeat([]byte{key}, 32), P2PAddr: "127.0.0.1:26656"}.String()
}

func TestMembers(t *testing.T) {
	ops := []avs.Operator{
		{ID: common.Hash{1}, Stake: big.NewInt(10), Socket: sock(1)},
		{ID: common.Hash{2}, Stake: big.NewInt(30), Socket: sock(2)},
		{ID: common.Hash{3}, Stake: big.NewInt(0), Socket: sock(3)},              // no stake
		{ID: common.Hash{4}, Stake: big.NewInt(50), Socket: "devnet-operator-4"}, // not a Lockstep socket
		{ID: common.Hash{5}, Stake: big.NewInt(50), Socket: sock(1)},             // operator 1's key
	}
	var left []common.Hash
	ms := Members(ops, func(o avs.Operator, err error) { left = append(left, o.ID) })
	if len(ms) != 2 || ms[0].Operator.ID != (common.Hash{1}) || ms[1].Operator.ID != (common.Hash{2}) || ms[0].Power != 10 || ms[1].Power != 30 {
		t.Fatalf("members %+v", ms)
	}
	if len(left) != 3 {
		t.Fatalf("left out %v", left)
	}
	set := ValidatorSet(ms)
	if set[1].ConsKey[0] != 2 || set[1].Power != 30 {
		t.Fatalf("validator set %+v", set)
	}
}

type fakeReader struct {
	calls int
	head  uint64
}

func (f *fakeReader) OperatorsAt(_ context.Context, block uint64) ([]avs.Operator, error) {
	f.calls++
	if block > f.head {
		return nil, errors.New("future block")
	}
	return []avs.Operator{{ID: common.Hash{1}, Stake: big.NewInt(int64(block)), Socket: sock(1)}}, nil
}

func (f *fakeReader) RegisteredRollups(context.Context, uint64) ([]uint64, error) {
	return []uint64{7}, nil
}

func (f *fakeReader) ForcedInclusionInbox(context.Context, uint64) (common.Address, error) {
	return common.Address{}, nil
}

func TestValidatorsFollowsL1(t *testing.T) {
	r := &fakeReader{head: 20}
	v := NewValidators(r, func(context.Context) (uint64, error) { return r.head, nil }, 2, time.Hour, slog.New(slog.DiscardHandler))
	if _, _, ok := v.Candidate(); ok {
		t.Fatal("candidate before the first read")
	}
	if err := v.refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	b, set, ok := v.Candidate()
	if !ok || b != 18 || set[0].Power != 18 {
		t.Fatalf("candidate %d %+v %v", b, set, ok)
	}
	if _, err := v.SetAt(context.Background(), 18); err != nil || r.calls != 1 {
		t.Fatalf("SetAt(18) not cached: %d calls, %v", r.calls, err)
	}
	if _, err := v.SetAt(context.Background(), 25); err == nil {
		t.Fatal("a set at a block L1 does not have yet")
	}

	rs := NewRollups(r, time.Hour, []uint64{1}, slog.New(slog.DiscardHandler))
	if !rs.Registered(1) || rs.Registered(7) {
		t.Fatal("seeded rollups")
	}
	if err := rs.Refresh(context.Background()); err != nil || !rs.Registered(7) || rs.Registered(1) {
		t.Fatalf("refreshed rollups: %v", err)
	}
}
