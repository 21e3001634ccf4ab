package l1

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"
)

// Rollups is the node's view of the registered rollups: seeded (from the genesis) and then
// refreshed from L1 on an interval by an owned goroutine. It implements app.Rollups.
type Rollups struct {
	reader   Reader
	interval time.Duration
	log      *slog.Logger

	set atomic.Pointer[map[uint64]bool]

	poller
}

// NewRollups returns a view seeded with ids. A nil reader never refreshes.
func NewRollups(reader Reader, interval time.Duration, ids []uint64, log *slog.Logger) *Rollups {
	r := &Rollups{reader: reader, interval: interval, log: log.With("component", "rollups")}
	r.store(ids)
	return r
}

func (r *Rollups) store(ids []uint64) {
	m := make(map[uint64]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	r.set.Store(&m)
}

// Registered implements app.Rollups.
func (r *Rollups) Registered(id uint64) bool { return (*r.set.Load())[id] }

// Refresh reads the registered rollups from L1 now.
func (r *Rollups) Refresh(ctx context.Context) error {
	ids, err := r.reader.RegisteredRollups(ctx, 0)
	if err != nil {
		return err
	}
	if len(ids) != len(*r.set.Load()) {
		r.log.Info("registered rollups", "rollups", ids)
	}
	r.store(ids)
	return nil
}

// Start refreshes on the interval until Stop.
func (r *Rollups) Start(context.Context) error {
	if r.reader == nil || r.interval <= 0 {
		return nil
	}
	r.start(r.interval, false, r.Refresh, r.log, "refresh registered rollups")
	return nil
}

// Stop ends the refresh loop. It is idempotent.
func (r *Rollups) Stop(context.Context) error {
	r.stop()
	return nil
}
