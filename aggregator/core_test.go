package aggregator

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/aggregator/blsagg"
	"github.com/lockstep-xyz/lockstep/aggregator/collect"
	"github.com/lockstep-xyz/lockstep/aggregator/internal/aggtest"
	"github.com/lockstep-xyz/lockstep/aggregator/slash"
	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
)

func testKeys(n int) []*bls.KeyPair { return aggtest.Keys("aggregator", n) }

// newOfflineCore is the service's core (progress log, collector, JSON-RPC handler) with an
// operator set and no L1: enough for the receiving side, which never touches L1.
func newOfflineCore(t testing.TB, keys []*bls.KeyPair) *core {
	t.Helper()
	ops := make([]blsagg.Operator, len(keys))
	addrs := make(map[blsagg.OperatorID]common.Address)
	for i, k := range keys {
		id := blsagg.OperatorIDFromPubkey(k.GetPubKeyG1())
		ops[i] = blsagg.Operator{ID: id, PubkeyG1: k.GetPubKeyG1(), PubkeyG2: k.GetPubKeyG2(), Stake: big.NewInt(1000)}
		addrs[id] = common.BytesToAddress(id[:20])
	}
	set, err := blsagg.NewOperatorSet(10, ops)
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.DataDir, cfg.ChainID = t.TempDir(), aggtest.ChainID
	cfg.Addresses.CheckpointRegistry = aggtest.Registry
	cfg.Addresses.EquivocationSlasher = common.HexToAddress("0xbb")
	noL1 := func(context.Context, *slash.Evidence) (*types.Receipt, error) { return nil, errors.New("no L1") }
	c, err := newCore(cfg, 6667, NewMetrics(nil), slog.New(slog.DiscardHandler), noL1)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.j.close() })
	c.col.Rebase(&collect.OperatorSet{OperatorSet: set, Addrs: addrs})
	return c
}

func sign(k *bls.KeyPair, cp commitment.Checkpoint) aggregatorapi.CheckpointSignature {
	d := commitment.CheckpointDigest(aggtest.ChainID, aggtest.Registry, cp)
	id := blsagg.OperatorIDFromPubkey(k.GetPubKeyG1())
	return aggregatorapi.CheckpointSignature{Checkpoint: cp, OperatorID: common.Hash(id), Signature: k.SignMessage(d).G1Affine.Marshal()}
}

func cpAt(n uint64, tag string) commitment.Checkpoint { return aggtest.Checkpoint(n, tag) }

// TestStoreReplay: what was acknowledged survives a reopen, drops and settlement included, and
// a torn last record (crash mid-append) is ignored.
func TestStoreReplay(t *testing.T) {
	keys := testKeys(4)
	s := newOfflineCore(t, keys)
	for _, k := range keys[:3] {
		if _, err := s.submit(sign(k, cpAt(1, ""))); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.submit(sign(keys[0], cpAt(2, ""))); err != nil {
		t.Fatal(err)
	}
	bad := sign(keys[1], cpAt(2, "other")) // valid signature over another digest, claimed for cp 2
	bad.Checkpoint = cpAt(2, "")
	if _, err := s.submit(bad); err != nil {
		t.Fatal(err) // held: below threshold, not yet checked
	}
	if err := s.j.store.append(record{Kind: recSettled, Number: 0}); err != nil {
		t.Fatal(err)
	}
	_ = s.j.close()
	// A torn append.
	f, err := os.OpenFile(filepath.Join(s.cfg.DataDir, "progress.log"), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, _ = f.WriteString(`{"k":"sig","cp":{"num`)
	f.Close()

	st, state, err := openStore(s.cfg.DataDir, aggtest.ChainID, aggtest.Registry, 64)
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	d1 := commitment.CheckpointDigest(aggtest.ChainID, aggtest.Registry, cpAt(1, ""))
	d2 := commitment.CheckpointDigest(aggtest.ChainID, aggtest.Registry, cpAt(2, ""))
	if len(state.entries) != 2 || len(state.entries[d1].sigs) != 3 || len(state.entries[d2].sigs) != 2 {
		t.Fatalf("replayed %d entries: %+v", len(state.entries), state.entries)
	}
	// Reopening again (after compaction) gives the same.
	st.close()
	_, state2, err := openStore(s.cfg.DataDir, aggtest.ChainID, aggtest.Registry, 64)
	if err != nil || len(state2.entries[d1].sigs) != 3 {
		t.Fatalf("second replay: %v %+v", err, state2.entries)
	}
}

// TestSubmitRefusals: the receiving side's rules, without L1.
func TestSubmitRefusals(t *testing.T) {
	keys := testKeys(5)
	s := newOfflineCore(t, keys[:4])
	cp := cpAt(1, "")
	code := func(err error) int {
		if re, ok := err.(*RPCError); ok {
			return re.Code
		}
		return 0
	}
	if _, err := s.submit(sign(keys[4], cp)); code(err) != aggregatorapi.CodeUnknownOperator {
		t.Fatalf("stranger: %v", err)
	}
	msg := sign(keys[0], cp)
	if res, err := s.submit(msg); err != nil || res.Status != aggregatorapi.StatusCollected {
		t.Fatalf("first: %v %v", res, err)
	}
	if res, err := s.submit(msg); err != nil || res.Status != aggregatorapi.StatusDuplicate {
		t.Fatalf("again: %v %v", res, err)
	}
	// Equivocation: keys[0] signs another root for number 1 → evidence file.
	other := sign(keys[0], cpAt(1, "conflict"))
	if _, err := s.submit(other); err != nil {
		t.Fatalf("conflicting (valid) signature: %v", err)
	}
	evidence := s.j.Pending()
	if len(evidence) != 1 {
		t.Fatalf("evidence queued: %v", evidence)
	}
	ev, err := slash.LoadEvidence(evidence[0])
	if err != nil {
		t.Fatal(err)
	}
	op, _ := s.col.Current().Operator(blsagg.OperatorIDFromPubkey(keys[0].GetPubKeyG1()))
	if err := ev.Verify(op); err != nil {
		t.Fatalf("evidence does not verify: %v", err)
	}
	// An invalid signature conflicting with a held one is not evidence, and is refused.
	forged := sign(keys[1], cpAt(1, "forged"))
	forged.OperatorID = msg.OperatorID
	forged.Checkpoint = cpAt(1, "forged2")
	if _, err := s.submit(forged); code(err) != aggregatorapi.CodeInvalidSignature || len(s.j.Pending()) != 1 {
		t.Fatalf("forged conflict: %v, evidence %d", err, len(s.j.Pending()))
	}
	// A second digest for number 1 is held only if its signature verifies alone.
	garbage := sign(keys[2], cpAt(1, "garbage"))
	garbage.Signature = sign(keys[2], cpAt(1, "something else")).Signature
	if _, err := s.submit(garbage); code(err) != aggregatorapi.CodeInvalidSignature {
		t.Fatalf("unverifiable second digest: %v", err)
	}
	// Window: too far ahead is retryable; long settled is stale.
	if _, err := s.submit(sign(keys[2], cpAt(2000, ""))); code(err) != aggregatorapi.CodeUnavailable {
		t.Fatalf("far ahead: %v", err)
	}
	// Threshold: keys[1], keys[2] complete cp 1.
	for _, k := range keys[1:3] {
		if _, err := s.submit(sign(k, cp)); err != nil {
			t.Fatal(err)
		}
	}
	d := commitment.CheckpointDigest(aggtest.ChainID, aggtest.Registry, cp)
	if p := pendingOf(s.col, d); p == nil || !p.Ready || p.Signatures != 3 || p.SignedStake.Cmp(big.NewInt(3000)) != 0 {
		t.Fatalf("no aggregate after 3 of 4: %+v", p)
	}
	// Settled: the same checkpoint again is "settled"; one settled long ago is stale.
	s.col.Settle(1)
	if res, err := s.submit(sign(keys[3], cp)); err != nil || res.Status != aggregatorapi.StatusSettled {
		t.Fatalf("late signature for settled checkpoint: %v %v", res, err)
	}
	s.col.Settle(100)
	if _, err := s.submit(sign(keys[3], cpAt(2, ""))); code(err) != aggregatorapi.CodeStale {
		t.Fatalf("long-settled checkpoint: %v", err)
	}
}

// pendingOf is the collector's view of digest d, nil if not pending.
func pendingOf(c *collect.Collector, d common.Hash) *collect.Pending {
	for _, p := range c.Pending() {
		if p.Digest == d {
			return &p
		}
	}
	return nil
}

// TestPersistFailureNamesCause: a signature the progress log cannot take is refused with the
// log's own error, not a blank one.
func TestPersistFailureNamesCause(t *testing.T) {
	keys := testKeys(4)
	s := newOfflineCore(t, keys)
	if err := s.j.close(); err != nil { // every later write fails: "append to aggregator store: closed"
		t.Fatal(err)
	}
	_, err := s.submit(sign(keys[0], cpAt(1, "")))
	re, ok := err.(*RPCError)
	if !ok || re.Code != aggregatorapi.CodeInternal || !strings.Contains(re.Message, "persist signature: append to aggregator store: closed") {
		t.Fatalf("refusal %v, want CodeInternal naming the store's error", err)
	}
	if p := pendingOf(s.col, commitment.CheckpointDigest(aggtest.ChainID, aggtest.Registry, cpAt(1, ""))); p != nil && p.Signatures != 0 {
		t.Fatalf("unpersisted signature held: %+v", p)
	}
}

// BenchmarkReceiveCheckpoint is the receiving side's cost per checkpoint: n signatures through
// the JSON-RPC handler's logic (validation, decoding, durable append with group-committed
// fsync, aggregation with its one pairing check), sent by 16 concurrent clients as operators
// do. The RPC transport and L1 submission are not included.
func BenchmarkReceiveCheckpoint(b *testing.B) {
	for _, n := range []int{4, 200} {
		keys := testKeys(n)
		b.Run(fmt.Sprintf("ops=%d", n), func(b *testing.B) {
			s := newOfflineCore(b, keys)
			num := uint64(0)
			for b.Loop() {
				b.StopTimer()
				num++
				cp := cpAt(num, "")
				msgs := make([]aggregatorapi.CheckpointSignature, n)
				for i, k := range keys {
					msgs[i] = sign(k, cp)
				}
				b.StartTimer()
				var wg sync.WaitGroup
				next := make(chan aggregatorapi.CheckpointSignature)
				for range 16 {
					wg.Add(1)
					go func() {
						defer wg.Done()
						for m := range next {
							if _, err := s.submit(m); err != nil {
								b.Error(err)
							}
						}
					}()
				}
				for _, m := range msgs {
					next <- m
				}
				close(next)
				wg.Wait()
				b.StopTimer()
				s.col.Settle(num)
				b.StartTimer()
			}
		})
	}
}
