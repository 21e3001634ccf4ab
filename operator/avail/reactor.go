package avail

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/p2p/conn"
	gogotypes "github.com/cosmos/gogoproto/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/syndtr/goleveldb/leveldb"
)

// ChannelID is the reactor's p2p channel (CometBFT uses 0x00, 0x20-0x23, 0x30, 0x38, 0x40,
// 0x60-0x61).
const ChannelID byte = 0x70

// Message types: the first byte of a message.
const (
	msgData byte = 0x01 // the rest is one raw transaction
	msgWant byte = 0x02 // the rest is 1 to MaxWant digests
)

// MaxWant is the most digests one Want message asks for.
const MaxWant = 64

// DefaultRetryInterval is how often Fetch asks the peers again by default.
const DefaultRetryInterval = 250 * time.Millisecond

// ErrMalformed is the reason a peer is stopped for a message this package cannot read.
var ErrMalformed = errors.New("malformed avail message")

// message is a decoded message: Data (data set) or Want (wants set).
type message struct {
	data  []byte
	wants []common.Hash
}

// decode reads a message a peer sent. maxTxBytes bounds a Data message's transaction.
func decode(b []byte, maxTxBytes int) (message, error) {
	if len(b) == 0 {
		return message{}, fmt.Errorf("%w: empty", ErrMalformed)
	}
	body := b[1:]
	switch b[0] {
	case msgData:
		if len(body) == 0 {
			return message{}, fmt.Errorf("%w: empty transaction", ErrMalformed)
		}
		if len(body) > maxTxBytes {
			return message{}, fmt.Errorf("%w: transaction of %d bytes over the limit of %d", ErrMalformed, len(body), maxTxBytes)
		}
		return message{data: body}, nil
	case msgWant:
		if len(body) == 0 || len(body)%common.HashLength != 0 || len(body)/common.HashLength > MaxWant {
			return message{}, fmt.Errorf("%w: want of %d bytes (1 to %d digests of %d bytes)", ErrMalformed, len(body), MaxWant, common.HashLength)
		}
		wants := make([]common.Hash, len(body)/common.HashLength)
		for i := range wants {
			wants[i] = common.BytesToHash(body[i*common.HashLength : (i+1)*common.HashLength])
		}
		return message{wants: wants}, nil
	default:
		return message{}, fmt.Errorf("%w: unknown type %#x", ErrMalformed, b[0])
	}
}

func encodeData(raw []byte) []byte {
	return append([]byte{msgData}, raw...)
}

func encodeWant(digests []common.Hash) []byte {
	b := make([]byte, 1, 1+len(digests)*common.HashLength)
	b[0] = msgWant
	for _, d := range digests {
		b = append(b, d[:]...)
	}
	return b
}

// Reactor serves a Pool to the node's peers and fetches from them what the pool lacks.
type Reactor struct {
	p2p.BaseReactor

	pool       *Pool
	check      func(raw []byte) error
	maxTxBytes int
	log        *slog.Logger

	// RetryInterval (positive) is how often Fetch asks the peers again; set it before the
	// reactor is used.
	RetryInterval time.Duration
	// OnStored, if set before the reactor is used, is told of each transaction newly stored from
	// a peer. It runs on the peer's receive routine and must not block.
	OnStored func(digest common.Hash, raw []byte)
	// Metrics, if set, count what peers pushed.
	Metrics *Metrics

	// pushed carries pushed transactions from the peers' receive routines to the storer: hashing,
	// checking and storing (a disk write that can stall behind compaction) must not hold up the
	// routine that also delivers the peer's consensus messages. Full: the transaction is dropped,
	// and fetched if a proposal names it.
	pushed chan pushedTx
	// pushedBytes is the bytes of the transactions in pushed: bounded by pushedQueueBytes too.
	pushedBytes atomic.Int64
	quit        chan struct{}
	done        chan struct{}

	// sends are Broadcast's sends still queueing after their caller's ctx ended; OnStop waits
	// for them (a CometBFT send cannot be cancelled, only times out).
	mu      sync.Mutex
	stopped bool
	sends   sync.WaitGroup
}

// NewReactor serves pool to peers. check (not nil) validates the bytes a peer pushed before
// they are stored; bytes failing it stop that peer for error, since honest peers push only what
// they validated. maxTxBytes (positive) bounds one transaction.
func NewReactor(pool *Pool, check func(raw []byte) error, maxTxBytes int, log *slog.Logger) *Reactor {
	r := &Reactor{
		pool:          pool,
		check:         check,
		maxTxBytes:    maxTxBytes,
		log:           log.With("component", "avail"),
		RetryInterval: DefaultRetryInterval,
		pushed:        make(chan pushedTx, pushedQueue),
		quit:          make(chan struct{}),
		done:          make(chan struct{}),
	}
	r.BaseReactor = *p2p.NewBaseReactor("Avail", r)
	return r
}

// GetChannels implements p2p.Reactor.
func (r *Reactor) GetChannels() []*conn.ChannelDescriptor {
	return []*conn.ChannelDescriptor{{
		ID:                  ChannelID,
		Priority:            5,
		SendQueueCapacity:   100,
		RecvBufferCapacity:  1 << 20,
		RecvMessageCapacity: r.maxTxBytes + 1024,
		MessageType:         &gogotypes.BytesValue{},
	}}
}

// pushedQueue is how many pushed transactions wait for the storer, and pushedQueueBytes how
// many of their bytes: 1,024 batches of 128 KiB would otherwise be 128 MiB of a node's memory
// when its storer falls behind.
const (
	pushedQueue      = 1024
	pushedQueueBytes = 32 << 20
)

type pushedTx struct {
	src p2p.Peer
	raw []byte
}

// OnStart starts the storer of pushed transactions.
func (r *Reactor) OnStart() error {
	go r.storer() // owned: OnStop ends it
	return nil
}

// OnStop stops the storer and waits for the sends Broadcast left behind.
func (r *Reactor) OnStop() {
	r.mu.Lock()
	r.stopped = true
	r.mu.Unlock()
	close(r.quit)
	<-r.done
	r.sends.Wait()
}

func (r *Reactor) storer() {
	defer close(r.done)
	for {
		select {
		case p := <-r.pushed:
			r.receiveData(p.src, p.raw)
			r.pushedBytes.Add(-int64(len(p.raw)))
		case <-r.quit:
			return
		}
	}
}

// Receive implements p2p.Reactor. It runs on the peer's receive routine, so it never waits on
// a peer: answers go out with TrySend, and an asker whose queue was full asks again.
func (r *Reactor) Receive(e p2p.Envelope) {
	bv, ok := e.Message.(*gogotypes.BytesValue)
	if !ok {
		r.stopPeer(e.Src, fmt.Errorf("%w: message of type %T", ErrMalformed, e.Message))
		return
	}
	msg, err := decode(bv.Value, r.maxTxBytes)
	if err != nil {
		r.stopPeer(e.Src, err)
		return
	}
	if msg.data != nil {
		n := int64(len(msg.data))
		queued := false
		if r.pushedBytes.Add(n) <= pushedQueueBytes {
			select {
			case r.pushed <- pushedTx{e.Src, msg.data}:
				queued = true
			default:
			}
		}
		r.Metrics.pushed(!queued)
		if !queued {
			r.pushedBytes.Add(-n)
			r.log.Debug("dropped a pushed transaction: the storer is behind", "peer", e.Src.ID(), "size", len(msg.data))
		}
		return
	}
	for _, d := range msg.wants {
		raw, ok, err := r.pool.Get(d)
		if err != nil {
			r.log.Warn("read a wanted transaction", "digest", d, "err", err)
			return
		}
		if !ok {
			continue
		}
		sent := e.Src.TrySend(p2p.Envelope{ChannelID: ChannelID, Message: &gogotypes.BytesValue{Value: encodeData(raw)}})
		r.log.Debug("answered want", "peer", e.Src.ID(), "digest", d, "sent", sent)
	}
}

func (r *Reactor) receiveData(src p2p.Peer, raw []byte) {
	digest := crypto.Keccak256Hash(raw)
	// Bytes already held passed check (or came from this node's API): no need to check again.
	if r.pool.Has(digest) {
		return
	}
	if err := r.check(raw); err != nil {
		r.stopPeer(src, fmt.Errorf("pushed transaction %s failed its check: %w", digest, err))
		return
	}
	isNew, err := r.pool.put(digest, raw)
	if err != nil {
		r.log.Warn("store a pushed transaction", "digest", digest, "err", err)
		return
	}
	r.log.Debug("received transaction", "peer", src.ID(), "digest", digest, "size", len(raw), "new", isNew)
	if isNew && r.OnStored != nil {
		r.OnStored(digest, raw)
	}
}

func (r *Reactor) stopPeer(p p2p.Peer, err error) {
	r.log.Warn("stopping peer", "peer", p.ID(), "err", err)
	r.Switch.StopPeerForError(p, err)
}

// peers returns the connected peers, none before the reactor joins a switch.
func (r *Reactor) peers() []p2p.Peer {
	if r.Switch == nil {
		return nil
	}
	return r.Switch.Peers().List()
}

// Broadcast sends raw (already Put in the pool by the caller) to every connected peer, blocking
// until each peer's send queue took it or that peer's send timed out: a slow peer slows the API
// caller instead of growing a queue. It returns how many peers took it. The sends run in
// parallel, so one slow peer does not hold the others back; ctx bounds the whole call, and a
// send still queueing when ctx ends is left to finish (it may still succeed, uncounted).
func (r *Reactor) Broadcast(ctx context.Context, raw []byte) int {
	if len(raw) == 0 || len(raw) > r.maxTxBytes {
		// Peers would stop this node for it.
		r.log.Warn("not broadcasting a transaction of this size", "size", len(raw), "maxTxBytes", r.maxTxBytes)
		return 0
	}
	peers := r.peers()
	if len(peers) == 0 || ctx.Err() != nil {
		return 0
	}
	r.mu.Lock()
	if r.stopped {
		r.mu.Unlock()
		return 0
	}
	r.sends.Add(len(peers))
	r.mu.Unlock()

	msg := &gogotypes.BytesValue{Value: encodeData(raw)}
	took := make(chan bool, len(peers))
	for _, p := range peers {
		go func() { // owned: the reactor's sends, which OnStop waits for
			defer r.sends.Done()
			took <- p.Send(p2p.Envelope{ChannelID: ChannelID, Message: msg})
		}()
	}
	n := 0
	for range peers {
		select {
		case ok := <-took:
			if ok {
				n++
			}
		case <-ctx.Done():
			r.log.Debug("broadcast cut short", "peers", len(peers), "took", n, "err", ctx.Err())
			return n
		}
	}
	if n < len(peers) {
		r.log.Debug("broadcast not taken by every peer", "peers", len(peers), "took", n)
	}
	return n
}

// Fetch returns the bytes under digest: from the pool if it holds them, otherwise from the
// peers, which it asks (Want) every RetryInterval until the bytes arrive or ctx ends.
func (r *Reactor) Fetch(ctx context.Context, digest common.Hash) ([]byte, error) {
	stored, release := r.pool.watch(digest)
	defer release()
	raw, ok, err := r.pool.Get(digest)
	if err != nil || ok {
		return raw, err
	}
	want := &gogotypes.BytesValue{Value: encodeWant([]common.Hash{digest})}
	tick := time.NewTicker(r.RetryInterval)
	defer tick.Stop()
	for {
		// TrySend: a full queue must not hold Fetch past ctx; the next round asks again.
		asked := 0
		for _, p := range r.peers() {
			if p.TrySend(p2p.Envelope{ChannelID: ChannelID, Message: want}) {
				asked++
			}
		}
		r.log.Debug("asked peers for a transaction", "digest", digest, "peers", asked)
		select {
		case <-stored:
			raw, ok, err := r.pool.Get(digest)
			if err == nil && !ok {
				err = errors.New("stored, then not found")
			}
			if err != nil {
				return nil, fmt.Errorf("fetch %s: %w", digest, err)
			}
			return raw, nil
		case <-r.pool.closed:
			return nil, fmt.Errorf("fetch %s: %w", digest, leveldb.ErrClosed)
		case <-ctx.Done():
			return nil, fmt.Errorf("fetch %s: %w", digest, ctx.Err())
		case <-tick.C:
		}
	}
}
