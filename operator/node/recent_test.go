package node

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestRecentTxsForgetsTheOldest(t *testing.T) {
	r := newRecentTxs(3)
	h := func(i byte) common.Hash { return common.Hash{i} }
	for i := byte(1); i <= 3; i++ {
		r.add(h(i))
	}
	r.add(h(2)) // already there: no slot used
	for i := byte(1); i <= 3; i++ {
		if !r.has(h(i)) {
			t.Fatalf("%d forgotten while the set holds 3", i)
		}
	}
	r.add(h(4))
	if r.has(h(1)) || !r.has(h(2)) || !r.has(h(3)) || !r.has(h(4)) {
		t.Fatalf("after a fourth: 1 %v 2 %v 3 %v 4 %v, want only 1 forgotten", r.has(h(1)), r.has(h(2)), r.has(h(3)), r.has(h(4)))
	}
}
