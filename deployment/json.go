package deployment

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/chainio"
)

// secretsWarning heads the private keys in a deployment file.
const secretsWarning = "TEST NETWORK ONLY: these keys are derived from a public seed or are anvil's well-known accounts; never use them on a real network"

// DevnetSecrets are the private keys of a devnet deployment, kept apart from the public data.
type DevnetSecrets struct {
	Warning     string           `json:"warning"`
	DeployerKey hexutil.Bytes    `json:"deployerKey"`
	Operators   []OperatorSecret `json:"operators"`
}

// OperatorSecret is one operator's keys.
type OperatorSecret struct {
	Address  common.Address `json:"address"`
	ECDSAKey hexutil.Bytes  `json:"ecdsaKey"`
	// BLSKey is the BN254 scalar in decimal (eigensdk's bls.NewKeyPairFromString format).
	BLSKey string `json:"blsKey"`
}

// deploymentFile is the on-disk form: the public deployment plus, separately, the secrets.
type deploymentFile struct {
	*Deployment
	Secrets *DevnetSecrets `json:"devnetSecrets,omitempty"`
}

// WriteJSON writes the deployment to path (0600, since devnet keys are included under
// "devnetSecrets"), atomically.
func (d *Deployment) WriteJSON(path string) error {
	d.mu.Lock()
	f := deploymentFile{Deployment: d, Secrets: d.secrets()}
	data, err := json.MarshalIndent(f, "", "  ")
	d.mu.Unlock()
	if err != nil {
		return fmt.Errorf("encode deployment: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".deployment-*.json")
	if err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("write deployment: %w", err)
	}
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("write deployment: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write deployment: %w", err)
	}
	return nil
}

// secrets collects the known keys. Callers hold d.mu.
func (d *Deployment) secrets() *DevnetSecrets {
	s := &DevnetSecrets{Warning: secretsWarning, Operators: []OperatorSecret{}}
	if d.deployerKey != nil {
		s.DeployerKey = crypto.FromECDSA(d.deployerKey)
	}
	for _, o := range d.Operators {
		if o.ECDSAKey == nil && o.BLSKey == nil {
			continue
		}
		sec := OperatorSecret{Address: o.Address}
		if o.ECDSAKey != nil {
			sec.ECDSAKey = crypto.FromECDSA(o.ECDSAKey)
		}
		if o.BLSKey != nil {
			sec.BLSKey = o.BLSKey.PrivKey.String()
		}
		s.Operators = append(s.Operators, sec)
	}
	if s.DeployerKey == nil && len(s.Operators) == 0 {
		return nil
	}
	return s
}

// LoadDeployment reads a deployment written by WriteJSON, restoring the devnet keys if the
// file has them and checking they match the public data.
func LoadDeployment(path string) (*Deployment, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read deployment: %w", err)
	}
	f := deploymentFile{Deployment: &Deployment{}}
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("parse deployment %s: %w", path, err)
	}
	d := f.Deployment
	d.log = slog.New(slog.DiscardHandler)
	if d.Contracts.CheckpointRegistry == (common.Address{}) || d.Contracts.RegistryCoordinator == (common.Address{}) {
		return nil, fmt.Errorf("parse deployment %s: contract addresses missing", path)
	}
	if f.Secrets != nil {
		if err := d.restoreSecrets(f.Secrets); err != nil {
			return nil, fmt.Errorf("parse deployment %s: %w", path, err)
		}
	}
	return d, nil
}

// SetDeployerKey sets the key of the deployer (the contracts' owner), with which
// RegisterOperators mints stake and funds gas. It must be the key of d.Deployer.
func (d *Deployment) SetDeployerKey(k *ecdsa.PrivateKey) error {
	if k == nil || crypto.PubkeyToAddress(k.PublicKey) != d.Deployer {
		return errors.New("set deployer key: the key is not the deployer's")
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.deployerKey = k
	return nil
}

// SetLogger sets the logger used by later RegisterOperator and DeregisterOperator calls.
func (d *Deployment) SetLogger(l *slog.Logger) {
	if l == nil {
		l = slog.New(slog.DiscardHandler)
	}
	d.log = l.With("component", "deployer")
}

func (d *Deployment) restoreSecrets(s *DevnetSecrets) error {
	if len(s.DeployerKey) > 0 {
		k, err := crypto.ToECDSA(s.DeployerKey)
		if err != nil {
			return fmt.Errorf("deployer key: %w", err)
		}
		if crypto.PubkeyToAddress(k.PublicKey) != d.Deployer {
			return errors.New("deployer key does not match the deployer address")
		}
		d.deployerKey = k
	}
	byAddr := make(map[common.Address]*Operator, len(d.Operators))
	for _, o := range d.Operators {
		byAddr[o.Address] = o
	}
	for _, sec := range s.Operators {
		o := byAddr[sec.Address]
		if o == nil {
			continue // keys of an operator no longer registered
		}
		if len(sec.ECDSAKey) > 0 {
			k, err := crypto.ToECDSA(sec.ECDSAKey)
			if err != nil {
				return fmt.Errorf("operator %s ECDSA key: %w", sec.Address, err)
			}
			if crypto.PubkeyToAddress(k.PublicKey) != o.Address {
				return fmt.Errorf("operator %s: ECDSA key does not match the address", sec.Address)
			}
			o.ECDSAKey = k
		}
		if sec.BLSKey != "" {
			kp, err := bls.NewKeyPairFromString(sec.BLSKey)
			if err != nil {
				return fmt.Errorf("operator %s BLS key: %w", sec.Address, err)
			}
			if common.Hash(sdktypes.OperatorIdFromKeyPair(kp)) != o.OperatorID {
				return fmt.Errorf("operator %s: BLS key does not match the operator ID", sec.Address)
			}
			o.BLSKey = kp
		}
	}
	return nil
}

// operatorJSON is Operator's file form, with curve coordinates as hex strings (JSON numbers of
// 254 bits do not survive most JSON readers).
type operatorJSON struct {
	Address         common.Address `json:"address"`
	OperatorID      common.Hash    `json:"operatorId"`
	Socket          string         `json:"socket"`
	Stake           *hexutil.Big   `json:"stake"`
	PubkeyG1        g1JSON         `json:"pubkeyG1"`
	PubkeyG2        g2JSON         `json:"pubkeyG2"`
	RegisteredBlock uint64         `json:"registeredBlock"`
}

type g1JSON struct {
	X *hexutil.Big `json:"x"`
	Y *hexutil.Big `json:"y"`
}

// g2JSON has each coordinate as [c1, c0], the contracts' order.
type g2JSON struct {
	X [2]*hexutil.Big `json:"x"`
	Y [2]*hexutil.Big `json:"y"`
}

// MarshalJSON implements json.Marshaler.
func (o *Operator) MarshalJSON() ([]byte, error) {
	return json.Marshal(operatorJSON{
		Address:    o.Address,
		OperatorID: o.OperatorID,
		Socket:     o.Socket,
		Stake:      o.Stake,
		PubkeyG1:   g1JSON{X: (*hexutil.Big)(o.PubkeyG1.X), Y: (*hexutil.Big)(o.PubkeyG1.Y)},
		PubkeyG2: g2JSON{
			X: [2]*hexutil.Big{(*hexutil.Big)(o.PubkeyG2.X[0]), (*hexutil.Big)(o.PubkeyG2.X[1])},
			Y: [2]*hexutil.Big{(*hexutil.Big)(o.PubkeyG2.Y[0]), (*hexutil.Big)(o.PubkeyG2.Y[1])},
		},
		RegisteredBlock: o.RegisteredBlock,
	})
}

// UnmarshalJSON implements json.Unmarshaler. It checks the operator ID against the G1 key.
func (o *Operator) UnmarshalJSON(data []byte) error {
	var j operatorJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	for _, c := range []*hexutil.Big{j.PubkeyG1.X, j.PubkeyG1.Y, j.PubkeyG2.X[0], j.PubkeyG2.X[1], j.PubkeyG2.Y[0], j.PubkeyG2.Y[1]} {
		if c == nil {
			return fmt.Errorf("operator %s: public key incomplete", j.Address)
		}
	}
	*o = Operator{
		Address:    j.Address,
		OperatorID: j.OperatorID,
		Socket:     j.Socket,
		Stake:      j.Stake,
		PubkeyG1:   chainio.G1Point{X: j.PubkeyG1.X.ToInt(), Y: j.PubkeyG1.Y.ToInt()},
		PubkeyG2: chainio.G2Point{
			X: [2]*big.Int{j.PubkeyG2.X[0].ToInt(), j.PubkeyG2.X[1].ToInt()},
			Y: [2]*big.Int{j.PubkeyG2.Y[0].ToInt(), j.PubkeyG2.Y[1].ToInt()},
		},
		RegisteredBlock: j.RegisteredBlock,
	}
	if common.Hash(sdktypes.OperatorIdFromG1Pubkey(chainio.G1ToBLS(o.PubkeyG1))) != o.OperatorID {
		return fmt.Errorf("operator %s: operatorId is not the hash of pubkeyG1", o.Address)
	}
	return nil
}
