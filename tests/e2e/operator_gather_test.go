package e2e

import (
	"context"
	"fmt"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// Ingress batching loses nothing it accepted. Concurrent single submissions to one node are
// gathered into shared consensus transactions, and rollup batchers submit whole batches
// (lockstep_submitBatch) beside them, first with consensus running, then with it halted (the
// other of two equal validators killed), so accepted batches pile up in the node's mempool and
// journal only. The node is then killed with SIGKILL while submissions are still gathering.
// Once both are back, every transaction the node answered "accepted" is sequenced on both
// nodes, exactly once.
func TestOperatorGatherNoLoss(t *testing.T) {
	testutil.SkipShort(t)
	net := startNetwork(t, 2, 10, "--api.gather-window", "50ms")
	ctx, victim, other := net.ctx, net.nodes[0], net.nodes[1]

	var (
		mu       sync.Mutex
		accepted []common.Hash
		payloads = make(map[common.Hash][]byte)
		wg       sync.WaitGroup
	)
	count := func() int {
		mu.Lock()
		defer mu.Unlock()
		return len(accepted)
	}
	loadCtx, stopLoad := context.WithCancel(ctx)
	defer stopLoad()
	// Workers 0-5 submit single transactions (gathered), 6 and 7 batches of 5 as a batcher.
	const workers, batchers, batchLen = 8, 2, 5
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; loadCtx.Err() == nil; i++ {
				var (
					ps  [][]byte
					hs  []common.Hash
					err error
				)
				if w < workers-batchers {
					ps = [][]byte{[]byte(fmt.Sprintf("gathered %d/%d", w, i))}
					var h common.Hash
					h, err = victim.submitNoDial(loadCtx, rollupA, ps[0])
					hs = []common.Hash{h}
				} else {
					for j := range batchLen {
						ps = append(ps, []byte(fmt.Sprintf("batched %d/%d/%d", w, i, j)))
					}
					hs, err = victim.submitBatchNoDial(loadCtx, rollupA, ps)
					if err == nil && len(hs) != len(ps) {
						err = fmt.Errorf("%d hashes answered for %d transactions", len(hs), len(ps))
					}
				}
				if err != nil {
					// Busy, or the node is down: not accepted, so nothing is owed. Do not spin.
					select {
					case <-loadCtx.Done():
					case <-time.After(20 * time.Millisecond):
					}
					continue
				}
				mu.Lock()
				accepted = append(accepted, hs...)
				for j, h := range hs {
					payloads[h] = ps[j]
				}
				mu.Unlock()
			}
		}()
	}

	testutil.WaitFor(t, 60*time.Second, "200 accepted with consensus running", func() (bool, error) { return count() >= 200, nil })
	other.kill(syscall.SIGKILL)
	halted := count()
	testutil.WaitFor(t, 60*time.Second, "200 more accepted with consensus halted", func() (bool, error) { return count() >= halted+200, nil })
	s, err := victim.status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sinceHalt := count() - halted
	// Accepted while halted, these sit in the mempool: fewer consensus transactions than user
	// transactions, or nothing was gathered.
	if s.MempoolTxs == 0 || s.MempoolTxs >= sinceHalt {
		t.Fatalf("%d consensus transactions in the mempool for %d user transactions accepted since the halt: not gathered", s.MempoolTxs, sinceHalt)
	}
	t.Logf("%d user transactions accepted since the halt share %d consensus transactions", sinceHalt, s.MempoolTxs)

	victim.kill(syscall.SIGKILL) // submissions are still gathering
	stopLoad()
	wg.Wait()
	all := append([]common.Hash(nil), accepted...)
	t.Logf("killed after %d accepted transactions", len(all))

	victim.start()
	other.start()
	net.waitSequenced(net.nodes, all, 90*time.Second)

	// A client retrying transactions already accepted (its answer lost, say) is answered
	// accepted again, and they are not sequenced a second time.
	for _, h := range all[:50] {
		if got, err := victim.submit(ctx, rollupA, payloads[h]); err != nil || got != h {
			t.Fatalf("retry of accepted %s: %s, %v", h, got, err)
		}
	}
	net.waitAdvance(net.nodes, 3, 30*time.Second)

	// Exactly once: no accepted transaction is in two of the rollup's batches, or twice in one.
	net.checkSequencedOnce(net.nodes, []uint64{rollupA}, all)
}
