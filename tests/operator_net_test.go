package tests

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/freeport"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// Rollups the operator tests register on the devnet.
const (
	rollupA = 901
	rollupB = 902
)

func freeTCPPort(t *testing.T) int {
	t.Helper()
	p, err := freeport.Get()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func mustFreeAddr(t *testing.T) string { return fmt.Sprintf("127.0.0.1:%d", freeTCPPort(t)) }

// opNode is one operator node subprocess.
type opNode struct {
	t        *testing.T
	bin      string
	i        int
	home     string
	p2pPort  int
	apiPort  int
	logPath  string
	extraEnv []string
	runArgs  []string

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
	rpc  *operatorapi.Client
}

func (n *opNode) apiURL() string { return fmt.Sprintf("http://127.0.0.1:%d", n.apiPort) }
func (n *opNode) wsURL() string  { return fmt.Sprintf("ws://127.0.0.1:%d", n.apiPort) }

// run runs a lockstep command to completion and returns its stdout.
func runLockstep(t *testing.T, bin string, env []string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("lockstep %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return strings.TrimSpace(stdout.String())
}

// start starts the node's `operator run` process.
func (n *opNode) start() {
	n.t.Helper()
	args := append([]string{"--log.level", "info", "operator", "run", "--home", n.home,
		"--p2p.laddr", fmt.Sprintf("127.0.0.1:%d", n.p2pPort), "--p2p.external", fmt.Sprintf("127.0.0.1:%d", n.p2pPort),
		"--api.addr", fmt.Sprintf("127.0.0.1:%d", n.apiPort), "--api.rate", "0"}, n.runArgs...)
	n.startCmd(n.bin, args...)
}

// startCmd starts bin with args as this process, logging to logPath.
func (n *opNode) startCmd(bin string, args ...string) {
	n.t.Helper()
	n.mu.Lock()
	defer n.mu.Unlock()
	logf, err := os.OpenFile(n.logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		n.t.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), n.extraEnv...)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		n.t.Fatalf("start node %d: %v", n.i, err)
	}
	done := make(chan struct{})
	go func() { // owned: start's caller waits on done through stop
		_ = cmd.Wait()
		logf.Close()
		close(done)
	}()
	n.cmd, n.done = cmd, done
}

// kill sends sig to the node's process and waits for it to exit.
func (n *opNode) kill(sig syscall.Signal) {
	n.mu.Lock()
	cmd, done := n.cmd, n.done
	n.cmd = nil
	if n.rpc != nil {
		n.rpc.Close()
		n.rpc = nil
	}
	n.mu.Unlock()
	if cmd == nil {
		return
	}
	_ = cmd.Process.Signal(sig)
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		_ = cmd.Process.Kill()
		<-done
	}
}

// client is the node's API client, dialled on first use (the test fails if it cannot be).
func (n *opNode) client() *operatorapi.Client {
	n.t.Helper()
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.rpc == nil {
		c, err := operatorapi.Dial(context.Background(), n.apiURL())
		if err != nil {
			n.t.Fatal(err)
		}
		n.rpc = c
	}
	return n.rpc
}

// clientNoDial is client for a node that may be down: it fails instead of failing the test.
func (n *opNode) clientNoDial() (*operatorapi.Client, error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.rpc == nil && n.cmd != nil {
		c, err := operatorapi.Dial(context.Background(), n.apiURL())
		if err != nil {
			return nil, err
		}
		n.rpc = c
	}
	if n.rpc == nil {
		return nil, errors.New("node is down")
	}
	return n.rpc, nil
}

// callTimeout bounds one call to a node's API.
const callTimeout = 10 * time.Second

// bounded runs one call with callTimeout.
func bounded[T any](ctx context.Context, call func(context.Context) (T, error)) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	return call(ctx)
}

func (n *opNode) submit(ctx context.Context, rollupID uint64, payload []byte) (common.Hash, error) {
	return bounded(ctx, func(ctx context.Context) (common.Hash, error) { return n.client().Submit(ctx, rollupID, payload) })
}

// submitNoDial is submit for a node that may be down (see clientNoDial), bounded by 5 s.
func (n *opNode) submitNoDial(ctx context.Context, rollupID uint64, payload []byte) (common.Hash, error) {
	c, err := n.clientNoDial()
	if err != nil {
		return common.Hash{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	return c.Submit(ctx, rollupID, payload)
}

func (n *opNode) submitBundle(ctx context.Context, parts []operatorapi.Part) ([]common.Hash, error) {
	return bounded(ctx, func(ctx context.Context) ([]common.Hash, error) { return n.client().SubmitBundle(ctx, parts) })
}

func (n *opNode) sendRawTransaction(ctx context.Context, raw []byte) (common.Hash, error) {
	return bounded(ctx, func(ctx context.Context) (common.Hash, error) { return n.client().SendRawTransaction(ctx, raw) })
}

func (n *opNode) batch(ctx context.Context, rollupID, height uint64) (*operatorapi.Batch, error) {
	return bounded(ctx, func(ctx context.Context) (*operatorapi.Batch, error) {
		return n.client().GetBatch(ctx, rollupID, height)
	})
}

func (n *opNode) batchHeights(ctx context.Context, rollupID, from uint64, limit int) ([]uint64, error) {
	return bounded(ctx, func(ctx context.Context) ([]uint64, error) {
		return n.client().GetBatchHeights(ctx, rollupID, from, limit)
	})
}

func (n *opNode) block(ctx context.Context, height uint64) (*operatorapi.Block, error) {
	return bounded(ctx, func(ctx context.Context) (*operatorapi.Block, error) { return n.client().GetBlock(ctx, height) })
}

func (n *opNode) checkpoint(ctx context.Context, num uint64) (*operatorapi.CheckpointResult, error) {
	return bounded(ctx, func(ctx context.Context) (*operatorapi.CheckpointResult, error) {
		return n.client().GetCheckpoint(ctx, num)
	})
}

func (n *opNode) tx(ctx context.Context, hash common.Hash) (*operatorapi.TxResult, error) {
	return bounded(ctx, func(ctx context.Context) (*operatorapi.TxResult, error) { return n.client().GetTx(ctx, hash) })
}

func (n *opNode) status(ctx context.Context) (*operatorapi.Status, error) {
	return bounded(ctx, func(ctx context.Context) (*operatorapi.Status, error) { return n.client().Status(ctx) })
}

func (n *opNode) logTail() string {
	b, _ := os.ReadFile(n.logPath)
	if len(b) > 6000 {
		b = b[len(b)-6000:]
	}
	return string(b)
}

// network is a devnet with operator nodes whose sockets carry their CometBFT identities.
type network struct {
	t     *testing.T
	ctx   context.Context
	bin   string
	dn    *anvil.Devnet
	nodes []*opNode
	agg   *fakeAggregator
	// nodeArgs are the run flags every node shares (L1, aggregator, test flags).
	nodeArgs []string
	dir      string
}

// deployment is the devnet's deployment file.
func (net *network) deployment() string { return filepath.Join(net.dir, "deployment.json") }

// runArgs are the run flags of a node signing with the BLS keystore ks.
func (net *network) runArgs(ks string) []string {
	return append([]string{"--bls.keystore", ks}, net.nodeArgs...)
}

// startNetwork starts anvil with n operators, builds the genesis from L1 on every node, and
// starts the nodes. Every node signs checkpoints and sends them to a fake aggregator.
func startNetwork(t *testing.T, n int, interval uint64, runArgs ...string) *network {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	net := &network{t: t, ctx: ctx, bin: lockstepBinary(t)}
	dir := t.TempDir()
	net.dir = dir
	net.agg = startFakeAggregator(t)

	sockets := make([]string, n)
	for i := 0; i < n; i++ {
		node := &opNode{t: t, bin: net.bin, i: i, home: filepath.Join(dir, fmt.Sprintf("op%d", i)), p2pPort: freeTCPPort(t), apiPort: freeTCPPort(t),
			logPath: filepath.Join(dir, fmt.Sprintf("op%d.log", i))}
		sockets[i] = runLockstep(t, net.bin, nil, "operator", "init", "--home", node.home,
			"--p2p.external", fmt.Sprintf("127.0.0.1:%d", node.p2pPort), "--api.url", node.apiURL())
		net.nodes = append(net.nodes, node)
	}
	dn, err := anvil.Start(ctx, anvil.Config{
		Operators: n,
		Socket:    func(i int) string { return sockets[i] },
		Deploy:    anvil.DeployConfig{Rollups: []deployment.Rollup{{ID: rollupA}, {ID: rollupB}}},
	})
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(func() { dn.Close() })
	net.dn = dn
	depPath := filepath.Join(dir, "deployment.json")
	if err := dn.WriteJSON(depPath); err != nil {
		t.Fatal(err)
	}
	net.nodeArgs = append([]string{"--l1.rpc", dn.Node.RPCURL(), "--deployment", depPath, "--aggregator.url", net.agg.url, "--rollups.refresh", "500ms"}, runArgs...)
	head, err := dn.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var genesis []byte
	for i, node := range net.nodes {
		runLockstep(t, net.bin, nil, "operator", "genesis", "--home", node.home, "--l1.rpc", dn.Node.RPCURL(), "--deployment", depPath,
			"--l1.block", strconv.FormatUint(head, 10), "--checkpoint-interval", strconv.FormatUint(interval, 10))
		g, err := os.ReadFile(filepath.Join(node.home, "config", "genesis.json"))
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			genesis = g
		} else if !bytes.Equal(g, genesis) {
			t.Fatalf("node %d built a different genesis from L1 block %d", i, head)
		}
		// The operator's BLS key, as a keystore.
		ks := filepath.Join(dir, fmt.Sprintf("op%d.bls.json", i))
		if err := dn.Deployment.Operators[i].BLSKey.SaveToFile(ks, "test-password"); err != nil {
			t.Fatal(err)
		}
		node.extraEnv = []string{"LOCKSTEP_OPERATOR_BLS_PASSWORD=test-password"}
		node.runArgs = net.runArgs(ks)
	}
	for _, node := range net.nodes {
		node.start()
		t.Cleanup(func() {
			node.kill(syscall.SIGTERM)
			if t.Failed() || os.Getenv("LOCKSTEP_TEST_LOGS") != "" {
				t.Logf("node %d log tail:\n%s", node.i, node.logTail())
			}
		})
	}
	net.waitHeight(1, 30*time.Second)
	return net
}

// waitHeight waits until every running node committed height h.
func (net *network) waitHeight(h uint64, timeout time.Duration) {
	net.t.Helper()
	for _, node := range net.nodes {
		testutil.WaitFor(net.t, timeout, fmt.Sprintf("node %d at height %d", node.i, h), func() (bool, error) {
			s, err := node.status(net.ctx)
			return err == nil && s.Height >= h, err
		})
	}
}

// waitTx waits until hash is sequenced on node and returns where.
func (net *network) waitTx(node *opNode, hash common.Hash, timeout time.Duration) *operatorapi.TxResult {
	net.t.Helper()
	var res *operatorapi.TxResult
	testutil.WaitFor(net.t, timeout, fmt.Sprintf("tx %s on node %d", hash, node.i), func() (bool, error) {
		var err error
		res, err = node.tx(net.ctx, hash)
		return err == nil, err
	})
	return res
}

// fakeAggregator records checkpoint signatures, refusing the first few sends (transport
// errors) so the operator's retry path runs.
type fakeAggregator struct {
	url string

	mu       sync.Mutex
	sigs     []aggregatorapi.CheckpointSignature
	failures int
}

type aggService struct{ a *fakeAggregator }

func (s *aggService) SubmitSignature(sig aggregatorapi.CheckpointSignature) (*aggregatorapi.SubmitResult, error) {
	if err := sig.Validate(); err != nil {
		return nil, err
	}
	s.a.mu.Lock()
	defer s.a.mu.Unlock()
	s.a.sigs = append(s.a.sigs, sig)
	return &aggregatorapi.SubmitResult{Status: aggregatorapi.StatusCollected}, nil
}

func startFakeAggregator(t *testing.T) *fakeAggregator {
	t.Helper()
	a := &fakeAggregator{failures: 3}
	srv := gethrpc.NewServer()
	if err := srv.RegisterName(aggregatorapi.Namespace, &aggService{a: a}); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := newHTTPServer(srv, a)
	hs.wg.Add(1)
	go hs.serve(ln) // owned: stopped by the cleanup below, which waits for it
	t.Cleanup(hs.stop)
	a.url = "http://" + ln.Addr().String()
	return a
}

func (a *fakeAggregator) signatures(number uint64) map[common.Hash]aggregatorapi.CheckpointSignature {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make(map[common.Hash]aggregatorapi.CheckpointSignature)
	for _, s := range a.sigs {
		if s.Checkpoint.Number == number {
			out[s.OperatorID] = s
		}
	}
	return out
}

func isNotFound(err error) bool { return operatorapi.IsNotFound(err) }

// verifyBatch checks a batch's proofs and that its transactions hash to its root.
func verifyBatch(t *testing.T, b *operatorapi.Batch) {
	t.Helper()
	if err := b.Proof.VerifyBlock(); err != nil {
		t.Fatalf("batch of rollup %d at height %d: %v", b.RollupID, b.Height, err)
	}
	hashes := make([]common.Hash, len(b.Txs))
	for i, tx := range b.Txs {
		hashes[i] = commitment.TxHash(tx)
	}
	if commitment.BatchRoot(hashes) != b.Proof.Batch.Root || uint64(len(hashes)) != b.Proof.Batch.TxCount {
		t.Fatalf("batch of rollup %d at height %d: transactions do not match the root", b.RollupID, b.Height)
	}
}

// findCast returns foundry's cast: $LOCKSTEP_CAST, else node_modules/.bin/cast of the module.
func findCast(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("LOCKSTEP_CAST"); p != "" {
		return p
	}
	p, err := filepath.Abs(filepath.Join("..", "node_modules", ".bin", "cast"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("cast not found (npm install, or set LOCKSTEP_CAST): %v", err)
	}
	return p
}
