//go:build !lockstep_faults

package node

import (
	"github.com/Layr-Labs/eigensdk-go/crypto/bls"

	"github.com/lockstep-xyz/lockstep/operator/rpc"
	"github.com/lockstep-xyz/lockstep/operator/signing"
)

// Faults is empty: deliberate misbehaviour (faults.go) is compiled only into a build with the
// lockstep_faults tag.
type Faults struct{}

func (Faults) signing(*bls.KeyPair) signing.Faults { return signing.Faults{} }

func (Faults) api() rpc.Faults { return rpc.Faults{} }

func (Faults) followL1() bool { return true }
