package freeport

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"
	"strings"
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

// Ports handed out one at a time and never bound are not handed out again soon: a caller that
// picks its ports first and binds them later gets distinct ones.
func TestGetDoesNotRepeat(t *testing.T) {
	seen := map[int]bool{}
	for range 3 * blockSize {
		p, err := Get()
		if err != nil {
			t.Fatal(err)
		}
		if seen[p] {
			t.Fatalf("port %d handed out twice in %d picks", p, len(seen)+1)
		}
		seen[p] = true
	}
}

// The first port of every block this process claimed is held, so no other process claims it.
func TestBlocksAreLocked(t *testing.T) {
	if _, _, ok := quietRange(); !ok {
		t.Skip("no room below this machine's ephemeral port range")
	}
	if _, err := Get(); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	bs := append([]block(nil), blocks...)
	mu.Unlock()
	if len(bs) == 0 {
		t.Fatal("no block claimed")
	}
	for _, b := range bs {
		if l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", b.base)); err == nil {
			l.Close()
			t.Fatalf("block %d's lock port is free", b.base)
		}
	}
}

// Two processes picking at once get disjoint ports: the case of test packages run in parallel,
// each starting a network whose ports are picked long before they are bound.
func TestProcessesGetDisjointPorts(t *testing.T) {
	if os.Getenv("FREEPORT_CHILD") != "" {
		ps, err := GetN(100)
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		for _, p := range ps {
			fmt.Println(p)
		}
		os.Exit(0)
	}
	if _, _, ok := quietRange(); !ok {
		t.Skip("no room below this machine's ephemeral port range")
	}
	mine, err := GetN(100)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestProcessesGetDisjointPorts$")
	cmd.Env = append(os.Environ(), "FREEPORT_CHILD=1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("child: %v: %s", err, out)
	}
	taken := map[int]bool{}
	for _, p := range mine {
		taken[p] = true
	}
	lines := strings.Fields(string(out))
	if len(lines) != 100 {
		t.Fatalf("child printed %d ports: %s", len(lines), out)
	}
	for _, l := range lines {
		p, err := strconv.Atoi(l)
		if err != nil {
			t.Fatalf("child printed %q", l)
		}
		if taken[p] {
			t.Fatalf("port %d handed to both processes", p)
		}
	}
}
