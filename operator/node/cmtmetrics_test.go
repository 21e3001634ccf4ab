package node

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/cometbft/cometbft/p2p"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/common/expfmt"
)

// exercise updates every p2p metric the way CometBFT's peer and switch do.
func exercise(m *p2p.Metrics) {
	m.Peers.Add(3)
	for i, peer := range []string{"aa", "bb", "aa", "cc", "aa"} {
		m.PeerSendBytesTotal.With("peer_id", peer, "chID", "0x30").Add(float64(100 + i))
		m.PeerReceiveBytesTotal.With("peer_id", peer, "chID", "0x20").Add(float64(7 * i))
		// Names in the other order reach the same series.
		m.PeerReceiveBytesTotal.With("chID", "0x20", "peer_id", peer).Add(1)
		m.MessageSendBytesTotal.With("message_type", "mempool_Txs").Add(float64(i))
		m.MessageReceiveBytesTotal.With("message_type", "consensus_Vote").Add(2)
		m.PeerPendingSendBytes.With("peer_id", peer).Set(float64(i))
	}
	m.NumTxs.With("peer_id", "aa").Set(5)
}

// gatherText returns reg's metrics in the text format.
func gatherText(t *testing.T, reg *prometheus.Registry) string {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for _, mf := range mfs {
		if _, err := expfmt.MetricFamilyToText(&b, mf); err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}

// The cached p2p metrics export exactly what CometBFT's own do after the same updates: names,
// help, labels and values.
func TestP2PMetricsMatchCometBFTs(t *testing.T) {
	theirs := prometheus.NewRegistry()
	old := prometheus.DefaultRegisterer
	prometheus.DefaultRegisterer = theirs // go-kit registers CometBFT's on the default registerer
	upstream := p2p.PrometheusMetrics("lockstep", "chain_id", "lockstep-test")
	prometheus.DefaultRegisterer = old
	ours := prometheus.NewRegistry()
	cached := p2pMetrics(ours, "lockstep", "lockstep-test")
	exercise(upstream)
	exercise(cached)
	want, got := gatherText(t, theirs), gatherText(t, ours)
	if got != want {
		t.Fatalf("cached p2p metrics differ from CometBFT's:\n--- ours\n%s\n--- CometBFT's\n%s", got, want)
	}
	if !bytes.Contains([]byte(got), []byte(`lockstep_p2p_peer_receive_bytes_total{chID="0x20",chain_id="lockstep-test",peer_id="aa"} 45`)) {
		t.Fatalf("missing the expected series:\n%s", got)
	}
	// aa was sent 100+102+104 bytes; a second node in the same process reuses the registered vectors instead of panicking.
	again := p2pMetrics(ours, "lockstep", "lockstep-test")
	again.PeerSendBytesTotal.With("peer_id", "aa", "chID", "0x30").Add(1)
	if !bytes.Contains([]byte(gatherText(t, ours)), []byte(`lockstep_p2p_peer_send_bytes_total{chID="0x30",chain_id="lockstep-test",peer_id="aa"} 307`)) {
		t.Fatalf("second registration did not reuse the vector:\n%s", gatherText(t, ours))
	}
}

func TestCachedCounterRefusesWrongLabels(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := p2pMetrics(reg, "lockstep", "x")
	for name, pairs := range map[string][]string{
		"unknown label": {"peer_id", "aa", "nope", "1"},
		"missing label": {"peer_id", "aa"},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			m.PeerSendBytesTotal.With(pairs...).Add(1)
		}()
	}
}

func BenchmarkP2PCounter(b *testing.B) {
	for _, tc := range []struct {
		name string
		m    func(reg *prometheus.Registry) *p2p.Metrics
	}{
		{"cometbft", func(reg *prometheus.Registry) *p2p.Metrics {
			old := prometheus.DefaultRegisterer
			prometheus.DefaultRegisterer = reg
			defer func() { prometheus.DefaultRegisterer = old }()
			return p2p.PrometheusMetrics("lockstep", "chain_id", "x")
		}},
		{"cached", func(reg *prometheus.Registry) *p2p.Metrics { return p2pMetrics(reg, "lockstep", "x") }},
	} {
		b.Run(tc.name, func(b *testing.B) {
			m := tc.m(prometheus.NewRegistry())
			b.ReportAllocs()
			for b.Loop() {
				m.PeerSendBytesTotal.With("peer_id", "0123456789abcdef0123456789abcdef01234567", "chID", "0x30").Add(200)
				m.MessageSendBytesTotal.With("message_type", "mempool_Txs").Add(200)
			}
		})
	}
}

// Peers' send and receive routines add concurrently, binding new series as peers appear.
func TestCachedCounterConcurrent(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := p2pMetrics(reg, "lockstep", "x")
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 1000 {
				m.PeerSendBytesTotal.With("peer_id", fmt.Sprintf("p%d", (g+i)%5), "chID", "0x30").Add(1)
			}
		})
	}
	wg.Wait()
	out := gatherText(t, reg)
	for p := range 5 {
		if want := fmt.Sprintf(`lockstep_p2p_peer_send_bytes_total{chID="0x30",chain_id="x",peer_id="p%d"} 1600`, p); !strings.Contains(out, want) {
			t.Fatalf("missing %s in\n%s", want, out)
		}
	}
}
