package anvil

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/deployment"
)

// DefaultSeed is the seed operator keys are derived from when Config.Seed is empty.
const DefaultSeed = "lockstep-devnet"

// DeployerKey is anvil's account 0, the devnet deployer and owner of every contract.
func DeployerKey() *ecdsa.PrivateKey {
	k, err := deployment.DevKey(0)
	if err != nil {
		panic(err) // a constant that does not parse is a build defect
	}
	return k
}

// DeriveECDSAKey derives a deterministic secp256k1 key from (seed, label, index). For test
// networks only: anyone who knows the seed knows the key.
func DeriveECDSAKey(seed, label string, index int) *ecdsa.PrivateKey {
	for ctr := 0; ; ctr++ {
		h := crypto.Keccak256([]byte(fmt.Sprintf("lockstep/devnet/ecdsa/%s/%s/%d/%d", seed, label, index, ctr)))
		if k, err := crypto.ToECDSA(h); err == nil {
			return k
		}
	}
}

// DeriveBLSKey derives a deterministic BN254 BLS key pair from (seed, label, index). For test
// networks only.
func DeriveBLSKey(seed, label string, index int) *bls.KeyPair {
	for ctr := 0; ; ctr++ {
		h := crypto.Keccak256([]byte(fmt.Sprintf("lockstep/devnet/bls/%s/%s/%d/%d", seed, label, index, ctr)))
		sk := new(fr.Element).SetBigInt(new(big.Int).SetBytes(h)) // reduced mod r
		if !sk.IsZero() {
			return bls.NewKeyPair(sk)
		}
	}
}

// OperatorKeys derives operator i's ECDSA and BLS keys from seed, as Start does.
func OperatorKeys(seed string, i int) (*ecdsa.PrivateKey, *bls.KeyPair) {
	if seed == "" {
		seed = DefaultSeed
	}
	label := "operator"
	return DeriveECDSAKey(seed, label, i), DeriveBLSKey(seed, label, i)
}

func addressOf(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
