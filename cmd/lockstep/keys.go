package main

import (
	"crypto/ecdsa"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	sdktypes "github.com/Layr-Labs/eigensdk-go/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/internal/cliapp"
)

const keysPrefix = "LOCKSTEP_KEYS"

// keyFlags are the flags of `keys <kind> create/import`: the keystore to write under the name
// every command reads it by (--ecdsa.keystore, --bls.keystore; --out before), its password
// file, --json and, for import, the file holding the plaintext key.
func keyFlags(kind string, imported bool) []cli.Flag {
	ks, pw := kind+".keystore", kind+".password-file"
	flags := []cli.Flag{
		&cli.StringFlag{Name: ks, Aliases: []string{"out"}, Usage: "keystore file to write (must not exist)", Required: true, EnvVars: cliapp.AliasEnvVars(keysPrefix, ks, "out")},
		&cli.StringFlag{Name: pw, Aliases: []string{"password-file"}, Usage: "file holding the keystore's password (without it: the environment variable LOCKSTEP_KEYS_PASSWORD)",
			EnvVars: cliapp.AliasEnvVars(keysPrefix, pw, "password-file")},
		cliapp.NewJSONFlag(keysPrefix),
	}
	if imported {
		what := map[string]string{"bls": "the BLS private key (a decimal scalar)", "ecdsa": "the hex ECDSA private key (64 digits, 0x optional)"}[kind]
		flags = append(flags, &cli.StringFlag{Name: "key-file", Usage: "file holding " + what + "; delete it once imported", Required: true, EnvVars: cliapp.EnvVar(keysPrefix, "key-file")})
	}
	return flags
}

func keysCommand() *cli.Command {
	return &cli.Command{
		Name:  "keys",
		Usage: "create or import an operator's BLS (checkpoint signing) and ECDSA (L1 account) keystores",
		Description: "Every command that signs reads an encrypted keystore (--ecdsa.keystore, --bls.keystore) and its\n" +
			"password from a file or the environment, never a plaintext key. To use an existing hex L1 key\n" +
			"(the aggregator's submitter, an account for slash or force), import it once:\n" +
			"  lockstep keys ecdsa import --key-file key.hex --ecdsa.keystore submitter.json --ecdsa.password-file pw",
		Subcommands: []*cli.Command{
			{
				Name: "bls", Usage: "BLS keystores in eigensdk-go format",
				Subcommands: []*cli.Command{
					{
						Name: "create", Usage: "generate a BLS key and write it encrypted", Flags: keyFlags("bls", false),
						Action: func(c *cli.Context) error {
							kp, err := bls.GenRandomBlsKeys()
							if err != nil {
								return err
							}
							return saveBLS(c, kp)
						},
					},
					{
						Name: "import", Usage: "encrypt an existing BLS private key (decimal scalar, read from --key-file)", Flags: keyFlags("bls", true),
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
						Name: "create", Usage: "generate an ECDSA key and write it encrypted", Flags: keyFlags("ecdsa", false),
						Action: func(c *cli.Context) error {
							k, err := crypto.GenerateKey()
							if err != nil {
								return fmt.Errorf("generate ECDSA key: %w", err)
							}
							return saveECDSA(c, k)
						},
					},
					{
						Name: "import", Usage: "encrypt an existing ECDSA private key (hex, read from --key-file) into the keystore the other commands read",
						Flags: keyFlags("ecdsa", true),
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

func keysPassword(c *cli.Context, kind string) (string, error) {
	p, err := secret(c.String(kind+".password-file"), "LOCKSTEP_KEYS_PASSWORD")
	if err != nil {
		return "", err
	}
	if p == "" {
		return "", fmt.Errorf("no password: give --%s.password-file or set LOCKSTEP_KEYS_PASSWORD", kind)
	}
	return p, nil
}

// keyResult is what `keys ... --json` prints.
type keyResult struct {
	Keystore   string          `json:"keystore"`
	Address    *common.Address `json:"address,omitempty"`
	OperatorID string          `json:"operatorId,omitempty"`
}

func saveBLS(c *cli.Context, kp *bls.KeyPair) error {
	pw, err := keysPassword(c, "bls")
	if err != nil {
		return err
	}
	path := c.String(cliapp.BLSKeystoreFlag)
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s exists; refusing to overwrite a key", path)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	if err := kp.SaveToFile(path, pw); err != nil {
		return fmt.Errorf("write BLS keystore: %w", err)
	}
	id := fmt.Sprintf("0x%x", sdktypes.OperatorIdFromKeyPair(kp))
	if c.Bool(cliapp.JSONFlag) {
		return printJSON(keyResult{Keystore: path, OperatorID: id})
	}
	fmt.Printf("BLS keystore %s\noperator ID %s\n", path, id)
	return nil
}

func saveECDSA(c *cli.Context, k *ecdsa.PrivateKey) error {
	pw, err := keysPassword(c, "ecdsa")
	if err != nil {
		return err
	}
	path := c.String(cliapp.ECDSAKeystoreFlag)
	if err := cliapp.WriteECDSAKeystore(path, k, pw, cliapp.StandardScrypt); err != nil {
		return err
	}
	addr := crypto.PubkeyToAddress(k.PublicKey)
	if c.Bool(cliapp.JSONFlag) {
		return printJSON(keyResult{Keystore: path, Address: &addr})
	}
	fmt.Printf("ECDSA keystore %s\naddress %s\n", path, addr)
	return nil
}
