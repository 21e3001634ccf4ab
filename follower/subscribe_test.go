package follower

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"
)

// subChain: checkpoints of 4 heights over 16 heights; rollup 901 at 2, 3, 6, 9, 10, 13 and 15.
func subChain() *fakeChain {
	return newFakeChain(4, 16).
		add(2, 901, "a1", "a2").add(2, 902, "b1").
		add(3, 901, "a3").
		add(5, 902, "b2").
		add(6, 901, "a4").
		add(9, 901, "a5").add(10, 901, "a6").
		add(13, 901, "a7").
		add(15, 901, "a8").add(15, 903, "c1")
}

// fastSubs makes the follower poll only to resync while subscribed, and subscribe again soon
// after a failure.
func fastSubs(f *Follower) {
	f.subscribedPoll = time.Hour
	f.resubscribe = 5 * time.Millisecond
}

// pushed lists the heights whose soft batch the follower logged as pushed by a subscription.
func pushed(logs string) []string {
	var out []string
	for _, m := range regexp.MustCompile(`msg="soft batch" [^\n]*\bheight=(\d+) [^\n]*\bvia=subscription`).FindAllStringSubmatch(logs, -1) {
		out = append(out, m[1])
	}
	return out
}

func commit(t *testing.T, s *fakeSource, top uint64) {
	t.Helper()
	if err := s.commit(top); err != nil {
		t.Fatal(err)
	}
}

// Over a WebSocket URL new batches are pushed: what was committed before the subscription is
// polled, the rest arrives by notification, checked the same way. When the subscription fails,
// the follower polls, subscribes again, and fills the gap: every transaction once, in order.
func TestFollowerSubscription(t *testing.T) {
	c := subChain()
	l1 := newFakeL1()
	op := newFakeSource("ws://op0", c)
	op.set(func(s *fakeSource) { s.top = 4 })
	r := startRunWith(t, testConfig(op), l1, fastSubs, op)

	r.wait("the batches before the subscription", countTxs(Soft, 3))
	r.wait("a subscription", func([]Item) bool { return op.liveSubs() == 1 })
	// Subscribed first, then polled up to the head: the subscription continues from there.
	if logs := r.logText(); strings.Index(logs, "subscribed to new batches") > strings.Index(logs, `msg="soft batch"`) {
		t.Fatalf("polled before subscribing:\n%s", logs)
	}
	op.set(func(s *fakeSource) { s.pollTop = 4 }) // from here on only pushed batches get through
	commit(t, op, 7)
	r.wait("a pushed batch", countTxs(Soft, 4))
	commit(t, op, 10)
	r.wait("two more", countTxs(Soft, 6))
	equal(t, "soft", txs(r.snapshot(), Soft), []string{"2:a1", "2:a2", "3:a3", "6:a4", "9:a5", "10:a6"})
	equal(t, "pushed heights", pushed(r.logText()), []string{"6", "9", "10"})

	// The connection drops: heights committed meanwhile are polled.
	op.failSubs(errors.New("connection reset by peer"))
	r.wait("the subscription's end noticed", func([]Item) bool { return strings.Contains(r.logText(), "subscription ended") })
	op.set(func(s *fakeSource) { s.pollTop = 0 })
	commit(t, op, 14)
	r.wait("the batch committed during the outage", countTxs(Soft, 7))
	r.wait("a new subscription", func([]Item) bool { return op.liveSubs() == 1 })
	commit(t, op, 16)
	r.wait("the last batch", countTxs(Soft, 8))

	l1.mine(c.stored(1), c.stored(2), c.stored(3), c.stored(4))
	r.wait("checkpoint 4", hasCheckpoint(4))
	items := r.snapshot()
	all := []string{"2:a1", "2:a2", "3:a3", "6:a4", "9:a5", "10:a6", "13:a7", "15:a8"}
	equal(t, "soft, once each", txs(items, Soft), all)
	equal(t, "firm", txs(items, Firm), all)
	if n := len(ofKind(items, KindRetract)) + len(ofKind(items, KindLie)); n != 0 {
		t.Fatalf("%d retract/lie events with an honest operator:\n%s", n, r.dump())
	}
	if n := strings.Count(r.logText(), "subscribed to new batches"); n != 2 {
		t.Fatalf("subscribed %d times, want 2:\n%s", n, r.logText())
	}
	if err := r.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if n := op.liveSubs(); n != 0 {
		t.Fatalf("%d subscriptions left after Run", n)
	}
}

// A pushed batch that does not verify is a lie, as a polled one is: reported at once, the
// operator dropped, and the next one (polled over HTTP) takes over.
func TestFollowerSubscriptionLie(t *testing.T) {
	c := subChain()
	l1 := newFakeL1()
	liar := newFakeSource("ws://liar", c)
	liar.set(func(s *fakeSource) { s.top, s.badPush = 4, true })
	honest := newFakeSource("http://honest", c)
	honest.set(func(s *fakeSource) { s.top = 10 })
	r := startRunWith(t, testConfig(liar, honest), l1, fastSubs, liar, honest)

	r.wait("the polled batches", countTxs(Soft, 3))
	r.wait("a subscription", func([]Item) bool { return liar.liveSubs() == 1 })
	commit(t, liar, 7)
	r.wait("the lie", func(items []Item) bool { return len(ofKind(items, KindLie)) == 1 })
	r.wait("the honest operator's batches", countTxs(Soft, 6))
	items := r.snapshot()
	lie := ofKind(items, KindLie)[0]
	if lie.Operator != liar.url || lie.Height != 6 || lie.Checkpoint != 0 || !strings.Contains(lie.Reason, "transaction 0 hashes to") {
		t.Fatalf("lie %+v", lie)
	}
	equal(t, "soft", txs(items, Soft), []string{"2:a1", "2:a2", "3:a3", "6:a4", "9:a5", "10:a6"})
	for _, it := range items {
		if it.Kind == KindTx && it.Height >= 6 && it.Source != honest.url {
			t.Fatalf("item from %s after the lie: %+v", it.Source, it)
		}
	}
	if n := len(ofKind(items, KindRetract)); n != 0 {
		t.Fatalf("%d retracts: the liar's earlier batches were right", n)
	}
	r.wait("the liar's subscription ended", func([]Item) bool { return liar.liveSubs() == 0 })
	if liar.closed == 0 {
		t.Fatal("the liar's connection was not closed")
	}
}

// An operator that refuses the subscription is polled.
func TestFollowerSubscriptionRefused(t *testing.T) {
	c := subChain()
	l1 := newFakeL1()
	op := newFakeSource("wss://op0", c)
	op.set(func(s *fakeSource) { s.noSub = true })
	r := startRunWith(t, testConfig(op), l1, fastSubs, op)
	r.wait("soft items", countTxs(Soft, 8))
	if !strings.Contains(r.logText(), "polling instead") {
		t.Fatalf("the refusal was not logged:\n%s", r.logText())
	}
	if n := len(ofKind(r.snapshot(), KindLie)); n != 0 {
		t.Fatalf("%d lies", n)
	}
}

// After moving off an unreachable operator, the follower goes back to it once it answers and
// has every height already emitted; not while it is behind.
func TestFollowerFailback(t *testing.T) {
	c := subChain()
	l1 := newFakeL1()
	op0, op1 := newFakeSource("http://op0", c), newFakeSource("http://op1", c)
	op0.set(func(s *fakeSource) { s.down, s.top = true, 3 })
	op1.set(func(s *fakeSource) { s.top = 6 })
	cfg := testConfig(op0, op1)
	cfg.Failback = 2 * time.Millisecond
	r := startRun(t, cfg, l1, op0, op1)
	r.wait("soft items from op1", countTxs(Soft, 4))

	// Back, but behind what was emitted: probed, not used.
	op0.setDown(false)
	probes := func() int {
		op0.mu.Lock()
		defer op0.mu.Unlock()
		return op0.calls
	}
	before := probes()
	r.wait("three probes", func([]Item) bool { return probes() >= before+3 })
	if strings.Contains(r.logText(), "back to a preferred operator") {
		t.Fatalf("went back to an operator that is behind:\n%s", r.logText())
	}

	commit(t, op0, 10)
	r.wait("failback", func([]Item) bool { return strings.Contains(r.logText(), "back to a preferred operator") })
	r.wait("soft items from op0", countTxs(Soft, 6))
	items := r.snapshot()
	equal(t, "soft", txs(items, Soft), []string{"2:a1", "2:a2", "3:a3", "6:a4", "9:a5", "10:a6"})
	for _, it := range items {
		want := op1.url
		if it.Height > 6 {
			want = op0.url
		}
		if it.Kind == KindTx && it.Source != want {
			t.Fatalf("item %+v: want it from %s", it, want)
		}
	}
	if n := len(ofKind(items, KindLie)); n != 0 {
		t.Fatalf("%d lies", n)
	}
}
