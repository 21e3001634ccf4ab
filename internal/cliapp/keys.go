package cliapp

import (
	"crypto/ecdsa"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/deployment"
)

// Flag names of the transaction key group.
const (
	KeyFileFlag       = "key-file"
	KeyEnvFlag        = "key-env"
	DevnetFlag        = "devnet"
	DevnetAccountFlag = "devnet-account"
)

// TxKeyConfig says where the ECDSA key that pays for L1 transactions comes from: a file, an
// environment variable named by a flag (the key itself is never a flag, so never in ps or
// logs), or on a devnet one of anvil's well-known accounts.
type TxKeyConfig struct {
	File          string
	Env           string
	Devnet        bool
	DevnetAccount int
}

// TxKeyFlags are the transaction key flags of a command whose variables start with prefix.
func TxKeyFlags(prefix string) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: KeyFileFlag, Usage: "file holding the hex ECDSA private key that sends L1 transactions", EnvVars: EnvVar(prefix, KeyFileFlag)},
		&cli.StringFlag{Name: KeyEnvFlag, Usage: "name of an environment variable holding the hex ECDSA private key (the key itself is never a flag)", EnvVars: EnvVar(prefix, KeyEnvFlag)},
		&cli.BoolFlag{Name: DevnetFlag, Usage: "devnet only: send from anvil's well-known account --devnet-account instead of --key-file/--key-env", EnvVars: EnvVar(prefix, DevnetFlag)},
		&cli.IntFlag{Name: DevnetAccountFlag, Value: 1, Usage: "anvil account (0-9) used with --devnet", EnvVars: EnvVar(prefix, DevnetAccountFlag)},
	}
}

// ReadTxKeyConfig reads the transaction key flags.
func ReadTxKeyConfig(c *cli.Context) (TxKeyConfig, error) {
	cfg := TxKeyConfig{File: c.String(KeyFileFlag), Env: c.String(KeyEnvFlag), Devnet: c.Bool(DevnetFlag), DevnetAccount: c.Int(DevnetAccountFlag)}
	return cfg, cfg.Check()
}

// Check refuses no key source and a devnet account anvil does not have.
func (c TxKeyConfig) Check() error {
	switch {
	case c.File == "" && c.Env == "" && !c.Devnet:
		return ErrNoKey
	case c.Devnet && (c.DevnetAccount < 0 || c.DevnetAccount > 9):
		return fmt.Errorf("--%s %d: anvil has accounts 0-9", DevnetAccountFlag, c.DevnetAccount)
	}
	return nil
}

// Load reads the key, from the first source given: --key-file, --key-env, --devnet.
func (c TxKeyConfig) Load() (*ecdsa.PrivateKey, error) {
	var hexKey, from string
	switch {
	case c.File != "":
		b, err := os.ReadFile(c.File)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", KeyFileFlag, err)
		}
		hexKey, from = string(b), "--"+KeyFileFlag
	case c.Env != "":
		v, ok := os.LookupEnv(c.Env)
		if !ok {
			return nil, fmt.Errorf("--%s: environment variable %s is not set", KeyEnvFlag, c.Env)
		}
		hexKey, from = v, "--"+KeyEnvFlag+" "+c.Env
	case c.Devnet:
		k, err := deployment.DevKey(c.DevnetAccount)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", DevnetAccountFlag, err)
		}
		return k, nil
	default:
		return nil, ErrNoKey
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(hexKey), "0x"))
	if err != nil {
		return nil, fmt.Errorf("%s: not a hex secp256k1 private key", from) // never echo the value
	}
	return k, nil
}
