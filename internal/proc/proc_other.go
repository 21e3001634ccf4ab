//go:build !unix

package proc

import (
	"os"
	"syscall"
)

func sysProcAttr() *syscall.SysProcAttr { return nil }

// signal can only kill: other systems have no SIGTERM for a child.
func signal(p *os.Process, _ bool, _ syscall.Signal) error { return p.Kill() }
