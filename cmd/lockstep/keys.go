package main

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/urfave/cli/v2"
)

func keysCommand() *cli.Command {
	pw := &cli.StringFlag{Name: "password-file", Usage: "file holding the keystore password (or set LOCKSTEP_KEYS_PASSWORD)", EnvVars: []string{"LOCKSTEP_KEYS_PASSWORD_FILE"}}
	out := &cli.StringFlag{Name: "out", Usage: "keystore file to write (must not exist)", Required: true, EnvVars: []string{"LOCKSTEP_KEYS_OUT"}}
	return &cli.Command{
		Name:  "keys",
		Usage: "create or import an operator's BLS (checkpoint signing) and ECDSA (L1 account) keystores",
		Subcommands: []*cli.Command{
			{
				Name: "bls", Usage: "BLS keystores in eigensdk-go format",
				Subcommands: []*cli.Command{
					{
						Name: "create", Usage: "generate a BLS key and write it encrypted", Flags: []cli.Flag{out, pw},
						Action: func(c *cli.Context) error {
							kp, err := bls.GenRandomBlsKeys()
							if err != nil {
								return err
							}
							return saveBLS(c, kp)
						},
					},
					{
						Name: "import", Usage: "encrypt an existing BLS private key (decimal scalar, read from --key-file)",
						Flags: []cli.Flag{out, pw, &cli.StringFlag{Name: "key-file", Usage: "file holding the private key", Required: true, EnvVars: []string{"LOCKSTEP_KEYS_KEY_FILE"}}},
						Action: func(c *cli.Context) error {
							sk, err := secret(c.String("key-file"), "")
							if err != nil {
								return err
							}
							kp, err := bls.NewKeyPairFromString(sk)
							if err != nil {
								return fmt.Errorf("parse BLS private key: %w", err)
							}
							return saveBLS(c, kp)
						},
					},
				},
			},
			{
				Name: "ecdsa", Usage: "ECDSA keystores (Ethereum Web3 Secret Storage)",
				Subcommands: []*cli.Command{
					{
						Name: "create", Usage: "generate an ECDSA key and write it encrypted", Flags: []cli.Flag{out, pw},
						Action: func(c *cli.Context) error {
							k, err := crypto.GenerateKey()
							if err != nil {
								return fmt.Errorf("generate ECDSA key: %w", err)
							}
							return saveECDSA(c, k)
						},
					},
					{
						Name: "import", Usage: "encrypt an existing ECDSA private key (hex, read from --key-file)",
						Flags: []cli.Flag{out, pw, &cli.StringFlag{Name: "key-file", Usage: "file holding the hex private key", Required: true, EnvVars: []string{"LOCKSTEP_KEYS_KEY_FILE"}}},
						Action: func(c *cli.Context) error {
							sk, err := secret(c.String("key-file"), "")
							if err != nil {
								return err
							}
							k, err := parseECDSAKey(sk)
							if err != nil {
								return fmt.Errorf("parse ECDSA private key: %w", err)
							}
							return saveECDSA(c, k)
						},
					},
				},
			},
		},
	}
}

func trim0x(s string) string {
	if len(s) > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		return s[2:]
	}
	return s
}

// parseECDSAKey reads a hex private key of exactly 32 bytes. A shorter one is refused rather
// than padded: it is as likely a truncated copy as a key printed without its leading zeros, and
// padding would silently make a different account.
func parseECDSAKey(s string) (*ecdsa.PrivateKey, error) {
	h := trim0x(strings.TrimSpace(s))
	if len(h) != 64 {
		return nil, fmt.Errorf("need 64 hex digits (32 bytes, leading zeros included), got %d", len(h))
	}
	return crypto.HexToECDSA(h)
}

func keysPassword(c *cli.Context) (string, error) {
	p, err := secret(c.String("password-file"), "LOCKSTEP_KEYS_PASSWORD")
	if err != nil {
		return "", err
	}
	if p == "" {
		return "", errors.New("no password: give --password-file or set LOCKSTEP_KEYS_PASSWORD")
	}
	return p, nil
}

func checkNew(path string) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s exists; refusing to overwrite a key", path)
	}
	return os.MkdirAll(filepath.Dir(path), 0o700)
}

func saveBLS(c *cli.Context, kp *bls.KeyPair) error {
	pw, err := keysPassword(c)
	if err != nil {
		return err
	}
	path := c.String("out")
	if err := checkNew(path); err != nil {
		return err
	}
	if err := kp.SaveToFile(path, pw); err != nil {
		return fmt.Errorf("write BLS keystore: %w", err)
	}
	fmt.Printf("BLS keystore %s\noperator ID 0x%x\n", path, sdktypes.OperatorIdFromKeyPair(kp))
	return nil
}

// saveECDSA takes the key itself, not its bytes: big.Int bytes drop leading zeros, and about
// one key in 256 starts with one.
func saveECDSA(c *cli.Context, k *ecdsa.PrivateKey) error {
	pw, err := keysPassword(c)
	if err != nil {
		return err
	}
	path := c.String("out")
	if err := checkNew(path); err != nil {
		return err
	}
	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: k}, pw, keystore.StandardScryptN, keystore.StandardScryptP)
	if err != nil {
		return fmt.Errorf("encrypt ECDSA key: %w", err)
	}
	if err := os.WriteFile(path, ks, 0o600); err != nil {
		return fmt.Errorf("write ECDSA keystore: %w", err)
	}
	fmt.Printf("ECDSA keystore %s\naddress %s\n", path, crypto.PubkeyToAddress(k.PublicKey))
	return nil
}
