package syncbuf

import (
	"strings"
	"sync"
	"testing"
)

func TestBufferKeepsEverything(t *testing.T) {
	var b Buffer
	b.Write([]byte("hello "))
	b.Write([]byte("world"))
	if got := b.String(); got != "hello world" {
		t.Fatalf("got %q", got)
	}
	if b.Len() != 11 {
		t.Fatalf("len %d", b.Len())
	}
}

func TestTailKeepsLastBytes(t *testing.T) {
	b := NewTail(5)
	b.Write([]byte("abc"))
	b.Write([]byte("defgh"))
	if got := b.String(); got != "defgh" {
		t.Fatalf("got %q, want the last 5 bytes", got)
	}
}

func TestConcurrentWriteAndRead(t *testing.T) {
	b := NewTail(1 << 10)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				b.Write([]byte("x"))
				_ = b.String()
			}
		}()
	}
	wg.Wait()
	if got := b.String(); got != strings.Repeat("x", 800) {
		t.Fatalf("got %d bytes, want 800", len(got))
	}
}
