package anvil

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/deployment"
)

// Defaults of DeployConfig: deployment's, plus the devnet core's deallocation delay.
const (
	DefaultThresholdBips                 = deployment.DefaultThresholdBips
	DefaultMaxReferenceAge               = deployment.DefaultMaxReferenceAge
	DefaultDeallocationDelay      uint32 = 5
	DefaultMaxOperatorCount              = deployment.DefaultMaxOperatorCount
	DefaultForcedInclusionDelay          = deployment.DefaultForcedInclusionDelay
	DefaultMaxForcedPerCheckpoint        = deployment.DefaultMaxForcedPerCheckpoint
	DefaultInboxMaxPayloadBytes          = deployment.DefaultInboxMaxPayloadBytes
	DefaultInboxFeeDoublingQueue         = deployment.DefaultInboxFeeDoublingQueue
	// QuorumNumber is the one slashable stake quorum the deployment creates (also the ID of its
	// EigenLayer operator set).
	QuorumNumber = deployment.QuorumNumber

	avsMetadataURI = "https://lockstep.invalid/devnet/avs.json"
)

// DefaultWadToSlash is half of the allocated magnitude per equivocation.
var DefaultWadToSlash = deployment.DefaultWadToSlash

// DefaultInboxBaseFee is the inbox's fee with no pending entries: 0.001 ether.
var DefaultInboxBaseFee = deployment.DefaultInboxBaseFee

// ErrInvalidConfig is wrapped by configuration errors (the same error as deployment's).
var ErrInvalidConfig = deployment.ErrInvalidConfig

// DeployConfig configures Deploy. Zero values take the defaults.
type DeployConfig struct {
	// Deployer deploys and owns everything; nil means anvil's account 0 (DeployerKey).
	Deployer *ecdsa.PrivateKey
	// OZArtifacts is the folder of OpenZeppelin 4.9.6 artifacts; empty means FindOZArtifacts().
	OZArtifacts string
	// ThresholdBips is the signed stake required per quorum (DefaultThresholdBips).
	ThresholdBips uint16
	// MaxReferenceAge is how old, in blocks, a checkpoint's reference block may be.
	MaxReferenceAge uint32
	// WadToSlash is the fraction of allocated magnitude slashed per equivocation (1e18 = 100%).
	WadToSlash *big.Int
	// DeallocationDelay is the core AllocationManager's DEALLOCATION_DELAY in blocks; it must
	// exceed LookAheadBlocks (the middleware refuses to create the quorum otherwise).
	DeallocationDelay uint32
	// AllocationConfigurationDelay is the core AllocationManager's ALLOCATION_CONFIGURATION_DELAY
	// in blocks (0: an operator's allocation delay applies from the next block).
	AllocationConfigurationDelay uint32
	// LookAheadBlocks is the slashable stake quorum's look-ahead period (default 0).
	LookAheadBlocks uint32
	// MaxOperatorCount caps the quorum's operators (DefaultMaxOperatorCount).
	MaxOperatorCount uint32
	// ForcedInclusionDelay is how many L1 blocks an inbox entry may stay out of checkpoints
	// (DefaultForcedInclusionDelay).
	ForcedInclusionDelay uint32
	// MaxForcedPerCheckpoint is how many inbox entries exempt a checkpoint from that delay
	// (DefaultMaxForcedPerCheckpoint).
	MaxForcedPerCheckpoint uint16
	// InboxBaseFee is the inbox's fee with no pending entries, in wei (DefaultInboxBaseFee).
	InboxBaseFee *big.Int
	// InboxMaxPayloadBytes is the largest payload the inbox accepts (DefaultInboxMaxPayloadBytes,
	// also the most the contract allows).
	InboxMaxPayloadBytes uint32
	// InboxFeeDoublingQueue is how many pending entries double the inbox fee
	// (DefaultInboxFeeDoublingQueue).
	InboxFeeDoublingQueue uint32
	// Rollups are registered in the CheckpointRegistry; a zero Owner means the deployer.
	Rollups []deployment.Rollup
	// Logger receives progress logs; nil discards them.
	Logger *slog.Logger
}

func (c *DeployConfig) applyDefaults() {
	if c.Deployer == nil {
		c.Deployer = DeployerKey()
	}
	if c.ThresholdBips == 0 {
		c.ThresholdBips = DefaultThresholdBips
	}
	if c.MaxReferenceAge == 0 {
		c.MaxReferenceAge = DefaultMaxReferenceAge
	}
	if c.WadToSlash == nil {
		c.WadToSlash = DefaultWadToSlash
	}
	if c.DeallocationDelay == 0 {
		c.DeallocationDelay = DefaultDeallocationDelay
	}
	if c.MaxOperatorCount == 0 {
		c.MaxOperatorCount = DefaultMaxOperatorCount
	}
	if c.ForcedInclusionDelay == 0 {
		c.ForcedInclusionDelay = DefaultForcedInclusionDelay
	}
	if c.MaxForcedPerCheckpoint == 0 {
		c.MaxForcedPerCheckpoint = DefaultMaxForcedPerCheckpoint
	}
	if c.InboxBaseFee == nil {
		c.InboxBaseFee = DefaultInboxBaseFee
	}
	if c.InboxMaxPayloadBytes == 0 {
		c.InboxMaxPayloadBytes = DefaultInboxMaxPayloadBytes
	}
	if c.InboxFeeDoublingQueue == 0 {
		c.InboxFeeDoublingQueue = DefaultInboxFeeDoublingQueue
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// Check reports the first invalid field (after defaults).
func (c *DeployConfig) Check() error {
	switch {
	case c.ThresholdBips <= 5000 || c.ThresholdBips > 10000:
		return fmt.Errorf("%w: ThresholdBips %d not in (5000, 10000]", ErrInvalidConfig, c.ThresholdBips)
	case c.WadToSlash.Sign() <= 0 || c.WadToSlash.Cmp(big.NewInt(1e18)) > 0:
		return fmt.Errorf("%w: WadToSlash %s not in (0, 1e18]", ErrInvalidConfig, c.WadToSlash)
	case c.DeallocationDelay <= c.LookAheadBlocks:
		return fmt.Errorf("%w: DeallocationDelay %d must exceed LookAheadBlocks %d", ErrInvalidConfig, c.DeallocationDelay, c.LookAheadBlocks)
	case c.InboxBaseFee.Sign() < 0 || c.InboxBaseFee.BitLen() > 128:
		return fmt.Errorf("%w: InboxBaseFee %s not in [0, 2^128)", ErrInvalidConfig, c.InboxBaseFee)
	case c.InboxMaxPayloadBytes > DefaultInboxMaxPayloadBytes:
		return fmt.Errorf("%w: InboxMaxPayloadBytes %d above the contract's cap %d", ErrInvalidConfig, c.InboxMaxPayloadBytes, DefaultInboxMaxPayloadBytes)
	}
	for _, r := range c.Rollups {
		if r.ID == 0 {
			return fmt.Errorf("%w: rollup ID 0 is reserved", ErrInvalidConfig)
		}
	}
	return nil
}

// Deploy deploys the EigenLayer core (DeployCore) and Lockstep as an AVS onto it
// (deployment.DeployAVS, with the core's one strategy, everything owned by the deployer, and the
// devnet's metadata URI), and keeps the deployer's key in the deployment so the devnet can mint
// stake and register operators (deployment.Deployment.RegisterOperator).
func Deploy(ctx context.Context, client chainio.Backend, cfg DeployConfig) (*deployment.Deployment, error) {
	cfg.applyDefaults()
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	core, err := DeployCore(ctx, client, CoreConfig{
		Deployer:                     cfg.Deployer,
		OZArtifacts:                  cfg.OZArtifacts,
		DeallocationDelay:            cfg.DeallocationDelay,
		AllocationConfigurationDelay: cfg.AllocationConfigurationDelay,
		Logger:                       cfg.Logger,
	})
	if err != nil {
		return nil, err
	}
	strategies := make([]deployment.QuorumStrategy, len(core.Addresses.Strategies))
	for i, st := range core.Addresses.Strategies {
		strategies[i] = deployment.QuorumStrategy{Strategy: st.Strategy}
	}
	d, err := deployment.DeployAVS(ctx, client, core, deployment.AVSConfig{
		Deployer:               cfg.Deployer,
		Strategies:             strategies,
		MetadataURI:            avsMetadataURI,
		ThresholdBips:          cfg.ThresholdBips,
		MaxReferenceAge:        cfg.MaxReferenceAge,
		WadToSlash:             cfg.WadToSlash,
		LookAheadBlocks:        cfg.LookAheadBlocks,
		MaxOperatorCount:       cfg.MaxOperatorCount,
		ForcedInclusionDelay:   cfg.ForcedInclusionDelay,
		MaxForcedPerCheckpoint: cfg.MaxForcedPerCheckpoint,
		InboxBaseFee:           cfg.InboxBaseFee,
		InboxMaxPayloadBytes:   cfg.InboxMaxPayloadBytes,
		InboxFeeDoublingQueue:  cfg.InboxFeeDoublingQueue,
		Rollups:                cfg.Rollups,
		Logger:                 cfg.Logger,
	})
	if err != nil {
		return nil, err
	}
	if err := d.SetDeployerKey(cfg.Deployer); err != nil {
		return nil, err
	}
	return d, nil
}
