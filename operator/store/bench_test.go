package store

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// benchRaw returns a distinct 200-byte transaction for n.
func benchRaw(n uint64) []byte {
	raw := make([]byte, 200)
	raw[0] = 0x01
	binary.BigEndian.PutUint64(raw[1:], n)
	return raw
}

// BenchmarkJournalParallel measures Journal under concurrent submitters, as the API calls
// it (48 HTTP connections per node in the ordering benchmark).
func BenchmarkJournalParallel(b *testing.B) {
	for _, perProc := range []int{1, 4, 24} {
		b.Run(fmt.Sprintf("goroutines=%d", perProc*runtime.GOMAXPROCS(0)), func(b *testing.B) {
			s, err := Open(b.TempDir())
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			var n atomic.Uint64
			b.SetParallelism(perProc)
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if err := s.Journal(benchRaw(n.Add(1))); err != nil {
						b.Error(err)
						return
					}
				}
			})
		})
	}
}

// benchCommit is height h with 500 transactions over two rollups.
func benchCommit(h uint64) Commit {
	c := Commit{Block: Block{Height: h}, Batches: map[uint64][][]byte{}, Meta: Meta{Height: h}}
	for j := range 500 {
		raw := benchRaw(1<<62 + h<<20 + uint64(j))
		c.Batches[uint64(j%2)] = append(c.Batches[uint64(j%2)], raw[1:])
		c.Raw = append(c.Raw, raw)
	}
	return c
}

// BenchmarkCommit measures Commit of a 500-transaction height.
func BenchmarkCommit(b *testing.B) {
	s, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	b.ResetTimer()
	for i := range b.N {
		if err := s.Commit(benchCommit(uint64(i + 1))); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCommitUnderJournalLoad measures Commit of a 500-transaction height while 48
// goroutines journal, the situation in which a node's ABCI Commit was seen waiting.
func BenchmarkCommitUnderJournalLoad(b *testing.B) {
	s, err := Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var (
		n        atomic.Uint64
		journals atomic.Uint64
		stop     = make(chan struct{})
		wg       sync.WaitGroup
	)
	for range 48 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if err := s.Journal(benchRaw(n.Add(1))); err != nil {
					return
				}
				journals.Add(1)
			}
		}()
	}
	start := time.Now()
	b.ResetTimer()
	for i := range b.N {
		if err := s.Commit(benchCommit(uint64(i + 1))); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	close(stop)
	wg.Wait()
	b.ReportMetric(float64(journals.Load())/time.Since(start).Seconds(), "journals/s")
}
