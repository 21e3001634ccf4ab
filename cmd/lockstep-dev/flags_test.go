package main

import (
	"testing"

	"github.com/lockstep-xyz/lockstep/internal/cliapp"
)

// Every flag: a lower-case dotted or dashed name, unique, with exactly one LOCKSTEP_ variable.
func TestFlags(t *testing.T) {
	if err := cliapp.CheckFlags(newApp()); err != nil {
		t.Fatal(err)
	}
}
