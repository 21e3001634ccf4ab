// Package freeport finds free TCP ports on 127.0.0.1 for processes and servers started on this
// machine (devnet, tests, benchmarks). A port is free when it is returned; another process may
// take it before the caller binds it, so callers that can retry on "address in use" should.
//
// Ports come from below the kernel's ephemeral range where there is room (on Linux 10000 up to
// ip_local_port_range's start, 32768 by default). A port handed out by binding port 0 lies in
// the ephemeral range, where every outgoing connection of every process also takes its local
// port: a node whose port was picked, published (an operator's socket is registered on L1) and
// bound a second later can lose it to a client's connect in between. Outside that range only
// another picker can take it.
package freeport

import (
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"strconv"
	"strings"
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
	ports := make([]int, 0, n)
	ls := make([]net.Listener, 0, n)
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	lo, hi, ok := quietRange()
	for len(ports) < n {
		l, err := listen(lo, hi, ok)
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

// tries bounds the random probes of the quiet range before falling back to the kernel's pick.
const tries = 64

// listen binds a random port of [lo, hi] (when ok), else one the kernel picks.
func listen(lo, hi int, ok bool) (net.Listener, error) {
	if ok {
		for range tries {
			p := lo + rand.IntN(hi-lo+1)
			if l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p)); err == nil {
				return l, nil
			}
		}
	}
	return net.Listen("tcp", "127.0.0.1:0")
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
