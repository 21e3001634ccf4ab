package operatorapi

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
)

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
		{Block{Height: 4, Time: time.Unix(5, 0).UTC(), TxCount: 2, Batches: []commitment.BatchHeader{{RollupID: 901, Root: common.Hash{1}, TxCount: 2}}, Checkpoint: 1,
			Meta: commitment.BlockMeta{TimeMs: 5000, L1Origin: commitment.L1Ref{Number: 12, Hash: common.Hash{5}}, ForcedCount: 3}, Forced: []uint64{901}},
			`{"height":4,"time":"1970-01-01T00:00:05Z","blockRoot":"0x0000000000000000000000000000000000000000000000000000000000000000","appHash":"0x0000000000000000000000000000000000000000000000000000000000000000","txCount":2,"batches":[{"rollupId":901,"root":"0x0100000000000000000000000000000000000000000000000000000000000000","txCount":2}],"checkpoint":1,` +
				`"meta":{"timeMs":5000,"l1Origin":{"number":12,"hash":"0x0500000000000000000000000000000000000000000000000000000000000000"},"forcedCount":3},"forced":[901]}`},
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
