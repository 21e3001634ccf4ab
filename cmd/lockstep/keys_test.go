package main

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/cryptotest"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"
)

// About one generated key in 256 has a zero first byte; such a key must survive create and
// import whole (32 bytes, same address) instead of failing or losing its leading zero.
func TestKeysECDSALeadingZero(t *testing.T) {
	// Find a seed whose first generated key starts with a zero byte, so that create below
	// generates exactly that key.
	var seed uint64
	var want *ecdsa.PrivateKey
	for ; seed < 100_000; seed++ {
		cryptotest.SetGlobalRandom(t, seed)
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		if crypto.FromECDSA(k)[0] == 0 {
			want = k
			break
		}
	}
	if want == nil {
		t.Fatal("no seed gave a key with a leading zero byte")
	}
	wantBytes, wantAddr := crypto.FromECDSA(want), crypto.PubkeyToAddress(want.PublicKey)

	dir := t.TempDir()
	t.Setenv("LOCKSTEP_KEYS_PASSWORD", "pw")
	app := &cli.App{Commands: []*cli.Command{keysCommand()}}
	check := func(path string) {
		t.Helper()
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		k, err := keystore.DecryptKey(raw, "pw")
		if err != nil {
			t.Fatalf("decrypt %s: %v", path, err)
		}
		if got := crypto.FromECDSA(k.PrivateKey); !bytes.Equal(got, wantBytes) {
			t.Fatalf("%s holds key %x, want %x", path, got, wantBytes)
		}
		if k.Address != wantAddr {
			t.Fatalf("%s holds address %s, want %s", path, k.Address, wantAddr)
		}
	}

	created := filepath.Join(dir, "created.json")
	cryptotest.SetGlobalRandom(t, seed)
	if err := app.Run([]string{"lockstep", "keys", "ecdsa", "create", "--out", created}); err != nil {
		t.Fatalf("create: %v", err)
	}
	check(created)

	keyFile, imported := filepath.Join(dir, "key.hex"), filepath.Join(dir, "imported.json")
	if err := os.WriteFile(keyFile, fmt.Appendf(nil, "0x%x\n", wantBytes), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := app.Run([]string{"lockstep", "keys", "ecdsa", "import", "--key-file", keyFile, "--out", imported}); err != nil {
		t.Fatalf("import: %v", err)
	}
	check(imported)

	// The same key with its leading zeros dropped is refused rather than padded: a short key
	// is as likely a truncated copy as a key printed without its zeros.
	short := strings.TrimLeft(fmt.Sprintf("%x", wantBytes), "0")
	if len(short)%2 == 1 {
		short = "0" + short
	}
	if err := os.WriteFile(keyFile, []byte(short), 0o600); err != nil {
		t.Fatal(err)
	}
	err := app.Run([]string{"lockstep", "keys", "ecdsa", "import", "--key-file", keyFile, "--out", filepath.Join(dir, "short.json")})
	if err == nil || !strings.Contains(err.Error(), "64 hex digits") {
		t.Fatalf("import of a %d-digit key: %v", len(short), err)
	}
}
