package bench

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"iter"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/sync/errgroup"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/system"
)

// rollupAccount is one dev account of a stream, its nonce tracked here.
type rollupAccount struct {
	key   *ecdsa.PrivateKey
	from  common.Address
	nonce uint64
}

// rollupLoad sends the streams and watches the rollup node and operator 0.
type rollupLoad struct {
	cfg    RollupConfig
	sys    *system.System
	rpc    *gethrpc.Client // the rollup node over HTTP
	eth    *ethclient.Client
	ws     *gethrpc.Client // the rollup node over WebSocket, for newHeads
	op     *operatorapi.Client
	reg    *checkpointregistry.CheckpointRegistryCaller
	signer types.Signer
	feeCap *big.Int
	tr     *rollupTracker
}

func newRollupLoad(ctx context.Context, sys *system.System, cfg RollupConfig) (*rollupLoad, error) {
	l := &rollupLoad{cfg: cfg, sys: sys, signer: types.LatestSignerForChainID(new(big.Int).SetUint64(rollupChainID)), tr: newRollupTracker()}
	var err error
	if l.reg, err = checkpointregistry.NewCheckpointRegistryCaller(sys.Devnet.Deployment.Contracts.CheckpointRegistry, sys.Devnet.Client); err != nil {
		return nil, err
	}
	node := sys.Rollups[0]
	if l.rpc, err = node.Client(ctx); err != nil {
		return nil, err
	}
	l.eth = ethclient.NewClient(l.rpc)
	if l.op, err = sys.Nodes[0].Client(ctx); err != nil {
		return nil, err
	}
	if l.ws, err = gethrpc.DialContext(ctx, node.WSURL()); err != nil {
		return nil, fmt.Errorf("dial the rollup node's WebSocket: %w", err)
	}
	head, err := l.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		l.close()
		return nil, fmt.Errorf("read the rollup node's head: %w", err)
	}
	if head.BaseFee == nil {
		l.close()
		return nil, fmt.Errorf("rollup head %d has no base fee (not London)", head.Number)
	}
	// Blocks stay far below the gas limit (which is also the target), so the base fee only
	// falls: twice the head's plus a gwei stays above it for the whole run.
	l.feeCap = new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(params.GWei))
	return l, nil
}

func (l *rollupLoad) close() { l.ws.Close() }

// warmUp sends one transfer through the rollup node and waits for its receipt, so the first
// measured transaction finds every connection and cache warm, and returns how long it took.
func (l *rollupLoad) warmUp(ctx context.Context) (time.Duration, error) {
	a, err := l.account(ctx, rollupNodeAccounts[0])
	if err != nil {
		return 0, err
	}
	tx, err := l.sign(a)
	if err != nil {
		return 0, err
	}
	sent := time.Now()
	if err := l.eth.SendTransaction(ctx, tx); err != nil {
		return 0, fmt.Errorf("send the warm-up transaction to the rollup node: %w", err)
	}
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		r, err := l.eth.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return 0, fmt.Errorf("warm-up transaction %s failed in rollup block %d", tx.Hash(), r.BlockNumber)
			}
			return time.Since(sent), nil
		}
		select {
		case <-ctx.Done():
			return 0, fmt.Errorf("wait for the warm-up transaction's receipt on the rollup node: %w", ctx.Err())
		case <-tick.C:
		}
	}
}

// account reads dev account i's pending nonce from the rollup node (it counts what it
// forwarded).
func (l *rollupLoad) account(ctx context.Context, i int) (*rollupAccount, error) {
	key, err := deployment.DevKey(i)
	if err != nil {
		return nil, err
	}
	a := &rollupAccount{key: key, from: crypto.PubkeyToAddress(key.PublicKey)}
	if a.nonce, err = l.eth.PendingNonceAt(ctx, a.from); err != nil {
		return nil, fmt.Errorf("nonce of dev account %d on the rollup node: %w", i, err)
	}
	return a, nil
}

// sign signs a's next transfer (1 wei to rollupSink), not yet consuming its nonce.
func (l *rollupLoad) sign(a *rollupAccount) (*types.Transaction, error) {
	return types.SignNewTx(a.key, l.signer, &types.DynamicFeeTx{
		ChainID:   new(big.Int).SetUint64(rollupChainID),
		Nonce:     a.nonce,
		GasTipCap: new(big.Int),
		GasFeeCap: l.feeCap,
		Gas:       params.TxGas,
		To:        &rollupSink,
		Value:     big.NewInt(1),
	})
}

// run sends both streams while watching, then waits up to Drain for the last transaction to be
// soft and safe. A note says why the run measured less than asked (its bound); an error is a
// failure.
func (l *rollupLoad) run(ctx context.Context, exits *forcedExits, logf func(string, ...any)) (string, error) {
	nodeAccts, err := l.accounts(ctx, rollupNodeAccounts)
	if err != nil {
		return "", err
	}
	directAccts, err := l.accounts(ctx, rollupDirectAccounts)
	if err != nil {
		return "", err
	}
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	watches, gctx := errgroup.WithContext(wctx)
	watches.Go(func() error { return l.watchHeads(gctx) })
	watches.Go(func() error { return l.watchSafe(gctx) })
	watches.Go(func() error { return l.watchOrdered(gctx) })

	start := time.Now().Add(50 * time.Millisecond)
	var senders errgroup.Group
	finished := make(chan struct{}, len(nodeAccts)+len(directAccts))
	stream := func(accts []*rollupAccount, rate float64, direct bool, send func(context.Context, *types.Transaction) error) {
		n := rollupCount(rate, l.cfg.Duration)
		for i, a := range accts {
			senders.Go(func() error {
				defer func() { finished <- struct{}{} }()
				return l.send(gctx, a, direct, send, func(yield func(time.Time) bool) {
					for k := i; k < n; k += len(accts) {
						if !yield(rollupDue(start, rate, k)) {
							return
						}
					}
				})
			})
		}
	}
	stream(nodeAccts, l.cfg.Rate, false, l.eth.SendTransaction)
	stream(directAccts, l.cfg.DirectRate, true, func(ctx context.Context, tx *types.Transaction) error {
		raw, err := tx.MarshalBinary()
		if err != nil {
			return err
		}
		_, err = l.op.SendRawTransaction(ctx, raw)
		return err
	})

	note, err := l.wait(ctx, gctx, exits, finished, len(nodeAccts)+len(directAccts), logf)
	stop()
	return note, errors.Join(err, senders.Wait(), watches.Wait())
}

func (l *rollupLoad) accounts(ctx context.Context, idx []int) ([]*rollupAccount, error) {
	out := make([]*rollupAccount, 0, len(idx))
	for _, i := range idx {
		a, err := l.account(ctx, i)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

// send sends a's transactions at their due times, one after the other (a nonce gap would be
// refused), each timed from just before the send. A refused transaction leaves its nonce for
// the next one; through the rollup node the nonce is read again, in case the refusal was for
// the nonce itself.
func (l *rollupLoad) send(ctx context.Context, a *rollupAccount, direct bool, send func(context.Context, *types.Transaction) error, dues iter.Seq[time.Time]) error {
	timer := time.NewTimer(0)
	defer timer.Stop()
	<-timer.C
	for due := range dues {
		if d := time.Until(due); d > 0 {
			timer.Reset(d)
			select {
			case <-ctx.Done():
				return nil
			case <-timer.C:
			}
		}
		tx, err := l.sign(a)
		if err != nil {
			return fmt.Errorf("sign a transfer from %s: %w", a.from, err)
		}
		sent := time.Now()
		l.tr.add(tx.Hash(), direct, due, sent)
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		err = send(cctx, tx)
		cancel()
		if ctx.Err() != nil {
			return nil
		}
		if err == nil {
			a.nonce++
			continue
		}
		l.tr.refuse(tx.Hash(), err)
		if !direct {
			nctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			if n, err := l.eth.PendingNonceAt(nctx, a.from); err == nil {
				a.nonce = n
			}
			cancel()
		}
	}
	return nil
}

// wait waits for the senders to finish and then for every accepted transaction to be soft and
// safe, at most Drain, logging progress every 5 s.
func (l *rollupLoad) wait(ctx, watches context.Context, exits *forcedExits, finished <-chan struct{}, senders int, logf func(string, ...any)) (string, error) {
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	var sendsDone time.Time
	lastLog := time.Now()
	for {
		select {
		case <-ctx.Done():
			sent, soft, safe, _ := l.tr.progress()
			return fmt.Sprintf("the run's %s bound ended it with %d sent, %d soft, %d safe", l.cfg.Timeout, sent, soft, safe), nil
		case <-watches.Done(): // a watch failed (run returns its error) or the run's bound passed
			if ctx.Err() != nil {
				continue
			}
			return "", nil
		case <-finished:
			if senders--; senders == 0 {
				sendsDone = time.Now()
			}
			continue
		case <-tick.C:
		}
		if err := exits.get(); err != nil {
			return "", err
		}
		sent, soft, safe, complete := l.tr.progress()
		if time.Since(lastLog) >= 5*time.Second {
			lastLog = time.Now()
			logf("rollup: %d sent, %d soft, %d safe", sent, soft, safe)
		}
		if sendsDone.IsZero() {
			continue
		}
		if complete {
			return "", nil
		}
		if time.Since(sendsDone) > l.cfg.Drain {
			return fmt.Sprintf("stopped waiting %s after the last send", l.cfg.Drain), nil
		}
	}
}

// rollupHead is the part of a newHeads notification the watch needs.
type rollupHead struct {
	Hash   common.Hash    `json:"hash"`
	Number hexutil.Uint64 `json:"number"`
}

// watchHeads marks transactions soft when a newHeads notification names a block holding them.
// The node writes a block, its receipts and its transaction index before notifying, so the
// notification's arrival is when the receipt is available. A block of the current second is
// rebuilt as later heights join it; each rebuild is a new head with its own notification,
// and fetching by hash gives exactly the transactions of the notified block (a block already
// replaced reads as null and its successor's notification follows).
func (l *rollupLoad) watchHeads(ctx context.Context) error {
	heads := make(chan rollupHead, 1024)
	sub, err := l.ws.EthSubscribe(ctx, heads, "newHeads")
	if err != nil {
		return fmt.Errorf("subscribe to the rollup node's newHeads: %w", err)
	}
	defer sub.Unsubscribe()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-sub.Err():
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("the rollup node's newHeads subscription: %w", err)
		case h := <-heads:
			at := time.Now()
			var blk *struct {
				Transactions []common.Hash `json:"transactions"`
			}
			if err := l.rpc.CallContext(ctx, &blk, "eth_getBlockByHash", h.Hash, false); err != nil {
				if ctx.Err() != nil {
					return nil
				}
				return fmt.Errorf("read rollup block %d (%s): %w", h.Number, h.Hash, err)
			}
			if blk != nil {
				l.tr.seenInBlock(blk.Transactions, uint64(h.Number), at)
			}
		}
	}
}

// watchSafe reads the safe header every SafePoll.
func (l *rollupLoad) watchSafe(ctx context.Context) error {
	tick := time.NewTicker(l.cfg.SafePoll)
	defer tick.Stop()
	safe := big.NewInt(int64(gethrpc.SafeBlockNumber))
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		if h, err := l.eth.HeaderByNumber(ctx, safe); err == nil {
			l.tr.safeUpTo(h.Number.Uint64(), time.Now())
		}
	}
}

// watchOrdered asks operator 0 every TxPoll for the direct transactions it has not been seen
// to order, in batches.
func (l *rollupLoad) watchOrdered(ctx context.Context) error {
	tick := time.NewTicker(l.cfg.TxPoll)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
		hashes := l.tr.unordered()
		for len(hashes) > 0 {
			chunk := hashes[:min(len(hashes), rollupBatchMax)]
			hashes = hashes[len(chunk):]
			outs := make([]operatorapi.TxResult, len(chunk))
			calls := make([]gethrpc.BatchElem, len(chunk))
			for i, h := range chunk {
				calls[i] = operatorapi.GetTxCall(h, &outs[i])
			}
			if err := l.op.BatchCall(ctx, calls); err != nil {
				break // the next tick asks again
			}
			at := time.Now()
			for i, c := range calls {
				if c.Error == nil && outs[i].RollupID == rollupChainID {
					l.tr.orderedAt(chunk[i], at)
				}
			}
		}
	}
}

// checkReceipts reads the receipt of every accepted transaction once the run is over: a
// transaction timed soft must have succeeded in the block it was seen in, and one never seen
// should have no receipt (else the watch missed it).
func (r *RollupResult) checkReceipts(ctx context.Context, c *gethrpc.Client, txs []rollupTx) error {
	var todo []rollupTx
	for _, tx := range txs {
		if !tx.refused {
			todo = append(todo, tx)
		}
	}
	for len(todo) > 0 {
		chunk := todo[:min(len(todo), rollupBatchMax)]
		todo = todo[len(chunk):]
		outs := make([]*types.Receipt, len(chunk))
		calls := make([]gethrpc.BatchElem, len(chunk))
		for i, tx := range chunk {
			calls[i] = gethrpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{tx.hash}, Result: &outs[i]}
		}
		if err := c.BatchCallContext(ctx, calls); err != nil {
			return fmt.Errorf("read the receipts from the rollup node: %w", err)
		}
		for i, tx := range chunk {
			rc := outs[i]
			if calls[i].Error != nil || rc == nil {
				continue
			}
			r.ReceiptsChecked++
			switch {
			case tx.soft.IsZero():
				r.LateReceipts++
			case rc.BlockNumber == nil || rc.BlockNumber.Uint64() != tx.block:
				r.MovedReceipts++
			}
			if rc.Status != types.ReceiptStatusSuccessful {
				r.FailedReceipts++
			}
		}
	}
	return nil
}
