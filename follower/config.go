package follower

import (
	"fmt"
	"log/slog"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Defaults of DefaultConfig (and of lockstep follow's flags).
const (
	DefaultPollInterval   = 100 * time.Millisecond
	DefaultL1PollInterval = time.Second
	DefaultFailback       = 30 * time.Second
)

// Config configures a Follower.
type Config struct {
	// RollupID is the rollup to follow (for an EVM rollup, its chain ID).
	RollupID uint64
	// FromHeight is the first height to stream (at least 1). A state file with progress overrides
	// it when it is further (see StatePath).
	FromHeight uint64
	// Operators are operator API URLs (http, https, ws or wss) in order of preference. The
	// follower reads from the first; it moves to the next when one is unreachable or behind,
	// and drops for good one caught lying. With a ws or wss URL, new batches are pushed by a
	// subscription instead of polled.
	Operators []string
	// Registry is the CheckpointRegistry's address on L1.
	Registry common.Address
	// Confirmations is how many L1 blocks must be mined on top of the block that stored a
	// checkpoint before its transactions are firm. 0 trusts the L1 head: a reorg of the head
	// could then undo a checkpoint already reported firm (it would be re-submitted with the same
	// root, since honest operators never sign two roots for one checkpoint, but not before).
	Confirmations uint64
	// PollInterval is how often the current operator is asked for new batches
	// (DefaultPollInterval). While a WebSocket subscription pushes them, the operator is still
	// polled, once a second at most, in case the subscription stalls.
	PollInterval time.Duration
	// L1PollInterval is how often the L1 head is read for new checkpoints
	// (DefaultL1PollInterval).
	L1PollInterval time.Duration
	// Failback is how often, while the follower reads from another operator than its first
	// choice because one could not answer, it checks whether an operator before the one in use
	// answers again and has every height emitted so far, and goes back to it
	// (DefaultFailback). Operators caught lying are never used again.
	Failback time.Duration
	// StatePath, if set, is a file where the follower keeps the last checkpoint it emitted as
	// firm (written atomically, fsynced). A restart continues after it, so firm items are
	// emitted once; soft items after it are emitted again.
	StatePath string
	// Logger receives the follower's logs; nil discards them.
	Logger *slog.Logger
}

// DefaultConfig is a follower of rollupID through operators, checking against registry: from
// height 1, a checkpoint firm one L1 block after it is stored, the default poll intervals and
// failback. Set the rest (StatePath, Logger) on the result.
func DefaultConfig(rollupID uint64, operators []string, registry common.Address) Config {
	return Config{
		RollupID: rollupID, FromHeight: 1, Operators: operators, Registry: registry, Confirmations: 1,
		PollInterval: DefaultPollInterval, L1PollInterval: DefaultL1PollInterval, Failback: DefaultFailback,
	}
}

// Check names the first invalid field.
func (c *Config) Check() error {
	if c.RollupID == 0 {
		return fmt.Errorf("follower: RollupID is 0 (not a valid rollup ID)")
	}
	if len(c.Operators) == 0 {
		return fmt.Errorf("follower: Operators is empty (give at least one operator API URL)")
	}
	seen := make(map[string]bool, len(c.Operators))
	for i, o := range c.Operators {
		u, err := url.Parse(o)
		if err != nil {
			return fmt.Errorf("follower: Operators[%d] %q: %w", i, o, err)
		}
		switch u.Scheme {
		case "http", "https", "ws", "wss":
		default:
			return fmt.Errorf("follower: Operators[%d] %q: scheme %q, want http, https, ws or wss", i, o, u.Scheme)
		}
		if u.Host == "" {
			return fmt.Errorf("follower: Operators[%d] %q has no host", i, o)
		}
		if seen[o] {
			return fmt.Errorf("follower: Operators[%d] %q is listed twice", i, o)
		}
		seen[o] = true
	}
	if c.Registry == (common.Address{}) {
		return fmt.Errorf("follower: Registry (the CheckpointRegistry address) is not set")
	}
	if c.FromHeight == 0 {
		return fmt.Errorf("follower: FromHeight is 0 (heights start at 1)")
	}
	if c.PollInterval <= 0 {
		return fmt.Errorf("follower: PollInterval %s must be positive", c.PollInterval)
	}
	if c.L1PollInterval <= 0 {
		return fmt.Errorf("follower: L1PollInterval %s must be positive", c.L1PollInterval)
	}
	if c.Failback <= 0 {
		return fmt.Errorf("follower: Failback %s must be positive", c.Failback)
	}
	return nil
}
