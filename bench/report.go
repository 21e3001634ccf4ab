package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	cmtversion "github.com/cometbft/cometbft/version"
)

// Files the report is written to, in the results folder.
const (
	resultsJSON = "results.json"
	resultsMD   = "results.md"
)

// Report is everything one `lockstep-dev bench` run measured.
type Report struct {
	Started  time.Time `json:"started"`
	Seconds  float64   `json:"seconds"`
	Command  []string  `json:"command"`
	Quick    bool      `json:"quick"`
	Machine  Machine   `json:"machine"`
	Versions Versions  `json:"versions"`
	Sections []Section `json:"-"`
	Errors   []string  `json:"errors,omitempty"`
}

// Machine describes where the run happened.
type Machine struct {
	OS       string  `json:"os"`
	Arch     string  `json:"arch"`
	Cores    int     `json:"cores"`
	CPUModel string  `json:"cpuModel"`
	MemoryGB float64 `json:"memoryGiB"`
	// LoadAvg is the 1-minute load average when the run started: other work on the machine
	// shows here.
	LoadAvg float64 `json:"loadAvg1m"`
}

// Versions of what was measured.
type Versions struct {
	Go       string `json:"go"`
	Lockstep string `json:"lockstep"` // git commit (+dirty)
	CometBFT string `json:"cometbft"`
}

func newReport(command []string, quick bool) *Report {
	return &Report{Started: time.Now().UTC(), Command: command, Quick: quick, Machine: machine(), Versions: versions()}
}

func (r *Report) finish() { r.Seconds = math.Round(time.Since(r.Started).Seconds()) }

// MarshalJSON writes the sections as {title, data} objects after the run's metadata.
func (r *Report) MarshalJSON() ([]byte, error) {
	type section struct {
		Title string `json:"title"`
		Data  any    `json:"data"`
	}
	type plain Report
	secs := make([]section, len(r.Sections))
	for i, s := range r.Sections {
		secs[i] = section{Title: s.Title, Data: s.JSON}
	}
	return json.Marshal(struct {
		*plain
		Sections []section `json:"sections"`
	}{(*plain)(r), secs})
}

// Markdown is results.md: the run's metadata, then every section.
func (r *Report) Markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Lockstep benchmarks\n\n")
	m, v := r.Machine, r.Versions
	fmt.Fprintf(&b, "Run %s, %.0f s, `%s`%s.\n\n", r.Started.Format("2006-01-02 15:04 MST"), r.Seconds, strings.Join(r.Command, " "), map[bool]string{true: " (quick: a smoke test, not a measurement)"}[r.Quick])
	fmt.Fprintf(&b, "| machine | versions |\n|---|---|\n")
	fmt.Fprintf(&b, "| %d cores, %s | Go %s |\n", m.Cores, m.CPUModel, strings.TrimPrefix(v.Go, "go"))
	fmt.Fprintf(&b, "| %.0f GiB memory, %s/%s | Lockstep %s |\n", m.MemoryGB, m.OS, m.Arch, v.Lockstep)
	fmt.Fprintf(&b, "| load average %.2f at start | CometBFT %s |\n\n", m.LoadAvg, v.CometBFT)
	for _, s := range r.Sections {
		fmt.Fprintf(&b, "## %s\n\n%s\n", s.Title, strings.TrimRight(s.Markdown, "\n")+"\n")
	}
	if len(r.Errors) > 0 {
		fmt.Fprintf(&b, "## Errors\n\n")
		for _, e := range r.Errors {
			fmt.Fprintf(&b, "- %s\n", e)
		}
	}
	return b.String()
}

// write writes results.json and results.md into dir.
func (r *Report) write(dir string) error {
	js, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("encode results: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, resultsJSON), append(js, '\n'), 0o644); err != nil {
		return fmt.Errorf("write results: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, resultsMD), []byte(r.Markdown()), 0o644); err != nil {
		return fmt.Errorf("write results: %w", err)
	}
	return nil
}

func machine() Machine {
	m := Machine{OS: runtime.GOOS, Arch: runtime.GOARCH, Cores: runtime.NumCPU(), CPUModel: "unknown"}
	if v, ok := procField("/proc/cpuinfo", "model name", ":"); ok {
		m.CPUModel = v
	}
	if v, ok := procField("/proc/meminfo", "MemTotal", ":"); ok {
		if kb, err := strconv.ParseFloat(strings.TrimSuffix(v, " kB"), 64); err == nil {
			m.MemoryGB = math.Round(kb/(1<<20)*10) / 10
		}
	}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(b)); len(f) > 0 {
			m.LoadAvg, _ = strconv.ParseFloat(f[0], 64)
		}
	}
	return m
}

// procField returns the value of the first "key<sep> value" line of a /proc file.
func procField(path, key, sep string) (string, bool) {
	f, err := os.Open(path)
	if err != nil {
		return "", false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), sep)
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

func versions() Versions {
	v := Versions{Go: runtime.Version(), Lockstep: "unknown", CometBFT: cmtversion.TMCoreSemVer}
	if bi, ok := debug.ReadBuildInfo(); ok {
		var rev, dirty string
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					dirty = "+dirty"
				}
			}
		}
		if rev != "" {
			v.Lockstep = shortRev(rev) + dirty
		}
		for _, d := range bi.Deps {
			if d.Path == "github.com/cometbft/cometbft" {
				v.CometBFT = d.Version
			}
		}
	}
	if v.Lockstep == "unknown" { // go run and test binaries carry no VCS stamp
		if out, err := exec.Command("git", "rev-parse", "HEAD").Output(); err == nil {
			v.Lockstep = shortRev(strings.TrimSpace(string(out)))
			if st, err := exec.Command("git", "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(st) > 0 {
				v.Lockstep += "+dirty"
			}
		}
	}
	return v
}

func shortRev(rev string) string {
	if len(rev) > 12 {
		return rev[:12]
	}
	return rev
}
