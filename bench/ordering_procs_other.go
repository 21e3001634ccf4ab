//go:build !linux

package bench

import "errors"

// The benchmark targets Linux (it reads /proc); elsewhere it builds and runs the networks
// without pausing the one not measured (--no-pause).
var errNoPause = errors.New("pausing a process needs Linux (use --no-pause)")

func pausePID(int) error  { return errNoPause }
func resumePID(int) error { return nil }
