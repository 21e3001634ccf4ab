package aggregator

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/txmgr"
)

// Config configures the aggregator service. Zero values take the defaults in parentheses.
type Config struct {
	// ListenAddr is the JSON-RPC (HTTP) address ("127.0.0.1:7300"; port 0 picks a free one).
	ListenAddr string
	// MetricsAddr serves /metrics; empty disables it.
	MetricsAddr string
	// DataDir holds the durable progress log (required).
	DataDir string
	// EvidenceDir receives equivocation evidence files (<DataDir>/evidence).
	EvidenceDir string
	// ChainID is the L1 chain ID (required; it is part of every checkpoint digest).
	ChainID uint64
	// Addresses are the AVS contracts (required).
	Addresses avs.Addresses
	// ReferenceLag: the reference block is head − ReferenceLag (1), and never below the
	// registry's minReferenceBlock.
	ReferenceLag uint64
	// MaxRequestBytes bounds a JSON-RPC request body (64 KiB).
	MaxRequestBytes int
	// RatePerSecond and RateBurst limit requests per client IP (200/s, burst 400).
	RatePerSecond float64
	RateBurst     int
	// PollInterval is how often L1 is read for progress (200ms); MaxBackoff bounds the wait
	// between attempts while L1 is unreachable (5s).
	PollInterval time.Duration
	MaxBackoff   time.Duration
	// Retain is how many settled checkpoints' signatures are kept to catch late conflicting
	// signatures (64).
	Retain uint64
	// Linger is how long a checkpoint that reached the threshold waits for the remaining
	// operators' signatures before it is submitted (500ms; negative: submit at once). Each
	// missing signature costs ~14k gas on L1; everyone signing ends the wait early.
	Linger time.Duration
	// L1ReadTimeout bounds each round of L1 reads (10s).
	L1ReadTimeout time.Duration
	// MaxAhead is how far beyond the latest settled checkpoint signatures are accepted (1024).
	MaxAhead uint64
	// SubmitTimeout bounds one L1 submission, resubmissions included (2m).
	SubmitTimeout time.Duration
	// TxMgr configures the L1 transaction manager (its Confirmations is the confirmation depth;
	// its MaxInFlight, 4 here, is how many checkpoint submissions may wait for L1 blocks at
	// once: with 12 s blocks and a checkpoint every few seconds one at a time falls behind).
	TxMgr txmgr.Config
	// OnFatal is told when a part the service cannot run without dies (its JSON-RPC or metrics
	// server); the command stops the process. It must not block. Nil: only logged.
	OnFatal func(error) `json:"-"`
}

// Check names the first bad field.
func (c *Config) Check() error {
	switch {
	case c.DataDir == "":
		return errors.New("aggregator config: DataDir is required")
	case c.ChainID == 0:
		return errors.New("aggregator config: ChainID is required")
	case c.MaxRequestBytes < 0:
		return errors.New("aggregator config: MaxRequestBytes negative")
	case c.RatePerSecond < 0 || c.RateBurst < 0:
		return errors.New("aggregator config: rate limit negative")
	case c.PollInterval < 0 || c.MaxBackoff < 0 || c.SubmitTimeout < 0 || c.L1ReadTimeout < 0:
		return errors.New("aggregator config: negative duration")
	}
	if err := c.Addresses.Check(); err != nil {
		return fmt.Errorf("aggregator config: %w", err)
	}
	if c.Addresses.EquivocationSlasher == ([20]byte{}) {
		return errors.New("aggregator config: avs addresses: equivocationSlasher not set")
	}
	return c.TxMgr.Check()
}

func (c *Config) applyDefaults() {
	if c.ListenAddr == "" {
		c.ListenAddr = "127.0.0.1:7300"
	}
	if c.EvidenceDir == "" {
		c.EvidenceDir = filepath.Join(c.DataDir, "evidence")
	}
	if c.ReferenceLag == 0 {
		c.ReferenceLag = 1
	}
	if c.MaxRequestBytes == 0 {
		c.MaxRequestBytes = 64 << 10
	}
	if c.RatePerSecond == 0 {
		c.RatePerSecond = 200
	}
	if c.RateBurst == 0 {
		c.RateBurst = 400
	}
	if c.PollInterval == 0 {
		c.PollInterval = 200 * time.Millisecond
	}
	if c.MaxBackoff == 0 {
		c.MaxBackoff = 5 * time.Second
	}
	if c.Retain == 0 {
		c.Retain = 64
	}
	if c.Linger == 0 {
		c.Linger = 500 * time.Millisecond
	}
	if c.L1ReadTimeout == 0 {
		c.L1ReadTimeout = 10 * time.Second
	}
	if c.MaxAhead == 0 {
		c.MaxAhead = 1024
	}
	if c.SubmitTimeout == 0 {
		c.SubmitTimeout = 2 * time.Minute
	}
	if c.TxMgr.MaxInFlight == 0 {
		c.TxMgr.MaxInFlight = 4
	}
}
