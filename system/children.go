package system

import (
	"syscall"
)

// Child is a process of the system that can be controlled by name: an operator node (op<i>),
// the aggregator, a rollup node (rollup<chainID>-<i>). The devnet's control socket drives them.
type Child interface {
	Name() string
	Pid() int
	Alive() bool
	Paused() bool
	// Kill sends sig and waits for the exit (SIGTERM: a clean stop; SIGKILL: a crash).
	Kill(sig syscall.Signal) error
	// Start starts it again after a Kill, with the same options, home and ports.
	Start() error
	Pause() error
	Resume() error
	// LogTail is the last max bytes of its log.
	LogTail(max int) string
}

var (
	_ Child = (*Node)(nil)
	_ Child = (*Aggregator)(nil)
	_ Child = (*RollupNode)(nil)
)

// Children are the system's processes, operators first, then the aggregator and the rollup
// nodes.
func (s *System) Children() []Child {
	var out []Child
	for _, n := range s.Nodes {
		out = append(out, n)
	}
	if s.Aggregator != nil {
		out = append(out, s.Aggregator)
	}
	for _, r := range s.Rollups {
		out = append(out, r)
	}
	return out
}

// Child is the process named name, if any.
func (s *System) Child(name string) (Child, bool) {
	for _, c := range s.Children() {
		if c.Name() == name {
			return c, true
		}
	}
	return nil, false
}
