package system

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/cliapp"
)

// AggregatorAccount is the anvil account the aggregator submits from.
const AggregatorAccount = 1

// WriteDevKeystore writes anvil account i's well-known key as an ECDSA keystore under dir
// (l1-account<i>.json, light scrypt: the key is public anyway) with password in dir/password,
// and returns both paths: what the devnet passes to the commands that send L1 transactions,
// as an operator passes its own (--ecdsa.keystore, --ecdsa.password-file). An existing
// keystore for the account is kept.
func WriteDevKeystore(dir string, account int, password string) (keystore, passwordFile string, err error) {
	key, err := deployment.DevKey(account)
	if err != nil {
		return "", "", err
	}
	keystore, passwordFile = filepath.Join(dir, fmt.Sprintf("l1-account%d.json", account)), filepath.Join(dir, "password")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", "", err
	}
	if err := os.WriteFile(passwordFile, []byte(password+"\n"), 0o600); err != nil {
		return "", "", fmt.Errorf("write the keystore password: %w", err)
	}
	if _, err := os.Stat(keystore); err == nil {
		return keystore, passwordFile, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return "", "", err
	}
	if err := cliapp.WriteECDSAKeystore(keystore, key, password, cliapp.LightScrypt); err != nil {
		return "", "", fmt.Errorf("keystore of anvil account %d: %w", account, err)
	}
	return keystore, passwordFile, nil
}

// L1Keystore is anvil account i's keystore and password file in the system's folder (keys/),
// for a command that sends L1 transactions (`lockstep force`, `lockstep slash`).
func (s *System) L1Keystore(account int) (keystore, passwordFile string, err error) {
	return WriteDevKeystore(filepath.Join(s.cfg.Dir, "keys"), account, s.cfg.BLSPassword)
}

// KeyArgs are the flags that give a command anvil account i's keystore.
func KeyArgs(keystore, passwordFile string) []string {
	return []string{"--" + cliapp.ECDSAKeystoreFlag, keystore, "--" + cliapp.ECDSAPasswordFlag, passwordFile}
}
