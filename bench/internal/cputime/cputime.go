// Package cputime reads the CPU time the current process has used, for benchmarks that report
// CPU per operation rather than wall time (which other load on a shared machine inflates).
package cputime

import "time"

// Process returns the user plus system CPU time the process has used so far, and whether the
// platform reports it (if not, callers fall back to wall time).
func Process() (time.Duration, bool) { return process() }
