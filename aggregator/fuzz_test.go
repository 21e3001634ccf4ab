package aggregator

import (
	"encoding/json"
	"testing"

	"github.com/lockstep-xyz/lockstep/aggregator/internal/aggtest"
	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
)

// FuzzSubmitSignature feeds arbitrary JSON-RPC params to the receiving side: it must refuse or
// accept, never panic, and anything it accepts must be a well-formed message.
func FuzzSubmitSignature(f *testing.F) {
	keys := testKeys(4)
	good, _ := json.Marshal(sign(keys[0], cpAt(1, "")))
	f.Add(good)
	f.Add([]byte(`{"checkpoint":{"number":1,"startHeight":1,"endHeight":10,"root":"0x00"},"operatorId":"0x01","signature":"0x00"}`))
	f.Add([]byte(`{}`))
	s := newOfflineCore(f, keys)
	f.Fuzz(func(t *testing.T, b []byte) {
		var msg aggregatorapi.CheckpointSignature
		if json.Unmarshal(b, &msg) != nil {
			return
		}
		if _, err := s.submit(msg); err == nil {
			if msg.Validate() != nil {
				t.Fatalf("accepted an invalid message: %s", b)
			}
		}
	})
}

// FuzzStoreReplay: a progress log with arbitrary contents replays without panicking, and its
// compacted form replays to the same state.
func FuzzStoreReplay(f *testing.F) {
	f.Add([]byte(`{"k":"settled","n":3}` + "\n" + `{"k":"sig","cp":{"number":4,"startHeight":31,"endHeight":40,"root":"0x0000000000000000000000000000000000000000000000000000000000000001"},"op":"0x0000000000000000000000000000000000000000000000000000000000000002","sig":"0x01"}`))
	f.Add([]byte(`{"k":"drop"}` + "\n" + `{"k":"evidence","path":"x"}` + "\n" + `{"k":"evidenceDone","path":"x"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		st := replay(b, aggtest.ChainID, aggtest.Registry)
		var buf []byte
		for _, r := range st.records(0) {
			line, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			buf = append(append(buf, line...), '\n')
		}
		again := replay(buf, aggtest.ChainID, aggtest.Registry)
		if again.settled != st.settled || len(again.entries) != len(st.entries) || len(again.evidence) != len(st.evidence) {
			t.Fatalf("compacted log replays differently: %+v vs %+v", again, st)
		}
	})
}
