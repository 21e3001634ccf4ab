// Package integration holds Lockstep's in-process integration tests: a real anvil with the
// real EigenLayer core and middleware and Lockstep's contracts, driven through chainio and an
// in-process aggregator (aggregator.New). Tests that run the lockstep binary are in tests/e2e.
// No mocks, no fixed sleeps.
package integration
