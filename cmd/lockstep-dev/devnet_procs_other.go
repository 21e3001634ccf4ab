//go:build !linux

package main

import "syscall"

// childSysProcAttr: without Pdeathsig (Linux only) a devnet killed with SIGKILL can leave its
// children running; a normal Ctrl-C still stops them.
func childSysProcAttr() *syscall.SysProcAttr { return nil }
