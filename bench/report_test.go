package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func f(v float64) *float64 { return &v }

// sampleResult is an ordering result of two sizes with every kind of point: at 4 validators
// comparison points at 25%, 50% and 80% of the baseline's 5000 tx/s followed, at 7 none (the
// fixed points stand in).
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
	compared := func(sys string, load int, tput float64, p50s ...float64) {
		for r, p50 := range p50s {
			add(sys, 4, load, tput, p50, p50*2, true, phaseCompare)
			res.Points[len(res.Points)-1].Repeat = r + 1
		}
	}
	compared(systemLockstep, 1300, 1300, 55, 60, 90) // +10 ms: met
	compared(systemBaseline, 1300, 1300, 50, 48, 70)
	compared(systemLockstep, 2500, 2500, 115, 100, 130) // 1.15×: met
	compared(systemBaseline, 2500, 2500, 100, 95, 120)
	compared(systemLockstep, 4000, 3990, 200, 180, 400) // 62 ms over the 138 ms allowed
	compared(systemBaseline, 4000, 4000, 120, 110, 150)
	add(systemGather, 4, 50000, 49000, 180, 400, true, phaseFixed)
	add(systemGather, 4, 10000, 10000, 60, 100, true, phaseFixed)
	res.Points[len(res.Points)-1].TxBytes = 2048
	add(systemBaseline, 4, 50000, 7000, 2000, 5000, false, phaseFixed) // above the saturation search, yet not counted: an ingress baseline row
	add(systemBatch, 4, 25000, 24800, 150, 300, true, phaseFixed)
	add(systemBaseline, 4, 25000, 3000, 4000, 8000, false, phaseFixed)
	for _, p := range res.Points {
		p.TxBytes = max(p.TxBytes, cfg.TxBytes)
		p.BytesPerSec = p.Throughput * float64(p.TxBytes)
	}
	res.Saturation = saturations(res.Points, cfg)
	return res
}

// ps are points of one system at one load, a negative p50 standing for an unknown one.
func ps(sys string, n, load int, phase string, tputs []float64, p50s ...float64) []*Point {
	var out []*Point
	for i, v := range p50s {
		p := &Point{System: sys, Validators: n, Offered: load, Phase: phase, Throughput: tputs[i%len(tputs)], Latency: Percentiles{P50: f(v), P99: f(v * 2)}}
		if v < 0 {
			p.Latency = Percentiles{}
		}
		out = append(out, p)
	}
	return out
}

func TestCompareMedians(t *testing.T) {
	val := func(p *float64) float64 {
		if p == nil {
			return -1
		}
		return *p
	}
	for _, tc := range []struct {
		name          string
		tputs         []float64
		p50s          []float64
		tput          float64
		p50, min, max float64
	}{
		{"one", []float64{1000}, []float64{412}, 1000, 412, 412, 412},
		{"three", []float64{990, 1000, 1010}, []float64{571, 344, 412}, 1000, 412, 344, 571},
		{"two: the mean", []float64{990, 1000}, []float64{400, 500.5}, 995, 450.3, 400, 500.5},
		// An unknown p50 is longer than any: above the median of three, and the range's top.
		{"one unknown", []float64{1000}, []float64{300, -1, 200}, 1000, 300, 200, -1},
		{"median unknown", []float64{1000}, []float64{-1, -1, 200}, 1000, -1, 200, -1},
	} {
		pts := ps(systemLockstep, 4, 1000, phaseCompare, tc.tputs, tc.p50s...)
		// Another load, size, system and phase: not counted.
		pts = append(pts, ps(systemLockstep, 4, 2000, phaseCompare, []float64{1}, 1)...)
		pts = append(pts, ps(systemLockstep, 7, 1000, phaseCompare, []float64{1}, 1)...)
		pts = append(pts, ps(systemBaseline, 4, 1000, phaseCompare, []float64{1}, 1)...)
		pts = append(pts, ps(systemLockstep, 4, 1000, phaseFixed, []float64{1}, 1)...)
		s, ok := summarize(pts, systemLockstep, 4, 1000, phaseCompare)
		if !ok || s.Repeats != len(tc.p50s) || s.Throughput != tc.tput || val(s.P50) != tc.p50 || val(s.P50Min) != tc.min || val(s.P50Max) != tc.max {
			t.Errorf("%s: %+v: p50 %v (%v–%v)", tc.name, s, val(s.P50), val(s.P50Min), val(s.P50Max))
		}
	}
	if _, ok := summarize(nil, systemLockstep, 4, 1000, phaseCompare); ok {
		t.Error("summary of no points")
	}
	if ratio(f(1), f(0)) != nil || ratio(nil, f(1)) != nil || delta(f(1), nil) != nil {
		t.Fatal("ratio or delta of unknowns")
	}
}

func TestCompareFallback(t *testing.T) {
	res := sampleResult()
	cs := compare(res)
	var got []string
	for _, c := range cs {
		got = append(got, fmt.Sprintf("%d %d %s %d/%d", c.Validators, c.Offered, c.Phase, c.Lockstep.Repeats, c.Baseline.Repeats))
	}
	// 4 validators from the comparison phase (not its fixed points), 7 from the fixed points.
	want := []string{"4 1300 compare 3/3", "4 2500 compare 3/3", "4 4000 compare 3/3", "7 1000 fixed 1/1", "7 5000 fixed 1/1"}
	if !slices.Equal(got, want) {
		t.Fatalf("comparisons %v, want %v", got, want)
	}
	c := cs[2]
	if *c.P50Ratio != 1.67 || *c.P50DeltaMs != 80 || *c.ThroughputRatio != 1 || *c.P99Ratio != 1.67 || *c.Lockstep.P50Min != 180 || *c.Lockstep.P50Max != 400 {
		t.Fatalf("comparison %+v", c)
	}
	// A load only one system was measured at is not compared.
	res.Points = slices.DeleteFunc(res.Points, func(p *Point) bool { return p.System == systemBaseline && p.Offered == 1300 })
	if cs := compare(res); len(cs) != 4 || cs[0].Offered != 2500 {
		t.Fatalf("comparisons without the baseline at 1300: %+v", cs)
	}
	// Comparison points of one system only (the budget ran out): the size's fixed points.
	res.Points = slices.DeleteFunc(res.Points, func(p *Point) bool { return p.System == systemBaseline && p.Phase == phaseCompare })
	if cs := compare(res); len(cs) != 4 || cs[0].Phase != phaseFixed || cs[0].Validators != 4 {
		t.Fatalf("comparisons with Lockstep's comparison points only: %+v", cs)
	}
	// A run without comparison points (old results, or --compare-fractions "") compares its fixed points.
	res.Points = slices.DeleteFunc(res.Points, func(p *Point) bool { return p.Phase == phaseCompare })
	cs = compare(res)
	if len(cs) != 4 || cs[0].Phase != phaseFixed || cs[0].Offered != 1000 || *cs[0].P50DeltaMs != 15 {
		t.Fatalf("fixed comparisons %+v", cs)
	}
	if s := orderingSection(res, ""); !strings.Contains(s.Markdown, "Single points at the fixed loads") || !strings.Contains(s.Markdown, "| 4 | 1000 | 1 | 995 | 1000 | 1.00 | 60 / 120 | 45 / 100 | 1.33 | +15 |") {
		t.Errorf("markdown of fixed points:\n%s", s.Markdown)
	}
}

func TestGoals(t *testing.T) {
	// One size: the baseline followed 5000 tx/s (the latency rule covers loads up to 4000), and
	// both systems' most committed tx/s.
	result := func(lockstepMax float64, pts ...[]*Point) *OrderingResult {
		res := &OrderingResult{Config: DefaultOrderingConfig(false)}
		res.Config.Validators = []int{4}
		for _, p := range pts {
			res.Points = append(res.Points, p...)
		}
		res.Saturation = []Saturation{{System: systemLockstep, Validators: 4, MaxThroughput: lockstepMax, MaxFollowed: 4000},
			{System: systemBaseline, Validators: 4, MaxThroughput: 6000, MaxFollowed: 5000}}
		return res
	}
	at := func(load int, lockstep, baseline []float64) [][]*Point {
		return [][]*Point{ps(systemLockstep, 4, load, phaseCompare, []float64{float64(load)}, lockstep...),
			ps(systemBaseline, 4, load, phaseCompare, []float64{float64(load)}, baseline...)}
	}
	for _, tc := range []struct {
		name       string
		lsMax      float64
		points     [][]*Point
		latency    bool
		saturation bool
		missed     []int // loads not met
		verdict    string
	}{
		{"met: +10 ms at a low p50", 5700, at(1300, []float64{60, 70, 40}, []float64{50, 45, 55}), true, true, nil, "met"},
		{"met: 1.15× at a high p50", 5700, at(4000, []float64{230, 250, 200}, []float64{200, 180, 220}), true, true, nil, "met"},
		{"+10.1 ms at a low p50", 5700, at(1300, []float64{60.1}, []float64{50}), false, true, []int{1300}, "NOT met"},
		{"1.16× at a high p50", 5700, at(4000, []float64{232}, []float64{200}), false, true, []int{4000}, "NOT met"},
		{"median unknown", 5700, at(4000, []float64{-1, -1, 100}, []float64{200}), false, true, []int{4000}, "NOT met"},
		// Rounding can take the 80% load up (0.8 × 5000 is exact here; 4040 would round to 4000).
		{"above 80%: not covered", 5700, append(at(2500, []float64{100}, []float64{100}), at(5000, []float64{900}, []float64{100})...), true, true, nil, "met"},
		{"0.94 of the saturation", 5640, at(2500, []float64{100}, []float64{100}), true, false, nil, "NOT met"},
		{"0.945 of the saturation", 5670, at(2500, []float64{100}, []float64{100}), true, false, nil, "NOT met"},
		{"0.95 of the saturation", 5700, at(2500, []float64{100}, []float64{100}), true, true, nil, "met"},
		{"no load up to 80%", 5700, at(5000, []float64{100}, []float64{100}), false, true, nil, "not measured"},
	} {
		res := result(tc.lsMax, slices.Concat(tc.points...))
		gs := goals(res, compare(res))
		if len(gs) != 1 {
			t.Fatalf("%s: %d goals", tc.name, len(gs))
		}
		g := gs[0]
		var missed []int
		for _, gl := range g.Loads {
			if !gl.Met {
				missed = append(missed, gl.Offered)
			}
		}
		if g.MaxLoad != 4000 || g.LatencyMet != tc.latency || g.SaturationMet != tc.saturation || g.Met != (tc.latency && tc.saturation) ||
			!slices.Equal(missed, tc.missed) || g.verdict() != tc.verdict {
			t.Errorf("%s: %+v, missed %v, verdict %s", tc.name, g, missed, g.verdict())
		}
	}
	// The 80% load rounds like the comparison loads: 0.8 × 5700 = 4560 is measured as 4600.
	res := result(6000, slices.Concat(at(4600, []float64{100}, []float64{100})...))
	res.Saturation[1].MaxFollowed = 5700
	if g := goals(res, compare(res))[0]; g.MaxLoad != 4600 || len(g.Loads) != 1 || !g.Met {
		t.Fatalf("rounded 80%% load: %+v", g)
	}
	// A size without a baseline: nothing measured.
	res = result(6000)
	res.Saturation = res.Saturation[:1]
	if g := goals(res, nil)[0]; g.Met || g.MaxLoad != 0 || g.SaturationShort != nil || g.verdict() != "not measured" {
		t.Fatalf("goal without a baseline: %+v", g)
	}
}

func TestOrderingSections(t *testing.T) {
	res := sampleResult()
	s := orderingSection(res, "latency.png")
	for _, want := range []string{
		"| 4 | 4000 (80%) | 3 | 3990 | 4000 | 1.00 | 200 (180–400) / 400 | 120 (110–150) / 240 | 1.67 | +80 |",
		"| 4 | 1300 (26%) | 3 | 1300 | 1300 | 1.00 | 60 (55–90) / 120 | 50 (48–70) / 100 | 1.20 | +10 |",
		"| 7 | 1000 | 1 | 995 | 1000 | 1.00 | 60 / 120 | 45 / 100 | 1.33 | +15 |",
		"| 7 | 5000 | 1 | 3000 | 4900 | 0.61 | 400 / 900 | 90 / 200 | 4.44 | +310 |",
		"both systems at offered loads of 25%, 50% and 80% of the highest load bare CometBFT followed at that size",
		"each load measured 3 times on each system",
		"7 validators: no comparison points (time budget or a failure), so single points at the fixed loads.",
		"- **4 validators: NOT met.** p50 over the limit at 4000 tx/s (1.67×, +80 ms: 62.0 ms over the 138.0 ms allowed); saturation 0.67× (≥ 0.95: NOT met, 1710 tx/s short).",
		"- **7 validators: NOT met.** p50 over the limit at 1000 tx/s (1.33×, +15 ms: 5.0 ms over the 55.0 ms allowed); saturation 0.50× (≥ 0.95: NOT met, 2700 tx/s short).",
		"| 4 | 3990 | 4000 | 6000 | 5000 | 0.67 |",
		"| lockstep | 4 | compare 2 | 2500 | 200 | 2500 |",
		"![latency percentiles against offered load](latency.png)",
		"| cometbft | 7 | saturation | 7500 | 200 | 6000 | 1.20 |",
		"**Goal (≥ 10 MB/s with p50 < 250 ms, 4 validators)**: 20.48 MB/s (lockstep-gather, 10000 tx/s of 2048 B, p50 60 ms): met.",
		"| lockstep-gather | fixed | 200 | 50000 | 49000 | 9.80 | 180 / 400 |",
		"| cometbft | fixed | 200 | 50000 | 7000 | 1.40 | 2000 / 5000 |",
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
	for _, want := range []string{`"goals":[{"validators":4,"maxLoadTxPerSec":4000,"loads":[{"offeredTxPerSec":1300`, `"duration":"10s"`,
		`"comparisons":[{"validators":4,"offeredTxPerSec":1300,"phase":"compare"`, `"lockstep":{"repeats":3,"committedTxPerSec":1300,"p50Ms":60,"p99Ms":120,"p50MinMs":55,"p50MaxMs":90}`,
		`"points":[`, `"repeat":2`, `"settings":`, `"compareFractions":[0.25,0.5,0.8],"repeats":3`} {
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
