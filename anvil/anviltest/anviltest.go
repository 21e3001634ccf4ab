// Package anviltest starts a devnet (anvil with EigenLayer and Lockstep deployed) for a test,
// stopped when the test ends: the one bring-up the anvil, deployment and integration tests share.
package anviltest

import (
	"context"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/deployment"
)

// Start starts a devnet with cfg under a two-minute deadline, closes it at the end of the test,
// and returns the deadline's context with the devnet and its contracts' bindings.
func Start(t testing.TB, cfg anvil.Config) (context.Context, *anvil.Devnet, *deployment.Bindings) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	start := time.Now()
	dn, err := anvil.Start(ctx, cfg)
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(func() {
		if err := dn.Close(); err != nil {
			t.Errorf("close devnet: %v", err)
		}
	})
	t.Logf("devnet with %d operators up in %s", len(dn.Deployment.Operators), time.Since(start).Round(time.Millisecond))
	b, err := dn.Deployment.Bindings(dn.Client)
	if err != nil {
		t.Fatalf("bind the deployment: %v", err)
	}
	return ctx, dn, b
}
