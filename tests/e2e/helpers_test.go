// Package e2e holds Lockstep's process-level end-to-end tests: the system harness runs anvil
// with EigenLayer and Lockstep deployed, `lockstep operator run` processes and the
// `lockstep aggregator run` process; the tests drive them through their APIs, L1 and signals.
// Tests of one command's process (the devnet, follow, slash, an aggregator killed and
// restarted) start it themselves through internal/proc. No mocks, no fixed sleeps.
package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/freeport"
	"github.com/lockstep-xyz/lockstep/internal/httpserver"
	"github.com/lockstep-xyz/lockstep/internal/proc"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/system"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
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

// opNode is one operator node process of the system, with the test's calls on it.
type opNode struct {
	*system.Node
	t *testing.T
	i int
}

func (n *opNode) apiURL() string { return n.APIURL() }
func (n *opNode) wsURL() string  { return n.WSURL() }

// runLockstep runs a lockstep command to completion and returns its stdout.
func runLockstep(t *testing.T, bin string, env []string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := proc.Run(ctx, bin, args, env...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// runLockstepErr runs a lockstep command expected to fail; the error carries its stderr.
func runLockstepErr(bin string, env []string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := proc.Run(ctx, bin, args, env...)
	if err != nil {
		return err.Error(), err
	}
	return out, nil
}

// start starts the node's process again after a kill.
func (n *opNode) start() {
	n.t.Helper()
	if err := n.Start(); err != nil {
		n.t.Fatalf("start node %d: %v", n.i, err)
	}
}

// restart stops the node and starts it again with its options changed by change.
func (n *opNode) restart(change func(*system.NodeConfig)) {
	n.t.Helper()
	if err := n.Restart(change); err != nil {
		n.t.Fatalf("restart node %d: %v", n.i, err)
	}
}

// kill sends sig to the node's process and waits for it to exit.
func (n *opNode) kill(sig syscall.Signal) {
	n.t.Helper()
	if err := n.Kill(sig); err != nil {
		n.t.Logf("kill node %d: %v", n.i, err)
	}
}

// alive reports whether the node's process is running.
func (n *opNode) alive() bool { return n.Alive() }

// client is the node's API client, dialled on first use (the test fails if it cannot be).
func (n *opNode) client() *operatorapi.Client {
	n.t.Helper()
	c, err := n.Client(context.Background())
	if err != nil {
		n.t.Fatal(err)
	}
	return c
}

// clientNoDial is client for a node that may be down: it fails instead of failing the test.
func (n *opNode) clientNoDial() (*operatorapi.Client, error) {
	if !n.Alive() {
		return nil, errors.New("node is down")
	}
	return n.Client(context.Background())
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

// submitBatchNoDial is submitNoDial for a rollup batcher's lockstep_submitBatch.
func (n *opNode) submitBatchNoDial(ctx context.Context, rollupID uint64, payloads [][]byte) ([]common.Hash, error) {
	c, err := n.clientNoDial()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	return c.SubmitBatch(ctx, rollupID, payloads)
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

func (n *opNode) logTail() string { return n.LogTail(6000) }

// network is the system (anvil, operator node processes, optionally the aggregator) plus a fake
// aggregator every node also sends its checkpoint signatures to.
type network struct {
	t     *testing.T
	ctx   context.Context
	bin   string
	sys   *system.System
	dn    *anvil.Devnet
	nodes []*opNode
	agg   *fakeAggregator
}

// deployment is the devnet's deployment file.
func (net *network) deployment() string { return net.sys.DeploymentPath }

// startNetwork starts anvil with n operators, builds the genesis from L1 on every node, and
// starts the nodes with the extra run flags runArgs. Every node signs checkpoints and sends
// them to a fake aggregator.
func startNetwork(t *testing.T, n int, interval uint64, runArgs ...string) *network {
	t.Helper()
	return startSystem(t, n, interval, nil, runArgs...)
}

// startSystem is startNetwork with the real aggregator (a `lockstep aggregator run` process,
// extra flags in agg) when agg is not nil.
func startSystem(t *testing.T, n int, interval uint64, agg *system.AggregatorConfig, runArgs ...string) *network {
	t.Helper()
	return startSystemWith(t, n, interval, agg, nil, runArgs...)
}

// startSystemWith is startSystem with the configuration changed by change (nil: unchanged).
func startSystemWith(t *testing.T, n int, interval uint64, agg *system.AggregatorConfig, change func(*system.Config), runArgs ...string) *network {
	t.Helper()
	testutil.SkipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	net := &network{t: t, ctx: ctx, bin: lockstepBinary(t), agg: startFakeAggregator(t)}
	cfg := system.Config{
		Lockstep:           net.bin,
		Faulty:             faultyBinary(t),
		Dir:                t.TempDir(),
		Operators:          n,
		Rollups:            []deployment.Rollup{{ID: rollupA}, {ID: rollupB}},
		CheckpointInterval: interval,
		NodeArgs:           append([]string{"--rollups.refresh", "500ms"}, runArgs...),
		AggregatorURLs:     []string{net.agg.url},
		Aggregator:         agg,
		BLSPassword:        "test-password",
		StopTimeout:        15 * time.Second,
	}
	if change != nil {
		change(&cfg)
	}
	sys, err := system.Start(ctx, cfg)
	if err != nil {
		t.Fatalf("start the system: %v", err)
	}
	stopOnCleanup(t, sys)
	net.sys, net.dn = sys, sys.Devnet
	for i, node := range sys.Nodes {
		net.nodes = append(net.nodes, &opNode{Node: node, t: t, i: i})
	}
	net.waitHeight(1, 30*time.Second)
	return net
}

// addNode joins a new operator and its node to the network.
func (net *network) addNode() *opNode {
	net.t.Helper()
	node, err := net.sys.AddOperator(net.ctx, system.NodeConfig{})
	if err != nil {
		net.t.Fatalf("add an operator: %v", err)
	}
	n := &opNode{Node: node, t: net.t, i: node.Index}
	net.nodes = append(net.nodes, n)
	return n
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
	// Its first sends fail with HTTP 503, as an aggregator still starting answers.
	hs := httpserver.New("fake aggregator", "127.0.0.1:0", &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.mu.Lock()
		fail := a.failures > 0
		if fail {
			a.failures--
		}
		a.mu.Unlock()
		if fail {
			http.Error(w, "aggregator starting", http.StatusServiceUnavailable)
			return
		}
		srv.ServeHTTP(w, r)
	})}, nil, func(err error) { t.Errorf("fake aggregator: %v", err) })
	if err := hs.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Stop(ctx)
		srv.Stop()
		hs.Wait()
	})
	a.url = "http://" + hs.Addr()
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
	p, err := filepath.Abs(filepath.Join("..", "..", "node_modules", ".bin", "cast"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("cast not found (npm install, or set LOCKSTEP_CAST): %v", err)
	}
	return p
}

// e2e is the whole system on one machine: operator node processes (network), a real
// `lockstep aggregator run` process settling their checkpoints in the CheckpointRegistry, and
// an L1 that mines a block every few hundred milliseconds, as a real L1 would (reference
// blocks must move, e.g. past the block of a slashing).
type e2e struct {
	*network
	l1  *testenv.Env // bindings and reads of the devnet
	avs *avs.Reader
}

// startE2E starts n operator nodes (checkpoint every interval heights, extra run flags
// runArgs) that send their signatures to a real aggregator process as well as to the
// network's fake one.
func startE2E(t *testing.T, n int, interval uint64, runArgs ...string) *e2e {
	t.Helper()
	return startE2EWith(t, n, interval, nil, runArgs...)
}

// startE2EWith is startE2E with the system's configuration changed by change (nil: unchanged).
func startE2EWith(t *testing.T, n int, interval uint64, change func(*system.Config), runArgs ...string) *e2e {
	t.Helper()
	net := startSystemWith(t, n, interval, &system.AggregatorConfig{Args: []string{"--l1.poll", "50ms"}}, change, runArgs...)
	b, err := net.dn.Deployment.Bindings(net.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	x := &e2e{network: net, l1: &testenv.Env{T: t, Ctx: net.ctx, DN: net.dn, D: net.dn.Deployment, B: b}}
	if x.avs, err = avs.NewReader(net.dn.Client, testenv.Addresses(net.dn.Deployment)); err != nil {
		t.Fatal(err)
	}
	testenv.StartMiner(t, x.l1, 250*time.Millisecond)
	return x
}

// heights returns every node's committed height.
func (net *network) heights(nodes []*opNode) map[int]uint64 {
	net.t.Helper()
	out := make(map[int]uint64, len(nodes))
	for _, n := range nodes {
		s, err := n.status(net.ctx)
		if err != nil {
			net.t.Fatalf("status of node %d: %v", n.i, err)
		}
		out[n.i] = s.Height
	}
	return out
}

// waitAdvance waits until each of nodes committed by more heights than it had.
func (net *network) waitAdvance(nodes []*opNode, by uint64, timeout time.Duration) {
	net.t.Helper()
	from := net.heights(nodes)
	for _, n := range nodes {
		testutil.WaitFor(net.t, timeout, fmt.Sprintf("node %d past height %d", n.i, from[n.i]+by), func() (bool, error) {
			s, err := n.status(net.ctx)
			return err == nil && s.Height >= from[n.i]+by, err
		})
	}
}

// waitSequenced waits until every one of hashes is sequenced on each of nodes.
// checkSequencedOnce fails unless each of hashes is in exactly one batch position of rollups
// on each of nodes.
func (net *network) checkSequencedOnce(nodes []*opNode, rollups []uint64, hashes []common.Hash) {
	net.t.Helper()
	for _, n := range nodes {
		seen := make(map[common.Hash]int)
		for _, rollup := range rollups {
			for from := uint64(1); ; {
				hs, err := n.batchHeights(net.ctx, rollup, from, 100)
				if err != nil {
					net.t.Fatal(err)
				}
				if len(hs) == 0 {
					break
				}
				for _, h := range hs {
					b, err := n.batch(net.ctx, rollup, h)
					if err != nil {
						net.t.Fatal(err)
					}
					for _, x := range b.TxHashes {
						seen[x]++
					}
				}
				from = hs[len(hs)-1] + 1
			}
		}
		for _, h := range hashes {
			if seen[h] != 1 {
				net.t.Fatalf("node %d: accepted transaction %s sequenced %d times", n.i, h, seen[h])
			}
		}
	}
}

func (net *network) waitSequenced(nodes []*opNode, hashes []common.Hash, timeout time.Duration) {
	net.t.Helper()
	for _, n := range nodes {
		testutil.WaitFor(net.t, timeout, fmt.Sprintf("the %d accepted transactions on node %d", len(hashes), n.i), func() (bool, error) {
			missing, err := n.missing(net.ctx, hashes)
			if err != nil {
				return false, err
			}
			if len(missing) > 0 {
				return false, fmt.Errorf("%d missing, e.g. %s", len(missing), missing[0])
			}
			return true, nil
		})
	}
}

// lastCut is the highest checkpoint any of nodes has cut.
func (net *network) lastCut(nodes []*opNode) uint64 {
	net.t.Helper()
	var last uint64
	for _, n := range nodes {
		s, err := n.status(net.ctx)
		if err != nil {
			net.t.Fatalf("status of node %d: %v", n.i, err)
		}
		last = max(last, s.LastCheckpoint)
	}
	return last
}

// sameBlocks fails unless every node returns byte-identical blocks (roots, batches, app
// hashes) for heights from..to.
func (net *network) sameBlocks(nodes []*opNode, from, to uint64) {
	net.t.Helper()
	get := func(n *opNode, lo, hi uint64) []json.RawMessage {
		out := make([]json.RawMessage, hi-lo+1)
		batch := make([]gethrpc.BatchElem, len(out))
		for i := range batch {
			batch[i] = gethrpc.BatchElem{Method: operatorapi.MethodGetBlock, Args: []any{hexutil.Uint64(lo + uint64(i))}, Result: &out[i]}
		}
		if err := n.client().BatchCall(net.ctx, batch); err != nil {
			net.t.Fatalf("blocks %d..%d from node %d: %v", lo, hi, n.i, err)
		}
		for i, e := range batch {
			if e.Error != nil {
				net.t.Fatalf("block %d from node %d: %v", lo+uint64(i), n.i, e.Error)
			}
		}
		return out
	}
	for lo := from; lo <= to; lo += 100 {
		hi := min(lo+99, to)
		ref := get(nodes[0], lo, hi)
		for _, n := range nodes[1:] {
			for i, b := range get(n, lo, hi) {
				if !bytes.Equal(b, ref[i]) {
					net.t.Fatalf("height %d: node %d has block %s, node %d has %s", lo+uint64(i), n.i, b, nodes[0].i, ref[i])
				}
			}
		}
	}
}

// l1Checkpoint is a checkpoint stored in the CheckpointRegistry and whose signatures counted.
type l1Checkpoint struct {
	Number         uint64
	Root           common.Hash
	ReferenceBlock uint64
	L1Block        uint64
	// Operators are the operators registered in the quorum at the reference block.
	Operators map[common.Hash]bool
	// Signers are the operators the stored aggregate counts: Operators minus the non-signers
	// listed in the submitCheckpoint call.
	Signers map[common.Hash]bool
}

func (c *l1Checkpoint) String() string {
	return fmt.Sprintf("checkpoint %d (reference block %d, L1 block %d): %d of %d operators signed", c.Number, c.ReferenceBlock, c.L1Block, len(c.Signers), len(c.Operators))
}

// latestStored is the registry's latest checkpoint number.
func (x *e2e) latestStored() (uint64, error) {
	return x.l1.B.CheckpointRegistry.LatestCheckpointNumber(&bind.CallOpts{Context: x.ctx})
}

// storedCheckpoint reads checkpoint n from L1: its CheckpointSubmitted event, the operator set
// at its reference block, and the non-signers from the submitCheckpoint transaction's calldata.
func (x *e2e) storedCheckpoint(n uint64) (*l1Checkpoint, error) {
	it, err := x.l1.B.CheckpointRegistry.FilterCheckpointSubmitted(&bind.FilterOpts{Context: x.ctx}, []uint64{n})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	if !it.Next() {
		return nil, fmt.Errorf("no CheckpointSubmitted event for checkpoint %d (yet): %v", n, it.Error())
	}
	ev := it.Event
	tx, _, err := x.dn.Client.TransactionByHash(x.ctx, ev.Raw.TxHash)
	if err != nil {
		return nil, fmt.Errorf("submission of checkpoint %d: %w", n, err)
	}
	parsed, err := checkpointregistry.CheckpointRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	data := tx.Data()
	if len(data) < 4 {
		return nil, fmt.Errorf("checkpoint %d: transaction %s has no calldata", n, tx.Hash())
	}
	m, err := parsed.MethodById(data[:4])
	if err != nil || m.Name != "submitCheckpoint" {
		return nil, fmt.Errorf("checkpoint %d: transaction %s is not a submitCheckpoint call (%v)", n, tx.Hash(), err)
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("decode submitCheckpoint of checkpoint %d: %w", n, err)
	}
	if len(args) != 3 {
		return nil, fmt.Errorf("decode submitCheckpoint of checkpoint %d: %d arguments", n, len(args))
	}
	sig := *abi.ConvertType(args[2], new(checkpointregistry.IBLSSignatureCheckerNonSignerStakesAndSignature)).(*checkpointregistry.IBLSSignatureCheckerNonSignerStakesAndSignature)
	ops, err := x.avs.SignersAt(x.ctx, uint64(ev.ReferenceBlock))
	if err != nil {
		return nil, err
	}
	key := func(x, y *big.Int) string { return x.String() + "," + y.String() }
	nonSigners := make(map[string]bool, len(sig.NonSignerPubkeys))
	for _, p := range sig.NonSignerPubkeys {
		nonSigners[key(p.X, p.Y)] = true
	}
	c := &l1Checkpoint{Number: ev.Number, Root: ev.Root, ReferenceBlock: uint64(ev.ReferenceBlock), L1Block: ev.Raw.BlockNumber,
		Operators: make(map[common.Hash]bool), Signers: make(map[common.Hash]bool)}
	matched := 0
	for _, o := range ops {
		c.Operators[o.ID] = true
		g := chainio.G1FromBLS(o.PubkeyG1)
		if nonSigners[key(g.X, g.Y)] {
			matched++
		} else {
			c.Signers[o.ID] = true
		}
	}
	if matched != len(nonSigners) {
		return nil, fmt.Errorf("checkpoint %d: %d non-signers listed, %d of them registered at block %d", n, len(nonSigners), matched, ev.ReferenceBlock)
	}
	return c, nil
}

// waitStored waits until some checkpoint numbered from or later is stored on L1 and ok holds
// for it; it returns the first such checkpoint.
func (x *e2e) waitStored(from uint64, timeout time.Duration, what string, ok func(*l1Checkpoint) bool) *l1Checkpoint {
	x.t.Helper()
	next := max(from, 1)
	var found *l1Checkpoint
	testutil.WaitFor(x.t, timeout, what, func() (bool, error) {
		latest, err := x.latestStored()
		if err != nil {
			return false, err
		}
		for ; next <= latest; next++ {
			c, err := x.storedCheckpoint(next)
			if err != nil {
				return false, err // retried at the same number
			}
			if ok(c) {
				found = c
				return true, nil
			}
		}
		return false, fmt.Errorf("latest stored checkpoint %d", latest)
	})
	return found
}

// stopOnCleanup stops sys when the test ends and, if it failed (or LOCKSTEP_TEST_LOGS is set),
// logs the end of every process's log.
func stopOnCleanup(t *testing.T, sys *system.System) {
	t.Helper()
	t.Cleanup(func() {
		if err := sys.Stop(context.Background()); err != nil {
			t.Logf("stop the system: %v", err)
		}
		if t.Failed() || os.Getenv("LOCKSTEP_TEST_LOGS") != "" {
			for _, c := range sys.Children() {
				t.Logf("%s log tail:\n%s", c.Name(), c.LogTail(8000))
			}
		}
	})
}
