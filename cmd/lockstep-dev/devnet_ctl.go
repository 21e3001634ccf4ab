package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/system"
)

// ctlSocket is the devnet's control socket, in its data folder.
const ctlSocket = "ctl.sock"

// ctlActions are what `lockstep-dev devnet ctl` can do to a process of the devnet.
var ctlActions = map[string]string{
	"stop":    "stop it cleanly (SIGTERM)",
	"kill":    "kill it as a crash would (SIGKILL)",
	"start":   "start it again (same home, keys and ports); it catches up",
	"restart": "stop it cleanly and start it again",
	"pause":   "freeze it (SIGSTOP): it keeps its connections but answers nothing, like a hung machine",
	"resume":  "continue a paused process (SIGCONT)",
}

// ctlState is one process in the control socket's status answer.
type ctlState struct {
	Name  string `json:"name"`
	State string `json:"state"` // up, down, paused
	Pid   int    `json:"pid,omitempty"`
}

func childState(c system.Child) ctlState {
	st := ctlState{Name: c.Name(), State: "down"}
	switch {
	case c.Paused():
		st.State, st.Pid = "paused", c.Pid()
	case c.Alive():
		st.State, st.Pid = "up", c.Pid()
	}
	return st
}

// ctlServer serves the control socket: GET /status, POST /<action>/<name>.
type ctlServer struct {
	sys  *system.System
	log  *slog.Logger
	path string
	srv  *http.Server
	done chan struct{}
}

// startCtl listens on the control socket in dir.
func startCtl(sys *system.System, dir string, log *slog.Logger) (*ctlServer, error) {
	path := filepath.Join(dir, ctlSocket)
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("control socket: %w", err)
	}
	l, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("control socket %s: %w", path, err)
	}
	s := &ctlServer{sys: sys, log: log.With("component", "ctl"), path: path, done: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /status", func(w http.ResponseWriter, r *http.Request) {
		var out []ctlState
		for _, c := range sys.Children() {
			out = append(out, childState(c))
		}
		writeCtl(w, http.StatusOK, out)
	})
	mux.HandleFunc("POST /{action}/{name}", s.act)
	s.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { // owned: stop waits for done
		defer close(s.done)
		if err := s.srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Warn("control socket stopped", "err", err)
		}
	}()
	return s, nil
}

func (s *ctlServer) act(w http.ResponseWriter, r *http.Request) {
	action, name := r.PathValue("action"), r.PathValue("name")
	if _, ok := ctlActions[action]; !ok {
		writeCtl(w, http.StatusBadRequest, map[string]string{"error": fmt.Sprintf("unknown action %q (want %s)", action, ctlActionList())})
		return
	}
	c, ok := s.sys.Child(name)
	if !ok {
		var names []string
		for _, c := range s.sys.Children() {
			names = append(names, c.Name())
		}
		writeCtl(w, http.StatusNotFound, map[string]string{"error": fmt.Sprintf("no process %q (the devnet has %s)", name, strings.Join(names, ", "))})
		return
	}
	var err error
	switch action {
	case "stop":
		err = c.Kill(syscall.SIGTERM)
	case "kill":
		err = c.Kill(syscall.SIGKILL)
	case "start":
		err = c.Start()
	case "restart":
		if err = c.Kill(syscall.SIGTERM); err == nil {
			err = c.Start()
		}
	case "pause":
		err = c.Pause()
	case "resume":
		err = c.Resume()
	}
	if err != nil {
		writeCtl(w, http.StatusConflict, map[string]string{"error": fmt.Sprintf("%s %s: %v", action, name, err)})
		return
	}
	s.log.Info("devnet control", "action", action, "process", name)
	fmt.Printf("CTL %s %s: now %s\n", action, name, childState(c).State)
	writeCtl(w, http.StatusOK, childState(c))
}

func (s *ctlServer) stop(ctx context.Context) error {
	err := s.srv.Shutdown(ctx)
	<-s.done
	_ = os.Remove(s.path)
	return err
}

func writeCtl(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func ctlActionList() string {
	return "stop, kill, start, restart, pause, resume"
}

// devnetCtlCommand is `lockstep-dev devnet ctl`: act on a process of a running devnet.
func devnetCtlCommand() *cli.Command {
	var help strings.Builder
	for _, a := range []string{"stop", "kill", "start", "restart", "pause", "resume"} {
		fmt.Fprintf(&help, "  %-8s %s\n", a, ctlActions[a])
	}
	return &cli.Command{
		Name:      "ctl",
		Usage:     "stop, kill, start, pause or resume a process of a running devnet, or list their states",
		UsageText: "lockstep-dev devnet ctl [--data-dir DIR] status | ACTION NAME   (NAME: op<i>, aggregator, rollup<id>-<i>)",
		Description: "Talks to the running devnet through its control socket (<data-dir>/ctl.sock). Actions:\n" + help.String() +
			"The devnet goes on while processes are down: with one of four operators down, ordering and\n" +
			"checkpoints continue; with two, they halt until one comes back. The progress line shows\n" +
			"every process's state.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "data-dir", Value: ".devnet", Usage: "the running devnet's --data-dir", EnvVars: []string{"LOCKSTEP_DEVNET_DATA_DIR"}},
		},
		Action: func(c *cli.Context) error {
			args := c.Args().Slice()
			path := filepath.Join(c.String("data-dir"), ctlSocket)
			client := &http.Client{Timeout: time.Minute, Transport: &http.Transport{
				DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
					return (&net.Dialer{}).DialContext(ctx, "unix", path)
				},
			}}
			var (
				resp *http.Response
				err  error
			)
			switch {
			case len(args) == 0 || (len(args) == 1 && args[0] == "status"):
				resp, err = client.Get("http://devnet/status")
			case len(args) == 2:
				if _, ok := ctlActions[args[0]]; !ok {
					return fmt.Errorf("unknown action %q (want status, %s)", args[0], ctlActionList())
				}
				resp, err = client.Post("http://devnet/"+args[0]+"/"+args[1], "application/json", nil)
			default:
				return fmt.Errorf("want `status` or an action and a process name, e.g. `kill op2` (got %q)", args)
			}
			if err != nil {
				return fmt.Errorf("no devnet answering on %s (is `lockstep-dev devnet --data-dir %s` running?): %w", path, c.String("data-dir"), err)
			}
			defer resp.Body.Close()
			body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
			if err != nil {
				return err
			}
			if resp.StatusCode != http.StatusOK {
				var e map[string]string
				if json.Unmarshal(body, &e) == nil && e["error"] != "" {
					return errors.New(e["error"])
				}
				return fmt.Errorf("devnet answered %s: %s", resp.Status, body)
			}
			if len(args) == 2 {
				var st ctlState
				if err := json.Unmarshal(body, &st); err != nil {
					return err
				}
				fmt.Printf("%s %s: now %s\n", args[0], st.Name, st.State)
				return nil
			}
			var states []ctlState
			if err := json.Unmarshal(body, &states); err != nil {
				return err
			}
			w := tabwriter.NewWriter(os.Stdout, 2, 4, 2, ' ', 0)
			fmt.Fprintln(w, "PROCESS\tSTATE\tPID")
			for _, st := range states {
				pid := "-"
				if st.Pid != 0 {
					pid = fmt.Sprint(st.Pid)
				}
				fmt.Fprintf(w, "%s\t%s\t%s\n", st.Name, st.State, pid)
			}
			return w.Flush()
		},
	}
}

// processStates is the progress line's part about the processes: how many are up, and which
// are not ("processes 6/7 up (op2 down)").
func processStates(sys *system.System) string {
	var up int
	var other []string
	children := sys.Children()
	for _, c := range children {
		if st := childState(c); st.State == "up" {
			up++
		} else {
			other = append(other, st.Name+" "+st.State)
		}
	}
	out := fmt.Sprintf("processes %d/%d up", up, len(children))
	if len(other) > 0 {
		out += " (" + strings.Join(other, ", ") + ")"
	}
	return out
}
