package l1

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"
)

// poller runs a refresh of L1 state every interval in a goroutine it owns, from start until
// stop, logging what fails (the node keeps its last view until L1 answers again). The views in
// this package (Rollups, Validators, Origins) each embed one, and so each reports its Liveness.
type poller struct {
	cancel context.CancelFunc
	wg     sync.WaitGroup
	once   sync.Once

	mu   sync.Mutex
	live Liveness
}

// Liveness says how a view's reads of L1 are going: the node's health judges L1 reachable
// from it, without a read of its own.
type Liveness struct {
	// Interval is how often the view reads L1 (0: it does not poll).
	Interval time.Duration
	// Started is when polling began; LastOK when a read last succeeded (zero: never).
	Started, LastOK time.Time
}

// Liveness reports the view's reads of L1 so far.
func (p *poller) Liveness() Liveness {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.live
}

// record notes the outcome of one refresh.
func (p *poller) record(err error) {
	if err != nil {
		return
	}
	p.mu.Lock()
	p.live.LastOK = time.Now()
	p.mu.Unlock()
}

// start begins the loop: refresh at once and then every interval, or with waitFirst only after
// the first interval (the caller refreshed already).
func (p *poller) start(interval time.Duration, waitFirst bool, refresh func(context.Context) error, log *slog.Logger, what string) {
	p.mu.Lock()
	p.live.Interval, p.live.Started = interval, time.Now()
	p.mu.Unlock()
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel = cancel
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for wait := waitFirst; ; wait = true {
			if wait {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
				}
			}
			err := refresh(ctx)
			p.record(err)
			if err != nil && !errors.Is(err, context.Canceled) {
				log.Warn(what, "err", err)
			}
		}
	}()
}

// stop ends the loop and waits for it. It is idempotent, and a no-op if start never ran.
func (p *poller) stop() {
	p.once.Do(func() {
		if p.cancel != nil {
			p.cancel()
		}
		p.wg.Wait()
	})
}
