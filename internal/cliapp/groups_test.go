package cliapp

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// parse runs app with flags and hands the context to read.
func parse(t *testing.T, flags []cli.Flag, args []string, read func(*cli.Context) error) error {
	t.Helper()
	app := &cli.App{Name: "test", Flags: flags, Action: read}
	return app.Run(append([]string{"test"}, args...))
}

func TestL1Group(t *testing.T) {
	dep := testutil.Deployment(t, "http://from-file:8545")
	resolve := func(args ...string) (L1, error) {
		var out L1
		err := parse(t, L1Flags("LOCKSTEP_TEST"), args, func(c *cli.Context) error {
			cfg, err := ReadL1Config(c)
			if err != nil {
				return err
			}
			out, err = cfg.Resolve()
			return err
		})
		return out, err
	}
	// The URL defaults to the deployment's; the old spelling --l1-rpc is the same flag.
	l1, err := resolve("--deployment", dep)
	if err != nil || l1.URL != "http://from-file:8545" || l1.ChainID != 31337 || l1.RequireAll() != nil {
		t.Fatalf("deployment only: %+v %v", l1, err)
	}
	a, errA := resolve("--deployment", dep, "--l1.rpc", "http://x:1", "--l1.checkpoint-registry", "0x00000000000000000000000000000000000000aa")
	b, errB := resolve("--deployment", dep, "--l1-rpc", "http://x:1", "--l1.checkpoint-registry", "0x00000000000000000000000000000000000000aa")
	if errA != nil || errB != nil || a != b || a.URL != "http://x:1" || a.Addresses.CheckpointRegistry != common.HexToAddress("0xaa") {
		t.Fatalf("alias: %+v %v / %+v %v", a, errA, b, errB)
	}
	t.Setenv("LOCKSTEP_TEST_L1_RPC", "http://env:1")
	if l1, err := resolve("--deployment", dep); err != nil || l1.URL != "http://env:1" {
		t.Fatalf("environment: %+v %v", l1, err)
	}
	for args, flag := range map[string]string{
		"--l1.socket-registry nope": "--l1.socket-registry",
		"--l1.checkpoint-registry 0x00000000000000000000000000000000000000aa": "--deployment",
	} {
		os.Unsetenv("LOCKSTEP_TEST_L1_RPC")
		if _, err := resolve(strings.Fields(args)...); err == nil || !strings.Contains(err.Error(), flag) {
			t.Errorf("%s: %v, want an error naming %s", args, err, flag)
		}
	}
	if _, err := resolve("--l1.rpc", "http://x:1", "--l1.checkpoint-registry", "0x00000000000000000000000000000000000000aa"); err != nil {
		t.Fatalf("addresses without a deployment: %v", err)
	}
}

func TestL1DialChecksChain(t *testing.T) {
	down := L1{URL: "http://127.0.0.1:1", ChainID: 1}
	if _, err := down.Dial(context.Background()); err == nil || !strings.Contains(err.Error(), "--l1.rpc http://127.0.0.1:1") {
		t.Fatalf("unreachable L1: %v, want an error naming --l1.rpc", err)
	}
	// An L1 answering eth_chainId with 31337.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		_ = json.NewDecoder(r.Body).Decode(&req)
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":"0x7a69"}`, req.ID)
	}))
	defer srv.Close()
	wrong := L1{URL: srv.URL, ChainID: 1}
	if _, err := wrong.Dial(context.Background()); err == nil || !strings.Contains(err.Error(), "is chain 31337, the deployment is on chain 1") {
		t.Fatalf("wrong chain: %v, want a chain mismatch", err)
	}
	unnamed := L1{URL: srv.URL}
	client, err := unnamed.Dial(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	client.Close()
	if unnamed.ChainID != 31337 {
		t.Fatalf("chain ID %d after dialling, want L1's 31337", unnamed.ChainID)
	}
}

func TestECDSAKeyGroup(t *testing.T) {
	load := func(args ...string) (string, error) {
		var addr string
		err := parse(t, ECDSAKeyFlags("LOCKSTEP_TEST", "for the test", false), args, func(c *cli.Context) error {
			cfg, err := ReadECDSAKeyConfig(c, "LOCKSTEP_TEST")
			if err != nil {
				return err
			}
			k, err := cfg.LoadECDSA()
			if err == nil {
				addr = crypto.PubkeyToAddress(k.PublicKey).Hex()
			}
			return err
		})
		return addr, err
	}
	dir := t.TempDir()
	key, err := crypto.HexToECDSA("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	if err != nil {
		t.Fatal(err)
	}
	ks, pwFile := filepath.Join(dir, "ks.json"), filepath.Join(dir, "pw")
	if err := WriteECDSAKeystore(ks, key, "secret", LightScrypt); err != nil {
		t.Fatal(err)
	}
	if err := WriteECDSAKeystore(ks, key, "secret", LightScrypt); err == nil || !strings.Contains(err.Error(), "refusing to overwrite") {
		t.Fatalf("second write: %v", err)
	}
	if err := os.WriteFile(pwFile, []byte("secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	const want = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"
	if got, err := load("--ecdsa.keystore", ks, "--ecdsa.password-file", pwFile); err != nil || got != want {
		t.Fatalf("password file: %s %v", got, err)
	}
	t.Setenv("LOCKSTEP_TEST_ECDSA_PASSWORD", "secret")
	if got, err := load("--ecdsa.keystore", ks); err != nil || got != want {
		t.Fatalf("password from LOCKSTEP_TEST_ECDSA_PASSWORD: %s %v", got, err)
	}
	t.Setenv("LOCKSTEP_TEST_ECDSA_PASSWORD", "wrong")
	if _, err := load("--ecdsa.keystore", ks); err == nil || !strings.Contains(err.Error(), "decrypt") {
		t.Fatalf("wrong password: %v", err)
	}
	// No keystore, or a plaintext-key flag of earlier versions: refused, saying how to import.
	for _, args := range []string{"", "--key-file k", "--key-env K", "--devnet", "--devnet-account 1"} {
		_, err := load(strings.Fields(args)...)
		if err == nil || !strings.Contains(err.Error(), "lockstep keys ecdsa import") {
			t.Errorf("%q: %v, want an error pointing at lockstep keys ecdsa import", args, err)
		}
	}
}

func TestPprofServer(t *testing.T) {
	p := NewPprofServer("127.0.0.1:0", slog.New(slog.DiscardHandler), nil)
	if err := p.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	res, err := http.Get("http://" + p.Addr() + "/debug/pprof/cmdline")
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("pprof: %v %v", res, err)
	}
	res.Body.Close()
	if err := p.Stop(context.Background()); err != nil || !p.Stopped() {
		t.Fatalf("stop: %v", err)
	}
}
