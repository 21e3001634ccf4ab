package integration

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/aggregator"
	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// TestAggregatorSettlesInOrder runs the aggregator against the devnet with 4 operators posting
// real signatures over JSON-RPC: checkpoints signed by 4 and by 3 of 4 land in order; bad
// signatures (unregistered key, wrong message, malformed) are refused with clear errors and do
// not stall aggregation; a checkpoint complete before its predecessor waits for it.
func TestAggregatorSettlesInOrder(t *testing.T) {
	e := testenv.New(t, anvil.Config{Operators: 4})
	testenv.StartMiner(t, e, 100*time.Millisecond)
	a := testenv.StartAggregator(t, e, e.DN.Client, t.TempDir())
	ctx, c := e.Ctx, a.RPC
	testenv.WaitOperators(t, ctx, c, 4)
	ops := testenv.Signers(t, e)
	chainID, registry := e.D.ChainID, e.D.Contracts.CheckpointRegistry

	// 1: all four sign.
	cp1 := testenv.Checkpoint(1, "")
	for _, o := range ops {
		if res := testenv.MustSend(t, ctx, c, o.Message(t, cp1)); res.Status != aggregatorapi.StatusCollected && res.Status != aggregatorapi.StatusSettled {
			t.Fatalf("status %q", res.Status)
		}
	}
	e.WaitSettled(1, 30*time.Second)
	testenv.WaitUntil(t, 10*time.Second, "aggregator to record checkpoint 1 as settled", func() bool { return testenv.AggregatorStatus(t, ctx, c).LatestSettled >= 1 })
	// The same signature again once settled.
	if res := testenv.MustSend(t, ctx, c, ops[0].Message(t, cp1)); res.Status != aggregatorapi.StatusSettled {
		t.Fatalf("resent signature for a settled checkpoint: status %q", res.Status)
	}

	// 2: three of four.
	cp2 := testenv.Checkpoint(2, "")
	for _, o := range ops[1:] {
		testenv.MustSend(t, ctx, c, o.Message(t, cp2))
	}
	e.WaitSettled(2, 30*time.Second)

	// 3: garbage first.
	cp3 := testenv.Checkpoint(3, "")
	stranger, err := bls.NewKeyPairFromString("12345678901234567890")
	if err != nil {
		t.Fatal(err)
	}
	_, err = testenv.Send(ctx, c, testenv.RawMessage(chainID, registry, stranger, common.HexToHash(stranger.GetPubKeyG1().GetOperatorID()), cp3, cp3))
	aggWantCode(t, err, aggregatorapi.CodeUnknownOperator, "unregistered key")
	bad := ops[0].Message(t, cp3)
	bad.Signature = bad.Signature[:10]
	_, err = testenv.Send(ctx, c, bad)
	aggWantCode(t, err, aggregatorapi.CodeMalformed, "10-byte signature")
	bad = ops[0].Message(t, cp3)
	bad.Signature[5] ^= 0xff // no longer a curve point (or not this one)
	_, err = testenv.Send(ctx, c, bad)
	aggWantCode(t, err, aggregatorapi.CodeMalformed, "corrupted signature")
	var res aggregatorapi.SubmitResult
	err = c.RPC().CallContext(ctx, &res, aggregatorapi.MethodSubmitSignature, json.RawMessage(`{"checkpoint":"nope"}`))
	aggWantCode(t, err, aggregatorapi.CodeMalformed, "undecodable payload")
	zero := ops[0].Message(t, cp3)
	zero.Checkpoint.Number = 0
	_, err = testenv.Send(ctx, c, zero)
	aggWantCode(t, err, aggregatorapi.CodeMalformed, "checkpoint number 0")

	// Operator 0 signs another message but claims cp3. Before the threshold it is only held;
	// when operator 2's signature brings the held stake to 3/4 the aggregate check refuses it
	// and the rest wait for operator 3.
	other := cp3
	other.Root = testenv.Root("not checkpoint 3")
	wrong := testenv.RawMessage(chainID, registry, ops[0].Op.BLSKey, ops[0].Op.OperatorID, cp3, other)
	testenv.MustSend(t, ctx, c, wrong)
	testenv.MustSend(t, ctx, c, ops[1].Message(t, cp3))
	testenv.MustSend(t, ctx, c, ops[2].Message(t, cp3))
	_, err = testenv.Send(ctx, c, wrong)
	aggWantCode(t, err, aggregatorapi.CodeInvalidSignature, "wrong-message signature sent again")
	testenv.MustSend(t, ctx, c, ops[3].Message(t, cp3))
	e.WaitSettled(3, 30*time.Second)
	testenv.WaitUntil(t, 10*time.Second, "aggregator to record checkpoint 3", func() bool { return testenv.AggregatorStatus(t, ctx, c).LatestSettled == 3 })

	// 4 and 5: 5 completes first and waits for 4; operator 0's wrong signature on 4 is what
	// reaches the threshold, so it is refused synchronously.
	cp4, cp5 := testenv.Checkpoint(4, ""), testenv.Checkpoint(5, "")
	for _, o := range ops {
		testenv.MustSend(t, ctx, c, o.Message(t, cp5))
	}
	testenv.MustSend(t, ctx, c, ops[1].Message(t, cp4))
	testenv.MustSend(t, ctx, c, ops[2].Message(t, cp4))
	other4 := cp4
	other4.Root = testenv.Root("not checkpoint 4")
	_, err = testenv.Send(ctx, c, testenv.RawMessage(chainID, registry, ops[0].Op.BLSKey, ops[0].Op.OperatorID, cp4, other4))
	aggWantCode(t, err, aggregatorapi.CodeInvalidSignature, "wrong-message signature completing the threshold")
	if n := e.LatestCheckpoint(); n != 3 {
		t.Fatalf("latest checkpoint %d before 4 has enough signatures, want 3", n)
	}
	st := testenv.AggregatorStatus(t, ctx, c)
	if len(st.Pending) != 2 || st.Pending[0].Number != 4 || st.Pending[0].Ready || st.Pending[1].Number != 5 || !st.Pending[1].Ready {
		t.Fatalf("status pending = %+v", st.Pending)
	}
	testenv.MustSend(t, ctx, c, ops[3].Message(t, cp4))
	e.WaitSettled(5, 30*time.Second)
	// L1 shows a checkpoint stored a moment before the aggregator has its receipt and counts it.
	testenv.WaitUntil(t, 10*time.Second, "the aggregator to count its 5 checkpoints", func() bool {
		return testenv.Counter(t, a.Reg, "lockstep_aggregator_checkpoints_settled_total", map[string]string{"by": "self"}) == 5
	})

	subs := e.Submissions(cp1, cp2, cp3, cp4, cp5)
	for n := uint64(1); n <= 5; n++ {
		r := subs[n]
		if r == nil {
			t.Fatalf("no submission event for checkpoint %d", n)
		}
		t.Logf("gas: checkpoint %d submitted by the aggregator: %d (tx %s)", n, r.GasUsed, r.TxHash)
	}
	if subs[4].BlockNumber.Cmp(subs[5].BlockNumber) >= 0 {
		t.Fatalf("checkpoint 5 (block %s) not after 4 (block %s)", subs[5].BlockNumber, subs[4].BlockNumber)
	}
	// (The undecodable payload is refused by the JSON-RPC layer before the service sees it.)
	for reason, min := range map[string]float64{"unknown_operator": 1, "malformed": 3, "invalid_signature": 3} {
		if got := testenv.Counter(t, a.Reg, "lockstep_aggregator_signatures_refused_total", map[string]string{"reason": reason}); got < min {
			t.Errorf("refused{reason=%s} = %v, want >= %v", reason, got, min)
		}
	}
	if got := testenv.Counter(t, a.Reg, "lockstep_aggregator_submission_gas", nil); got != 5 {
		t.Errorf("submission_gas samples = %v, want 5", got)
	}
	// The same metrics over HTTP.
	resp, err := http.Get("http://" + a.Svc.MetricsAddr().String() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, name := range []string{"lockstep_aggregator_signatures_received_total", "lockstep_aggregator_threshold_seconds_bucket",
		"lockstep_aggregator_submission_seconds_bucket", "lockstep_aggregator_checkpoints_behind", `lockstep_aggregator_checkpoints_settled_total{by="self"} 5`} {
		if !strings.Contains(string(body), name) {
			t.Errorf("/metrics lacks %s", name)
		}
	}
	// Health on the same listener: L1 reachable, the five checkpoints stored by this aggregator.
	resp, err = http.Get("http://" + a.Svc.MetricsAddr().String() + aggregator.HealthPath)
	if err != nil {
		t.Fatal(err)
	}
	var h aggregator.Health
	err = json.NewDecoder(resp.Body).Decode(&h)
	resp.Body.Close()
	if err != nil || resp.StatusCode != http.StatusOK || h.Status != aggregator.HealthUp || !h.L1Reachable || h.LatestSettled != 5 || h.LastSubmitted != 5 {
		t.Errorf("GET %s: %d %+v (%v)", aggregator.HealthPath, resp.StatusCode, h, err)
	}
}
