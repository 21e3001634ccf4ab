//go:build lockstep_faults

package signing

import (
	"context"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/signer"
)

// The test-only equivocation fault: for every checkpoint the aggregator gets the honest
// signature and one over a conflicting checkpoint (same number and heights, another root);
// both verify under the operator's key, and the guard recorded only the honest digest.
func TestEquivocateFault(t *testing.T) {
	key, _ := bls.NewKeyPairFromString("4242")
	agg, url := startAggregator(t)
	st := newMemStore()
	guardPath := filepath.Join(t.TempDir(), "guard.json")
	g, err := signer.OpenGuard(guardPath, 0)
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Aggregators: []string{url}, OperatorID: common.Hash{1}, MinBackoff: time.Millisecond, MaxBackoff: 20 * time.Millisecond, Timeout: time.Second, Faults: Faults{Equivocate: key}},
		st, signer.New(key, g, 31337, common.Address{9}), 0, slog.New(slog.DiscardHandler), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Stop(context.Background()) })
	for n := uint64(1); n <= 2; n++ {
		st.add(n, byte(n))
		s.Checkpoint(n)
	}
	got := waitSigs(t, agg, 4)

	for i, sig := range got {
		n := uint64(i/2 + 1)
		honest, _ := st.Checkpoint(n)
		want := honest
		if i%2 == 1 { // the conflicting one follows its honest one
			want = conflicting(honest)
			if want.Root == honest.Root || want.Number != honest.Number || want.StartHeight != honest.StartHeight || want.EndHeight != honest.EndHeight {
				t.Fatalf("conflicting(%+v) = %+v", honest, want)
			}
		}
		if sig.Checkpoint != want {
			t.Fatalf("signature %d is for %+v, want %+v", i, sig.Checkpoint, want)
		}
		dec, err := signer.DecodeSignature(sig.Signature)
		if err != nil {
			t.Fatal(err)
		}
		if ok, _ := dec.Verify(key.GetPubKeyG2(), commitment.CheckpointDigest(31337, common.Address{9}, want)); !ok {
			t.Fatalf("signature %d (checkpoint %d) does not verify", i, n)
		}
	}
	// The guard never saw the conflicting digests: a restarted node re-sends the honest ones.
	s.Stop(context.Background())
	g2, err := signer.OpenGuard(guardPath, 0)
	if err != nil {
		t.Fatal(err)
	}
	for n := uint64(1); n <= 2; n++ {
		cp, _ := st.Checkpoint(n)
		rec, ok := g2.Signed(n)
		if !ok || rec.Digest != commitment.CheckpointDigest(31337, common.Address{9}, cp) {
			t.Fatalf("guard record of checkpoint %d: %+v, %v; want the honest digest", n, rec, ok)
		}
	}
}
