package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/urfave/cli/v2"
)

func TestKeysImport(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("LOCKSTEP_KEYS_PASSWORD", "pw")
	blsKey, ecdsaKey := filepath.Join(dir, "bls.key"), filepath.Join(dir, "ecdsa.key")
	if err := os.WriteFile(blsKey, []byte("12345\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(ecdsaKey, []byte("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	app := &cli.App{Commands: []*cli.Command{keysCommand()}}
	blsOut, ecdsaOut := filepath.Join(dir, "out", "bls.json"), filepath.Join(dir, "out", "ecdsa.json")
	if err := app.Run([]string{"lockstep", "keys", "bls", "import", "--key-file", blsKey, "--bls.keystore", blsOut}); err != nil {
		t.Fatal(err)
	}
	kp, err := bls.ReadPrivateKeyFromFile(blsOut, "pw")
	if err != nil || kp.PrivKey.String() != "12345" {
		t.Fatalf("imported BLS key: %v", err)
	}
	if err := app.Run([]string{"lockstep", "keys", "ecdsa", "import", "--key-file", ecdsaKey, "--ecdsa.keystore", ecdsaOut}); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(ecdsaOut)
	k, err := keystore.DecryptKey(raw, "pw")
	if err != nil || k.Address.Hex() != "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23" {
		t.Fatalf("imported ECDSA key: %v", err)
	}
	// Never overwrite a key; never write one without a password.
	if err := app.Run([]string{"lockstep", "keys", "bls", "create", "--out", blsOut}); err == nil || !strings.Contains(err.Error(), "refusing to overwrite") {
		t.Fatalf("overwrite: %v", err)
	}
	t.Setenv("LOCKSTEP_KEYS_PASSWORD", "")
	if err := app.Run([]string{"lockstep", "keys", "bls", "create", "--out", filepath.Join(dir, "new.json")}); err == nil || !strings.Contains(err.Error(), "no password") {
		t.Fatalf("no password: %v", err)
	}
}
