package childproc

import "syscall"

// sysProcAttr: own process group, and SIGKILL from the kernel if the benchmark dies first.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
