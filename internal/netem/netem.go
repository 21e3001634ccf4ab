// Package netem emulates a wide-area network between named endpoints on one machine, in user
// space: every directed link (from → to) is a TCP proxy on 127.0.0.1 that `from` dials instead
// of `to`'s real address, and the proxy adds latency and jitter, or refuses and drops
// connections to cut the link. The proxies are Shopify's toxiproxy, run as a library (no API
// server): the kernel's netem qdisc is not available everywhere the benchmarks and the fault
// tests run, and a proxy per link needs no privileges or namespaces.
//
// A link's latency applies to the bytes flowing both ways on the connections through its proxy:
// a connection dialled by either side carries both directions (CometBFT keeps one connection per
// pair of peers, whichever side dialled it), so latency between two endpoints is symmetric when
// both of their directed links get the same setting (SetBetween, SetAll).
package netem

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net"
	"slices"
	"strings"
	"sync"
	"time"

	toxiproxy "github.com/Shopify/toxiproxy/v2"
	"github.com/rs/zerolog"

	"github.com/lockstep-xyz/lockstep/internal/freeport"
)

// Errors callers branch on.
var (
	// ErrNoLink is returned for a directed link that Link did not make.
	ErrNoLink = errors.New("netem: no such link")
	// ErrClosed is returned by every method after Close.
	ErrClosed = errors.New("netem: closed")
)

// Resolution is the granularity of latency and jitter (toxiproxy's unit): SetLatency rounds to
// it.
const Resolution = time.Millisecond

// listenAttempts bounds the retries of a proxy's listen on a port another process took between
// being picked and being bound.
const listenAttempts = 5

// Net is an emulated network: one proxy per directed link. Its methods are safe for concurrent
// use.
type Net struct {
	log *slog.Logger
	srv *toxiproxy.ApiServer

	mu     sync.Mutex
	links  map[LinkID]*link
	closed bool
}

// LinkID names a directed link: the one From dials to reach To.
type LinkID struct{ From, To string }

func (id LinkID) String() string { return id.From + "→" + id.To }

type link struct {
	proxy  *toxiproxy.Proxy
	addr   string
	target string
	cut    bool
	oneWay time.Duration
	jitter time.Duration
}

// New returns an empty network.
func New(log *slog.Logger) *Net {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	// The server is only the proxies' context (metrics, logger): its HTTP API is never started.
	srv := toxiproxy.NewServer(toxiproxy.NewMetricsContainer(nil), zerolog.Nop())
	return &Net{log: log.With("component", "netem"), srv: srv, links: make(map[LinkID]*link)}
}

// Link makes the directed link from → to: a proxy on 127.0.0.1:<free port> forwarding to target
// (to's real host:port), and returns the proxy's address, which from dials instead of target. The
// link starts without latency and not cut.
func (n *Net) Link(from, to, target string) (addr string, err error) {
	if from == "" || to == "" || from == to {
		return "", fmt.Errorf("netem: link %q → %q: want two different named endpoints", from, to)
	}
	if _, _, err := net.SplitHostPort(target); err != nil {
		return "", fmt.Errorf("netem: link %s→%s target %q: %w", from, to, target, err)
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return "", ErrClosed
	}
	id := LinkID{from, to}
	if _, ok := n.links[id]; ok {
		return "", fmt.Errorf("netem: link %s exists", id)
	}
	p, err := n.startProxy(id, target)
	if err != nil {
		return "", err
	}
	l := &link{proxy: p, addr: p.Listen, target: target}
	n.links[id] = l
	n.log.Debug("link up", "link", id.String(), "addr", l.addr, "target", target)
	return l.addr, nil
}

// startProxy starts a proxy for id on a free port below the ephemeral range, so that no
// outgoing connection takes the port while a cut link is down (see freeport).
func (n *Net) startProxy(id LinkID, target string) (*toxiproxy.Proxy, error) {
	var last error
	for range listenAttempts {
		addr, err := freeport.Addr()
		if err != nil {
			return nil, fmt.Errorf("netem: link %s: %w", id, err)
		}
		p := toxiproxy.NewProxy(n.srv, id.String(), addr, target)
		if last = p.Start(); last == nil {
			return p, nil
		}
	}
	return nil, fmt.Errorf("netem: start link %s's proxy: %w", id, last)
}

// Addr is the address from dials to reach to.
func (n *Net) Addr(from, to string) (string, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	l, err := n.get(LinkID{from, to})
	if err != nil {
		return "", err
	}
	return l.addr, nil
}

// Links are the directed links made, sorted.
func (n *Net) Links() []LinkID {
	n.mu.Lock()
	defer n.mu.Unlock()
	return slices.SortedFunc(maps.Keys(n.links), func(a, b LinkID) int {
		return strings.Compare(a.String(), b.String())
	})
}

// get returns the link id; n.mu is held.
func (n *Net) get(id LinkID) (*link, error) {
	if n.closed {
		return nil, ErrClosed
	}
	l, ok := n.links[id]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNoLink, id)
	}
	return l, nil
}

// SetLatency sets the link from → to's one-way latency: every byte crossing its proxy, either
// way, is held oneWay ± jitter (uniform, rounded to Resolution), so a request and its answer on a
// connection through it take 2·oneWay more. Zero removes the latency. Live connections get the
// new setting at once.
func (n *Net) SetLatency(from, to string, oneWay, jitter time.Duration) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	l, err := n.get(LinkID{from, to})
	if err != nil {
		return err
	}
	return n.setLatency(LinkID{from, to}, l, oneWay, jitter)
}

// SetBetween sets the latency of both directed links between a and b (those that exist; at least
// one must), so that the latency between them is the same whichever side dialled.
func (n *Net) SetBetween(a, b string, oneWay, jitter time.Duration) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return ErrClosed
	}
	found := false
	for _, id := range []LinkID{{a, b}, {b, a}} {
		if l, ok := n.links[id]; ok {
			found = true
			if err := n.setLatency(id, l, oneWay, jitter); err != nil {
				return err
			}
		}
	}
	if !found {
		return fmt.Errorf("%w: between %s and %s", ErrNoLink, a, b)
	}
	return nil
}

// SetAll sets every link's latency to what f returns for it.
func (n *Net) SetAll(f func(from, to string) (oneWay, jitter time.Duration)) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return ErrClosed
	}
	for id, l := range n.links {
		oneWay, jitter := f(id.From, id.To)
		if err := n.setLatency(id, l, oneWay, jitter); err != nil {
			return err
		}
	}
	return nil
}

// Toxic names: one latency toxic per direction of a proxy.
var latencyToxics = [...]struct{ name, stream string }{
	{"latency_up", "upstream"},     // bytes from the dialler to the target
	{"latency_down", "downstream"}, // bytes from the target back to the dialler
}

// setLatency applies a latency to l's proxy; n.mu is held.
func (n *Net) setLatency(id LinkID, l *link, oneWay, jitter time.Duration) error {
	oneWay, jitter = oneWay.Round(Resolution), jitter.Round(Resolution)
	if oneWay < 0 || jitter < 0 || jitter > oneWay {
		return fmt.Errorf("netem: link %s latency %s ± %s: want 0 ≤ jitter ≤ latency", id, oneWay, jitter)
	}
	if oneWay == l.oneWay && jitter == l.jitter {
		return nil
	}
	for _, t := range latencyToxics {
		// Replaced rather than updated in place: toxiproxy's update writes the attributes the
		// running toxic reads.
		if l.proxy.Toxics.GetToxic(t.name) != nil {
			if err := l.proxy.Toxics.RemoveToxic(context.Background(), t.name); err != nil {
				return fmt.Errorf("netem: link %s: remove %s: %w", id, t.name, err)
			}
		}
		if oneWay == 0 {
			continue
		}
		body, err := json.Marshal(map[string]any{
			"name": t.name, "type": "latency", "stream": t.stream, "toxicity": 1.0,
			"attributes": map[string]int64{"latency": oneWay.Milliseconds(), "jitter": jitter.Milliseconds()},
		})
		if err != nil {
			return err
		}
		if _, err := l.proxy.Toxics.AddToxicJson(strings.NewReader(string(body))); err != nil {
			return fmt.Errorf("netem: link %s: add %s: %w", id, t.name, err)
		}
	}
	l.oneWay, l.jitter = oneWay, jitter
	n.log.Debug("latency set", "link", id.String(), "oneWay", oneWay, "jitter", jitter)
	return nil
}

// Latency is the link from → to's one-way latency and jitter, as set (rounded).
func (n *Net) Latency(from, to string) (oneWay, jitter time.Duration, err error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	l, err := n.get(LinkID{from, to})
	if err != nil {
		return 0, 0, err
	}
	return l.oneWay, l.jitter, nil
}

// Cut takes the link from → to down: its live connections are closed and new ones refused (the
// proxy stops listening) until Restore. Cutting a cut link does nothing.
func (n *Net) Cut(from, to string) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	id := LinkID{from, to}
	l, err := n.get(id)
	if err != nil {
		return err
	}
	n.cut(id, l)
	return nil
}

// cut stops l's proxy; n.mu is held.
func (n *Net) cut(id LinkID, l *link) {
	if l.cut {
		return
	}
	l.proxy.Stop()
	l.cut = true
	n.log.Debug("link cut", "link", id.String())
}

// Restore brings a cut link back on its address, with its latency. Restoring a link that is up
// does nothing.
func (n *Net) Restore(from, to string) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	id := LinkID{from, to}
	l, err := n.get(id)
	if err != nil {
		return err
	}
	return n.restore(id, l)
}

// restore starts l's proxy again; n.mu is held.
func (n *Net) restore(id LinkID, l *link) error {
	if !l.cut {
		return nil
	}
	// The proxy listens on its old address again (its Listen is the bound address).
	if err := l.proxy.Start(); err != nil {
		return fmt.Errorf("netem: restore link %s on %s: %w", id, l.addr, err)
	}
	l.cut = false
	n.log.Debug("link restored", "link", id.String())
	return nil
}

// IsCut says whether the link from → to is cut.
func (n *Net) IsCut(from, to string) (bool, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	l, err := n.get(LinkID{from, to})
	if err != nil {
		return false, err
	}
	return l.cut, nil
}

// Partition splits the network into groups: every link between endpoints of different groups is
// cut, every link within a group restored. The endpoints named in no group form one more group
// together, so Partition([]string{"op0"}) isolates op0 from the rest.
func (n *Net) Partition(groups ...[]string) error {
	group := make(map[string]int)
	for g, members := range groups {
		for _, m := range members {
			if prev, ok := group[m]; ok {
				return fmt.Errorf("netem: partition: %s is in groups %d and %d", m, prev, g)
			}
			group[m] = g
		}
	}
	rest := len(groups)
	of := func(e string) int {
		if g, ok := group[e]; ok {
			return g
		}
		return rest
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return ErrClosed
	}
	var errs []error
	for id, l := range n.links {
		if of(id.From) != of(id.To) {
			n.cut(id, l)
		} else {
			errs = append(errs, n.restore(id, l))
		}
	}
	return errors.Join(errs...)
}

// Split cuts every link between a member of a and a member of b, both ways, and leaves the
// other links as they are: Split([]string{"aggregator"}, operators) keeps the operators' links
// to each other and to everyone else. Heal (or Restore) undoes it.
func (n *Net) Split(a, b []string) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return ErrClosed
	}
	for _, x := range a {
		if slices.Contains(b, x) {
			return fmt.Errorf("netem: split: %s is on both sides", x)
		}
	}
	for _, x := range a {
		for _, y := range b {
			for _, id := range []LinkID{{x, y}, {y, x}} {
				if l, ok := n.links[id]; ok {
					n.cut(id, l)
				}
			}
		}
	}
	return nil
}

// Cuts are the links that are cut, sorted.
func (n *Net) Cuts() []LinkID {
	n.mu.Lock()
	defer n.mu.Unlock()
	var out []LinkID
	for id, l := range n.links {
		if l.cut {
			out = append(out, id)
		}
	}
	slices.SortFunc(out, func(a, b LinkID) int { return strings.Compare(a.String(), b.String()) })
	return out
}

// Heal restores every cut link.
func (n *Net) Heal() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return ErrClosed
	}
	var errs []error
	for id, l := range n.links {
		errs = append(errs, n.restore(id, l))
	}
	return errors.Join(errs...)
}

// Close stops every proxy, closing their connections and freeing their ports. Idempotent.
func (n *Net) Close() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return nil
	}
	n.closed = true
	for _, l := range n.links {
		l.proxy.Stop()
	}
	return nil
}
