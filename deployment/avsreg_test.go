package deployment_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/anvil/anviltest"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/deployment"
)

// An EigenLayer operator joins the AVS the way it does on a real network: each missing
// EigenLayer step is named before anything is sent; once allocated, one registration call (here
// sent as its raw calldata, as a custody signer would) registers it; updateSocket moves it.
func TestAVSOnlyRegistration(t *testing.T) {
	ctx, dn, b := anviltest.Start(t, anvil.Config{Operators: 1})
	d := dn.Deployment
	ek, bk := anvil.OperatorKeys("avs-only", 0)
	tr, err := chainio.NewTransactor(ctx, dn.Client, ek)
	if err != nil {
		t.Fatal(err)
	}
	op := tr.Address()
	notReady := func(want string) {
		t.Helper()
		r, err := d.CheckOperator(ctx, dn.Client, op)
		if err != nil {
			t.Fatal(err)
		}
		err = r.Err(bk)
		if !errors.Is(err, deployment.ErrNotReady) || !strings.Contains(err.Error(), want) {
			t.Fatalf("readiness: %v, want ErrNotReady naming %q", err, want)
		}
	}
	notReady("eigenlayer operator register")

	el := anvil.EigenLayerOperator{Key: ek, AllocationDelay: 3}
	if err := anvil.RegisterEigenLayerOperator(ctx, dn.Node.RPC(), d, el); err != nil {
		t.Fatal(err)
	}
	notReady("eigenlayer operator allocations update")
	if err := anvil.Allocate(ctx, dn.Node.RPC(), d, el); err != nil {
		t.Fatal(err)
	}
	r, err := d.CheckOperator(ctx, dn.Client, op)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Err(bk); err != nil {
		t.Fatalf("ready operator refused: %v (%+v)", err, r)
	}
	send := func(call deployment.Call) *types.Receipt {
		t.Helper()
		if call.From != op {
			t.Fatalf("call from %s, want %s", call.From, op)
		}
		rec, err := tr.Transact(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return bind.NewBoundContract(call.To, abi.ABI{}, dn.Client, dn.Client, dn.Client).RawTransact(o, call.Data)
		})
		if err != nil {
			t.Fatalf("%s: %v", call.What, err)
		}
		return rec
	}
	call, err := d.RegistrationCall(ctx, dn.Client, op, bk, "socket-1")
	if err != nil {
		t.Fatal(err)
	}
	rec := send(call)
	got, err := d.RegisteredOperator(ctx, dn.Client, op, bk, "socket-1", rec.BlockNumber.Uint64())
	if err != nil {
		t.Fatal(err)
	}
	if got.Stake.ToInt().Sign() <= 0 || d.Operator(op) == nil {
		t.Fatalf("registered operator: %+v", got)
	}
	r, err = d.CheckOperator(ctx, dn.Client, op)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Err(bk); !errors.Is(err, deployment.ErrAlreadyRegistered) || !strings.Contains(err.Error(), "update-socket") {
		t.Fatalf("second registration: %v", err)
	}

	call, err = d.UpdateSocketCall(op, "socket-2")
	if err != nil {
		t.Fatal(err)
	}
	send(call)
	if s, err := b.SocketRegistry.GetOperatorSocket(&bind.CallOpts{Context: ctx}, got.OperatorID); err != nil || s != "socket-2" {
		t.Fatalf("socket after update: %q, %v", s, err)
	}

	call, err = d.DeregistrationCall(op)
	if err != nil {
		t.Fatal(err)
	}
	send(call)
	r, err = d.CheckOperator(ctx, dn.Client, op)
	if err != nil {
		t.Fatal(err)
	}
	if r.Member || !errors.Is(r.Err(bk), deployment.ErrStillSlashable) {
		t.Fatalf("after deregistering: member %v, %v", r.Member, r.Err(bk))
	}

	// Once the deallocation delay has passed it may come back, but only with the BLS key the
	// coordinator kept: another key is refused before anything is sent.
	if err := dn.Mine(ctx, uint64(d.Params.DeallocationDelay)+1); err != nil {
		t.Fatal(err)
	}
	if r, err = d.CheckOperator(ctx, dn.Client, op); err != nil {
		t.Fatal(err)
	}
	_, otherBLS := anvil.OperatorKeys("avs-only", 1)
	if err := r.Err(otherBLS); !errors.Is(err, deployment.ErrNotReady) || !strings.Contains(err.Error(), "keeps the first key") {
		t.Fatalf("another BLS key: %v", err)
	}
	if err := r.Err(bk); err != nil {
		t.Fatalf("the same key after the delay: %v", err)
	}
}
