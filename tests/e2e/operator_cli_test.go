package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// The operator's lifecycle through the CLI on a one-operator network: keys, init, register
// refused before the EigenLayer steps, the EigenLayer steps (devnet), register (calldata, then
// sent), status (table and JSON, with the node's progress), update-socket (the node serves the
// moved API), deregister.
func TestOperatorCLI(t *testing.T) {
	testutil.SkipShort(t)
	metrics := fmt.Sprintf("127.0.0.1:%d", freeTCPPort(t))
	// The node follows the operator set on L1 closely, so that it serves a moved socket soon.
	net := startNetwork(t, 1, 10, "--metrics.addr", metrics, "--validators.sync-interval", "200ms", "--validators.confirmations", "0")
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
	l1Flags := []string{"--l1.rpc", net.dn.Node.RPCURL(), "--deployment", dep}
	// anvil mines only when sent a transaction: no block would come to confirm one.
	writeFlags := append(slices.Clone(l1Flags), "--confirmations", "0")
	register := append(append([]string{"operator", "register", "--home", home}, writeFlags...), "--bls.keystore", bls, "--ecdsa.keystore", ecdsa, "--p2p.external", p2p)

	// Before its EigenLayer steps the operator is refused with the step it misses, and nothing is sent.
	out, err := runLockstepErr(net.bin, env, register...)
	if err == nil || !strings.Contains(out, "eigenlayer operator register") {
		t.Fatalf("register before EigenLayer registration: %v\n%s", err, out)
	}
	// The EigenLayer side, as eigenlayer-cli does it (on the devnet: with minted stake).
	out = runLockstep(t, devBinary(t), env, append([]string{"eigenlayer", "register-operator", "--ecdsa.keystore", ecdsa, "--allocation-delay", "2",
		// A thousandth of the first operator's stake: as a validator without a running node it
		// leaves the first one more than 2/3 of the voting power.
		"--stake", "1000000000000000000"}, l1Flags...)...)
	if !strings.Contains(out, "next: lockstep operator register") {
		t.Fatalf("eigenlayer register-operator: %q", out)
	}
	// --output calldata prints the transaction for a custody signer and sends nothing.
	out = runLockstep(t, net.bin, env, append(slices.Clone(register), "--output", "calldata", "--json")...)
	var call struct {
		To   common.Address `json:"to"`
		Data hexutil.Bytes  `json:"data"`
	}
	if err := json.Unmarshal([]byte(out), &call); err != nil || call.To != net.dn.Deployment.Contracts.AllocationManager || len(call.Data) < 4 {
		t.Fatalf("register --output calldata: %v\n%s", err, out)
	}
	out = runLockstep(t, net.bin, env, register...)
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

	// update-socket moves the operator's API; the running node serves the new socket from L1.
	newAPI := fmt.Sprintf("http://127.0.0.1:%d", freeTCPPort(t))
	out = runLockstep(t, net.bin, env, append([]string{"operator", "update-socket", "--home", home, "--ecdsa.keystore", ecdsa, "--p2p.external", p2p, "--api.url", newAPI}, writeFlags...)...)
	if !strings.Contains(out, "rpc="+newAPI) {
		t.Fatalf("update-socket printed %q", out)
	}
	client, err := operatorapi.Dial(net.ctx, net.nodes[0].apiURL())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	testutil.WaitFor(t, 15*time.Second, "node 0 sees the moved API", func() (bool, error) {
		ops, err := client.Operators(net.ctx)
		if err != nil {
			return false, err
		}
		for _, o := range ops.Operators {
			if o.API == newAPI && strings.HasSuffix(o.P2P, "@"+p2p) {
				return true, nil
			}
		}
		return false, nil
	})

	runLockstep(t, net.bin, env, append([]string{"operator", "deregister", "--ecdsa.keystore", ecdsa}, writeFlags...)...)
	if st := status(); len(st.Operators) != 1 {
		t.Fatalf("status after deregister: %+v", st.Operators)
	}

	// A rollup registered on L1 after genesis is admitted once the node re-reads the registry.
	ctx, node := net.ctx, net.nodes[0]
	_, err = node.submit(ctx, 903, []byte("early"))
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

	// Metrics and the EigenLayer node API. The operator that left was a validator: until
	// CometBFT applies the change (two heights after the sync) it counts as an unreachable
	// peer, so the node's health is waited for.
	for path, wants := range map[string][]string{
		"/metrics": {"lockstep_app_height", "lockstep_consensus_height", "lockstep_api_commit_latency_seconds", "lockstep_signer_checkpoints_signed_total", "go_goroutines",
			`eigen_performance_score{avs_name="lockstep"} 100`, `eigen_rpc_request_total{avs_name="lockstep",client_version=`},
		"/eigen/node":          {`"node_name":"lockstep-operator"`},
		"/eigen/node/services": {`"id":"signer"`, `"id":"l1"`, `"status":"Up"`},
		"/eigen/node/health":   {""},
	} {
		testutil.WaitFor(t, 15*time.Second, "GET "+path, func() (bool, error) {
			res, err := http.Get("http://" + metrics + path)
			if err != nil {
				return false, err
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			for _, want := range wants {
				if res.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
					return false, fmt.Errorf("%d, want %q in %.300s", res.StatusCode, want, body)
				}
			}
			return true, nil
		})
	}

	help := runLockstep(t, net.bin, nil, "operator", "--help")
	for _, sub := range []string{"init", "genesis", "run", "register", "update-socket", "deregister", "status"} {
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
