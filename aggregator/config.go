package aggregator

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/lockstep-xyz/lockstep/aggregator/collect"
	"github.com/lockstep-xyz/lockstep/aggregator/submit"
	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

// Config configures the aggregator service. Every field is explicit: start from
// DefaultConfig; zero is never a default, and Check refuses what cannot work.
type Config struct {
	// ListenAddr is the JSON-RPC (HTTP) address (port 0 picks a free one).
	ListenAddr string
	// MetricsAddr serves /metrics and the health endpoint (HealthPath); empty disables both.
	MetricsAddr string
	// DataDir holds the durable progress log (required).
	DataDir string
	// EvidenceDir receives equivocation evidence files (empty: <DataDir>/evidence).
	EvidenceDir string
	// ChainID is the L1 chain ID (required; it is part of every checkpoint digest).
	ChainID uint64
	// Addresses are the AVS contracts (required).
	Addresses avs.Addresses
	// ReferenceLag: the reference block is head − ReferenceLag (0: the head itself), and never
	// below the registry's minReferenceBlock.
	ReferenceLag uint64
	// MaxRequestBytes bounds a JSON-RPC request body .
	MaxRequestBytes int
	// RatePerSecond and RateBurst limit requests per client IP.
	RatePerSecond float64
	RateBurst     int
	// PollInterval is how often L1 is read for progress; MaxBackoff bounds the wait
	// between attempts while L1 is unreachable.
	PollInterval time.Duration
	MaxBackoff   time.Duration
	// Retain is how many settled checkpoints' signatures are kept to catch late conflicting
	// signatures.
	Retain uint64
	// Linger is how long a checkpoint that reached the threshold waits for the remaining
	// operators' signatures before it is submitted (0 or negative: submit at once). Each
	// missing signature costs ~14k gas on L1; everyone signing ends the wait early.
	Linger time.Duration
	// L1ReadTimeout bounds each round of L1 reads.
	L1ReadTimeout time.Duration
	// MaxAhead is how far beyond the latest settled checkpoint signatures are accepted.
	MaxAhead uint64
	// SubmitTimeout bounds one L1 submission, resubmissions included.
	SubmitTimeout time.Duration
	// TxMgr configures the L1 transaction manager (its Confirmations is the confirmation depth;
	// its MaxInFlight is how many checkpoint submissions may wait for L1 blocks at
	// once: with 12 s blocks and a checkpoint every few seconds one at a time falls behind).
	TxMgr txmgr.Config
	// OnFatal is told when a part the service cannot run without dies (its JSON-RPC or metrics
	// server); the command stops the process. It must not block. Nil: only logged.
	OnFatal func(error) `json:"-"`
}

// DefaultConfig is the aggregator's configuration but for what only the deployment can say
// (DataDir, ChainID, Addresses).
func DefaultConfig() Config {
	return Config{
		ListenAddr:      "127.0.0.1:7300",
		MetricsAddr:     "127.0.0.1:7301",
		ReferenceLag:    1,
		MaxRequestBytes: 64 << 10,
		RatePerSecond:   200,
		RateBurst:       400,
		PollInterval:    200 * time.Millisecond,
		MaxBackoff:      5 * time.Second,
		Retain:          64,
		Linger:          500 * time.Millisecond,
		L1ReadTimeout:   10 * time.Second,
		MaxAhead:        1024,
		SubmitTimeout:   2 * time.Minute,
		TxMgr:           aggregatorTxMgr(),
	}
}

// Check names the first bad field.
func (c *Config) Check() error {
	switch {
	case c.ListenAddr == "":
		return errors.New("aggregator config: ListenAddr is empty")
	case c.DataDir == "":
		return errors.New("aggregator config: DataDir is required")
	case c.ChainID == 0:
		return errors.New("aggregator config: ChainID is required")
	case c.MaxRequestBytes <= 0:
		return fmt.Errorf("aggregator config: MaxRequestBytes %d must be positive", c.MaxRequestBytes)
	case c.RatePerSecond < 0 || (c.RatePerSecond > 0 && c.RateBurst <= 0):
		return fmt.Errorf("aggregator config: RatePerSecond %g with RateBurst %d: the burst must be positive when a rate is set", c.RatePerSecond, c.RateBurst)
	case c.PollInterval <= 0 || c.MaxBackoff <= 0 || c.L1ReadTimeout <= 0 || c.SubmitTimeout <= 0:
		return fmt.Errorf("aggregator config: PollInterval %s, MaxBackoff %s, L1ReadTimeout %s and SubmitTimeout %s must be positive",
			c.PollInterval, c.MaxBackoff, c.L1ReadTimeout, c.SubmitTimeout)
	case c.Retain == 0:
		return errors.New("aggregator config: Retain must be at least 1")
	case c.MaxAhead == 0:
		return errors.New("aggregator config: MaxAhead must be at least 1")
	case c.TxMgr.MaxInFlight <= 0:
		return fmt.Errorf("aggregator config: TxMgr.MaxInFlight %d must be at least 1", c.TxMgr.MaxInFlight)
	}
	if err := c.Addresses.Check(); err != nil {
		return fmt.Errorf("aggregator config: %w", err)
	}
	if c.Addresses.EquivocationSlasher == ([20]byte{}) {
		return errors.New("aggregator config: avs addresses: equivocationSlasher not set")
	}
	return c.TxMgr.Check()
}

// evidenceDir is where evidence files go.
func (c *Config) evidenceDir() string {
	if c.EvidenceDir != "" {
		return c.EvidenceDir
	}
	return filepath.Join(c.DataDir, "evidence")
}

// collectConfig is the collector's part of the configuration.
func (c *Config) collectConfig(bips uint16) collect.Config {
	return collect.Config{
		ChainID: c.ChainID, Registry: c.Addresses.CheckpointRegistry, ThresholdBips: bips,
		Retain: c.Retain, MaxAhead: c.MaxAhead, Linger: c.Linger,
	}
}

// submitConfig is the submission pipeline's part of the configuration (maxAge is the
// registry's, read from L1).
func (c *Config) submitConfig(maxAge uint64) submit.Config {
	return submit.Config{
		ReferenceLag: c.ReferenceLag, MaxReferenceAge: maxAge, MaxInFlight: c.TxMgr.MaxInFlight,
		PollInterval: c.PollInterval, MaxBackoff: c.MaxBackoff, L1ReadTimeout: c.L1ReadTimeout, SubmitTimeout: c.SubmitTimeout,
	}
}

// aggregatorTxMgr is txmgr's default with up to 16 checkpoint submissions waiting for L1 blocks
// at once, so several land in one block. The aggregator lands at most that many per L1 block:
// at 4, a network making a height every ~40 ms with a checkpoint every 3 heights (8 a second,
// make bench's rollup row on 1 s L1 blocks) fell further behind L1 the longer it ran.
func aggregatorTxMgr() txmgr.Config {
	c := txmgr.DefaultConfig()
	c.MaxInFlight = 16
	return c
}
