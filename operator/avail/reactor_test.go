package avail

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/p2p/mock"
	gogotypes "github.com/cosmos/gogoproto/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// testMaxTx bounds a transaction in these tests.
const testMaxTx = 4096

// errInvalid is what check says of transactions starting with 0xff.
var errInvalid = errors.New("invalid transaction")

func check(raw []byte) error {
	if raw[0] == 0xff {
		return errInvalid
	}
	return nil
}

// network is n operators' switches, fully connected, each with a Reactor over its own Pool.
type network struct {
	switches []*p2p.Switch
	pools    []*Pool
	reactors []*Reactor
}

func newNetwork(t *testing.T, n int) *network {
	t.Helper()
	nw := &network{pools: make([]*Pool, n), reactors: make([]*Reactor, n)}
	for i := range n {
		nw.pools[i] = openPool(t, t.TempDir())
		nw.reactors[i] = NewReactor(nw.pools[i], check, testMaxTx, slog.New(slog.DiscardHandler).With("node", i))
		nw.reactors[i].RetryInterval = 20 * time.Millisecond
	}
	nw.switches = p2p.MakeConnectedSwitches(config.DefaultP2PConfig(), n, func(i int, sw *p2p.Switch) *p2p.Switch {
		sw.AddReactor("AVAIL", nw.reactors[i])
		return sw
	}, p2p.Connect2Switches)
	// Registered after the pools' Close, so it runs before it.
	t.Cleanup(func() {
		for _, sw := range nw.switches {
			if err := sw.Stop(); err != nil {
				t.Error(err)
			}
		}
	})
	for i, sw := range nw.switches {
		if got := sw.Peers().Size(); got != n-1 {
			t.Fatalf("switch %d has %d peers, want %d", i, got, n-1)
		}
	}
	return nw
}

// peer returns switch from's peer that is switch to.
func (nw *network) peer(t *testing.T, from, to int) p2p.Peer {
	t.Helper()
	p := nw.switches[from].Peers().Get(nw.switches[to].NodeInfo().ID())
	if p == nil {
		t.Fatalf("switch %d is not connected to switch %d", from, to)
	}
	return p
}

// send sends a raw channel message from switch from to switch to.
func (nw *network) send(t *testing.T, from, to int, msg []byte) {
	t.Helper()
	if !nw.peer(t, from, to).Send(p2p.Envelope{ChannelID: ChannelID, Message: &gogotypes.BytesValue{Value: msg}}) {
		t.Fatalf("send from switch %d to %d failed", from, to)
	}
}

// disconnected waits until switches a and b are no longer peers.
func (nw *network) disconnected(t *testing.T, a, b int) {
	t.Helper()
	waitFor(t, fmt.Sprintf("switches %d and %d to disconnect", a, b), func() bool {
		return !nw.switches[a].Peers().Has(nw.switches[b].NodeInfo().ID()) &&
			!nw.switches[b].Peers().Has(nw.switches[a].NodeInfo().ID())
	})
}

func tx(n byte, size int) []byte {
	raw := bytes.Repeat([]byte{n}, size)
	raw[0] = 0x01
	return raw
}

func TestBroadcast(t *testing.T) {
	nw := newNetwork(t, 3)
	raw := tx(1, testMaxTx)
	digest, _, err := nw.pools[0].Put(raw)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if n := nw.reactors[0].Broadcast(ctx, raw); n != 2 {
		t.Fatalf("Broadcast reached %d peers, want 2", n)
	}
	for i := 1; i < 3; i++ {
		waitFor(t, fmt.Sprintf("switch %d to store the broadcast", i), func() bool { return nw.pools[i].Has(digest) })
		got, _, err := nw.pools[i].Get(digest)
		if err != nil || !bytes.Equal(got, raw) {
			t.Fatalf("switch %d holds %d bytes (err %v)", i, len(got), err)
		}
	}
}

func TestBroadcastRefuses(t *testing.T) {
	nw := newNetwork(t, 2)
	if n := nw.reactors[0].Broadcast(context.Background(), tx(1, testMaxTx+1)); n != 0 {
		t.Fatalf("oversized Broadcast reached %d peers", n)
	}
	if n := nw.reactors[0].Broadcast(context.Background(), nil); n != 0 {
		t.Fatalf("empty Broadcast reached %d peers", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if n := nw.reactors[0].Broadcast(ctx, tx(1, 10)); n != 0 {
		t.Fatalf("Broadcast with an ended context reached %d peers", n)
	}
}

func TestFetch(t *testing.T) {
	nw := newNetwork(t, 3)
	raw := tx(2, 1000)
	digest, _, err := nw.pools[0].Put(raw)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	got, err := nw.reactors[2].Fetch(ctx, digest)
	if err != nil || !bytes.Equal(got, raw) {
		t.Fatalf("Fetch: %d bytes, %v", len(got), err)
	}
	if !nw.pools[2].Has(digest) {
		t.Fatal("fetched bytes are not in the pool")
	}
	// Now local: no peer needed.
	if got, err := nw.reactors[2].Fetch(ctx, digest); err != nil || !bytes.Equal(got, raw) {
		t.Fatalf("second Fetch: %d bytes, %v", len(got), err)
	}
	if n := nw.pools[2].waiting(); n != 0 {
		t.Fatalf("%d waiters left", n)
	}
}

func TestFetchUnknownTimesOut(t *testing.T) {
	nw := newNetwork(t, 3)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := nw.reactors[2].Fetch(ctx, crypto.Keccak256Hash([]byte("nobody holds this")))
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Fetch: %v, want deadline exceeded", err)
	}
	if n := nw.pools[2].waiting(); n != 0 {
		t.Fatalf("%d waiters left", n)
	}
	// Asking for what one does not hold is no offence.
	for i, sw := range nw.switches {
		if got := sw.Peers().Size(); got != 2 {
			t.Fatalf("switch %d has %d peers, want 2", i, got)
		}
	}
}

// TestMisbehavingPeer sends from switch 0 to switch 1 what an honest operator never sends:
// switch 1 stops switch 0 and stores nothing, and stays connected to switch 2.
func TestMisbehavingPeer(t *testing.T) {
	invalid := tx(3, 100)
	invalid[0] = 0xff
	oversized := tx(4, testMaxTx+1)
	for _, tc := range []struct {
		name   string
		msg    []byte
		stored []byte // must not be stored
	}{
		{"failing check", encodeData(invalid), invalid},
		{"over the limit", encodeData(oversized), oversized},
		{"unknown type", []byte{0x03, 1, 2, 3}, nil},
		{"empty", nil, nil},
		{"empty data", []byte{msgData}, nil},
		{"want of 31 bytes", append([]byte{msgWant}, make([]byte, 31)...), nil},
		{"empty want", []byte{msgWant}, nil},
		{"too many wants", encodeWant(make([]common.Hash, MaxWant+1)), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nw := newNetwork(t, 3)
			nw.send(t, 0, 1, tc.msg)
			nw.disconnected(t, 0, 1)
			if got := nw.switches[1].Peers().Size(); got != 1 {
				t.Fatalf("switch 1 has %d peers, want 1", got)
			}
			if tc.stored != nil && nw.pools[1].Has(crypto.Keccak256Hash(tc.stored)) {
				t.Fatal("refused bytes were stored")
			}
		})
	}
}

// TestKnownBytesSkipCheck: bytes a node already holds passed check when stored, so a peer
// sending them again is not checked again (check here refuses what the node itself Put).
func TestKnownBytesSkipCheck(t *testing.T) {
	nw := newNetwork(t, 2)
	raw := tx(5, 100)
	raw[0] = 0xff
	for _, p := range nw.pools {
		if _, _, err := p.Put(raw); err != nil {
			t.Fatal(err)
		}
	}
	// A well-formed message after it shows the first was handled without a disconnect.
	next := tx(6, 100)
	nw.send(t, 0, 1, encodeData(raw))
	nw.send(t, 0, 1, encodeData(next))
	waitFor(t, "switch 1 to store the second transaction", func() bool {
		return nw.pools[1].Has(crypto.Keccak256Hash(next))
	})
	if got := nw.switches[1].Peers().Size(); got != 1 {
		t.Fatalf("switch 1 has %d peers, want 1", got)
	}
}

// A push finding the storer's queue full is dropped and counted as such; the ones before it are
// counted as queued. (The reactor is not started, so nothing drains the queue.)
func TestPushedDropsAreCounted(t *testing.T) {
	r := NewReactor(openPool(t, t.TempDir()), check, testMaxTx, slog.New(slog.DiscardHandler))
	reg := prometheus.NewRegistry()
	r.Metrics = NewMetrics(reg)
	src := mock.NewPeer(nil)
	for i := range pushedQueue + 3 {
		r.Receive(p2p.Envelope{Src: src, ChannelID: ChannelID, Message: &gogotypes.BytesValue{Value: encodeData(tx(byte(i), 100))}})
	}
	count := func(outcome string) float64 {
		var m dto.Metric
		if err := r.Metrics.Pushed.WithLabelValues(outcome).Write(&m); err != nil {
			t.Fatal(err)
		}
		return m.GetCounter().GetValue()
	}
	if got := count("queued"); got != pushedQueue {
		t.Fatalf("queued %v, want %d", got, pushedQueue)
	}
	if got := count("dropped"); got != 3 {
		t.Fatalf("dropped %v, want 3", got)
	}
	// Bounded by bytes too: a queue of large transactions is full before it holds pushedQueue.
	r2 := NewReactor(openPool(t, t.TempDir()), check, pushedQueueBytes, slog.New(slog.DiscardHandler))
	r2.Metrics = NewMetrics(prometheus.NewRegistry())
	const size = pushedQueueBytes/4 + 1
	for i := range 6 {
		r2.Receive(p2p.Envelope{Src: src, ChannelID: ChannelID, Message: &gogotypes.BytesValue{Value: encodeData(tx(byte(i), size))}})
	}
	if n, b := len(r2.pushed), r2.pushedBytes.Load(); n != 3 || b > pushedQueueBytes {
		t.Fatalf("queued %d transactions of %d bytes (%d bytes), want 3 within %d", n, size, b, pushedQueueBytes)
	}
	mfs, err := reg.Gather()
	if err != nil || len(mfs) != 1 || mfs[0].GetName() != "lockstep_avail_pushed_txs_total" || len(mfs[0].GetMetric()) != 2 {
		t.Fatalf("gathered %v, %v", mfs, err)
	}
}
