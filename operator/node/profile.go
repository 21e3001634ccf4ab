package node

import (
	"fmt"
	"slices"
	"time"
)

// Consensus profiles: CometBFT timings for where the operators run. `lockstep operator run
// --consensus.profile` picks one; explicit --consensus.* flags override its values.
const (
	// ProfileLAN is DefaultConfig's timings: operators a few milliseconds apart.
	ProfileLAN = "lan"
	// ProfileWAN is for operators spread over regions (tens to hundreds of milliseconds apart).
	ProfileWAN = "wan"
)

// ConsensusProfiles are the profile names, the default first.
var ConsensusProfiles = []string{ProfileLAN, ProfileWAN}

// ConsensusProfile returns a profile's timings.
//
// WAN, from `lockstep-dev bench --only wan` (bench/results/results.md, docs/operator.md):
// timeout_propose must let a full block (4 MiB at CometBFT's 5 MB/s per-peer send rate: 0.8 s)
// and two one-way delays across the globe (about 0.25 s) arrive, or every such height pays
// another round; 2 s does with margin and costs a dead proposer's turn 1 s less than CometBFT's
// default 3 s. The p2p flush and gossip timers stay at the LAN profile's 5 ms: each adds up to its
// period to every hop of a height (the proposer hears that a peer reached the height, then the
// proposal, then two rounds of votes), and at 10 ms the 4-validator p50 at 50 ms RTT was 282 ms
// against 248 ms at 5 ms, for both Lockstep and bare CometBFT (medians of three runs each).
func ConsensusProfile(name string) (ConsensusConfig, error) {
	switch name {
	case ProfileLAN:
		return DefaultConfig("").Consensus, nil
	case ProfileWAN:
		return ConsensusConfig{
			TimeoutPropose:     2 * time.Second,
			TimeoutCommit:      0,
			PeerGossipSleep:    5 * time.Millisecond,
			FlushThrottle:      5 * time.Millisecond,
			EmptyBlockInterval: time.Second,
		}, nil
	}
	return ConsensusConfig{}, fmt.Errorf("consensus profile %q: want one of %v", name, ConsensusProfiles)
}

// IsConsensusProfile says whether name is a profile.
func IsConsensusProfile(name string) bool { return slices.Contains(ConsensusProfiles, name) }
