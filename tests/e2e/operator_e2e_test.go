package e2e

import (
	"context"
	"fmt"
	"os/exec"
	"reflect"
	"strings"
	"testing"
	"time"

	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/signer"
)

// Four operator processes on loopback, genesis from the anvil devnet: transactions for two
// rollups go to different nodes (one through `cast publish`, one cross-rollup bundle); every
// node returns the same blocks, batches and proofs; the bundle's parts share a height; every
// operator's checkpoint signature reaches the aggregator and verifies.
func TestOperatorNetwork(t *testing.T) {
	testutil.SkipShort(t)
	const interval = 5
	net := startNetwork(t, 4, interval)
	ctx, nodes := net.ctx, net.nodes

	// Subscribe to rollup A's batches on node 0 before anything is sent.
	ws, err := operatorapi.Dial(ctx, nodes[0].wsURL())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	batches := make(chan *operatorapi.Batch, 128)
	sub, err := ws.SubscribeBatches(ctx, rollupA, batches)
	if err != nil {
		t.Fatalf("subscribe: %v", err)
	}
	defer sub.Unsubscribe()

	start := time.Now()
	var want []common.Hash // every transaction hash the nodes accepted
	for i := 0; i < 10; i++ {
		for _, s := range []struct {
			node   *opNode
			rollup uint64
		}{{nodes[0], rollupA}, {nodes[1], rollupB}} {
			payload := []byte(fmt.Sprintf("rollup %d tx %d", s.rollup, i))
			hash, err := s.node.submit(ctx, s.rollup, payload)
			if err != nil {
				t.Fatalf("submit to node %d: %v", s.node.i, err)
			}
			if hash != commitment.TxHash(payload) {
				t.Fatalf("submit returned hash %s", hash)
			}
			want = append(want, hash)
		}
	}

	// A signed EIP-1559 transaction for rollup A, published with cast to node 2.
	key, _ := crypto.GenerateKey()
	raw := signedEthTx(t, key, rollupA, 0)
	signedHash := crypto.Keccak256Hash(raw) // a typed transaction's hash
	cast := findCast(t)
	castCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(castCtx, cast, "publish", "--async", "--rpc-url", nodes[2].apiURL(), hexutil.Encode(raw)).CombinedOutput()
	if err != nil {
		t.Fatalf("cast publish: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), signedHash.Hex()) {
		t.Fatalf("cast publish printed %q, want the hash %s", out, signedHash)
	}
	want = append(want, signedHash)

	// A cross-rollup bundle to node 3.
	parts := []operatorapi.Part{{RollupID: rollupA, Payload: []byte("bundle: A")}, {RollupID: rollupB, Payload: []byte("bundle: B")}}
	bundle, err := nodes[3].submitBundle(ctx, parts)
	if err != nil {
		t.Fatalf("submit bundle: %v", err)
	}
	want = append(want, bundle...)

	// Refusals are JSON-RPC errors with clear messages.
	_, err = nodes[0].submit(ctx, 777, []byte("x"))
	if de, ok := err.(gethrpc.Error); !ok || de.ErrorCode() != operatorapi.CodeRefused || !strings.Contains(err.Error(), "rollup 777 is not registered") {
		t.Fatalf("unregistered rollup: %v", err)
	}
	_, err = nodes[0].sendRawTransaction(ctx, []byte{0xde, 0xad})
	if de, ok := err.(gethrpc.Error); !ok || de.ErrorCode() != operatorapi.CodeInvalidParams {
		t.Fatalf("garbage raw transaction: %v", err)
	}

	// Every node sequences every transaction.
	for _, n := range nodes {
		for _, h := range want {
			res := net.waitTx(n, h, 30*time.Second)
			b, err := n.batch(ctx, res.RollupID, res.Height)
			if err != nil {
				t.Fatal(err)
			}
			if err := res.Proof.Verify(b.Proof.Batch); err != nil {
				t.Fatalf("node %d: tx %s: %v", n.i, h, err)
			}
		}
	}
	t.Logf("%d transactions sequenced on all 4 nodes in %s", len(want), time.Since(start).Round(time.Millisecond))

	// The bundle's parts are in one height.
	a := net.waitTx(nodes[0], bundle[0], time.Second)
	b := net.waitTx(nodes[0], bundle[1], time.Second)
	if a.Height != b.Height || a.RollupID != rollupA || b.RollupID != rollupB {
		t.Fatalf("bundle parts at %+v and %+v", a.TxLocation, b.TxLocation)
	}

	// Go past a checkpoint boundary, then compare every height on every node.
	s0, err := nodes[0].status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	top := (s0.Height/interval + 1) * interval
	net.waitHeight(top, 30*time.Second)
	for h := uint64(1); h <= top; h++ {
		var ref operatorapi.Block
		for i, n := range nodes {
			got, err := n.block(ctx, h)
			if err != nil {
				t.Fatalf("node %d height %d: %v", i, h, err)
			}
			blk := *got
			blk.Time = blk.Time.UTC()
			if i == 0 {
				ref = blk
			} else if !reflect.DeepEqual(blk, ref) {
				t.Fatalf("height %d: node %d has %+v, node 0 %+v", h, i, blk, ref)
			}
			for _, hdr := range blk.Batches {
				bt, err := n.batch(ctx, hdr.RollupID, h)
				if err != nil {
					t.Fatal(err)
				}
				verifyBatch(t, bt)
				if bt.Proof.Batch != hdr || bt.Proof.BlockRoot != blk.BlockRoot {
					t.Fatalf("node %d height %d rollup %d: batch %+v does not match block", i, h, hdr.RollupID, bt.Proof)
				}
				if bt.Checkpoint > 0 {
					cp, err := n.checkpoint(ctx, bt.Checkpoint)
					if err != nil {
						t.Fatal(err)
					}
					if err := bt.Proof.VerifyCheckpoint(cp.Checkpoint); err != nil {
						t.Fatalf("node %d height %d: %v", i, h, err)
					}
				}
			}
		}
	}

	// Checkpoints agree and every operator's signature reaches the aggregator and verifies.
	d := net.dn.Deployment
	for num := uint64(1); num <= top/interval; num++ {
		var ref operatorapi.CheckpointResult
		for i, n := range nodes {
			cp, err := n.checkpoint(ctx, num)
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				ref = *cp
			} else if !reflect.DeepEqual(*cp, ref) {
				t.Fatalf("checkpoint %d differs between node 0 and %d", num, i)
			}
		}
		digest := commitment.CheckpointDigest(d.ChainID, d.Contracts.CheckpointRegistry, ref.Checkpoint)
		testutil.WaitFor(t, 30*time.Second, fmt.Sprintf("4 signatures of checkpoint %d", num), func() (bool, error) {
			return len(net.agg.signatures(num)) == 4, nil
		})
		sigs := net.agg.signatures(num)
		for _, op := range d.Operators {
			s, ok := sigs[common.Hash(sdktypes.OperatorIdFromKeyPair(op.BLSKey))]
			if !ok || s.Checkpoint != ref.Checkpoint {
				t.Fatalf("checkpoint %d: operator %s sent %+v", num, op.Address, s)
			}
			sig, err := signer.DecodeSignature(s.Signature)
			if err != nil {
				t.Fatal(err)
			}
			if ok, err := sig.Verify(op.BLSKey.GetPubKeyG2(), digest); err != nil || !ok {
				t.Fatalf("checkpoint %d: operator %s signature does not verify", num, op.Address)
			}
		}
	}

	// The subscription delivered rollup A's batches with valid proofs.
	got := 0
	for got < 12 { // 10 submitted + cast + bundle part, possibly in fewer batches
		select {
		case bt := <-batches:
			verifyBatch(t, bt)
			got += len(bt.Txs)
		case err := <-sub.Err():
			t.Fatalf("subscription: %v", err)
		case <-time.After(10 * time.Second):
			t.Fatalf("subscription delivered %d of rollup A's 12 transactions", got)
		}
	}
}
