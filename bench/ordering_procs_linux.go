package bench

import "syscall"

func pausePID(pid int) error  { return syscall.Kill(pid, syscall.SIGSTOP) }
func resumePID(pid int) error { return syscall.Kill(pid, syscall.SIGCONT) }
