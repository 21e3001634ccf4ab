package e2e

import (
	"testing"

	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// The binaries the subprocess tests run are built at most once per test run (testutil).
func TestMain(m *testing.M) { testutil.Main(m) }

// lockstepBinary returns the operator's binary.
func lockstepBinary(t *testing.T) string { return testutil.Lockstep.Path(t) }

// faultyBinary returns the faults build of lockstep.
func faultyBinary(t *testing.T) string { return testutil.Faulty.Path(t) }

// devBinary returns lockstep-dev, with lockstep and lockstep-faulty built next to it.
func devBinary(t *testing.T) string { return testutil.DevPath(t) }
