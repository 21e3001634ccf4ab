package app

import (
	"fmt"

	"github.com/lockstep-xyz/lockstep/operator/store"
)

// writeQueue bounds the heights committed and not yet written, and writeQueueBytes their
// transactions' bytes (a queued height holds its transactions: 64 full blocks would be 256 MiB);
// past either Commit waits.
const (
	writeQueue      = 64
	writeQueueBytes = 32 << 20
)

// commitBytes is what a queued height counts toward writeQueueBytes: its transactions' bytes.
func commitBytes(c *store.Commit) int {
	n := 0
	for _, raw := range c.Raw {
		n += len(raw)
	}
	return n
}

// OnFatal sets what is called when a committed height cannot be written (the node stops: it
// cannot serve what it committed). Call before the node starts.
func (a *App) OnFatal(f func(error)) { a.onFatal = f }

// Close writes the heights still queued and stops the writer. CometBFT must be stopped first.
func (a *App) Close() error {
	a.closeOnce.Do(func() { close(a.writes) })
	<-a.writerEnd
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.writerErr
}

// Flush waits until every committed height is written to the store and reported (or the
// writer failed).
func (a *App) Flush() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.waitWritten()
}

// waitWritten is Flush for a caller holding a.mu (which it releases while it waits).
func (a *App) waitWritten() error {
	for a.queued > 0 && a.writerErr == nil {
		a.idle.Wait()
	}
	return a.writerErr
}

// writer writes committed heights in order, then reports each (metrics, onCommit): what a
// reader is told about is in the store. A height counts as queued until it is reported.
func (a *App) writer() {
	defer close(a.writerEnd)
	for c := range a.writes {
		a.write(c)
		a.mu.Lock()
		a.queued--
		a.queuedBytes -= commitBytes(c)
		a.idle.Broadcast()
		a.mu.Unlock()
	}
}

func (a *App) write(c *store.Commit) {
	a.mu.RLock()
	failed := a.writerErr
	a.mu.RUnlock()
	if failed != nil {
		return // not written past a gap: the node is stopping
	}
	if err := a.store.Commit(*c); err != nil {
		err = fmt.Errorf("write height %d: %w", c.Block.Height, err)
		a.log.Error("cannot write a committed height", "height", c.Block.Height, "err", err)
		a.mu.Lock()
		a.writerErr = err
		a.mu.Unlock()
		if a.onFatal != nil {
			a.onFatal(err)
		}
		return
	}
	a.mu.Lock()
	a.written = c.Meta
	a.mu.Unlock()
	a.metrics.observe(c)
	if c.Checkpoint != nil {
		a.log.Info("checkpoint", "checkpoint", c.Checkpoint.Number, "startHeight", c.Checkpoint.StartHeight, "endHeight", c.Checkpoint.EndHeight, "root", c.Checkpoint.Root)
	}
	if a.onCommit != nil {
		a.onCommit(Committed{Block: c.Block, Checkpoint: c.Checkpoint, Raw: c.Raw, Refs: c.Refs, Hashes: c.Hashes})
	}
}
