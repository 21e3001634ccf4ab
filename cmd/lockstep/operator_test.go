package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/urfave/cli/v2"
)

// Precedence: command line, then environment, then the --config file, then the default.
func TestConfigFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "operator.conf")
	conf := "# a comment\napi.addr = 127.0.0.1:9999\nmempool.size = 77\nconsensus.gossip-sleep = \"3ms\"\nmoniker = from-file\n"
	if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("LOCKSTEP_OPERATOR_MEMPOOL_SIZE", "88")
	var got struct {
		addr, moniker string
		size          int
		gossip        time.Duration
	}
	cmd := operatorRunCommand()
	cmd.Action = func(c *cli.Context) error {
		if err := applyConfigFile(c, c.String("config")); err != nil {
			return err
		}
		got.addr, got.moniker, got.size, got.gossip = c.String("api.addr"), c.String("moniker"), c.Int("mempool.size"), c.Duration("consensus.gossip-sleep")
		return nil
	}
	app := &cli.App{Commands: []*cli.Command{cmd}}
	if err := app.Run([]string{"lockstep", "run", "--config", path, "--moniker", "from-flag"}); err != nil {
		t.Fatal(err)
	}
	if got.addr != "127.0.0.1:9999" || got.moniker != "from-flag" || got.size != 88 || got.gossip != 3*time.Millisecond {
		t.Fatalf("got %+v", got)
	}
	if err := os.WriteFile(path, []byte("not a setting\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := app.Run([]string{"lockstep", "run", "--config", path}); err == nil {
		t.Fatal("a malformed config file was accepted")
	}
}

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
	if err := app.Run([]string{"lockstep", "keys", "bls", "import", "--key-file", blsKey, "--out", blsOut}); err != nil {
		t.Fatal(err)
	}
	kp, err := bls.ReadPrivateKeyFromFile(blsOut, "pw")
	if err != nil || kp.PrivKey.String() != "12345" {
		t.Fatalf("imported BLS key: %v", err)
	}
	if err := app.Run([]string{"lockstep", "keys", "ecdsa", "import", "--key-file", ecdsaKey, "--out", ecdsaOut}); err != nil {
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
