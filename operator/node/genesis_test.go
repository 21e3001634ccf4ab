package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/operator/app"
)

func TestVotingPowers(t *testing.T) {
	e18 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	mul := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), e18) }
	for _, tc := range []struct {
		name   string
		stakes []*big.Int
		want   []int64
	}{
		{"small stakes kept as they are", []*big.Int{big.NewInt(3), big.NewInt(5)}, []int64{3, 5}},
		{"equal large stakes", []*big.Int{mul(1000), mul(1000)}, []int64{1 << 39, 1 << 39}},
		{"ratios survive scaling", []*big.Int{mul(1), mul(3)}, []int64{1 << 38, 3 << 38}},
		{"dust gets power 1", []*big.Int{big.NewInt(1), mul(1_000_000)}, []int64{1, 1<<40 - 1}},
		{"zero stake gets none", []*big.Int{big.NewInt(0), big.NewInt(7)}, []int64{0, 7}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := app.VotingPowers(tc.stakes)
			var total int64
			for i := range got {
				total += got[i]
				if got[i] != tc.want[i] {
					t.Fatalf("powers %v, want %v", got, tc.want)
				}
			}
			if total > 1<<40+int64(len(got)) {
				t.Fatalf("total power %d above the target", total)
			}
		})
	}
}

type fakeReader struct {
	ops     []avs.Operator
	rollups []uint64
	inbox   common.Address
}

func (f fakeReader) ForcedInclusionInbox(context.Context, uint64) (common.Address, error) {
	return f.inbox, nil
}

func (f fakeReader) OperatorsAt(context.Context, uint64) ([]avs.Operator, error) { return f.ops, nil }
func (f fakeReader) RegisteredRollups(context.Context, uint64) ([]uint64, error) {
	return f.rollups, nil
}

func TestBuildGenesisFromL1(t *testing.T) {
	var ops []avs.Operator
	for i := 0; i < 3; i++ {
		id, err := InitHome(filepath.Join(t.TempDir(), "home"))
		if err != nil {
			t.Fatal(err)
		}
		s, err := id.Socket("127.0.0.1:2665"+string(rune('0'+i)), "")
		if err != nil {
			t.Fatal(err)
		}
		ops = append(ops, avs.Operator{Address: common.Address{byte(i)}, ID: common.Hash{byte(i)}, Stake: big.NewInt(int64(10 * (i + 1))), Socket: s})
	}
	ops = append(ops, avs.Operator{Address: common.Address{9}, ID: common.Hash{9}, Stake: big.NewInt(100), Socket: "devnet-operator-9"})
	r := fakeReader{ops: ops, rollups: []uint64{901, 902}, inbox: common.Address{0x1b}}
	p := GenesisParams{L1ChainID: 31337, Registry: common.Address{7}, ReferenceBlock: 42, BlockTime: time.Unix(1700000000, 0), CheckpointInterval: 10}
	doc, err := BuildGenesis(context.Background(), r, p, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if doc.ChainID != "lockstep-31337-42" || len(doc.Validators) != 3 || !doc.GenesisTime.Equal(p.BlockTime) {
		t.Fatalf("genesis %s with %d validators at %s", doc.ChainID, len(doc.Validators), doc.GenesisTime)
	}
	for i, v := range doc.Validators {
		if v.Power != int64(10*(i+1)) {
			t.Fatalf("validator %d power %d", i, v.Power)
		}
	}
	var gs app.GenesisState
	if err := json.Unmarshal(doc.AppState, &gs); err != nil {
		t.Fatal(err)
	}
	if gs.CheckpointInterval != 10 || len(gs.Operators) != 3 || len(gs.Rollups) != 2 || gs.ReferenceBlock != 42 || gs.ForcedInclusionInbox != r.inbox {
		t.Fatalf("app state %+v", gs)
	}
	// Deterministic: the same inputs give the same bytes.
	again, _ := BuildGenesis(context.Background(), r, p, slog.New(slog.DiscardHandler))
	a, _ := json.Marshal(doc)
	b, _ := json.Marshal(again)
	if !bytes.Equal(a, b) {
		t.Fatal("genesis is not deterministic")
	}

	_, err = BuildGenesis(context.Background(), fakeReader{ops: ops[3:]}, p, slog.New(slog.DiscardHandler))
	if !errors.Is(err, ErrNoValidators) || !strings.Contains(err.Error(), "block 42") {
		t.Fatalf("no usable operator: %v", err)
	}
}
