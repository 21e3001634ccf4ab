package follower

import (
	"errors"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
)

// testChain: checkpoints of 4 heights; rollup 901 at heights 2, 3, 6, 9; rollup 902 at 2 and 5;
// rollup 904 at 2 (so 903 would sit between two neighbours there).
func testChain() *fakeChain {
	return newFakeChain(4, 10).
		add(2, 901, "a1", "a2").add(2, 902, "b1").add(2, 904, "d1").
		add(3, 901, "a3").
		add(5, 902, "b2").
		add(6, 901, "a4").
		add(9, 901, "a5")
}

func TestVerifyBatch(t *testing.T) {
	c := testChain()
	_, root2 := c.headers(2)
	cases := []struct {
		name   string
		tamper func(b *operatorapi.Batch)
		height uint64
		root   common.Hash // trusted block root (VerifyBatchAt), zero: VerifyBatch only
	}{
		{name: "valid", tamper: func(*operatorapi.Batch) {}},
		{name: "valid against the trusted root", tamper: func(*operatorapi.Batch) {}, root: root2},
		{name: "altered transaction", tamper: func(b *operatorapi.Batch) { b.Txs[1] = hexutil.Bytes("a2'") }},
		{name: "altered transaction and hash", tamper: func(b *operatorapi.Batch) {
			b.Txs[1] = hexutil.Bytes("a2'")
			b.TxHashes[1] = commitment.TxHash(b.Txs[1])
		}},
		{name: "transaction dropped", tamper: func(b *operatorapi.Batch) { b.Txs, b.TxHashes = b.Txs[:1], b.TxHashes[:1] }},
		{name: "transactions swapped", tamper: func(b *operatorapi.Batch) {
			b.Txs[0], b.Txs[1] = b.Txs[1], b.Txs[0]
			b.TxHashes[0], b.TxHashes[1] = b.TxHashes[1], b.TxHashes[0]
		}},
		{name: "no transactions", tamper: func(b *operatorapi.Batch) { b.Txs, b.TxHashes = nil, nil }},
		{name: "other rollup", tamper: func(b *operatorapi.Batch) { b.RollupID = 902 }},
		{name: "other height", tamper: func(b *operatorapi.Batch) { b.Height, b.Proof.Height = 3, 3 }},
		{name: "asked for another height", tamper: func(*operatorapi.Batch) {}, height: 3},
		{name: "count lies", tamper: func(b *operatorapi.Batch) { b.Proof.Batch.TxCount = 3 }},
		{name: "wrong block proof", tamper: func(b *operatorapi.Batch) { b.Proof.BlockProof[0][0] ^= 1 }},
		{name: "rollup count lies", tamper: func(b *operatorapi.Batch) { b.Proof.RollupCount = 4 }},
		{name: "forged block root, consistent", tamper: func(b *operatorapi.Batch) {
			// A self-consistent forgery passes VerifyBatch; only a trusted root catches it.
			f := testChain().tampered()
			*b = *f.batch(901, 2)
		}, root: root2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := c.batch(901, 2)
			tc.tamper(b)
			h := tc.height
			if h == 0 {
				h = 2
			}
			var err error
			if tc.root != (common.Hash{}) {
				_, err = VerifyBatchAt(b, 901, h, tc.root)
			} else {
				_, err = VerifyBatch(b, 901, h)
			}
			valid := tc.name == "valid" || tc.name == "valid against the trusted root"
			if valid && err != nil {
				t.Fatalf("valid batch refused: %v", err)
			}
			if !valid && !errors.Is(err, ErrInvalid) {
				t.Fatalf("want ErrInvalid, got %v", err)
			}
		})
	}
	hashes, err := VerifyBatch(c.batch(901, 2), 901, 2)
	if err != nil || len(hashes) != 2 || hashes[0] != commitment.TxHash([]byte("a1")) {
		t.Fatalf("hashes %v, %v", hashes, err)
	}
	// The served transaction hashes are optional: they are recomputed anyway.
	b := c.batch(901, 2)
	b.TxHashes = nil
	if _, err := VerifyBatch(b, 901, 2); err != nil {
		t.Fatal(err)
	}
	if _, err := VerifyBatch(nil, 901, 2); !errors.Is(err, ErrInvalid) {
		t.Fatalf("nil batch: %v", err)
	}
}

func TestVerifyAbsence(t *testing.T) {
	c := testChain()
	rootOf := func(h uint64) common.Hash { _, r := c.headers(h); return r }
	cases := []struct {
		name    string
		rollup  uint64
		height  uint64
		tamper  func(p *commitment.AbsenceProof)
		root    common.Hash
		wantErr bool
	}{
		{name: "empty block", rollup: 901, height: 1},
		{name: "only other rollups, after them", rollup: 901, height: 5},
		{name: "before the first", rollup: 900, height: 2},
		{name: "after the last", rollup: 999, height: 2},
		{name: "between neighbours", rollup: 903, height: 2},
		{name: "wrong trusted root", rollup: 901, height: 5, root: rootOf(6), wantErr: true},
		{name: "other rollup", rollup: 901, height: 5, tamper: func(p *commitment.AbsenceProof) { p.RollupID = 904 }, wantErr: true},
		{name: "other height", rollup: 901, height: 5, tamper: func(p *commitment.AbsenceProof) { p.Height = 6 }, wantErr: true},
		{name: "neighbours not adjacent", rollup: 901, height: 2, wantErr: true, tamper: nil},
		{name: "dropped neighbour", rollup: 903, height: 2, wantErr: true, tamper: func(p *commitment.AbsenceProof) { p.Left = nil }},
		{name: "empty claim for a full block", rollup: 901, height: 5, wantErr: true, tamper: func(p *commitment.AbsenceProof) {
			p.Left, p.Right, p.RollupCount = nil, nil, 0
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := c.absence(tc.rollup, tc.height)
			if p == nil {
				// The rollup has a batch there: forge a proof from the first and last leaves.
				_, root := c.headers(tc.height)
				p = &commitment.AbsenceProof{RollupID: tc.rollup, Height: tc.height, BlockRoot: root, RollupCount: 3, Meta: fakeMeta(tc.height),
					Left: c.absence(900, tc.height).Right, Right: c.absence(999, tc.height).Left}
			}
			if tc.tamper != nil {
				tc.tamper(p)
			}
			root := tc.root
			if root == (common.Hash{}) {
				root = rootOf(tc.height)
			}
			err := VerifyAbsence(p, tc.rollup, tc.height, root)
			if tc.wantErr != (err != nil) || (err != nil && !errors.Is(err, ErrInvalid)) {
				t.Fatalf("wantErr %v, got %v", tc.wantErr, err)
			}
		})
	}
}

func TestVerifyCheckpoint(t *testing.T) {
	c := testChain()
	onL1 := c.stored(2)
	cases := []struct {
		name   string
		tamper func(r *operatorapi.CheckpointResult)
		ok     bool
	}{
		{name: "valid", tamper: func(*operatorapi.CheckpointResult) {}, ok: true},
		{name: "tampered operator", tamper: func(r *operatorapi.CheckpointResult) { *r = *c.tampered().checkpoint(2) }},
		{name: "one block root altered", tamper: func(r *operatorapi.CheckpointResult) { r.Heights[1].BlockRoot[0] ^= 1 }},
		{name: "height missing", tamper: func(r *operatorapi.CheckpointResult) { r.Heights = r.Heights[:3] }},
		{name: "heights shifted", tamper: func(r *operatorapi.CheckpointResult) {
			for i := range r.Heights {
				r.Heights[i].Height++
			}
		}},
		{name: "other range", tamper: func(r *operatorapi.CheckpointResult) { r.Checkpoint.EndHeight = 9 }},
		{name: "other number", tamper: func(r *operatorapi.CheckpointResult) { r.Checkpoint.Number = 3 }},
		{name: "header root lies", tamper: func(r *operatorapi.CheckpointResult) { r.Checkpoint.Root[0] ^= 1 }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := c.checkpoint(2)
			tc.tamper(res)
			roots, err := VerifyCheckpoint(res, onL1)
			if tc.ok {
				if err != nil || len(roots) != 4 {
					t.Fatalf("roots %d, %v", len(roots), err)
				}
				if _, r6 := c.headers(6); roots[1] != r6 {
					t.Fatalf("root of height 6 is %s", roots[1])
				}
				return
			}
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("want ErrInvalid, got %v", err)
			}
		})
	}
}

// Whatever an operator changes in a batch, it either fails verification against the trusted
// block root or is the batch itself.
func FuzzVerifyBatchAt(f *testing.F) {
	f.Add(uint8(0), uint8(0), []byte("x"))
	f.Add(uint8(1), uint8(3), []byte{})
	f.Add(uint8(2), uint8(1), []byte("a2"))
	f.Fuzz(func(t *testing.T, what, at uint8, data []byte) {
		c := testChain()
		_, root := c.headers(2)
		b := c.batch(901, 2)
		want := slices.Clone(b.TxHashes)
		i := int(at) % len(b.Txs)
		switch what % 6 {
		case 0:
			b.Txs[i] = data
		case 1:
			b.Txs = append(b.Txs, data)
			b.TxHashes = append(b.TxHashes, commitment.TxHash(data))
		case 2:
			b.Txs[i] = data
			b.TxHashes[i] = commitment.TxHash(data)
		case 3:
			b.Proof.Batch.TxCount = uint64(len(data))
		case 4:
			if len(data) >= 32 {
				b.Proof.BlockProof[i%len(b.Proof.BlockProof)] = common.BytesToHash(data[:32])
			}
		case 5:
			b.Proof.RollupIndex, b.Proof.RollupCount = uint64(at%4), uint64(len(data)%5)
		}
		got, err := VerifyBatchAt(b, 901, 2, root)
		if err == nil && !slices.Equal(got, want) {
			t.Fatalf("a changed batch verifies: %x", got)
		}
	})
}
