package bench

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestRunAggregationSmall(t *testing.T) {
	res, err := RunAggregation(context.Background(), AggregationConfig{Operators: []int{4}, MinTime: 20 * time.Millisecond, MinIters: 2}, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Rows) != 1 {
		t.Fatalf("rows %+v", res.Rows)
	}
	r := res.Rows[0]
	if r.Operators != 4 || r.OursIters < 2 || r.NaiveIters < 2 || r.OursCPUMs <= 0 || r.NaiveCPUMs <= 0 || r.SetupCPUMs <= 0 {
		t.Fatalf("row %+v", r)
	}
	md := res.Markdown()
	if !strings.Contains(md, "| 4 |") || !strings.Contains(md, "one by one") {
		t.Fatalf("markdown:\n%s", md)
	}
	if s := res.Section(); s.Title == "" || s.JSON == nil {
		t.Fatalf("section %+v", s)
	}
}

func TestAggregationMarkdown(t *testing.T) {
	res := AggregationResult{CPUTime: true, MinTime: time.Second, Rows: []AggregationRow{
		{Operators: 200, OursCPUMs: 0.53, NaiveCPUMs: 156.2, Speedup: 294.7, SetupCPUMs: 12.3},
	}}
	md := res.Markdown()
	for _, want := range []string{"| 200 | 0.530 | 156 | 295× | 12.3 |", "CPU ms", "process CPU time"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestAggregationCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := RunAggregation(ctx, AggregationConfig{Operators: []int{4}}, nil); err == nil {
		t.Fatal("no error from a cancelled run")
	}
}
