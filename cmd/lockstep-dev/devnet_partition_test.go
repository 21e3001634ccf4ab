package main

import (
	"net"
	"slices"
	"testing"

	"github.com/lockstep-xyz/lockstep/internal/netem"
)

// partition cuts every link of a process and heal NAME restores only its links to processes
// not partitioned themselves: two partitioned operators stay apart from each other until
// `heal` alone restores everything.
func TestPartitionHealLinks(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	nw := netem.New(nil)
	defer nw.Close()
	ops := []string{"op0", "op1", "op2"}
	for _, from := range ops {
		for _, to := range append(slices.Clone(ops), "aggregator", "l1") {
			if from != to {
				if _, err := nw.Link(from, to, ln.Addr().String()); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if _, err := nw.Link("aggregator", "l1", ln.Addr().String()); err != nil {
		t.Fatal(err)
	}
	cut := func(from, to string) bool {
		c, err := nw.IsCut(from, to)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	for _, name := range []string{"op1", "op2"} {
		if err := partition(nw, name); err != nil {
			t.Fatal(err)
		}
	}
	if !isolated(nw, "op1") || !isolated(nw, "op2") || isolated(nw, "op0") || isolated(nw, "aggregator") {
		t.Fatalf("isolated: op0 %v op1 %v op2 %v aggregator %v", isolated(nw, "op0"), isolated(nw, "op1"), isolated(nw, "op2"), isolated(nw, "aggregator"))
	}
	if err := heal(nw, "op1"); err != nil {
		t.Fatal(err)
	}
	if isolated(nw, "op1") || cut("op1", "op0") || cut("op0", "op1") || cut("op1", "l1") || !cut("op1", "op2") || !cut("op2", "op1") {
		t.Fatalf("after heal op1: cut links %v", nw.Cuts())
	}
	if err := heal(nw, healAll); err != nil {
		t.Fatal(err)
	}
	if c := nw.Cuts(); len(c) != 0 {
		t.Fatalf("after heal: cut links %v", c)
	}
	if err := partition(nw, "rollup901-0"); err == nil {
		t.Fatal("partitioned a process without links")
	}
	if err := partition(nil, "op0"); err == nil {
		t.Fatal("partitioned without an emulated network")
	}
}
