package bench

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/chainio"
)

func TestFirmSummarizeAndMarkdown(t *testing.T) {
	run := FirmRunResult{
		FirmRun:   FirmRun{BlockTime: time.Second, CheckpointInterval: 3, Samples: 3},
		Operators: 4,
		Samples: []FirmSample{
			{Checkpoint: 2, LatencyMs: 900, SubmitMs: 50, InclusionMs: 850, CometLatencyMs: 930, ReferenceLag: 2},
			{Checkpoint: 3, LatencyMs: 500, SubmitMs: 240, InclusionMs: 260, CometLatencyMs: 520, ReferenceLag: 3},
			{Checkpoint: 4, LatencyMs: 200, SubmitMs: -1, InclusionMs: -1, CometLatencyMs: -1, ReferenceLag: 2},
		},
	}
	run.summarize()
	if run.P50Ms != 500 || run.P99Ms != 900 || run.MinMs != 200 || run.SubmitP50Ms != 50 || run.InclusionP50Ms != 260 || run.CometP50Ms != 520 || run.ReferenceLagP50 != 2 {
		t.Fatalf("summary %+v", run)
	}
	slow := FirmRunResult{FirmRun: FirmRun{BlockTime: 12 * time.Second, CheckpointInterval: 16, Samples: 6, MaxInFlight: 1}, Operators: 4,
		Note: "the run's 2m30s bound ended it after 5 of 6 checkpoints", P50Ms: 7000, P99Ms: 12500, MinMs: 1000, SubmitP50Ms: -1, InclusionP50Ms: -1, CometP50Ms: 7100,
		Samples: make([]FirmSample, 5)}
	res := FirmResult{Runs: []FirmRunResult{run, slow}, PollMs: 20}
	md := res.Markdown()
	for _, want := range []string{
		"| 1s | 3 heights | pipelined | 3 | 0.500 s | 0.900 s | 0.200 s | 0.050 s | 0.260 s | 0.520 s |",
		"| 12s | 16 heights | one at a time | 5 (the run's 2m30s bound ended it after 5 of 6 checkpoints) | 7.00 s | 12.5 s | 1.00 s | – | – | 7.10 s |",
		"4 operator processes", "next L1 block", "storing the checkpoint: 2 at 1s blocks (every 3 heights, pipelined), 0 at 12s blocks (every 16 heights, one at a time))",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if s := res.Section(); s.Title == "" || s.JSON == nil {
		t.Fatalf("section %+v", s)
	}
}

func TestRunFirmChecksConfig(t *testing.T) {
	if _, err := RunFirm(context.Background(), FirmConfig{}, nil); err == nil {
		t.Fatal("no error without a binary")
	}
	_, err := RunFirm(context.Background(), FirmConfig{Binary: "/nonexistent/lockstep", Runs: []FirmRun{{BlockTime: time.Second}}}, nil)
	if err == nil || !strings.Contains(err.Error(), "bad run") {
		t.Fatalf("err = %v, want a bad run", err)
	}
	// A binary that does not start fails the run at once, with no process left behind.
	_, err = RunFirm(context.Background(), FirmConfig{Binary: "/nonexistent/lockstep", WorkDir: t.TempDir(),
		Runs: []FirmRun{{BlockTime: time.Second, CheckpointInterval: 3, Samples: 1, Timeout: 10 * time.Second}}}, nil)
	if err == nil {
		t.Fatal("no error from a missing binary")
	}
}

// fakeTxpool answers txpool_content like anvil.
type fakeTxpool struct{ content any }

func (f *fakeTxpool) Content() any { return f.content }

func TestPendingCheckpoints(t *testing.T) {
	regABI, err := checkpointregistry.CheckpointRegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	registry := common.HexToAddress("0x1234")
	input, err := regABI.Pack("submitCheckpoint",
		checkpointregistry.ICheckpointRegistryTypesCheckpoint{Number: 7, StartHeight: 19, EndHeight: 21, Root: common.HexToHash("0xaa")},
		uint32(99), chainio.NonSignerStakesAndSignature{
			Sigma: chainio.G1Point{X: big.NewInt(1), Y: big.NewInt(2)},
			ApkG2: chainio.G2Point{X: [2]*big.Int{big.NewInt(3), big.NewInt(4)}, Y: [2]*big.Int{big.NewInt(5), big.NewInt(6)}},
		})
	if err != nil {
		t.Fatal(err)
	}
	other := common.HexToAddress("0x9999")
	tx := func(to common.Address, in []byte) map[string]any {
		return map[string]any{"to": to, "input": hexutil.Bytes(in)}
	}
	pool := &fakeTxpool{content: map[string]any{
		"pending": map[string]map[string]any{
			"0xaggregator": {"3": tx(registry, input)},
			"0xsomeone":    {"0": tx(other, input), "1": tx(registry, input[:20]), "2": tx(registry, []byte{1, 2, 3, 4})},
		},
		"queued": map[string]any{},
	}}
	srv := gethrpc.NewServer()
	defer srv.Stop()
	if err := srv.RegisterName("txpool", pool); err != nil {
		t.Fatal(err)
	}
	c := gethrpc.DialInProc(srv)
	defer c.Close()
	w := &devnetWatch{l1rpc: c, regAddr: registry, submitID: regABI.Methods["submitCheckpoint"].ID}
	got, err := w.pendingCheckpoints(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != 7 {
		t.Fatalf("pending checkpoints %v, want [7]", got)
	}
}
