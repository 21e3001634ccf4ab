package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"os"
	"os/exec"
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
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/follower"
	"github.com/lockstep-xyz/lockstep/internal/proc"
	"github.com/lockstep-xyz/lockstep/internal/syncbuf"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/system"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// startSettlingNetwork is startNetwork plus the real aggregator (a `lockstep aggregator run`
// process) settling the nodes' checkpoints on L1.
func startSettlingNetwork(t *testing.T, interval uint64, runArgs ...string) *network {
	t.Helper()
	return startSystem(t, 4, interval, &system.AggregatorConfig{Args: []string{"--l1.poll", "50ms"}}, runArgs...)
}

// followProc is a `lockstep follow` process whose stdout is parsed line by line.
type followProc struct {
	t      *testing.T
	p      *proc.Proc
	stderr syncbuf.Buffer

	mu    sync.Mutex
	items []follower.Item
	at    []time.Time // when each item was read
	bad   []string    // stdout lines that are not items
}

func startFollowProc(t *testing.T, bin string, args ...string) *followProc {
	t.Helper()
	f := &followProc{t: t}
	p, err := proc.Start("follow", bin, append([]string{"--log.level", "debug", "follow"}, args...), proc.Options{
		Output: &f.stderr, StdoutLines: f.line,
	})
	if err != nil {
		t.Fatal(err)
	}
	f.p = p
	t.Cleanup(func() {
		f.stop(syscall.SIGKILL)
		if t.Failed() {
			t.Logf("follow %s stderr tail:\n%s", strings.Join(args, " "), f.logTail())
		}
	})
	return f
}

// line records one stdout line: an item, or a line that should not be there.
func (p *followProc) line(l string) {
	var it follower.Item
	err := json.Unmarshal([]byte(l), &it)
	p.mu.Lock()
	defer p.mu.Unlock()
	if err != nil || it.Kind == "" {
		p.bad = append(p.bad, l)
	} else {
		p.items = append(p.items, it)
		p.at = append(p.at, time.Now())
	}
}

// stop signals the process and waits for it to exit; it returns the exit error.
func (p *followProc) stop(sig syscall.Signal) error {
	select {
	case <-p.p.Done():
	default:
		_ = p.p.Signal(sig)
		select {
		case <-p.p.Done():
		case <-time.After(20 * time.Second):
			_ = p.p.Signal(syscall.SIGKILL)
			<-p.p.Done()
		}
	}
	return p.p.Err()
}

func (p *followProc) snapshot() []follower.Item {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.bad) > 0 {
		p.t.Errorf("follow printed lines that are not items: %q", p.bad)
		p.bad = nil
	}
	return slices.Clone(p.items)
}

// softAt returns when each transaction's soft item was read.
func (p *followProc) softAt() map[common.Hash]time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make(map[common.Hash]time.Time)
	for i, it := range p.items {
		if _, ok := out[it.TxHash]; !ok && it.Kind == follower.KindTx && it.Status == follower.Soft {
			out[it.TxHash] = p.at[i]
		}
	}
	return out
}

func (p *followProc) logs() string { return p.stderr.String() }

func (p *followProc) logTail() string {
	s := p.stderr.String()
	if len(s) > 8000 {
		s = s[len(s)-8000:]
	}
	return s
}

// wait waits until cond holds over the items printed so far, failing if the process exits.
func (p *followProc) wait(timeout time.Duration, what string, cond func([]follower.Item) bool) {
	p.t.Helper()
	testutil.WaitFor(p.t, timeout, what, func() (bool, error) {
		select {
		case <-p.p.Done():
			p.t.Fatalf("follow exited (%v) while waiting for %s:\n%s", p.p.Err(), what, p.logTail())
		default:
		}
		return cond(p.snapshot()), nil
	})
}

// firmHashes lists the transaction hashes of the firm tx items, in order.
func firmHashes(items []follower.Item) []common.Hash {
	var out []common.Hash
	for _, it := range items {
		if it.Kind == follower.KindTx && it.Status == follower.Firm {
			out = append(out, it.TxHash)
		}
	}
	return out
}

func itemsOf(items []follower.Item, k follower.Kind) []follower.Item {
	var out []follower.Item
	for _, it := range items {
		if it.Kind == k {
			out = append(out, it)
		}
	}
	return out
}

// hasAll reports whether every hash in want is among the firm items.
func hasAllFirm(want []common.Hash) func([]follower.Item) bool {
	return func(items []follower.Item) bool {
		got := make(map[common.Hash]bool)
		for _, h := range firmHashes(items) {
			got[h] = true
		}
		for _, h := range want {
			if !got[h] {
				return false
			}
		}
		return true
	}
}

// latencies sums up, over the transactions in sent, the time from submission to the soft item.
func latencies(sent, soft map[common.Hash]time.Time) string {
	var ds []time.Duration
	for h, t := range sent {
		if at, ok := soft[h]; ok {
			ds = append(ds, at.Sub(t))
		}
	}
	if len(ds) == 0 {
		return "none"
	}
	slices.Sort(ds)
	r := func(d time.Duration) time.Duration { return d.Round(time.Millisecond) }
	return fmt.Sprintf("%d txs: min %s, median %s, max %s", len(ds), r(ds[0]), r(ds[len(ds)/2]), r(ds[len(ds)-1]))
}

// rollupTxs reads rollup's batches from node, in order: what a follower must reproduce.
func rollupTxs(t *testing.T, ctx context.Context, node *opNode, rollup uint64) (hashes []common.Hash, heights map[common.Hash]uint64) {
	t.Helper()
	heights = make(map[common.Hash]uint64)
	hs, err := node.batchHeights(ctx, rollup, 1, operatorapi.MaxBatchHeights)
	if err != nil {
		t.Fatalf("node %d: %v", node.i, err)
	}
	for _, h := range hs {
		b, err := node.batch(ctx, rollup, h)
		if err != nil {
			t.Fatalf("node %d: %v", node.i, err)
		}
		verifyBatch(t, b)
		for _, tx := range b.Txs {
			hashes = append(hashes, commitment.TxHash(tx))
			heights[commitment.TxHash(tx)] = h
		}
	}
	return hashes, heights
}

// Happy path: transactions for two rollups, through the API's submit, `cast publish` and a
// cross-rollup bundle, are in the same order in every operator's batches; `lockstep follow`
// prints each soft, then firm once its checkpoint is on L1; the bundle's parts share a height.
// The follower over WebSocket has its batches pushed by a subscription; the soft latency of
// both (submission to soft line) is logged.
func TestE2EHappyPathFollower(t *testing.T) {
	testutil.SkipShort(t)
	start := time.Now()
	const interval = 5
	net := startSettlingNetwork(t, interval, "--consensus.empty-block-interval", "200ms")
	ctx, nodes := net.ctx, net.nodes

	// One follower per rollup, over HTTP and over WebSocket, with the default confirmations.
	flags := []string{"--deployment", net.deployment(), "--poll", "20ms", "--l1.poll", "50ms"}
	fa := startFollowProc(t, net.bin, append([]string{"--rollup", fmt.Sprint(rollupA), "--operator-rpc", nodes[0].apiURL()}, flags...)...)
	fb := startFollowProc(t, net.bin, append([]string{"--rollup", fmt.Sprint(rollupB), "--operator-rpc", nodes[1].wsURL()}, flags...)...)
	testutil.WaitFor(t, 30*time.Second, "the WebSocket follower's subscription", func() (bool, error) {
		return strings.Contains(fb.logs(), "subscribed to new batches"), nil
	})

	want := map[uint64][]common.Hash{}
	sentAt := map[common.Hash]time.Time{}
	for i := 0; i < 6; i++ {
		for _, r := range []uint64{rollupA, rollupB} {
			node := nodes[(i+int(r))%len(nodes)]
			payload := []byte(fmt.Sprintf("rollup %d tx %d", r, i))
			sent := time.Now()
			hash, err := node.submit(ctx, r, payload)
			if err != nil {
				t.Fatalf("submit to node %d: %v", node.i, err)
			}
			want[r] = append(want[r], hash)
			sentAt[hash] = sent
		}
	}
	// A signed EIP-1559 transaction for rollup A (its chain ID), published with cast.
	key, _ := crypto.GenerateKey()
	raw := signedEthTx(t, key, rollupA, 0)
	signedHash := crypto.Keccak256Hash(raw) // a typed transaction's hash
	castCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(castCtx, findCast(t), "publish", "--async", "--rpc-url", nodes[2].apiURL(), hexutil.Encode(raw)).CombinedOutput()
	if err != nil || !strings.Contains(string(out), signedHash.Hex()) {
		t.Fatalf("cast publish: %v\n%s", err, out)
	}
	want[rollupA] = append(want[rollupA], signedHash)
	// A cross-rollup bundle.
	parts := []operatorapi.Part{{RollupID: rollupA, Payload: []byte("bundle: A")}, {RollupID: rollupB, Payload: []byte("bundle: B")}}
	sent := time.Now()
	bundle, err := nodes[3].submitBundle(ctx, parts)
	if err != nil {
		t.Fatalf("submit bundle: %v", err)
	}
	sentAt[bundle[0]], sentAt[bundle[1]] = sent, sent
	want[rollupA] = append(want[rollupA], bundle[0])
	want[rollupB] = append(want[rollupB], bundle[1])
	// A rollup batcher's batch: one consensus transaction, each transaction its own.
	batchPayloads := [][]byte{[]byte("batch: B 1"), []byte("batch: B 2"), []byte("batch: B 3")}
	sent = time.Now()
	batched, err := bounded(ctx, func(ctx context.Context) ([]common.Hash, error) {
		return nodes[1].client().SubmitBatch(ctx, rollupB, batchPayloads)
	})
	if err != nil || len(batched) != len(batchPayloads) {
		t.Fatalf("submit batch: %v %v", batched, err)
	}
	for _, h := range batched {
		sentAt[h] = sent
	}
	want[rollupB] = append(want[rollupB], batched...)
	for _, r := range []uint64{rollupA, rollupB} {
		for _, h := range want[r] {
			net.waitTx(nodes[0], h, 30*time.Second)
		}
	}

	// The same order in every operator's batches.
	order := map[uint64][]common.Hash{}
	heights := map[common.Hash]uint64{}
	for _, r := range []uint64{rollupA, rollupB} {
		for _, n := range nodes {
			net.waitTx(n, want[r][len(want[r])-1], 30*time.Second)
			got, hs := rollupTxs(t, ctx, n, r)
			if n.i == 0 {
				order[r] = got
				maps.Copy(heights, hs)
				if len(got) != len(want[r]) {
					t.Fatalf("rollup %d: node 0 has %d transactions, %d were sent", r, len(got), len(want[r]))
				}
				continue
			}
			if !slices.Equal(got, order[r]) {
				t.Fatalf("rollup %d: node %d orders %v, node 0 %v", r, n.i, got, order[r])
			}
		}
	}
	if heights[bundle[0]] != heights[bundle[1]] {
		t.Fatalf("bundle parts at heights %d and %d", heights[bundle[0]], heights[bundle[1]])
	}
	if i := slices.Index(order[rollupB], batched[0]); i < 0 || !slices.Equal(order[rollupB][i:i+len(batched)], batched) || heights[batched[0]] != heights[batched[2]] {
		t.Fatalf("the batch's transactions are not consecutive in one block: order %v, batch %v", order[rollupB], batched)
	}
	t.Logf("%d + %d transactions in the same order on 4 nodes after %s", len(order[rollupA]), len(order[rollupB]), time.Since(start).Round(time.Millisecond))

	// Each follower prints its rollup's transactions soft, then firm, in the nodes' order.
	b, err := net.dn.Deployment.Bindings(net.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		p      *followProc
		rollup uint64
	}{{fa, rollupA}, {fb, rollupB}} {
		f.p.wait(90*time.Second, fmt.Sprintf("rollup %d firm", f.rollup), hasAllFirm(order[f.rollup]))
		items := f.p.snapshot()
		if got := firmHashes(items); !slices.Equal(got, order[f.rollup]) {
			t.Fatalf("rollup %d: follower's firm order %v, nodes' %v", f.rollup, got, order[f.rollup])
		}
		softAt, firmAt := map[common.Hash]int{}, map[common.Hash]int{}
		for i, it := range items {
			if it.Kind != follower.KindTx {
				continue
			}
			if it.RollupID != f.rollup || it.Height != heights[it.TxHash] || commitment.TxHash(it.Tx) != it.TxHash {
				t.Fatalf("item %+v: want rollup %d at height %d", it, f.rollup, heights[it.TxHash])
			}
			m := softAt
			if it.Status == follower.Firm {
				m = firmAt
				stored, err := b.CheckpointRegistry.GetCheckpoint(&bind.CallOpts{Context: ctx}, it.Checkpoint)
				if err != nil || uint64(stored.L1Block) != it.L1Block || it.Height < stored.StartHeight || it.Height > stored.EndHeight {
					t.Fatalf("firm item %+v: L1 has checkpoint %d = %+v (%v)", it, it.Checkpoint, stored, err)
				}
			}
			if _, dup := m[it.TxHash]; dup {
				t.Fatalf("%s item for %s printed twice", it.Status, it.TxHash)
			}
			m[it.TxHash] = i
		}
		for _, h := range order[f.rollup] {
			s, okS := softAt[h]
			fi, okF := firmAt[h]
			if !okS || !okF || s > fi {
				t.Fatalf("rollup %d tx %s: soft at line %d (%v), firm at line %d (%v)", f.rollup, h, s, okS, fi, okF)
			}
		}
		if n := len(itemsOf(items, follower.KindLie)) + len(itemsOf(items, follower.KindRetract)); n != 0 {
			t.Fatalf("rollup %d: %d lie/retract events with honest operators", f.rollup, n)
		}
		if cps := itemsOf(items, follower.KindCheckpoint); len(cps) == 0 || cps[0].Checkpoint != 1 || cps[0].StartHeight != 1 {
			t.Fatalf("rollup %d: checkpoint items %+v", f.rollup, cps)
		}
	}
	// The cast transaction is the signed bytes under its Ethereum hash; the bundle's parts are
	// firm at one height.
	var castItem, partA, partB follower.Item
	for _, it := range fa.snapshot() {
		if it.Kind == follower.KindTx && it.Status == follower.Firm {
			switch it.TxHash {
			case signedHash:
				castItem = it
			case bundle[0]:
				partA = it
			}
		}
	}
	for _, it := range fb.snapshot() {
		if it.Kind == follower.KindTx && it.Status == follower.Firm && it.TxHash == bundle[1] {
			partB = it
		}
	}
	if !bytes.Equal(castItem.Tx, raw) {
		t.Fatalf("cast transaction printed as %x", castItem.Tx)
	}
	if partA.Height == 0 || partA.Height != partB.Height {
		t.Fatalf("bundle parts firm at heights %d and %d", partA.Height, partB.Height)
	}
	// The WebSocket follower's batches were pushed (a batch committed in the moment of one of
	// its rare checking polls could be polled instead, not all of them).
	if !strings.Contains(fb.logs(), "via=subscription") {
		t.Fatalf("no soft batch of the WebSocket follower came by its subscription:\n%s", fb.logTail())
	}
	t.Logf("soft latency, submission to soft line: over HTTP (--poll 20ms) %s; over WebSocket (subscription) %s",
		latencies(sentAt, fa.softAt()), latencies(sentAt, fb.softAt()))
	for _, p := range []*followProc{fa, fb} {
		if err := p.stop(syscall.SIGTERM); err != nil {
			t.Fatalf("follow exited with %v on SIGTERM:\n%s", err, p.logTail())
		}
	}
	t.Logf("both followers printed every transaction soft then firm; %s in all", time.Since(start).Round(time.Millisecond))
}

// Lying operator: one node serves tampered batches (consistent with its own forged roots). The
// follower pointed at it first and at an honest node second prints the forgery soft, catches it
// against the L1 root, reports it, withdraws it, switches, and its firm output is the honest data.
func TestE2ELyingOperator(t *testing.T) {
	testutil.SkipShort(t)
	start := time.Now()
	const interval = 5
	net := startSettlingNetwork(t, interval, "--consensus.empty-block-interval", "200ms")
	ctx, liar, honest := net.ctx, net.nodes[3], net.nodes[0]
	liar.restart(func(nc *system.NodeConfig) { // the faults build: a lying operator
		nc.Faulty = true
		nc.Args = append(nc.Args, "--fault", "tamper-batches")
	})
	testutil.WaitFor(t, 30*time.Second, "the tampering node to catch up", func() (bool, error) {
		h, err := honest.status(ctx)
		if err != nil {
			return false, err
		}
		l, err := liar.status(ctx)
		// Caught up to the height, not only the checkpoint: a liar a few heights behind answers
		// the follower's first checkpoint "not cut yet" and loses it to the honest node.
		return err == nil && h.LastCheckpoint > 0 && l.LastCheckpoint >= h.LastCheckpoint && l.Height >= h.Height && !l.CatchingUp, err
	})

	// The follower first, so that it sees the batches soft before their checkpoint lands. The
	// restarted liar can trail the others by a checkpoint for a moment; a short --failback brings
	// the follower back to it after such a miss instead of leaving it on the honest node.
	f := startFollowProc(t, net.bin, "--rollup", fmt.Sprint(rollupA), "--operator-rpc", liar.apiURL(), "--operator-rpc", honest.apiURL(),
		"--deployment", net.deployment(), "--confirmations", "0", "--poll", "20ms", "--l1.poll", "50ms", "--failback", "200ms")
	// Submit only once the follower is at the head: its firm checkpoint is the last one the
	// honest node cut. Submitted while it still starts, the transactions' checkpoint can be on
	// L1 before the follower reaches their height, and it then checks the liar's batch against
	// L1 at once and never prints the forgery soft.
	testutil.WaitFor(t, 30*time.Second, "the follower to reach the head", func() (bool, error) {
		h, err := honest.status(ctx)
		if err != nil {
			return false, err
		}
		select {
		case <-f.p.Done():
			t.Fatalf("follow exited (%v):\n%s", f.p.Err(), f.logTail())
		default:
		}
		cps := itemsOf(f.snapshot(), follower.KindCheckpoint)
		return len(cps) > 0 && cps[len(cps)-1].Checkpoint >= h.LastCheckpoint, nil
	})
	var sent []common.Hash
	for i := 0; i < 4; i++ {
		hash, err := net.nodes[i%3].submit(ctx, rollupA, []byte(fmt.Sprintf("honest tx %d", i)))
		if err != nil {
			t.Fatal(err)
		}
		sent = append(sent, hash)
	}
	f.wait(60*time.Second, "the honest transactions firm", hasAllFirm(sent))
	items := f.snapshot()

	lies := itemsOf(items, follower.KindLie)
	if len(lies) != 1 || lies[0].Operator != liar.apiURL() || lies[0].Reason == "" {
		t.Fatalf("lie events %+v, want one naming %s", lies, liar.apiURL())
	}
	lieAt := slices.IndexFunc(items, func(it follower.Item) bool { return it.Kind == follower.KindLie })
	// Before the lie: the forgery, soft, from the liar.
	tampered := map[uint64]bool{}
	for _, it := range items[:lieAt] {
		if it.Kind == follower.KindTx {
			if it.Status != follower.Soft || it.Source != liar.apiURL() {
				t.Fatalf("before the lie: %+v", it)
			}
			if bytes.HasPrefix(it.Tx, []byte("TAMPERED:")) {
				tampered[it.Height] = true
			}
		}
	}
	if len(tampered) == 0 {
		t.Fatalf("no tampered soft item before the lie was caught:\n%+v", items[:lieAt])
	}
	// After it: every tampered height withdrawn, then honest data only.
	retracted := map[uint64]bool{}
	for _, it := range items[lieAt+1:] {
		switch it.Kind {
		case follower.KindRetract:
			if it.Source != liar.apiURL() {
				t.Fatalf("retract of %s's items", it.Source)
			}
			retracted[it.Height] = true
		case follower.KindTx:
			if it.Source != honest.apiURL() || bytes.HasPrefix(it.Tx, []byte("TAMPERED:")) {
				t.Fatalf("after the lie: %+v", it)
			}
			if tampered[it.Height] && !retracted[it.Height] {
				t.Fatalf("height %d printed again before its tampered items were withdrawn", it.Height)
			}
		}
	}
	for h := range tampered {
		if !retracted[h] {
			t.Fatalf("tampered height %d never withdrawn", h)
		}
	}
	honestOrder, _ := rollupTxs(t, ctx, honest, rollupA)
	if got := firmHashes(items); !slices.Equal(got, honestOrder) {
		t.Fatalf("firm %v, the honest node has %v", got, honestOrder)
	}
	t.Logf("lie caught (%s), %d heights withdrawn, firm output equals the honest node's; %s in all",
		lies[0].Reason, len(retracted), time.Since(start).Round(time.Millisecond))
}

// Resume: `lockstep follow --state` stopped under load and restarted continues after the last
// firm checkpoint: over both runs every firm transaction is printed once, with no gap.
func TestE2EFollowerResume(t *testing.T) {
	testutil.SkipShort(t)
	const interval = 5
	net := startSettlingNetwork(t, interval, "--consensus.empty-block-interval", "200ms")
	ctx := net.ctx
	b, err := net.dn.Deployment.Bindings(net.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	latestOnL1 := func() uint64 {
		n, err := b.CheckpointRegistry.LatestCheckpointNumber(&bind.CallOpts{Context: ctx})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	state := filepath.Join(t.TempDir(), "follow.state")
	args := []string{"--rollup", fmt.Sprint(rollupA), "--operator-rpc", net.nodes[0].apiURL(), "--operator-rpc", net.nodes[1].apiURL(),
		"--deployment", net.deployment(), "--state", state, "--confirmations", "0", "--poll", "20ms", "--l1.poll", "50ms"}
	l := startLoad(net, 40)
	defer l.stop()

	f1 := startFollowProc(t, net.bin, args...)
	f1.wait(60*time.Second, "two firm checkpoints", func(items []follower.Item) bool { return len(itemsOf(items, follower.KindCheckpoint)) >= 2 })
	if err := f1.stop(syscall.SIGTERM); err != nil {
		t.Fatalf("follow exited with %v on SIGTERM", err)
	}
	run1 := f1.snapshot()
	cps1 := itemsOf(run1, follower.KindCheckpoint)
	lastCP := cps1[len(cps1)-1].Checkpoint
	// L1 moves on while the follower is down.
	testutil.WaitFor(t, 60*time.Second, "two more checkpoints on L1", func() (bool, error) { return latestOnL1() >= lastCP+2, nil })

	f2 := startFollowProc(t, net.bin, args...)
	f2.wait(60*time.Second, "the follower to catch up", func(items []follower.Item) bool {
		cps := itemsOf(items, follower.KindCheckpoint)
		return len(cps) > 0 && cps[len(cps)-1].Checkpoint >= lastCP+2
	})
	accepted := l.stop()
	for h := range accepted {
		net.waitTx(net.nodes[0], h, 30*time.Second)
	}
	order, heights := rollupTxs(t, ctx, net.nodes[0], rollupA)
	var rest []common.Hash // what the second run must print firm
	for _, h := range order {
		if heights[h] > cps1[len(cps1)-1].EndHeight {
			rest = append(rest, h)
		}
	}
	if len(rest) == 0 {
		t.Fatal("no transaction of rollup A after the restart")
	}
	f2.wait(60*time.Second, "every later transaction of rollup A firm", hasAllFirm(rest))
	run2 := f2.snapshot()
	if err := f2.stop(syscall.SIGTERM); err != nil {
		t.Fatalf("follow exited with %v on SIGTERM", err)
	}

	// Checkpoints: 1, 2, ... over both runs, each once.
	var cps []uint64
	for _, it := range append(cps1, itemsOf(run2, follower.KindCheckpoint)...) {
		cps = append(cps, it.Checkpoint)
	}
	for i, n := range cps {
		if n != uint64(i+1) {
			t.Fatalf("checkpoints over both runs: %v", cps)
		}
	}
	// Firm transactions: the node's order up to the last firm checkpoint exactly, each once.
	// The node's order is read again: a submission the load abandoned when it stopped may still
	// have been sequenced after the first read, and be firm in the follower's output by now.
	cps2 := itemsOf(run2, follower.KindCheckpoint)
	lastEnd := cps2[len(cps2)-1].EndHeight
	testutil.WaitFor(t, 30*time.Second, "node 0 at the last firm checkpoint's height", func() (bool, error) {
		st, err := net.nodes[0].status(ctx)
		return err == nil && st.Height >= lastEnd, nil
	})
	order, heights = rollupTxs(t, ctx, net.nodes[0], rollupA)
	order = slices.DeleteFunc(order, func(h common.Hash) bool { return heights[h] > lastEnd })
	if got := append(firmHashes(run1), firmHashes(run2)...); !slices.Equal(got, order) {
		t.Fatalf("firm over both runs (%d + %d) differs from the node's %d transactions up to height %d", len(firmHashes(run1)), len(firmHashes(run2)), len(order), lastEnd)
	}
	// The second run starts firm after the first run's last checkpoint.
	if first := run2[slices.IndexFunc(run2, func(it follower.Item) bool { return it.Status == follower.Firm })]; first.Height <= cps1[len(cps1)-1].EndHeight {
		t.Fatalf("second run's first firm item at height %d, first run ended at %d", first.Height, cps1[len(cps1)-1].EndHeight)
	}
	t.Logf("%d transactions firm over two runs (%d checkpoints, restart after checkpoint %d), %d accepted in all",
		len(order), len(cps), lastCP, len(accepted))
}

// headCounter counts L1 head reads, so the test can wait for the follower to have polled.
type headCounter struct {
	*ethclient.Client
	heads atomic.Int64
}

func (c *headCounter) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if n == nil {
		c.heads.Add(1)
	}
	return c.Client.HeaderByNumber(ctx, n)
}

// L1 reorgs: the follower package against anvil and four operator nodes; this test submits the
// checkpoints itself (signed with the operators' keys) to control the L1 blocks. A checkpoint
// seen on L1 and removed by a reorg (evm_revert) before its confirmations is not firm; stored
// again, it is firm exactly once, in the block that stores it now.
func TestE2EFollowerL1Reorg(t *testing.T) {
	testutil.SkipShort(t)
	const interval, confirmations = 5, 2
	net := startNetwork(t, 4, interval, "--consensus.empty-block-interval", "200ms")
	ctx := net.ctx
	bnd, err := net.dn.Deployment.Bindings(net.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	reader, err := net.dn.Deployment.SignatureCheckReader(net.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	e := &testenv.Env{T: t, Ctx: ctx, DN: net.dn, D: net.dn.Deployment, B: bnd, Reader: reader}
	e.Aggregator = e.Transactor(1)

	// One transaction in each of the first three checkpoints (heights advance every 200 ms).
	for i := uint64(0); i < 3; i++ {
		net.waitHeight(i*interval+1, 30*time.Second)
		hash, err := net.nodes[i].submit(ctx, rollupA, []byte(fmt.Sprintf("reorg test %d", i)))
		if err != nil {
			t.Fatal(err)
		}
		net.waitTx(net.nodes[0], hash, 30*time.Second)
	}
	net.waitHeight(3*interval, 30*time.Second)
	order, heights := rollupTxs(t, ctx, net.nodes[0], rollupA)
	inCP2 := 0
	for _, h := range heights {
		if (h+interval-1)/interval == 2 {
			inCP2++
		}
	}
	if inCP2 == 0 {
		t.Fatalf("no transaction in checkpoint 2 (heights %v): the reorg would remove nothing", heights)
	}

	// submit stores the nodes' checkpoint n on L1, signed by every operator; it returns the block.
	submit := func(n uint64) uint64 {
		t.Helper()
		cp, err := net.nodes[1].checkpoint(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		ref := e.RefBlock()
		in := e.Aggregate(ref, e.Sign(cp.Checkpoint, e.D.Operators...))
		return e.MustSubmit(cp.Checkpoint, ref, in.Params).BlockNumber.Uint64()
	}
	mine := func(n uint64) {
		t.Helper()
		if err := net.dn.Mine(ctx, n); err != nil {
			t.Fatal(err)
		}
	}

	l1 := &headCounter{Client: net.dn.Client}
	logs := &syncbuf.Buffer{}
	cfg := follower.DefaultConfig(rollupA, []string{net.nodes[0].apiURL()}, e.D.Contracts.CheckpointRegistry)
	cfg.Confirmations, cfg.PollInterval, cfg.L1PollInterval = confirmations, 10*time.Millisecond, 10*time.Millisecond
	cfg.Logger = slog.New(slog.NewTextHandler(logs, nil))
	f, err := follower.New(cfg, l1)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var items []follower.Item
	runCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { // owned: the cleanup waits for it
		done <- f.Run(runCtx, func(it follower.Item) error {
			mu.Lock()
			defer mu.Unlock()
			items = append(items, it)
			return nil
		})
	}()
	t.Cleanup(func() {
		stop()
		<-done
		if t.Failed() || os.Getenv("LOCKSTEP_TEST_LOGS") != "" {
			t.Logf("follower log:\n%s", logs.String())
		}
	})
	snapshot := func() []follower.Item {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(items)
	}
	waitItems := func(what string, cond func([]follower.Item) bool) {
		t.Helper()
		testutil.WaitFor(t, 30*time.Second, what, func() (bool, error) {
			select {
			case err := <-done:
				t.Fatalf("Run ended: %v", err)
			default:
			}
			return cond(snapshot()), nil
		})
	}
	// waitPolls waits for the follower to read the L1 head a few more times: it has seen what
	// L1 shows now.
	waitPolls := func() {
		t.Helper()
		target := l1.heads.Load() + 3
		testutil.WaitFor(t, 30*time.Second, "follower L1 polls", func() (bool, error) { return l1.heads.Load() >= target, nil })
	}
	checkpointItems := func(n uint64) []follower.Item {
		var out []follower.Item
		for _, it := range itemsOf(snapshot(), follower.KindCheckpoint) {
			if it.Checkpoint == n {
				out = append(out, it)
			}
		}
		return out
	}

	waitItems("soft items", func(items []follower.Item) bool {
		n := 0
		for _, it := range items {
			if it.Kind == follower.KindTx && it.Status == follower.Soft {
				n++
			}
		}
		return n == len(order)
	})
	// Checkpoint 1, confirmed normally.
	submit(1)
	mine(confirmations)
	waitItems("checkpoint 1 firm", func([]follower.Item) bool { return len(checkpointItems(1)) == 1 })

	// Checkpoint 2, seen, then removed by a reorg before its confirmations.
	var snap hexutil.Big
	if err := net.dn.Node.RPC().CallContext(ctx, &snap, "evm_snapshot"); err != nil {
		t.Fatalf("evm_snapshot: %v", err)
	}
	seenIn := submit(2)
	testutil.WaitFor(t, 30*time.Second, "checkpoint 2 seen", func() (bool, error) {
		return strings.Contains(logs.String(), "checkpoint seen on L1, firm once confirmed") && strings.Contains(logs.String(), "checkpoint=2"), nil
	})
	mine(confirmations - 1)
	waitPolls()
	var reverted bool
	if err := net.dn.Node.RPC().CallContext(ctx, &reverted, "evm_revert", &snap); err != nil || !reverted {
		t.Fatalf("evm_revert: %v %v", reverted, err)
	}
	mine(confirmations + 1) // past where checkpoint 2 would have been confirmed
	waitPolls()
	if !strings.Contains(logs.String(), "L1 reorg removed a checkpoint before it was confirmed") &&
		!strings.Contains(logs.String(), "L1 reorg replaced the block that stored a checkpoint") {
		t.Fatal("the reorg went unnoticed")
	}
	if n := len(checkpointItems(2)); n != 0 {
		t.Fatalf("checkpoint 2 firm after a reorg removed it: %+v", checkpointItems(2))
	}
	for _, it := range snapshot() {
		if it.Kind == follower.KindTx && it.Status == follower.Firm && it.Checkpoint == 2 {
			t.Fatalf("firm item of the removed checkpoint: %+v", it)
		}
	}

	// Stored again (by a new transactor: the revert rewound the account's nonce).
	e.Aggregator = e.Transactor(1)
	storedIn := submit(2)
	if storedIn == seenIn {
		t.Fatalf("stored again in the same block %d", storedIn)
	}
	mine(confirmations - 1)
	waitPolls()
	if n := len(checkpointItems(2)); n != 0 {
		t.Fatal("checkpoint 2 firm before its confirmations")
	}
	mine(1)
	waitItems("checkpoint 2 firm", func([]follower.Item) bool { return len(checkpointItems(2)) == 1 })
	submit(3)
	mine(confirmations)
	waitItems("checkpoint 3 firm", func([]follower.Item) bool { return len(checkpointItems(3)) == 1 })

	all := snapshot()
	if cp := checkpointItems(2)[0]; cp.L1Block != storedIn {
		t.Fatalf("checkpoint 2 firm in L1 block %d, stored again in %d (first seen in %d)", cp.L1Block, storedIn, seenIn)
	}
	if got := firmHashes(all); !slices.Equal(got, order) {
		t.Fatalf("firm %v, the node has %v", got, order)
	}
	for _, it := range all {
		if it.Kind == follower.KindTx && it.Status == follower.Firm {
			wantCP := (heights[it.TxHash] + interval - 1) / interval
			if it.Checkpoint != wantCP || (wantCP == 2 && it.L1Block != storedIn) {
				t.Fatalf("firm item %+v: want checkpoint %d (stored again in block %d)", it, wantCP, storedIn)
			}
		}
	}
	if n := len(itemsOf(all, follower.KindLie)) + len(itemsOf(all, follower.KindRetract)); n != 0 {
		t.Fatalf("%d lie/retract events", n)
	}
}
