package bench

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// Systems the ordering benchmark compares.
const (
	systemLockstep = "lockstep"
	systemBaseline = "cometbft" // bare CometBFT, accept-everything application
	// systemGather is Lockstep with ingress gathering: the API gathers single submissions into
	// shared consensus transactions (systemLockstep runs with it off: one per user transaction).
	systemGather = "lockstep-gather"
	// systemBatch is Lockstep loaded by rollup batchers: each submits the transactions due as
	// one lockstep_submitBatch per rollup (up to batchMax), as a rollup's batcher would.
	systemBatch = "lockstep-batch"
)

// clusterNode is one node of a network, as the load generator sees it.
type clusterNode struct {
	url     string // JSON-RPC over HTTP: submissions and status
	ws      string // WebSocket: notifications of committed transactions
	profile string // host:port serving CPU profiles, or empty
	metrics string // host:port serving Prometheus metrics (node 0), or empty
}

// cluster is a running network of one system: its node processes, one HTTP client per node for
// the load, and one WebSocket per node on which committed transactions are notified.
type cluster struct {
	system      string
	validators  int
	wire        wire
	loadConns   int           // HTTP connections of the load per node (submissions in flight there at most)
	batchMax    int           // > 0: the load submits as rollup batchers (collectBatches), up to batchMax a request
	batchWindow time.Duration // how long a batcher's oldest transaction waits for more
	txBytes     int           // payload size of a point that does not set one
	nodes       []clusterNode
	procs       nodeProcs
	genesis     string // node 0's genesis file

	load    []*http.Client // per node: the load's connections
	control *http.Client   // status checks

	current atomic.Pointer[pointRun] // the point being measured, if any
	conns   []*websocket.Conn
	readers sync.WaitGroup
	closing atomic.Bool
	readErr atomic.Value // error: a notification stream broke (reset by reconnect, when no reader runs)
	paused  bool

	stopOnce sync.Once
	stopErr  error
}

// loadConns is how many HTTP connections the load generator keeps to each node (and how many
// submissions it has in flight there at most). With gathering each submission waits for its
// batch's window, so that network gets gatherConns to offer the same rate.
// Batchers need few connections: each request carries a batch.
const (
	loadConns    = 48
	gatherConns  = 256
	batcherConns = 8
)

func newCluster(system string, validators int, w wire) *cluster {
	c := &cluster{system: system, validators: validators, wire: w, loadConns: loadConns, control: &http.Client{Timeout: 5 * time.Second}}
	switch system {
	case systemGather:
		c.loadConns = gatherConns
	case systemBatch:
		c.loadConns = batcherConns
	}
	return c
}

// label names the cluster in progress lines and reports.
func (c *cluster) label() string {
	name := "Lockstep"
	switch c.system {
	case systemBaseline:
		name = "bare CometBFT"
	case systemGather:
		name = "Lockstep with ingress gathering"
	case systemBatch:
		name = "Lockstep with rollup batchers"
	}
	return fmt.Sprintf("%s, %d validators", name, c.validators)
}

// startNode starts one of the network's node processes.
func (c *cluster) startNode(name, bin, logPath string, args []string) error {
	p, err := startProc(name, bin, logPath, args...)
	if err != nil {
		return err
	}
	ps, _ := c.procs.(procSet) // a network started node by node holds a procSet
	c.procs = append(ps, p)
	return nil
}

// up waits until the started network commits with every peer connected, then connects the load
// generator.
func (c *cluster) up(ctx context.Context) error {
	if err := c.waitReady(ctx, 1, time.Minute); err != nil {
		return err
	}
	return c.connect(ctx)
}

// connect makes the load's HTTP clients and subscribes on every node's WebSocket.
func (c *cluster) connect(ctx context.Context) error {
	for range c.nodes {
		c.load = append(c.load, &http.Client{Timeout: 15 * time.Second, Transport: &http.Transport{
			MaxIdleConnsPerHost: c.loadConns, MaxConnsPerHost: c.loadConns, IdleConnTimeout: time.Minute,
			DisableCompression: true, DialContext: (&net.Dialer{Timeout: 5 * time.Second}).DialContext,
		}})
	}
	return c.subscribe(ctx)
}

// subscribe opens every node's WebSocket and subscribes to committed transactions.
func (c *cluster) subscribe(ctx context.Context) error {
	for i, n := range c.nodes {
		conn, _, err := websocket.DefaultDialer.DialContext(ctx, n.ws, nil)
		if err != nil {
			return fmt.Errorf("%s: node %d WebSocket: %w", c.label(), i, err)
		}
		c.conns = append(c.conns, conn)
		for _, sub := range c.wire.subscriptions(i) {
			if err := conn.WriteMessage(websocket.TextMessage, []byte(sub)); err != nil {
				return fmt.Errorf("%s: node %d subscribe: %w", c.label(), i, err)
			}
		}
		c.readers.Add(1)
		go func() { // owned: stop closes the connection and waits
			defer c.readers.Done()
			c.read(i, conn)
		}()
	}
	return nil
}

// read hands the transactions notified by node i to the current point.
func (c *cluster) read(i int, conn *websocket.Conn) {
	for {
		_, msg, err := conn.ReadMessage()
		if err != nil {
			if !c.closing.Load() {
				c.readErr.CompareAndSwap(nil, fmt.Errorf("node %d notifications: %w", i, err))
			}
			return
		}
		now := time.Now()
		pr := c.current.Load()
		var ours int
		height, err := c.wire.notification(msg, func(point uint32, seq uint64) {
			if pr != nil && point == pr.id && pr.confirm(seq, i, now) {
				ours++
			}
		})
		if err != nil {
			c.readErr.CompareAndSwap(nil, fmt.Errorf("node %d: %w", i, err))
			continue
		}
		if i == 0 && pr != nil && ours > 0 {
			pr.block(height, ours, now)
		}
	}
}

// streamErr is the first error of a notification stream, if any.
func (c *cluster) streamErr() error {
	if err, ok := c.readErr.Load().(error); ok {
		return err
	}
	return nil
}

// statuses reads every node's status.
func (c *cluster) statuses(ctx context.Context) ([]nodeStatus, error) {
	out := make([]nodeStatus, len(c.nodes))
	for i, n := range c.nodes {
		s, err := c.wire.status(ctx, c.control, n.url)
		if err != nil {
			return nil, fmt.Errorf("node %d status: %w", i, err)
		}
		out[i] = s
	}
	return out, nil
}

// waitFor polls cond (every 100 ms) until it holds, ctx ends or timeout passes; a node process
// that exits ends the wait.
func (c *cluster) waitFor(ctx context.Context, timeout time.Duration, what string, cond func([]nodeStatus) bool) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	var last error
	for {
		if err := c.procs.firstExited(); err != nil {
			return fmt.Errorf("%s: %w", c.label(), err)
		}
		st, err := c.statuses(ctx)
		if err == nil && cond(st) {
			return nil
		}
		if err != nil {
			last = err
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s: waiting %s for %s: %w (last error: %v)", c.label(), timeout, what, ctx.Err(), last)
		case <-t.C:
		}
	}
}

// waitReady waits until every node committed height h and sees all its peers.
func (c *cluster) waitReady(ctx context.Context, h uint64, timeout time.Duration) error {
	return c.waitFor(ctx, timeout, fmt.Sprintf("every node at height %d with %d peers", h, c.validators-1), func(st []nodeStatus) bool {
		for _, s := range st {
			if s.Height < h || s.Peers < c.validators-1 {
				return false
			}
		}
		return true
	})
}

// waitIdle waits until every mempool is empty.
func (c *cluster) waitIdle(ctx context.Context, timeout time.Duration) error {
	return c.waitFor(ctx, timeout, "empty mempools", func(st []nodeStatus) bool {
		for _, s := range st {
			if s.Mempool > 0 {
				return false
			}
		}
		return true
	})
}

// pause freezes the network's processes so that it takes no CPU while another is measured.
func (c *cluster) pause() error {
	if c.paused {
		return nil
	}
	c.paused = true
	return pauseProcs(c.procs)
}

// resume continues a paused network and waits until it commits again: its consensus timers ran
// out while frozen, so it may need a round to find its feet.
func (c *cluster) resume(ctx context.Context) error {
	if !c.paused {
		return nil
	}
	c.paused = false
	if err := resumeProcs(c.procs); err != nil {
		return err
	}
	// Connections kept alive across the pause may have been dropped by the nodes.
	c.control.CloseIdleConnections()
	var target uint64
	if err := c.waitFor(ctx, 30*time.Second, "a new height after the pause", func(st []nodeStatus) bool {
		var lo, hi uint64 = math.MaxUint64, 0
		for _, s := range st {
			lo, hi = min(lo, s.Height), max(hi, s.Height)
		}
		if target == 0 {
			target = hi + 1
		}
		return lo >= target
	}); err != nil {
		return err
	}
	return c.reconnect(ctx)
}

// closeStreams closes the notification streams and waits for their readers.
func (c *cluster) closeStreams() {
	c.closing.Store(true)
	for _, conn := range c.conns {
		_ = conn.Close()
	}
	c.readers.Wait()
	c.conns = nil
}

// reconnect opens new notification streams and load connections after a pause: the nodes'
// read deadlines on the old ones ran out while they were frozen.
func (c *cluster) reconnect(ctx context.Context) error {
	c.closeStreams()
	for _, h := range c.load {
		h.CloseIdleConnections()
	}
	c.readErr = atomic.Value{}
	c.closing.Store(false)
	return c.subscribe(ctx)
}

// stop closes the notification streams and stops the processes. Idempotent.
func (c *cluster) stop() error {
	c.stopOnce.Do(func() {
		c.closeStreams()
		var errs []error
		for _, h := range c.load {
			h.CloseIdleConnections()
		}
		if c.procs != nil {
			errs = append(errs, c.procs.stop())
		}
		c.stopErr = errors.Join(errs...)
	})
	return c.stopErr
}
