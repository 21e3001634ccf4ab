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
	"slices"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/internal/netem"
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
	// The devnet runs the links between its processes through an emulated network
	// (internal/netem): an operator's p2p links, its links to the aggregator and to L1, and the
	// aggregator's link to L1.
	"partition": "cut it off from the other processes and L1 (an operator or the aggregator); it keeps running",
	"heal":      "restore its links to the processes not partitioned themselves (`heal` alone: every link)",
}

// ctlActionOrder is the order of the actions in the help and errors.
var ctlActionOrder = []string{"stop", "kill", "start", "restart", "pause", "resume", "partition", "heal"}

// healAll is the name `ctl heal` without a process sends: every link.
const healAll = "all"

// ctlState is one process in the control socket's status answer.
type ctlState struct {
	Name  string `json:"name"`
	State string `json:"state"` // up, down, paused
	Pid   int    `json:"pid,omitempty"`
	// Partitioned: every link of the process is cut (ctl partition).
	Partitioned bool `json:"partitioned,omitempty"`
}

func childState(c system.Child, nw *netem.Net) ctlState {
	st := ctlState{Name: c.Name(), State: "down", Partitioned: isolated(nw, c.Name())}
	switch {
	case c.Paused():
		st.State, st.Pid = "paused", c.Pid()
	case c.Alive():
		st.State, st.Pid = "up", c.Pid()
	}
	return st
}

// endpoints are the endpoints of nw's links that name touches (nil: none, or no nw).
func endpoints(nw *netem.Net, name string) []string {
	if nw == nil {
		return nil
	}
	var out []string
	for _, id := range nw.Links() {
		switch name {
		case id.From:
			out = append(out, id.To)
		case id.To:
			out = append(out, id.From)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// isolated says whether every link of name is cut.
func isolated(nw *netem.Net, name string) bool {
	if nw == nil {
		return false
	}
	links := 0
	for _, id := range nw.Links() {
		if id.From != name && id.To != name {
			continue
		}
		links++
		if cut, err := nw.IsCut(id.From, id.To); err != nil || !cut {
			return false
		}
	}
	return links > 0
}

// partition cuts every link of name.
func partition(nw *netem.Net, name string) error {
	if nw == nil {
		return fmt.Errorf("the devnet runs no emulated network (it does with up to %d operators)", maxPartitionableOperators)
	}
	others := endpoints(nw, name)
	if len(others) == 0 {
		return fmt.Errorf("%s has no links in the devnet's emulated network (operators and the aggregator do)", name)
	}
	return nw.Split([]string{name}, others)
}

// heal restores the links of name to the endpoints that are not partitioned themselves, or every
// link for healAll.
func heal(nw *netem.Net, name string) error {
	if nw == nil {
		return fmt.Errorf("the devnet runs no emulated network (it does with up to %d operators)", maxPartitionableOperators)
	}
	if name == healAll {
		return nw.Heal()
	}
	others := endpoints(nw, name)
	if len(others) == 0 {
		return fmt.Errorf("%s has no links in the devnet's emulated network (operators and the aggregator do)", name)
	}
	var errs []error
	for _, o := range others {
		if isolated(nw, o) {
			continue
		}
		for _, id := range []netem.LinkID{{From: name, To: o}, {From: o, To: name}} {
			if err := nw.Restore(id.From, id.To); err != nil && !errors.Is(err, netem.ErrNoLink) {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

// ctlServer serves the control socket: GET /status, POST /<action>/<name>.
type ctlServer struct {
	sys  *system.System
	net  *netem.Net
	log  *slog.Logger
	path string
	srv  *http.Server
	done chan struct{}
}

// startCtl listens on the control socket in dir.
func startCtl(sys *system.System, nw *netem.Net, dir string, log *slog.Logger) (*ctlServer, error) {
	path := filepath.Join(dir, ctlSocket)
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("control socket: %w", err)
	}
	l, err := net.Listen("unix", path)
	if err != nil {
		return nil, fmt.Errorf("control socket %s: %w", path, err)
	}
	s := &ctlServer{sys: sys, net: nw, log: log.With("component", "ctl"), path: path, done: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /status", func(w http.ResponseWriter, r *http.Request) {
		var out []ctlState
		for _, c := range sys.Children() {
			out = append(out, childState(c, nw))
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
	if action == "heal" && name == healAll {
		if err := heal(s.net, healAll); err != nil {
			writeCtl(w, http.StatusConflict, map[string]string{"error": fmt.Sprintf("heal: %v", err)})
			return
		}
		s.log.Info("devnet control", "action", action)
		fmt.Println("CTL heal: every link restored")
		writeCtl(w, http.StatusOK, ctlState{Name: healAll, State: "healed"})
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
	case "partition":
		err = partition(s.net, name)
	case "heal":
		err = heal(s.net, name)
	}
	if err != nil {
		writeCtl(w, http.StatusConflict, map[string]string{"error": fmt.Sprintf("%s %s: %v", action, name, err)})
		return
	}
	s.log.Info("devnet control", "action", action, "process", name)
	st := childState(c, s.net)
	fmt.Printf("CTL %s %s: now %s\n", action, name, st.describe())
	writeCtl(w, http.StatusOK, st)
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

// describe is the state with the partition: "up", "up, partitioned".
func (st ctlState) describe() string {
	if st.Partitioned {
		return st.State + ", partitioned"
	}
	return st.State
}

func ctlActionList() string { return strings.Join(ctlActionOrder, ", ") }

// devnetCtlCommand is `lockstep-dev devnet ctl`: act on a process of a running devnet.
func devnetCtlCommand() *cli.Command {
	var help strings.Builder
	for _, a := range ctlActionOrder {
		fmt.Fprintf(&help, "  %-9s %s\n", a, ctlActions[a])
	}
	return &cli.Command{
		Name:      "ctl",
		Usage:     "stop, kill, start, pause, resume or partition a process of a running devnet, heal the network, or list their states",
		UsageText: "lockstep-dev devnet ctl [--data-dir DIR] status | heal | ACTION NAME   (NAME: op<i>, aggregator, rollup<id>-<i>)",
		Description: "Talks to the running devnet through its control socket (<data-dir>/ctl.sock). Actions:\n" + help.String() +
			"The devnet goes on while processes are down: with one of four operators down, ordering and\n" +
			"checkpoints continue; with two, they halt until one comes back. The same holds for an\n" +
			"operator partitioned away: it stops, and catches up once healed. The progress line shows\n" +
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
			case len(args) == 1 && args[0] == "heal":
				resp, err = client.Post("http://devnet/heal/"+healAll, "application/json", nil)
			case len(args) == 2:
				if _, ok := ctlActions[args[0]]; !ok {
					return fmt.Errorf("unknown action %q (want status, %s)", args[0], ctlActionList())
				}
				resp, err = client.Post("http://devnet/"+args[0]+"/"+args[1], "application/json", nil)
			default:
				return fmt.Errorf("want `status`, `heal`, or an action and a process name, e.g. `kill op2` (got %q)", args)
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
			if len(args) == 1 && args[0] == "heal" {
				fmt.Println("heal: every link restored")
				return nil
			}
			if len(args) == 2 {
				var st ctlState
				if err := json.Unmarshal(body, &st); err != nil {
					return err
				}
				fmt.Printf("%s %s: now %s\n", args[0], st.Name, st.describe())
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
				fmt.Fprintf(w, "%s\t%s\t%s\n", st.Name, st.describe(), pid)
			}
			return w.Flush()
		},
	}
}

// processStates is the progress line's part about the processes: how many are up, and which
// are not or are partitioned ("processes 6/7 up (op2 down, op1 partitioned)").
func processStates(sys *system.System) string {
	var up int
	var other []string
	children := sys.Children()
	for _, c := range children {
		st := childState(c, sys.Net())
		if st.State == "up" {
			up++
		} else {
			other = append(other, st.Name+" "+st.State)
		}
		if st.Partitioned {
			other = append(other, st.Name+" partitioned")
		}
	}
	out := fmt.Sprintf("processes %d/%d up", up, len(children))
	if len(other) > 0 {
		out += " (" + strings.Join(other, ", ") + ")"
	}
	return out
}
