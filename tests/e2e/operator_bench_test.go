package e2e

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// Measures commit latency (submit answered → batch notified over WebSocket) and throughput on
// four loopback nodes at a fixed offered rate. Run with LOCKSTEP_BENCH=<tx/s>, e.g.
//
//	LOCKSTEP_BENCH=1000 go test ./tests -run TestOperatorThroughput -v
func TestOperatorThroughput(t *testing.T) {
	rate, _ := strconv.Atoi(os.Getenv("LOCKSTEP_BENCH"))
	if rate <= 0 {
		t.Skip("set LOCKSTEP_BENCH=<tx/s> to measure")
	}
	workers, duration := 8, 5*time.Second
	if w, _ := strconv.Atoi(os.Getenv("LOCKSTEP_BENCH_WORKERS")); w > 0 {
		workers = w
	}
	args := append([]string{"--log.cometbft-level", "error"}, strings.Fields(os.Getenv("LOCKSTEP_BENCH_ARGS"))...)
	net := startNetwork(t, 4, 100, args...)
	ctx := net.ctx

	// Commit notifications from node 0 for both rollups.
	ws, err := operatorapi.Dial(ctx, net.nodes[0].wsURL())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	var (
		mu        sync.Mutex
		sent      = make(map[common.Hash]time.Time)
		latencies []time.Duration
		heights   = make(map[uint64]bool)
	)
	var subWG sync.WaitGroup
	for _, r := range []uint64{rollupA, rollupB} {
		ch := make(chan *operatorapi.Batch, 1024)
		sub, err := ws.SubscribeBatches(ctx, r, ch)
		if err != nil {
			t.Fatal(err)
		}
		subWG.Add(1)
		go func() {
			defer subWG.Done()
			for {
				select {
				case b := <-ch:
					now := time.Now()
					mu.Lock()
					heights[b.Height] = true
					for _, h := range b.TxHashes {
						if at, ok := sent[h]; ok {
							latencies = append(latencies, now.Sub(at))
						}
					}
					mu.Unlock()
				case <-sub.Err():
					return
				}
			}
		}()
		defer sub.Unsubscribe()
	}

	var busy, failed int
	runCtx, cancel := context.WithTimeout(ctx, duration)
	defer cancel()
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			node := net.nodes[w%len(net.nodes)]
			c, err := operatorapi.Dial(ctx, node.apiURL())
			if err != nil {
				t.Error(err)
				return
			}
			defer c.Close()
			tick := time.NewTicker(time.Duration(workers) * time.Second / time.Duration(rate))
			defer tick.Stop()
			for i := 0; ; i++ {
				select {
				case <-runCtx.Done():
					return
				case <-tick.C:
				}
				payload := []byte(fmt.Sprintf("bench w%d tx %d %0160d", w, i, 0)) // ~200 bytes
				at := time.Now()
				hash, err := c.Submit(ctx, rollupA+uint64(i%2), payload)
				mu.Lock()
				switch {
				case err == nil:
					sent[hash] = at
				case operatorapi.IsBusy(err):
					busy++
				default:
					failed++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	testutil.WaitFor(t, 30*time.Second, "every accepted transaction notified", func() (bool, error) {
		mu.Lock()
		defer mu.Unlock()
		return len(latencies) >= len(sent), nil
	})
	mu.Lock()
	defer mu.Unlock()
	slices.Sort(latencies)
	pct := func(p float64) time.Duration {
		return latencies[int(p*float64(len(latencies)-1))].Round(time.Millisecond)
	}
	s, err := net.nodes[0].status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("offered %d tx/s for %s: accepted %d (%.0f tx/s), busy %d, failed %d; %d heights with batches, %d heights in total",
		rate, duration, len(sent), float64(len(sent))/elapsed.Seconds(), busy, failed, len(heights), s.Height)
	t.Logf("commit latency (submit answered → batch notified): p50 %s p90 %s p99 %s max %s", pct(0.5), pct(0.9), pct(0.99), pct(1))
}

func rpcCode(err error) int {
	c, _ := operatorapi.ErrorCode(err)
	return c
}
