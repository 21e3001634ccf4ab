package envelope

import (
	"bytes"
	"errors"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	e := Envelope{RollupID: 901, Payload: []byte("hello")}
	b, err := EncodeEnvelope(e)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := Decode(b)
	if err != nil || tx.Bundle || len(tx.Parts) != 1 || tx.Parts[0].RollupID != 901 || !bytes.Equal(tx.Parts[0].Payload, e.Payload) {
		t.Fatalf("decode envelope: %+v %v", tx, err)
	}
	parts := []Envelope{{1, []byte("a")}, {2, []byte("bb")}, {1, []byte("ccc")}}
	b, err = EncodeBundle(parts)
	if err != nil {
		t.Fatal(err)
	}
	tx, err = Decode(b)
	if err != nil || !tx.Bundle || len(tx.Parts) != 3 {
		t.Fatalf("decode bundle: %+v %v", tx, err)
	}
	for i := range parts {
		if tx.Parts[i].RollupID != parts[i].RollupID || !bytes.Equal(tx.Parts[i].Payload, parts[i].Payload) {
			t.Fatalf("part %d: %+v", i, tx.Parts[i])
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	good, _ := EncodeBundle([]Envelope{{1, []byte("a")}, {2, []byte("b")}})
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"unknown kind", []byte{0x07, 1}, ErrMalformed},
		{"short envelope", []byte{KindEnvelope, 0, 0}, ErrMalformed},
		{"envelope without payload", append([]byte{KindEnvelope}, make([]byte, 8)...), ErrEmpty},
		{"oversize envelope", append([]byte{KindEnvelope}, make([]byte, 8+MaxPayloadBytes+1)...), ErrOversize},
		{"short bundle", []byte{KindBundle, 0}, ErrMalformed},
		{"bundle of none", []byte{KindBundle, 0, 0}, ErrMalformed},
		{"bundle of too many", []byte{KindBundle, 0xff, 0xff}, ErrOversize},
		{"truncated bundle", good[:len(good)-1], ErrMalformed},
		{"trailing bytes", append(append([]byte{}, good...), 0), ErrMalformed},
		{"empty bundle part", []byte{KindBundle, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0}, ErrEmpty},
		{"oversize transaction", make([]byte, MaxTxBytes+1), ErrOversize},
		{"sync of none", []byte{KindSync, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0}, ErrMalformed},
		{"truncated sync", append([]byte{KindSync, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1}, make([]byte, 71)...), ErrMalformed},
		{"sync with zero power", append([]byte{KindSync, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1}, make([]byte, 72)...), ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(tc.in)
			if !errors.Is(err, tc.want) || !errors.Is(err, ErrMalformed) {
				t.Fatalf("Decode = %v, want %v", err, tc.want)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	e, _ := EncodeEnvelope(Envelope{RollupID: 5, Payload: []byte("x")})
	b, _ := EncodeBundle([]Envelope{{1, []byte("a")}, {2, []byte("bb")}})
	f.Add(e)
	f.Add(b)
	f.Add([]byte{KindBundle, 0, 1})
	s, _ := EncodeSync(ValidatorSync{L1Block: 9, Validators: []Validator{{OperatorID: [32]byte{1}, Power: 5}, {OperatorID: [32]byte{2}, Power: 1}}})
	f.Add(s)
	f.Fuzz(func(t *testing.T, in []byte) {
		tx, err := Decode(in)
		if err != nil {
			return
		}
		// Whatever decodes re-encodes to the same bytes: one meaning per byte string.
		var out []byte
		if tx.Sync != nil {
			out, err = EncodeSync(*tx.Sync)
		} else if tx.Bundle {
			out, err = EncodeBundle(tx.Parts)
		} else {
			if len(tx.Parts) != 1 {
				t.Fatalf("envelope with %d parts", len(tx.Parts))
			}
			out, err = EncodeEnvelope(tx.Parts[0])
		}
		if err != nil || !bytes.Equal(out, in) {
			t.Fatalf("re-encode: %x %v, want %x", out, err, in)
		}
	})
}
