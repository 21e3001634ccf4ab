package node

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/lockstep-xyz/lockstep/avs"

	"github.com/lockstep-xyz/lockstep/operator/app"
	"github.com/lockstep-xyz/lockstep/operator/envelope"
	"github.com/lockstep-xyz/lockstep/operator/gather"
	"github.com/lockstep-xyz/lockstep/operator/rpc"
	"github.com/lockstep-xyz/lockstep/operator/store"
)

// Config configures an operator node.
type Config struct {
	// Home is the CometBFT home (config/, data/), made by InitHome and WriteGenesis.
	Home    string
	Moniker string

	// P2PListen is the CometBFT p2p listen address (host:port); P2PExternal the address
	// advertised to peers (usually the one in the operator's socket).
	P2PListen   string
	P2PExternal string
	// Peers overrides the persistent peers (id@host:port); empty means every other genesis
	// validator, from its socket string.
	Peers []string
	// CometRPC is CometBFT's own RPC listen address (tcp://host:port); empty disables it.
	CometRPC string

	Consensus ConsensusConfig
	Mempool   MempoolConfig
	App       app.Config
	API       rpc.Config
	// Gather gathers the API's single transactions per rollup into shared consensus
	// transactions (a zero Window: each goes alone).
	Gather gather.Config
	// Journal is how the journal of accepted transactions reaches the disk.
	Journal store.Options
	// RefMinBytes orders accepted transactions of at least this many bytes by reference: their
	// bytes go to the other operators directly (operator/avail) and consensus orders a 37-byte
	// reference, so a block's size and its gossip no longer grow with the batches it orders.
	// 0: every transaction goes into blocks whole.
	RefMinBytes int
	// P2PSendRate and P2PRecvRate cap each peer connection's bytes per second (CometBFT's
	// send_rate and recv_rate).
	P2PSendRate, P2PRecvRate int64

	// MetricsAddr serves /metrics and the EigenLayer node API (/eigen/node...); empty disables.
	MetricsAddr string

	// L1RPC is an Ethereum JSON-RPC URL; empty means no L1 (rollups stay the genesis ones and
	// nothing is signed against L1 state).
	L1RPC string
	// L1 contracts the node reads (rollup registry refresh).
	Contracts      avs.Addresses
	RollupsRefresh time.Duration
	// ValidatorSync is how often the validator set is read from L1 (0: never: the set stays
	// the genesis one, and proposed syncs are rejected); ValidatorConfirmations how far behind
	// the L1 head it is read.
	ValidatorSync          time.Duration
	ValidatorConfirmations uint64
	// L1Poll is how often the L1 head is read for block origins (0: blocks keep the genesis
	// origin and include no forced-inclusion entries, and proposals carrying either are
	// rejected); L1OriginLag how far behind its head a proposer records its origin, so the other
	// validators, reading at their own moments, have seen that block.
	L1Poll      time.Duration
	L1OriginLag uint64

	Signing SigningConfig

	// Faults are test-only misbehaviours (faults.go), empty without the lockstep_faults tag.
	Faults Faults

	// CometLogLevel filters CometBFT's own logs (after mapping: its info is debug).
	CometLogLevel slog.Level

	// OnFatal is told when a part the node cannot run without dies (CometBFT, the API or the
	// metrics server); the command stops the process. It must not block. Nil: only logged.
	OnFatal func(error) `json:"-"`
}

// ConsensusConfig are CometBFT's timing knobs. On a LAN latency is set by the p2p flush and
// gossip timers, not by timeout_commit (0, with skip_timeout_commit): measured on loopback, 2 ms
// timers give ~60 blocks/s and a p50 commit of ~26 ms at 1k tx/s, 10 ms ones ~10k tx/s.
type ConsensusConfig struct {
	TimeoutPropose     time.Duration
	TimeoutCommit      time.Duration
	PeerGossipSleep    time.Duration
	FlushThrottle      time.Duration
	EmptyBlockInterval time.Duration // wait this long for transactions before an empty block
}

// MempoolConfig bounds the mempool: admission control, since CometBFT has no backpressure.
// MaxBytes defaults to four full blocks (defaultMempoolBytes): beyond what consensus can order
// soon, a node answers busy (retryable) rather than queueing. With 256 MiB, an overload of
// rollup batches left about 4 minutes of backlog on a 2-core machine ordering ~1 MB/s, and
// every later transaction waited behind it.
type MempoolConfig struct {
	Size     int
	MaxBytes int64
}

// SigningConfig enables checkpoint signing.
type SigningConfig struct {
	// BLSKeystore is an eigensdk-go BLS keystore; empty disables signing.
	BLSKeystore string
	BLSPassword string `json:"-"`
	Aggregators []string
	MinBackoff  time.Duration
	MaxBackoff  time.Duration
}

// DefaultRefMinBytes orders transactions of 4 KiB and more by reference: rollup batches, and
// what gathering makes of many single transactions. Below it the reference and its separate
// delivery save little; above it a block carries 37 bytes instead of the transaction. Measured
// (make bench, 4 validators, batchers at 10,000 tx/s of 200 B): 10,623 tx/s committed at soft
// latency p50 191 ms by reference; with the batches in the blocks (the run before) at most
// 6,772 tx/s, p50 2.9 s.
const DefaultRefMinBytes = 4096

// defaultP2PRate is CometBFT's default send and receive rate per peer connection (5 MB/s).
const defaultP2PRate = 5_120_000

// defaultMempoolBytes is four blocks of the default MaxBlockTxBytes.
const defaultMempoolBytes = 4 * (4 << 20)

// DefaultConfig returns low-latency defaults for home.
func DefaultConfig(home string) Config {
	return Config{
		Home:      home,
		Moniker:   "lockstep",
		P2PListen: "0.0.0.0:26656",
		Consensus: ConsensusConfig{
			TimeoutPropose:     time.Second,
			TimeoutCommit:      0,
			PeerGossipSleep:    5 * time.Millisecond,
			FlushThrottle:      5 * time.Millisecond,
			EmptyBlockInterval: time.Second,
		},
		Mempool:                MempoolConfig{Size: 20_000, MaxBytes: defaultMempoolBytes},
		App:                    app.Config{MaxBlockTxBytes: defaultMempoolBytes / 4},
		API:                    rpc.Config{Addr: "127.0.0.1:7310", MaxRequestBytes: 512 << 10, RatePerSecond: 2000, Burst: 4000, WSOrigins: []string{"*"}},
		Gather:                 gatherOff(),
		RefMinBytes:            DefaultRefMinBytes,
		Journal:                store.DefaultOptions(),
		P2PSendRate:            defaultP2PRate,
		P2PRecvRate:            defaultP2PRate,
		RollupsRefresh:         5 * time.Second,
		ValidatorSync:          12 * time.Second,
		ValidatorConfirmations: 2,
		L1Poll:                 500 * time.Millisecond,
		L1OriginLag:            1,
		Signing:                SigningConfig{MinBackoff: 100 * time.Millisecond, MaxBackoff: 10 * time.Second},
		CometLogLevel:          slog.LevelWarn,
	}
}

// Check validates the configuration, naming the bad field.
func (c *Config) Check() error {
	if c.Home == "" {
		return errors.New("config: Home is empty")
	}
	if _, _, err := net.SplitHostPort(c.P2PListen); err != nil {
		return fmt.Errorf("config: P2PListen %q: %w", c.P2PListen, err)
	}
	if c.P2PExternal != "" {
		if _, _, err := net.SplitHostPort(c.P2PExternal); err != nil {
			return fmt.Errorf("config: P2PExternal %q: %w", c.P2PExternal, err)
		}
	}
	cc := c.Consensus
	if cc.TimeoutPropose <= 0 || cc.TimeoutCommit < 0 || cc.PeerGossipSleep <= 0 || cc.FlushThrottle <= 0 || cc.EmptyBlockInterval < 0 {
		return fmt.Errorf("config: consensus timings %+v: propose, gossip and flush must be positive, the others not negative", cc)
	}
	if c.Mempool.Size <= 0 || c.Mempool.MaxBytes <= 0 {
		return fmt.Errorf("config: mempool size %d and bytes %d must be positive", c.Mempool.Size, c.Mempool.MaxBytes)
	}
	if err := c.App.Check(); err != nil {
		return err
	}
	if err := c.API.Check(); err != nil {
		return err
	}
	if err := c.Gather.Check(); err != nil {
		return err
	}
	if c.Gather.Enabled() && c.App.MaxTxBytes > 0 && c.Gather.MaxBytes > c.App.MaxTxBytes {
		return fmt.Errorf("config: Gather.MaxBytes %d is above the largest transaction admitted (App.MaxTxBytes %d)", c.Gather.MaxBytes, c.App.MaxTxBytes)
	}
	if c.RefMinBytes < 0 || c.RefMinBytes > envelope.MaxTxBytes {
		return fmt.Errorf("config: RefMinBytes %d outside [0, %d]", c.RefMinBytes, envelope.MaxTxBytes)
	}
	if c.P2PSendRate <= 0 || c.P2PRecvRate <= 0 {
		return fmt.Errorf("config: p2p send and receive rates (%d, %d bytes/s) must be positive", c.P2PSendRate, c.P2PRecvRate)
	}
	if c.Journal.SyncEvery < 0 {
		return fmt.Errorf("config: Journal.SyncEvery %s is negative", c.Journal.SyncEvery)
	}
	if c.ValidatorSync < 0 {
		return fmt.Errorf("config: ValidatorSync %s is negative", c.ValidatorSync)
	}
	if c.L1RPC != "" {
		if err := c.Contracts.Check(); err != nil {
			return fmt.Errorf("config: L1RPC is set: %w", err)
		}
	}
	if c.Signing.BLSKeystore != "" {
		if c.Signing.MinBackoff <= 0 || c.Signing.MaxBackoff < c.Signing.MinBackoff {
			return fmt.Errorf("config: signing backoff [%s, %s]", c.Signing.MinBackoff, c.Signing.MaxBackoff)
		}
	}
	return nil
}

// gatherOff is gathering's default limits with no window: off until an operator turns it on
// (--api.gather-window), so a node answers each transaction as its own consensus transaction
// unless asked to trade a few milliseconds for far fewer of them.
func gatherOff() gather.Config {
	c := gather.DefaultConfig()
	c.Window = 0
	return c
}
