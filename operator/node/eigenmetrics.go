package node

import (
	"context"
	"math/big"
	"strconv"
	"time"

	rpccalls "github.com/Layr-Labs/eigensdk-go/metrics/collectors/rpc_calls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/operator/signing"
)

// The EigenLayer AVS node spec's metrics that are not the signer's (eigen_performance_score is
// in operator/signing): names and labels as eigensdk-go v0.3.0 defines them.

// newRegisteredStakes is eigen_registered_stakes, as eigensdk-go's economic collector exports
// it (that collector reads L1 on every scrape and pulls in eigensdk's logging; the node sets
// the gauge from the operator-set reads it makes anyway). quorum_name is empty: the registry
// names no quorums.
func newRegisteredStakes(reg prometheus.Registerer) *prometheus.GaugeVec {
	g := prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name:        sdktypes.EigenPromNamespace + "_registered_stakes",
		Help:        "Operator stake in <quorum> of <avs_name>'s StakeRegistry contract",
		ConstLabels: prometheus.Labels{"avs_name": signing.AVSName},
	}, []string{"quorum_number", "quorum_name"})
	reg.MustRegister(g)
	return g
}

// setStakes sets g to operator's stake per quorum among ops; none if it is not among them.
func setStakes(g *prometheus.GaugeVec, operator common.Hash, ops []avs.Operator) {
	g.Reset()
	for _, o := range ops {
		if o.ID != operator {
			continue
		}
		for q, stake := range o.Stakes {
			f, _ := new(big.Float).SetInt(stake).Float64()
			g.WithLabelValues(strconv.Itoa(int(q)), "").Set(f)
		}
	}
}

// l1Client is the node's one way to L1 (it offers every optional caller interface of bind, as
// *ethclient.Client does, so reads at a block hash or pending state keep working): every read goes through it, so it meters them as
// eigen_rpc_request_duration_seconds and eigen_rpc_request_total (eigensdk-go's rpc_calls
// collector), labelled with the JSON-RPC method and the L1 client's version.
type l1Client struct {
	c       *ethclient.Client
	calls   *rpccalls.Collector
	version string
}

// newL1Client meters c on reg. It asks the L1 client its version once (the label eigensdk-go
// uses); "unknown" if it does not answer.
func newL1Client(c *ethclient.Client, reg prometheus.Registerer) *l1Client {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	version := "unknown"
	var v string
	if err := c.Client().CallContext(ctx, &v, "web3_clientVersion"); err == nil && v != "" {
		version = v
	}
	return &l1Client{c: c, calls: rpccalls.NewCollector(signing.AVSName, reg), version: version}
}

// observe meters one call of method that started at start.
func (l *l1Client) observe(method string, start time.Time) {
	l.calls.ObserveRPCRequestDurationSeconds(time.Since(start).Seconds(), method, l.version)
	l.calls.AddRPCRequestTotal(method, l.version)
}

// CodeAt implements bind.ContractCaller.
func (l *l1Client) CodeAt(ctx context.Context, contract common.Address, block *big.Int) ([]byte, error) {
	defer l.observe("eth_getCode", time.Now())
	return l.c.CodeAt(ctx, contract, block)
}

// CallContract implements bind.ContractCaller.
func (l *l1Client) CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	defer l.observe("eth_call", time.Now())
	return l.c.CallContract(ctx, call, block)
}

// CodeAtHash implements bind.BlockHashContractCaller (the inbox is read at block hashes).
func (l *l1Client) CodeAtHash(ctx context.Context, contract common.Address, hash common.Hash) ([]byte, error) {
	defer l.observe("eth_getCode", time.Now())
	return l.c.CodeAtHash(ctx, contract, hash)
}

// CallContractAtHash implements bind.BlockHashContractCaller.
func (l *l1Client) CallContractAtHash(ctx context.Context, call ethereum.CallMsg, hash common.Hash) ([]byte, error) {
	defer l.observe("eth_call", time.Now())
	return l.c.CallContractAtHash(ctx, call, hash)
}

// PendingCodeAt implements bind.PendingContractCaller.
func (l *l1Client) PendingCodeAt(ctx context.Context, contract common.Address) ([]byte, error) {
	defer l.observe("eth_getCode", time.Now())
	return l.c.PendingCodeAt(ctx, contract)
}

// PendingCallContract implements bind.PendingContractCaller.
func (l *l1Client) PendingCallContract(ctx context.Context, call ethereum.CallMsg) ([]byte, error) {
	defer l.observe("eth_call", time.Now())
	return l.c.PendingCallContract(ctx, call)
}

// FilterLogs implements bind.ContractFilterer.
func (l *l1Client) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	defer l.observe("eth_getLogs", time.Now())
	return l.c.FilterLogs(ctx, q)
}

// SubscribeFilterLogs implements bind.ContractFilterer (metered as the subscribe call).
func (l *l1Client) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	defer l.observe("eth_subscribe", time.Now())
	return l.c.SubscribeFilterLogs(ctx, q, ch)
}

// HeaderByNumber implements l1.HeaderReader.
func (l *l1Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	defer l.observe("eth_getBlockByNumber", time.Now())
	return l.c.HeaderByNumber(ctx, number)
}

// BlockNumber reads the L1 head's number.
func (l *l1Client) BlockNumber(ctx context.Context) (uint64, error) {
	defer l.observe("eth_blockNumber", time.Now())
	return l.c.BlockNumber(ctx)
}

var (
	_ bind.ContractCaller          = (*l1Client)(nil)
	_ bind.ContractFilterer        = (*l1Client)(nil)
	_ bind.BlockHashContractCaller = (*l1Client)(nil)
	_ bind.PendingContractCaller   = (*l1Client)(nil)
)
