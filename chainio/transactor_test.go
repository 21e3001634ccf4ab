package chainio_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/chainio"
)

func TestTransactorOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dn, err := anvil.Start(ctx, anvil.Config{Operators: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = dn.Close() })
	b, err := dn.Deployment.Bindings(dn.Client)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := chainio.NewTransactor(ctx, dn.Client, dn.Deployment.DeployerKey())
	if err != nil {
		t.Fatal(err)
	}

	// Back to back: nonces assigned locally, receipts awaited afterwards.
	var txs []*types.Transaction
	for id := uint64(100); id < 105; id++ {
		tx, err := tr.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return b.CheckpointRegistry.RegisterRollup(o, id, tr.Address(), "r")
		})
		if err != nil {
			t.Fatal(err)
		}
		txs = append(txs, tx)
	}
	for i, tx := range txs {
		if i > 0 && tx.Nonce() != txs[i-1].Nonce()+1 {
			t.Fatalf("nonces %d then %d", txs[i-1].Nonce(), tx.Nonce())
		}
		if _, err := chainio.WaitReceipt(ctx, dn.Client, tx); err != nil {
			t.Fatal(err)
		}
	}

	// Refused at estimation: decodable, and the nonce is not consumed.
	_, err = tr.Send(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return b.CheckpointRegistry.RegisterRollup(o, 100, tr.Address(), "again")
	})
	if name := chainio.RevertName(err); name != "RollupAlreadyRegistered" {
		t.Fatalf("estimation revert %q (%v)", name, err)
	}
	// Mined and reverted (fixed gas skips estimation): the error says why, by replaying it.
	r, err := tr.Transact(ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		o.GasLimit = 200_000
		return b.CheckpointRegistry.SetSlasher(o, common.HexToAddress("0x1234"))
	})
	if !errors.Is(err, chainio.ErrReverted) || r == nil || r.Status != types.ReceiptStatusFailed {
		t.Fatalf("mined revert: %v", err)
	}
	if name := chainio.RevertName(err); name != "SlasherAlreadySet" {
		t.Fatalf("mined revert decoded as %q (%v)", name, err)
	}
	if txNonce(t, dn, r.TxHash) != txs[len(txs)-1].Nonce()+1 {
		t.Fatal("a nonce was skipped after the refused send")
	}

	// An unknown transaction: WaitReceipt gives up at the deadline.
	short, cancelShort := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancelShort()
	if _, err := chainio.WaitReceiptHash(short, dn.Client, common.Hash{1}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("unknown tx: %v", err)
	}
}

func txNonce(t *testing.T, dn *anvil.Devnet, h common.Hash) uint64 {
	t.Helper()
	tx, _, err := dn.Client.TransactionByHash(context.Background(), h)
	if err != nil {
		t.Fatal(err)
	}
	return tx.Nonce()
}
