package node

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/lockstep-xyz/lockstep/operator/l1"
	"github.com/lockstep-xyz/lockstep/operator/signing"
)

// Health of the node's services, as the EigenLayer node API reports it. Each is judged from
// what the service does anyway (L1 polls, CometBFT's state, signature deliveries), except the
// API, which is asked.

// l1StaleIntervals is how many poll intervals may pass without a successful L1 read before L1
// counts as unreachable: one failed poll is a hiccup the node rides out on its last view.
const l1StaleIntervals = 3

// l1Status judges L1 from the views' reads: up if any read L1 within l1StaleIntervals of its
// interval, initializing while none has yet and they started less than that ago, else down.
func l1Status(now time.Time, views []l1.Liveness) ServiceStatus {
	starting := false
	for _, v := range views {
		if v.Interval <= 0 {
			continue
		}
		window := l1StaleIntervals * v.Interval
		if !v.LastOK.IsZero() && now.Sub(v.LastOK) <= window {
			return ServiceUp
		}
		if v.LastOK.IsZero() && now.Sub(v.Started) <= window {
			starting = true
		}
	}
	if starting {
		return ServiceInitializing
	}
	return ServiceDown
}

// consensusState is what consensus health is judged from.
type consensusState struct {
	Running    bool
	CatchingUp bool
	Peers      int
	// Others is how many validators other than this node the current set has.
	Others int
}

// consensusStatus: down when CometBFT is not running, or when it has no peer while other
// validators exist (it cannot commit, nor learn of commits); initializing while catching up.
func consensusStatus(s consensusState) ServiceStatus {
	switch {
	case !s.Running:
		return ServiceDown
	case s.Others > 0 && s.Peers == 0:
		return ServiceDown
	case s.CatchingUp:
		return ServiceInitializing
	default:
		return ServiceUp
	}
}

// signerStatus: up when the latest checkpoint an aggregator answered was accepted by one and
// no cut checkpoint has waited longer than staleAfter for an answer (or nothing was cut yet);
// down without an aggregator to send to, after a refusal, or when aggregators stay silent.
func signerStatus(now time.Time, h signing.Health, staleAfter time.Duration) ServiceStatus {
	switch {
	case h.Aggregators == 0:
		return ServiceDown
	case h.LastAnswered > 0 && !h.LastAccepted:
		return ServiceDown
	case !h.WaitingSince.IsZero() && now.Sub(h.WaitingSince) > staleAfter:
		return ServiceDown
	default:
		return ServiceUp
	}
}

// apiProbeTimeout bounds the API probe of one health query.
const apiProbeTimeout = 2 * time.Second

// apiStatus asks the JSON-RPC server at addr for its modules (rpc_modules, answered by the
// server itself, so the probe costs the node nothing): any JSON-RPC or HTTP answer, a refusal
// or rate limit included, means it is serving; no answer means it is not.
func apiStatus(ctx context.Context, addr string) ServiceStatus {
	if addr == "" {
		return ServiceInitializing
	}
	ctx, cancel := context.WithTimeout(ctx, apiProbeTimeout)
	defer cancel()
	c, err := gethrpc.DialContext(ctx, "http://"+addr)
	if err != nil {
		return ServiceDown
	}
	defer c.Close()
	var modules json.RawMessage
	err = c.CallContext(ctx, &modules, "rpc_modules")
	var rpcErr gethrpc.Error
	var httpErr gethrpc.HTTPError
	if err == nil || errors.As(err, &rpcErr) || errors.As(err, &httpErr) {
		return ServiceUp
	}
	return ServiceDown
}

// signerStaleAfterMin is the least a cut checkpoint may wait for an aggregator's answer before
// the signer counts as down: aggregators answer in milliseconds, so a minute is an outage.
const signerStaleAfterMin = time.Minute

// metricsHandler serves /metrics and the EigenLayer AVS node API.
func (n *Node) metricsHandler() http.Handler {
	mux := http.NewServeMux()
	// One endpoint: the node's registry and the process-wide one (Go runtime, process, CometBFT).
	mux.Handle("/metrics", promhttp.HandlerFor(prometheus.Gatherers{n.reg, prometheus.DefaultGatherer}, promhttp.HandlerOpts{}))
	nodeAPI(mux, Version, n.healthSources())
	return mux
}

// healthSources are the services the node API reports: L1 (when the node polls it), consensus,
// the signer (when the node signs) and the API.
func (n *Node) healthSources() []healthSource {
	var out []healthSource
	views := []func() l1.Liveness{n.rollups.Liveness}
	if n.origins != nil {
		views = append(views, n.origins.Liveness)
	}
	if n.vals != nil {
		views = append(views, n.vals.Liveness)
	}
	if n.l1 != nil {
		out = append(out, healthSource{"l1", "L1 reader", "reads Ethereum: block origins, forced inclusions, the operator set, the registered rollups", func() ServiceStatus {
			live := make([]l1.Liveness, len(views))
			for i, v := range views {
				live[i] = v()
			}
			return l1Status(time.Now(), live)
		}})
	}
	out = append(out, healthSource{"consensus", "CometBFT consensus", "orders rollup transactions with the other operators", func() ServiceStatus {
		return consensusStatus(n.consensusState())
	}})
	if n.signing != nil {
		staleAfter := max(signerStaleAfterMin, 3*n.cfg.Signing.MaxBackoff)
		out = append(out, healthSource{"signer", "checkpoint signer", "BLS-signs checkpoints and sends them to aggregators", func() ServiceStatus {
			return signerStatus(time.Now(), n.signing.Health(), staleAfter)
		}})
	}
	out = append(out, healthSource{"api", "client API", "JSON-RPC/WebSocket API for rollups", func() ServiceStatus {
		return apiStatus(context.Background(), n.api.Addr())
	}})
	return out
}

// consensusState reads CometBFT's state for its health.
func (n *Node) consensusState() consensusState {
	if !n.started || n.stopped.Load() || !n.cmt.IsRunning() {
		return consensusState{}
	}
	s := consensusState{Running: true, CatchingUp: n.cmt.ConsensusReactor().WaitSync(), Peers: n.cmt.Switch().Peers().Size()}
	// The set the application last committed (CometBFT applies it two heights later: close
	// enough for "are there others to be connected to").
	self, err := n.cmt.PrivValidator().GetPubKey()
	for _, v := range n.app.Meta().Validators {
		if err != nil || !bytes.Equal(v.ConsKey, self.Bytes()) {
			s.Others++
		}
	}
	return s
}
