package engine

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestSkipRecordForgetsOldest(t *testing.T) {
	r := newSkipRecord(3)
	for i := range 5 {
		r.add(common.Hash{byte(i)}, "reason", uint64(i))
	}
	for i := range 5 {
		_, ok := r.get(common.Hash{byte(i)})
		if want := i >= 2; ok != want {
			t.Errorf("hash %d kept %v, want %v", i, ok, want)
		}
	}
	r.add(common.Hash{4}, "again", 9)
	if got, _ := r.get(common.Hash{4}); got.reason != "again" || got.build != 9 {
		t.Errorf("re-skipped hash: %+v", got)
	}
	if len(r.reasons) != 3 {
		t.Errorf("%d reasons kept, want 3", len(r.reasons))
	}
}

func TestPendingNonces(t *testing.T) {
	now := time.Unix(1000, 0)
	p := newPendingNonces(4, time.Minute, func() time.Time { return now })
	a, b := common.Address{0xa}, common.Address{0xb}

	if got := p.next(a, 5); got != 5 {
		t.Errorf("nothing forwarded: next %d, want the state's 5", got)
	}
	p.add(a, 5, common.Hash{1})
	p.add(a, 6, common.Hash{2})
	if got := p.next(a, 5); got != 7 {
		t.Errorf("5 and 6 forwarded: next %d, want 7", got)
	}
	if got := p.next(b, 0); got != 0 {
		t.Errorf("another sender: next %d, want 0", got)
	}
	// 6 skipped: 5 still on its way.
	p.drop(common.Hash{2})
	if got := p.next(a, 5); got != 6 {
		t.Errorf("6 skipped: next %d, want 6", got)
	}
	// The state passed 5: forgotten.
	if got := p.next(a, 6); got != 6 || p.size() != 0 {
		t.Errorf("state nonce 6: next %d with %d remembered, want 6 and none", got, p.size())
	}

	// Expiry.
	p.add(a, 6, common.Hash{3})
	now = now.Add(30 * time.Second)
	p.add(b, 0, common.Hash{4})
	now = now.Add(31 * time.Second)
	if got := p.next(a, 6); got != 6 {
		t.Errorf("after the ttl: next %d, want 6", got)
	}
	if got := p.next(b, 0); got != 1 {
		t.Errorf("within the ttl: next %d, want 1", got)
	}

	// The bound: the oldest go first.
	for i := range 6 {
		p.add(a, uint64(10+i), common.Hash{byte(10 + i)})
	}
	if p.size() != 4 {
		t.Errorf("%d remembered, want the bound 4", p.size())
	}
	if got := p.next(b, 0); got != 0 {
		t.Errorf("oldest evicted: next of b %d, want 0", got)
	}
	if got := p.next(a, 10); got != 16 {
		t.Errorf("next of a %d, want 16", got)
	}
	if len(p.order) > 2*p.limit {
		t.Errorf("order queue of %d, bound %d", len(p.order), 2*p.limit)
	}
}
