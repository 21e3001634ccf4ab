package chainio

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
)

// dataError is what geth's RPC client returns for a revert: a message plus revert data.
type dataError struct {
	msg  string
	data any
}

func (e *dataError) Error() string  { return e.msg }
func (e *dataError) ErrorData() any { return e.data }

func TestDecodeRevert(t *testing.T) {
	reg, err := checkpointregistry.CheckpointRegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	insErr := reg.Errors["InsufficientSignedStake"]
	insufficient, err := insErr.Inputs.Pack(uint8(0), big.NewInt(2), big.NewInt(4), uint16(6667))
	if err != nil {
		t.Fatal(err)
	}
	insufficient = append(append([]byte{}, insErr.ID[:4]...), insufficient...)
	strType, _ := abi.NewType("string", "", nil)
	errString, _ := abi.Arguments{{Type: strType}}.Pack("boom")
	errString = append([]byte{0x08, 0xc3, 0x79, 0xa0}, errString...)
	panicData := append([]byte{0x4e, 0x48, 0x7b, 0x71}, make([]byte, 32)...)
	panicData[len(panicData)-1] = 0x11

	tests := []struct {
		name     string
		err      error
		abis     []*abi.ABI
		wantName string
		wantOK   bool
		check    func(t *testing.T, args []any)
	}{
		{name: "custom error, known ABIs", err: &dataError{"execution reverted", hexutil.Encode(insufficient)}, wantName: "InsufficientSignedStake", wantOK: true,
			check: func(t *testing.T, args []any) {
				if args[0].(uint8) != 0 || args[1].(*big.Int).Int64() != 2 || args[2].(*big.Int).Int64() != 4 || args[3].(uint16) != 6667 {
					t.Fatalf("args %v", args)
				}
			}},
		{name: "custom error, given ABI", err: &dataError{"x", hexutil.Encode(insufficient)}, abis: []*abi.ABI{reg}, wantName: "InsufficientSignedStake", wantOK: true},
		{name: "wrapped", err: fmt.Errorf("submit: %w", &dataError{"x", hexutil.Encode(insufficient)}), wantName: "InsufficientSignedStake", wantOK: true},
		{name: "bytes data", err: &dataError{"x", insufficient}, wantName: "InsufficientSignedStake", wantOK: true},
		{name: "middleware error", err: &dataError{"x", "0x" + fmt.Sprintf("%x", mustSelector(t, "InvalidBLSSignature()"))}, wantName: "InvalidBLSSignature", wantOK: true},
		{name: "Error(string)", err: &dataError{"x", hexutil.Encode(errString)}, wantName: "Error", wantOK: true,
			check: func(t *testing.T, args []any) {
				if args[0] != "boom" {
					t.Fatalf("args %v", args)
				}
			}},
		{name: "Panic(uint256)", err: &dataError{"x", hexutil.Encode(panicData)}, wantName: "Panic", wantOK: true},
		{name: "unknown selector", err: &dataError{"x", "0xdeadbeef"}},
		{name: "short data", err: &dataError{"x", "0xdead"}},
		{name: "not hex", err: &dataError{"x", "nope"}},
		{name: "no data", err: errors.New("connection refused")},
		{name: "nil", err: nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			name, args, ok := DecodeRevert(tc.err, tc.abis...)
			if ok != tc.wantOK || name != tc.wantName {
				t.Fatalf("DecodeRevert = %q %v %v, want %q %v", name, args, ok, tc.wantName, tc.wantOK)
			}
			if tc.check != nil {
				tc.check(t, args)
			}
		})
	}
	if got := FormatRevert(&dataError{"x", hexutil.Encode(insufficient)}); got != "InsufficientSignedStake(0, 2, 4, 6667)" {
		t.Fatalf("FormatRevert = %q", got)
	}
}

func mustSelector(t *testing.T, sig string) []byte {
	t.Helper()
	for _, a := range KnownABIs() {
		for _, e := range a.Errors {
			if e.Sig == sig {
				return e.ID[:4]
			}
		}
	}
	t.Fatalf("no known ABI has error %s", sig)
	return nil
}
