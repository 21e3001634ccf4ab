// Package soak runs the whole system under steady load and a seeded random schedule of faults
// (kill -9 and restart, SIGSTOP/SIGCONT, an operator cut off from everyone, L1 RPC outages of an
// operator or of the aggregator, aggregator restarts), never more than f = 1 of the 4
// operators faulty at once, and checks the system's invariants while it runs and at the end:
// every node has the same block at every height, every accepted transaction is sequenced
// exactly once and at the same place on every node, L1's checkpoints are contiguous and hold
// the roots every node cut, no operator signs two digests for one checkpoint number, and
// checkpoints keep landing (a bounded gap). A violation fails the test with the seed and the
// schedule, which the same seed replays.
//
//	go test -run TestSoak ./tests/soak/ -soak.duration 10m -soak.seed 7   (make soak)
//
// Without flags it runs a short, fixed-seed variant (CI).
package soak

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/netem"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/system"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

var (
	duration = flag.Duration("soak.duration", 75*time.Second, "how long the faults and the load run")
	seed     = flag.Uint64("soak.seed", 1, "seed of the fault schedule (the same seed replays it)")
)

func TestMain(m *testing.M) { testutil.Main(m) }

const (
	operators = 4
	rollup    = 901
	interval  = 5
	// loadRate is the steady load, transactions per second.
	loadRate = 20
	// maxCheckpointGap bounds the time between two checkpoints landing on L1: the longest fault
	// plus the time to notice it and recover.
	maxCheckpointGap = maxFault + 35*time.Second
	minFault         = 2 * time.Second
	maxFault         = 10 * time.Second
	// checkEvery is how often the invariants are checked while the faults run.
	checkEvery  = 2 * time.Second
	callTimeout = 3 * time.Second
)

// Fault kinds.
const (
	killRestart  = "kill -9 and restart an operator"
	pauseResume  = "SIGSTOP and SIGCONT an operator"
	isolate      = "cut an operator off from everyone"
	nodeL1Outage = "cut an operator's L1 RPC"
	aggL1Outage  = "cut the aggregator's L1 RPC"
	aggRestart   = "restart the aggregator (SIGTERM)"
	aggKill      = "kill -9 and restart the aggregator"
)

var kinds = []string{killRestart, pauseResume, isolate, nodeL1Outage, aggL1Outage, aggRestart, aggKill}

// step is one fault of the schedule: applied at At (from the start), undone For later.
type step struct {
	At     time.Duration
	Kind   string
	Target string // op<i> or aggregator
	For    time.Duration
}

func (s step) String() string {
	return fmt.Sprintf("%7s %-36s %-10s for %s", s.At.Round(100*time.Millisecond), s.Kind, s.Target, s.For.Round(100*time.Millisecond))
}

// schedule is the seeded sequence of faults filling d: one at a time, so at most one operator
// is faulty at once (f = 1 of 4). The kinds come in rounds, each a shuffle of all of them, so
// that a short run injects every kind.
func schedule(seed uint64, d time.Duration) []step {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var out []step
	var round []int
	at := 5 * time.Second // the load runs alone first
	for {
		if len(round) == 0 {
			round = r.Perm(len(kinds))
		}
		s := step{At: at, Kind: kinds[round[0]]}
		round = round[1:]
		s.For = minFault + time.Duration(r.Int64N(int64(maxFault-minFault)))
		switch s.Kind {
		case aggL1Outage, aggRestart, aggKill:
			s.Target = system.EndpointAggregator
		default:
			s.Target = fmt.Sprintf("op%d", r.IntN(operators))
		}
		if at+s.For > d {
			return out
		}
		out = append(out, s)
		at += s.For + 2*time.Second + time.Duration(r.Int64N(int64(3*time.Second)))
	}
}

// soak is the running system with the test's bookkeeping.
type soak struct {
	t     *testing.T
	ctx   context.Context
	sys   *system.System
	net   *netem.Net
	l1    *testenv.Env
	steps []step
	start time.Time

	// faulty is the process currently under a fault ("" none); the live checks skip it.
	faulty atomic.Value

	mu         sync.Mutex
	accepted   []common.Hash
	refused    int
	violations []string
	// blocks are the block root and app hash per height, as first read from any node.
	blocks map[uint64][2]common.Hash
	// checked is, per node, the highest height compared with blocks.
	checked map[string]uint64
	// signed is every digest each operator's signing record held per number.
	signed map[string]map[uint64]common.Hash
	// l1Checked is the highest L1 checkpoint checked, l1End its end height, l1At when the
	// latest one was first seen.
	l1Checked, l1End uint64
	l1At             time.Time
	maxGap           time.Duration
	// maxGapFrom and maxGapTo are when the longest gap began and ended, from the start.
	maxGapFrom, maxGapTo time.Duration
	checks               map[string]int
	injected             map[string]int
}

func TestSoak(t *testing.T) {
	testutil.SkipShort(t)
	steps := schedule(*seed, *duration)
	ctx, cancel := context.WithTimeout(context.Background(), *duration+10*time.Minute)
	defer cancel()
	nw := netem.New(nil)
	t.Cleanup(func() { _ = nw.Close() })
	sys, err := system.Start(ctx, system.Config{
		Lockstep:           testutil.Lockstep.Path(t),
		Dir:                t.TempDir(),
		Operators:          operators,
		Rollups:            []deployment.Rollup{{ID: rollup}},
		CheckpointInterval: interval,
		NodeArgs:           []string{"--rollups.refresh", "500ms"},
		Aggregator:         &system.AggregatorConfig{Args: []string{"--l1.poll", "50ms"}},
		Net:                nw,
		BLSPassword:        "soak",
		StopTimeout:        15 * time.Second,
	})
	if err != nil {
		t.Fatalf("start the system: %v", err)
	}
	t.Cleanup(func() {
		if err := sys.Stop(context.Background()); err != nil {
			t.Logf("stop the system: %v", err)
		}
		if t.Failed() {
			for _, c := range sys.Children() {
				t.Logf("%s log tail:\n%s", c.Name(), c.LogTail(6000))
			}
		}
	})
	b, err := sys.Devnet.Deployment.Bindings(sys.Devnet.Client)
	if err != nil {
		t.Fatal(err)
	}
	s := &soak{t: t, ctx: ctx, sys: sys, net: nw, steps: steps, start: time.Now(),
		l1:     &testenv.Env{T: t, Ctx: ctx, DN: sys.Devnet, D: sys.Devnet.Deployment, B: b},
		blocks: make(map[uint64][2]common.Hash), checked: make(map[string]uint64),
		signed: make(map[string]map[uint64]common.Hash), checks: make(map[string]int), injected: make(map[string]int),
		l1At: time.Now()}
	s.faulty.Store("")
	testenv.StartMiner(t, s.l1, 250*time.Millisecond)
	t.Logf("soak: seed %d, %s, %d faults scheduled:\n%s", *seed, *duration, len(steps), formatSchedule(steps))

	runCtx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); s.load(runCtx) }()  // owned: joined below
	go func() { defer wg.Done(); s.watch(runCtx) }() // owned: joined below
	s.run(runCtx)
	stop()
	wg.Wait()
	s.failIfViolated("while the faults ran")
	s.final()
	s.failIfViolated("at the end")
	s.report()
}

// run applies the schedule, then heals everything.
func (s *soak) run(ctx context.Context) {
	for _, st := range s.steps {
		if !s.sleepUntil(ctx, s.start.Add(st.At)) {
			return
		}
		s.faulty.Store(st.Target)
		undo, err := s.apply(st)
		if err != nil {
			s.violate("apply %s: %v", st, err)
			return
		}
		s.mu.Lock()
		s.injected[st.Kind]++
		s.mu.Unlock()
		s.sleepUntil(ctx, time.Now().Add(st.For))
		if err := undo(); err != nil {
			s.violate("undo %s: %v", st, err)
			return
		}
		s.faulty.Store("")
		if s.hasViolations() {
			return
		}
	}
	s.sleepUntil(ctx, s.start.Add(*duration))
}

// sleepUntil waits for the schedule's next instant, or ctx; it reports whether it got there.
func (s *soak) sleepUntil(ctx context.Context, at time.Time) bool {
	timer := time.NewTimer(time.Until(at))
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-timer.C:
		return true
	}
}

func (s *soak) node(name string) *system.Node {
	for _, n := range s.sys.Nodes {
		if n.Name() == name {
			return n
		}
	}
	panic("soak: no node " + name) // the schedule names only op0..op3
}

// apply injects st's fault and returns what undoes it.
func (s *soak) apply(st step) (func() error, error) {
	switch st.Kind {
	case killRestart:
		n := s.node(st.Target)
		return n.Start, n.Kill(syscall.SIGKILL)
	case pauseResume:
		n := s.node(st.Target)
		return n.Resume, n.Pause()
	case isolate:
		return s.net.Heal, s.net.Partition([]string{st.Target})
	case nodeL1Outage:
		return func() error { return s.net.Restore(st.Target, system.EndpointL1) }, s.net.Cut(st.Target, system.EndpointL1)
	case aggL1Outage:
		return func() error { return s.net.Restore(system.EndpointAggregator, system.EndpointL1) }, s.net.Cut(system.EndpointAggregator, system.EndpointL1)
	case aggRestart:
		// A restart is quick: the fault is the outage while it stops and starts again.
		return func() error { return nil }, s.sys.Aggregator.Restart()
	case aggKill:
		return s.sys.Aggregator.Start, s.sys.Aggregator.Kill(syscall.SIGKILL)
	}
	return nil, fmt.Errorf("unknown fault %q", st.Kind)
}

// load submits loadRate transactions a second, each to a node chosen in turn, and records the
// ones accepted.
func (s *soak) load(ctx context.Context) {
	tick := time.NewTicker(time.Second / loadRate)
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		n := s.sys.Nodes[i%len(s.sys.Nodes)]
		if !n.Alive() || n.Paused() {
			continue
		}
		callCtx, cancel := context.WithTimeout(ctx, callTimeout)
		c, err := n.Client(callCtx)
		var h common.Hash
		if err == nil {
			h, err = c.Submit(callCtx, rollup, fmt.Appendf(nil, "soak %d seed %d", i, *seed))
		}
		cancel()
		s.mu.Lock()
		if err == nil {
			s.accepted = append(s.accepted, h)
		} else {
			s.refused++
		}
		s.mu.Unlock()
	}
}

// watch checks the invariants every checkEvery until ctx ends.
func (s *soak) watch(ctx context.Context) {
	tick := time.NewTicker(checkEvery)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		faulty, _ := s.faulty.Load().(string)
		for _, n := range s.sys.Nodes {
			if n.Name() != faulty && n.Alive() && !n.Paused() {
				s.checkBlocks(ctx, n, 200)
			}
			s.checkSigningRecord(n)
		}
		s.checkL1(ctx, false)
		s.checkEvidence()
	}
}

func (s *soak) violate(format string, args ...any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.violations = append(s.violations, fmt.Sprintf("%s: ", time.Since(s.start).Round(time.Millisecond))+fmt.Sprintf(format, args...))
}

func (s *soak) hasViolations() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.violations) > 0
}

func (s *soak) count(check string) {
	s.mu.Lock()
	s.checks[check]++
	s.mu.Unlock()
}

// failIfViolated fails the test with the violations, the seed and the schedule.
func (s *soak) failIfViolated(when string) {
	s.t.Helper()
	s.mu.Lock()
	v := slices.Clone(s.violations)
	s.mu.Unlock()
	if len(v) == 0 {
		return
	}
	s.t.Fatalf("soak: invariants violated %s (replay: -soak.seed %d -soak.duration %s):\n  %s\nschedule:\n%s",
		when, *seed, *duration, strings.Join(v, "\n  "), formatSchedule(s.steps))
}

// formatSchedule is the schedule, a step a line.
func formatSchedule(steps []step) string {
	var b strings.Builder
	for _, st := range steps {
		fmt.Fprintf(&b, "  %s\n", st)
	}
	return b.String()
}

// checkBlocks compares node n's blocks above what was checked of it (at most limit) with the
// first seen at each height.
func (s *soak) checkBlocks(ctx context.Context, n *system.Node, limit uint64) {
	callCtx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	c, err := n.Client(callCtx)
	if err != nil {
		return
	}
	st, err := c.Status(callCtx)
	if err != nil {
		return
	}
	s.mu.Lock()
	from := s.checked[n.Name()] + 1
	s.mu.Unlock()
	to := min(st.Height, from+limit-1)
	for h := from; h <= to; h++ {
		blkCtx, cancel := context.WithTimeout(ctx, callTimeout)
		blk, err := c.GetBlock(blkCtx, h)
		cancel()
		if err != nil {
			return // the node went down; the next round goes on from here
		}
		got := [2]common.Hash{blk.BlockRoot, blk.AppHash}
		s.mu.Lock()
		want, ok := s.blocks[h]
		if !ok {
			s.blocks[h] = got
		}
		s.checked[n.Name()] = h
		s.checks["block agreement (block root, app hash) per height and node"]++
		s.mu.Unlock()
		if ok && want != got {
			s.violate("height %d: %s has block root %s app hash %s, another node %s %s", h, n.Name(), got[0], got[1], want[0], want[1])
		}
	}
}

// checkSigningRecord reads operator n's signing record and checks it never holds another digest
// for a number than any read before.
func (s *soak) checkSigningRecord(n *system.Node) {
	b, err := os.ReadFile(filepath.Join(n.Home, "data", "bls_signing_record.json"))
	if err != nil {
		return // not written yet, or replaced this instant: next round
	}
	var rec struct {
		Records []struct {
			Number uint64      `json:"number"`
			Digest common.Hash `json:"digest"`
		} `json:"records"`
	}
	if err := json.Unmarshal(b, &rec); err != nil {
		s.violate("%s's signing record does not decode: %v", n.Name(), err)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.signed[n.Name()]
	if m == nil {
		m = make(map[uint64]common.Hash)
		s.signed[n.Name()] = m
	}
	for _, r := range rec.Records {
		s.checks["signing record: one digest per number and operator"]++
		if prev, ok := m[r.Number]; ok && prev != r.Digest {
			s.violations = append(s.violations, fmt.Sprintf("%s signed digests %s and %s for checkpoint %d", n.Name(), prev, r.Digest, r.Number))
		}
		m[r.Number] = r.Digest
	}
}

// checkEvidence checks that the aggregator has found no equivocation.
func (s *soak) checkEvidence() {
	entries, err := os.ReadDir(filepath.Join(s.sys.Aggregator.DataDir, "evidence"))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		s.violate("read the aggregator's evidence folder: %v", err)
		return
	}
	s.count("aggregator evidence folder empty")
	if len(entries) > 0 {
		s.violate("the aggregator holds equivocation evidence: %d files, e.g. %s", len(entries), entries[0].Name())
	}
}

// checkL1 checks L1's new checkpoints: contiguous heights, the root every node that has cut the
// checkpoint cut (all nodes when final), and the time since the last one landed.
func (s *soak) checkL1(ctx context.Context, final bool) {
	callCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	opts := &bind.CallOpts{Context: callCtx}
	latest, err := s.l1.B.CheckpointRegistry.LatestCheckpointNumber(opts)
	if err != nil {
		return
	}
	s.mu.Lock()
	next, end := s.l1Checked+1, s.l1End
	if latest >= next && !final { // the final check comes after the wait for sequencing: no gap of L1's
		if gap := time.Since(s.l1At); gap > s.maxGap {
			s.maxGap, s.maxGapFrom, s.maxGapTo = gap, s.l1At.Sub(s.start), time.Since(s.start)
		}
		s.l1At = time.Now()
	} else if gap := time.Since(s.l1At); gap > maxCheckpointGap && !final {
		s.violations = append(s.violations, fmt.Sprintf("%s: no checkpoint landed on L1 for %s (latest %d)", time.Since(s.start).Round(time.Millisecond), gap.Round(time.Second), latest))
		s.l1At = time.Now() // once per gap
	}
	s.mu.Unlock()
	faulty, _ := s.faulty.Load().(string)
	for num := next; num <= latest; num++ {
		cp, err := s.l1.B.CheckpointRegistry.GetCheckpoint(opts, num)
		if err != nil {
			return
		}
		if cp.StartHeight != end+1 || cp.EndHeight < cp.StartHeight {
			s.violate("L1 checkpoint %d covers heights %d-%d after %d: not contiguous", num, cp.StartHeight, cp.EndHeight, end)
		}
		s.count("L1 checkpoints contiguous")
		for _, n := range s.sys.Nodes {
			if !final && (n.Name() == faulty || !n.Alive() || n.Paused()) {
				continue
			}
			c, err := n.Client(callCtx)
			if err != nil {
				continue
			}
			got, err := c.GetCheckpoint(callCtx, num)
			if err != nil {
				if final {
					s.violate("checkpoint %d on %s: %v", num, n.Name(), err)
				}
				continue
			}
			s.count("L1 checkpoint root = each node's root")
			if got.Checkpoint.Root != common.Hash(cp.Root) || got.Checkpoint.StartHeight != cp.StartHeight || got.Checkpoint.EndHeight != cp.EndHeight {
				s.violate("checkpoint %d: %s cut root %s heights %d-%d, L1 holds %x heights %d-%d", num, n.Name(),
					got.Checkpoint.Root, got.Checkpoint.StartHeight, got.Checkpoint.EndHeight, cp.Root, cp.StartHeight, cp.EndHeight)
			}
		}
		end = cp.EndHeight
		s.mu.Lock()
		s.l1Checked, s.l1End = num, end
		s.mu.Unlock()
	}
}

// final heals everything, waits for every node to catch up and every accepted transaction to
// be sequenced, and checks the invariants over the whole run.
func (s *soak) final() {
	t := s.t
	if err := s.net.Heal(); err != nil {
		s.violate("heal: %v", err)
	}
	for _, c := range s.sys.Children() {
		if c.Paused() {
			_ = c.Resume()
		}
		if !c.Alive() {
			if err := c.Start(); err != nil {
				s.violate("start %s: %v", c.Name(), err)
			}
		}
	}
	s.mu.Lock()
	accepted := slices.Clone(s.accepted)
	s.mu.Unlock()
	t.Logf("soak: faults over; %d transactions accepted; waiting for every node to sequence them", len(accepted))
	where := make(map[common.Hash]operatorapi.TxLocation, len(accepted))
	var top uint64
	for i, n := range s.sys.Nodes {
		c, err := n.Client(s.ctx)
		if err != nil {
			t.Fatal(err)
		}
		testutil.WaitFor(t, 3*time.Minute, fmt.Sprintf("%s to sequence the %d accepted transactions", n.Name(), len(accepted)), func() (bool, error) {
			missing := 0
			var example common.Hash
			for _, h := range accepted {
				if i > 0 {
					if _, ok := where[h]; !ok {
						continue // reported on op0 already
					}
				}
				callCtx, cancel := context.WithTimeout(s.ctx, callTimeout)
				res, err := c.GetTx(callCtx, h)
				cancel()
				if err != nil {
					missing++
					example = h
					continue
				}
				if i == 0 {
					where[h] = res.TxLocation
				} else if where[h] != res.TxLocation {
					return false, fmt.Errorf("tx %s at %+v on %s, %+v on op0", h, res.TxLocation, n.Name(), where[h])
				}
			}
			if missing > 0 {
				return false, fmt.Errorf("%d missing, e.g. %s", missing, example)
			}
			return true, nil
		})
		s.mu.Lock()
		s.checks["accepted transactions sequenced on every node at the same place"] += len(accepted)
		s.mu.Unlock()
		st, err := c.Status(s.ctx)
		if err != nil {
			t.Fatal(err)
		}
		top = max(top, st.Height)
	}
	// Exactly once: every batch of the rollup, counted.
	c, err := s.sys.Nodes[0].Client(s.ctx)
	if err != nil {
		t.Fatal(err)
	}
	times := make(map[common.Hash]int)
	for from := uint64(1); ; {
		heights, err := c.GetBatchHeights(s.ctx, rollup, from, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if len(heights) == 0 {
			break
		}
		for _, h := range heights {
			b, err := c.GetBatch(s.ctx, rollup, h)
			if err != nil {
				t.Fatal(err)
			}
			for _, tx := range b.TxHashes {
				times[tx]++
			}
		}
		from = heights[len(heights)-1] + 1
	}
	for _, h := range accepted {
		s.count("accepted transactions sequenced exactly once")
		if times[h] != 1 {
			s.violate("accepted transaction %s is sequenced %d times", h, times[h])
		}
	}
	for _, n := range s.sys.Nodes {
		testutil.WaitFor(t, 2*time.Minute, fmt.Sprintf("%s at height %d", n.Name(), top), func() (bool, error) {
			st, err := n.Status(s.ctx)
			return err == nil && st.Height >= top, err
		})
		for s.checkedHeight(n) < top {
			before := s.checkedHeight(n)
			s.checkBlocks(s.ctx, n, 1000)
			if s.checkedHeight(n) == before {
				t.Fatalf("%s: could not read its blocks past %d", n.Name(), before)
			}
		}
		s.checkSigningRecord(n)
	}
	s.checkL1(s.ctx, true)
	s.checkEvidence()
	it, err := s.l1.B.EquivocationSlasher.FilterEquivocationSlashed(&bind.FilterOpts{Context: s.ctx}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer it.Close()
	for it.Next() {
		s.violate("operator %s slashed on L1 for checkpoint %d", it.Event.Operator, it.Event.Number)
	}
	s.count("no equivocation slashed on L1")
	t.Logf("soak: all %d nodes agree up to height %d; L1 has checkpoints 1-%d", len(s.sys.Nodes), top, s.l1Checked)
}

func (s *soak) checkedHeight(n *system.Node) uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.checked[n.Name()]
}

// report logs the faults injected and the invariants checked.
func (s *soak) report() {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b strings.Builder
	fmt.Fprintf(&b, "soak passed: seed %d, %s; %d transactions accepted, %d submissions refused or failed (a node down or cut)\nfaults injected:\n",
		*seed, *duration, len(s.accepted), s.refused)
	for _, k := range kinds {
		fmt.Fprintf(&b, "  %-40s %d\n", k, s.injected[k])
	}
	fmt.Fprintf(&b, "invariants checked:\n")
	for _, k := range slices.Sorted(maps.Keys(s.checks)) {
		fmt.Fprintf(&b, "  %-66s %d\n", k, s.checks[k])
	}
	fmt.Fprintf(&b, "longest time between two checkpoints on L1: %s (bound %s), from %s to %s, during:\n",
		s.maxGap.Round(100*time.Millisecond), maxCheckpointGap, s.maxGapFrom.Round(100*time.Millisecond), s.maxGapTo.Round(100*time.Millisecond))
	for _, st := range s.steps {
		if st.At < s.maxGapTo && st.At+st.For > s.maxGapFrom-maxFault {
			fmt.Fprintf(&b, "  %s\n", st)
		}
	}
	s.t.Log(b.String())
}
