package bench

import (
	"bytes"
	"cmp"
	"context"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
)

// A benchmark transaction's payload ends with its identity: the point it belongs to and its
// sequence number in that point. Both systems deliver the payload back in their notifications,
// so each finds its transactions the same way, without hashing. (Lockstep's ingress networks
// are notified of hashes instead: see lockstepWire.) The bytes before it are pseudo-random, as
// incompressible as signed transactions: what the nodes store is not shrunk by their
// databases' compression.
const (
	idBytes  = 12
	idMarker = 'L' // the byte before the identity
)

// payload returns a size-byte payload carrying (point, seq): filler drawn from (point, seq),
// the marker, the identity.
func payload(size int, point uint32, seq uint64) []byte {
	p := make([]byte, size)
	r := rand.NewPCG(uint64(point), seq)
	fill := size - idBytes - 1
	for i := 0; i < fill; i += 8 {
		var w [8]byte
		binary.LittleEndian.PutUint64(w[:], r.Uint64())
		copy(p[i:fill], w[:])
	}
	p[fill] = idMarker
	binary.BigEndian.PutUint32(p[size-idBytes:], point)
	binary.BigEndian.PutUint64(p[size-8:], seq)
	return p
}

// payloadID reads the identity at the end of a transaction (payload or envelope).
func payloadID(tx []byte) (point uint32, seq uint64, ok bool) {
	if len(tx) < idBytes+1 || tx[len(tx)-idBytes-1] != idMarker {
		return 0, 0, false
	}
	t := tx[len(tx)-idBytes:]
	return binary.BigEndian.Uint32(t), binary.BigEndian.Uint64(t[4:]), true
}

// outcome is what became of one scheduled transaction.
type outcome uint32

const (
	outPending  outcome = iota // scheduled, not answered yet
	outAccepted                // the node admitted it
	outBusy                    // the node refused it as retryable (mempool full)
	outRefused                 // the node refused it (admission)
	outFailed                  // transport or other error
	outOverflow                // not sent: the client had too many in flight (open loop)
	outUnsent                  // not sent before the point's cutoff
)

// nodeStatus is what readiness and idleness checks need from a node.
type nodeStatus struct {
	Height  uint64
	Peers   int
	Mempool int
}

// wire is how the load generator talks to one system: submission, notification of committed
// transactions, status. Both use JSON-RPC over HTTP to submit and a WebSocket to be notified.
type wire interface {
	// submitBody is the HTTP JSON-RPC request submitting transaction seq of point to node, with
	// a payload of size bytes (the wire's own size if 0).
	submitBody(point uint32, seq uint64, node, size int) []byte
	// submitOutcome reads the answer.
	submitOutcome(body []byte) outcome
	// subscriptions are the JSON-RPC requests sent on node's WebSocket.
	subscriptions(node int) []string
	// notification calls fn for each benchmark transaction of a notification and returns its
	// height (0 for other messages).
	notification(msg []byte, fn func(point uint32, seq uint64)) (uint64, error)
	status(ctx context.Context, c *http.Client, url string) (nodeStatus, error)
}

// rpcAnswer is a JSON-RPC answer.
type rpcAnswer struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Data    any    `json:"data"`
	} `json:"error"`
}

func (a *rpcAnswer) err() error {
	if a.Error == nil {
		return nil
	}
	return fmt.Errorf("JSON-RPC error %d: %s (%v)", a.Error.Code, a.Error.Message, a.Error.Data)
}

// lockstepWire submits with lockstep_submit, spreading transactions over the rollups, and is
// notified with lockstep_subscribe("batches", rollup) for each. With ids (the ingress
// networks), it is notified with lockstep_subscribe("sequenced", rollup) instead, finding its
// transactions by hash, and each rollup also has one "batches" subscriber, on node rollup index
// mod nodes, as a rollup's follower would be, whose notifications are read and not used.
type lockstepWire struct {
	txBytes int
	nodes   int
	rollups []uint64
	ids     *txIDs
}

func (w lockstepWire) rollupOf(seq uint64) uint64 {
	return w.rollups[(seq/uint64(w.nodes))%uint64(len(w.rollups))]
}

func (w lockstepWire) submitBody(point uint32, seq uint64, _, size int) []byte {
	p := payload(cmp.Or(size, w.txBytes), point, seq)
	w.ids.put(p, point, seq)
	b := make([]byte, 0, 96+2*len(p))
	b = append(b, `{"jsonrpc":"2.0","id":1,"method":"`+operatorapi.MethodSubmit+`","params":["0x`...)
	b = strconv.AppendUint(b, w.rollupOf(seq), 16)
	b = append(b, `","0x`...)
	b = hex.AppendEncode(b, p)
	return append(b, `"]}`...)
}

// submitBatchBody is the lockstep_submitBatch request of a rollup's batcher: the transactions
// seqs of point, all of rollup (rollupOf), each a payload of size bytes (the wire's own if 0).
func (w lockstepWire) submitBatchBody(point uint32, rollup uint64, seqs []int, size int) []byte {
	size = cmp.Or(size, w.txBytes)
	b := make([]byte, 0, 96+len(seqs)*(2*size+5))
	b = append(b, `{"jsonrpc":"2.0","id":1,"method":"`+operatorapi.MethodSubmitBatch+`","params":["0x`...)
	b = strconv.AppendUint(b, rollup, 16)
	b = append(b, `",[`...)
	for i, seq := range seqs {
		if i > 0 {
			b = append(b, ',')
		}
		p := payload(size, point, uint64(seq))
		w.ids.put(p, point, uint64(seq))
		b = append(b, `"0x`...)
		b = hex.AppendEncode(b, p)
		b = append(b, '"')
	}
	return append(b, `]]}`...)
}

func (lockstepWire) submitOutcome(body []byte) outcome {
	var a rpcAnswer
	switch {
	case json.Unmarshal(body, &a) != nil:
		return outFailed
	case a.Error == nil:
		return outAccepted
	case a.Error.Code == operatorapi.CodeBusy:
		return outBusy
	case a.Error.Code == operatorapi.CodeRefused:
		return outRefused
	default:
		return outFailed
	}
}

func (w lockstepWire) subscriptions(node int) []string {
	var out []string
	sub := func(kind string, r uint64) {
		out = append(out, fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":%q,"params":[%q,"0x%x"]}`, len(out)+1, operatorapi.MethodSubscribe, kind, r))
	}
	for i, r := range w.rollups {
		if w.ids == nil {
			sub(operatorapi.SubscriptionBatches, r)
			continue
		}
		sub(operatorapi.SubscriptionSequenced, r)
		if i%max(w.nodes, 1) == node {
			sub(operatorapi.SubscriptionBatches, r) // the rollup's follower
		}
	}
	return out
}

func (w lockstepWire) notification(msg []byte, fn func(uint32, uint64)) (uint64, error) {
	if w.ids != nil {
		return w.sequencedNotification(msg, fn)
	}
	var n struct {
		Params struct {
			Result struct {
				Height uint64   `json:"height"`
				Txs    []string `json:"txs"`
			} `json:"result"`
		} `json:"params"`
		Error json.RawMessage `json:"error"`
	}
	if err := decodeMessage(msg, &n, &n.Error); err != nil {
		return 0, err
	}
	var tail [idBytes + 1]byte
	for _, tx := range n.Params.Result.Txs {
		// Only the identity at the end is decoded, not the whole payload.
		if len(tx) < 2+2*len(tail) {
			continue
		}
		if _, err := hex.Decode(tail[:], []byte(tx[len(tx)-2*len(tail):])); err != nil {
			continue
		}
		if point, seq, ok := payloadID(tail[:]); ok {
			fn(point, seq)
		}
	}
	return n.Params.Result.Height, nil
}

// sequencedNotification reads a sequenced notification; a follower's batch is skipped.
func (w lockstepWire) sequencedNotification(msg []byte, fn func(uint32, uint64)) (uint64, error) {
	if bytes.Contains(msg, []byte(`"txs":`)) {
		return 0, nil
	}
	var n struct {
		Params struct {
			Result struct {
				Height   uint64        `json:"height"`
				TxHashes []common.Hash `json:"txHashes"`
			} `json:"result"`
		} `json:"params"`
		Error json.RawMessage `json:"error"`
	}
	if err := decodeMessage(msg, &n, &n.Error); err != nil {
		return 0, err
	}
	for _, h := range n.Params.Result.TxHashes {
		if point, seq, ok := w.ids.get(h); ok {
			fn(point, seq)
		}
	}
	return n.Params.Result.Height, nil
}

// txIDs finds a benchmark transaction's point and sequence number by its hash
// (commitment.TxHash of the payload), for the current point's transactions.
type txIDs struct {
	shards [64]struct {
		mu sync.Mutex
		m  map[common.Hash]txID
	}
}

type txID struct {
	point uint32
	seq   uint64
}

func newTxIDs() *txIDs {
	t := new(txIDs)
	for i := range t.shards {
		t.shards[i].m = make(map[common.Hash]txID)
	}
	return t
}

// put notes payload p as transaction seq of point (nothing on a nil t).
func (t *txIDs) put(p []byte, point uint32, seq uint64) {
	if t == nil {
		return
	}
	h := commitment.TxHash(p)
	s := &t.shards[h[0]%64]
	s.mu.Lock()
	s.m[h] = txID{point, seq}
	s.mu.Unlock()
}

func (t *txIDs) get(h common.Hash) (uint32, uint64, bool) {
	s := &t.shards[h[0]%64]
	s.mu.Lock()
	id, ok := s.m[h]
	s.mu.Unlock()
	return id.point, id.seq, ok
}

// reset forgets every transaction (a new point starts; nothing on a nil t).
func (t *txIDs) reset() {
	if t == nil {
		return
	}
	for i := range t.shards {
		s := &t.shards[i]
		s.mu.Lock()
		clear(s.m)
		s.mu.Unlock()
	}
}

func (lockstepWire) status(ctx context.Context, c *http.Client, url string) (nodeStatus, error) {
	var s operatorapi.Status
	if err := postJSON(ctx, c, url, []byte(`{"jsonrpc":"2.0","id":1,"method":"`+operatorapi.MethodStatus+`","params":[]}`), &s); err != nil {
		return nodeStatus{}, err
	}
	return nodeStatus{Height: s.Height, Peers: s.Peers, Mempool: s.MempoolTxs}, nil
}

// cometWire submits with CometBFT's broadcast_tx_sync (like lockstep_submit it answers once
// CheckTx has) and is notified of committed blocks with subscribe("tm.event='NewBlock'"), whose
// events carry the block's transactions. Its transactions are the very bytes Lockstep's mempool
// holds: the payload in an envelope for the same rollup.
type cometWire struct{ lockstepWire }

func (w cometWire) submitBody(point uint32, seq uint64, _, size int) []byte {
	tx, err := envelope.EncodeEnvelope(envelope.Envelope{RollupID: w.rollupOf(seq), Payload: payload(cmp.Or(size, w.txBytes), point, seq)})
	if err != nil {
		panic(err) // a fixed-size payload for a fixed rollup: a broken invariant
	}
	b := make([]byte, 0, 96+base64.StdEncoding.EncodedLen(len(tx)))
	b = append(b, `{"jsonrpc":"2.0","id":1,"method":"broadcast_tx_sync","params":{"tx":"`...)
	b = base64.StdEncoding.AppendEncode(b, tx)
	return append(b, `"}}`...)
}

func (cometWire) submitOutcome(body []byte) outcome {
	var a rpcAnswer
	if json.Unmarshal(body, &a) != nil {
		return outFailed
	}
	if a.Error != nil {
		if strings.Contains(fmt.Sprint(a.Error.Data), "mempool is full") {
			return outBusy
		}
		return outFailed
	}
	var r struct {
		Code uint32 `json:"code"`
	}
	if json.Unmarshal(a.Result, &r) != nil {
		return outFailed
	}
	if r.Code != 0 {
		return outRefused
	}
	return outAccepted
}

func (cometWire) subscriptions(int) []string {
	return []string{`{"jsonrpc":"2.0","id":1,"method":"subscribe","params":{"query":"tm.event='NewBlock'"}}`}
}

func (cometWire) notification(msg []byte, fn func(uint32, uint64)) (uint64, error) {
	var n struct {
		Result struct {
			Data struct {
				Value struct {
					Block struct {
						Header struct {
							Height string `json:"height"`
						} `json:"header"`
						Data struct {
							Txs []string `json:"txs"`
						} `json:"data"`
					} `json:"block"`
				} `json:"value"`
			} `json:"data"`
		} `json:"result"`
		Error json.RawMessage `json:"error"`
	}
	if err := decodeMessage(msg, &n, &n.Error); err != nil {
		return 0, err
	}
	blk := n.Result.Data.Value.Block
	buf := make([]byte, 0, 512)
	for _, tx := range blk.Data.Txs {
		raw, err := base64.StdEncoding.AppendDecode(buf[:0], []byte(tx))
		if err != nil {
			continue
		}
		if point, seq, ok := payloadID(raw); ok {
			fn(point, seq)
		}
	}
	if blk.Header.Height == "" {
		return 0, nil
	}
	h, err := strconv.ParseUint(blk.Header.Height, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("decode event height %q: %w", blk.Header.Height, err)
	}
	return h, nil
}

func (cometWire) status(ctx context.Context, c *http.Client, url string) (nodeStatus, error) {
	var st struct {
		SyncInfo struct {
			Height string `json:"latest_block_height"`
		} `json:"sync_info"`
	}
	var net struct {
		Peers string `json:"n_peers"`
	}
	var mp struct {
		Txs string `json:"n_txs"`
	}
	var s nodeStatus
	var errs []error
	if err := postJSON(ctx, c, url, []byte(`{"jsonrpc":"2.0","id":1,"method":"status","params":{}}`), &st); err != nil {
		return s, err
	}
	s.Height, errs = parseUint(st.SyncInfo.Height, errs)
	if err := postJSON(ctx, c, url, []byte(`{"jsonrpc":"2.0","id":1,"method":"net_info","params":{}}`), &net); err != nil {
		return s, err
	}
	var peers, txs uint64
	peers, errs = parseUint(net.Peers, errs)
	if err := postJSON(ctx, c, url, []byte(`{"jsonrpc":"2.0","id":1,"method":"num_unconfirmed_txs","params":{}}`), &mp); err != nil {
		return s, err
	}
	txs, errs = parseUint(mp.Txs, errs)
	s.Peers, s.Mempool = int(peers), int(txs)
	return s, errors.Join(errs...)
}

// decodeMessage decodes a WebSocket message into v, whose field rpcErr receives a JSON-RPC
// error: a broken subscription.
func decodeMessage(msg []byte, v any, rpcErr *json.RawMessage) error {
	if err := json.Unmarshal(msg, v); err != nil {
		return fmt.Errorf("decode notification: %w", err)
	}
	if len(*rpcErr) > 0 {
		return fmt.Errorf("subscription: %s", *rpcErr)
	}
	return nil
}

func parseUint(s string, errs []error) (uint64, []error) {
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		errs = append(errs, fmt.Errorf("status field %q: %w", s, err))
	}
	return n, errs
}

// postJSON posts a JSON-RPC request and decodes the result into out.
func postJSON(ctx context.Context, c *http.Client, url string, body []byte, out any) error {
	b, err := post(ctx, c, url, body)
	if err != nil {
		return err
	}
	var a rpcAnswer
	if err := json.Unmarshal(b, &a); err != nil {
		return fmt.Errorf("decode answer from %s: %w", url, err)
	}
	if err := a.err(); err != nil {
		return err
	}
	return json.Unmarshal(a.Result, out)
}

// maxAnswer bounds the answers read from a node.
const maxAnswer = 1 << 20

func post(ctx context.Context, c *http.Client, url string, body []byte) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	b, err := io.ReadAll(io.LimitReader(res.Body, maxAnswer))
	if err != nil {
		return nil, err
	}
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: HTTP %s: %.200s", url, res.Status, b)
	}
	return b, nil
}
