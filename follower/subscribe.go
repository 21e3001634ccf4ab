package follower

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
)

// batchSub is a subscription to one operator's new batches of the rollup.
type batchSub struct {
	op source
	ch chan *operatorapi.Batch
	s  subscription
}

// keepSub keeps the current operator's new batches pushed when its URL is a WebSocket one: it
// ends a subscription to another operator and subscribes when none is live (after a failure,
// not before resubscribe has passed). Polling goes on meanwhile.
func (f *Follower) keepSub(ctx context.Context) error {
	if len(f.ops) == 0 {
		return nil // softStep reports it
	}
	op := f.ops[f.cur]
	if f.sub != nil {
		if f.sub.op == op {
			return nil
		}
		f.dropSub()
	}
	if !subscribes(op.URL()) || time.Now().Before(f.subRetry[op.URL()]) || len(f.records) >= maxSoftLead {
		return nil
	}
	ch := make(chan *operatorapi.Batch, notifyBuffer)
	s, err := op.SubscribeBatches(ctx, f.cfg.RollupID, ch)
	if err != nil {
		f.subRetry[op.URL()] = time.Now().Add(f.resubscribe)
		return f.transient(ctx, "subscription to "+op.URL(), fmt.Errorf("polling instead: %w", err))
	}
	f.sub = &batchSub{op: op, ch: ch, s: s}
	f.resync = true // what was committed before the subscription started is polled
	f.log.Info("subscribed to new batches", "operator", op.URL())
	return nil
}

// dropSub ends the subscription, if any. Unsubscribing waits for the operator's answer, so it
// happens in the background (Run waits for it).
func (f *Follower) dropSub() {
	if f.sub == nil {
		return
	}
	s := f.sub.s
	f.sub = nil
	f.bg.Add(1)
	go func() {
		defer f.bg.Done()
		s.Unsubscribe()
	}()
}

// subEnded handles the end of the subscription (err nil: the connection was closed): the
// follower polls, and subscribes again after resubscribe.
func (f *Follower) subEnded(ctx context.Context, err error) error {
	url := f.sub.op.URL()
	f.dropSub()
	f.subRetry[url] = time.Now().Add(f.resubscribe)
	if err == nil {
		err = errors.New("connection closed")
	}
	return f.transient(ctx, "subscription to "+url, fmt.Errorf("subscription ended, polling until it is renewed: %w", err))
}

// notified handles a batch the subscribed operator pushed, checked as a polled one is. Since the
// last resync the notifications continue the heights handled without a gap, so the heights
// between the last one handled and this one have no batch, as far as this operator says.
func (f *Follower) notified(ctx context.Context, b *operatorapi.Batch) error {
	if b == nil {
		return f.subEnded(ctx, errors.New("empty notification"))
	}
	src := f.sub.op.URL()
	from := max(f.softNext, f.next)
	if b.Height < from {
		return nil // polled already
	}
	if len(f.records) >= maxSoftLead {
		f.dropSub()
		return f.transient(ctx, "soft", fmt.Errorf("%d heights wait for a checkpoint on L1; soft fetching paused", len(f.records)))
	}
	hashes, err := VerifyBatch(b, f.cfg.RollupID, b.Height)
	if err != nil {
		return f.markLying(src, b.Height, 0, err.Error())
	}
	if err := f.dropSkipped(from, b.Height, src); err != nil {
		return err
	}
	if err := f.softBatch(src, b, hashes, "subscription"); err != nil {
		return err
	}
	f.softNext = b.Height + 1
	return nil
}

// failback starts, every Failback while the follower reads from another operator than its first
// honest one, a check in the background of the operators before the one in use (probeDone
// takes the answer).
func (f *Follower) failback(ctx context.Context) {
	if f.cur == 0 || f.probing || time.Since(f.lastSwitch) < f.cfg.Failback {
		return
	}
	f.probing, f.lastSwitch = true, time.Now()
	ops := slices.Clone(f.ops[:f.cur])
	need := max(f.softNext, f.next) - 1
	timeout := f.probeTimeout
	f.bg.Add(1)
	go func() {
		defer f.bg.Done()
		f.probed <- probe(ctx, ops, need, timeout)
	}()
}

// probe returns the first of ops that answers and has committed height need, or nil.
func probe(ctx context.Context, ops []source, need uint64, timeout time.Duration) source {
	for _, op := range ops {
		pctx, cancel := context.WithTimeout(ctx, timeout)
		h, err := op.Height(pctx)
		cancel()
		if err == nil && h >= need {
			return op
		}
	}
	return nil
}

// probeDone goes back to the operator the probe found, if it is still honest and preferred.
func (f *Follower) probeDone(op source) {
	f.probing, f.lastSwitch = false, time.Now()
	if op == nil {
		return
	}
	i := slices.Index(f.ops, op)
	if i < 0 || i >= f.cur {
		return // dropped since, or already in use
	}
	f.log.Info("back to a preferred operator", "from", f.ops[f.cur].URL(), "to", op.URL())
	f.cur = i
}
