package proc

import (
	"os"
	"syscall"
)

// sysProcAttr puts the child in its own process group and has the kernel kill it if the thread
// that started it dies, so a killed parent leaves no orphan.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

func signal(p *os.Process, group bool, sig syscall.Signal) error {
	if group {
		return syscall.Kill(-p.Pid, sig)
	}
	return p.Signal(sig)
}
