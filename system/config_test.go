package system

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/operator/node"
	"github.com/lockstep-xyz/lockstep/operator/socket"
)

// A node's options are checked against the system's before anything starts.
func TestCheckNode(t *testing.T) {
	for _, tc := range []struct {
		name   string
		faulty string
		nc     NodeConfig
		err    string
	}{
		{"plain", "", NodeConfig{}, ""},
		{"faulty", "lockstep-faulty", NodeConfig{Faulty: true}, ""},
		{"faulty without the build", "", NodeConfig{Faulty: true}, "no faults build"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Config{Lockstep: "lockstep", Faulty: tc.faulty, Dir: t.TempDir(), Operators: 1, Node: func(int) NodeConfig { return tc.nc }}
			err := c.check()
			if tc.err == "" && err != nil {
				t.Fatalf("check: %v", err)
			}
			if tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
				t.Fatalf("check: %v, want an error with %q", err, tc.err)
			}
		})
	}
}

// A rollup node must follow a registered rollup through operator nodes that exist.
func TestCheckRollupNode(t *testing.T) {
	for _, tc := range []struct {
		name string
		rc   RollupNodeConfig
		err  string
	}{
		{"every operator", RollupNodeConfig{ChainID: 901}, ""},
		{"chosen operators", RollupNodeConfig{ChainID: 902, Operators: []int{2, 0}}, ""},
		{"unregistered chain", RollupNodeConfig{ChainID: 903}, "not a registered rollup"},
		{"no such operator", RollupNodeConfig{ChainID: 901, Operators: []int{0, 3}}, "operator node 3 does not exist"},
		{"negative operator", RollupNodeConfig{ChainID: 901, Operators: []int{-1}}, "operator node -1 does not exist"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Config{Lockstep: "lockstep", Dir: t.TempDir(), Operators: 3,
				Rollups: []deployment.Rollup{{ID: 901}, {ID: 902}}, RollupNodes: []RollupNodeConfig{tc.rc}}
			err := c.check()
			if tc.err == "" && err != nil {
				t.Fatalf("check: %v", err)
			}
			if tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
				t.Fatalf("check: %v, want an error with %q", err, tc.err)
			}
		})
	}
}

// With PeerAddr every node names every other by its node ID at the address PeerAddr gives.
func TestPeerArgs(t *testing.T) {
	s := &System{}
	for i := range 3 {
		id, err := node.InitHome(filepath.Join(t.TempDir(), "home"))
		if err != nil {
			t.Fatal(err)
		}
		sock, err := id.Socket(fmt.Sprintf("127.0.0.1:%d", 20000+i), "http://127.0.0.1:1")
		if err != nil {
			t.Fatal(err)
		}
		s.Nodes = append(s.Nodes, &Node{service: service{name: fmt.Sprintf("op%d", i)}, Index: i, Socket: sock})
	}
	if got, err := s.peerArgs(); err != nil || slices.ContainsFunc(got, func(a []string) bool { return len(a) > 0 }) {
		t.Fatalf("without PeerAddr: %v, %v; want no flags", got, err)
	}
	s.cfg.PeerAddr = func(from, to *Node) (string, error) {
		return fmt.Sprintf("127.0.0.1:%d", 30000+10*from.Index+to.Index), nil
	}
	got, err := s.peerArgs()
	if err != nil {
		t.Fatal(err)
	}
	id1, _ := socket.Parse(s.Nodes[1].Socket)
	id2, _ := socket.Parse(s.Nodes[2].Socket)
	want := []string{"--p2p.peers", id1.NodeID + "@127.0.0.1:30001", "--p2p.peers", id2.NodeID + "@127.0.0.1:30002"}
	if !slices.Equal(got[0], want) {
		t.Fatalf("node 0's flags %v, want %v", got[0], want)
	}
	if len(got[1]) != 4 || len(got[2]) != 4 {
		t.Fatalf("flags %v: want two peers each", got)
	}
	s.cfg.PeerAddr = func(from, to *Node) (string, error) { return "", errors.New("no link") }
	if _, err := s.peerArgs(); err == nil || !strings.Contains(err.Error(), "no link") {
		t.Fatalf("a failing PeerAddr: %v", err)
	}
}
