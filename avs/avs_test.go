package avs_test

import (
	"context"
	"math/big"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/deployment"
)

func TestReaderOnDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dn, err := anvil.Start(ctx, anvil.Config{Operators: 3, Deploy: anvil.DeployConfig{Rollups: []deployment.Rollup{{ID: 902}, {ID: 901}}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = dn.Close() })
	d := dn.Deployment

	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := d.WriteJSON(path); err != nil {
		t.Fatal(err)
	}
	addrs, chainID, err := avs.LoadAddresses(path)
	if err != nil {
		t.Fatal(err)
	}
	if chainID != d.ChainID || addrs.CheckpointRegistry != d.Contracts.CheckpointRegistry || addrs.EquivocationSlasher != d.Contracts.EquivocationSlasher {
		t.Fatalf("LoadAddresses = %+v, %d", addrs, chainID)
	}
	r, err := avs.NewReader(dn.Client, addrs)
	if err != nil {
		t.Fatal(err)
	}

	head, err := dn.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ops, err := r.OperatorsAt(ctx, head)
	if err != nil {
		t.Fatal(err)
	}
	if len(ops) != 3 || !slices.IsSortedFunc(ops, func(a, b avs.Operator) int { return a.ID.Cmp(b.ID) }) {
		t.Fatalf("OperatorsAt(head) = %d operators, sorted %v", len(ops), slices.IsSortedFunc(ops, func(a, b avs.Operator) int { return a.ID.Cmp(b.ID) }))
	}
	for _, o := range ops {
		want := d.Operator(o.Address)
		if want == nil {
			t.Fatalf("unknown operator %s", o.Address)
		}
		if o.ID != want.OperatorID || o.Stake.Cmp(want.Stake.ToInt()) != 0 || o.Socket != want.Socket {
			t.Fatalf("operator %s = %+v, want %+v", o.Address, o, want)
		}
		if chainio.G1FromBLS(o.PubkeyG1).X.Cmp(want.PubkeyG1.X) != 0 || !o.PubkeyG2.Equal(chainio.G2ToBLS(want.PubkeyG2).G2Affine) {
			t.Fatalf("operator %s: keys differ from the deployment's", o.Address)
		}
		if quorums, err := r.QuorumNumbers(ctx); err != nil || len(o.Stakes) != len(quorums) || o.Stakes[quorums[0]].Cmp(o.Stake) > 0 {
			t.Fatalf("operator %s: stakes per quorum %v for quorums %v (%v), largest %s", o.Address, o.Stakes, quorums, err, o.Stake)
		}
		if common.HexToHash(o.PubkeyG1.GetOperatorID()) != o.ID {
			t.Fatalf("operator %s: ID is not the hash of its G1 key", o.Address)
		}
	}

	// Before the last registration, one fewer operator.
	last := slices.MaxFunc(d.Operators, func(a, b *deployment.Operator) int { return int(a.RegisteredBlock) - int(b.RegisteredBlock) })
	before, err := r.OperatorsAt(ctx, last.RegisteredBlock-1)
	if err != nil {
		t.Fatal(err)
	}
	if len(before) != 2 {
		t.Fatalf("OperatorsAt(%d) = %d operators, want 2", last.RegisteredBlock-1, len(before))
	}

	// Sockets are read at the block asked for: after an operator changes its socket, the old
	// block still reads the old one (a genesis must not depend on when it is built).
	b, err := d.Bindings(dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	mover := d.Operators[0]
	opts, err := bind.NewKeyedTransactorWithChainID(mover.ECDSAKey, new(big.Int).SetUint64(d.ChainID))
	if err != nil {
		t.Fatal(err)
	}
	tx, err := b.RegistryCoordinator.UpdateSocket(opts, "moved-socket")
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := chainio.WaitReceipt(ctx, dn.Client, tx)
	if err != nil {
		t.Fatal(err)
	}
	socketAt := func(block uint64) string {
		ops, err := r.OperatorsAt(ctx, block)
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range ops {
			if o.Address == mover.Address {
				return o.Socket
			}
		}
		t.Fatalf("operator %s not registered at block %d", mover.Address, block)
		return ""
	}
	if got := socketAt(head); got != mover.Socket {
		t.Fatalf("socket at block %d = %q, want the old %q", head, got, mover.Socket)
	}
	if got := socketAt(rcpt.BlockNumber.Uint64()); got != "moved-socket" {
		t.Fatalf("socket at block %d = %q, want %q", rcpt.BlockNumber, got, "moved-socket")
	}

	q, err := r.QuorumNumbers(ctx)
	if err != nil || !slices.Equal(q, []byte(d.QuorumNumbers)) {
		t.Fatalf("QuorumNumbers = %x, %v", q, err)
	}
	if b, err := r.ThresholdBips(ctx); err != nil || b != d.Params.ThresholdBips {
		t.Fatalf("ThresholdBips = %d, %v", b, err)
	}
	if a, err := r.MaxReferenceAge(ctx); err != nil || a != d.Params.MaxReferenceAge {
		t.Fatalf("MaxReferenceAge = %d, %v", a, err)
	}
	if m, err := r.MinReferenceBlock(ctx); err != nil || m != 0 {
		t.Fatalf("MinReferenceBlock = %d, %v", m, err)
	}
	if n, sc, err := r.LatestCheckpoint(ctx); err != nil || n != 0 || sc != nil {
		t.Fatalf("LatestCheckpoint = %d %v, %v", n, sc, err)
	}
	if ids, err := r.RegisteredRollups(ctx, 0); err != nil || !slices.Equal(ids, []uint64{901, 902}) {
		t.Fatalf("RegisteredRollups = %v, %v", ids, err)
	}
	if _, err := r.OperatorsAt(ctx, 0); err == nil {
		t.Fatal("OperatorsAt(0) succeeded")
	}
}
