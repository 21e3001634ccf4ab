package bench

import (
	"os"
	"strings"
	"testing"
	"time"
)

func TestParseStatCPU(t *testing.T) {
	// The command name may hold spaces and parentheses: fields count from the last ')'.
	line := "4242 (lock step) (x)) S 1 4242 4242 0 -1 4194560 1234 0 0 0 250 75 0 0 20 0 12 0 100 1000000 5000 18446744073709551615"
	got, err := parseStatCPU(line)
	if err != nil || got != 3250*time.Millisecond {
		t.Fatalf("parseStatCPU = %s, %v; want 3.25s", got, err)
	}
	if _, err := parseStatCPU("4242 lockstep S 1"); err == nil {
		t.Fatal("no command name accepted")
	}
	if _, err := parseStatCPU("4242 (x) S 1 2"); err == nil {
		t.Fatal("short line accepted")
	}
}

func TestParseMachineCPU(t *testing.T) {
	busy, total, err := parseMachineCPU("100 5 50 800 40 1 4 0 7 0")
	if err != nil || busy != 160 || total != 1000 {
		t.Fatalf("parseMachineCPU = %d %d %v", busy, total, err)
	}
}

func TestSamplerSelf(t *testing.T) {
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("no /proc")
	}
	var s sampler
	s.begin(os.Getpid())
	deadline := time.Now().Add(300 * time.Millisecond)
	for x := 0; time.Now().Before(deadline); x++ { // burn some CPU to measure
		_ = x * x
	}
	r, err := s.end()
	if err != nil {
		t.Fatal(err)
	}
	if r.Node.CPUPercent <= 0 || r.Node.RSSMaxMiB <= 0 || r.Node.RSSAvgMiB > r.Node.RSSMaxMiB {
		t.Fatalf("resources of this process: %+v", r)
	}
}

func TestConsensusBetween(t *testing.T) {
	scrape := func(text string) map[string]float64 {
		m, err := parseSums(strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	before := scrape(`# HELP lockstep_consensus_block_interval_seconds Time between this and the last block.
lockstep_consensus_block_interval_seconds_bucket{chain_id="c",le="+Inf"} 10
lockstep_consensus_block_interval_seconds_sum{chain_id="c"} 1
lockstep_consensus_block_interval_seconds_count{chain_id="c"} 10
lockstep_consensus_step_duration_seconds_sum{chain_id="c",step="Propose"} 0.5
lockstep_consensus_step_duration_seconds_count{chain_id="c",step="Propose"} 10
lockstep_abci_connection_method_timing_seconds_sum{chain_id="c",method="commit",type="sync"} 0.01
lockstep_abci_connection_method_timing_seconds_count{chain_id="c",method="commit",type="sync"} 10
lockstep_abci_connection_method_timing_seconds_sum{chain_id="c",method="check_tx",type="async"} 3
lockstep_abci_connection_method_timing_seconds_count{chain_id="c",method="check_tx",type="async"} 100
lockstep_api_submissions_total{result="accepted"} 5
`)
	after := scrape(`lockstep_consensus_block_interval_seconds_sum{chain_id="c"} 5
lockstep_consensus_block_interval_seconds_count{chain_id="c"} 110
lockstep_consensus_step_duration_seconds_sum{chain_id="c",step="Propose"} 2.5
lockstep_consensus_step_duration_seconds_count{chain_id="c",step="Propose"} 110
lockstep_abci_connection_method_timing_seconds_sum{chain_id="c",method="commit",type="sync"} 0.21
lockstep_abci_connection_method_timing_seconds_count{chain_id="c",method="commit",type="sync"} 110
lockstep_abci_connection_method_timing_seconds_sum{chain_id="c",method="check_tx",type="async"} 4
lockstep_abci_connection_method_timing_seconds_count{chain_id="c",method="check_tx",type="async"} 200
`)
	if len(before) != 8 {
		t.Fatalf("kept %d series: %v", len(before), before)
	}
	c := consensusBetween(before, after)
	if c.BlockIntervalMs != 40 || c.StepMs["Propose"] != 20 || c.ABCIMs["commit"] != 2 || len(c.ABCIMs) != 1 {
		t.Fatalf("consensus %+v", c)
	}
}
