package bench

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/internal/wait"

	"github.com/lockstep-xyz/lockstep/system"
)

// startSystem starts the whole system with its data in dir, emptied first (cfg.Dir is set to
// it). stop stops it and joins the stop's error into *err; after a success it removes dir, after
// a failure it names dir, where the logs are.
func startSystem(ctx context.Context, dir string, cfg system.Config) (sys *system.System, stop func(err *error), err error) {
	if err := os.RemoveAll(dir); err != nil {
		return nil, nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, err
	}
	cfg.Dir = dir
	if sys, err = system.Start(ctx, cfg); err != nil {
		return nil, nil, fmt.Errorf("start the system: %w (its logs are in %s)", err, dir)
	}
	return sys, func(err *error) {
		if stopErr := sys.Stop(context.WithoutCancel(ctx)); stopErr != nil {
			*err = errors.Join(*err, fmt.Errorf("stop the system: %w", stopErr))
		}
		if *err == nil {
			*err = os.RemoveAll(dir)
		} else if !errors.Is(*err, context.Canceled) {
			*err = fmt.Errorf("%w (the system's logs are in %s)", *err, dir)
		}
	}, nil
}

// firstCheckpoint waits for the registry to store a checkpoint: the aggregator has read the
// operator set and the pipeline runs, so a section's first sample is not a warm-up.
func firstCheckpoint(ctx context.Context, reg *checkpointregistry.CheckpointRegistryCaller) error {
	return wait.For(ctx, 100*time.Millisecond, "a first checkpoint", func() (bool, error) {
		n, err := reg.LatestCheckpointNumber(&bind.CallOpts{Context: ctx})
		return n >= 1, err
	})
}
