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
// The WAN profile was chosen from `lockstep-dev bench --only wan` (bench/results/wan): across
// regions a height costs several one-way delays (the proposer learns a peer reached the height,
// the proposal, two rounds of votes), so the p2p flush and gossip timers (a few milliseconds
// per hop) are a small share of it, while their wake-ups cost CPU on every connection; and a
// proposal crossing the globe with a full block must not run into timeout_propose, whose expiry
// costs a whole round.
func ConsensusProfile(name string) (ConsensusConfig, error) {
	switch name {
	case ProfileLAN:
		return DefaultConfig("").Consensus, nil
	case ProfileWAN:
		return ConsensusConfig{
			TimeoutPropose:     3 * time.Second,
			TimeoutCommit:      0,
			PeerGossipSleep:    10 * time.Millisecond,
			FlushThrottle:      10 * time.Millisecond,
			EmptyBlockInterval: time.Second,
		}, nil
	}
	return ConsensusConfig{}, fmt.Errorf("consensus profile %q: want one of %v", name, ConsensusProfiles)
}

// IsConsensusProfile says whether name is a profile.
func IsConsensusProfile(name string) bool { return slices.Contains(ConsensusProfiles, name) }
