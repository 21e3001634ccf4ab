package follower

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/inbox"
)

// fakeChain is a fabricated sequence of blocks whose commitments are computed with the
// commitment package exactly as an operator node computes them.
type fakeChain struct {
	k      uint64                         // checkpoint interval
	top    uint64                         // heights 1..top exist
	txs    map[uint64]map[uint64][][]byte // height -> rollup -> payloads
	cursor map[uint64]uint64              // height -> forced cursor after it, where it moves
}

func newFakeChain(k, top uint64) *fakeChain {
	return &fakeChain{k: k, top: top, txs: make(map[uint64]map[uint64][][]byte), cursor: make(map[uint64]uint64)}
}

// forcedUpTo sets the forced cursor after height (it stays there until set again).
func (c *fakeChain) forcedUpTo(height, cursor uint64) *fakeChain {
	c.cursor[height] = cursor
	return c
}

// forcedCount is the forced cursor after height.
func (c *fakeChain) forcedCount(height uint64) uint64 {
	var n uint64
	for h, cur := range c.cursor {
		if h <= height && cur > n {
			n = cur
		}
	}
	return n
}

// add appends payloads to rollup's batch at height.
func (c *fakeChain) add(height, rollup uint64, payloads ...string) *fakeChain {
	if c.txs[height] == nil {
		c.txs[height] = make(map[uint64][][]byte)
	}
	for _, p := range payloads {
		c.txs[height][rollup] = append(c.txs[height][rollup], []byte(p))
	}
	return c
}

func (c *fakeChain) clone() *fakeChain {
	out := newFakeChain(c.k, c.top)
	maps.Copy(out.cursor, c.cursor)
	for h, rs := range c.txs {
		out.txs[h] = make(map[uint64][][]byte)
		for r, txs := range rs {
			out.txs[h][r] = slices.Clone(txs)
		}
	}
	return out
}

// tampered is what the tamper-batches fault serves: every batch's first transaction altered.
func (c *fakeChain) tampered() *fakeChain {
	out := c.clone()
	for _, rs := range out.txs {
		for r, txs := range rs {
			rs[r][0] = append([]byte("TAMPERED:"), txs[0]...)
		}
	}
	return out
}

// without removes rollup's batch at height.
func (c *fakeChain) without(rollup, height uint64) *fakeChain {
	out := c.clone()
	delete(out.txs[height], rollup)
	return out
}

func (c *fakeChain) headers(h uint64) ([]commitment.BatchHeader, common.Hash) {
	rs := slices.Sorted(maps.Keys(c.txs[h]))
	hdrs := make([]commitment.BatchHeader, 0, len(rs))
	for _, r := range rs {
		txs := c.txs[h][r]
		if len(txs) == 0 {
			continue
		}
		hashes := make([]common.Hash, len(txs))
		for i, tx := range txs {
			hashes[i] = commitment.TxHash(tx)
		}
		hdrs = append(hdrs, commitment.BatchHeader{RollupID: r, Root: commitment.BatchRoot(hashes), TxCount: uint64(len(txs))})
	}
	root, err := commitment.BlockRoot(c.meta(h), hdrs)
	if err != nil {
		panic(err)
	}
	return hdrs, root
}

// meta is the block meta of height h in the fake chain: every field set, every height distinct.
func (c *fakeChain) meta(h uint64) commitment.BlockMeta {
	return commitment.BlockMeta{TimeMs: 1_764_000_000_000 + h*250, L1Origin: commitment.L1Ref{Number: 100 + h/4, Hash: common.BigToHash(new(big.Int).SetUint64(h / 4))},
		ForcedCount: c.forcedCount(h)}
}

func (c *fakeChain) heights(rollup, from uint64, limit int) []uint64 {
	out := []uint64{}
	for h := max(from, 1); h <= c.top && len(out) < limit; h++ {
		if len(c.txs[h][rollup]) > 0 {
			out = append(out, h)
		}
	}
	return out
}

func (c *fakeChain) batch(rollup, h uint64) *operatorapi.Batch {
	hdrs, root := c.headers(h)
	idx := slices.IndexFunc(hdrs, func(b commitment.BatchHeader) bool { return b.RollupID == rollup })
	if idx < 0 {
		return nil
	}
	tree, _ := commitment.BlockTree(hdrs)
	proof, _ := tree.Proof(idx)
	b := &operatorapi.Batch{RollupID: rollup, Height: h,
		Proof: commitment.BatchProof{Batch: hdrs[idx], Height: h, RollupIndex: uint64(idx), RollupCount: uint64(len(hdrs)), Meta: c.meta(h), BlockRoot: root, BlockProof: proof}}
	for _, tx := range c.txs[h][rollup] {
		b.Txs = append(b.Txs, hexutil.Bytes(tx))
		b.TxHashes = append(b.TxHashes, commitment.TxHash(tx))
	}
	return b
}

// absence builds the proof the way lockstep_getAbsence does (nil if the rollup has a batch).
func (c *fakeChain) absence(rollup, h uint64) *commitment.AbsenceProof {
	hdrs, root := c.headers(h)
	p := &commitment.AbsenceProof{RollupID: rollup, Height: h, BlockRoot: root, RollupCount: uint64(len(hdrs)), Meta: c.meta(h)}
	if len(hdrs) == 0 {
		return p
	}
	tree, _ := commitment.BlockTree(hdrs)
	neighbour := func(i int) *commitment.BatchProof {
		proof, _ := tree.Proof(i)
		return &commitment.BatchProof{Batch: hdrs[i], Height: h, RollupIndex: uint64(i), RollupCount: p.RollupCount, Meta: c.meta(h), BlockRoot: root, BlockProof: proof}
	}
	i := 0
	for i < len(hdrs) && hdrs[i].RollupID < rollup {
		i++
	}
	if i < len(hdrs) && hdrs[i].RollupID == rollup {
		return nil
	}
	if i > 0 {
		p.Left = neighbour(i - 1)
	}
	if i < len(hdrs) {
		p.Right = neighbour(i)
	}
	return p
}

func (c *fakeChain) checkpoint(n uint64) *operatorapi.CheckpointResult {
	start, end := (n-1)*c.k+1, n*c.k
	roots := make([]common.Hash, 0, c.k)
	for h := start; h <= end; h++ {
		_, r := c.headers(h)
		roots = append(roots, r)
	}
	tree := commitment.CheckpointTree(start, roots)
	res := &operatorapi.CheckpointResult{Checkpoint: commitment.Checkpoint{Number: n, StartHeight: start, EndHeight: end, Root: tree.Root(),
		L1Origin: c.meta(end).L1Origin.Number, ForcedCount: c.forcedCount(end)}}
	for i, r := range roots {
		p, _ := tree.Proof(i)
		res.Heights = append(res.Heights, operatorapi.HeightProof{Height: start + uint64(i), BlockRoot: r, Proof: p})
	}
	return res
}

func (c *fakeChain) stored(n uint64) commitment.Checkpoint { return c.checkpoint(n).Checkpoint }

var errDown = errors.New("connection refused")

// fakeSource serves a fakeChain as an operator's API would. hide lists heights whose batch of
// the rollup it hides: left out of the batch heights and "proven" absent with a forged block.
// Its head is top (the chain's top unless set lower): commit moves it up and pushes the new
// batches to subscribers, as lockstep_subscribe("batches") does.
type fakeSource struct {
	url   string
	chain *fakeChain

	mu      sync.Mutex
	hide    map[uint64]*fakeChain
	top     uint64
	pollTop uint64 // if nonzero, calls see heights up to it only: what reaches the follower past it was pushed
	down    bool
	noSub   bool // SubscribeBatches fails
	badPush bool // pushed batches have their first transaction altered (roots left alone)
	subs    []*fakeSub
	closed  int
	calls   int
}

func newFakeSource(url string, chain *fakeChain) *fakeSource {
	return &fakeSource{url: url, chain: chain, hide: make(map[uint64]*fakeChain), top: chain.top}
}

func (s *fakeSource) hideBatch(rollup, h uint64) *fakeSource {
	s.hide[h] = s.chain.without(rollup, h)
	return s
}

func (s *fakeSource) setDown(d bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.down = d
}

// set changes the source's settings under its lock.
func (s *fakeSource) set(edit func(s *fakeSource)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	edit(s)
}

func (s *fakeSource) enter() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls++
	if s.down {
		return errDown
	}
	return nil
}

// visible is the last height the API shows.
func (s *fakeSource) visible() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pollTop != 0 {
		return min(s.top, s.pollTop)
	}
	return s.top
}

func (s *fakeSource) URL() string { return s.url }

func (s *fakeSource) BatchHeights(_ context.Context, rollup, from uint64, limit int) ([]uint64, error) {
	if err := s.enter(); err != nil {
		return nil, err
	}
	top := s.visible()
	var out []uint64
	for _, h := range s.chain.heights(rollup, from, limit+len(s.hide)) {
		if h <= top && s.hide[h] == nil && len(out) < limit {
			out = append(out, h)
		}
	}
	return out, nil
}

func (s *fakeSource) Fetch(_ context.Context, rollup uint64, qs []query) ([]answer, error) {
	if err := s.enter(); err != nil {
		return nil, err
	}
	top := s.visible()
	out := make([]answer, len(qs))
	for i, q := range qs {
		c := s.chain
		if f := s.hide[q.Height]; f != nil {
			c = f
		}
		if q.Height > top {
			out[i].Err = fmt.Errorf("%w: height %d is not committed", ErrNotFound, q.Height)
			continue
		}
		if q.Absent {
			if out[i].Absence = c.absence(rollup, q.Height); out[i].Absence == nil {
				out[i].Err = fmt.Errorf("rollup %d has a batch at height %d", rollup, q.Height)
			}
			continue
		}
		if out[i].Batch = c.batch(rollup, q.Height); out[i].Batch == nil {
			out[i].Err = fmt.Errorf("%w: rollup %d has no batch at height %d", ErrNotFound, rollup, q.Height)
		}
	}
	return out, nil
}

func (s *fakeSource) Checkpoint(_ context.Context, n uint64) (*operatorapi.CheckpointResult, error) {
	if err := s.enter(); err != nil {
		return nil, err
	}
	if n*s.chain.k > s.visible() {
		return nil, fmt.Errorf("%w: checkpoint %d is not cut yet", ErrNotFound, n)
	}
	return s.chain.checkpoint(n), nil
}

func (s *fakeSource) Height(context.Context) (uint64, error) {
	if err := s.enter(); err != nil {
		return 0, err
	}
	return s.visible(), nil
}

func (s *fakeSource) SubscribeBatches(_ context.Context, rollup uint64, ch chan<- *operatorapi.Batch) (subscription, error) {
	if err := s.enter(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.noSub {
		return nil, errors.New("the method lockstep_subscribe does not exist/is not available")
	}
	sub := &fakeSub{src: s, rollup: rollup, ch: ch, next: s.top + 1, err: make(chan error, 1), done: make(chan struct{})}
	s.subs = append(s.subs, sub)
	return sub, nil
}

// commit moves the head up to top and pushes the new batches to the subscribers.
func (s *fakeSource) commit(top uint64) error {
	s.mu.Lock()
	s.top = max(s.top, top)
	subs := slices.Clone(s.subs)
	bad := s.badPush
	s.mu.Unlock()
	for _, sub := range subs {
		for ; sub.next <= top; sub.next++ {
			b := s.chain.batch(sub.rollup, sub.next)
			if b == nil {
				continue
			}
			if bad {
				b.Txs[0] = append(hexutil.Bytes("ALTERED:"), b.Txs[0]...)
			}
			select {
			case sub.ch <- b:
			case <-sub.done:
			case <-time.After(10 * time.Second):
				return fmt.Errorf("%s: the follower does not take notifications", s.url)
			}
		}
	}
	return nil
}

// failSubs ends every subscription with err, as a dropped connection does.
func (s *fakeSource) failSubs(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, sub := range s.subs {
		sub.err <- err
	}
	s.subs = nil
}

func (s *fakeSource) liveSubs() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.subs)
}

func (s *fakeSource) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed++
}

// fakeSub is a subscription to a fakeSource's batches of rollup from height next on.
type fakeSub struct {
	src    *fakeSource
	rollup uint64
	ch     chan<- *operatorapi.Batch
	next   uint64 // written by commit only
	err    chan error
	once   sync.Once
	done   chan struct{}
}

func (s *fakeSub) Err() <-chan error { return s.err }

func (s *fakeSub) Unsubscribe() {
	s.once.Do(func() {
		close(s.done)
		s.src.mu.Lock()
		defer s.src.mu.Unlock()
		s.src.subs = slices.DeleteFunc(s.src.subs, func(x *fakeSub) bool { return x == s })
	})
}

// fakeL1 is an L1 chain with a CheckpointRegistry: each block holds the checkpoints stored so
// far. reorg replaces blocks with new ones (new hashes).
type fakeL1 struct {
	mu     sync.Mutex
	blocks []fakeL1Block // index = block number
	salt   int
	delay  uint64        // the registry's forced-inclusion delay D; 0: no inbox
	queue  []inbox.Entry // the inbox, in order (QueuedAt: the block that queued each)
}

// force queues payload for rollup in the inbox in the next block to be mined.
func (l *fakeL1) force(rollup uint64, payload string) uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	i := uint64(len(l.queue))
	var prev common.Hash
	if i > 0 {
		prev = l.queue[i-1].Acc
	}
	e := inbox.Entry{Index: i, RollupID: rollup, QueuedAt: uint64(len(l.blocks)), Deadline: uint64(len(l.blocks)) + l.delay, Payload: []byte(payload)}
	e.Acc = commitment.ForcedAcc(prev, rollup, e.TxHash(), e.QueuedAt)
	l.queue = append(l.queue, e)
	return i
}

func (l *fakeL1) HasInbox(_ context.Context, at common.Hash) (bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, err := l.at(at); err != nil {
		return false, err
	}
	return l.delay > 0, nil
}

// queued is the queue as of block at.
func (l *fakeL1) queued(at common.Hash) ([]inbox.Entry, error) {
	for n, b := range l.blocks {
		if b.hash == at {
			var out []inbox.Entry
			for _, e := range l.queue {
				if e.QueuedAt <= uint64(n) {
					out = append(out, e)
				}
			}
			return out, nil
		}
	}
	return nil, fmt.Errorf("block %s not found", at)
}

func (l *fakeL1) Count(_ context.Context, at common.Hash) (uint64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	q, err := l.queued(at)
	return uint64(len(q)), err
}

func (l *fakeL1) Meta(ctx context.Context, at common.Hash, i uint64) (inbox.Entry, error) {
	es, err := l.Entries(ctx, at, i, i+1)
	if err != nil {
		return inbox.Entry{}, err
	}
	es[0].Payload = nil
	return es[0], nil
}

func (l *fakeL1) Entries(_ context.Context, at common.Hash, from, to uint64) ([]inbox.Entry, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	q, err := l.queued(at)
	if err != nil {
		return nil, err
	}
	if to > uint64(len(q)) || from > to {
		return nil, fmt.Errorf("execution reverted: IndexOutOfRange(%d, %d)", to, len(q))
	}
	return slices.Clone(q[from:to]), nil
}

type fakeL1Block struct {
	hash        common.Hash
	checkpoints []StoredCheckpoint
}

func newFakeL1() *fakeL1 {
	l := &fakeL1{}
	l.mine() // genesis
	return l
}

// mine adds a block storing cps (in order), and returns its number.
func (l *fakeL1) mine(cps ...commitment.Checkpoint) uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := uint64(len(l.blocks))
	var prev []StoredCheckpoint
	if n > 0 {
		prev = l.blocks[n-1].checkpoints
	}
	stored := slices.Clone(prev)
	for _, cp := range cps {
		if cp.Number != uint64(len(stored))+1 {
			panic(fmt.Sprintf("checkpoint %d after %d", cp.Number, len(stored)))
		}
		stored = append(stored, StoredCheckpoint{Checkpoint: cp, L1Block: n})
	}
	l.blocks = append(l.blocks, fakeL1Block{hash: crypto.Keccak256Hash([]byte(fmt.Sprintf("block %d salt %d", n, l.salt))), checkpoints: stored})
	return n
}

// rollback drops the blocks after number; later blocks get new hashes.
func (l *fakeL1) rollback(number uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.blocks = l.blocks[:number+1]
	l.salt++
}

func (l *fakeL1) head() uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return uint64(len(l.blocks) - 1)
}

func (l *fakeL1) Head(context.Context) (L1Block, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := len(l.blocks) - 1
	return L1Block{Number: uint64(n), Hash: l.blocks[n].hash}, nil
}

func (l *fakeL1) BlockAt(_ context.Context, number uint64) (L1Block, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if number >= uint64(len(l.blocks)) {
		return L1Block{}, fmt.Errorf("block %d not found", number)
	}
	return L1Block{Number: number, Hash: l.blocks[number].hash}, nil
}

func (l *fakeL1) at(hash common.Hash) (fakeL1Block, error) {
	for _, b := range l.blocks {
		if b.hash == hash {
			return b, nil
		}
	}
	return fakeL1Block{}, fmt.Errorf("block %s not found", hash)
}

func (l *fakeL1) Latest(_ context.Context, at common.Hash) (uint64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, err := l.at(at)
	return uint64(len(b.checkpoints)), err
}

func (l *fakeL1) Checkpoint(_ context.Context, at common.Hash, n uint64) (StoredCheckpoint, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, err := l.at(at)
	if err != nil {
		return StoredCheckpoint{}, err
	}
	if n == 0 || n > uint64(len(b.checkpoints)) {
		return StoredCheckpoint{}, fmt.Errorf("execution reverted: CheckpointNotFound(%d)", n)
	}
	return b.checkpoints[n-1], nil
}

func (l *fakeL1) CheckpointByHeight(_ context.Context, at common.Hash, height uint64) (uint64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, err := l.at(at)
	if err != nil {
		return 0, err
	}
	for _, sc := range b.checkpoints {
		if sc.Covers(height) {
			return sc.Number, nil
		}
	}
	return 0, fmt.Errorf("execution reverted: HeightNotCheckpointed(%d)", height)
}
