package e2e

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// Transactions ordered by reference (--api.ref-min-bytes) lose nothing either. Rollup batchers
// submit batches to node 0 and single transactions gathered on node 1 go the same way when
// large enough, each batch's bytes sent to the other operators outside consensus and ordered
// as a 37-byte reference. Node 2, which is sent nothing, is killed while blocks go on, so it
// must fetch the bytes of what it missed from its peers; then node 0 is killed with SIGKILL
// with references of its own in flight (consensus halts with two of four down). Once both are
// back, every accepted transaction is sequenced on every node exactly once, and the bytes
// reached node 3 outside consensus.
func TestOperatorByReferenceNoLoss(t *testing.T) {
	testutil.SkipShort(t)
	net := startNetwork(t, 4, 10, "--api.ref-min-bytes", "256", "--api.gather-window", "20ms")
	batcher, single, lagging, bystander := net.nodes[0], net.nodes[1], net.nodes[2], net.nodes[3]

	var (
		mu       sync.Mutex
		accepted []common.Hash
		refBytes int // bytes of the batches submitted by reference
		wg       sync.WaitGroup
	)
	count := func() int {
		mu.Lock()
		defer mu.Unlock()
		return len(accepted)
	}
	loadCtx, stopLoad := context.WithCancel(net.ctx)
	defer stopLoad()
	// Workers 0 and 1 submit batches of 8 transactions of 100 bytes to node 0 (over the
	// reference threshold); 2 to 5 single transactions to node 1, gathered.
	const workers, batchers, batchLen = 6, 2, 8
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; loadCtx.Err() == nil; i++ {
				var (
					hs   []common.Hash
					size int
					err  error
				)
				if w < batchers {
					ps := make([][]byte, batchLen)
					for j := range ps {
						ps[j] = fmt.Appendf(nil, "%-100s", fmt.Sprintf("by reference %d/%d/%d", w, i, j))
						size += len(ps[j])
					}
					hs, err = batcher.submitBatchNoDial(loadCtx, rollupA, ps)
					if err == nil && len(hs) != len(ps) {
						err = fmt.Errorf("%d hashes answered for %d transactions", len(hs), len(ps))
					}
				} else {
					var h common.Hash
					h, err = single.submitNoDial(loadCtx, rollupB, fmt.Appendf(nil, "%-120s", fmt.Sprintf("gathered %d/%d", w, i)))
					hs = []common.Hash{h}
				}
				// A steady few hundred transactions a second; after an error (busy, or the node
				// is down: not accepted, so nothing is owed), no spinning either.
				select {
				case <-loadCtx.Done():
				case <-time.After(50 * time.Millisecond):
				}
				if err != nil {
					continue
				}
				mu.Lock()
				accepted = append(accepted, hs...)
				if w < batchers {
					refBytes += size
				}
				mu.Unlock()
			}
		}()
	}

	testutil.WaitFor(t, 60*time.Second, "300 accepted with every node up", func() (bool, error) { return count() >= 300, nil })
	lagging.kill(syscall.SIGKILL)
	before := count()
	testutil.WaitFor(t, 60*time.Second, "300 more accepted with node 2 down", func() (bool, error) { return count() >= before+300, nil })
	net.waitAdvance([]*opNode{batcher, single, bystander}, 3, 30*time.Second)
	batcher.kill(syscall.SIGKILL) // its batchers' submissions in flight; two of four down: halted
	stopLoad()
	wg.Wait()
	all := append([]common.Hash(nil), accepted...)
	t.Logf("killed after %d accepted transactions (%d bytes of batches by reference)", len(all), refBytes)

	lagging.start()
	batcher.start()
	net.waitSequenced(net.nodes, all, 120*time.Second)

	// Exactly once on every node, the lagging one included.
	net.checkSequencedOnce(net.nodes, []uint64{rollupA, rollupB}, all)

	// The batches reached node 3 outside consensus: its pool of referenced transactions holds
	// at least their bytes.
	var held int64
	err := filepath.WalkDir(filepath.Join(bystander.Home, "data", "lockstep-avail"), func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			held += info.Size()
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if held < int64(refBytes) {
		t.Fatalf("node 3's pool of referenced transactions holds %d bytes, less than the %d bytes of batches ordered by reference", held, refBytes)
	}
}
