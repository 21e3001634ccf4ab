package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/deployment"
)

// `lockstep avs deploy` onto a core with mainnet's allocation delays: the deployment file it
// writes has no keys and attaches to a working AVS, and it refuses to write over a file.
func TestAVSDeployCommand(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	node, err := anvil.StartNode(ctx, anvil.NodeConfig{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = node.Close() })
	core, err := anvil.DeployCore(ctx, node.Client(), anvil.CoreConfig{AllocationConfigurationDelay: 126000, DeallocationDelay: 100800})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	corePath := filepath.Join(dir, "core.json")
	if err := deployment.WriteCore(corePath, core); err != nil {
		t.Fatal(err)
	}
	// The deployer's keystore, light scrypt parameters to keep the test fast.
	k := anvil.DeriveECDSAKey("avs-cmd-test", "deployer", 0)
	deployer := crypto.PubkeyToAddress(k.PublicKey)
	if err := node.SetBalance(ctx, deployer, new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))); err != nil {
		t.Fatal(err)
	}
	ks, err := keystore.EncryptKey(&keystore.Key{Id: uuid.New(), Address: deployer, PrivateKey: k}, "pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ksPath, pwPath := filepath.Join(dir, "deployer.json"), filepath.Join(dir, "pw")
	if err := os.WriteFile(ksPath, ks, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pwPath, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "deployment.json")
	args := []string{"lockstep", "avs", "deploy", "--core", corePath, "--l1.rpc", node.RPCURL(),
		"--ecdsa.keystore", ksPath, "--ecdsa.password-file", pwPath,
		"--strategy", core.Addresses.Strategies[0].Strategy.Hex(), "--strategy-multiplier", "2e18",
		"--threshold-bips", "7000", "--look-ahead", "20", "--metadata-uri", "https://example.org/avs.json",
		"--out", out, "--json"}
	app := newApp()
	var stdout bytes.Buffer
	app.Writer = &stdout
	if err := app.Run(args); err != nil {
		t.Fatal(err)
	}
	var sum avsDeploySummary
	if err := json.Unmarshal(stdout.Bytes(), &sum); err != nil {
		t.Fatalf("summary %q: %v", stdout.String(), err)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), "devnetSecrets") || strings.Contains(string(raw), hex.EncodeToString(crypto.FromECDSA(k))) {
		t.Fatal("the deployment file carries keys")
	}
	d, err := deployment.LoadDeployment(out)
	if err != nil {
		t.Fatal(err)
	}
	if d.DeployerKey() != nil || d.Deployer != deployer || d.Owner != deployer || d.Handover != nil {
		t.Fatalf("deployer %s owner %s handover %+v key %v", d.Deployer, d.Owner, d.Handover, d.DeployerKey() != nil)
	}
	if d.Contracts != sum.Contracts || d.Params.ThresholdBips != 7000 || d.Params.LookAheadBlocks != 20 || d.Params.DeallocationDelay != 100800 {
		t.Fatalf("deployment %+v / summary %+v", d.Params, sum)
	}
	if m := d.Strategies[0].Multiplier.ToInt().String(); m != "2000000000000000000" {
		t.Fatalf("multiplier %s", m)
	}
	b, err := d.Bindings(node.Client())
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	if th, err := b.CheckpointRegistry.ThresholdBips(call); err != nil || th != 7000 {
		t.Fatalf("registry threshold %d, %v", th, err)
	}
	if owner, err := b.ServiceManager.Owner(call); err != nil || owner != deployer {
		t.Fatalf("service manager owner %s, %v", owner, err)
	}
	if ok, err := b.PermissionController.IsAdmin(call, d.Contracts.ServiceManager, deployer); err != nil || !ok {
		t.Fatalf("deployer is AVS admin = %v, %v", ok, err)
	}

	// A second run does not overwrite the deployment file, and says so before deploying.
	if err := newApp().Run(args); err == nil || !strings.Contains(err.Error(), "refusing to overwrite") {
		t.Fatalf("second run: %v", err)
	}
}
