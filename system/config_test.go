package system

import (
	"strings"
	"testing"
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
