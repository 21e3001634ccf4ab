// Package syncbuf is a byte buffer safe for one goroutine to write (a child process's output
// copier) while others read it, optionally keeping only the last bytes written.
package syncbuf

import (
	"bytes"
	"sync"
)

// Buffer is a locked bytes.Buffer. With a positive max it keeps only the last max bytes, so a
// long-running process's output costs bounded memory. The zero value keeps everything.
type Buffer struct {
	mu  sync.Mutex
	max int
	buf bytes.Buffer
}

// NewTail returns a Buffer keeping the last max bytes written to it.
func NewTail(max int) *Buffer { return &Buffer{max: max} }

// Write appends p, dropping the oldest bytes beyond the tail size.
func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.Write(p)
	if b.max > 0 {
		if extra := b.buf.Len() - b.max; extra > 0 {
			b.buf.Next(extra)
		}
	}
	return len(p), nil
}

// String returns what the buffer holds.
func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// Len is the number of bytes the buffer holds.
func (b *Buffer) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Len()
}
