package e2e

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/proc"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/system"
	"github.com/lockstep-xyz/lockstep/tests/testenv"
)

// rollupSystem is the whole system with rollup nodes: operator node processes, the real
// aggregator settling checkpoints on an L1 that mines every 250 ms, and `lockstep rollup run`
// processes following the operators.
type rollupSystem struct {
	t     *testing.T
	ctx   context.Context
	sys   *system.System
	nodes []*system.Node
	// rollups are the rollup nodes in Config.RollupNodes order.
	rollups []*system.RollupNode
}

// rollupNodeArgs make a rollup node read L1 often, so a block turns safe soon after its
// checkpoint lands.
var rollupNodeArgs = []string{"--l1.poll", "50ms"}

// startRollupSystem starts 4 operators (checkpoint every interval heights, node options from
// node, nil for none) for rollups 901 and 902, the real aggregator and the rollup nodes rollups
// (rollupNodeArgs added to each).
func startRollupSystem(t *testing.T, interval uint64, node func(int) system.NodeConfig, rollups ...system.RollupNodeConfig) *rollupSystem {
	t.Helper()
	testutil.SkipShort(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	t.Cleanup(cancel)
	for i := range rollups {
		rollups[i].Args = append(append([]string(nil), rollupNodeArgs...), rollups[i].Args...)
	}
	sys, err := system.Start(ctx, system.Config{
		Lockstep:           lockstepBinary(t),
		Faulty:             faultyBinary(t),
		Dir:                t.TempDir(),
		Operators:          4,
		Rollups:            []deployment.Rollup{{ID: rollupA}, {ID: rollupB}},
		CheckpointInterval: interval,
		NodeArgs:           []string{"--rollups.refresh", "500ms", "--consensus.empty-block-interval", "200ms"},
		Node:               node,
		Aggregator:         &system.AggregatorConfig{Args: []string{"--l1.poll", "50ms"}},
		RollupNodes:        rollups,
		BLSPassword:        "test-password",
		StopTimeout:        15 * time.Second,
	})
	if err != nil {
		t.Fatalf("start the system: %v", err)
	}
	stopOnCleanup(t, sys)
	b, err := sys.Devnet.Deployment.Bindings(sys.Devnet.Client)
	if err != nil {
		t.Fatal(err)
	}
	testenv.StartMiner(t, &testenv.Env{T: t, Ctx: ctx, DN: sys.Devnet, D: sys.Devnet.Deployment, B: b}, 250*time.Millisecond)
	return &rollupSystem{t: t, ctx: ctx, sys: sys, nodes: sys.Nodes, rollups: sys.Rollups}
}

// eth is an ethclient on rollup node r; it fails t if r cannot be dialled.
func (rs *rollupSystem) eth(t *testing.T, r *system.RollupNode) *ethclient.Client {
	t.Helper()
	c, err := r.Eth(rs.ctx)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// status is r's rollup_status, bounded by callTimeout.
func (rs *rollupSystem) status(r *system.RollupNode) (*system.RollupStatus, error) {
	return bounded(rs.ctx, r.Status)
}

// receipt is the receipt of hash on r, nil while r has none.
func (rs *rollupSystem) receipt(r *system.RollupNode, hash common.Hash) (*types.Receipt, error) {
	c, err := r.Eth(rs.ctx)
	if err != nil {
		return nil, err
	}
	rc, err := bounded(rs.ctx, func(ctx context.Context) (*types.Receipt, error) { return c.TransactionReceipt(ctx, hash) })
	if errors.Is(err, ethereum.NotFound) {
		return nil, nil
	}
	return rc, err
}

// waitReceipt waits until r has a receipt of hash and returns it.
func (rs *rollupSystem) waitReceipt(t *testing.T, r *system.RollupNode, hash common.Hash, timeout time.Duration) *types.Receipt {
	t.Helper()
	var rc *types.Receipt
	testutil.WaitFor(t, timeout, fmt.Sprintf("receipt of %s on %s", hash, r.Name()), func() (bool, error) {
		var err error
		rc, err = rs.receipt(r, hash)
		return rc != nil, err
	})
	return rc
}

// waitStatus waits until r's status satisfies ok and returns it.
func (rs *rollupSystem) waitStatus(t *testing.T, r *system.RollupNode, timeout time.Duration, what string, ok func(*system.RollupStatus) bool) *system.RollupStatus {
	t.Helper()
	var st *system.RollupStatus
	testutil.WaitFor(t, timeout, r.Name()+": "+what, func() (bool, error) {
		var err error
		st, err = rs.status(r)
		if err != nil {
			return false, err
		}
		return ok(st), fmt.Errorf("status %+v", *st)
	})
	return st
}

// waitSequenced waits until operator node n has sequenced hash and returns where.
func (rs *rollupSystem) waitSequenced(t *testing.T, n *system.Node, hash common.Hash, timeout time.Duration) *operatorapi.TxResult {
	t.Helper()
	var res *operatorapi.TxResult
	testutil.WaitFor(t, timeout, fmt.Sprintf("tx %s sequenced on %s", hash, n.Name()), func() (bool, error) {
		c, err := n.Client(rs.ctx)
		if err != nil {
			return false, err
		}
		res, err = bounded(rs.ctx, func(ctx context.Context) (*operatorapi.TxResult, error) { return c.GetTx(ctx, hash) })
		return err == nil, err
	})
	return res
}

// sameChain fails t unless every one of nodes has the same block hash and state root as the
// first at every height from 1 to to.
func (rs *rollupSystem) sameChain(t *testing.T, to uint64, nodes ...*system.RollupNode) {
	t.Helper()
	ref := rs.eth(t, nodes[0])
	for n := uint64(1); n <= to; n++ {
		want, err := ref.HeaderByNumber(rs.ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatalf("block %d on %s: %v", n, nodes[0].Name(), err)
		}
		for _, r := range nodes[1:] {
			got, err := rs.eth(t, r).HeaderByNumber(rs.ctx, new(big.Int).SetUint64(n))
			if err != nil {
				t.Fatalf("block %d on %s: %v", n, r.Name(), err)
			}
			if got.Hash() != want.Hash() || got.Root != want.Root {
				t.Fatalf("block %d: %s has hash %s root %s, %s has hash %s root %s", n,
					r.Name(), got.Hash(), got.Root, nodes[0].Name(), want.Hash(), want.Root)
			}
		}
	}
}

// devKey is anvil's dev account i, funded on every rollup by `lockstep rollup genesis`.
func devKey(t *testing.T, i int) *ecdsa.PrivateKey {
	t.Helper()
	k, err := deployment.DevKey(i)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// Fees of the transactions the tests sign: far above a devnet rollup's base fee.
var (
	testGasTipCap = big.NewInt(1e9)
	testGasFeeCap = big.NewInt(100e9)
)

// signTransfer signs a transfer of value wei to to on chain chainID and returns it with its
// raw encoding.
func signTransfer(t *testing.T, key *ecdsa.PrivateKey, chainID, nonce uint64, to common.Address, value *big.Int) (*types.Transaction, []byte) {
	t.Helper()
	id := new(big.Int).SetUint64(chainID)
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: nonce, GasTipCap: testGasTipCap, GasFeeCap: testGasFeeCap, Gas: 21000, To: &to, Value: value,
	})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return tx, raw
}

// runCast runs foundry's cast with args and returns its trimmed stdout.
func runCast(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := proc.Run(ctx, findCast(t), args)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(out)
}
