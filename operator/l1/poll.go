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
// this package (Rollups, Validators, Origins) each embed one.
type poller struct {
	cancel context.CancelFunc
	wg     sync.WaitGroup
	once   sync.Once
}

// start begins the loop: refresh at once and then every interval, or with waitFirst only after
// the first interval (the caller refreshed already).
func (p *poller) start(interval time.Duration, waitFirst bool, refresh func(context.Context) error, log *slog.Logger, what string) {
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
			if err := refresh(ctx); err != nil && !errors.Is(err, context.Canceled) {
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
