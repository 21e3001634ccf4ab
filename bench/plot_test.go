package bench

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteLatencyPlot(t *testing.T) {
	path := filepath.Join(t.TempDir(), latencyPlot)
	if err := writeLatencyPlot(sampleResult(), path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("\x89PNG")) || len(b) < 5000 {
		t.Fatalf("not a plot: %d bytes", len(b))
	}
	if err := writeLatencyPlot(&OrderingResult{Config: DefaultOrderingConfig(true)}, path); err == nil {
		t.Fatal("plot of nothing written")
	}
	// A size without any latency (its network failed) gets no panel.
	res := sampleResult()
	res.Config.Validators = append(res.Config.Validators, 10)
	res.Points = append(res.Points, &Point{System: systemLockstep, Validators: 10, Offered: 1000})
	if err := writeLatencyPlot(res, path); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("LOCKSTEP_BENCH_KEEP_PLOT") != "" {
		_ = os.WriteFile(os.Getenv("LOCKSTEP_BENCH_KEEP_PLOT"), b, 0o644)
	}
}
