package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/anvil/anviltest"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// runLockstep runs the lockstep command line with args and returns what it printed.
func runLockstep(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	app := newApp()
	app.Writer = &out
	err := app.Run(append([]string{"lockstep"}, args...))
	return out.String(), err
}

// writeKeystore encrypts key (with light scrypt: a test) and returns the keystore and password
// files.
func writeKeystore(t *testing.T, key *ecdsa.PrivateKey) (ks, pwFile string) {
	t.Helper()
	dir := t.TempDir()
	k := &keystore.Key{Id: uuid.New(), Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}
	b, err := keystore.EncryptKey(k, "pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ks, pwFile = filepath.Join(dir, "key.json"), filepath.Join(dir, "password")
	if err := os.WriteFile(ks, b, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pwFile, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return ks, pwFile
}

// Refusals before L1 is read.
func TestRollupRegisterRefusesBadInput(t *testing.T) {
	dep := testutil.Deployment(t, "http://127.0.0.1:1")
	owner := "0x00000000000000000000000000000000000000aa"
	for args, want := range map[string]string{
		"register --owner " + owner + " --deployment " + dep + " --output calldata":            "--id is required",
		"register --id 0 --owner " + owner + " --deployment " + dep + " --output calldata":     "--id is required",
		"register --id 10 --deployment " + dep + " --output calldata":                          "--owner is required",
		"register --id 10 --owner 0x12 --deployment " + dep + " --output calldata":             "is not an address",
		"register --id 10 --owner " + common.Address{}.Hex() + " --output calldata":            "zero address",
		"register --id 10 --owner " + owner + " --deployment " + dep + " --output file":        "want send or calldata",
		"register --id 10 --owner " + owner + " --deployment " + dep:                           "--ecdsa.keystore is required to send",
		"register --id 10 --owner " + owner + " --output calldata":                             "no CheckpointRegistry",
		"register --id 10 --owner " + owner + " --deployment " + dep + " --output calldata":    "127.0.0.1:1", // L1 unreachable
		"register --id 10 --owner " + owner + " --deployment " + dep + " --output calldata 10": "unexpected arguments",
		"status --deployment " + dep:         "--id is required",
		"status --id 10":                     "no CheckpointRegistry",
		"status --id 10 --deployment " + dep: "127.0.0.1:1",
		"register --id 10 --owner " + owner + " --deployment " + dep + " --ecdsa.keystore /nonexistent": "read ECDSA keystore",
	} {
		_, err := runLockstep(t, append([]string{"rollup"}, strings.Fields(args)...)...)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want an error containing %q", args, err, want)
		}
	}
}

// Admission against a real registry: a squatter is refused before sending anything, governance
// registers, status shows it, and the calldata a multisig owner would send registers too.
func TestRollupAdmission(t *testing.T) {
	ctx, dn, b := anviltest.Start(t, anvil.Config{Operators: -1})
	dep := filepath.Join(t.TempDir(), "deployment.json")
	if err := dn.WriteJSON(dep); err != nil {
		t.Fatal(err)
	}
	registry := dn.Deployment.Contracts.CheckpointRegistry
	governance := anvil.DeployerKey()
	squatter, err := deployment.DevKey(3)
	if err != nil {
		t.Fatal(err)
	}
	squatterAddr := crypto.PubkeyToAddress(squatter.PublicKey)
	team := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	govKS, govPW := writeKeystore(t, governance)
	sqKS, sqPW := writeKeystore(t, squatter)
	opts := &bind.CallOpts{Context: ctx}
	registered := func(id uint64) bool {
		t.Helper()
		ok, err := b.CheckpointRegistry.IsRollupRegistered(opts, id)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	status := func(id uint64) rollupStatus {
		t.Helper()
		out, err := runLockstep(t, "rollup", "status", "--id", strconv.FormatUint(id, 10), "--deployment", dep, "--json")
		if err != nil {
			t.Fatalf("status %d: %v", id, err)
		}
		var st rollupStatus
		if err := json.Unmarshal([]byte(out), &st); err != nil {
			t.Fatalf("status %d: %v in %s", id, err, out)
		}
		return st
	}

	// The squatting attempt: refused with what to do, and nothing sent.
	_, err = runLockstep(t, "rollup", "register", "--id", "10", "--owner", squatterAddr.Hex(), "--metadata", "op mainnet",
		"--deployment", dep, "--ecdsa.keystore", sqKS, "--ecdsa.password-file", sqPW)
	want := squatterAddr.Hex() + " is not the registry's owner " + crypto.PubkeyToAddress(governance.PublicKey).Hex() +
		": admission goes through governance; send this calldata from the owner: to=" + registry.Hex() + " data=0x"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("squatter: %v, want an error containing %q", err, want)
	}
	if nonce, err := dn.Client.NonceAt(ctx, squatterAddr, nil); err != nil || nonce != 0 {
		t.Fatalf("the squatter sent %d transactions (%v)", nonce, err)
	}
	// Straight to the contract, past the command's checks: the registry refuses it itself.
	sq, err := chainio.NewTransactor(ctx, dn.Client, squatter)
	if err != nil {
		t.Fatal(err)
	}
	_, err = sq.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.CheckpointRegistry.RegisterRollup(o, 10, squatterAddr, "op mainnet")
	})
	if name := chainio.RevertName(err); name != "NotRegistryOwner" {
		t.Fatalf("direct squatting attempt: revert %q (%v)", name, err)
	}
	if registered(10) {
		t.Fatal("rollup 10 registered by a squatter")
	}
	if st := status(10); st.Registered || st.Owner != nil || st.Governance != crypto.PubkeyToAddress(governance.PublicKey) || st.Registry != registry {
		t.Fatalf("status before registration: %+v", st)
	}
	if out, err := runLockstep(t, "rollup", "status", "--id", "10", "--deployment", dep); err != nil || !strings.Contains(out, "rollup 10: not registered") {
		t.Fatalf("text status before registration: %v\n%s", err, out)
	}

	// Governance registers the rollup to its team.
	out, err := runLockstep(t, "rollup", "register", "--id", "10", "--owner", team.Hex(), "--metadata", "op mainnet",
		"--deployment", dep, "--ecdsa.keystore", govKS, "--ecdsa.password-file", govPW, "--json")
	if err != nil {
		t.Fatalf("governance registers: %v", err)
	}
	var done registeredRollup
	if err := json.Unmarshal([]byte(out), &done); err != nil || done.RollupID != 10 || done.Owner != team || done.L1Block == 0 {
		t.Fatalf("register output %s: %+v (%v)", out, done, err)
	}
	st := status(10)
	if !st.Registered || st.Owner == nil || *st.Owner != team || st.Metadata != "op mainnet" || st.RegisteredAt != done.L1Block || st.L1Block < done.L1Block {
		t.Fatalf("status after registration: %+v", st)
	}
	if out, err := runLockstep(t, "rollup", "status", "--id", "10", "--deployment", dep); err != nil ||
		!strings.Contains(out, "rollup 10: registered") || !strings.Contains(out, team.Hex()) {
		t.Fatalf("text status after registration: %v\n%s", err, out)
	}
	// Taken now, for governance too; and the calldata path checks it as well.
	for _, args := range [][]string{
		{"--ecdsa.keystore", govKS, "--ecdsa.password-file", govPW},
		{"--output", "calldata"},
	} {
		_, err = runLockstep(t, append([]string{"rollup", "register", "--id", "10", "--owner", squatterAddr.Hex(), "--deployment", dep}, args...)...)
		if err == nil || !strings.Contains(err.Error(), "rollup 10 is already registered, to owner "+team.Hex()) {
			t.Fatalf("registering a taken ID (%v): %v", args, err)
		}
	}

	// A multisig owner: the calldata decodes to registerRollup(id, owner, metadata) on the
	// registry and, sent from the owner, registers.
	out, err = runLockstep(t, "rollup", "register", "--id", "8453", "--owner", team.Hex(), "--metadata", `{"name":"base"}`,
		"--deployment", dep, "--output", "calldata", "--json")
	if err != nil {
		t.Fatalf("calldata: %v", err)
	}
	var tx calldataTx
	if err := json.Unmarshal([]byte(out), &tx); err != nil || tx.To != registry || tx.Value != "0" {
		t.Fatalf("calldata output %s: %+v (%v)", out, tx, err)
	}
	regABI, err := checkpointregistry.CheckpointRegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	method, err := regABI.MethodById(tx.Data)
	if err != nil || method.Name != "registerRollup" {
		t.Fatalf("calldata method: %v, %v", method, err)
	}
	args, err := method.Inputs.Unpack(tx.Data[4:])
	if err != nil || len(args) != 3 || args[0].(uint64) != 8453 || args[1].(common.Address) != team || args[2].(string) != `{"name":"base"}` {
		t.Fatalf("calldata arguments %v (%v)", args, err)
	}
	if registered(8453) {
		t.Fatal("--output calldata sent the transaction")
	}
	if text, err := runLockstep(t, "rollup", "register", "--id", "8453", "--owner", team.Hex(), "--metadata", `{"name":"base"}`,
		"--deployment", dep, "--output", "calldata"); err != nil || !strings.Contains(text, "to     "+registry.Hex()) || !strings.Contains(text, "data   "+hexutil.Encode(tx.Data)) {
		t.Fatalf("text calldata: %v\n%s", err, text)
	}
	gov, err := chainio.NewTransactor(ctx, dn.Client, governance)
	if err != nil {
		t.Fatal(err)
	}
	raw := bind.NewBoundContract(tx.To, *regABI, dn.Client, dn.Client, dn.Client)
	if _, err := gov.Transact(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) { return raw.RawTransact(o, tx.Data) }); err != nil {
		t.Fatalf("send the calldata from the owner: %v", err)
	}
	if st := status(8453); !st.Registered || *st.Owner != team || st.Metadata != `{"name":"base"}` {
		t.Fatalf("status after the calldata was sent: %+v", st)
	}

	// Governance handing over to the squatter's key: until it accepts, it is told to.
	if _, err := gov.Transact(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.CheckpointRegistry.TransferOwnership(o, squatterAddr)
	}); err != nil {
		t.Fatal(err)
	}
	_, err = runLockstep(t, "rollup", "register", "--id", "11", "--owner", team.Hex(), "--deployment", dep, "--ecdsa.keystore", sqKS, "--ecdsa.password-file", sqPW)
	if err == nil || !strings.Contains(err.Error(), "it is the pending owner: accept the ownership first") {
		t.Fatalf("pending owner: %v", err)
	}
}

// fakeRollupReader is a registry holding one rollup and a latest checkpoint.
type fakeRollupReader struct {
	owner      common.Address
	rollups    map[uint64]checkpointregistry.ICheckpointRegistryTypesRollup
	latest     uint64
	checkpoint checkpointregistry.ICheckpointRegistryTypesStoredCheckpoint
	readAt     []*big.Int
}

func (f *fakeRollupReader) Owner(o *bind.CallOpts) (common.Address, error) {
	f.readAt = append(f.readAt, o.BlockNumber)
	return f.owner, nil
}

func (f *fakeRollupReader) IsRollupRegistered(o *bind.CallOpts, id uint64) (bool, error) {
	f.readAt = append(f.readAt, o.BlockNumber)
	_, ok := f.rollups[id]
	return ok, nil
}

func (f *fakeRollupReader) GetRollup(o *bind.CallOpts, id uint64) (checkpointregistry.ICheckpointRegistryTypesRollup, error) {
	f.readAt = append(f.readAt, o.BlockNumber)
	return f.rollups[id], nil
}

func (f *fakeRollupReader) LatestCheckpointNumber(o *bind.CallOpts) (uint64, error) {
	f.readAt = append(f.readAt, o.BlockNumber)
	return f.latest, nil
}

func (f *fakeRollupReader) GetCheckpoint(o *bind.CallOpts, n uint64) (checkpointregistry.ICheckpointRegistryTypesStoredCheckpoint, error) {
	f.readAt = append(f.readAt, o.BlockNumber)
	if n != f.latest {
		return f.checkpoint, errors.New("no such checkpoint")
	}
	return f.checkpoint, nil
}

// The latest checkpoint counts for a rollup only if it was stored at or after its registration;
// everything is read at the one head block.
func TestReadRollupStatusCheckpoint(t *testing.T) {
	team := common.HexToAddress("0xa11ce")
	for _, tc := range []struct {
		name       string
		latest     uint64
		storedAt   uint32
		registered uint64
		want       *statusCheckpoint
	}{
		{"no checkpoint yet", 0, 0, 50, nil},
		{"stored before the registration", 3, 49, 50, nil},
		{"stored in the registration's block", 3, 50, 50, &statusCheckpoint{Number: 3, StartHeight: 20, EndHeight: 30, L1Block: 50}},
		{"stored after", 3, 70, 50, &statusCheckpoint{Number: 3, StartHeight: 20, EndHeight: 30, L1Block: 70}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeRollupReader{
				owner:      common.HexToAddress("0x90"),
				rollups:    map[uint64]checkpointregistry.ICheckpointRegistryTypesRollup{10: {Owner: team, RegisteredAt: tc.registered, Metadata: "m"}},
				latest:     tc.latest,
				checkpoint: checkpointregistry.ICheckpointRegistryTypesStoredCheckpoint{StartHeight: 20, EndHeight: 30, L1Block: tc.storedAt},
			}
			st, err := readRollupStatus(context.Background(), f, 10, 99)
			if err != nil {
				t.Fatal(err)
			}
			if !st.Registered || *st.Owner != team || st.RegisteredAt != tc.registered || st.Governance != f.owner || st.L1Block != 99 {
				t.Fatalf("status %+v", st)
			}
			if !reflect.DeepEqual(st.LatestCheckpoint, tc.want) {
				t.Fatalf("latest checkpoint %+v, want %+v", st.LatestCheckpoint, tc.want)
			}
			for _, b := range f.readAt {
				if b == nil || b.Uint64() != 99 {
					t.Fatalf("read at %v, not at the head 99", b)
				}
			}
		})
	}
	// Not registered: an answer with who admits rollups, and no checkpoint.
	f := &fakeRollupReader{owner: common.HexToAddress("0x90"), latest: 3}
	st, err := readRollupStatus(context.Background(), f, 11, 99)
	if err != nil || st.Registered || st.Owner != nil || st.LatestCheckpoint != nil || st.Governance != f.owner {
		t.Fatalf("unregistered: %+v, %v", st, err)
	}
}
