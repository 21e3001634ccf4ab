package bench

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/bench/internal/forgeart"
)

// RunGas at 4 operators (0 and 1 non-signers, one slashing, both proofs) on a real anvil.
func TestRunGasSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil")
	}
	out, err := forgeart.DefaultOut()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := forgeart.Load(out, "ProofsHarness.sol", "ProofsHarness"); err != nil {
		t.Skipf("no ProofsHarness artifact (make contracts, or forge test, builds it): %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := RunGas(ctx, GasConfig{Operators: []int{4}, NonSigners: []int{0, 1, 10}}, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Submit) != 3 {
		t.Fatalf("submit rows %+v", res.Submit)
	}
	for _, s := range res.Submit[:2] {
		// A submission costs checkSignatures plus Lockstep's part; both are real.
		if s.NA != "" || s.CheckSignatures < 100_000 || s.SubmitCheckpoint <= s.CheckSignatures || s.SubmitCheckpoint > s.CheckSignatures+150_000 {
			t.Errorf("row %+v", s)
		}
	}
	if res.Submit[1].SubmitCheckpoint <= res.Submit[0].SubmitCheckpoint || res.Submit[1].SignedBips != 7500 {
		t.Errorf("a non-signer should cost more: %+v", res.Submit)
	}
	if res.Submit[2].NA == "" {
		t.Errorf("10 non-signers of 4 measured: %+v", res.Submit[2])
	}
	if len(res.Slash) != 1 || res.Slash[0].Gas < 200_000 {
		t.Errorf("slash %+v", res.Slash)
	}
	for _, p := range []ProofGas{res.VerifyBatch, res.VerifyTx} {
		if p.Library == 0 || p.Transaction < 21_000+p.Library || p.ProofHashes == 0 {
			t.Errorf("proof gas %+v", p)
		}
	}
	md := res.Markdown()
	for _, want := range []string{"| 4 | 0 | 100.0% |", "| 4 | 10 |  | n/a: only 4 operators |", "594,533", "published figure"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	t.Logf("\n%s", md)
}

func TestGasMarkdown(t *testing.T) {
	res := GasResult{
		ThresholdBips: 6667, Stakes: "equal", ProofShape: "shape", EspressoLightClientUpdate: EspressoLightClientUpdateGas,
		Submit: []SubmitGas{
			{Operators: 4, NonSigners: 0, SignedBips: 10000, SubmitCheckpoint: 305_951, CheckSignatures: 235_870},
			{Operators: 20, NonSigners: 10, NA: "signed stake 50.00% below the 66.67% threshold"},
		},
		Slash:       []SlashGas{{Operators: 4, Gas: 1_063_559, First: true}},
		VerifyBatch: ProofGas{Library: 9_000, Transaction: 35_000, ProofHashes: 8},
		VerifyTx:    ProofGas{Library: 5_000, Transaction: 27_000, ProofHashes: 7},
	}
	md := res.Markdown()
	for _, want := range []string{
		"| 4 | 0 | 100.0% | 305,951 | 235,870 | +70,081 |",
		"| 20 | 10 |  | n/a: signed stake 50.00% below the 66.67% threshold |  |  |",
		"| `proveEquivocation`, 4 registered operators, the deployment's first slashing (2 signature checks, slash, eject) | 1,063,559 | receipt |",
		"9,000 in a contract; 35,000 as its own transaction",
		"| anchor: Espresso light client update (`LightClient.newFinalizedState`) | 594,533 | published figure (cited in issue 5), not measured here |",
		"Threshold 66.67%",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if s := res.Section(); s.Title == "" || s.JSON == nil {
		t.Fatalf("section %+v", s)
	}
}
