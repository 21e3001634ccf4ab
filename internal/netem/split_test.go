package netem

import (
	"slices"
	"testing"
)

func TestSplit(t *testing.T) {
	n := newNet(t)
	target := echoServer(t)
	eps := []string{"op0", "op1", "op2", "aggregator", "l1"}
	addrs := map[LinkID]string{}
	for _, f := range eps {
		for _, to := range eps {
			if f == to || f == "l1" || (f == "aggregator" && to != "l1") {
				continue // who dials whom in the system: operators everyone, the aggregator L1
			}
			a, err := n.Link(f, to, target)
			if err != nil {
				t.Fatal(err)
			}
			addrs[LinkID{f, to}] = a
		}
	}
	ops := []string{"op0", "op1", "op2"}
	if err := n.Split([]string{"aggregator"}, ops); err != nil {
		t.Fatal(err)
	}
	want := []LinkID{{"op0", "aggregator"}, {"op1", "aggregator"}, {"op2", "aggregator"}}
	if got := n.Cuts(); !slices.Equal(got, want) {
		t.Fatalf("cut %v, want %v", got, want)
	}
	for id, addr := range addrs {
		if cut := slices.Contains(want, id); refused(addr) != cut {
			t.Fatalf("link %s: refused %v, want %v", id, refused(addr), cut)
		}
	}
	if err := n.Split([]string{"op0"}, []string{"op0", "op1"}); err == nil {
		t.Fatal("an endpoint on both sides was accepted")
	}
	if err := n.Heal(); err != nil {
		t.Fatal(err)
	}
	if got := n.Cuts(); len(got) != 0 {
		t.Fatalf("cut after heal: %v", got)
	}
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	if err := n.Split(ops, []string{"l1"}); err != ErrClosed {
		t.Fatalf("split after close: %v, want ErrClosed", err)
	}
}
