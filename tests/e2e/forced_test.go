package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/follower"
	"github.com/lockstep-xyz/lockstep/internal/proc"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/system"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// forceLine is one JSON line of `lockstep force --json`.
type forceLine struct {
	Event      string      `json:"event"`
	InboxIndex uint64      `json:"inboxIndex"`
	RollupID   uint64      `json:"rollupId"`
	TxHash     common.Hash `json:"txHash"`
	L1Block    uint64      `json:"l1Block"`
	Deadline   uint64      `json:"deadline"`
	Height     uint64      `json:"height"`
	Index      *uint32     `json:"index"`
	Checkpoint uint64      `json:"checkpoint"`
	ByL1       bool        `json:"byL1"`
	ElapsedMs  int64       `json:"elapsedMs"`
}

// runForce runs `lockstep force --json` to completion (queued, then soft and firm unless
// --no-wait is in args) and returns its lines by event.
func (net *network) runForce(t *testing.T, timeout time.Duration, payload []byte, args ...string) map[string]forceLine {
	t.Helper()
	ctx, cancel := context.WithTimeout(net.ctx, timeout+30*time.Second)
	defer cancel()
	ks, pw, err := net.sys.L1Keystore(5)
	if err != nil {
		t.Fatal(err)
	}
	argv := append(append([]string{"force", "--json", "--rollup", fmt.Sprint(rollupA), "--payload", hexutil.Encode(payload),
		"--deployment", net.deployment(), "--timeout", timeout.String()}, system.KeyArgs(ks, pw)...), args...)
	out, err := proc.Run(ctx, net.bin, argv)
	if err != nil {
		t.Fatalf("lockstep %s: %v\n%s", strings.Join(argv, " "), err, out)
	}
	lines := make(map[string]forceLine)
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		var l forceLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil || l.Event == "" {
			t.Fatalf("lockstep force printed %q", sc.Text())
		}
		lines[l.Event] = l
	}
	if _, ok := lines["queued"]; !ok {
		t.Fatalf("lockstep force did not report the entry queued:\n%s", out)
	}
	return lines
}

// forcedItems are a follower's firm items of the forced transaction hash.
func forcedItems(items []follower.Item, hash common.Hash) []follower.Item {
	var out []follower.Item
	for _, it := range items {
		if it.Kind == follower.KindTx && it.Status == follower.Firm && it.TxHash == hash {
			out = append(out, it)
		}
	}
	return out
}

// The fast path: a transaction sent only through the L1 inbox is ordered by the operators within
// a few L1 blocks, soft, then firm with its checkpoint, at the same position on every node and in
// two followers; and a checkpoint whose forced accumulator differs from the inbox's is refused on
// L1.
func TestE2EForcedInclusion(t *testing.T) {
	testutil.SkipShort(t)
	const interval = 5
	net := startSettlingNetwork(t, interval, "--consensus.empty-block-interval", "200ms")
	ctx := net.ctx
	var follows []*followProc
	for _, n := range net.nodes[:2] {
		follows = append(follows, startFollowProc(t, net.bin, "--rollup", fmt.Sprint(rollupA), "--operator-rpc", n.apiURL(),
			"--deployment", net.deployment(), "--l1.poll", "100ms", "--failback", "200ms"))
	}

	payload := []byte("forced through L1 only")
	res := net.runForce(t, 2*time.Minute, payload, "--operator-rpc", net.nodes[0].apiURL())
	q, soft, firm := res["queued"], res["soft"], res["firm"]
	t.Logf("lockstep force: queued in L1 block %d after %d ms, soft at height %d after %d ms, firm in checkpoint %d (L1 block %d) after %d ms",
		q.L1Block, q.ElapsedMs, soft.Height, soft.ElapsedMs, firm.Checkpoint, firm.L1Block, firm.ElapsedMs)
	if q.TxHash != commitment.TxHash(payload) || soft.Height == 0 || soft.Index == nil || *soft.Index != 0 {
		t.Fatalf("lockstep force: queued %+v, soft %+v", q, soft)
	}
	if firm.ByL1 || firm.Checkpoint == 0 || firm.L1Block >= q.Deadline {
		t.Fatalf("firm %+v: want a checkpoint stored before the deadline %d", firm, q.Deadline)
	}
	// The block that ordered it records an L1 origin at or after the block that queued it.
	blk, err := net.nodes[0].block(ctx, soft.Height)
	if err != nil {
		t.Fatal(err)
	}
	if blk.Meta.L1Origin.Number < q.L1Block || blk.Meta.ForcedCount <= q.InboxIndex || len(blk.Forced) == 0 || blk.Meta.TimeMs == 0 {
		t.Fatalf("block %d: meta %+v, forced %v; the entry was queued in L1 block %d", soft.Height, blk.Meta, blk.Forced, q.L1Block)
	}
	// Same position on every node.
	for _, n := range net.nodes {
		loc, err := n.tx(ctx, q.TxHash)
		if err != nil || loc.Height != soft.Height || loc.RollupID != rollupA || loc.Index != 0 {
			t.Fatalf("node %d has the forced transaction at %+v (%v), node 0 at height %d index 0", n.i, loc, err, soft.Height)
		}
	}
	for i, f := range follows {
		f.wait(time.Minute, "the forced transaction firm", func(items []follower.Item) bool { return len(forcedItems(items, q.TxHash)) > 0 })
		its := forcedItems(f.snapshot(), q.TxHash)
		it := its[0]
		if len(its) != 1 || !it.Forced || it.InboxIndex == nil || *it.InboxIndex != q.InboxIndex || it.Height != soft.Height || it.Index != 0 ||
			it.Checkpoint != firm.Checkpoint || it.Source == follower.SourceL1 {
			t.Fatalf("follower %d: forced items %+v; want one, at height %d index 0, checkpoint %d", i, its, soft.Height, firm.Checkpoint)
		}
	}

	// A checkpoint the operators signed, but with another forced accumulator, is refused.
	if err := net.sys.Aggregator.Kill(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	env := net.l1Env(t)
	latest, err := env.B.CheckpointRegistry.LatestCheckpointNumber(env.Call())
	if err != nil {
		t.Fatal(err)
	}
	var cp commitment.Checkpoint
	testutil.WaitFor(t, 30*time.Second, fmt.Sprintf("the nodes to cut checkpoint %d", latest+1), func() (bool, error) {
		res, err := net.nodes[0].checkpoint(ctx, latest+1)
		if err == nil {
			cp = res.Checkpoint
		}
		return err == nil, nil
	})
	cp.ForcedAcc = testenv.Root("not the inbox's accumulator")
	ref := env.RefBlock()
	sig := env.Aggregate(ref, env.Sign(cp, env.D.Operators...))
	_, err = env.Submit(cp, ref, sig.Params)
	args := testenv.WantRevert(t, err, "ForcedAccumulatorMismatch")
	t.Logf("refused: %s", chainio.FormatRevert(err))
	if len(args) != 2 {
		t.Fatalf("ForcedAccumulatorMismatch%v", args)
	}
}

// l1Env is the test environment over the system's devnet: bindings, signing, aggregation.
func (net *network) l1Env(t *testing.T) *testenv.Env {
	t.Helper()
	b, err := net.dn.Deployment.Bindings(net.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	reader, err := net.dn.Deployment.SignatureCheckReader(net.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	e := &testenv.Env{T: t, Ctx: net.ctx, DN: net.dn, D: net.dn.Deployment, B: b, Reader: reader}
	e.Aggregator = e.Transactor(6)
	return e
}

// Censoring operators (every node ignores the inbox): the forced transaction still comes out of
// two independent followers firm D L1 blocks after it was queued, at the same position, and only
// once after the operators, restarted honest, order it. Then the escape hatch: with every
// operator stopped, a forced transaction becomes firm from L1 alone.
func TestE2EForcedInclusionCensored(t *testing.T) {
	testutil.SkipShort(t)
	const interval = 5
	net := startSettlingNetwork(t, interval, "--consensus.empty-block-interval", "200ms")
	ctx := net.ctx
	for _, n := range net.nodes {
		n.restart(func(nc *system.NodeConfig) {
			nc.Faulty = true
			nc.Args = append(nc.Args, "--fault", "ignore-inbox")
		})
	}
	net.waitRestarted(2 * interval)
	var follows []*followProc
	for _, n := range []*opNode{net.nodes[0], net.nodes[3]} {
		follows = append(follows, startFollowProc(t, net.bin, "--rollup", fmt.Sprint(rollupA), "--operator-rpc", n.apiURL(),
			"--deployment", net.deployment(), "--l1.poll", "100ms", "--failback", "200ms"))
	}
	env := net.l1Env(t)
	d, err := env.B.CheckpointRegistry.ForcedInclusionDelay(env.Call())
	if err != nil {
		t.Fatal(err)
	}

	payload := []byte("censored, forced anyway")
	q := net.runForce(t, time.Minute, payload, "--no-wait")["queued"]
	// L1 moves on: the nodes' checkpoints (stale origin, nothing visible) and empty blocks.
	if err := net.dn.Mine(ctx, uint64(d)+2); err != nil {
		t.Fatal(err)
	}
	var pos []follower.Item
	for i, f := range follows {
		f.wait(time.Minute, "the censored transaction firm from L1", func(items []follower.Item) bool { return len(forcedItems(items, q.TxHash)) > 0 })
		it := forcedItems(f.snapshot(), q.TxHash)[0]
		if it.Source != follower.SourceL1 || !it.Forced || it.L1Block != q.Deadline || *it.InboxIndex != q.InboxIndex {
			t.Fatalf("follower %d: %+v; want firm from L1 at the deadline %d", i, it, q.Deadline)
		}
		pos = append(pos, it)
	}
	if pos[0].Height != pos[1].Height {
		t.Fatalf("the followers put it after heights %d and %d", pos[0].Height, pos[1].Height)
	}
	// Nobody ordered it.
	if _, err := net.nodes[1].tx(ctx, q.TxHash); err == nil {
		t.Fatal("a censoring node ordered the forced transaction")
	}

	// Honest again: the nodes order the entry (late), a checkpoint covers it, the followers do not
	// print it again.
	for _, n := range net.nodes {
		n.restart(func(nc *system.NodeConfig) { nc.Faulty, nc.Args = false, dropFault(nc.Args) })
	}
	net.waitRestarted(1)
	var loc uint64
	testutil.WaitFor(t, time.Minute, "the honest nodes to order the forced entry", func() (bool, error) {
		res, err := net.nodes[2].tx(ctx, q.TxHash)
		if err == nil {
			loc = res.Height
		}
		return err == nil, nil
	})
	testutil.WaitFor(t, time.Minute, "a checkpoint covering the entry on L1", func() (bool, error) {
		n, err := env.B.CheckpointRegistry.LatestForcedCount(env.Call())
		return err == nil && n > q.InboxIndex, err
	})
	covering, err := env.B.CheckpointRegistry.LatestCheckpointNumber(env.Call())
	if err != nil {
		t.Fatal(err)
	}
	if err := net.dn.Mine(ctx, 2); err != nil { // confirmations
		t.Fatal(err)
	}
	for i, f := range follows {
		f.wait(time.Minute, fmt.Sprintf("checkpoint %d", covering), func(items []follower.Item) bool {
			return len(itemsOf(items, follower.KindCheckpoint)) > 0 && itemsOf(items, follower.KindCheckpoint)[len(itemsOf(items, follower.KindCheckpoint))-1].Checkpoint >= covering
		})
		if its := forcedItems(f.snapshot(), q.TxHash); len(its) != 1 {
			t.Fatalf("follower %d printed the forced transaction %d times (ordered late at height %d): %+v", i, len(its), loc, its)
		}
	}

	// The escape hatch: the aggregator and every operator stopped.
	if err := net.sys.Aggregator.Kill(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	stored, err := env.B.CheckpointRegistry.LatestCheckpointNumber(env.Call())
	if err != nil {
		t.Fatal(err)
	}
	if err := net.dn.Mine(ctx, 2); err != nil {
		t.Fatal(err)
	}
	for _, f := range follows { // every stored checkpoint firm before the operators go
		f.wait(time.Minute, fmt.Sprintf("checkpoint %d", stored), func(items []follower.Item) bool {
			cps := itemsOf(items, follower.KindCheckpoint)
			return len(cps) > 0 && cps[len(cps)-1].Checkpoint >= stored
		})
	}
	for _, n := range net.nodes {
		n.kill(syscall.SIGTERM)
	}
	hatch := []byte("escape hatch")
	q2 := net.runForce(t, time.Minute, hatch, "--no-wait")["queued"]
	if err := net.dn.Mine(ctx, uint64(d)+2); err != nil {
		t.Fatal(err)
	}
	for i, f := range follows {
		f.wait(time.Minute, "the forced transaction firm with every operator stopped", func(items []follower.Item) bool {
			return len(forcedItems(items, q2.TxHash)) > 0
		})
		it := forcedItems(f.snapshot(), q2.TxHash)[0]
		if it.Source != follower.SourceL1 || it.L1Block != q2.Deadline {
			t.Fatalf("follower %d: %+v", i, it)
		}
	}
}

// waitRestarted waits until every node answers again and has advanced by heights past the
// highest height any of them had.
func (net *network) waitRestarted(by uint64) {
	net.t.Helper()
	var top uint64
	for _, n := range net.nodes {
		if s, err := n.status(net.ctx); err == nil {
			top = max(top, s.Height)
		}
	}
	testutil.WaitFor(net.t, time.Minute, fmt.Sprintf("every node restarted and past height %d", top+by), func() (bool, error) {
		for _, n := range net.nodes {
			s, err := n.status(net.ctx)
			if err != nil || s.Height < top+by {
				return false, nil
			}
		}
		return true, nil
	})
}

// dropFault removes the --fault flags from a node's arguments.
func dropFault(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		if args[i] == "--fault" {
			i++
			continue
		}
		out = append(out, args[i])
	}
	return out
}
