//go:build !lockstep_faults

package main

import (
	"log/slog"

	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/operator/node"
)

// faultFlags is empty: --fault exists only in the faults build (faults.go), so the operator's
// binary refuses it as an unknown flag.
func faultFlags() []cli.Flag { return nil }

func applyFaults(*cli.Context, *node.Config, *slog.Logger) error { return nil }
