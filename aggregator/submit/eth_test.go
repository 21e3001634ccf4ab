package submit

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/txmgr"
)

// dataError is a JSON-RPC error carrying revert data, as anvil and geth report reverts.
type dataError struct{ data string }

func (e dataError) Error() string          { return "execution reverted" }
func (e dataError) ErrorData() interface{} { return e.data }

func revertWith(signature string) error {
	sel := crypto.Keccak256([]byte(signature))[:4]
	data := append(sel, make([]byte, 64)...) // arguments are not read
	return &txmgr.RevertError{Err: dataError{hexutil.Encode(data)}}
}

// TestClassify: contract refusals are told apart by their custom error's selector.
func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want error
	}{
		{revertWith("CheckpointAlreadySubmitted(uint64)"), ErrAlreadyStored},
		{revertWith("NonSequentialCheckpoint(uint64,uint64)"), ErrNonSequential},
		{revertWith("ReferenceBlockNotInPast(uint32,uint256)"), ErrNonSequential},
		{revertWith("StaleReferenceBlock(uint32,uint32)"), ErrStaleReference},
		{revertWith("InsufficientSignedStake(uint8,uint96,uint96,uint16)"), ErrStaleReference},
		{revertWith("InvalidBLSSignature()"), ErrStaleReference},
		{revertWith("NonContiguousHeights(uint64,uint64)"), ErrPermanent},
		{revertWith("InvalidHeightRange(uint64,uint64)"), ErrPermanent},
		{revertWith("SomethingElse()"), ErrReverted},
		{&txmgr.RevertError{Err: errors.New("reverted (the replayed call succeeds both before and after its block)")}, ErrReverted},
	} {
		got := classify(tc.err)
		if !errors.Is(got, tc.want) || !errors.Is(got, txmgr.ErrReverted) {
			t.Errorf("%v: classified %v, want %v", tc.err, got, tc.want)
		}
	}
	trouble := errors.New("connection refused")
	if got := classify(trouble); got != trouble {
		t.Errorf("L1 trouble classified %v", got)
	}
}
