package rpcserver

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"
	dto "github.com/prometheus/client_model/go"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/internal/cliapp"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// echo is a test API: echo_call answers its argument; echo_charged is limited over WebSocket
// too, the way the operator limits its submissions.
type echo struct{ s *Server }

func (e *echo) Call(v string) string { return v }

func (e *echo) Charged(ctx context.Context) (string, error) {
	if !e.s.Allow(ctx) {
		return "", errors.New("over the rate")
	}
	return "ok", nil
}

func testConfig() Config {
	return Config{Addr: "127.0.0.1:0", MaxRequestBytes: 1024, MaxBatchItems: 10, MaxBatchResponseBytes: 1 << 16,
		RateLimitedCode: -32005, WebSocket: true, WSOrigins: []string{"*"}, ReadHeaderTimeout: 5 * time.Second}
}

func start(t *testing.T, cfg Config) (*Server, *Metrics) {
	t.Helper()
	m := NewMetrics(nil, "test")
	s, err := New(cfg, slog.New(slog.DiscardHandler), m)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Register("echo", &echo{s: s}); err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Stop(context.Background()) })
	return s, m
}

func post(t *testing.T, url string, body io.Reader, size int64) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, body)
	if err != nil {
		t.Fatal(err)
	}
	req.ContentLength = size
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func call(v string) string {
	b, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "echo_call", "params": []string{v}})
	return string(b)
}

func TestConfigCheck(t *testing.T) {
	for name, mut := range map[string]func(*Config){
		"no addr":            func(c *Config) { c.Addr = "" },
		"no body limit":      func(c *Config) { c.MaxRequestBytes = 0 },
		"no batch limit":     func(c *Config) { c.MaxBatchItems = 0 },
		"rate without burst": func(c *Config) { c.RatePerSecond, c.Burst = 1, 0 },
		"rate without code":  func(c *Config) { c.RatePerSecond, c.Burst, c.RateLimitedCode = 1, 1, 0 },
		"no header timeout":  func(c *Config) { c.ReadHeaderTimeout = 0 },
	} {
		cfg := testConfig()
		mut(&cfg)
		if err := cfg.Check(); err == nil {
			t.Errorf("%s: Check passed", name)
		}
	}
	cfg := testConfig()
	if err := cfg.Check(); err != nil {
		t.Fatal(err)
	}
}

func TestBodyLimits(t *testing.T) {
	s, _ := start(t, testConfig())
	url := "http://" + s.Addr()
	if res, body := post(t, url, strings.NewReader(call("hi")), -1); res.StatusCode != http.StatusOK || !strings.Contains(body, `"result":"hi"`) {
		t.Fatalf("small request: HTTP %d %s", res.StatusCode, body)
	}
	// Over the limit with a Content-Length: refused before it is read.
	big := call(strings.Repeat("x", 2000))
	if res, body := post(t, url, strings.NewReader(big), int64(len(big))); res.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(body, "content length too large") {
		t.Fatalf("oversize body: HTTP %d %s", res.StatusCode, body)
	}
	// Chunked: read up to the limit only, which cuts the JSON short.
	if res, body := post(t, url, io.MultiReader(strings.NewReader(big)), -1); res.StatusCode != http.StatusOK || !strings.Contains(body, "-32700") {
		t.Fatalf("chunked oversize body: HTTP %d %s", res.StatusCode, body)
	}
	// Batches over the item limit are one error.
	batch := "[" + strings.TrimSuffix(strings.Repeat(call("a")+",", 11), ",") + "]"
	if res, body := post(t, url, strings.NewReader(batch), int64(len(batch))); res.StatusCode != http.StatusOK || !strings.Contains(body, "batch too large") {
		t.Fatalf("batch of 11: HTTP %d %s", res.StatusCode, body)
	}
}

func TestWebSocketMessageLimit(t *testing.T) {
	s, _ := start(t, testConfig())
	conn, _, err := websocket.DefaultDialer.Dial("ws://"+s.Addr(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := conn.WriteMessage(websocket.TextMessage, []byte(call(strings.Repeat("x", 2000)))); err != nil {
		t.Fatal(err)
	}
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	_, _, err = conn.ReadMessage()
	if !websocket.IsCloseError(err, websocket.CloseMessageTooBig) {
		t.Fatalf("oversize message: %v, want close 1009", err)
	}
}

func TestRateLimit(t *testing.T) {
	cfg := testConfig()
	cfg.RatePerSecond, cfg.Burst = 0.001, 3
	s, m := start(t, cfg)
	url := "http://" + s.Addr()
	ctx := context.Background()
	// The WebSocket upgrade is one HTTP request: one token.
	ws, err := gethrpc.DialContext(ctx, "ws://"+s.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	// Uncharged WebSocket calls do not count.
	var got string
	for i := 0; i < 5; i++ {
		if err := ws.CallContext(ctx, &got, "echo_call", "x"); err != nil {
			t.Fatal(err)
		}
	}
	// One charged WebSocket call fits, then one HTTP request is one token too many.
	if err := ws.CallContext(ctx, &got, "echo_charged"); err != nil {
		t.Fatalf("charged call within the burst: %v", err)
	}
	if res, body := post(t, url, strings.NewReader(call("a")), -1); res.StatusCode != http.StatusOK {
		t.Fatalf("request within the burst: HTTP %d %s", res.StatusCode, body)
	}
	res, body := post(t, url, strings.NewReader(call("b")), -1)
	var reply struct {
		Error struct {
			Code    int             `json:"code"`
			Message string          `json:"message"`
			Data    json.RawMessage `json:"data"`
		} `json:"error"`
	}
	if res.StatusCode != http.StatusTooManyRequests || res.Header.Get("Retry-After") != "1" || json.Unmarshal([]byte(body), &reply) != nil ||
		reply.Error.Code != -32005 || !strings.Contains(reply.Error.Message, "rate limit exceeded") || !bytes.Equal(reply.Error.Data, []byte(`{"retryable":true}`)) {
		t.Fatalf("over the rate: HTTP %d %s", res.StatusCode, body)
	}
	if err := ws.CallContext(ctx, &got, "echo_charged"); err == nil {
		t.Fatal("charged WebSocket call over the rate passed")
	}
	if n := testCount(m); n != 2 {
		t.Fatalf("rate_limited_total %v, want 2", n)
	}
}

func TestLimiterPerClient(t *testing.T) {
	l := newLimiter(0.001, 2)
	for i, want := range []bool{true, true, false} {
		if got := l.allow("10.0.0.1"); got != want {
			t.Fatalf("request %d from 10.0.0.1: %v, want %v", i, got, want)
		}
	}
	if !l.allow("10.0.0.2") {
		t.Fatal("another client shares the first one's bucket")
	}
}

func TestLifecycle(t *testing.T) {
	s, err := New(testConfig(), slog.New(slog.DiscardHandler), nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Addr() != "" {
		t.Fatal("address before Start")
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err == nil {
		t.Fatal("second Start passed")
	}
	addr := s.Addr()
	for i := 0; i < 2; i++ {
		if err := s.Stop(context.Background()); err != nil {
			t.Fatalf("Stop %d: %v", i, err)
		}
	}
	if _, err := http.Post("http://"+addr, "application/json", strings.NewReader(call("a"))); err == nil {
		t.Fatal("served after Stop")
	}
}

func testCount(m *Metrics) float64 {
	var d dto.Metric
	if err := m.RateLimited.Write(&d); err != nil {
		return -1
	}
	return d.GetCounter().GetValue()
}

// A server whose listener dies under it reports the failure, and under the command runner that
// failure ends the service (stopped, the command failing with the cause) instead of leaving it
// running unreachable.
func TestListenerFailureStopsService(t *testing.T) {
	sigs := make(chan os.Signal)
	old := cliapp.Interrupts
	cliapp.Interrupts = func() (<-chan os.Signal, func()) { return sigs, func() {} }
	t.Cleanup(func() { cliapp.Interrupts = old })

	started := make(chan *Server, 1)
	app := &cli.App{Name: "test", Action: cliapp.LifecycleCmd(func(_ *cli.Context, fail context.CancelCauseFunc) (cliapp.Lifecycle, error) {
		cfg := testConfig()
		cfg.OnFailure = fail
		s, err := New(cfg, slog.New(slog.DiscardHandler), nil)
		if err != nil {
			return nil, err
		}
		started <- s
		return s, nil
	})}
	done := make(chan error, 1)
	go func() { done <- app.Run([]string{"test"}) }()
	s := <-started
	testutil.WaitFor(t, 5*time.Second, "the server to listen", func() (bool, error) { return s.Addr() != "", nil })
	s.http.Listener().Close() // the listener fails under the server
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "JSON-RPC server on "+s.Addr()+" stopped") {
			t.Fatalf("command ended with %v, want the server's failure", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("service still running after its listener failed")
	}
	if !s.Stopped() {
		t.Fatal("server not stopped after its failure")
	}
}
