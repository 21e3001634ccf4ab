package netem

import (
	"bufio"
	"errors"
	"io"
	"net"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"
)

// echoServer answers every line with itself until the test ends.
func echoServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var conns []net.Conn
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, _ = io.Copy(c, c)
			}()
		}
	}()
	return ln.Addr().String()
}

func newNet(t *testing.T) *Net {
	t.Helper()
	n := New(nil)
	t.Cleanup(func() { _ = n.Close() })
	return n
}

// pinger is a connection to an echo server, timing round trips.
type pinger struct {
	c net.Conn
	r *bufio.Reader
}

func dialPinger(t *testing.T, addr string) *pinger {
	t.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return &pinger{c: c, r: bufio.NewReader(c)}
}

// rtts times k round trips.
func (p *pinger) rtts(t *testing.T, k int) []time.Duration {
	t.Helper()
	out := make([]time.Duration, k)
	for i := range out {
		_ = p.c.SetDeadline(time.Now().Add(5 * time.Second))
		start := time.Now()
		if _, err := p.c.Write([]byte("ping\n")); err != nil {
			t.Fatalf("ping %d: %v", i, err)
		}
		if _, err := p.r.ReadString('\n'); err != nil {
			t.Fatalf("pong %d: %v", i, err)
		}
		out[i] = time.Since(start)
	}
	slices.Sort(out)
	return out
}

func TestLatency(t *testing.T) {
	n := newNet(t)
	addr, err := n.Link("a", "b", echoServer(t))
	if err != nil {
		t.Fatal(err)
	}
	p := dialPinger(t, addr)
	if base := p.rtts(t, 5); base[2] > 20*time.Millisecond {
		t.Fatalf("median round trip without latency %s", base[2])
	}
	// Set on the live connection: applied at once, to both directions.
	if err := n.SetLatency("a", "b", 20*time.Millisecond, 0); err != nil {
		t.Fatal(err)
	}
	got := p.rtts(t, 10)
	if got[0] < 40*time.Millisecond || got[5] > 100*time.Millisecond {
		t.Fatalf("round trips with 20 ms one way: min %s median %s, want ≥ 40 ms and a median ≤ 100 ms", got[0], got[5])
	}
	// Jitter: every round trip within 2·(latency ± jitter), the spread visible.
	if err := n.SetLatency("a", "b", 20*time.Millisecond, 8*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	got = p.rtts(t, 20)
	if got[0] < 24*time.Millisecond || got[10] > 100*time.Millisecond {
		t.Fatalf("round trips with 20±8 ms one way: min %s median %s", got[0], got[10])
	}
	if got[len(got)-1]-got[0] < 2*time.Millisecond {
		t.Fatalf("round trips with 20±8 ms one way show no jitter: %v", got)
	}
	// New connections get it too; zero removes it.
	p2 := dialPinger(t, addr)
	if got := p2.rtts(t, 3); got[0] < 24*time.Millisecond {
		t.Fatalf("a new connection's round trip %s, want ≥ 24 ms", got[0])
	}
	if err := n.SetLatency("a", "b", 0, 0); err != nil {
		t.Fatal(err)
	}
	if got := p.rtts(t, 5); got[2] > 20*time.Millisecond {
		t.Fatalf("median round trip after removing the latency %s", got[2])
	}
}

func TestSetLatencyRules(t *testing.T) {
	n := newNet(t)
	target := echoServer(t)
	for _, l := range [][2]string{{"a", "b"}, {"b", "a"}, {"a", "c"}} {
		if _, err := n.Link(l[0], l[1], target); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := n.Link("a", "b", target); err == nil {
		t.Fatal("a second a→b link was made")
	}
	if _, err := n.Link("a", "a", target); err == nil {
		t.Fatal("a link to itself was made")
	}
	if err := n.SetLatency("a", "b", 5*time.Millisecond, 6*time.Millisecond); err == nil {
		t.Fatal("jitter above the latency was accepted")
	}
	if err := n.SetLatency("c", "a", time.Millisecond, 0); !errors.Is(err, ErrNoLink) {
		t.Fatalf("latency on a missing link: %v, want ErrNoLink", err)
	}
	if err := n.SetLatency("a", "b", 1400*time.Microsecond, 600*time.Microsecond); err != nil {
		t.Fatal(err)
	}
	if l, j, _ := n.Latency("a", "b"); l != time.Millisecond || j != time.Millisecond {
		t.Fatalf("latency %s ± %s, want rounded to 1ms ± 1ms", l, j)
	}
	// SetBetween is symmetric; SetAll reaches every link.
	if err := n.SetBetween("b", "a", 7*time.Millisecond, time.Millisecond); err != nil {
		t.Fatal(err)
	}
	for _, l := range [][2]string{{"a", "b"}, {"b", "a"}} {
		if got, _, _ := n.Latency(l[0], l[1]); got != 7*time.Millisecond {
			t.Fatalf("%s→%s latency %s after SetBetween, want 7ms", l[0], l[1], got)
		}
	}
	if err := n.SetBetween("b", "c", time.Millisecond, 0); !errors.Is(err, ErrNoLink) {
		t.Fatalf("SetBetween without links: %v, want ErrNoLink", err)
	}
	if err := n.SetAll(func(from, to string) (time.Duration, time.Duration) {
		if from == "a" && to == "c" {
			return 30 * time.Millisecond, 3 * time.Millisecond
		}
		return 10 * time.Millisecond, 0
	}); err != nil {
		t.Fatal(err)
	}
	want := map[LinkID]time.Duration{{"a", "b"}: 10 * time.Millisecond, {"b", "a"}: 10 * time.Millisecond, {"a", "c"}: 30 * time.Millisecond}
	for _, id := range n.Links() {
		if got, _, _ := n.Latency(id.From, id.To); got != want[id] {
			t.Fatalf("%s latency %s, want %s", id, got, want[id])
		}
	}
}

// waitClosed waits until the peer closes c.
func waitClosed(t *testing.T, c net.Conn) {
	t.Helper()
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, err := io.Copy(io.Discard, c)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatal("a connection through a cut link stayed open")
	}
}

func refused(addr string) bool {
	c, err := net.DialTimeout("tcp", addr, 2*time.Second)
	if err != nil {
		return true
	}
	c.Close()
	return false
}

func TestCutRestore(t *testing.T) {
	n := newNet(t)
	addr, err := n.Link("a", "b", echoServer(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.SetLatency("a", "b", 10*time.Millisecond, 0); err != nil {
		t.Fatal(err)
	}
	p := dialPinger(t, addr)
	p.rtts(t, 1)
	if err := n.Cut("a", "b"); err != nil {
		t.Fatal(err)
	}
	waitClosed(t, p.c)
	if !refused(addr) {
		t.Fatal("a cut link accepted a connection")
	}
	if err := n.Cut("a", "b"); err != nil {
		t.Fatalf("cut twice: %v", err)
	}
	if cut, _ := n.IsCut("a", "b"); !cut {
		t.Fatal("IsCut false after Cut")
	}
	if err := n.Restore("a", "b"); err != nil {
		t.Fatal(err)
	}
	// Same address, latency kept.
	got := dialPinger(t, addr).rtts(t, 3)
	if got[0] < 20*time.Millisecond {
		t.Fatalf("round trip after restore %s, want ≥ 20 ms (latency kept)", got[0])
	}
	if err := n.Restore("a", "b"); err != nil {
		t.Fatalf("restore twice: %v", err)
	}
}

func TestPartitionHeal(t *testing.T) {
	n := newNet(t)
	target := echoServer(t)
	eps := []string{"a", "b", "c", "d"}
	addrs := map[LinkID]string{}
	for _, f := range eps {
		for _, to := range eps {
			if f != to {
				a, err := n.Link(f, to, target)
				if err != nil {
					t.Fatal(err)
				}
				addrs[LinkID{f, to}] = a
			}
		}
	}
	check := func(what string, up func(LinkID) bool) {
		t.Helper()
		for id, addr := range addrs {
			cut, err := n.IsCut(id.From, id.To)
			if err != nil {
				t.Fatal(err)
			}
			if cut == up(id) || refused(addr) == up(id) {
				t.Fatalf("%s: link %s cut %v, refused %v, want up %v", what, id, cut, refused(addr), up(id))
			}
		}
	}
	// a alone; b, c, d (named in no group) together.
	if err := n.Partition([]string{"a"}); err != nil {
		t.Fatal(err)
	}
	check("isolate a", func(id LinkID) bool { return id.From != "a" && id.To != "a" })
	// Two and two: links inside a group come back.
	if err := n.Partition([]string{"a", "b"}, []string{"c", "d"}); err != nil {
		t.Fatal(err)
	}
	side := map[string]int{"a": 0, "b": 0, "c": 1, "d": 1}
	check("two and two", func(id LinkID) bool { return side[id.From] == side[id.To] })
	if err := n.Partition([]string{"a"}, []string{"a", "b"}); err == nil {
		t.Fatal("an endpoint in two groups was accepted")
	}
	if err := n.Heal(); err != nil {
		t.Fatal(err)
	}
	check("healed", func(LinkID) bool { return true })
}

func TestCloseFreesPorts(t *testing.T) {
	n := New(nil)
	target := echoServer(t)
	var addrs []string
	for _, to := range []string{"b", "c"} {
		a, err := n.Link("a", to, target)
		if err != nil {
			t.Fatal(err)
		}
		addrs = append(addrs, a)
	}
	if err := n.Cut("a", "c"); err != nil {
		t.Fatal(err)
	}
	p := dialPinger(t, addrs[0])
	p.rtts(t, 1)
	if err := n.Close(); err != nil {
		t.Fatal(err)
	}
	waitClosed(t, p.c)
	for _, a := range addrs {
		ln, err := net.Listen("tcp", a)
		if err != nil {
			t.Fatalf("port of %s not freed: %v", a, err)
		}
		ln.Close()
	}
	if err := n.Close(); err != nil {
		t.Fatalf("close twice: %v", err)
	}
	if _, err := n.Link("a", "d", target); !errors.Is(err, ErrClosed) {
		t.Fatalf("link after close: %v, want ErrClosed", err)
	}
	if err := n.Heal(); !errors.Is(err, ErrClosed) {
		t.Fatalf("heal after close: %v, want ErrClosed", err)
	}
}

// TestThroughput measures one proxy with WAN latency carrying 200-byte messages written one by
// one (no batching), the shape of a node gossiping transactions: it must carry well above the
// 1,000 tx/s a benchmark offers, and say at what CPU cost.
func TestThroughput(t *testing.T) {
	const msgBytes, msgs = 200, 50_000
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	received := make(chan error, 1)
	go func() {
		c, err := ln.Accept()
		if err != nil {
			received <- err
			return
		}
		defer c.Close()
		_ = c.SetReadDeadline(time.Now().Add(time.Minute))
		_, err = io.CopyN(io.Discard, c, msgBytes*msgs)
		received <- err
	}()
	n := newNet(t)
	addr, err := n.Link("a", "b", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	if err := n.SetLatency("a", "b", 25*time.Millisecond, 2*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	msg := make([]byte, msgBytes)
	cpu0 := cpuTime(t)
	start := time.Now()
	for i := range msgs {
		if _, err := c.Write(msg); err != nil {
			t.Fatalf("write %d: %v", i, err)
		}
	}
	if err := <-received; err != nil {
		t.Fatal(err)
	}
	el := time.Since(start)
	cpu := cpuTime(t) - cpu0
	rate := float64(msgs) / el.Seconds()
	t.Logf("one proxy, 25±2 ms: %d messages of %d B in %s: %.0f msg/s (%.1f MB/s), process CPU %s (%.0f µs per 1,000 messages, writer and reader included)",
		msgs, msgBytes, el.Round(time.Millisecond), rate, rate*msgBytes/1e6, cpu.Round(time.Millisecond), float64(cpu.Microseconds())/msgs*1000)
	if rate < 10_000 {
		t.Fatalf("%.0f messages/s through one proxy, want ≥ 10,000 (ten times a 1,000 tx/s load)", rate)
	}
}

func cpuTime(t *testing.T) time.Duration {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
