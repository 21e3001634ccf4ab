package system

import (
	"context"
	"fmt"
	"net/url"

	"github.com/lockstep-xyz/lockstep/internal/netem"
)

// Endpoints of Config.Net besides the operator nodes, which are named as their processes are
// (Node.Name: op0, op1, ...).
const (
	// EndpointAggregator is the aggregator process: the nodes dial it to send their signatures.
	EndpointAggregator = "aggregator"
	// EndpointL1 is L1's JSON-RPC (anvil): the nodes and the aggregator dial it.
	EndpointL1 = "l1"
)

// netLinks makes Config.Net's links, once the nodes' addresses, the aggregator's and L1's are
// known and before any process starts: the processes' flags name the links' addresses.
func (s *System) netLinks(context.Context) error {
	net := s.cfg.Net
	if net == nil {
		return nil
	}
	l1, err := hostPort(s.L1RPC())
	if err != nil {
		return fmt.Errorf("L1 RPC: %w", err)
	}
	agg := ""
	if s.aggURL != "" {
		if agg, err = hostPort(s.aggURL); err != nil {
			return fmt.Errorf("aggregator URL: %w", err)
		}
	}
	for _, n := range s.Nodes {
		addr, err := net.Link(n.name, EndpointL1, l1)
		if err != nil {
			return err
		}
		n.l1RPC = "http://" + addr
		if agg != "" {
			if addr, err = net.Link(n.name, EndpointAggregator, agg); err != nil {
				return err
			}
			n.aggURL = "http://" + addr
		}
		if s.cfg.PeerAddr != nil {
			continue
		}
		for _, to := range s.Nodes {
			if to == n {
				continue
			}
			if _, err := net.Link(n.name, to.name, to.P2PAddr); err != nil {
				return err
			}
		}
	}
	if agg != "" {
		addr, err := net.Link(EndpointAggregator, EndpointL1, l1)
		if err != nil {
			return err
		}
		s.aggL1RPC = "http://" + addr
	}
	if s.cfg.PeerAddr == nil {
		s.cfg.PeerAddr = func(from, to *Node) (string, error) { return net.Addr(from.name, to.name) }
	}
	return nil
}

// hostPort is the host:port of an http URL.
func hostPort(u string) (string, error) {
	p, err := url.Parse(u)
	if err != nil {
		return "", err
	}
	if p.Host == "" {
		return "", fmt.Errorf("%q has no host", u)
	}
	return p.Host, nil
}

// Net is Config.Net, nil without one.
func (s *System) Net() *netem.Net { return s.cfg.Net }
