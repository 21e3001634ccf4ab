package system

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/lockstep-xyz/lockstep/internal/proc"
)

// service is one child process of the system that can be killed and started again: an
// operator node or the aggregator. Its log file continues across restarts.
type service struct {
	name    string
	logPath string
	sys     *System

	mu   sync.Mutex
	bin  string
	args []string
	env  []string
	p    *proc.Proc
	// killed is set for the process this service was told to stop, so its exit is not a failure.
	killed bool
	// paused is set while the process is stopped by SIGSTOP (Pause).
	paused bool
}

// start starts the process unless it is running.
func (s *service) start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.p != nil {
		if done, _ := s.p.Exited(); !done {
			return nil
		}
	}
	p, err := proc.Start(s.name, s.bin, s.args, proc.Options{Env: s.env, LogPath: s.logPath})
	if err != nil {
		return err
	}
	s.p, s.killed, s.paused = p, false, false
	s.sys.watch(s, p)
	return nil
}

// Pause freezes the running process (SIGSTOP): it keeps its sockets and state but answers
// nothing, like a machine that hangs. Resume continues it.
func (s *service) Pause() error { return s.freeze(true) }

// Resume continues a paused process (SIGCONT).
func (s *service) Resume() error { return s.freeze(false) }

func (s *service) freeze(stop bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.p == nil {
		return fmt.Errorf("%s is not running", s.name)
	}
	if done, _ := s.p.Exited(); done {
		return fmt.Errorf("%s is not running", s.name)
	}
	sig := syscall.SIGCONT
	if stop {
		sig = syscall.SIGSTOP
	}
	if err := s.p.Signal(sig); err != nil {
		return fmt.Errorf("%s: %w", s.name, err)
	}
	s.paused = stop
	return nil
}

// Paused reports whether the process is paused.
func (s *service) Paused() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.paused && s.p != nil
}

// kill sends sig and waits for the process to exit, killing it after the system's stop
// timeout. Killing a process that is not running does nothing.
func (s *service) kill(sig syscall.Signal) error {
	s.mu.Lock()
	p, paused := s.p, s.paused
	s.killed, s.paused = true, false
	s.mu.Unlock()
	if p == nil {
		return nil
	}
	if done, _ := p.Exited(); done {
		return nil
	}
	if paused && sig != syscall.SIGKILL {
		_ = p.Signal(syscall.SIGCONT) // a stopped process would handle the signal only once continued
	}
	if sig == syscall.SIGTERM {
		if err := p.Stop(s.sys.cfg.StopTimeout); err != nil {
			return err
		}
		return nil
	}
	if err := p.Signal(sig); err != nil {
		return err
	}
	select {
	case <-p.Done():
		return nil
	case <-time.After(s.sys.cfg.StopTimeout):
		return p.Stop(0)
	}
}

// expectedExit reports whether p's exit was asked for (a kill, a restart, Stop).
func (s *service) expectedExit(p *proc.Proc) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.p != p || s.killed
}

// Alive reports whether the process is running.
func (s *service) Alive() bool {
	s.mu.Lock()
	p := s.p
	s.mu.Unlock()
	if p == nil {
		return false
	}
	done, _ := p.Exited()
	return !done
}

// Pid is the running process's ID, 0 when it has not started.
func (s *service) Pid() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.p == nil {
		return 0
	}
	return s.p.Pid()
}

// Name labels the process (op<i>, aggregator).
func (s *service) Name() string { return s.name }

// LogPath is the process's log file.
func (s *service) LogPath() string { return s.logPath }

// LogTail is the last max bytes of the process's log.
func (s *service) LogTail(max int) string {
	b, err := os.ReadFile(s.logPath)
	if err != nil {
		return fmt.Sprintf("(read %s: %v)", s.logPath, err)
	}
	if len(b) > max {
		b = b[len(b)-max:]
	}
	return string(b)
}

// output is the tail of the output of the process last started, empty before the first start.
func (s *service) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.p == nil {
		return ""
	}
	return s.p.Output()
}

// stop stops the process for good (SIGTERM, then SIGKILL).
func (s *service) stop() error {
	err := s.kill(syscall.SIGTERM)
	if err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("stop %s: %w", s.name, err)
	}
	return nil
}
