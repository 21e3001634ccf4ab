// Package freeport finds free TCP ports on 127.0.0.1 for processes and servers started on this
// machine (devnet, tests, benchmarks). A port is free when it is returned and no other process
// using this package is handed it; a process that ignores this package may still take it before
// the caller binds it, so callers that can retry on "address in use" should.
//
// Ports come from below the kernel's ephemeral range where there is room (on Linux 10000 up to
// ip_local_port_range's start, 32768 by default). A port handed out by binding port 0 lies in
// the ephemeral range, where every outgoing connection of every process also takes its local
// port: a node whose port was picked, published (an operator's socket is registered on L1) and
// bound a second later can lose it to a client's connect in between.
//
// Below that range the pickers themselves are what collide: test packages run in parallel, each
// starting networks whose ports are picked, written into a genesis or onto L1, and bound seconds
// later. So a process claims a block of ports by listening on the block's first port for as
// long as it lives, and hands out only the other ports of its own blocks, each once before any
// is handed out again. Another process sees the first port taken and claims another block.
package freeport

import (
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
)

// blockSize is the number of ports in a block, its lock port included.
const blockSize = 128

// maxBlocks bounds the blocks one process claims; past it, its blocks' ports are handed out
// again (those still bound are skipped).
const maxBlocks = 16

// block is a range of ports this process holds by listening on its first one.
type block struct {
	base int
	lock net.Listener
}

var (
	mu     sync.Mutex
	blocks []block
	cur    int // index into blocks of the block handing out ports
	off    = 1 // offset in that block of the next port to try (1..blockSize-1)
)

// Get returns a TCP port on 127.0.0.1 that was free a moment ago.
func Get() (int, error) {
	ps, err := GetN(1)
	if err != nil {
		return 0, err
	}
	return ps[0], nil
}

// GetN returns n distinct free ports: all listeners are held until every port is picked, so
// the same port is not handed out twice.
func GetN(n int) ([]int, error) {
	mu.Lock()
	defer mu.Unlock()
	ports := make([]int, 0, n)
	ls := make([]net.Listener, 0, n)
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	for len(ports) < n {
		l, err := listen()
		if err != nil {
			return nil, fmt.Errorf("find a free port: %w", err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

// Addr returns "127.0.0.1:<port>" for a free port.
func Addr() (string, error) {
	p, err := Get()
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("127.0.0.1:%d", p), nil
}

// listen binds the next free port of this process's blocks, claiming a block when it has none
// left to try, or one the kernel picks when no block can be claimed. Called with mu held.
func listen() (net.Listener, error) {
	// Every port of every block may be tried once per call: the ones bound by this process's
	// own services are skipped.
	for range maxBlocks * blockSize {
		if off == blockSize {
			cur, off = cur+1, 1
		}
		if cur == len(blocks) {
			switch {
			case len(blocks) < maxBlocks && claim(): // claim points cur and off at the new block
			case len(blocks) > 0:
				cur, off = 0, 1 // hand the blocks' ports out again
			default:
				return net.Listen("tcp", "127.0.0.1:0")
			}
		}
		p := blocks[cur].base + off
		off++
		if l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p)); err == nil {
			return l, nil
		}
	}
	return net.Listen("tcp", "127.0.0.1:0")
}

// claim takes a block no other process holds, probing the quiet range from a random block.
func claim() bool {
	lo, hi, ok := quietRange()
	if !ok {
		return false
	}
	count := (hi - lo + 1) / blockSize
	start := rand.IntN(count)
	for i := range count {
		base := lo + ((start+i)%count)*blockSize
		if held(base) {
			continue
		}
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", base))
		if err != nil {
			continue
		}
		blocks = append(blocks, block{base: base, lock: l})
		cur, off = len(blocks)-1, 1
		return true
	}
	return false
}

// held reports whether base is one of this process's blocks.
func held(base int) bool {
	for _, b := range blocks {
		if b.base == base {
			return true
		}
	}
	return false
}

// quietRange is the range of ports below the kernel's ephemeral range, if it is wide enough.
func quietRange() (lo, hi int, ok bool) {
	const floor, minWidth = 10000, 1000
	start := 32768 // Linux's default; other systems start at 49152 (IANA)
	if b, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range"); err == nil {
		if f := strings.Fields(string(b)); len(f) == 2 {
			if v, err := strconv.Atoi(f[0]); err == nil {
				start = v
			}
		}
	}
	if start-1-floor < minWidth {
		return 0, 0, false
	}
	return floor, start - 1, true
}
