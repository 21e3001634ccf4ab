//go:build unix && !linux

package proc

import (
	"os"
	"syscall"
)

// sysProcAttr puts the child in its own process group. Without Pdeathsig (Linux only) a parent
// killed with SIGKILL can leave it running; a normal stop still stops it.
func sysProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }

func signal(p *os.Process, group bool, sig syscall.Signal) error {
	if group {
		return syscall.Kill(-p.Pid, sig)
	}
	return p.Signal(sig)
}
