//go:build !unix

package anvil

import (
	"os/exec"
	"syscall"
)

func sysProcAttr() *syscall.SysProcAttr { return nil }

func signalGroup(cmd *exec.Cmd, _ bool) error { return cmd.Process.Kill() }
