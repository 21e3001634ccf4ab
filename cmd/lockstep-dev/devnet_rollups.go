package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/system"
)

// Dev accounts (of the mnemonic anvil uses; the rollups' genesis funds them) the demo traffic
// signs with on the rollups: transfers from demoSenders, bundles between demoBundleA and
// demoBundleB, forced transactions from demoForcedAccount. Account 0 is left to the user.
var demoSenders = []int{6, 7}

const (
	demoBundleA       = 8
	demoBundleB       = 9
	demoForcedAccount = 5
)

// demoFeeCap and demoTip price the demo transactions: far above the rollups' base fee, which
// starts at 1 gwei and falls while blocks are nearly empty.
var (
	demoFeeCap = big.NewInt(10_000_000_000)
	demoTip    = big.NewInt(1_000_000)
)

// devnetRollupNodes is one rollup node per rollup, following the first two honest operators.
func devnetRollupNodes(rollups []deployment.Rollup, operators, byzantine int) []system.RollupNodeConfig {
	var follow []int
	for i := 0; i < operators && len(follow) < 2; i++ {
		if i != byzantine {
			follow = append(follow, i)
		}
	}
	var out []system.RollupNodeConfig
	for _, r := range rollups {
		out = append(out, system.RollupNodeConfig{ChainID: r.ID, Operators: follow})
	}
	return out
}

// demoSigner signs transfers for one account on one rollup, keeping its nonce (read again from
// the rollup node after a refusal).
type demoSigner struct {
	key    *ecdsa.PrivateKey
	from   common.Address
	signer types.Signer
	eth    *ethclient.Client
	nonce  uint64
	synced bool
}

func newDemoSigner(account int, chainID uint64, eth *ethclient.Client) (*demoSigner, error) {
	key, err := deployment.DevKey(account)
	if err != nil {
		return nil, err
	}
	return &demoSigner{key: key, from: crypto.PubkeyToAddress(key.PublicKey), signer: types.LatestSignerForChainID(new(big.Int).SetUint64(chainID)), eth: eth}, nil
}

// transfer signs the account's next transaction: value wei to to.
func (s *demoSigner) transfer(ctx context.Context, to common.Address, value int64) (*types.Transaction, error) {
	if !s.synced {
		n, err := s.eth.PendingNonceAt(ctx, s.from)
		if err != nil {
			return nil, err
		}
		s.nonce, s.synced = n, true
	}
	tx, err := types.SignNewTx(s.key, s.signer, &types.DynamicFeeTx{
		ChainID: s.signer.ChainID(), Nonce: s.nonce, GasTipCap: demoTip, GasFeeCap: demoFeeCap, Gas: 21_000, To: &to, Value: big.NewInt(value),
	})
	if err != nil {
		return nil, err
	}
	s.nonce++
	return tx, nil
}

// failed makes the next transfer read the nonce from the rollup node again.
func (s *demoSigner) failed() { s.synced = false }

// demoTraffic sends signed transfers to every rollup through its rollup node, a few a second,
// and every few seconds an atomic bundle through an operator: a payment on the first rollup and
// its counterpart on the second, which both rollups execute at the same Lockstep height.
func sendDemoTraffic(ctx context.Context, log *slog.Logger, sys *system.System) {
	log = log.With("component", "traffic")
	type lane struct {
		chainID uint64
		eth     *ethclient.Client
		senders []*demoSigner
	}
	var lanes []*lane
	for _, r := range sys.Rollups {
		if len(lanes) > 0 && lanes[len(lanes)-1].chainID == r.ChainID {
			continue
		}
		eth, err := r.Eth(ctx)
		if err != nil {
			log.Warn("no demo traffic", "err", err)
			return
		}
		l := &lane{chainID: r.ChainID, eth: eth}
		for _, a := range demoSenders {
			s, err := newDemoSigner(a, r.ChainID, eth)
			if err != nil {
				log.Warn("no demo traffic", "err", err)
				return
			}
			l.senders = append(l.senders, s)
		}
		lanes = append(lanes, l)
	}
	if len(lanes) == 0 {
		return
	}
	var bundleA, bundleB *demoSigner
	if len(lanes) >= 2 {
		var errA, errB error
		bundleA, errA = newDemoSigner(demoBundleA, lanes[0].chainID, lanes[0].eth)
		bundleB, errB = newDemoSigner(demoBundleB, lanes[1].chainID, lanes[1].eth)
		if errA != nil || errB != nil {
			bundleA = nil
		}
	}
	tick := time.NewTicker(300 * time.Millisecond)
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		callCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
		if i%10 == 9 && bundleA != nil {
			// Through the operators in turn (a node that is down refuses it: the next bundle goes on).
			if n := sys.Nodes[i%len(sys.Nodes)]; n.Alive() && !n.Paused() {
				if cl, err := n.Client(callCtx); err == nil {
					sendDemoBundle(callCtx, log, cl, bundleA, bundleB, i)
				}
			}
		} else {
			l := lanes[i%len(lanes)]
			s := l.senders[(i/len(lanes))%len(l.senders)]
			to := common.BigToAddress(big.NewInt(int64(0xde00 + i%16)))
			tx, err := s.transfer(callCtx, to, int64(1000+i))
			if err == nil {
				err = l.eth.SendTransaction(callCtx, tx)
			}
			if err != nil {
				s.failed()
				if ctx.Err() == nil {
					log.Debug("demo transaction refused", "rollup", l.chainID, "err", err)
				}
			}
		}
		cancel()
	}
}

// sendDemoBundle pays 1 gwei from account A to account B on the first rollup and back on the
// second, as one atomic bundle.
func sendDemoBundle(ctx context.Context, log *slog.Logger, cl *operatorapi.Client, a, b *demoSigner, i int) {
	txA, errA := a.transfer(ctx, b.from, 1_000_000_000)
	txB, errB := b.transfer(ctx, a.from, 1_000_000_000)
	var err error
	if errA == nil && errB == nil {
		rawA, _ := txA.MarshalBinary()
		rawB, _ := txB.MarshalBinary()
		_, err = cl.SubmitBundle(ctx, []operatorapi.Part{
			{RollupID: hexutil.Uint64(a.signer.ChainID().Uint64()), Payload: rawA},
			{RollupID: hexutil.Uint64(b.signer.ChainID().Uint64()), Payload: rawB},
		})
	}
	if errA != nil || errB != nil || err != nil {
		a.failed()
		b.failed()
		if ctx.Err() == nil {
			log.Debug("demo bundle refused", "bundle", i, "err", fmt.Sprint(errA, errB, err))
		}
	}
}

// demoForcedTx is the signed transaction the demo queues in the L1 inbox for the first rollup:
// a transfer from demoForcedAccount at its latest nonce (forced transactions execute within a
// few L1 blocks, long before the next one is queued).
func demoForcedTx(ctx context.Context, sys *system.System, rollup uint64, i int) ([]byte, error) {
	for _, r := range sys.Rollups {
		if r.ChainID != rollup {
			continue
		}
		eth, err := r.Eth(ctx)
		if err != nil {
			return nil, err
		}
		s, err := newDemoSigner(demoForcedAccount, rollup, eth)
		if err != nil {
			return nil, err
		}
		if s.nonce, err = eth.NonceAt(ctx, s.from, nil); err != nil {
			return nil, err
		}
		s.synced = true
		tx, err := s.transfer(ctx, common.BigToAddress(big.NewInt(0xf0)), int64(i+1))
		if err != nil {
			return nil, err
		}
		return tx.MarshalBinary()
	}
	return []byte(fmt.Sprintf("demo forced %d", i)), nil
}

// rollupProgress is the progress line's part about the rollup nodes: each chain's soft (latest)
// and safe block numbers, from its first node.
func rollupProgress(ctx context.Context, sys *system.System) string {
	var parts []string
	seen := make(map[uint64]bool)
	for _, r := range sys.Rollups {
		if seen[r.ChainID] {
			continue
		}
		seen[r.ChainID] = true
		s, err := r.Status(ctx)
		if err != nil {
			parts = append(parts, fmt.Sprintf("%d ?", r.ChainID))
			continue
		}
		parts = append(parts, fmt.Sprintf("%d soft #%d safe #%d", r.ChainID, s.Head, s.Safe))
	}
	if len(parts) == 0 {
		return ""
	}
	return "  rollups " + strings.Join(parts, ", ")
}

// printRollupNodes lists the rollup nodes and how to use one.
func printRollupNodes(sys *system.System) {
	if len(sys.Rollups) == 0 {
		return
	}
	fmt.Println()
	for _, r := range sys.Rollups {
		fmt.Printf("  rollup %d node       %s (WebSocket %s, log rollup%d-%d.log)\n", r.ChainID, r.HTTPURL(), r.WSURL(), r.ChainID, r.Index)
	}
	key, _ := deployment.DevKey(0)
	r := sys.Rollups[0]
	fmt.Printf("\nSend a transaction on rollup %d (executed by go-ethereum, soft within a second, safe once its checkpoint is on L1):\n", r.ChainID)
	fmt.Printf("  cast send --rpc-url %s --private-key 0x%x 0x000000000000000000000000000000000000bEEF --value 1ether\n", r.HTTPURL(), crypto.FromECDSA(key))
	fmt.Printf("  cast block safe --rpc-url %s\n", r.HTTPURL())
}
