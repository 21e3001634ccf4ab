// Package testutil holds what every Lockstep test package that starts anvil or processes
// shares: the one -short rule, waiting on a condition, and building the binaries once per run.
package testutil

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/internal/wait"
)

// SkipShort skips t under -short. Every test that starts anvil or a process calls it: such
// tests take seconds to minutes, -short runs the unit tests only.
func SkipShort(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts anvil or processes; skipped with -short")
	}
}

// PollInterval is how often WaitFor checks its condition.
const PollInterval = 20 * time.Millisecond

// WaitFor polls cond until it holds and fails t when timeout passes first, naming what it
// waited for and cond's last error.
func WaitFor(t testing.TB, timeout time.Duration, what string, cond func() (bool, error)) {
	t.Helper()
	if err := wait.Within(context.Background(), timeout, PollInterval, what, cond); err != nil {
		t.Fatal(err)
	}
}

// Binary is one binary built from a package, at most once per test run.
type Binary struct {
	Name, Pkg, Tags string

	once sync.Once
	path string
	err  error
}

// The binaries process-level tests run.
var (
	// Lockstep is the operator's binary.
	Lockstep = &Binary{Name: "lockstep", Pkg: "github.com/lockstep-xyz/lockstep/cmd/lockstep"}
	// Faulty is its faults build: a byzantine operator (operator run --fault).
	Faulty = &Binary{Name: "lockstep-faulty", Pkg: "github.com/lockstep-xyz/lockstep/cmd/lockstep", Tags: "lockstep_faults"}
	// Dev is the developer binary (devnet, bench); it finds the other two next to it.
	Dev = &Binary{Name: "lockstep-dev", Pkg: "github.com/lockstep-xyz/lockstep/cmd/lockstep-dev"}
)

// Binaries go into one temporary folder per test run, so lockstep-dev finds lockstep and
// lockstep-faulty next to it, as in bin/.
var (
	dirOnce sync.Once
	dir     string
	dirErr  error
)

// Path builds the binary the first time it is asked for and returns its path.
func (b *Binary) Path(t testing.TB) string {
	t.Helper()
	b.once.Do(func() {
		dirOnce.Do(func() { dir, dirErr = os.MkdirTemp("", "lockstep-test-bin-") })
		if dirErr != nil {
			b.err = dirErr
			return
		}
		path := filepath.Join(dir, b.Name)
		args := []string{"build", "-o", path}
		if b.Tags != "" {
			args = append(args, "-tags", b.Tags)
		}
		if out, err := exec.Command("go", append(args, b.Pkg)...).CombinedOutput(); err != nil {
			b.err = fmt.Errorf("go build %s: %v\n%s", b.Name, err, out)
			return
		}
		b.path = path
	})
	if b.err != nil {
		t.Fatal(b.err)
	}
	return b.path
}

// DevPath is Dev's path, with lockstep and lockstep-faulty built next to it.
func DevPath(t testing.TB) string {
	Lockstep.Path(t)
	Faulty.Path(t)
	return Dev.Path(t)
}

// RemoveBinaries deletes the binaries' folder; call it from TestMain after m.Run.
func RemoveBinaries() {
	if dir != "" {
		_ = os.RemoveAll(dir)
	}
}

// Main runs a test package's tests and then deletes the binaries they built: call it from
// TestMain.
func Main(m *testing.M) {
	code := m.Run()
	RemoveBinaries()
	os.Exit(code)
}

// Deployment writes a deployment file as lockstep-dev devnet does (its public part: chain
// 31337, rpcURL, contracts at addresses 0x…01 to 0x…06) for tests of the flags that read one.
func Deployment(t testing.TB, rpcURL string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "deployment.json")
	body := `{"chainId":31337,"rpcUrl":"` + rpcURL + `","contracts":{"registryCoordinator":"0x0000000000000000000000000000000000000001",
	"operatorStateRetriever":"0x0000000000000000000000000000000000000002","blsApkRegistry":"0x0000000000000000000000000000000000000003",
	"socketRegistry":"0x0000000000000000000000000000000000000004","checkpointRegistry":"0x0000000000000000000000000000000000000005",
	"equivocationSlasher":"0x0000000000000000000000000000000000000006"}}`
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
