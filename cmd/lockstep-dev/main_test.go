package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// The devnet and the benchmarks run the lockstep binary named by --lockstep-bin, else the one
// next to lockstep-dev; a missing one is an error that says how to build it.
func TestFindLockstepBinary(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "lockstep")
	if err := os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) (string, error) {
		var got string
		app := &cli.App{
			Flags: []cli.Flag{lockstepBinFlag("LOCKSTEP_TEST_LOCKSTEP_BIN")},
			Action: func(c *cli.Context) (err error) {
				got, err = lockstepBinary(c)
				return err
			},
		}
		err := app.Run(append([]string{"lockstep-dev"}, args...))
		return got, err
	}
	if got, err := run("--lockstep-bin", exe); err != nil || got != exe {
		t.Fatalf("--lockstep-bin %s: %q, %v", exe, got, err)
	}
	_, err := run("--lockstep-bin", filepath.Join(dir, "missing"))
	if err == nil || !strings.Contains(err.Error(), "make build") || !strings.Contains(err.Error(), "--lockstep-bin") {
		t.Fatalf("missing binary: %v, want an error naming make build and --lockstep-bin", err)
	}
	// Without the flag: next to this (test) binary, where there is no lockstep.
	self, err := os.Executable()
	if err == nil {
		self, err = filepath.EvalSymlinks(self)
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(self), "lockstep")); err == nil {
		t.Skip("a lockstep binary sits next to the test binary")
	}
	if _, err := run(); err == nil || !strings.Contains(err.Error(), "no lockstep binary at "+filepath.Dir(self)) {
		t.Fatalf("default: %v, want no lockstep binary next to %s", err, self)
	}
}
