package node

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/operator/avail"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/rpc"
)

// payloads gives the application the referenced transactions: the pool, and its reactor to
// fetch what this node lacks from peers.
type payloads struct {
	pool    *avail.Pool
	reactor *avail.Reactor
	life    context.Context // cancelled when the node stops
}

func (p payloads) Get(d common.Hash) ([]byte, bool, error) { return p.pool.Get(d) }

func (p payloads) Fetch(ctx context.Context, d common.Hash) ([]byte, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer context.AfterFunc(p.life, cancel)()
	return p.reactor.Fetch(ctx, d)
}

// checkPushed is what a peer may push into the pool: a client transaction, well formed. Whether
// its rollups are registered is checked when it is proposed, as for any transaction.
func checkPushed(raw []byte) error {
	_, err := envelope.DecodeClient(raw)
	return err
}

// byRef reports whether raw is ordered by reference.
func (n *Node) byRef(raw []byte) bool {
	return n.cfg.RefMinBytes > 0 && len(raw) >= n.cfg.RefMinBytes
}

// publish stores raw in the pool, sends it to every peer and returns the reference transaction
// that stands for it in consensus.
func (n *Node) publish(ctx context.Context, raw []byte) ([]byte, error) {
	d, _, err := n.pool.Put(raw)
	if err != nil {
		return nil, err
	}
	// The mempool holds only the 37-byte references: the bytes they name are bounded here, by
	// the mempool's byte bound, as if they were in it.
	if n.app.RefBacklog()+int64(len(raw)) > n.cfg.Mempool.MaxBytes {
		return nil, rpc.ErrBusy
	}
	n.app.Prehash(d, raw)
	n.avail.Broadcast(ctx, raw)
	return envelope.EncodeRef(envelope.Ref{Digest: d, Size: uint32(len(raw))}), nil
}
