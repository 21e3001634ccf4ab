package freeport

import (
	"fmt"
	"net"
	"testing"
)

func TestGetIsBindable(t *testing.T) {
	p, err := Get()
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
	if err != nil {
		t.Fatalf("port %d is not free: %v", p, err)
	}
	l.Close()
}

func TestGetNDistinct(t *testing.T) {
	ps, err := GetN(20)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int]bool{}
	for _, p := range ps {
		if p <= 0 || seen[p] {
			t.Fatalf("ports %v: %d repeated or invalid", ps, p)
		}
		seen[p] = true
	}
}

func TestAddr(t *testing.T) {
	a, err := Addr()
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := net.SplitHostPort(a); err != nil {
		t.Fatalf("%q: %v", a, err)
	}
}

// Ports come from below the ephemeral range, where outgoing connections do not take them.
func TestPortsOutsideEphemeralRange(t *testing.T) {
	lo, hi, ok := quietRange()
	if !ok {
		t.Skip("no room below this machine's ephemeral port range")
	}
	ps, err := GetN(50)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p < lo || p > hi {
			t.Fatalf("port %d outside [%d, %d]", p, lo, hi)
		}
	}
}
