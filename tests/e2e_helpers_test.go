package tests

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// e2e is the whole system on one machine: operator node processes (network), a real
// `lockstep aggregator run` process settling their checkpoints in the CheckpointRegistry, and
// an L1 that mines a block every few hundred milliseconds, as a real L1 would (reference
// blocks must move, e.g. past the block of a slashing).
type e2e struct {
	*network
	agg    *opNode // the aggregator process
	aggURL string
	l1     *testenv.Env // bindings and reads of the devnet
	avs    *avs.Reader
}

// startE2E starts n operator nodes (checkpoint every interval heights, extra run flags
// runArgs) that send their signatures to a real aggregator process as well as to the
// network's fake one.
func startE2E(t *testing.T, n int, interval uint64, runArgs ...string) *e2e {
	t.Helper()
	aggPort := freeTCPPort(t)
	aggURL := fmt.Sprintf("http://127.0.0.1:%d", aggPort)
	net := startNetwork(t, n, interval, append([]string{"--aggregator.url", aggURL}, runArgs...)...)
	b, err := net.dn.Deployment.Bindings(net.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	x := &e2e{network: net, aggURL: aggURL, l1: &testenv.Env{T: t, Ctx: net.ctx, DN: net.dn, D: net.dn.Deployment, B: b}}
	if x.avs, err = avs.NewReader(net.dn.Client, testenv.Addresses(net.dn.Deployment)); err != nil {
		t.Fatal(err)
	}
	testenv.StartMiner(t, x.l1, 250*time.Millisecond)

	x.agg = &opNode{t: t, i: -1, logPath: filepath.Join(net.dir, "aggregator.log")}
	x.agg.startCmd(net.bin, "--log.level", "info", "aggregator", "run", "--deployment", net.deployment(), "--devnet",
		"--listen", fmt.Sprintf("127.0.0.1:%d", aggPort), "--metrics", "", "--data-dir", filepath.Join(net.dir, "aggregator"),
		"--poll-interval", "50ms")
	t.Cleanup(func() {
		x.agg.kill(syscall.SIGTERM)
		if t.Failed() || os.Getenv("LOCKSTEP_TEST_LOGS") != "" {
			t.Logf("aggregator log tail:\n%s", x.agg.logTail())
		}
	})
	return x
}

// alive reports whether the node's process is running (started and not exited).
func (n *opNode) alive() bool {
	n.mu.Lock()
	cmd, done := n.cmd, n.done
	n.mu.Unlock()
	if cmd == nil {
		return false
	}
	select {
	case <-done:
		return false
	default:
		return true
	}
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
