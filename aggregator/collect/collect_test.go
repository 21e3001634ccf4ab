package collect

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/aggregator/blsagg"
	"github.com/lockstep-xyz/lockstep/aggregator/internal/aggtest"
	"github.com/lockstep-xyz/lockstep/commitment"
)

func testKeys(n int) []*bls.KeyPair { return aggtest.Keys("collect", n) }

func testSet(t testing.TB, ref uint64, keys []*bls.KeyPair) *OperatorSet {
	t.Helper()
	ops := aggtest.Operators(keys)
	addrs := make(map[blsagg.OperatorID]common.Address)
	for _, op := range ops {
		addrs[op.ID] = common.BytesToAddress(op.ID[:20])
	}
	set, err := blsagg.NewOperatorSet(ref, ops)
	if err != nil {
		t.Fatal(err)
	}
	return &OperatorSet{OperatorSet: set, Addrs: addrs}
}

func cpAt(n uint64, tag string) commitment.Checkpoint { return aggtest.Checkpoint(n, tag) }

// msg is one signature as it reaches Receive.
type msg struct {
	cp  commitment.Checkpoint
	op  blsagg.OperatorID
	sig Signature
}

func sign(t testing.TB, k *bls.KeyPair, cp commitment.Checkpoint) msg {
	t.Helper()
	sig, err := DecodeSignature(k.SignMessage(commitment.CheckpointDigest(aggtest.ChainID, aggtest.Registry, cp)).G1Affine.Marshal())
	if err != nil {
		t.Fatal(err)
	}
	return msg{cp: cp, op: blsagg.OperatorIDFromPubkey(k.GetPubKeyG1()), sig: sig}
}

// claimed is k's signature over signed, claimed for cp.
func claimed(t testing.TB, k *bls.KeyPair, signed, cp commitment.Checkpoint) msg {
	m := sign(t, k, signed)
	m.cp = cp
	return m
}

// harness is a collector with hooks that record what it asked for.
type harness struct {
	c         *Collector
	keys      []*bls.KeyPair
	now       time.Time
	seq       uint64
	holdErr   error
	held      int
	dropped   []common.Hash
	evidence  []Equivocation
	readies   int
	reaggs    int
	settledAt []uint64
}

func newHarness(t testing.TB, n int, rebase bool) *harness {
	t.Helper()
	h := &harness{keys: testKeys(n), now: time.Unix(1000, 0)}
	c, err := New(Config{ChainID: aggtest.ChainID, Registry: aggtest.Registry, ThresholdBips: 6667, Retain: 64, MaxAhead: 1024,
		Linger: time.Second, Now: func() time.Time { return h.now }}, 0, Hooks{
		Hold: func(commitment.Checkpoint, common.Hash, []byte) (uint64, error) {
			if h.holdErr != nil {
				return 0, h.holdErr
			}
			h.seq++
			h.held++
			return h.seq, nil
		},
		Drop:         func(_ commitment.Checkpoint, op common.Hash) { h.dropped = append(h.dropped, op) },
		Settled:      func(n uint64) { h.settledAt = append(h.settledAt, n) },
		Equivocation: func(e Equivocation) { h.evidence = append(h.evidence, e) },
		Reaggregated: func() { h.reaggs++ },
		Ready:        func() { h.readies++ },
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	h.c = c
	if rebase {
		c.Rebase(testSet(t, 10, h.keys))
	}
	return h
}

func (h *harness) receive(m msg) (Receipt, error) { return h.c.Receive(m.cp, m.op, m.sig) }

func (h *harness) mustReceive(t *testing.T, ms ...msg) {
	t.Helper()
	for _, m := range ms {
		if _, err := h.receive(m); err != nil {
			t.Fatalf("receive: %v", err)
		}
	}
}

func (h *harness) pending(d common.Hash) *Pending {
	for _, p := range h.c.Pending() {
		if p.Digest == d {
			return &p
		}
	}
	return nil
}

func reasonOf(err error) Reason {
	var r *Refusal
	if errors.As(err, &r) {
		return r.Reason
	}
	return 0
}

// TestReceive: the rules a signature meets at the door, one row each.
func TestReceive(t *testing.T) {
	cp1 := cpAt(1, "")
	d1 := commitment.CheckpointDigest(aggtest.ChainID, aggtest.Registry, cp1)
	for _, tc := range []struct {
		name   string
		noSet  bool
		setup  func(t *testing.T, h *harness)
		msg    func(t *testing.T, h *harness) msg
		want   Reason // 0: accepted
		status Status
		check  func(t *testing.T, h *harness, err error)
	}{
		{name: "no operator set yet", noSet: true,
			msg: func(t *testing.T, h *harness) msg { return sign(t, h.keys[0], cp1) }, want: Unavailable},
		{name: "unknown operator",
			msg: func(t *testing.T, h *harness) msg { return sign(t, testKeys(5)[4], cp1) }, want: UnknownOperator},
		{name: "first signature held",
			msg:    func(t *testing.T, h *harness) msg { return sign(t, h.keys[0], cp1) },
			status: Collected,
			check: func(t *testing.T, h *harness, _ error) {
				if p := h.pending(d1); p == nil || p.Signatures != 1 || p.Ready || h.held != 1 {
					t.Fatalf("pending %+v, journaled %d", p, h.held)
				}
			}},
		{name: "same signature again",
			setup: func(t *testing.T, h *harness) { h.mustReceive(t, sign(t, h.keys[0], cp1)) },
			msg:   func(t *testing.T, h *harness) msg { return sign(t, h.keys[0], cp1) }, status: Duplicate,
			check: func(t *testing.T, h *harness, _ error) {
				if h.held != 1 {
					t.Fatalf("duplicate journaled again")
				}
			}},
		{name: "another signature for the same digest",
			setup: func(t *testing.T, h *harness) { h.mustReceive(t, sign(t, h.keys[0], cp1)) },
			msg:   func(t *testing.T, h *harness) msg { return claimed(t, h.keys[0], cpAt(1, "x"), cp1) }, want: Conflict},
		{name: "too far ahead",
			msg: func(t *testing.T, h *harness) msg { return sign(t, h.keys[0], cpAt(2000, "")) }, want: Unavailable},
		{name: "settled long ago",
			setup: func(t *testing.T, h *harness) { h.c.Settle(100) },
			msg:   func(t *testing.T, h *harness) msg { return sign(t, h.keys[0], cpAt(2, "")) }, want: Stale},
		{name: "late signature for a settled checkpoint is kept",
			setup: func(t *testing.T, h *harness) { h.mustReceive(t, sign(t, h.keys[0], cp1)); h.c.Settle(1) },
			msg:   func(t *testing.T, h *harness) msg { return sign(t, h.keys[1], cp1) }, status: Settled,
			check: func(t *testing.T, h *harness, _ error) {
				if h.held != 2 {
					t.Fatalf("late signature not journaled")
				}
			}},
		{name: "second digest held only if valid alone",
			setup: func(t *testing.T, h *harness) { h.mustReceive(t, sign(t, h.keys[0], cp1)) },
			msg:   func(t *testing.T, h *harness) msg { return claimed(t, h.keys[2], cpAt(1, "y"), cpAt(1, "x")) }, want: Invalid},
		{name: "equivocation: both valid",
			setup: func(t *testing.T, h *harness) { h.mustReceive(t, sign(t, h.keys[0], cp1)) },
			msg:   func(t *testing.T, h *harness) msg { return sign(t, h.keys[0], cpAt(1, "conflict")) }, status: Collected,
			check: func(t *testing.T, h *harness, _ error) {
				if len(h.evidence) != 1 {
					t.Fatalf("evidence %d, want 1", len(h.evidence))
				}
				ev := h.evidence[0]
				if ev.A != cp1 || ev.B != cpAt(1, "conflict") || ev.Address == (common.Address{}) || ev.DigestA != d1 {
					t.Fatalf("evidence %+v", ev)
				}
				for _, s := range []struct {
					d   common.Hash
					sig []byte
				}{{ev.DigestA, ev.SignatureA}, {ev.DigestB, ev.SignatureB}} {
					sig, err := blsagg.DecodeSignature(s.sig)
					if err != nil || blsagg.VerifySingle(ev.Operator, s.d, sig) != nil {
						t.Fatalf("evidence signature does not verify: %v", err)
					}
				}
			}},
		{name: "equivocation: the new one forged",
			setup: func(t *testing.T, h *harness) { h.mustReceive(t, sign(t, h.keys[0], cp1)) },
			msg: func(t *testing.T, h *harness) msg {
				m := claimed(t, h.keys[1], cpAt(1, "forged"), cpAt(1, "forged2"))
				m.op = blsagg.OperatorIDFromPubkey(h.keys[0].GetPubKeyG1())
				return m
			}, want: Invalid,
			check: func(t *testing.T, h *harness, _ error) {
				if len(h.evidence) != 0 {
					t.Fatalf("forged signature made evidence")
				}
			}},
		{name: "equivocation: the held one bad is no evidence",
			setup: func(t *testing.T, h *harness) {
				h.mustReceive(t, sign(t, h.keys[1], cp1), claimed(t, h.keys[0], cpAt(1, "other"), cp1))
			},
			msg: func(t *testing.T, h *harness) msg { return sign(t, h.keys[0], cpAt(1, "conflict")) }, status: Collected,
			check: func(t *testing.T, h *harness, _ error) {
				if len(h.evidence) != 0 {
					t.Fatalf("a bad held signature made evidence")
				}
			}},
		{name: "journal refuses",
			setup: func(t *testing.T, h *harness) { h.holdErr = errors.New("disk full") },
			msg:   func(t *testing.T, h *harness) msg { return sign(t, h.keys[0], cp1) }, want: NotPersisted,
			check: func(t *testing.T, h *harness, err error) {
				if !strings.Contains(err.Error(), "persist signature: disk full") || !errors.Is(err, h.holdErr) {
					t.Fatalf("refusal %q does not name the cause", err)
				}
				if p := h.pending(d1); p != nil && p.Signatures != 0 {
					t.Fatalf("unjournaled signature held: %+v", p)
				}
			}},
		{name: "journal refuses a late signature for a settled checkpoint",
			setup: func(t *testing.T, h *harness) { h.c.Settle(1); h.holdErr = errors.New("disk full") },
			msg:   func(t *testing.T, h *harness) msg { return sign(t, h.keys[0], cp1) }, want: NotPersisted,
			check: func(t *testing.T, h *harness, err error) {
				if !strings.Contains(err.Error(), "persist signature: disk full") {
					t.Fatalf("refusal %q does not name the cause", err)
				}
			}},
		{name: "threshold reached",
			setup: func(t *testing.T, h *harness) { h.mustReceive(t, sign(t, h.keys[0], cp1), sign(t, h.keys[1], cp1)) },
			msg:   func(t *testing.T, h *harness) msg { return sign(t, h.keys[2], cp1) }, status: Collected,
			check: func(t *testing.T, h *harness, _ error) {
				if e := h.c.entries[d1]; e.agg == nil || len(e.agg.Signers) != 3 || h.readies == 0 {
					t.Fatalf("no aggregate after 3 of 4 (ready hooks %d)", h.readies)
				}
			}},
		{name: "invalid signature completing the threshold",
			setup: func(t *testing.T, h *harness) { h.mustReceive(t, sign(t, h.keys[0], cp1), sign(t, h.keys[1], cp1)) },
			msg:   func(t *testing.T, h *harness) msg { return claimed(t, h.keys[2], cpAt(1, "wrong"), cp1) }, want: Invalid,
			check: func(t *testing.T, h *harness, _ error) {
				if len(h.dropped) != 1 || h.dropped[0] != common.Hash(blsagg.OperatorIDFromPubkey(h.keys[2].GetPubKeyG1())) {
					t.Fatalf("drops journaled: %v", h.dropped)
				}
				if p := h.pending(d1); p.Ready || p.Signatures != 2 {
					t.Fatalf("pending %+v", p)
				}
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, 4, !tc.noSet)
			if tc.setup != nil {
				tc.setup(t, h)
			}
			res, err := h.receive(tc.msg(t, h))
			if got := reasonOf(err); got != tc.want || (tc.want == 0 && err != nil) {
				t.Fatalf("refusal %v (%v), want reason %d", got, err, tc.want)
			}
			if tc.want == 0 && res.Status != tc.status {
				t.Fatalf("status %d, want %d", res.Status, tc.status)
			}
			if tc.check != nil {
				tc.check(t, h, err)
			}
		})
	}
}

// TestNext: which aggregate is offered for submission, and when it is rebuilt first.
func TestNext(t *testing.T) {
	cp1 := cpAt(1, "")
	d1 := commitment.CheckpointDigest(aggtest.ChainID, aggtest.Registry, cp1)
	usable := Reference{Head: 12, Min: 0, Block: 11, MaxAge: 100}
	for _, tc := range []struct {
		name    string
		signers int // of 4
		setup   func(t *testing.T, h *harness)
		ref     Reference
		wantRef uint64 // reference block of the candidate; 0: none offered
		reaggs  int
	}{
		{name: "ready, everyone signed", signers: 4, ref: usable, wantRef: 10},
		{name: "lingers for stragglers", signers: 3, ref: usable},
		{name: "linger over", signers: 3, setup: func(t *testing.T, h *harness) { h.now = h.now.Add(time.Second) }, ref: usable, wantRef: 10},
		{name: "below threshold", signers: 2, ref: usable},
		{name: "below minReferenceBlock: rebuilt on the current set", signers: 4,
			setup: func(t *testing.T, h *harness) { h.c.Rebase(testSet(t, 20, h.keys)) },
			ref:   Reference{Head: 21, Min: 15, Block: 20, MaxAge: 100}, wantRef: 20, reaggs: 1},
		{name: "too old: rebuilt on the current set", signers: 4,
			setup: func(t *testing.T, h *harness) { h.c.Rebase(testSet(t, 70, h.keys)) },
			ref:   Reference{Head: 71, Min: 0, Block: 70, MaxAge: 100}, wantRef: 70, reaggs: 1},
		{name: "reference block not in the past: rebuilt", signers: 4,
			setup: func(t *testing.T, h *harness) { h.c.Rebase(testSet(t, 9, h.keys)) },
			ref:   Reference{Head: 10, Min: 0, Block: 9, MaxAge: 100}, wantRef: 9, reaggs: 1},
		{name: "refused for good is not offered", signers: 4,
			setup: func(t *testing.T, h *harness) { h.c.Fail(d1, "NonContiguousHeights") }, ref: usable},
		{name: "refused at its reference block: not offered until rebased", signers: 4,
			setup: func(t *testing.T, h *harness) { h.c.Reaggregate(d1) }, ref: usable},
		{name: "refused at its reference block, rebased", signers: 4,
			setup: func(t *testing.T, h *harness) { h.c.Reaggregate(d1); h.c.Rebase(testSet(t, 11, h.keys)) }, ref: usable, wantRef: 11},
		{name: "settled: nothing to offer", signers: 4,
			setup: func(t *testing.T, h *harness) { h.c.Settle(1) }, ref: usable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, 4, true)
			for _, k := range h.keys[:tc.signers] {
				h.mustReceive(t, sign(t, k, cp1))
			}
			if tc.setup != nil {
				tc.setup(t, h)
			}
			c := h.c.Next(1, tc.ref)
			if (c == nil) != (tc.wantRef == 0) || (c != nil && c.Aggregate.ReferenceBlock != tc.wantRef) {
				t.Fatalf("candidate %+v, want one at reference block %d", c, tc.wantRef)
			}
			if h.reaggs != tc.reaggs {
				t.Fatalf("reaggregations %d, want %d", h.reaggs, tc.reaggs)
			}
			if c == nil {
				return
			}
			if c.Digest != d1 || c.Set.ReferenceBlock() != tc.wantRef || len(c.Signatures) != len(c.Aggregate.Signers) {
				t.Fatalf("candidate %+v", c)
			}
			for i, id := range c.Aggregate.Signers {
				op, _ := c.Set.Operator(id)
				if err := blsagg.VerifySingle(op, d1, c.Signatures[i]); err != nil {
					t.Fatalf("signature %d is not its signer's: %v", i, err)
				}
			}
		})
	}
}

// TestSettle: settled checkpoints lose their aggregates, and their signatures are forgotten
// once Retain behind; the journal hears of it once.
func TestSettle(t *testing.T) {
	h := newHarness(t, 4, true)
	for _, k := range h.keys {
		h.mustReceive(t, sign(t, k, cpAt(1, "")), sign(t, k, cpAt(2, "")))
	}
	h.c.Settle(1)
	h.c.Settle(1)
	if len(h.settledAt) != 1 || h.c.Settled() != 1 || len(h.c.Pending()) != 1 {
		t.Fatalf("settled %v, pending %+v", h.settledAt, h.c.Pending())
	}
	if _, err := h.receive(sign(t, h.keys[0], cpAt(1, "conflict"))); err != nil || len(h.evidence) != 1 {
		t.Fatalf("equivocation on a settled checkpoint within Retain: %v, evidence %d", err, len(h.evidence))
	}
	h.c.Settle(65)
	if len(h.c.entries) != 1 { // checkpoint 2 kept: 2 + 64 > 65
		t.Fatalf("%d digests kept, want 1", len(h.c.entries))
	}
}

// TestRestore: journaled signatures come back decoded, and aggregate once an operator set is
// known.
func TestRestore(t *testing.T) {
	h := newHarness(t, 4, false)
	sigs := make(map[common.Hash][]byte)
	for _, k := range h.keys[:3] {
		m := sign(t, k, cpAt(1, ""))
		sigs[common.Hash(m.op)] = m.sig.Bytes
	}
	sigs[common.Hash{1}] = []byte{1, 2, 3} // never journaled by the collector: skipped
	h.c.Restore(cpAt(1, ""), sigs)
	h.c.Rebase(testSet(t, 10, h.keys))
	p := h.c.Pending()
	if len(p) != 1 || p[0].Signatures != 3 || !p[0].Ready {
		t.Fatalf("restored %+v", p)
	}
}
