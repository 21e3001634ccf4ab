package anvil

import (
	"os/exec"
	"syscall"
)

// sysProcAttr puts anvil in its own process group (so signals reach anything it spawns) and has
// the kernel kill it if the thread that started it dies, so a killed test leaves no orphan.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

func signalGroup(cmd *exec.Cmd, kill bool) error {
	sig := syscall.SIGTERM
	if kill {
		sig = syscall.SIGKILL
	}
	return syscall.Kill(-cmd.Process.Pid, sig)
}
