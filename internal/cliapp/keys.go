package cliapp

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/urfave/cli/v2"
)

// Flag names of the key groups: every L1 key and every BLS key is an encrypted keystore file
// with its password in a file or in the environment, never a plaintext key.
const (
	ECDSAKeystoreFlag = "ecdsa.keystore"
	ECDSAPasswordFlag = "ecdsa.password-file"
	BLSKeystoreFlag   = "bls.keystore"
	BLSPasswordFlag   = "bls.password-file"
)

// removedKeyFlags are the plaintext-key spellings the L1 key group replaced. They stay defined,
// hidden, so that using one says what to do instead of "flag provided but not defined".
var removedKeyFlags = []string{"key-file", "key-env", "devnet", "devnet-account"}

// ImportHint tells the holder of a plaintext hex key how to make the keystore the commands read.
const ImportHint = "encrypt the key once with `lockstep keys ecdsa import --key-file KEY --out KEYSTORE` and pass --" +
	ECDSAKeystoreFlag + " KEYSTORE --" + ECDSAPasswordFlag + " FILE"

// PasswordEnv is the environment variable holding the password of keystore flag keystoreFlag
// (ecdsa.keystore, bls.keystore) in a command whose variables start with prefix:
// LOCKSTEP_AGGREGATOR_ECDSA_PASSWORD. It is read only when no password file is given.
func PasswordEnv(prefix, keystoreFlag string) string {
	kind, _, _ := strings.Cut(keystoreFlag, ".")
	return prefix + "_" + strings.ToUpper(kind) + "_PASSWORD"
}

// KeyConfig says where a key comes from: an encrypted keystore and its password, from a file
// or else the environment variable PasswordEnv.
type KeyConfig struct {
	Keystore     string
	PasswordFile string
	PasswordEnv  string
}

// ECDSAKeyFlags are --ecdsa.keystore and --ecdsa.password-file of a command whose variables
// start with prefix; what names the account ("that sends the aggregator's L1 transactions").
// Required makes --ecdsa.keystore mandatory for urfave/cli (commands that read it in their
// action check it themselves with ReadECDSAKeyConfig, which names ImportHint). The hidden
// plaintext-key flags of earlier versions are included, so that they are refused by name.
func ECDSAKeyFlags(prefix, what string, required bool) []cli.Flag {
	flags := []cli.Flag{
		&cli.StringFlag{Name: ECDSAKeystoreFlag, Required: required, EnvVars: EnvVar(prefix, ECDSAKeystoreFlag),
			Usage: "encrypted ECDSA keystore (Web3 Secret Storage, as `lockstep keys ecdsa create/import` write) of the L1 account " + what},
		&cli.StringFlag{Name: ECDSAPasswordFlag, EnvVars: EnvVar(prefix, ECDSAPasswordFlag),
			Usage: "file holding the ECDSA keystore's password (without it: the environment variable " + PasswordEnv(prefix, ECDSAKeystoreFlag) + ")"},
	}
	const removed = "removed: plaintext keys are not read; " + ImportHint
	return append(flags,
		&cli.StringFlag{Name: removedKeyFlags[0], Hidden: true, Usage: removed},
		&cli.StringFlag{Name: removedKeyFlags[1], Hidden: true, Usage: removed},
		&cli.BoolFlag{Name: removedKeyFlags[2], Hidden: true, Usage: removed},
		&cli.IntFlag{Name: removedKeyFlags[3], Hidden: true, Usage: removed},
	)
}

// BLSKeyFlags are --bls.keystore and --bls.password-file of a command whose variables start
// with prefix; what says what the key does.
func BLSKeyFlags(prefix, what string, required bool) []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: BLSKeystoreFlag, Required: required, EnvVars: EnvVar(prefix, BLSKeystoreFlag),
			Usage: "encrypted BLS keystore (eigensdk-go format, as `lockstep keys bls create/import` write) " + what},
		&cli.StringFlag{Name: BLSPasswordFlag, EnvVars: EnvVar(prefix, BLSPasswordFlag),
			Usage: "file holding the BLS keystore's password (without it: the environment variable " + PasswordEnv(prefix, BLSKeystoreFlag) + ")"},
	}
}

// ReadECDSAKeyConfig reads the ECDSA key group of a command whose variables start with prefix.
// It refuses the removed plaintext-key flags and a missing keystore, naming ImportHint.
func ReadECDSAKeyConfig(c *cli.Context, prefix string) (KeyConfig, error) {
	for _, name := range removedKeyFlags {
		if c.IsSet(name) {
			return KeyConfig{}, fmt.Errorf("--%s: plaintext L1 keys are no longer read; %s", name, ImportHint)
		}
	}
	cfg := KeyConfig{Keystore: c.String(ECDSAKeystoreFlag), PasswordFile: c.String(ECDSAPasswordFlag), PasswordEnv: PasswordEnv(prefix, ECDSAKeystoreFlag)}
	if cfg.Keystore == "" {
		return cfg, ErrNoKey
	}
	return cfg, nil
}

// ReadBLSKeyConfig reads the BLS key group of a command whose variables start with prefix;
// Keystore is empty when none was given.
func ReadBLSKeyConfig(c *cli.Context, prefix string) KeyConfig {
	return KeyConfig{Keystore: c.String(BLSKeystoreFlag), PasswordFile: c.String(BLSPasswordFlag), PasswordEnv: PasswordEnv(prefix, BLSKeystoreFlag)}
}

// ErrNoKey is returned when a command that sends L1 transactions was given no keystore.
var ErrNoKey = errors.New("no L1 key: give --" + ECDSAKeystoreFlag + " (and --" + ECDSAPasswordFlag + "); to use a hex key, " + ImportHint)

// Password reads the keystore's password: the file's first line, else the environment
// variable.
func (k KeyConfig) Password() (string, error) {
	return ReadSecret(k.PasswordFile, k.PasswordEnv)
}

// LoadECDSA decrypts the ECDSA keystore.
func (k KeyConfig) LoadECDSA() (*ecdsa.PrivateKey, error) {
	pw, err := k.Password()
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(k.Keystore)
	if err != nil {
		return nil, fmt.Errorf("read ECDSA keystore: %w", err)
	}
	key, err := keystore.DecryptKey(b, pw)
	if err != nil {
		return nil, fmt.Errorf("decrypt ECDSA keystore %s: %w", k.Keystore, err)
	}
	return key.PrivateKey, nil
}

// ReadSecret reads a secret from file (trailing newlines dropped), else from the environment
// variable env ("" when neither is set).
func ReadSecret(file, env string) (string, error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("read password file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	}
	if env == "" {
		return "", nil
	}
	return os.Getenv(env), nil
}

// Scrypt cost of a keystore: StandardScrypt for keys that guard value, LightScrypt for the
// devnet's well-known keys, which a test writes many times.
type Scrypt struct{ N, P int }

var (
	StandardScrypt = Scrypt{N: keystore.StandardScryptN, P: keystore.StandardScryptP}
	LightScrypt    = Scrypt{N: keystore.LightScryptN, P: keystore.LightScryptP}
)

// WriteECDSAKeystore encrypts key with password into a new file at path (mode 0600). It refuses
// to overwrite a file: a key must not be lost by a second create. The key is taken whole, not as
// bytes: big.Int bytes drop leading zeros, and about one key in 256 starts with one.
func WriteECDSAKeystore(path string, key *ecdsa.PrivateKey, password string, cost Scrypt) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s exists; refusing to overwrite a key", path)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	b, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: addr, PrivateKey: key}, password, cost.N, cost.P)
	if err != nil {
		return fmt.Errorf("encrypt ECDSA key: %w", err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return fmt.Errorf("write ECDSA keystore: %w", err)
	}
	return nil
}
