package system

import (
	"strings"
	"testing"

	"github.com/lockstep-xyz/lockstep/deployment"
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
		{"own command", "", NodeConfig{Command: []string{"lockstep-dev", "bench", "operator-node"}}, ""},
		{"faulty", "lockstep-faulty", NodeConfig{Faulty: true}, ""},
		{"faulty without the build", "", NodeConfig{Faulty: true}, "no faults build"},
		{"faulty with its own command", "lockstep-faulty", NodeConfig{Faulty: true, Command: []string{"x"}}, "own command"},
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
