package avail

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestDecode(t *testing.T) {
	const maxTx = 8
	digests := make([]common.Hash, MaxWant+1)
	for i := range digests {
		digests[i] = common.Hash{byte(i + 1)}
	}
	for _, tc := range []struct {
		name  string
		in    []byte
		data  []byte
		wants []common.Hash
	}{
		{"empty", nil, nil, nil},
		{"unknown type", []byte{0x03, 1, 2}, nil, nil},
		{"data", append([]byte{msgData}, "12345678"...), []byte("12345678"), nil},
		{"data over the limit", append([]byte{msgData}, "123456789"...), nil, nil},
		{"empty data", []byte{msgData}, nil, nil},
		{"one want", encodeWant(digests[:1]), nil, digests[:1]},
		{"most wants", encodeWant(digests[:MaxWant]), nil, digests[:MaxWant]},
		{"too many wants", encodeWant(digests), nil, nil},
		{"empty want", []byte{msgWant}, nil, nil},
		{"want of 31 bytes", append([]byte{msgWant}, make([]byte, 31)...), nil, nil},
		{"want of 33 bytes", append([]byte{msgWant}, make([]byte, 33)...), nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := decode(tc.in, maxTx)
			if tc.data == nil && tc.wants == nil {
				if !errors.Is(err, ErrMalformed) {
					t.Fatalf("decode: %v, want ErrMalformed", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(m.data, tc.data) || len(m.wants) != len(tc.wants) {
				t.Fatalf("decoded %+v", m)
			}
			for i := range m.wants {
				if m.wants[i] != tc.wants[i] {
					t.Fatalf("want %d: %s, expected %s", i, m.wants[i], tc.wants[i])
				}
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(encodeData([]byte("tx")))
	f.Add(encodeWant([]common.Hash{{1}, {2}}))
	f.Add([]byte{msgWant, 1})
	f.Add([]byte{0xff})
	f.Fuzz(func(t *testing.T, in []byte) {
		const maxTx = 64
		m, err := decode(in, maxTx)
		if err != nil {
			return
		}
		// Whatever decodes re-encodes to the same bytes and respects the limits.
		var out []byte
		switch {
		case m.data != nil:
			if len(m.data) > maxTx {
				t.Fatalf("data of %d bytes over %d", len(m.data), maxTx)
			}
			out = encodeData(m.data)
		default:
			if len(m.wants) == 0 || len(m.wants) > MaxWant {
				t.Fatalf("%d wants", len(m.wants))
			}
			out = encodeWant(m.wants)
		}
		if !bytes.Equal(out, in) {
			t.Fatalf("re-encoded %x, decoded from %x", out, in)
		}
	})
}
