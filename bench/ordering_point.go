package bench

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Phases of the ordering benchmark.
const (
	phaseFixed      = "fixed"
	phaseSaturation = "saturation"
)

// pointSpec is one measurement: an offered load on one network.
type pointSpec struct {
	Phase    string
	Offered  int           // tx/s
	Duration time.Duration // sending time
	Warmup   time.Duration // start of the window measured
	Drain    time.Duration // how long after sending to wait for the last commits
	// ProfileTo, when set, receives CPU profiles of node 0 taken during the window.
	ProfileTo string
	// TxBytes is the payload size (the network's own when 0).
	TxBytes int
}

// Point is one measurement's result.
type Point struct {
	System     string  `json:"system"`
	Validators int     `json:"validators"`
	Phase      string  `json:"phase"`
	Repeat     int     `json:"repeat"` // the comparison phase's measurements of a load count from 1; 0 in other phases
	Offered    int     `json:"offeredTxPerSec"`
	TxBytes    int     `json:"txBytes"`
	Seconds    float64 `json:"seconds"`
	// Counts over the whole point: scheduled by the open loop, and what became of them.
	Scheduled int `json:"scheduled"`
	Accepted  int `json:"accepted"`
	Busy      int `json:"busy"`
	Refused   int `json:"refused"`
	Failed    int `json:"failed"`
	// Overflow were not sent because the node's queue in the load generator was full (a second
	// of load behind); Unsent were still queued when sending stopped. Both mean the system did
	// not keep up.
	Overflow int `json:"overflow"`
	Unsent   int `json:"unsent"`
	// Over the measured window (after the warm-up): accepted transactions, those never notified
	// within the drain time, and the commits notified per second (sustained throughput).
	WindowAccepted int     `json:"windowAccepted"`
	Lost           int     `json:"lost"`
	Throughput     float64 `json:"committedTxPerSec"`
	// BytesPerSec is the committed user transactions' payload bytes per second.
	BytesPerSec float64 `json:"committedBytesPerSec"`
	// Latency from the scheduled send to the notification by the node submitted to; Submit
	// from the scheduled send to the submission's answer. Milliseconds; nil when not defined
	// (more lost than the percentile allows).
	Latency Percentiles `json:"latencyMs"`
	Submit  Percentiles `json:"submitMs"`
	// AfterSubmit is from the submission's answer to the notification (what a client that
	// waits for the answer sees; the split shows where time goes).
	AfterSubmit Percentiles `json:"afterSubmitMs"`
	// Blocks with the point's transactions committed in the window, and their mean size.
	Blocks      int     `json:"blocks"`
	TxsPerBlock float64 `json:"txsPerBlock"`
	// Followed: the system kept up (throughput within 90% of the offer, under 1% lost).
	Followed  bool       `json:"followed"`
	Resources *Resources `json:"resources,omitempty"`
	Consensus *Consensus `json:"consensus,omitempty"`
	Note      string     `json:"note,omitempty"`
}

// Percentiles of a latency distribution, in milliseconds.
type Percentiles struct {
	P50 *float64 `json:"p50"`
	P90 *float64 `json:"p90"`
	P99 *float64 `json:"p99"`
	Max *float64 `json:"max"`
}

// percentiles computes p50/p90/p99/max of total samples of which only the sorted ones are known:
// the others (lost) count as longer than any, so a percentile is undefined once they reach it.
func percentiles(sorted []time.Duration, total int) Percentiles {
	at := func(p float64) *float64 {
		if total == 0 {
			return nil
		}
		rank := int(math.Ceil(p * float64(total))) // 1-based nearest rank
		rank = max(rank, 1)
		if rank > len(sorted) {
			return nil
		}
		ms := math.Round(float64(sorted[rank-1])/float64(time.Millisecond)*10) / 10
		return &ms
	}
	return Percentiles{P50: at(0.50), P90: at(0.90), P99: at(0.99), Max: at(1)}
}

// pointRun is the state of a point being measured, shared by the sender goroutines and the
// notification readers. Times are nanoseconds since t0 (0: not yet).
type pointRun struct {
	id      uint32
	nodes   int
	txBytes int
	rate    int
	n       int
	t0      time.Time
	outcome []atomic.Uint32
	answer  []atomic.Int64
	commit  []atomic.Int64

	window   [2]int64 // measured window, ns since t0
	mu       sync.Mutex
	heights  map[uint64]bool
	blockTxs int
}

func newPointRun(id uint32, nodes, rate int, d time.Duration, t0 time.Time, window [2]int64) *pointRun {
	n := int(int64(rate) * int64(d) / int64(time.Second))
	return &pointRun{id: id, nodes: nodes, rate: rate, n: n, t0: t0, window: window,
		outcome: make([]atomic.Uint32, n), answer: make([]atomic.Int64, n), commit: make([]atomic.Int64, n), heights: make(map[uint64]bool)}
}

// sched is when transaction seq is due, in ns since t0.
func (p *pointRun) sched(seq int) int64 { return int64(seq) * int64(time.Second) / int64(p.rate) }

// nodeOf is the node transaction seq is submitted to: round-robin.
func (p *pointRun) nodeOf(seq int) int { return seq % p.nodes }

func (p *pointRun) since(t time.Time) int64 { return max(1, t.Sub(p.t0).Nanoseconds()) }

// confirm records that node notified seq as committed, if seq was submitted there.
func (p *pointRun) confirm(seq uint64, node int, at time.Time) bool {
	if seq >= uint64(p.n) || p.nodeOf(int(seq)) != node {
		return false
	}
	return p.commit[seq].CompareAndSwap(0, p.since(at))
}

// block records, from node 0's notifications, a height holding txs of the point.
func (p *pointRun) block(height uint64, txs int, at time.Time) {
	t := p.since(at)
	if t < p.window[0] || t > p.window[1] {
		return
	}
	p.mu.Lock()
	p.heights[height] = true
	p.blockTxs += txs
	p.mu.Unlock()
}

// pending counts accepted transactions not notified yet, and submissions not answered.
func (p *pointRun) pending() (uncommitted, unanswered int) {
	for i := range p.n {
		switch outcome(p.outcome[i].Load()) {
		case outAccepted:
			if p.commit[i].Load() == 0 {
				uncommitted++
			}
		case outPending:
			unanswered++
		}
	}
	return uncommitted, unanswered
}

// pointIDs numbers points across the run, so a late notification is never taken for a later
// point's.
var pointIDs atomic.Uint32

// idleTimeout bounds the wait for empty mempools before a point.
const idleTimeout = 10 * time.Second

// cutoffGrace is how long after the last scheduled send queued submissions may still go out,
// and answerGrace how long after that their answers may take.
const (
	cutoffGrace = 2 * time.Second
	answerGrace = 3 * time.Second
)

// runPoint offers spec.Offered tx/s to c in an open loop: transaction i is due at t0 + i/rate
// whatever became of the earlier ones, goes to node i mod n, and its latency counts from when it
// was due. Each node has at most loadConns submissions in flight and a queue of one second of
// its load; a transaction finding the queue full is counted as overflow, not sent.
func (c *cluster) runPoint(ctx context.Context, env *Env, spec pointSpec) (*Point, error) {
	// A point that overloaded the network leaves its mempools full for a while; measuring on
	// top of that backlog is noted rather than waited out without end.
	var note string
	if err := c.waitIdle(ctx, idleTimeout); err != nil {
		if ctx.Err() != nil || c.procs.firstExited() != nil {
			return nil, err
		}
		note = "started with transactions of the previous point still in the mempools"
		env.Printf("  %s", note)
	}
	if err := c.streamErr(); err != nil {
		return nil, err
	}
	t0 := time.Now().Add(20 * time.Millisecond)
	window := [2]int64{int64(spec.Warmup), int64(spec.Duration)}
	if lw, ok := c.wire.(lockstepWire); ok {
		lw.ids.reset()
	}
	pr := newPointRun(pointIDs.Add(1), len(c.nodes), spec.Offered, spec.Duration, t0, window)
	pr.txBytes = cmp.Or(spec.TxBytes, c.txBytes)
	c.current.Store(pr)
	defer c.current.Store(nil)

	// Senders: loadConns per node, fed by a queue of one second's worth of that node's load.
	cutoff := t0.Add(spec.Duration + cutoffGrace)
	queues := make([]chan int, len(c.nodes))
	var senders sync.WaitGroup
	for node := range c.nodes {
		queues[node] = make(chan int, max(c.loadConns, spec.Offered/len(c.nodes)))
		if c.batchMax > 0 {
			batches := make(chan []int, c.loadConns)
			senders.Add(1 + c.loadConns)
			go func() { // owned: joined below; closes batches when the queue closes
				defer senders.Done()
				c.collectBatches(pr, queues[node], batches)
			}()
			for range c.loadConns {
				go func() { // owned: joined below
					defer senders.Done()
					c.sendBatches(ctx, pr, node, batches, cutoff)
				}()
			}
			continue
		}
		for range c.loadConns {
			senders.Add(1)
			go func() { // owned: joined below
				defer senders.Done()
				c.send(ctx, pr, node, queues[node], cutoff)
			}()
		}
	}

	// Resources of node 0 (and profiles) over the window.
	var (
		measure   sync.WaitGroup
		resources Resources
		consensus *Consensus
		resErr    error
		profErr   error
	)
	measure.Add(1)
	go func() { // owned: joined below
		defer measure.Done()
		if !sleepUntil(ctx, t0.Add(spec.Warmup)) {
			return
		}
		var s sampler
		s.begin(c.procs.pids()[0])
		var before map[string]float64
		if addr := c.nodes[0].metrics; addr != "" {
			var err error
			if before, err = scrapeMetrics(ctx, c.control, addr); err != nil {
				env.Log.Warn("node metrics", "system", c.system, "err", err)
			}
		}
		var prof sync.WaitGroup
		if spec.ProfileTo != "" && c.nodes[0].profile != "" {
			prof.Add(1)
			go func() { // owned: joined below
				defer prof.Done()
				profErr = fetchProfile(ctx, c.nodes[0].profile, spec.Duration-spec.Warmup, spec.ProfileTo)
			}()
		}
		sleepUntil(ctx, t0.Add(spec.Duration))
		resources, resErr = s.end()
		if before != nil {
			if after, err := scrapeMetrics(ctx, c.control, c.nodes[0].metrics); err == nil {
				consensus = consensusBetween(before, after)
			}
		}
		prof.Wait()
	}()

	// The open loop.
	next := 0
	for next < pr.n && ctx.Err() == nil {
		due := min(pr.n, int(time.Since(t0).Nanoseconds()*int64(pr.rate)/int64(time.Second))+1)
		for ; next < due; next++ {
			select {
			case queues[pr.nodeOf(next)] <- next:
			default:
				pr.outcome[next].Store(uint32(outOverflow))
			}
		}
		if next < pr.n {
			// At least 200 µs: high rates go out in small bursts, each transaction still timed
			// from when it was due.
			time.Sleep(max(time.Until(t0.Add(time.Duration(pr.sched(next)))), 200*time.Microsecond))
		}
	}
	for _, q := range queues {
		close(q)
	}
	senders.Wait()
	measure.Wait()

	// Drain: wait for the accepted transactions' commits, within spec.Drain.
	drainEnd := time.Now().Add(spec.Drain)
	for ctx.Err() == nil && time.Now().Before(drainEnd) {
		if u, _ := pr.pending(); u == 0 {
			break
		}
		time.Sleep(50 * time.Millisecond) // polling the counters, not waiting for an event
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p := pr.result(c, spec)
	p.Note = note
	p.Consensus = consensus
	p.Resources = &resources
	if resErr != nil {
		p.Resources = nil
		p.Note = strings.TrimPrefix(p.Note+fmt.Sprintf("; resources: %v", resErr), "; ")
	}
	if profErr != nil {
		env.Log.Warn("CPU profile", "system", c.system, "err", profErr)
	} else if spec.ProfileTo != "" {
		env.Printf("  CPU profile of node 0: %s", spec.ProfileTo)
	}
	return p, c.streamErr()
}

// send submits the transactions of queue to node until the queue closes. Submissions still
// unanswered answerGrace after the cutoff count as failed.
func (c *cluster) send(ctx context.Context, pr *pointRun, node int, queue <-chan int, cutoff time.Time) {
	url := c.nodes[node].url
	ctx, cancel := context.WithDeadline(ctx, cutoff.Add(answerGrace))
	defer cancel()
	for seq := range queue {
		if time.Now().After(cutoff) || ctx.Err() != nil {
			pr.outcome[seq].Store(uint32(outUnsent))
			continue
		}
		body := c.wire.submitBody(pr.id, uint64(seq), node, pr.txBytes)
		res, err := post(ctx, c.load[node], url, body)
		pr.answer[seq].Store(pr.since(time.Now()))
		o := outFailed
		if err == nil {
			o = c.wire.submitOutcome(res)
		}
		pr.outcome[seq].Store(uint32(o))
	}
}

// batchBytes bounds the payload bytes of one batcher request: hex-encoded, it stays under the
// API's default request limit (512 KiB), and the batch under a consensus transaction's.
const batchBytes = 128 << 10

// collectBatches is each rollup's batcher at one node, as a rollup's sequencer-facing
// component submits (Astria's composer: a bundle per size or interval): it collects the
// transactions due for node per rollup and hands a rollup's batch to the senders (out) when it
// holds batchMax transactions (or batchBytes), or when its oldest has waited batchWindow. A
// batch waiting for a free sender holds the queue up, which then overflows: backpressure.
func (c *cluster) collectBatches(pr *pointRun, queue <-chan int, out chan<- []int) {
	defer close(out)
	w := c.wire.(lockstepWire)
	limit := max(1, min(c.batchMax, batchBytes/pr.txBytes))
	type pending struct {
		seqs  []int
		since time.Time
	}
	byRollup := make(map[uint64]*pending, len(w.rollups))
	tick := time.NewTicker(max(c.batchWindow/4, time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case s, ok := <-queue:
			if !ok {
				for _, p := range byRollup {
					if len(p.seqs) > 0 {
						out <- p.seqs
					}
				}
				return
			}
			r := w.rollupOf(uint64(s))
			p := byRollup[r]
			if p == nil {
				p = &pending{}
				byRollup[r] = p
			}
			if len(p.seqs) == 0 {
				p.since = time.Now()
			}
			p.seqs = append(p.seqs, s)
			if len(p.seqs) >= limit {
				out <- p.seqs
				p.seqs = make([]int, 0, limit)
			}
		case now := <-tick.C:
			for _, p := range byRollup {
				if len(p.seqs) > 0 && now.Sub(p.since) >= c.batchWindow {
					out <- p.seqs
					p.seqs = make([]int, 0, limit)
				}
			}
		}
	}
}

// sendBatches submits the batches of one node's batchers, each as one lockstep_submitBatch,
// until batches closes. Submissions still unanswered answerGrace after the cutoff count as
// failed.
func (c *cluster) sendBatches(ctx context.Context, pr *pointRun, node int, batches <-chan []int, cutoff time.Time) {
	w := c.wire.(lockstepWire)
	url := c.nodes[node].url
	ctx, cancel := context.WithDeadline(ctx, cutoff.Add(answerGrace))
	defer cancel()
	for group := range batches {
		if time.Now().After(cutoff) || ctx.Err() != nil {
			for _, s := range group {
				pr.outcome[s].Store(uint32(outUnsent))
			}
			continue
		}
		res, err := post(ctx, c.load[node], url, w.submitBatchBody(pr.id, w.rollupOf(uint64(group[0])), group, pr.txBytes))
		at := pr.since(time.Now())
		o := outFailed
		if err == nil {
			o = w.submitOutcome(res)
		}
		for _, s := range group {
			pr.answer[s].Store(at)
			pr.outcome[s].Store(uint32(o))
		}
	}
}

// result summarises the point.
func (p *pointRun) result(c *cluster, spec pointSpec) *Point {
	out := &Point{System: c.system, Validators: c.validators, Phase: spec.Phase, Offered: spec.Offered, Seconds: spec.Duration.Seconds(), Scheduled: p.n}
	var lat, sub, after []time.Duration
	var committedInWindow int
	for i := range p.n {
		o := outcome(p.outcome[i].Load())
		switch o {
		case outAccepted:
			out.Accepted++
		case outBusy:
			out.Busy++
		case outRefused:
			out.Refused++
		case outFailed, outPending:
			out.Failed++
		case outOverflow:
			out.Overflow++
		case outUnsent:
			out.Unsent++
		}
		commit := p.commit[i].Load()
		if commit >= p.window[0] && commit <= p.window[1] {
			committedInWindow++
		}
		due := p.sched(i)
		if due < p.window[0] || due >= p.window[1] || o != outAccepted {
			continue
		}
		out.WindowAccepted++
		if commit > 0 {
			lat = append(lat, time.Duration(commit-due))
		} else {
			out.Lost++
		}
		if a := p.answer[i].Load(); a > 0 {
			sub = append(sub, time.Duration(a-due))
			if commit > 0 {
				after = append(after, time.Duration(max(commit-a, 0)))
			}
		}
	}
	slices.Sort(lat)
	slices.Sort(sub)
	slices.Sort(after)
	out.Latency = percentiles(lat, out.WindowAccepted)
	out.Submit = percentiles(sub, len(sub))
	out.AfterSubmit = percentiles(after, len(after))
	window := time.Duration(p.window[1] - p.window[0]).Seconds()
	out.Throughput = math.Round(float64(committedInWindow) / window)
	out.TxBytes = p.txBytes
	out.BytesPerSec = out.Throughput * float64(p.txBytes)
	p.mu.Lock()
	out.Blocks = len(p.heights)
	if out.Blocks > 0 {
		out.TxsPerBlock = math.Round(float64(p.blockTxs)/float64(out.Blocks)*10) / 10
	}
	p.mu.Unlock()
	out.Followed = followed(out)
	return out
}

// followed: throughput within 90% of the offer and under 1% of the window's accepted
// transactions lost.
func followed(p *Point) bool {
	return p.Throughput >= 0.9*float64(p.Offered) && float64(p.Lost) <= 0.01*float64(max(p.WindowAccepted, 1))
}

// sleepUntil sleeps until t or ctx's end; it reports whether t was reached.
func sleepUntil(ctx context.Context, t time.Time) bool {
	timer := time.NewTimer(time.Until(t))
	defer timer.Stop()
	select {
	case <-timer.C:
		return true
	case <-ctx.Done():
		return false
	}
}

// profilePathFor names a profile file in the results folder.
// point is the point's index in the results, so repeated loads get their own files.
func profilePathFor(out, system string, validators, load int, phase string, point int) string {
	return filepath.Join(out, "profiles", fmt.Sprintf("%s-%dv-%dtps-%s-%d-node0.pprof", system, validators, load, phase, point))
}
