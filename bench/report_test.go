package bench

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func f(v float64) *float64 { return &v }

// sampleResult is an ordering result of two sizes with every kind of point.
func sampleResult() *OrderingResult {
	cfg := DefaultOrderingConfig(false)
	cfg.Validators, cfg.Loads = []int{4, 7}, []int{1000, 5000}
	res := &OrderingResult{Config: cfg}
	add := func(sys string, n, load int, tput, p50, p99 float64, followed bool, phase string) {
		res.Points = append(res.Points, &Point{System: sys, Validators: n, Phase: phase, Offered: load, Throughput: tput,
			Latency: Percentiles{P50: f(p50), P90: f(p50 * 1.5), P99: f(p99), Max: f(p99 * 1.2)}, Followed: followed,
			Resources: &Resources{Node: Usage{CPUPercent: tput / 50, RSSAvgMiB: 80, RSSMaxMiB: 90}}})
	}
	for _, n := range cfg.Validators {
		add(systemLockstep, n, 1000, 995, 60, 120, true, phaseFixed)
		add(systemBaseline, n, 1000, 1000, 45, 100, true, phaseFixed)
		add(systemLockstep, n, 5000, 3000, 400, 900, false, phaseFixed)
		add(systemBaseline, n, 5000, 4900, 90, 200, true, phaseFixed)
		add(systemBaseline, n, 7500, 6000, 300, 800, false, phaseSaturation)
	}
	add(systemGather, 4, 50000, 49000, 180, 400, true, phaseFixed)
	add(systemGather, 4, 10000, 10000, 60, 100, true, phaseFixed)
	res.Points[len(res.Points)-1].TxBytes = 2048
	add(systemBaseline, 4, 50000, 4500, 2000, 5000, false, phaseFixed)
	add(systemBatch, 4, 25000, 24800, 150, 300, true, phaseFixed)
	add(systemBaseline, 4, 25000, 3000, 4000, 8000, false, phaseFixed)
	for _, p := range res.Points {
		p.TxBytes = max(p.TxBytes, cfg.TxBytes)
		p.BytesPerSec = p.Throughput * float64(p.TxBytes)
	}
	res.Saturation = saturations(res.Points, cfg.TxBytes)
	return res
}

func TestCompareAndGoal(t *testing.T) {
	res := sampleResult()
	cs := compare(res)
	if len(cs) != 4 {
		t.Fatalf("%d comparisons", len(cs))
	}
	c := cs[0]
	if c.Validators != 4 || c.Offered != 1000 || *c.ThroughputRatio != 1.0 || *c.P50Ratio != 1.33 || *c.P50DeltaMs != 15 {
		t.Fatalf("comparison %+v", c)
	}
	g := goal(cs)
	if !g.Measured || !g.ThroughputMet || !g.LatencyMet {
		t.Fatalf("goal %+v", g)
	}
	// 25 ms over the baseline misses the latency goal; a missing baseline point means no goal.
	res.Points[0].Latency.P50 = f(70)
	if g := goal(compare(res)); g.LatencyMet || !g.ThroughputMet {
		t.Fatalf("goal with +25 ms: %+v", g)
	}
	if g := goal(compare(&OrderingResult{Config: res.Config, Points: res.Points[:1]})); g.Measured {
		t.Fatal("goal measured without a baseline")
	}
	if ratio(f(1), f(0)) != nil || ratio(nil, f(1)) != nil || delta(f(1), nil) != nil {
		t.Fatal("ratio or delta of unknowns")
	}
	sat := findSat(res.Saturation, systemBaseline, 7)
	if sat == nil || sat.MaxThroughput != 6000 || sat.MaxFollowed != 5000 {
		t.Fatalf("saturation %+v", sat)
	}
}

func TestOrderingSections(t *testing.T) {
	res := sampleResult()
	s := orderingSection(res, "latency.png")
	for _, want := range []string{
		"| 4 | 1000 | 995 | 1000 | 1.00 | 60 / 120 | 45 / 100 | 1.33 | +15 |",
		"| 7 | 5000 | 3000 | 4900 | 0.61 | 400 / 900 | 90 / 200 | 4.44 | +310 |",
		"throughput ratio 1.00 (≥ 0.8: met); p50 +15 ms over the baseline (≤ +20 ms: met)",
		"| 4 | 3000 | 1000 | 6000 | 5000 | 0.50 |",
		"![latency percentiles against offered load](latency.png)",
		"| cometbft | 7 | saturation | 7500 | 200 | 6000 | 1.20 |",
		"**Goal (≥ 10 MB/s with p50 < 250 ms, 4 validators)**: 20.48 MB/s (lockstep-gather, 10000 tx/s of 2048 B, p50 60 ms): met.",
		"| lockstep-gather | fixed | 200 | 50000 | 49000 | 9.80 | 180 / 400 |",
		"| cometbft | fixed | 200 | 50000 | 4500 | 0.90 | 2000 / 5000 |",
		"| lockstep-batch | fixed | 200 | 25000 | 24800 | 4.96 | 150 / 300 |",
		"| cometbft | fixed | 200 | 25000 | 3000 | 0.60 | 4000 / 8000 |",
	} {
		if !strings.Contains(s.Markdown, want) {
			t.Errorf("ordering markdown lacks %q:\n%s", want, s.Markdown)
		}
	}
	js, err := json.Marshal(s.JSON)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"goal":{"measured":true`, `"duration":"10s"`, `"comparisons":[{"validators":4`, `"points":[`, `"settings":`} {
		if !strings.Contains(string(js), want) {
			t.Errorf("ordering JSON lacks %s", want)
		}
	}
	r := resourcesSection(res)
	if !strings.Contains(r.Markdown, "| lockstep | 4 | 1000 | 20 | 80 / 90 |") || !strings.Contains(r.Markdown, "| cometbft | 4 | 5000 | 98 |") {
		t.Errorf("resources markdown:\n%s", r.Markdown)
	}
}

func TestRunWritesReport(t *testing.T) {
	out := t.TempDir()
	env := NewEnv("lockstep", out, t.TempDir(), true, []string{"b"}, nil, nil)
	ran := map[string]bool{}
	mk := func(name string, err error) Benchmark {
		return Benchmark{Names: []string{name}, Run: func(context.Context, *Env) ([]Section, error) {
			ran[name] = true
			return []Section{{Title: "Section " + name, Markdown: "| x |\n|---|\n| " + name + " |\n", JSON: map[string]int{name: 1}}}, err
		}}
	}
	if _, err := Run(context.Background(), env, []Benchmark{mk("a", nil)}, nil); err == nil {
		t.Fatal("--only b accepted without a benchmark b")
	}
	env = NewEnv("lockstep", out, t.TempDir(), true, nil, nil, nil)
	rep, err := Run(context.Background(), env, []Benchmark{mk("a", nil), mk("b", errors.New("boom")), mk("c", nil)}, []string{"bench", "--quick"})
	if err == nil || !strings.Contains(err.Error(), "[b]") {
		t.Fatalf("Run error = %v, want b's failure", err)
	}
	if !ran["a"] || !ran["b"] || !ran["c"] || len(rep.Sections) != 3 {
		t.Fatalf("ran %v, %d sections", ran, len(rep.Sections))
	}
	md, err := os.ReadFile(filepath.Join(out, resultsMD))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Lockstep benchmarks", "## Section a", "| c |", "## Errors", "- b: boom", "quick: a smoke test"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("results.md lacks %q:\n%s", want, md)
		}
	}
	var js struct {
		Machine  Machine  `json:"machine"`
		Versions Versions `json:"versions"`
		Sections []struct {
			Title string         `json:"title"`
			Data  map[string]int `json:"data"`
		} `json:"sections"`
		Errors []string `json:"errors"`
	}
	b, err := os.ReadFile(filepath.Join(out, resultsJSON))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &js); err != nil {
		t.Fatal(err)
	}
	if len(js.Sections) != 3 || js.Sections[2].Data["c"] != 1 || js.Machine.Cores == 0 || js.Versions.Go == "" || len(js.Errors) != 1 {
		t.Fatalf("results.json: %s", b)
	}
}

func TestEnvPrintf(t *testing.T) {
	var b strings.Builder
	env := NewEnv("", "", "", false, nil, nil, &b)
	env.start = time.Now().Add(-83 * time.Second)
	env.Printf("point %d", 3)
	if got := b.String(); got != "[01:23] point 3\n" {
		t.Fatalf("progress line %q", got)
	}
}
