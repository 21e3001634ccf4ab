//go:build unix && !linux

package anvil

import (
	"os/exec"
	"syscall"
)

// sysProcAttr puts anvil in its own process group. Without Pdeathsig (Linux only) a parent
// killed with SIGKILL can leave anvil running.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}

func signalGroup(cmd *exec.Cmd, kill bool) error {
	sig := syscall.SIGTERM
	if kill {
		sig = syscall.SIGKILL
	}
	return syscall.Kill(-cmd.Process.Pid, sig)
}
