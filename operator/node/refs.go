package node

import (
	"context"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/operator/avail"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/rpc"
	"github.com/lockstep-xyz/lockstep/operator/socket"
)

// payloads gives the application the referenced transactions: the pool, and its reactor to
// fetch what this node lacks from peers.
type payloads struct {
	pool    *avail.Pool
	reactor *avail.Reactor
	life    context.Context // cancelled when the node stops
	// peerAPIs are the other operators' API URLs, to fetch from when p2p cannot deliver.
	peerAPIs func() []string
	log      *slog.Logger
}

func (p payloads) Get(d common.Hash) ([]byte, bool, error) { return p.pool.Get(d) }

// apiFetchAfter is how long Fetch waits for the bytes over p2p before it also asks the other
// operators' APIs. While this node's consensus waits in an ABCI call it holds CometBFT's
// consensus lock, and the consensus reactor takes that lock to receive some of a peer's
// messages: the peer's receive routine, shared by every channel of the connection, then stops,
// and the bytes sent back on the avail channel are not read until the call returns.
const apiFetchAfter = 300 * time.Millisecond

// Fetch returns the bytes under d: over p2p (the avail reactor), and after apiFetchAfter from
// the other operators' APIs too, whichever answers first; either way checked against d.
func (p payloads) Fetch(ctx context.Context, d common.Hash) ([]byte, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer context.AfterFunc(p.life, cancel)()
	type result struct {
		raw []byte
		err error
	}
	got := make(chan result, 2)
	go func() { // owned: ends with ctx, which is cancelled on return
		raw, err := p.reactor.Fetch(ctx, d)
		got <- result{raw, err}
	}()
	go func() { // owned: ends with ctx, which is cancelled on return
		raw, err := p.fetchAPIs(ctx, d)
		got <- result{raw, err}
	}()
	first := <-got
	if first.err == nil {
		return first.raw, nil
	}
	if second := <-got; second.err == nil {
		return second.raw, nil
	}
	return nil, first.err
}

// fetchAPIs asks the other operators' APIs for the bytes under d, in turn, until one has them
// (stored in the pool then) or ctx ends.
func (p payloads) fetchAPIs(ctx context.Context, d common.Hash) ([]byte, error) {
	wait := apiFetchAfter
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(wait):
		}
		wait = time.Second
		for _, url := range p.peerAPIs() {
			if raw, ok, _ := p.pool.Get(d); ok {
				return raw, nil
			}
			raw, err := getReferenced(ctx, url, d)
			if err != nil {
				p.log.Debug("fetch a referenced transaction from an operator's API", "api", url, "digest", d, "err", err)
				continue
			}
			if _, _, err := p.pool.Put(raw); err != nil {
				return nil, err
			}
			return raw, nil
		}
	}
}

func getReferenced(ctx context.Context, url string, d common.Hash) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	c, err := operatorapi.Dial(ctx, url)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	return c.GetReferenced(ctx, d)
}

// Referenced implements rpc.Backend.
func (n *Node) Referenced(d common.Hash) ([]byte, bool, error) { return n.pool.Get(d) }

// peerAPIs are the other operators' API URLs: from the operator set last read on L1, or the
// genesis.
func (n *Node) peerAPIs() []string {
	var urls []string
	if ops := n.operators.Load(); ops != nil {
		for _, o := range ops.Operators {
			if o.API != "" && o.NodeID != n.identity.NodeID {
				urls = append(urls, o.API)
			}
		}
		return urls
	}
	for _, o := range n.gs.Operators {
		if s, err := socket.Parse(o.Socket); err == nil && s.RPCURL != "" && s.NodeID != n.identity.NodeID {
			urls = append(urls, s.RPCURL)
		}
	}
	return urls
}

// checkPushed is what a peer may push into the pool: a client transaction, well formed. Whether
// its rollups are registered is checked when it is proposed, as for any transaction.
func checkPushed(raw []byte) error {
	_, err := envelope.DecodeClient(raw)
	return err
}

// byRef reports whether raw is ordered by reference.
func (n *Node) byRef(raw []byte) bool { return n.byRefSize(len(raw)) }

// refsFull reports whether the bytes the mempool's references name, with size more, would pass
// the mempool's byte bound.
func (n *Node) refsFull(size int) bool {
	return n.app.RefBacklog()+int64(size) > n.cfg.Mempool.MaxBytes
}

// byRefSize reports whether a transaction of size bytes is ordered by reference.
func (n *Node) byRefSize(size int) bool {
	return n.cfg.RefMinBytes > 0 && size >= n.cfg.RefMinBytes
}

// publish stores raw in the pool, sends it to every peer and returns the reference transaction
// that stands for it in consensus. d is raw's keccak256 if the caller computed it, else zero.
func (n *Node) publish(ctx context.Context, raw []byte, d common.Hash) ([]byte, error) {
	if d == (common.Hash{}) {
		d = crypto.Keccak256Hash(raw)
	}
	if _, err := n.pool.PutHashed(d, raw); err != nil {
		return nil, err
	}
	// The mempool holds only the 37-byte references: the bytes they name are bounded here, by
	// the mempool's byte bound, as if they were in it.
	if n.refsFull(len(raw)) {
		return nil, rpc.ErrBusy
	}
	n.app.Prehash(d, raw)
	n.avail.Broadcast(ctx, raw)
	return envelope.EncodeRef(envelope.Ref{Digest: d, Size: uint32(len(raw))}), nil
}
