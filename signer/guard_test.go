package signer

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/commitment"
)

func countingSigner(calls *int) func(common.Hash) ([]byte, error) {
	return func(d common.Hash) ([]byte, error) {
		*calls++
		return append([]byte("sig:"), d[:4]...), nil
	}
}

func TestGuardSignsOncePerNumber(t *testing.T) {
	g, err := OpenGuard(filepath.Join(t.TempDir(), "guard.json"), 0)
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	d1, d2 := common.Hash{1}, common.Hash{2}
	s1, err := g.Sign(5, d1, countingSigner(&calls))
	if err != nil {
		t.Fatal(err)
	}
	again, err := g.Sign(5, d1, countingSigner(&calls))
	if err != nil || string(again) != string(s1) {
		t.Fatalf("same digest again: %x %v", again, err)
	}
	if calls != 1 {
		t.Fatalf("signed %d times, want 1", calls)
	}
	if _, err := g.Sign(5, d2, countingSigner(&calls)); !errors.Is(err, ErrConflictingDigest) {
		t.Fatalf("conflicting digest: %v, want %v", err, ErrConflictingDigest)
	}
	// Numbers need not arrive in order (a catching-up node), but each is signed once.
	if _, err := g.Sign(3, d2, countingSigner(&calls)); err != nil {
		t.Fatal(err)
	}
	if last, _ := g.Last(); last.Number != 5 {
		t.Fatalf("last = %d", last.Number)
	}
}

// A crash between persisting and sending: the restarted signer finds the record, re-sends the
// same signature without signing again, and refuses a conflicting digest.
func TestGuardSurvivesRestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "guard.json")
	g, err := OpenGuard(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	sig, err := g.Sign(9, common.Hash{9}, countingSigner(&calls))
	if err != nil {
		t.Fatal(err)
	}
	g2, err := OpenGuard(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	again, err := g2.Sign(9, common.Hash{9}, countingSigner(&calls))
	if err != nil || string(again) != string(sig) || calls != 1 {
		t.Fatalf("after restart: sig %x err %v calls %d", again, err, calls)
	}
	if _, err := g2.Sign(9, common.Hash{8}, countingSigner(&calls)); !errors.Is(err, ErrConflictingDigest) {
		t.Fatalf("conflict after restart: %v", err)
	}
}

func TestGuardHistoryWindow(t *testing.T) {
	g, err := OpenGuard(filepath.Join(t.TempDir(), "guard.json"), 4)
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	for n := uint64(10); n < 20; n++ {
		if _, err := g.Sign(n, common.Hash{byte(n)}, countingSigner(&calls)); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok := g.Signed(15); ok {
		t.Fatal("record 15 should have left the window of 4")
	}
	if _, err := g.Sign(12, common.Hash{1}, countingSigner(&calls)); !errors.Is(err, ErrStaleCheckpoint) {
		t.Fatalf("below the window: %v, want %v", err, ErrStaleCheckpoint)
	}
	if r, ok := g.Signed(19); !ok || r.Digest != (common.Hash{19}) {
		t.Fatalf("record 19: %+v %v", r, ok)
	}
}

func TestGuardRefusesCorruptRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "guard.json")
	if err := os.WriteFile(path, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenGuard(path, 0); err == nil {
		t.Fatal("opened a corrupt signing record")
	}
	if err := os.WriteFile(path, []byte(`{"version":1,"records":[{"number":2},{"number":1}]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenGuard(path, 0); err == nil {
		t.Fatal("opened a signing record out of order")
	}
}

// A signature whose record could not be persisted is never released, and is not remembered.
func TestGuardDoesNotReleaseUnpersisted(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "guard.json")
	g, err := OpenGuard(path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	calls := 0
	if sig, err := g.Sign(1, common.Hash{1}, countingSigner(&calls)); err == nil || sig != nil {
		t.Fatalf("released a signature that was not persisted: %x %v", sig, err)
	}
	if _, ok := g.Signed(1); ok {
		t.Fatal("remembered a record that was not persisted")
	}
}

func TestSignerProducesVerifiableSignatures(t *testing.T) {
	key, err := bls.NewKeyPairFromString("12345")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "guard.json")
	g, _ := OpenGuard(path, 0)
	registry := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	s := New(key, g, 31337, registry)
	cp := commitment.Checkpoint{Number: 1, StartHeight: 1, EndHeight: 8, Root: common.Hash{7}}
	sig, digest, err := s.SignCheckpoint(cp)
	if err != nil {
		t.Fatal(err)
	}
	if digest != commitment.CheckpointDigest(31337, registry, cp) {
		t.Fatal("wrong digest")
	}
	if ok, err := sig.Verify(key.GetPubKeyG2(), digest); err != nil || !ok {
		t.Fatalf("signature does not verify: %v %v", ok, err)
	}
	// Restarted: same signature, conflicting root refused.
	g2, _ := OpenGuard(path, 0)
	s2 := New(key, g2, 31337, registry)
	sig2, _, err := s2.SignCheckpoint(cp)
	if err != nil || !sig2.G1Affine.Equal(sig.G1Affine) {
		t.Fatalf("re-sent signature differs: %v", err)
	}
	cp.Root = common.Hash{8}
	if _, _, err := s2.SignCheckpoint(cp); !errors.Is(err, ErrConflictingDigest) {
		t.Fatalf("conflicting checkpoint: %v", err)
	}
	if _, err := DecodeSignature([]byte("garbage")); err == nil {
		t.Fatal("decoded garbage as a signature")
	}
}
