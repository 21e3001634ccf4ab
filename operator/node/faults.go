//go:build lockstep_faults

package node

import (
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"

	"github.com/lockstep-xyz/lockstep/operator/rpc"
	"github.com/lockstep-xyz/lockstep/operator/signing"
)

// Faults turn on deliberate misbehaviour, for end-to-end tests of how the rest of the system
// copes. They exist only in a build with the lockstep_faults tag (a byzantine node is a
// separate build); Equivocate gets a real operator's stake slashed.
type Faults struct {
	// Equivocate signs a conflicting digest for every checkpoint besides the honest one.
	Equivocate bool
	// TamperBatches serves consistently forged batches from the API.
	TamperBatches bool
	// IgnoreInbox censors the forced-inclusion inbox: the node reads no L1 origin (its blocks
	// keep the parent's) and no inbox entry, and accepts any proposal's. With every validator
	// doing so, checkpoints still land on L1 (nothing is visible at the stale origin) while
	// forced transactions wait: only the rollups' derivation from L1 makes them firm.
	IgnoreInbox bool
}

// followL1 says whether the node records L1 origins and forced entries.
func (f Faults) followL1() bool { return !f.IgnoreInbox }

// signing is the signing service's part; the equivocation signs with the operator's key.
func (f Faults) signing(key *bls.KeyPair) signing.Faults {
	var out signing.Faults
	if f.Equivocate {
		out.Equivocate = key
	}
	return out
}

// api is the API's part.
func (f Faults) api() rpc.Faults { return rpc.Faults{TamperBatches: f.TamperBatches} }
