package socket

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func sample() Socket {
	return Socket{NodeID: strings.Repeat("ab", 20), ConsKey: bytes.Repeat([]byte{7}, 32), P2PAddr: "127.0.0.1:26656", RPCURL: "http://127.0.0.1:8545"}
}

func TestRoundTrip(t *testing.T) {
	s := sample()
	got, err := Parse(s.String())
	if err != nil || got.NodeID != s.NodeID || !bytes.Equal(got.ConsKey, s.ConsKey) || got.P2PAddr != s.P2PAddr || got.RPCURL != s.RPCURL {
		t.Fatalf("Parse(%q) = %+v, %v", s.String(), got, err)
	}
	if got.PeerAddress() != s.NodeID+"@127.0.0.1:26656" {
		t.Fatal(got.PeerAddress())
	}
	s.RPCURL = ""
	if _, err := Parse(s.String()); err != nil {
		t.Fatalf("empty rpc: %v", err)
	}
}

func TestParseRejects(t *testing.T) {
	good := sample().String()
	for name, in := range map[string]string{
		"devnet placeholder": "devnet-operator-0",
		"wrong version":      strings.Replace(good, "lockstep1", "lockstep2", 1),
		"short node ID":      strings.Replace(good, "node=abab", "node=ab", 1),
		"upper-case node ID": strings.Replace(good, "node=abab", "node=ABAB", 1),
		"short key":          strings.Replace(good, "cons=0707", "cons=07", 1),
		"no port":            strings.Replace(good, "127.0.0.1:26656", "127.0.0.1", 1),
		"bad rpc":            strings.Replace(good, "http://", "ftp://", 1),
		"extra field":        good + ";x=y",
		"fields swapped":     strings.Replace(strings.Replace(good, "p2p=", "tmp=", 1), "rpc=", "p2p=", 1),
		"too long":           good + strings.Repeat("x", MaxLen),
	} {
		if _, err := Parse(in); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: Parse(%q) = %v", name, in, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add(sample().String())
	f.Add("lockstep1;node=;cons=;p2p=:;rpc=")
	f.Fuzz(func(t *testing.T, in string) {
		s, err := Parse(in)
		if err != nil {
			return
		}
		again, err := Parse(s.String())
		if err != nil || again.String() != s.String() {
			t.Fatalf("round trip of %q: %q %v", in, again.String(), err)
		}
	})
}
