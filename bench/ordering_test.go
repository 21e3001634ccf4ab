package bench

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
)

func TestPayloadID(t *testing.T) {
	p := payload(200, 7, 123456789)
	if len(p) != 200 {
		t.Fatalf("payload is %d bytes", len(p))
	}
	point, seq, ok := payloadID(p)
	if !ok || point != 7 || seq != 123456789 {
		t.Fatalf("payloadID = %d %d %t", point, seq, ok)
	}
	// In an envelope (what CometBFT carries) the identity is still at the end.
	env := append([]byte{1, 0, 0, 0, 0, 0, 0, 3, 0x85}, p...)
	if point, seq, ok := payloadID(env); !ok || point != 7 || seq != 123456789 {
		t.Fatalf("payloadID(envelope) = %d %d %t", point, seq, ok)
	}
	// The filler does not compress (a database would store repeated bytes for almost nothing),
	// and differs from transaction to transaction.
	big := payload(2048, 7, 1)
	var z bytes.Buffer
	zw, _ := flate.NewWriter(&z, flate.BestCompression)
	zw.Write(big)
	zw.Write(payload(2048, 7, 2))
	zw.Close()
	if z.Len() < 2*2048*95/100 {
		t.Errorf("two 2 KB payloads compress to %d bytes", z.Len())
	}
	if !bytes.Equal(big, payload(2048, 7, 1)) {
		t.Error("a payload is not a function of its identity")
	}
	for _, bad := range [][]byte{nil, p[:idBytes], []byte(strings.Repeat("x", 40))} {
		if _, _, ok := payloadID(bad); ok {
			t.Errorf("payloadID(%q) ok", bad)
		}
	}
}

func TestWireRoundTrip(t *testing.T) {
	lw := lockstepWire{txBytes: 200, nodes: 4, rollups: benchRollups}
	cw := cometWire{lw}
	// Rollups alternate across rounds of the nodes, so every node sends to both.
	if lw.rollupOf(0) != 901 || lw.rollupOf(3) != 901 || lw.rollupOf(4) != 902 || lw.rollupOf(8) != 901 {
		t.Fatal("rollupOf does not alternate per round")
	}
	body := string(lw.submitBody(3, 5, 1, 0))
	if !strings.Contains(body, `"method":"`+operatorapi.MethodSubmit+`","params":["0x386","`+hexutil.Encode(payload(200, 3, 5)[:8])) {
		t.Fatalf("lockstep submit body: %s", body)
	}
	// A batcher's request is the JSON-RPC the API takes: rollup, then the payloads in order.
	var req struct {
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	if err := json.Unmarshal(lw.submitBatchBody(3, 902, []int{4, 12}, 20), &req); err != nil || req.Method != operatorapi.MethodSubmitBatch || len(req.Params) != 2 {
		t.Fatalf("batch body: %+v %v", req, err)
	}
	var rollup hexutil.Uint64
	var payloads []hexutil.Bytes
	if err := json.Unmarshal(req.Params[0], &rollup); err != nil || rollup != 902 {
		t.Fatalf("batch rollup %d %v", rollup, err)
	}
	if err := json.Unmarshal(req.Params[1], &payloads); err != nil || len(payloads) != 2 {
		t.Fatalf("batch payloads %d %v", len(payloads), err)
	}
	for i, seq := range []uint64{4, 12} {
		if point, s, ok := payloadID(payloads[i]); !ok || point != 3 || s != seq || len(payloads[i]) != 20 {
			t.Fatalf("batch payload %d: point %d seq %d ok %t, %d bytes", i, point, s, ok, len(payloads[i]))
		}
	}
	if !strings.Contains(string(cw.submitBody(3, 5, 1, 0)), `"method":"broadcast_tx_sync","params":{"tx":"AQAAAAAAAAOG`) {
		t.Fatalf("comet submit body: %s", cw.submitBody(3, 5, 1, 0))
	}

	tx := payload(200, 3, 5)
	lsMsg := `{"jsonrpc":"2.0","method":"` + operatorapi.MethodSubscription + `","params":{"subscription":"0xab","result":{"rollupId":901,"height":42,` +
		`"txs":["0x` + hexString(tx) + `","0x1234"],"txHashes":[],"proof":{}}}}`
	var got []uint64
	h, err := lw.notification([]byte(lsMsg), func(point uint32, seq uint64) {
		if point == 3 {
			got = append(got, seq)
		}
	})
	if err != nil || h != 42 || !slices.Equal(got, []uint64{5}) {
		t.Fatalf("lockstep notification: height %d, seqs %v, err %v", h, got, err)
	}
	if h, err := lw.notification([]byte(`{"jsonrpc":"2.0","id":1,"result":"0xab"}`), nil); err != nil || h != 0 {
		t.Fatalf("subscription answer: %d %v", h, err)
	}

	b64 := strings.TrimSuffix(strings.SplitN(string(cw.submitBody(3, 6, 0, 0)), `"tx":"`, 2)[1], `"}}`)
	cmMsg := `{"jsonrpc":"2.0","id":1,"result":{"query":"tm.event='NewBlock'","data":{"type":"tendermint/event/NewBlock","value":` +
		`{"block":{"header":{"height":"17"},"data":{"txs":["` + b64 + `","AAAA"]}}}}}}`
	got = nil
	h, err = cw.notification([]byte(cmMsg), func(point uint32, seq uint64) { got = append(got, seq) })
	if err != nil || h != 17 || !slices.Equal(got, []uint64{6}) {
		t.Fatalf("comet notification: height %d, seqs %v, err %v", h, got, err)
	}
	if _, err := cw.notification([]byte(`{"jsonrpc":"2.0","id":1,"error":{"code":-32603}}`), nil); err == nil {
		t.Fatal("comet error notification accepted")
	}
}

func TestSubmitOutcome(t *testing.T) {
	lw := lockstepWire{}
	cw := cometWire{}
	for _, tc := range []struct {
		w    wire
		body string
		want outcome
	}{
		{lw, `{"jsonrpc":"2.0","id":1,"result":{"txHash":"0x00"}}`, outAccepted},
		{lw, `{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"busy"}}`, outBusy},
		{lw, `{"jsonrpc":"2.0","id":1,"error":{"code":-32001,"message":"refused"}}`, outRefused},
		{lw, `{"jsonrpc":"2.0","id":1,"error":{"code":-32603,"message":"x"}}`, outFailed},
		{lw, `not json`, outFailed},
		{cw, `{"jsonrpc":"2.0","id":1,"result":{"code":0,"hash":"AB"}}`, outAccepted},
		{cw, `{"jsonrpc":"2.0","id":1,"result":{"code":5,"log":"no"}}`, outRefused},
		{cw, `{"jsonrpc":"2.0","id":1,"error":{"code":-32603,"message":"Internal error","data":"mempool is full: number of txs 20000"}}`, outBusy},
		{cw, `{"jsonrpc":"2.0","id":1,"error":{"code":-32603,"message":"Internal error","data":"tx already exists in cache"}}`, outFailed},
	} {
		if got := tc.w.submitOutcome([]byte(tc.body)); got != tc.want {
			t.Errorf("%T %s: %d, want %d", tc.w, tc.body, got, tc.want)
		}
	}
}

func TestPercentiles(t *testing.T) {
	ms := func(xs ...int) []time.Duration {
		out := make([]time.Duration, len(xs))
		for i, x := range xs {
			out[i] = time.Duration(x) * time.Millisecond
		}
		return out
	}
	val := func(p *float64) float64 {
		if p == nil {
			return -1
		}
		return *p
	}
	hundred := make([]int, 100)
	for i := range hundred {
		hundred[i] = i + 1
	}
	for _, tc := range []struct {
		name                string
		sorted              []time.Duration
		total               int
		p50, p90, p99, pmax float64
	}{
		{"empty", nil, 0, -1, -1, -1, -1},
		{"one", ms(7), 1, 7, 7, 7, 7},
		{"1..100", ms(hundred...), 100, 50, 90, 99, 100},
		// Two of 100 never committed: p99 and max are longer than anything seen, so unknown.
		{"lost", ms(hundred[:98]...), 100, 50, 90, -1, -1},
		// Half lost: even the median is unknown.
		{"half lost", ms(1, 2), 5, -1, -1, -1, -1},
	} {
		p := percentiles(tc.sorted, tc.total)
		if val(p.P50) != tc.p50 || val(p.P90) != tc.p90 || val(p.P99) != tc.p99 || val(p.Max) != tc.pmax {
			t.Errorf("%s: p50 %v p90 %v p99 %v max %v", tc.name, val(p.P50), val(p.P90), val(p.P99), val(p.Max))
		}
	}
}

func TestPointResult(t *testing.T) {
	// 10 tx/s for 2 s over 2 nodes, window [0.5 s, 2 s].
	t0 := time.Now()
	pr := newPointRun(1, 2, 10, 2*time.Second, t0, [2]int64{int64(500 * time.Millisecond), int64(2 * time.Second)})
	if pr.n != 20 {
		t.Fatalf("n = %d", pr.n)
	}
	for i := range pr.n {
		switch {
		case i == 19:
			pr.outcome[i].Store(uint32(outBusy))
		case i == 18:
			pr.outcome[i].Store(uint32(outAccepted)) // never committed: lost
		default:
			pr.outcome[i].Store(uint32(outAccepted))
			due := t0.Add(time.Duration(pr.sched(i)))
			pr.answer[i].Store(pr.since(due.Add(time.Millisecond)))
			// Committed 50 ms after it was due, by the node it was sent to; another node's
			// notification does not count.
			if pr.confirm(uint64(i), 1-pr.nodeOf(i), due.Add(time.Millisecond)) {
				t.Fatal("confirmed by the wrong node")
			}
			if !pr.confirm(uint64(i), pr.nodeOf(i), due.Add(50*time.Millisecond)) {
				t.Fatal("not confirmed")
			}
		}
	}
	c := &cluster{system: systemLockstep, validators: 2}
	p := pr.result(c, pointSpec{Phase: phaseFixed, Offered: 10, Duration: 2 * time.Second})
	if p.Accepted != 19 || p.Busy != 1 || p.Lost != 1 || p.WindowAccepted != 14 {
		t.Fatalf("counts: accepted %d busy %d lost %d window %d", p.Accepted, p.Busy, p.Lost, p.WindowAccepted)
	}
	// Commits in [0.5 s, 2 s]: transactions 5..17 (due at 0.45 s..1.7 s, committed 50 ms later).
	if p.Throughput != 9 { // 13 / 1.5 s, rounded
		t.Fatalf("throughput %v", p.Throughput)
	}
	if p.Latency.P50 == nil || *p.Latency.P50 != 50 || p.Submit.P50 == nil || *p.Submit.P50 != 1 || p.AfterSubmit.P50 == nil || *p.AfterSubmit.P50 != 49 {
		t.Fatalf("latency %+v submit %+v after submit %+v", p.Latency, p.Submit, p.AfterSubmit)
	}
	if p.Followed {
		t.Fatal("followed with 7% lost")
	}
}

func TestSatSearch(t *testing.T) {
	pt := func(load int, ok bool) *Point { return &Point{Offered: load, Followed: ok} }
	for _, tc := range []struct {
		name   string
		fixed  []*Point
		oracle int // highest load the network follows
		want   []int
	}{
		{"all followed: raise", []*Point{pt(1000, true), pt(5000, true), pt(10000, true)}, 100000, []int{15000, 23000, 35000}},
		{"raise then bisect", []*Point{pt(1000, true), pt(5000, true), pt(10000, true)}, 17000, []int{15000, 23000, 19000}},
		{"bisect", []*Point{pt(1000, true), pt(5000, true), pt(10000, false)}, 6000, []int{7500, 6300, 5700}},
		{"nothing followed", []*Point{pt(1000, false)}, 200, []int{500, 250, 130}},
		{"converged", []*Point{pt(1000, true), pt(1100, false)}, 1000, nil},
	} {
		s := newSatSearch(3, tc.fixed)
		var got []int
		for {
			load, ok := s.next()
			if !ok {
				break
			}
			got = append(got, load)
			s.observe(load, load <= tc.oracle)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestRoundLoad(t *testing.T) {
	for in, want := range map[int]int{50: 50, 149: 150, 7500: 7500, 15001: 15000, 23456: 23000, 123456: 120000} {
		if got := roundLoad(in); got != want {
			t.Errorf("roundLoad(%d) = %d, want %d", in, got, want)
		}
	}
}

func TestCompareLoads(t *testing.T) {
	for _, tc := range []struct {
		name      string
		fractions []float64
		followed  int
		want      []int
	}{
		{"defaults", []float64{0.25, 0.5, 0.8}, 4000, []int{1000, 2000, 3200}},
		// Rounded like the saturation search's loads: 1425 → 1400, 4560 → 4600.
		{"rounded", []float64{0.25, 0.5, 0.8}, 5700, []int{1400, 2900, 4600}},
		{"unordered", []float64{0.8, 0.25}, 1000, []int{250, 800}},
		// Small loads keep every digit; fractions that round to the same load measure it once.
		{"small", []float64{0.5, 0.51, 0.01}, 90, []int{1, 45, 46}},
		{"same load", []float64{0.5, 0.501}, 10000, []int{5000}},
		{"nothing rounds to a load", []float64{0.001}, 100, nil},
		// No followed load of the baseline known: the fixed loads, as given.
		{"no saturation", []float64{0.25, 0.5}, 0, []int{5000, 1000}},
	} {
		if got := compareLoads(tc.fractions, tc.followed, []int{5000, 1000}); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestCompareSchedule(t *testing.T) {
	l, b := &cluster{system: systemLockstep}, &cluster{system: systemBaseline}
	for _, loads := range [][]int{{1000, 2000}, {1000, 2000, 3000}} {
		runs := compareSchedule([]*cluster{l, b}, loads, 3)
		if len(runs) != len(loads)*3*2 {
			t.Fatalf("%v: %d runs", loads, len(runs))
		}
		first := map[int]string{} // load → which system went first at each repeat
		for i := 0; i < len(runs); i += 2 {
			x, y := runs[i], runs[i+1]
			if x.load != y.load || x.repeat != y.repeat || x.c == y.c {
				t.Fatalf("%v: runs %d and %d are not both systems at one load and repeat: %+v %+v", loads, i, i+1, x, y)
			}
			if want := i/2/len(loads) + 1; x.repeat != want {
				t.Fatalf("%v: run %d is repeat %d, want %d (repeats round after round)", loads, i, x.repeat, want)
			}
			first[x.load] += x.c.system[:1]
		}
		for load, order := range first {
			if order != "lcl" && order != "clc" {
				t.Errorf("%v: at %d tx/s the first system per repeat was %s, want alternating", loads, load, order)
			}
		}
	}
}

func TestOrderingConfigCheck(t *testing.T) {
	for _, quick := range []bool{false, true} {
		c := DefaultOrderingConfig(quick)
		if err := c.Check(); err != nil {
			t.Fatalf("default (quick %t): %v", quick, err)
		}
	}
	c := DefaultOrderingConfig(false)
	c.CompareFractions = nil // no comparison phase
	if err := c.Check(); err != nil {
		t.Fatalf("without a comparison phase: %v", err)
	}
	for name, mutate := range map[string]func(*OrderingConfig){
		"no validators":                  func(c *OrderingConfig) { c.Validators = nil },
		"zero load":                      func(c *OrderingConfig) { c.Loads = []int{0} },
		"long warm-up":                   func(c *OrderingConfig) { c.Warmup = c.Duration },
		"tiny tx":                        func(c *OrderingConfig) { c.TxBytes = 4 },
		"many steps":                     func(c *OrderingConfig) { c.SaturationSteps = 99 },
		"zero fraction":                  func(c *OrderingConfig) { c.CompareFractions = []float64{0, 0.5} },
		"past the baseline's saturation": func(c *OrderingConfig) { c.CompareFractions = []float64{1.2} },
		"no repeats":                     func(c *OrderingConfig) { c.Repeats = 0 },
	} {
		c := DefaultOrderingConfig(false)
		mutate(&c)
		if err := c.Check(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}

// FuzzNotification feeds arbitrary WebSocket messages to both systems' decoders: they may
// refuse them but must not panic, and every identity they report is a real one.
func FuzzNotification(f *testing.F) {
	tx := payload(200, 1, 2)
	f.Add([]byte(`{"params":{"result":{"height":3,"txs":["0x` + hexString(tx) + `"]}}}`))
	f.Add([]byte(`{"result":{"data":{"value":{"block":{"header":{"height":"3"},"data":{"txs":["TExMTEwAAAABAAAAAAAAAAI="]}}}}}}`))
	f.Add([]byte(`{"params":{"result":{"txs":["0x", "zz", ""]}}}`))
	f.Add([]byte(`{"params":{"result":{"height":3,"txHashes":["0x` + hexString(commitment.TxHash(tx).Bytes()) + `"]}}}`))
	w := lockstepWire{txBytes: 200, nodes: 4, rollups: benchRollups}
	seqw := w
	seqw.ids = newTxIDs()
	seqw.ids.put(tx, 1, 2)
	f.Fuzz(func(t *testing.T, msg []byte) {
		for _, dec := range []wire{w, cometWire{w}, seqw} {
			_, _ = dec.notification(msg, func(point uint32, seq uint64) {})
		}
	})
}

// TestCollectBatches: a batcher hands over a rollup's batch once it is full, and what is left
// once its oldest has waited the window; every transaction goes exactly once, in a batch of
// its own rollup.
func TestCollectBatches(t *testing.T) {
	w := lockstepWire{txBytes: 200, nodes: 1, rollups: []uint64{901, 902}}
	c := &cluster{wire: w, batchMax: 4, batchWindow: 20 * time.Millisecond}
	pr := &pointRun{txBytes: 200}
	queue, out := make(chan int, 16), make(chan []int, 16)
	go c.collectBatches(pr, queue, out)
	for s := range 10 { // rollups alternate: 5 each, so one full batch of each and 1 left each
		queue <- s
	}
	var got [][]int
	deadline := time.After(5 * time.Second)
	for len(got) < 4 {
		select {
		case b := <-out:
			got = append(got, b)
		case <-deadline:
			t.Fatalf("batches after 5s: %v; want 2 full ones and 2 after the window", got)
		}
	}
	full := 0
	seen := make(map[int]int)
	for _, b := range got {
		if len(b) == c.batchMax {
			full++
		}
		for _, s := range b {
			seen[s]++
			if w.rollupOf(uint64(s)) != w.rollupOf(uint64(b[0])) {
				t.Fatalf("batch %v mixes rollups", b)
			}
		}
	}
	if full != 2 {
		t.Fatalf("batches %v: want 2 full (of %d)", got, c.batchMax)
	}
	for s := range 10 {
		if seen[s] != 1 {
			t.Fatalf("transaction %d in %d batches: %v", s, seen[s], got)
		}
	}
	close(queue)
	if b, ok := <-out; ok {
		t.Fatalf("batch %v after everything was handed over; want out closed", b)
	}
}

func TestSameBytes(t *testing.T) {
	for _, c := range []struct{ load, txBytes, size, want int }{
		{25000, 200, 200, 25000}, {25000, 200, 2048, 2441}, {50000, 200, 2048, 4882}, {1, 200, 2048, 1},
	} {
		if got := sameBytes(c.load, c.txBytes, c.size); got != c.want {
			t.Errorf("sameBytes(%d, %d, %d) = %d, want %d", c.load, c.txBytes, c.size, got, c.want)
		}
	}
}

// The ingress networks' wire finds its transactions by hash in sequenced notifications, skips
// the followers' batches, and subscribes each rollup's follower on one node only.
func TestSequencedWire(t *testing.T) {
	w := lockstepWire{txBytes: 200, nodes: 2, rollups: []uint64{901, 902, 903}, ids: newTxIDs()}
	body := string(w.submitBatchBody(7, 901, []int{4, 9}, 0))
	if !strings.Contains(body, hexString(payload(200, 7, 9))) {
		t.Fatalf("batch body lacks transaction 9: %.200s", body)
	}
	w.submitBody(7, 11, 0, 0)
	var got []uint64
	msg := fmt.Sprintf(`{"jsonrpc":"2.0","method":"lockstep_subscription","params":{"subscription":"0x1","result":{"rollupId":901,"height":5,"batch":{"rollupId":901,"root":"0x%x","txCount":4},"txHashes":["0x%x","0x%x","0x%x","0x%x"]}}}`,
		common.Hash{}, commitment.TxHash(payload(200, 7, 9)), commitment.TxHash([]byte("someone else's")), commitment.TxHash(payload(200, 7, 4)), commitment.TxHash(payload(200, 7, 11)))
	h, err := w.notification([]byte(msg), func(point uint32, seq uint64) {
		if point != 7 {
			t.Errorf("point %d", point)
		}
		got = append(got, seq)
	})
	if err != nil || h != 5 || !slices.Equal(got, []uint64{9, 4, 11}) {
		t.Fatalf("height %d, transactions %v, %v; want 5, [9 4 11]", h, got, err)
	}
	follower := fmt.Sprintf(`{"jsonrpc":"2.0","method":"lockstep_subscription","params":{"subscription":"0x2","result":{"rollupId":901,"height":5,"txs":["0x%x"],"txHashes":["0x%x"]}}}`,
		payload(200, 7, 9), commitment.TxHash(payload(200, 7, 9)))
	if h, err := w.notification([]byte(follower), func(uint32, uint64) { t.Error("a follower's batch counted") }); h != 0 || err != nil {
		t.Fatalf("follower's batch: %d, %v", h, err)
	}
	w.ids.reset()
	if _, _, ok := w.ids.get(commitment.TxHash(payload(200, 7, 9))); ok {
		t.Fatal("reset kept a transaction")
	}
	batches := 0
	for node := range 2 {
		subs := strings.Join(w.subscriptions(node), "\n")
		if n := strings.Count(subs, `"sequenced"`); n != 3 {
			t.Fatalf("node %d: %d sequenced subscriptions, want 3", node, n)
		}
		batches += strings.Count(subs, `"batches"`)
	}
	if batches != 3 {
		t.Fatalf("%d follower subscriptions over the nodes, want one per rollup", batches)
	}
}
