package bench

import (
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/bench/internal/stats"
)

// rollupTx is one sent transaction, as the watches saw it; zero times were never seen.
type rollupTx struct {
	hash    common.Hash
	direct  bool
	due     time.Time
	sent    time.Time
	refused bool
	// ordered is when operator 0's lockstep_getTx first found it (direct stream only), soft
	// when a newHeads notification for a block holding it arrived, safe when the safe header
	// first read was at or past its block.
	ordered time.Time
	soft    time.Time
	safe    time.Time
	block   uint64
}

// rollupTracker holds every sent transaction; the senders and the watches share it.
type rollupTracker struct {
	mu   sync.Mutex
	txs  []*rollupTx
	byID map[common.Hash]*rollupTx
	// firstRefusal is each stream's first refused send's error (index 1: direct).
	firstRefusal [2]string
}

func newRollupTracker() *rollupTracker {
	return &rollupTracker{byID: make(map[common.Hash]*rollupTx)}
}

// add records a transaction about to be sent, before the send, so a watch can find it at once.
func (t *rollupTracker) add(hash common.Hash, direct bool, due, sent time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	tx := &rollupTx{hash: hash, direct: direct, due: due, sent: sent}
	t.txs = append(t.txs, tx)
	t.byID[hash] = tx
}

func (t *rollupTracker) refuse(hash common.Hash, err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	tx := t.byID[hash]
	tx.refused = true
	if i := boolIndex(tx.direct); t.firstRefusal[i] == "" {
		t.firstRefusal[i] = err.Error()
	}
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// seenInBlock marks the transactions of block number not seen before as soft at at.
func (t *rollupTracker) seenInBlock(hashes []common.Hash, number uint64, at time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, h := range hashes {
		if tx, ok := t.byID[h]; ok && tx.soft.IsZero() {
			tx.soft, tx.block = at, number
		}
	}
}

// safeUpTo marks the soft transactions in blocks up to safe as safe at at.
func (t *rollupTracker) safeUpTo(safe uint64, at time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, tx := range t.txs {
		if !tx.soft.IsZero() && tx.safe.IsZero() && tx.block <= safe {
			tx.safe = at
		}
	}
}

// unordered lists the accepted direct transactions operator 0 has not been seen to order.
func (t *rollupTracker) unordered() []common.Hash {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []common.Hash
	for _, tx := range t.txs {
		if tx.direct && !tx.refused && tx.ordered.IsZero() {
			out = append(out, tx.hash)
		}
	}
	return out
}

func (t *rollupTracker) orderedAt(hash common.Hash, at time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if tx, ok := t.byID[hash]; ok && tx.ordered.IsZero() {
		tx.ordered = at
	}
}

// progress counts sent, soft and safe transactions and whether every accepted one got everywhere
// it is measured to.
func (t *rollupTracker) progress() (sent, soft, safe int, complete bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	complete = true
	for _, tx := range t.txs {
		sent++
		if !tx.soft.IsZero() {
			soft++
		}
		if !tx.safe.IsZero() {
			safe++
		}
		if !tx.refused && (tx.soft.IsZero() || tx.safe.IsZero() || (tx.direct && tx.ordered.IsZero())) {
			complete = false
		}
	}
	return sent, soft, safe, complete
}

// snapshot copies the transactions, in send order per stream.
func (t *rollupTracker) snapshot() ([]rollupTx, [2]string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]rollupTx, len(t.txs))
	for i, tx := range t.txs {
		out[i] = *tx
	}
	return out, t.firstRefusal
}

// summarize fills the counts and latencies from the transactions.
func (r *RollupResult) summarize(txs []rollupTx, firstRefusal [2]string) {
	var soft, safe, ordered, directSoft, paired, nodeLate, directLate []float64
	r.Node, r.Direct = RollupStream{FirstRefusal: firstRefusal[0]}, RollupStream{FirstRefusal: firstRefusal[1]}
	blocks := make(map[uint64]bool)
	for _, tx := range txs {
		s := &r.Node
		if tx.direct {
			s = &r.Direct
		}
		s.Sent++
		late := firmMs(tx.sent.Sub(tx.due))
		if tx.direct {
			directLate = append(directLate, late)
		} else {
			nodeLate = append(nodeLate, late)
		}
		if tx.refused {
			s.Refused++
			continue
		}
		if tx.soft.IsZero() {
			s.NeverSoft++
		} else {
			blocks[tx.block] = true
		}
		if tx.safe.IsZero() {
			s.NeverSafe++
		}
		if tx.direct && tx.ordered.IsZero() {
			s.NeverOrdered++
		}
		switch {
		case tx.direct:
			if !tx.ordered.IsZero() {
				ordered = append(ordered, firmMs(tx.ordered.Sub(tx.sent)))
			}
			if !tx.soft.IsZero() {
				directSoft = append(directSoft, firmMs(tx.soft.Sub(tx.sent)))
			}
			if !tx.ordered.IsZero() && !tx.soft.IsZero() {
				paired = append(paired, firmMs(tx.soft.Sub(tx.ordered)))
			}
		default:
			if !tx.soft.IsZero() {
				soft = append(soft, firmMs(tx.soft.Sub(tx.sent)))
			}
			if !tx.safe.IsZero() {
				safe = append(safe, firmMs(tx.safe.Sub(tx.sent)))
			}
		}
	}
	r.Node.SendLateP99Ms, r.Direct.SendLateP99Ms = stats.Percentile(nodeLate, 99), stats.Percentile(directLate, 99)
	r.RollupSoft, r.RollupSafe = rollupLatency(soft), rollupLatency(safe)
	r.OrderingSoft, r.DirectRollupSoft = rollupLatency(ordered), rollupLatency(directSoft)
	r.OrderedToReceipt = rollupLatency(paired)
	r.Blocks = len(blocks)
}
