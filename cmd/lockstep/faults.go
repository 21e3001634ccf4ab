//go:build lockstep_faults

package main

// This file is compiled only into the faults build of lockstep (`go build -tags
// lockstep_faults`, bin/lockstep-faulty from `make build`): a byzantine operator for the
// end-to-end tests and `lockstep-dev devnet --byzantine`. The operator's binary has no --fault
// flag and no fault code.

import (
	"fmt"
	"log/slog"

	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/operator/node"
)

// faultFlags are `operator run`'s flags of the faults build.
func faultFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringSliceFlag{Name: "fault", Usage: "TEST ONLY: misbehave on purpose (equivocate, tamper-batches, ignore-inbox)", EnvVars: operatorEnv("fault")},
	}
}

// applyFaults sets cfg.Faults from --fault.
func applyFaults(c *cli.Context, cfg *node.Config, log *slog.Logger) error {
	names := c.StringSlice("fault")
	for _, n := range names {
		switch n {
		case "equivocate":
			cfg.Faults.Equivocate = true
		case "tamper-batches":
			cfg.Faults.TamperBatches = true
		case "ignore-inbox":
			cfg.Faults.IgnoreInbox = true
		default:
			return fmt.Errorf("--fault %q: want equivocate, tamper-batches or ignore-inbox", n)
		}
	}
	if len(names) > 0 {
		log.Warn("TEST-ONLY FAULTS ENABLED: this node misbehaves on purpose", "faults", names)
	}
	return nil
}
