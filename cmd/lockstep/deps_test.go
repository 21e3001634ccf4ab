package main

import (
	"os/exec"
	"strings"
	"testing"
)

// The operator's binary links no developer code: the devnet (anvil, system), the benchmarks and
// the tests' helpers stay in lockstep-dev.
func TestNoDevnetDependencies(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, out)
	}
	const module = "github.com/lockstep-xyz/lockstep/"
	for _, pkg := range strings.Fields(string(out)) {
		rel, ok := strings.CutPrefix(pkg, module)
		if !ok {
			continue
		}
		for _, dev := range []string{"anvil", "system", "bench", "tests", "internal/testutil", "cmd/lockstep-dev"} {
			if rel == dev || strings.HasPrefix(rel, dev+"/") {
				t.Errorf("lockstep imports %s", pkg)
			}
		}
	}
}
