package follower

import (
	"os/exec"
	"strings"
	"testing"
)

// heavyModules are the operator node's storage, consensus and metrics: a rollup binary that
// imports the follower must not link them.
var heavyModules = []string{"github.com/syndtr/goleveldb", "github.com/cometbft/cometbft", "github.com/prometheus"}

// TestLightDependencies checks what the follower and the API's wire types import, with go list.
func TestLightDependencies(t *testing.T) {
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("no go command to list the imports: %v", err)
	}
	for _, root := range []string{"github.com/lockstep-xyz/lockstep/follower", "github.com/lockstep-xyz/lockstep/api/operatorapi", "github.com/lockstep-xyz/lockstep/api/aggregatorapi"} {
		cmd := exec.Command(goCmd, "list", "-deps", "-f", "{{.ImportPath}}{{range .Imports}} {{.}}{{end}}", root)
		out, err := cmd.Output()
		if err != nil {
			var stderr []byte
			if ee, ok := err.(*exec.ExitError); ok {
				stderr = ee.Stderr
			}
			t.Fatalf("go list -deps %s: %v\n%s", root, err, stderr)
		}
		imports := make(map[string][]string)
		for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			f := strings.Fields(line)
			imports[f[0]] = f[1:]
		}
		if _, ok := imports[root]; !ok {
			t.Fatalf("go list -deps %s does not list the package itself:\n%s", root, out)
		}
		for _, m := range heavyModules {
			var shortest []string // the most direct way in, to name in the failure
			n := 0
			for pkg := range imports {
				if pkg != m && !strings.HasPrefix(pkg, m+"/") {
					continue
				}
				n++
				if c := importChain(imports, root, pkg); shortest == nil || len(c) < len(shortest) ||
					(len(c) == len(shortest) && strings.Join(c, " ") < strings.Join(shortest, " ")) {
					shortest = c
				}
			}
			if n > 0 {
				t.Errorf("%s links %d packages of %s, e.g. %s", root, n, m, strings.Join(shortest, " -> "))
			}
		}
	}
}

// importChain is a shortest chain of imports from root to pkg.
func importChain(imports map[string][]string, root, pkg string) []string {
	prev := map[string]string{root: ""}
	for queue := []string{root}; len(queue) > 0; queue = queue[1:] {
		p := queue[0]
		if p == pkg {
			var chain []string
			for ; p != ""; p = prev[p] {
				chain = append([]string{p}, chain...)
			}
			return chain
		}
		for _, q := range imports[p] {
			if _, seen := prev[q]; !seen {
				prev[q] = p
				queue = append(queue, q)
			}
		}
	}
	return []string{root, "…", pkg}
}
