package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// The operator's lifecycle through the CLI on a one-operator network: keys, init, register
// (devnet), status (table and JSON, with the node's progress), deregister.
func TestOperatorCLI(t *testing.T) {
	testutil.SkipShort(t)
	metrics := fmt.Sprintf("127.0.0.1:%d", freeTCPPort(t))
	net := startNetwork(t, 1, 10, "--metrics.addr", metrics)
	dir := t.TempDir()
	dep := filepath.Join(dir, "deployment.json")
	if err := net.dn.WriteJSON(dep); err != nil {
		t.Fatal(err)
	}
	env := []string{"LOCKSTEP_KEYS_PASSWORD=pw", "LOCKSTEP_OPERATOR_BLS_PASSWORD=pw", "LOCKSTEP_OPERATOR_ECDSA_PASSWORD=pw"}
	bls, ecdsa := filepath.Join(dir, "keys", "bls.json"), filepath.Join(dir, "keys", "ecdsa.json")
	out := runLockstep(t, net.bin, env, "keys", "bls", "create", "--out", bls)
	if !strings.Contains(out, "operator ID 0x") {
		t.Fatalf("keys bls create: %q", out)
	}
	out = runLockstep(t, net.bin, env, "keys", "ecdsa", "create", "--out", ecdsa)
	if !strings.Contains(out, "address 0x") {
		t.Fatalf("keys ecdsa create: %q", out)
	}
	home := filepath.Join(dir, "home")
	p2p := fmt.Sprintf("127.0.0.1:%d", freeTCPPort(t))
	sock := runLockstep(t, net.bin, env, "operator", "init", "--home", home, "--p2p.external", p2p)
	out = runLockstep(t, net.bin, env, "operator", "register", "--home", home, "--l1.rpc", net.dn.Node.RPCURL(), "--deployment", dep,
		"--bls.keystore", bls, "--ecdsa.keystore", ecdsa, "--p2p.external", p2p)
	if !strings.Contains(out, "socket "+sock) {
		t.Fatalf("register printed %q, want socket %s", out, sock)
	}

	status := func() operatorStatusJSON {
		t.Helper()
		var st operatorStatusJSON
		raw := runLockstep(t, net.bin, env, "operator", "status", "--l1.rpc", net.dn.Node.RPCURL(), "--deployment", dep, "--api.url", net.nodes[0].apiURL(), "--json")
		if err := json.Unmarshal([]byte(raw), &st); err != nil {
			t.Fatalf("status --json: %v\n%s", err, raw)
		}
		return st
	}
	st := status()
	if len(st.Operators) != 2 || st.Node == nil || st.Node.Height == 0 {
		t.Fatalf("status after register: %+v", st)
	}
	found := false
	for _, o := range st.Operators {
		found = found || strings.HasSuffix(o.P2P, "@"+p2p)
	}
	if !found {
		t.Fatalf("the registered operator's p2p address %s is not in %+v", p2p, st.Operators)
	}
	table := runLockstep(t, net.bin, env, "operator", "status", "--l1.rpc", net.dn.Node.RPCURL(), "--deployment", dep)
	t.Log(table)
	if !strings.Contains(table, "OPERATOR ID") || !strings.Contains(table, p2p) {
		t.Fatalf("status table:\n%s", table)
	}

	runLockstep(t, net.bin, env, "operator", "deregister", "--l1.rpc", net.dn.Node.RPCURL(), "--deployment", dep, "--ecdsa.keystore", ecdsa)
	if st := status(); len(st.Operators) != 1 {
		t.Fatalf("status after deregister: %+v", st.Operators)
	}

	// A rollup registered on L1 after genesis is admitted once the node re-reads the registry.
	ctx, node := net.ctx, net.nodes[0]
	_, err := node.submit(ctx, 903, []byte("early"))
	if rpcCode(err) != operatorapi.CodeRefused {
		t.Fatalf("unregistered rollup 903: %v", err)
	}
	owner, err := chainio.NewTransactor(ctx, net.dn.Client, net.dn.Deployment.DeployerKey())
	if err != nil {
		t.Fatal(err)
	}
	b, err := net.dn.Deployment.Bindings(net.dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := owner.Transact(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.CheckpointRegistry.RegisterRollup(o, 903, owner.Address(), "late rollup")
	}); err != nil {
		t.Fatalf("register rollup 903: %v", err)
	}
	testutil.WaitFor(t, 15*time.Second, "rollup 903 admitted", func() (bool, error) {
		_, err := node.submit(ctx, 903, []byte("late"))
		return err == nil, err
	})

	// Metrics and the EigenLayer node API.
	for path, wants := range map[string][]string{
		"/metrics": {"lockstep_app_height", "lockstep_consensus_height", "lockstep_api_commit_latency_seconds", "lockstep_signer_checkpoints_signed_total", "go_goroutines",
			`eigen_performance_score{avs_name="lockstep"} 100`, `eigen_rpc_request_total{avs_name="lockstep",client_version=`},
		"/eigen/node":          {`"node_name":"lockstep-operator"`},
		"/eigen/node/services": {`"id":"signer"`, `"id":"l1"`, `"status":"Up"`},
		"/eigen/node/health":   {""},
	} {
		res, err := http.Get("http://" + metrics + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		for _, want := range wants {
			if res.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
				t.Errorf("GET %s: %d, want %q in %.300s", path, res.StatusCode, want, body)
			}
		}
	}

	help := runLockstep(t, net.bin, nil, "operator", "--help")
	for _, sub := range []string{"init", "genesis", "run", "register", "deregister", "status"} {
		if !strings.Contains(help, "   "+sub) {
			t.Errorf("operator --help does not list %s:\n%s", sub, help)
		}
	}
}

type operatorStatusJSON struct {
	L1Block   uint64 `json:"l1Block"`
	Operators []struct {
		OperatorID common.Hash `json:"operatorId"`
		P2P        string      `json:"p2p"`
	} `json:"operators"`
	Node *struct {
		Height uint64 `json:"height"`
	} `json:"node"`
}
