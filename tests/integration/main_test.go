// Package integration holds Lockstep's in-process integration tests: a real anvil with the
// real EigenLayer core and middleware and Lockstep's contracts, driven through chainio and an
// in-process aggregator (aggregator.New). The aggregator restart and `lockstep slash` tests
// also run the lockstep binary. No mocks, no fixed sleeps.
package integration

import (
	"testing"

	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// The binaries the subprocess tests run are built at most once per test run (testutil).
func TestMain(m *testing.M) { testutil.Main(m) }

// lockstepBinary returns the operator's binary.
func lockstepBinary(t *testing.T) string { return testutil.Lockstep.Path(t) }
