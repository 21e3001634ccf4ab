package api

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
)

// absenceFixture is a block with rollups 10, 20 and 30, and the proofs of absence of rollup id
// built the way lockstep_getAbsence builds them.
func absenceFixture(t *testing.T, id uint64) *AbsenceProof {
	t.Helper()
	hdrs := []commitment.BatchHeader{
		{RollupID: 10, Root: common.HexToHash("0x0a"), TxCount: 1},
		{RollupID: 20, Root: common.HexToHash("0x14"), TxCount: 2},
		{RollupID: 30, Root: common.HexToHash("0x1e"), TxCount: 3},
	}
	tree, err := commitment.BlockTree(hdrs)
	if err != nil {
		t.Fatal(err)
	}
	root := commitment.BlockRootOf(uint64(len(hdrs)), tree.Root())
	leaf := func(i int) *commitment.BatchProof {
		p, _ := tree.Proof(i)
		return &commitment.BatchProof{Batch: hdrs[i], Height: 7, RollupIndex: uint64(i), RollupCount: uint64(len(hdrs)), BlockRoot: root, BlockProof: p}
	}
	p := &AbsenceProof{RollupID: id, Height: 7, BlockRoot: root, RollupCount: uint64(len(hdrs))}
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
			return &AbsenceProof{RollupID: 5, Height: 7, BlockRoot: commitment.BlockRootOf(0, common.Hash{})}
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

// The wire format: clients in other languages read these names.
func TestWireNames(t *testing.T) {
	cases := []struct {
		v    any
		want string
	}{
		{TxResult{TxLocation: TxLocation{Height: 3, RollupID: 901, Index: 1}}, `{"height":3,"rollupId":901,"index":1,"proof":{"txHash":"0x0000000000000000000000000000000000000000000000000000000000000000","index":0,"proof":null},"batch":{"rollupId":0,"root":"0x0000000000000000000000000000000000000000000000000000000000000000","txCount":0}}`},
		{Status{NodeStatus: NodeStatus{ChainID: "c", NodeID: "n", Peers: 3}, Height: 9, LastCheckpoint: 1, CheckpointInterval: 5, Validators: 4},
			`{"chainId":"c","nodeId":"n","catchingUp":false,"peers":3,"mempoolTxs":0,"height":9,"appHash":"0x0000000000000000000000000000000000000000000000000000000000000000","lastCheckpoint":1,"checkpointInterval":5,"validators":4,"validatorsL1Block":0}`},
		{Part{RollupID: 901, Payload: []byte{1}}, `{"rollupId":"0x385","payload":"0x01"}`},
	}
	for _, tc := range cases {
		b, err := json.Marshal(tc.v)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tc.want {
			t.Errorf("%T:\n got %s\nwant %s", tc.v, b, tc.want)
		}
	}
}
