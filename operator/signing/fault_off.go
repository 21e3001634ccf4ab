//go:build !lockstep_faults

package signing

import (
	"context"
	"log/slog"

	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
)

// Faults is empty: the test-only faults (fault.go) are compiled only into a build with the
// lockstep_faults tag, so this build cannot misbehave on purpose.
type Faults struct{}

// afterDelivery does nothing without the faults build.
func (*Service) afterDelivery(context.Context, *aggregatorapi.Client, *aggregatorapi.CheckpointSignature, *slog.Logger) {
}
