package e2e

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/system"
)

// Bad inputs against a running 4-node network: malformed transactions, an unknown rollup,
// oversize payloads and bodies, invalid JSON-RPC, garbage bytes on the API and CometBFT p2p
// ports, and a flood beyond one node's capacity. Each gets a clear JSON-RPC error or is
// dropped at the door; afterwards every node is alive with its peers, heights advance, and
// every transaction accepted before or during the abuse is sequenced on every node.
func TestE2EBadInputs(t *testing.T) {
	testutil.SkipShort(t)
	const txLimit = 64 << 10
	net := startNetwork(t, 4, 10, "--tx.max-bytes", fmt.Sprint(txLimit), "--consensus.empty-block-interval", "200ms")
	ctx, target, flooded := net.ctx, net.nodes[0], net.nodes[3]

	// Node 3 gets a small mempool and a per-client rate limit with a large burst: the flood's
	// target. The burst lets thousands of concurrent submissions race for the mempool's 50
	// places; the rest of the flood meets the rate limit.
	const floodSize, burst = 10000, 2500
	flooded.restart(func(nc *system.NodeConfig) {
		nc.Args = append(nc.Args, "--mempool.size", "50", "--api.rate", "500", "--api.burst", fmt.Sprint(burst))
	})
	net.waitPeers(net.nodes, 3, 30*time.Second)

	// Accepted before the abuse: plain submissions, signed Ethereum transactions, a bundle.
	key, _ := crypto.GenerateKey()
	var accepted []common.Hash
	for i := 0; i < 24; i++ {
		n := net.nodes[i%len(net.nodes)]
		h, err := n.submit(ctx, rollupA+uint64(i%2), []byte(fmt.Sprintf("before the abuse %d", i)))
		if err != nil {
			t.Fatalf("submit %d to node %d: %v", i, n.i, err)
		}
		accepted = append(accepted, h)
	}
	for i := 0; i < 8; i++ {
		h, err := net.nodes[i%len(net.nodes)].sendRawTransaction(ctx, signedEthTx(t, key, rollupA, uint64(i)))
		if err != nil {
			t.Fatalf("%s %d: %v", operatorapi.MethodSendRawTransaction, i, err)
		}
		accepted = append(accepted, h)
	}
	bundle, err := target.submitBundle(ctx, []operatorapi.Part{{RollupID: rollupA, Payload: []byte("bundle A")}, {RollupID: rollupB, Payload: []byte("bundle B")}})
	if err != nil {
		t.Fatal(err)
	}
	accepted = append(accepted, bundle...)

	t.Run("JSONRPC", func(t *testing.T) {
		legacy, err := types.SignNewTx(key, types.HomesteadSigner{}, &types.LegacyTx{Nonce: 0, GasPrice: big.NewInt(1e9), Gas: 21000, To: &common.Address{1}})
		if err != nil {
			t.Fatal(err)
		}
		unprotected, _ := legacy.MarshalBinary()
		badSig, _ := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(rollupA), Gas: 21000, To: &common.Address{1},
			V: big.NewInt(0), R: big.NewInt(0), S: big.NewInt(1)}).MarshalBinary()
		good := signedEthTx(t, key, rollupA, 100)
		batch := make([]json.RawMessage, 101)
		for i := range batch {
			batch[i] = jsonCall(operatorapi.MethodStatus)
		}
		oneBatch, _ := json.Marshal(batch)
		for _, c := range []struct {
			name      string
			body      []byte
			code      int
			msg, data string
		}{
			{"raw transaction: not a transaction", jsonCall(operatorapi.MethodSendRawTransaction, "0xdeadbeef"), operatorapi.CodeInvalidParams, "not a signed Ethereum transaction", ""},
			{"raw transaction: truncated", jsonCall(operatorapi.MethodSendRawTransaction, hexutil.Bytes(good[:len(good)/2])), operatorapi.CodeInvalidParams, "not a signed Ethereum transaction", ""},
			{"raw transaction: unknown type", jsonCall(operatorapi.MethodSendRawTransaction, "0x7fc0"), operatorapi.CodeInvalidParams, "not a signed Ethereum transaction", ""},
			{"raw transaction: not hex", jsonCall(operatorapi.MethodSendRawTransaction, "hello"), operatorapi.CodeInvalidParams, "invalid argument 0", ""},
			{"raw transaction: no chain ID", jsonCall(operatorapi.MethodSendRawTransaction, hexutil.Bytes(unprotected)), operatorapi.CodeInvalidParams, "no chain ID", ""},
			{"raw transaction: bad signature", jsonCall(operatorapi.MethodSendRawTransaction, hexutil.Bytes(badSig)), operatorapi.CodeInvalidParams, "invalid transaction signature", ""},
			{"raw transaction: unknown rollup", jsonCall(operatorapi.MethodSendRawTransaction, hexutil.Bytes(signedEthTx(t, key, 777, 0))), operatorapi.CodeRefused, "rollup 777 is not registered", `"code":4`},
			{"submit: unknown rollup", jsonCall(operatorapi.MethodSubmit, "0x309", "0x01"), operatorapi.CodeRefused, "rollup 777 is not registered", `"code":4`},
			{"submit: empty payload", jsonCall(operatorapi.MethodSubmit, hexutil.Uint64(rollupA), "0x"), operatorapi.CodeInvalidParams, "empty payload", ""},
			{"submit: payload not hex", jsonCall(operatorapi.MethodSubmit, hexutil.Uint64(rollupA), "0xzz"), operatorapi.CodeInvalidParams, "invalid argument 1", ""},
			{"submit: rollup not a number", jsonCall(operatorapi.MethodSubmit, "rollup", "0x01"), operatorapi.CodeInvalidParams, "invalid argument 0", ""},
			{"submit: no params", jsonCall(operatorapi.MethodSubmit), operatorapi.CodeInvalidParams, "missing value for required argument 0", ""},
			{"submit: payload over --tx.max-bytes", jsonCall(operatorapi.MethodSubmit, hexutil.Uint64(rollupA), hexutil.Bytes(make([]byte, txLimit+1))), operatorapi.CodeRefused, fmt.Sprintf("at most %d", txLimit), `"code":3`},
			{"submit: payload over the format's limit", jsonCall(operatorapi.MethodSubmit, hexutil.Uint64(rollupA), hexutil.Bytes(make([]byte, 129<<10))), operatorapi.CodeInvalidParams, "too large", ""},
			{"bundle: no parts", jsonCall(operatorapi.MethodSubmitBundle, []operatorapi.Part{}), operatorapi.CodeInvalidParams, "bundle has no parts", ""},
			{"bundle: unknown rollup in a part", jsonCall(operatorapi.MethodSubmitBundle, []operatorapi.Part{{RollupID: rollupA, Payload: []byte("a")}, {RollupID: 777, Payload: []byte("b")}}), operatorapi.CodeRefused, "bundle part 1: rollup 777 is not registered", `"code":4`},
			{"not JSON", []byte("this is not JSON"), -32700, "parse error", ""},
			{"truncated JSON", []byte(`{"jsonrpc":"2.0","id":1,"method":"` + operatorapi.MethodSubmit[:12]), -32700, "parse error", ""},
			{"no method", []byte(`{"jsonrpc":"2.0","id":1}`), -32600, "invalid request", ""},
			{"unknown method", jsonCall(operatorapi.Namespace + "_nope"), -32601, "the method " + operatorapi.Namespace + "_nope does not exist", ""},
			{"too many params", jsonCall(operatorapi.MethodGetTx, common.Hash{}, 1, 2), operatorapi.CodeInvalidParams, "too many arguments", ""},
			{"wrong param type", jsonCall(operatorapi.MethodGetBatch, "abc", "0x1"), operatorapi.CodeInvalidParams, "invalid argument 0", ""},
			{"batch over the limit", oneBatch, -32600, "batch too large", ""},
		} {
			status, reply, err := postRPC(ctx, target.apiURL(), bytes.NewReader(c.body), int64(len(c.body)))
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
				continue
			}
			if status != http.StatusOK || reply.Error == nil || reply.Error.Code != c.code || !strings.Contains(reply.Error.Message, c.msg) ||
				!strings.Contains(string(reply.Error.Data), c.data) {
				t.Errorf("%s: HTTP %d %+v; want JSON-RPC error %d containing %q (data %q)", c.name, status, reply, c.code, c.msg, c.data)
				continue
			}
			t.Logf("%s: %d %s %s", c.name, reply.Error.Code, reply.Error.Message, reply.Error.Data)
		}
	})

	t.Run("OversizeBody", func(t *testing.T) {
		// Over --api.max-request-bytes (512 KiB by default) with a Content-Length: refused before
		// it is read.
		huge := jsonCall(operatorapi.MethodSubmit, hexutil.Uint64(rollupA), hexutil.Bytes(make([]byte, 600<<10)))
		status, reply, err := postRPC(ctx, target.apiURL(), bytes.NewReader(huge), int64(len(huge)))
		if err != nil || status != http.StatusRequestEntityTooLarge || !strings.Contains(reply.raw, "content length too large") {
			t.Fatalf("%d-byte body: HTTP %d %q, %v; want 413 content length too large", len(huge), status, reply.raw, err)
		}
		t.Logf("%d-byte body: HTTP %d %s", len(huge), status, strings.TrimSpace(reply.raw))
		// Chunked, so the length is unknown up front: read up to the limit only, which cuts the
		// JSON short. Either a parse error or, if the node stops reading first, a dropped request.
		status, reply, err = postRPC(ctx, target.apiURL(), io.MultiReader(bytes.NewReader(huge)), -1)
		switch {
		case err != nil:
			t.Logf("chunked %d-byte body: dropped: %v", len(huge), err)
		case status == http.StatusOK && reply.Error != nil && reply.Error.Code == -32700:
			t.Logf("chunked %d-byte body: %d %s", len(huge), reply.Error.Code, reply.Error.Message)
		default:
			t.Fatalf("chunked %d-byte body: HTTP %d %q; want a parse error", len(huge), status, reply.raw)
		}
	})

	t.Run("OversizeWebSocketMessage", func(t *testing.T) {
		// By hand, so the test sees what the node does rather than what a client library makes
		// of it: the node closes the connection with 1009 (message too big).
		code, err := wsOversize(target.APIAddr, 600<<10)
		if err != nil || code != 1009 {
			t.Fatalf("600 KiB WebSocket message: close code %d, %v; want 1009 (message too big)", code, err)
		}
		t.Logf("600 KiB WebSocket message: closed with %d", code)
	})

	t.Run("GarbageTCP", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
		mib := make([]byte, 1<<20)
		for i := range mib {
			mib[i] = byte(rng.Uint32())
		}
		short := [][]byte{{0}, []byte("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"), []byte("GET / HTTP/1.1\r\n\r\n"), []byte("hello\r\n"), mib[:37]}
		for _, port := range []struct {
			name string
			addr string
		}{
			{"API", target.APIAddr},
			{"p2p", target.P2PAddr},
		} {
			for _, junk := range append([][]byte{mib}, short...) {
				got, err := writeGarbage(port.addr, junk)
				switch {
				case err != nil:
					t.Errorf("%s port, %s: %v", port.name, quoteClip(junk, 20), err)
				case port.name == "API" && len(got) > 0 && !bytes.HasPrefix(got, []byte("HTTP/1.1 400 Bad Request")):
					t.Errorf("%s port, %s: answered %s, want 400 Bad Request", port.name, quoteClip(junk, 20), quoteClip(got, 60))
				case port.name == "p2p" && len(got) > 64:
					// At most its own handshake message (its ephemeral key) before dropping us.
					t.Errorf("%s port, %s: answered %d bytes, more than a handshake message", port.name, quoteClip(junk, 20), len(got))
				default:
					t.Logf("%s port, %s: dropped after answering %s", port.name, quoteClip(junk, 20), quoteClip(got, 40))
				}
			}
		}
	})

	t.Run("Flood", func(t *testing.T) {
		start := time.Now()
		flood := floodSubmit(t, ctx, flooded.apiURL(), floodSize, 64)
		t.Logf("flood of %d submissions to node %d in %s: %d accepted, %d busy (mempool full), %d rate limited",
			floodSize, flooded.i, time.Since(start).Round(time.Millisecond), len(flood.accepted), flood.busy, flood.limited)
		// The burst is far over the mempool: some are busy; the flood is far over the burst
		// plus 500 a second: some are rate limited.
		if len(flood.accepted) == 0 || flood.busy == 0 || flood.limited == 0 {
			t.Fatalf("%d submissions into a mempool of 50 at 500 requests/s (burst %d): want some accepted, some busy and some rate limited", floodSize, burst)
		}
		accepted = append(accepted, flood.accepted...)
	})

	// Afterwards: every node runs with its peers, heights advance, nothing accepted is lost.
	for _, n := range net.nodes {
		if !n.alive() {
			t.Fatalf("node %d exited:\n%s", n.i, n.logTail())
		}
	}
	net.waitPeers(net.nodes, 3, 30*time.Second)
	net.waitAdvance(net.nodes, 3, 30*time.Second)
	net.waitSequenced(net.nodes, accepted, 60*time.Second)
}

// waitPeers waits until every node has at least peers peers.
func (net *network) waitPeers(nodes []*opNode, peers int, timeout time.Duration) {
	net.t.Helper()
	for _, n := range nodes {
		testutil.WaitFor(net.t, timeout, fmt.Sprintf("node %d to have %d peers", n.i, peers), func() (bool, error) {
			s, err := n.status(net.ctx)
			return err == nil && s.Peers >= peers && !s.CatchingUp, err
		})
	}
}

// signedEthTx is an EIP-1559 transaction for chainID, signed by key.
func signedEthTx(t *testing.T, key *ecdsa.PrivateKey, chainID, nonce uint64) []byte {
	t.Helper()
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), &types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(chainID), Nonce: nonce, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(2e9), Gas: 21000, To: &to, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// jsonCall is a JSON-RPC request body.
func jsonCall(method string, params ...any) []byte {
	if params == nil {
		params = []any{}
	}
	b, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		panic(err) // only test values
	}
	return b
}

// rpcReply is one JSON-RPC response as it came over the wire.
type rpcReply struct {
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int             `json:"code"`
		Message string          `json:"message"`
		Data    json.RawMessage `json:"data"`
	} `json:"error"`
	raw string
}

func (r rpcReply) String() string { return quoteClip([]byte(r.raw), 300) }

// postRPC posts body (of length size, -1 if unknown: chunked) as JSON and decodes the reply.
func postRPC(ctx context.Context, url string, body io.Reader, size int64) (int, rpcReply, error) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, body)
	if err != nil {
		return 0, rpcReply{}, err
	}
	req.ContentLength = size
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, rpcReply{}, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return resp.StatusCode, rpcReply{}, err
	}
	r := rpcReply{raw: string(b)}
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '[' {
		// A batch answered with one error for the whole batch.
		var rs []rpcReply
		if json.Unmarshal(t, &rs) == nil && len(rs) == 1 {
			rs[0].raw = r.raw
			return resp.StatusCode, rs[0], nil
		}
		return resp.StatusCode, r, nil
	}
	_ = json.Unmarshal(b, &r) // not JSON (e.g. a 413 text): r.Error stays nil
	return resp.StatusCode, r, nil
}

// writeGarbage connects to addr, writes junk, half-closes, and returns what the node answered
// before it dropped the connection; an error if it did not drop it within 20 seconds.
func writeGarbage(addr string, junk []byte) ([]byte, error) {
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	written := make(chan error, 1)
	go func() { // owned: waited for below
		_, err := conn.Write(junk)
		if err == nil {
			err = conn.(*net.TCPConn).CloseWrite()
		}
		written <- err
	}()
	_ = conn.SetReadDeadline(time.Now().Add(20 * time.Second))
	got, err := io.ReadAll(conn)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		conn.Close()
		<-written
		return got, fmt.Errorf("the node kept the connection open for 20s (answered %s)", quoteClip(got, 60))
	}
	conn.Close() // unblocks a write the node stopped reading
	<-written    // a write error is expected: the node may drop the connection mid-write
	return got, nil
}

// wsOversize opens a WebSocket to the API at addr, sends one text message of size bytes and
// returns the close code the node answers with.
func wsOversize(addr string, size int) (int, error) {
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(20 * time.Second))
	fmt.Fprintf(conn, "GET / HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"+
		"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n", addr)
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return 0, fmt.Errorf("upgrade: %w", err)
	}
	if resp.StatusCode != http.StatusSwitchingProtocols {
		return 0, fmt.Errorf("upgrade: HTTP %s", resp.Status)
	}
	// One masked text frame; the zero masking key leaves the payload as it is.
	frame := []byte{0x81, 0x80 | 127}
	frame = binary.BigEndian.AppendUint64(frame, uint64(size))
	frame = append(frame, 0, 0, 0, 0)
	frame = append(frame, bytes.Repeat([]byte{'x'}, size)...)
	written := make(chan error, 1)
	go func() { // owned: waited for below
		_, err := conn.Write(frame)
		written <- err
	}()
	defer func() { conn.Close(); <-written }() // a write error is expected once the node closes
	for {
		var h [2]byte
		if _, err := io.ReadFull(br, h[:]); err != nil {
			return 0, fmt.Errorf("no close frame: %w", err)
		}
		n := uint64(h[1] & 0x7f)
		switch n {
		case 126:
			var l [2]byte
			if _, err := io.ReadFull(br, l[:]); err != nil {
				return 0, err
			}
			n = uint64(binary.BigEndian.Uint16(l[:]))
		case 127:
			var l [8]byte
			if _, err := io.ReadFull(br, l[:]); err != nil {
				return 0, err
			}
			n = binary.BigEndian.Uint64(l[:])
		}
		if n > 1<<20 {
			return 0, fmt.Errorf("frame of %d bytes from the node", n)
		}
		payload := make([]byte, n)
		if _, err := io.ReadFull(br, payload); err != nil {
			return 0, err
		}
		if h[0]&0x0f == 0x8 { // close
			if len(payload) < 2 {
				return 0, errors.New("close frame without a code")
			}
			return int(binary.BigEndian.Uint16(payload)), nil
		}
	}
}

// quoteClip quotes b, cut to its first n bytes, for the test log.
func quoteClip(b []byte, n int) string {
	if len(b) > n {
		return fmt.Sprintf("%q... (%d bytes)", b[:n], len(b))
	}
	return fmt.Sprintf("%q", b)
}

// floodResult is what a flood got.
type floodResult struct {
	accepted       []common.Hash
	busy, limited  int
	unexpected     []string
	unexpectedSeen int
}

// floodSubmit sends total submissions to url from workers concurrent clients, as
// fast as they are answered, and sorts the answers. Anything but an acceptance or a retryable
// -32005 (busy or rate limited) fails the test.
func floodSubmit(t *testing.T, ctx context.Context, url string, total, workers int) floodResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: workers, MaxConnsPerHost: workers}}
	defer client.CloseIdleConnections()
	var (
		mu   sync.Mutex
		res  floodResult
		next atomic.Int64
		wg   sync.WaitGroup
	)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1)
				if i > int64(total) || ctx.Err() != nil {
					return
				}
				payload := []byte(fmt.Sprintf("flood %d %0100d", i, 0))
				body := jsonCall(operatorapi.MethodSubmit, hexutil.Uint64(rollupA+uint64(i%2)), hexutil.Bytes(payload))
				req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
				if err != nil {
					panic(err) // a constant URL
				}
				req.Header.Set("Content-Type", "application/json")
				verdict := ""
				var r rpcReply
				resp, err := client.Do(req)
				if err == nil {
					b, rerr := io.ReadAll(resp.Body)
					resp.Body.Close()
					r.raw = string(b)
					if rerr != nil {
						err = rerr
					} else if jerr := json.Unmarshal(b, &r); jerr != nil {
						err = fmt.Errorf("HTTP %d, not JSON: %w", resp.StatusCode, jerr)
					}
				}
				var got common.Hash
				var ok struct {
					TxHash common.Hash `json:"txHash"`
				}
				switch {
				case err != nil:
					verdict = err.Error()
				case resp.StatusCode == http.StatusOK && r.Error == nil && json.Unmarshal(r.Result, &ok) == nil && ok.TxHash == commitment.TxHash(payload):
					got = ok.TxHash
				case r.Error != nil && r.Error.Code == operatorapi.CodeBusy && string(r.Error.Data) == `{"retryable":true}`:
					switch {
					case resp.StatusCode == http.StatusOK && strings.Contains(r.Error.Message, "mempool is full"):
						verdict = "busy"
					case resp.StatusCode == http.StatusTooManyRequests && strings.Contains(r.Error.Message, "rate limit exceeded"):
						verdict = "limited"
					default:
						verdict = fmt.Sprintf("HTTP %d %s", resp.StatusCode, r)
					}
				default:
					verdict = fmt.Sprintf("HTTP %d %s", resp.StatusCode, r)
				}
				mu.Lock()
				switch verdict {
				case "":
					res.accepted = append(res.accepted, got)
				case "busy":
					res.busy++
				case "limited":
					res.limited++
				default:
					res.unexpectedSeen++
					if len(res.unexpected) < 5 {
						res.unexpected = append(res.unexpected, verdict)
					}
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		t.Fatalf("flood of %d did not finish in 60s", total)
	}
	if res.unexpectedSeen > 0 {
		t.Fatalf("%d answers were neither an acceptance nor a retryable busy error, e.g. %q", res.unexpectedSeen, res.unexpected)
	}
	return res
}
