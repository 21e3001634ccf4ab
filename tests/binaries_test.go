package tests

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// The binaries the subprocess tests run are built at most once per test run, into one
// temporary folder: lockstep-dev finds lockstep and lockstep-faulty next to it, as in bin/.
var (
	binDirOnce sync.Once
	binDir     string
	binDirErr  error

	// lockstepBin is the operator's binary.
	lockstepBin = &testBinary{name: "lockstep", pkg: "github.com/lockstep-xyz/lockstep/cmd/lockstep"}
	// faultyBin is its faults build: a byzantine operator (operator run --fault).
	faultyBin = &testBinary{name: "lockstep-faulty", pkg: "github.com/lockstep-xyz/lockstep/cmd/lockstep", tags: "lockstep_faults"}
	// devBin is the developer binary (devnet, bench).
	devBin = &testBinary{name: "lockstep-dev", pkg: "github.com/lockstep-xyz/lockstep/cmd/lockstep-dev"}
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		_ = os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// testBinary is one binary built from pkg with the build tags tags.
type testBinary struct {
	name, pkg, tags string

	once sync.Once
	path string
	err  error
}

// build builds the binary the first time it is asked for and returns its path.
func (b *testBinary) build(t *testing.T) string {
	t.Helper()
	b.once.Do(func() {
		binDirOnce.Do(func() { binDir, binDirErr = os.MkdirTemp("", "lockstep-test-bin-") })
		if binDirErr != nil {
			b.err = binDirErr
			return
		}
		path := filepath.Join(binDir, b.name)
		args := []string{"build", "-o", path}
		if b.tags != "" {
			args = append(args, "-tags", b.tags)
		}
		if out, err := exec.Command("go", append(args, b.pkg)...).CombinedOutput(); err != nil {
			b.err = fmt.Errorf("go build %s: %v\n%s", b.name, err, out)
			return
		}
		b.path = path
	})
	if b.err != nil {
		t.Fatal(b.err)
	}
	return b.path
}

// lockstepBinary returns the operator's binary.
func lockstepBinary(t *testing.T) string { return lockstepBin.build(t) }

// faultyBinary returns the faults build of lockstep.
func faultyBinary(t *testing.T) string { return faultyBin.build(t) }

// devBinary returns lockstep-dev, with lockstep and lockstep-faulty built next to it.
func devBinary(t *testing.T) string {
	lockstepBinary(t)
	faultyBinary(t)
	return devBin.build(t)
}
