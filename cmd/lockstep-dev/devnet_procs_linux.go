package main

import "syscall"

// childSysProcAttr puts a devnet child in its own process group (Ctrl-C in the terminal reaches
// only the devnet, which then stops its children in order) and has the kernel kill it if the
// devnet dies without stopping it, so no child outlives it.
func childSysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
