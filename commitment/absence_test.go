package commitment

import (
	"errors"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// absenceFixture is a block with rollups 10, 20 and 30, and the proofs of absence of rollup id
// built by hand, leaf by leaf.
func absenceFixture(t *testing.T, id uint64) *AbsenceProof {
	t.Helper()
	hdrs := []BatchHeader{
		{RollupID: 10, Root: common.HexToHash("0x0a"), TxCount: 1},
		{RollupID: 20, Root: common.HexToHash("0x14"), TxCount: 2},
		{RollupID: 30, Root: common.HexToHash("0x1e"), TxCount: 3},
	}
	tree, err := BlockTree(hdrs)
	if err != nil {
		t.Fatal(err)
	}
	root := BlockRootOf(uint64(len(hdrs)), tree.Root(), testMeta)
	leaf := func(i int) *BatchProof {
		p, _ := tree.Proof(i)
		return &BatchProof{Batch: hdrs[i], Height: 7, RollupIndex: uint64(i), RollupCount: uint64(len(hdrs)), Meta: testMeta, BlockRoot: root, BlockProof: p}
	}
	p := &AbsenceProof{RollupID: id, Height: 7, BlockRoot: root, RollupCount: uint64(len(hdrs)), Meta: testMeta}
	i := 0
	for i < len(hdrs) && hdrs[i].RollupID < id {
		i++
	}
	if i > 0 {
		p.Left = leaf(i - 1)
	}
	if i < len(hdrs) {
		p.Right = leaf(i)
	}
	return p
}

func TestAbsenceProofVerify(t *testing.T) {
	cases := []struct {
		name  string
		proof func(t *testing.T) *AbsenceProof
		ok    bool
	}{
		{"first", func(t *testing.T) *AbsenceProof { return absenceFixture(t, 5) }, true},
		{"between", func(t *testing.T) *AbsenceProof { return absenceFixture(t, 15) }, true},
		{"last", func(t *testing.T) *AbsenceProof { return absenceFixture(t, 31) }, true},
		{"empty block", func(*testing.T) *AbsenceProof {
			return &AbsenceProof{RollupID: 5, Height: 7, BlockRoot: BlockRootOf(0, common.Hash{}, testMeta), Meta: testMeta}
		}, true},
		{"empty claim for a full block", func(t *testing.T) *AbsenceProof {
			p := absenceFixture(t, 15)
			p.RollupCount, p.Left, p.Right = 0, nil, nil
			return p
		}, false},
		{"present rollup hidden by a gap", func(t *testing.T) *AbsenceProof {
			p := absenceFixture(t, 20)
			p.Right = absenceFixture(t, 25).Right // 10 and 30: not adjacent
			return p
		}, false},
		{"neighbour dropped", func(t *testing.T) *AbsenceProof {
			p := absenceFixture(t, 15)
			p.Left = nil
			return p
		}, false},
		{"neighbour of another block", func(t *testing.T) *AbsenceProof {
			p := absenceFixture(t, 15)
			p.Left.Height = 8
			return p
		}, false},
		{"forged proof", func(t *testing.T) *AbsenceProof {
			p := absenceFixture(t, 15)
			p.Right.BlockProof[0][0] ^= 1
			return p
		}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.proof(t).Verify()
			if tc.ok && err != nil {
				t.Fatalf("Verify: %v", err)
			}
			if !tc.ok && !errors.Is(err, ErrNotAbsent) {
				t.Fatalf("Verify: %v, want ErrNotAbsent", err)
			}
		})
	}
}

// ProveAbsence builds the same proofs as the fixture, and refuses a rollup that is present.
func TestProveAbsence(t *testing.T) {
	hdrs := []BatchHeader{
		{RollupID: 10, Root: common.HexToHash("0x0a"), TxCount: 1},
		{RollupID: 20, Root: common.HexToHash("0x14"), TxCount: 2},
		{RollupID: 30, Root: common.HexToHash("0x1e"), TxCount: 3},
	}
	root, err := BlockRoot(testMeta, hdrs)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []uint64{5, 15, 25, 31} {
		p, err := ProveAbsence(id, 7, root, testMeta, hdrs)
		if err != nil {
			t.Fatalf("rollup %d: %v", id, err)
		}
		if want := absenceFixture(t, id); !reflect.DeepEqual(p, want) {
			t.Fatalf("rollup %d: %+v, want %+v", id, p, want)
		}
		if err := p.Verify(); err != nil {
			t.Fatalf("rollup %d: %v", id, err)
		}
	}
	empty := BlockRootOf(0, common.Hash{}, testMeta)
	if p, err := ProveAbsence(5, 7, empty, testMeta, nil); err != nil || p.Verify() != nil {
		t.Fatalf("empty block: %+v %v", p, err)
	}
	if _, err := ProveAbsence(20, 7, root, testMeta, hdrs); !errors.Is(err, ErrPresent) {
		t.Fatalf("present rollup: %v, want ErrPresent", err)
	}
}
