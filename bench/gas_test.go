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
	fg := res.Forced
	// The forced checks cost something, but far less than the signature check; the payload's
	// bytes cost calldata and log data.
	if fg.Operators != 4 || fg.Covered != 2 || fg.NoInbox < 200_000 || fg.InboxCovered <= fg.NoInbox || fg.InboxCovered > fg.NoInbox+50_000 ||
		fg.InboxNoNew <= fg.NoInbox || len(fg.ForceInclude) != 3 || fg.ForceInclude[2].Gas <= fg.ForceInclude[1].Gas || !fg.ForceInclude[0].First {
		t.Errorf("forced gas %+v", fg)
	}
	md := res.Markdown()
	for _, want := range []string{"| 4 | 0 | 100.0% |", "| 4 | 10 |  | n/a: only 4 operators |", "594,533", "published figure",
		"registry without an inbox (no forced checks)", "previous version, committed results", "| 1,024 B |"} {
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
		Forced: ForcedGas{Operators: 4, Covered: 2, NoInbox: 307_412, InboxCovered: 320_349, InboxNoNew: 320_325, Previous: PreviousVersionSubmitGas,
			ForceInclude: []ForceIncludeGas{{PayloadBytes: 100, Gas: 87_189, First: true}, {PayloadBytes: 100, Gas: 89_374}, {PayloadBytes: 1024, Gas: 111_642}}},
	}
	md := res.Markdown()
	for _, want := range []string{
		"| 4 | 0 | 100.0% | 305,951 | 235,870 | +70,081 |",
		"| 20 | 10 |  | n/a: signed stake 50.00% below the 66.67% threshold |  |  |",
		"| `proveEquivocation`, 4 registered operators, the deployment's first slashing (2 signature checks, slash, eject) | 1,063,559 | receipt |",
		"9,000 in a contract; 35,000 as its own transaction",
		"| anchor: Espresso light client update (`LightClient.newFinalizedState`) | 594,533 | published figure (cited in issue 5), not measured here |",
		"Threshold 66.67%",
		"| registry without an inbox (no forced checks) | 307,412 | – | receipt |",
		"| inbox set, the checkpoint covers 2 new entries | 320,349 | +12,937 | receipt |",
		"| inbox set, no new entries since the previous checkpoint (the next checkpoint) | 320,325 | +12,913 | receipt |",
		"| previous version, committed results (4 operators, 0 non-signers; commit 86b7f32, Lockstep 42c4a86e7c78) | 301,075 | −6,337 | previous version, committed results: not measured in this run |",
		"| 100 B, the deployment's first entry | 87,189 | receipt |",
		"| 1,024 B | 111,642 | receipt |",
		"covering 2 entries queued since the previous checkpoint (100 and 1,024 bytes)",
		"the checkpoint covering entries costs +19,274 gas (+6,337 of it without an inbox",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if s := res.Section(); s.Title == "" || s.JSON == nil {
		t.Fatalf("section %+v", s)
	}
}
