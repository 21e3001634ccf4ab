package bench

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

func TestWANConfigCheck(t *testing.T) {
	for _, quick := range []bool{false, true} {
		c := DefaultWANConfig(quick)
		if err := c.Check(); err != nil {
			t.Fatalf("default (quick %t): %v", quick, err)
		}
	}
	for name, mutate := range map[string]func(*WANConfig){
		"one validator":     func(c *WANConfig) { c.Validators = []int{1} },
		"zero load":         func(c *WANConfig) { c.Load = 0 },
		"long warm-up":      func(c *WANConfig) { c.Warmup = c.Duration },
		"unknown emulation": func(c *WANConfig) { c.Emulations = []string{"moon"} },
		"unknown profile":   func(c *WANConfig) { c.Profiles = []string{"moon"} },
		"no emulation":      func(c *WANConfig) { c.Emulations = nil },
		"jitter over 1":     func(c *WANConfig) { c.Jitter = 2 },
		"no runs":           func(c *WANConfig) { c.Repeats = 0 },
	} {
		c := DefaultWANConfig(false)
		mutate(&c)
		if err := c.Check(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// The region matrix places validators round-robin and is symmetric, with the published RTTs
// between regions and a small one within.
func TestRegionEmulation(t *testing.T) {
	e, ok := findEmulation(emulationRegions)
	if !ok {
		t.Fatal("no regions emulation")
	}
	m := matrixOf(e, 7)
	want := []string{"us-east-1", "eu-west-1", "ap-southeast-1", "us-east-1", "eu-west-1", "ap-southeast-1", "us-east-1"}
	if strings.Join(m.Places, ",") != strings.Join(want, ",") {
		t.Fatalf("places %v", m.Places)
	}
	for i := range 7 {
		for j := range 7 {
			if m.RTTMs[i][j] != m.RTTMs[j][i] {
				t.Fatalf("RTT %d↔%d not symmetric: %v vs %v", i, j, m.RTTMs[i][j], m.RTTMs[j][i])
			}
		}
	}
	if m.RTTMs[0][1] != 80.5 || m.RTTMs[0][2] != 216.7 || m.RTTMs[1][2] != 238.5 || m.RTTMs[0][3] != 2 {
		t.Fatalf("RTTs %v", m.RTTMs[0:3])
	}
	if u := matrixOf(Emulations()[0], 4); u.RTTMs[1][3] != 50 || u.Places != nil {
		t.Fatalf("uniform 25 ms one way: %+v", u)
	}
}

func TestWANSectionGoals(t *testing.T) {
	cfg := DefaultWANConfig(false)
	res := &WANResult{Config: cfg}
	for _, name := range cfg.Emulations {
		e, _ := findEmulation(name)
		res.Emulations = append(res.Emulations, e)
		for _, n := range cfg.Validators {
			res.Matrices = append(res.Matrices, matrixOf(e, n))
		}
	}
	cfg.Profiles = []string{"lan"}
	res.Config = cfg
	add := func(em, sys string, n int, p50 float64) {
		res.Points = append(res.Points, &WANPoint{Profile: "lan", Emulation: em, Point: &Point{System: sys, Validators: n, Phase: phaseFixed, Offered: 1000, Throughput: 1000,
			Latency: Percentiles{P50: f(p50), P90: f(p50 * 1.3), P99: f(p50 * 2), Max: f(p50 * 3)}}})
	}
	// Three runs: the median decides, not the outlier.
	add(emulationUniform25, systemLockstep, 4, 900)
	add(emulationUniform25, systemLockstep, 4, 200)
	add(emulationUniform25, systemLockstep, 4, 190)
	add(emulationUniform25, systemBaseline, 4, 180) // 1.11×: met
	add(emulationUniform25, systemLockstep, 7, 260) // over 250 ms
	add(emulationUniform25, systemBaseline, 7, 200) // 1.30×
	add(emulationRegions, systemLockstep, 7, 340)
	add(emulationRegions, systemBaseline, 7, 300)
	goals := res.goals()
	got := map[string]bool{}
	for _, g := range goals {
		if !g.Measured {
			t.Fatalf("goal %q not measured", g.What)
		}
		got[g.What] = g.Met
	}
	want := map[string]bool{
		"50 ms RTT, 4 validators, 1000 tx/s: Lockstep p50 ≤ 250 ms":     true,
		"50 ms RTT, 4 validators: Lockstep p50 ≤ 1.15× bare CometBFT's": true,
		"50 ms RTT, 7 validators, 1000 tx/s: Lockstep p50 ≤ 250 ms":     false,
		"50 ms RTT, 7 validators: Lockstep p50 ≤ 1.15× bare CometBFT's": false,
		"3 regions, 7 validators: Lockstep p50 ≤ 350 ms":                true,
	}
	for w, met := range want {
		if m, ok := got[w]; !ok || m != met {
			t.Errorf("goal %q: met %v (present %v), want %v", w, m, ok, met)
		}
	}
	// Most transactions lost: the goal is missed, not unmeasured.
	regions := res.Points[len(res.Points)-2].Point
	if regions.System != systemLockstep || regions.Validators != 7 {
		t.Fatalf("test setup: %+v is not the Lockstep regions point", regions)
	}
	regions.Latency.P50 = nil
	if g := res.goals()[len(res.goals())-1]; !g.Measured || g.Met {
		t.Fatalf("regions goal with no p50: %+v, want measured and missed", g)
	}
	regions.Latency.P50 = f(340)
	md := wanSection(res).Markdown
	for _, s := range []string{"| lan | uniform-25ms | 4 | 3 / 1 | 1000 | 1000 | 200 (190–900) / 400 | 180 / 360 | 1.11 | +20 |", "NOT met", "us-east-1, eu-west-1, ap-southeast-1, us-east-1", "acomputerscientistlearnsaws"} {
		if !strings.Contains(md, s) {
			t.Errorf("markdown lacks %q:\n%s", s, md)
		}
	}
}

// TestWANBaselineSmoke runs the WAN benchmark on a real baseline network (four CometBFT
// processes) whose p2p links hold every byte 25 ms each way, and checks the transactions commit
// no faster than the emulated links allow: a block takes a proposal and two rounds of votes.
func TestWANBaselineSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("starts four CometBFT processes")
	}
	t.Setenv(baselineNodeEnv, "1") // the nodes are this test binary (see TestMain)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	env := NewEnv(os.Args[0], t.TempDir(), t.TempDir(), true, nil, nil, nil)
	env.DevBinary = os.Args[0]
	env.baselineCmd = []string{}
	cfg := DefaultWANConfig(true)
	cfg.Load, cfg.Duration, cfg.Warmup, cfg.systems = 200, 3*time.Second, time.Second, []string{systemBaseline}
	cfg.Emulations, cfg.Profiles = []string{emulationUniform25}, []string{"wan"}
	res, err := RunWAN(ctx, env, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Points) != 1 {
		t.Fatalf("%d points", len(res.Points))
	}
	p := res.Points[0].Point
	t.Logf("%s", p.summary())
	if p.Accepted != p.Scheduled || p.Lost != 0 || p.Latency.P50 == nil {
		t.Fatalf("point %+v", p)
	}
	// The upper bound only catches a stall: on a busy shared machine heights take far longer
	// than the links alone make them.
	if *p.Latency.P50 < 75 || *p.Latency.P50 > 10_000 {
		t.Fatalf("p50 %.0f ms with 25 ms one-way links: want at least three one-way delays (75 ms) and under 10 s", *p.Latency.P50)
	}
}
