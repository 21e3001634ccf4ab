package aggregatorapi

import (
	"encoding/json"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
)

func TestValidate(t *testing.T) {
	good := CheckpointSignature{
		Checkpoint: commitment.Checkpoint{Number: 1, StartHeight: 1, EndHeight: 4, Root: common.Hash{1}},
		OperatorID: common.Hash{2},
		Signature:  make([]byte, SignatureLen),
	}
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, mut := range map[string]func(*CheckpointSignature){
		"number 0":        func(s *CheckpointSignature) { s.Checkpoint.Number = 0 },
		"inverted range":  func(s *CheckpointSignature) { s.Checkpoint.StartHeight = 5 },
		"no operator":     func(s *CheckpointSignature) { s.OperatorID = common.Hash{} },
		"short signature": func(s *CheckpointSignature) { s.Signature = s.Signature[:63] },
	} {
		s := good
		mut(&s)
		if err := s.Validate(); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: %v, want %v", name, err, ErrMalformed)
		}
	}
}

func TestJSONShape(t *testing.T) {
	s := CheckpointSignature{Checkpoint: commitment.Checkpoint{Number: 3, StartHeight: 9, EndHeight: 12, L1Origin: 77, ForcedCount: 2, ForcedAcc: common.Hash{4}}, OperatorID: common.Hash{1}, Signature: []byte{0xab}}
	b, _ := json.Marshal(s)
	want := `{"checkpoint":{"number":3,"startHeight":9,"endHeight":12,"root":"0x0000000000000000000000000000000000000000000000000000000000000000",` +
		`"l1Origin":77,"forcedCount":2,"forcedAcc":"0x0400000000000000000000000000000000000000000000000000000000000000"},"operatorId":"0x0100000000000000000000000000000000000000000000000000000000000000","signature":"0xab"}`
	if string(b) != want {
		t.Fatalf("got %s\nwant %s", b, want)
	}
}

// The aggregator's status as clients read it: these names are the wire format.
func TestStatusJSONShape(t *testing.T) {
	st := Status{Submitter: common.Address{1}, LatestSettled: 4, ReferenceBlock: 90, Operators: 3, ThresholdBips: 6667,
		Pending:         []PendingStatus{{Number: 5, Digest: common.Hash{2}, Signatures: 2, Ready: true, Submitting: true, ReferenceBlock: 91, SignedStake: big.NewInt(7), Failed: "x"}},
		PendingEvidence: []string{"e"}, L1Error: "down"}
	b, _ := json.Marshal(st)
	want := `{"submitter":"0x0100000000000000000000000000000000000000","latestSettled":4,"referenceBlock":90,"operators":3,"thresholdBips":6667,` +
		`"pending":[{"number":5,"digest":"0x0200000000000000000000000000000000000000000000000000000000000000","signatures":2,"ready":true,"submitting":true,"referenceBlock":91,"signedStake":7,"failed":"x"}],` +
		`"pendingEvidence":["e"],"l1Error":"down"}`
	if string(b) != want {
		t.Fatalf("got %s\nwant %s", b, want)
	}
}
