package envelope

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
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

func TestBatchRoundTrip(t *testing.T) {
	payloads := [][]byte{[]byte("a"), []byte("bb"), []byte("a")}
	b, err := EncodeBatch(901, payloads)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := Decode(b)
	if err != nil || !tx.Batch || tx.Bundle || len(tx.Parts) != 3 {
		t.Fatalf("decode batch: %+v %v", tx, err)
	}
	for i, p := range tx.Parts {
		if p.RollupID != 901 || !bytes.Equal(p.Payload, payloads[i]) {
			t.Fatalf("part %d: %+v", i, p)
		}
	}
	if _, err := EncodeBatch(901, make([][]byte, MaxBatchParts+1)); !errors.Is(err, ErrOversize) {
		t.Fatalf("too many: %v", err)
	}
	if _, err := EncodeBatch(901, [][]byte{make([]byte, MaxPayloadBytes), make([]byte, MaxPayloadBytes)}); !errors.Is(err, ErrOversize) {
		t.Fatalf("over MaxTxBytes: %v", err)
	}
	if _, err := EncodeBatch(901, [][]byte{{}}); !errors.Is(err, ErrEmpty) {
		t.Fatalf("empty payload: %v", err)
	}
}

func TestOriginRoundTrip(t *testing.T) {
	o := Origin{L1: commitment.L1Ref{Number: 812, Hash: common.HexToHash("0x0812")}, Forced: []Forced{{901, 800, []byte("a")}, {902, 811, []byte("bbb")}}}
	b, err := EncodeOrigin(o)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := Decode(b)
	if err != nil || tx.Origin == nil || !reflect.DeepEqual(*tx.Origin, o) {
		t.Fatalf("decode origin: %+v %v", tx.Origin, err)
	}
	none, _ := EncodeOrigin(Origin{L1: o.L1})
	if tx, err := Decode(none); err != nil || tx.Origin == nil || len(tx.Origin.Forced) != 0 || len(none) != OriginHeaderBytes {
		t.Fatalf("origin without forced entries: %+v %v", tx, err)
	}
	full := Origin{}
	for range MaxForced {
		full.Forced = append(full.Forced, Forced{1, 1, make([]byte, MaxPayloadBytes)})
	}
	b, err = EncodeOrigin(full)
	if err != nil || len(b) != MaxOriginTxBytes {
		t.Fatalf("MaxForced entries of the largest payload: %d bytes, %v", len(b), err)
	}
	if tx, err := Decode(b); err != nil || len(tx.Origin.Forced) != MaxForced {
		t.Fatalf("decode the largest origin: %v", err)
	}
	full.Forced = append(full.Forced, Forced{1, 1, []byte("one more")})
	if _, err := EncodeOrigin(full); !errors.Is(err, ErrMalformed) {
		t.Fatalf("origin over MaxForced: %v", err)
	}
}

func TestRef(t *testing.T) {
	batch, _ := EncodeBatch(7, [][]byte{[]byte("a"), []byte("bc")})
	r := RefOf(batch)
	tx, err := Decode(EncodeRef(r))
	if err != nil || tx.Ref == nil || *tx.Ref != r || len(tx.Parts) != 0 || r.Size != uint32(len(batch)) {
		t.Fatalf("decode reference: %+v %v", tx, err)
	}
	got, err := r.Resolve(batch)
	if err != nil || !got.Batch || len(got.Parts) != 2 || !bytes.Equal(got.Parts[1].Payload, []byte("bc")) {
		t.Fatalf("resolve: %+v %v", got, err)
	}
	other, _ := EncodeBatch(7, [][]byte{[]byte("a"), []byte("bd")})
	if _, err := r.Resolve(other); !errors.Is(err, ErrMalformed) {
		t.Fatalf("resolve other bytes of the same size: %v", err)
	}
	if _, err := (Ref{Digest: r.Digest, Size: r.Size + 1}).Resolve(batch); !errors.Is(err, ErrMalformed) {
		t.Fatalf("resolve with the wrong size: %v", err)
	}
	// A reference names client transactions only: never another reference, a sync or an origin.
	for _, raw := range [][]byte{EncodeRef(r), mustSync(t)} {
		if _, err := RefOf(raw).Resolve(raw); !errors.Is(err, ErrMalformed) {
			t.Fatalf("resolve to kind 0x%02x: %v", raw[0], err)
		}
	}
}

func mustSync(t *testing.T) []byte {
	s, err := EncodeSync(ValidatorSync{L1Block: 9, Validators: []Validator{{OperatorID: [32]byte{1}, Power: 5}}})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestDecodeRejects(t *testing.T) {
	origin, _ := EncodeOrigin(Origin{Forced: []Forced{{1, 2, []byte("a")}}})
	batch, _ := EncodeBatch(7, [][]byte{[]byte("a"), []byte("bc")})
	good, _ := EncodeBundle([]Envelope{{1, []byte("a")}, {2, []byte("b")}})
	tests := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrEmpty},
		{"unknown kind", []byte{0x08, 1}, ErrMalformed},
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
		{"short batch", batch[:10], ErrMalformed},
		{"batch of none", append(append([]byte{}, batch[:9]...), 0, 0), ErrMalformed},
		{"batch of too many", append(append([]byte{}, batch[:9]...), 0xff, 0xff), ErrOversize},
		{"truncated batch", batch[:len(batch)-1], ErrMalformed},
		{"batch with trailing bytes", append(append([]byte{}, batch...), 0), ErrMalformed},
		{"empty batch transaction", append(append([]byte{}, batch[:9]...), 0, 1, 0, 0, 0, 0), ErrEmpty},
		{"short origin", origin[:OriginHeaderBytes-1], ErrMalformed},
		{"truncated origin", origin[:len(origin)-1], ErrMalformed},
		{"origin with trailing bytes", append(append([]byte{}, origin...), 0), ErrMalformed},
		{"forced entry without payload", append(append([]byte{}, origin[:OriginHeaderBytes+16]...), 0, 0, 0, 0), ErrEmpty},
		{"origin with too many entries", append(append([]byte{}, origin[:OriginHeaderBytes-2]...), 0, MaxForced+1), ErrMalformed},
		{"oversize origin", append([]byte{KindOrigin}, make([]byte, MaxOriginTxBytes)...), ErrOversize},
		{"short reference", EncodeRef(Ref{Size: 1})[:RefBytes-1], ErrMalformed},
		{"reference with trailing bytes", append(EncodeRef(Ref{Size: 1}), 0), ErrMalformed},
		{"reference to nothing", EncodeRef(Ref{}), ErrMalformed},
		{"reference to an oversize transaction", EncodeRef(Ref{Size: MaxTxBytes + 1}), ErrMalformed},
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
	o, _ := EncodeOrigin(Origin{L1: commitment.L1Ref{Number: 3}, Forced: []Forced{{7, 2, []byte("f")}}})
	f.Add(o)
	bt, _ := EncodeBatch(9, [][]byte{[]byte("x"), []byte("yz")})
	f.Add(bt)
	f.Add(EncodeRef(RefOf(bt)))
	f.Fuzz(func(t *testing.T, in []byte) {
		tx, err := Decode(in)
		if err != nil {
			return
		}
		// Whatever decodes re-encodes to the same bytes: one meaning per byte string.
		var out []byte
		if tx.Ref != nil {
			out = EncodeRef(*tx.Ref)
		} else if tx.Origin != nil {
			out, err = EncodeOrigin(*tx.Origin)
		} else if tx.Sync != nil {
			out, err = EncodeSync(*tx.Sync)
		} else if tx.Batch {
			payloads := make([][]byte, len(tx.Parts))
			for i, p := range tx.Parts {
				payloads[i] = p.Payload
			}
			out, err = EncodeBatch(tx.Parts[0].RollupID, payloads)
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
