//go:build !lockstep_faults

package main

import (
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// The operator's binary has no faults: --fault is an unknown flag, refused before anything runs.
func TestFaultFlagUnknown(t *testing.T) {
	cmd := operatorRunCommand()
	cmd.Action = func(*cli.Context) error {
		t.Fatal("operator run started with --fault")
		return nil
	}
	app := &cli.App{Commands: []*cli.Command{cmd}}
	app.Writer, app.ErrWriter = new(strings.Builder), new(strings.Builder)
	err := app.Run([]string{"lockstep", "run", "--fault", "equivocate"})
	if err == nil || !strings.Contains(err.Error(), "flag provided but not defined: -fault") {
		t.Fatalf("--fault in the operator's binary: %v, want an unknown flag", err)
	}
}
