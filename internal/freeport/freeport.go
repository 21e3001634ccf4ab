// Package freeport finds free TCP ports on 127.0.0.1 for processes and servers started on this
// machine (devnet, tests, benchmarks). A port is free when it is returned; another process may
// take it before the caller binds it, so callers that can retry on "address in use" should.
package freeport

import (
	"fmt"
	"net"
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
// the kernel cannot hand the same port out twice.
func GetN(n int) ([]int, error) {
	ports := make([]int, 0, n)
	ls := make([]net.Listener, 0, n)
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
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
