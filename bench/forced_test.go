package bench

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestForcedSummarizeAndMarkdown(t *testing.T) {
	run := ForcedRunResult{
		ForcedRun: ForcedRun{BlockTime: time.Second, CheckpointInterval: 3, Samples: 4},
		Operators: 4, Delay: 16,
		Samples: []ForcedSample{
			{InboxIndex: 0, L1Block: 40, QueueMs: 600, SoftMs: 1200, FirmMs: 4100, SoftFromBlockMs: 1500, FirmFromBlockMs: 4400, Height: 30, Checkpoint: 10, FirmL1Block: 44},
			{InboxIndex: 1, L1Block: 46, QueueMs: 400, SoftMs: 900, FirmMs: 3000, SoftFromBlockMs: 1100, FirmFromBlockMs: 3200, Height: 36, Checkpoint: 12, FirmL1Block: 49},
			{InboxIndex: 2, L1Block: 52, QueueMs: 500, SoftMs: 2000, FirmMs: 18000, SoftFromBlockMs: 2300, FirmFromBlockMs: 18400, FirmL1Block: 68, ByL1: true},
			{InboxIndex: 3, L1Block: 70, QueueMs: 700, SoftMs: -1, FirmMs: -1, SoftFromBlockMs: -1, FirmFromBlockMs: -1, Note: "not soft and firm within the sample's 40s bound"},
		},
	}
	run.summarize()
	if run.SoftP50Ms != 1200 || run.SoftMaxMs != 2000 || run.FirmP50Ms != 4100 || run.FirmMaxMs != 18000 ||
		run.SoftFromBlockP50Ms != 1500 || run.FirmFromBlockP50Ms != 4400 || run.QueueP50Ms != 500 || run.FirmBlocksP50 != 4 || run.ByL1 != 1 {
		t.Fatalf("summary %+v", run)
	}
	if got := run.SlowPathBound(); got != 16*time.Second {
		t.Fatalf("slow-path bound %s", got)
	}
	empty := ForcedRunResult{ForcedRun: ForcedRun{BlockTime: 12 * time.Second, CheckpointInterval: 3, Samples: 2}, Operators: 4, Delay: 16,
		Note: "the run's 3m20s bound ended it after 0 of 2 samples"}
	empty.summarize()
	if empty.SoftP50Ms != -1 || empty.FirmBlocksP50 != -1 {
		t.Fatalf("summary of no samples %+v", empty)
	}
	res := ForcedResult{Runs: []ForcedRunResult{run, empty}, PollMs: 20, Anchors: ForcedAnchors}
	md := res.Markdown()
	for _, want := range []string{
		"| 1s | 3 heights | 4 (1 firm at the deadline) | 1.20 s | 2.00 s | 4.10 s | 18.0 s | 4.00 | 1.50 s / 4.40 s | 16 × 1s = 16 s |",
		"| 12s | 3 heights | 0 (the run's 3m20s bound ended it after 0 of 2 samples) | – | – | – | – | – | – / – | 16 × 12s = 192 s |",
		"| Lockstep slow path at 12s L1 blocks: D = 16 blocks (the registry's `forcedInclusionDelay`) | 192 s | protocol parameter, D read from L1 in this run |",
		"| Arbitrum: delayed inbox: a message can be force-included after 24 h | 24 h | published protocol parameter, not measured here |",
		"| OP Stack: sequencing window: deposits are included within 12 h | 12 h | published protocol parameter, not measured here |",
		"| Taiko: one-epoch window (32 slots × 12 s) | 384 s | published protocol parameter, not measured here |",
		"4 operator processes", "receipt is seen (polled every 20 ms", "from anvil account 5",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if s := res.Section(); s.Title == "" || s.JSON == nil {
		t.Fatalf("section %+v", s)
	}
}

func TestForcedPayload(t *testing.T) {
	a, b := forcedPayload(time.Second, 0), forcedPayload(time.Second, 1)
	if len(a) != forcedPayloadBytes || len(b) != forcedPayloadBytes || string(a) == string(b) || string(a) == string(forcedPayload(12*time.Second, 0)) {
		t.Fatalf("payloads %q %q", a, b)
	}
}

func TestRunForcedChecksConfig(t *testing.T) {
	if _, err := RunForced(context.Background(), ForcedConfig{}, nil); err == nil {
		t.Fatal("no error without a binary")
	}
	_, err := RunForced(context.Background(), ForcedConfig{LockstepBinary: "/nonexistent/lockstep", Runs: []ForcedRun{{BlockTime: time.Second}}}, nil)
	if err == nil || !strings.Contains(err.Error(), "bad run") {
		t.Fatalf("err = %v, want a bad run", err)
	}
	// A binary that does not start fails the run at once, with no process left behind.
	_, err = RunForced(context.Background(), ForcedConfig{LockstepBinary: "/nonexistent/lockstep", WorkDir: t.TempDir(),
		Runs: []ForcedRun{{BlockTime: time.Second, CheckpointInterval: 3, Samples: 1, SampleTimeout: time.Second, Timeout: 10 * time.Second}}}, nil)
	if err == nil {
		t.Fatal("no error from a missing binary")
	}
}

func TestDurationText(t *testing.T) {
	for d, want := range map[time.Duration]string{24 * time.Hour: "24 h", 384 * time.Second: "384 s", 16 * time.Second: "16 s", 1500 * time.Millisecond: "1.50 s", 90 * time.Minute: "5400 s"} {
		if got := durationText(d); got != want {
			t.Errorf("durationText(%s) = %q, want %q", d, got, want)
		}
	}
}
