package commitment

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// testMeta is a block meta with every field set.
var testMeta = BlockMeta{TimeMs: 1_764_000_000_500, L1Origin: L1Ref{Number: 812, Hash: common.HexToHash("0x0812")}, ForcedCount: 4}

func hashes(n int, seed string) []common.Hash {
	out := make([]common.Hash, n)
	for i := range out {
		out[i] = crypto.Keccak256Hash([]byte(seed), big.NewInt(int64(i)).Bytes())
	}
	return out
}

// naiveRoot is a recursive restatement of the tree shape, independent of Root's in-place loop.
func naiveRoot(level []common.Hash) common.Hash {
	if len(level) == 0 {
		return common.Hash{}
	}
	for len(level) > 1 {
		var next []common.Hash
		for i := 0; i < len(level); i += 2 {
			if i+1 < len(level) {
				next = append(next, crypto.Keccak256Hash([]byte{0x01}, level[i][:], level[i+1][:]))
			} else {
				next = append(next, level[i])
			}
		}
		level = next
	}
	return level[0]
}

func TestRootMatchesNaiveAndTree(t *testing.T) {
	for n := 0; n <= 40; n++ {
		leaves := hashes(n, "root")
		want := naiveRoot(leaves)
		if got := Root(leaves); got != want {
			t.Fatalf("n=%d: Root=%s want %s", n, got, want)
		}
		tree := NewTree(leaves)
		if got := tree.Root(); got != want {
			t.Fatalf("n=%d: Tree.Root=%s want %s", n, got, want)
		}
		for i := 0; i < n; i++ {
			proof, err := tree.Proof(i)
			if err != nil {
				t.Fatal(err)
			}
			if err := Verify(want, leaves[i], uint64(i), uint64(n), proof); err != nil {
				t.Fatalf("n=%d i=%d: %v", n, i, err)
			}
		}
	}
}

func TestRootDoesNotModifyInput(t *testing.T) {
	leaves := hashes(7, "in")
	cp := append([]common.Hash(nil), leaves...)
	Root(leaves)
	for i := range leaves {
		if leaves[i] != cp[i] {
			t.Fatalf("Root modified its input at %d", i)
		}
	}
}

func TestHashPreimages(t *testing.T) {
	h := common.HexToHash("0x1234")
	if got, want := TxLeaf(h), crypto.Keccak256Hash([]byte{0x00}, h[:]); got != want {
		t.Errorf("TxLeaf = %s, want %s", got, want)
	}
	if got, want := RollupLeaf(0x0102030405060708, h, 9), crypto.Keccak256Hash([]byte{0x02, 1, 2, 3, 4, 5, 6, 7, 8}, h[:], []byte{0, 0, 0, 0, 0, 0, 0, 9}); got != want {
		t.Errorf("RollupLeaf = %s, want %s", got, want)
	}
	if got, want := HeightLeaf(258, h), crypto.Keccak256Hash([]byte{0x03, 0, 0, 0, 0, 0, 0, 1, 2}, h[:]); got != want {
		t.Errorf("HeightLeaf = %s, want %s", got, want)
	}
	if TxLeaf(h) == HeightLeaf(0, h) || Node(h, h) == TxLeaf(h) {
		t.Error("leaf and node hashes are not domain separated")
	}
}

func TestCheckpointDigestMatchesABIEncoding(t *testing.T) {
	u256, _ := abi.NewType("uint256", "", nil)
	u64, _ := abi.NewType("uint64", "", nil)
	b32, _ := abi.NewType("bytes32", "", nil)
	addr, _ := abi.NewType("address", "", nil)
	args := abi.Arguments{{Type: b32}, {Type: u256}, {Type: addr}, {Type: u64}, {Type: u64}, {Type: u64}, {Type: b32}, {Type: u64}, {Type: u64}, {Type: b32}}
	cp := Checkpoint{Number: 7, StartHeight: 61, EndHeight: 70, Root: common.HexToHash("0xabcdef"), L1Origin: 1234, ForcedCount: 9, ForcedAcc: common.HexToHash("0xacc")}
	reg := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	packed, err := args.Pack(CheckpointDomain, new(big.Int).SetUint64(31337), reg, cp.Number, cp.StartHeight, cp.EndHeight, cp.Root, cp.L1Origin, cp.ForcedCount, cp.ForcedAcc)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := CheckpointDigest(31337, reg, cp), crypto.Keccak256Hash(packed); got != want {
		t.Fatalf("digest = %s, want %s", got, want)
	}
	if CheckpointDigest(1, reg, cp) == CheckpointDigest(31337, reg, cp) {
		t.Fatal("digest does not bind the chain ID")
	}
	if CheckpointDigest(31337, common.Address{1}, cp) == CheckpointDigest(31337, reg, cp) {
		t.Fatal("digest does not bind the registry")
	}
	for name, change := range map[string]func(*Checkpoint){
		"l1Origin":    func(c *Checkpoint) { c.L1Origin++ },
		"forcedCount": func(c *Checkpoint) { c.ForcedCount++ },
		"forcedAcc":   func(c *Checkpoint) { c.ForcedAcc[0] ^= 1 },
	} {
		other := cp
		change(&other)
		if CheckpointDigest(31337, reg, other) == CheckpointDigest(31337, reg, cp) {
			t.Errorf("digest does not bind %s", name)
		}
	}
}

func TestForcedAccMatchesABIEncoding(t *testing.T) {
	u64, _ := abi.NewType("uint64", "", nil)
	b32, _ := abi.NewType("bytes32", "", nil)
	args := abi.Arguments{{Type: b32}, {Type: u64}, {Type: b32}, {Type: u64}}
	prev, payload := common.HexToHash("0x01"), TxHash([]byte("forced"))
	packed, err := args.Pack(prev, uint64(901), payload, uint64(77))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ForcedAcc(prev, 901, payload, 77), crypto.Keccak256Hash(packed); got != want {
		t.Fatalf("acc = %s, want %s", got, want)
	}
}

// The block root binds every field of the block's meta, so a proof for one block cannot be
// replayed with another time, L1 origin or forced cursor.
func TestBlockRootBindsMeta(t *testing.T) {
	r := common.HexToHash("0x0b")
	base := BlockRootOf(2, r, testMeta)
	for name, change := range map[string]func(*BlockMeta){
		"timeMs":         func(m *BlockMeta) { m.TimeMs++ },
		"l1OriginNumber": func(m *BlockMeta) { m.L1Origin.Number++ },
		"l1OriginHash":   func(m *BlockMeta) { m.L1Origin.Hash[31] ^= 1 },
		"forcedCount":    func(m *BlockMeta) { m.ForcedCount++ },
	} {
		m := testMeta
		change(&m)
		if BlockRootOf(2, r, m) == base {
			t.Errorf("block root does not bind %s", name)
		}
	}
}

func TestVerifyRejects(t *testing.T) {
	leaves := hashes(5, "reject")
	tree := NewTree(leaves)
	root := tree.Root()
	proof, _ := tree.Proof(2)
	tests := []struct {
		name         string
		leaf         common.Hash
		index, count uint64
		proof        []common.Hash
		want         error
	}{
		{"wrong leaf", leaves[3], 2, 5, proof, ErrRootMismatch},
		{"wrong index", leaves[2], 3, 5, proof, ErrRootMismatch},
		{"index out of range", leaves[2], 5, 5, proof, ErrIndexOutOfRange},
		{"wrong count, other proof length", leaves[2], 2, 4, proof, ErrProofLength},
		{"short proof", leaves[2], 2, 5, proof[:1], ErrProofLength},
		{"long proof", leaves[2], 2, 5, append(append([]common.Hash{}, proof...), common.Hash{}), ErrProofLength},
		{"tampered sibling", leaves[2], 2, 5, []common.Hash{proof[0], {0xff}, proof[2]}, ErrRootMismatch},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := Verify(root, tc.leaf, tc.index, tc.count, tc.proof); !errors.Is(err, tc.want) {
				t.Fatalf("Verify = %v, want %v", err, tc.want)
			}
		})
	}
	if err := Verify(common.Hash{}, common.Hash{}, 0, 1, nil); !errors.Is(err, ErrRootMismatch) {
		t.Fatalf("zero root must never verify, got %v", err)
	}
	if _, err := tree.Proof(5); !errors.Is(err, ErrIndexOutOfRange) {
		t.Fatalf("Proof(5) = %v", err)
	}
}

func TestBlockTreeRejectsMalformed(t *testing.T) {
	r := common.HexToHash("0x01")
	if _, err := BlockTree([]BatchHeader{{RollupID: 2, Root: r, TxCount: 1}, {RollupID: 1, Root: r, TxCount: 1}}); !errors.Is(err, ErrUnsortedBatches) {
		t.Errorf("unsorted: %v", err)
	}
	if _, err := BlockTree([]BatchHeader{{RollupID: 2, Root: r, TxCount: 1}, {RollupID: 2, Root: r, TxCount: 1}}); !errors.Is(err, ErrUnsortedBatches) {
		t.Errorf("duplicate: %v", err)
	}
	if _, err := BlockTree([]BatchHeader{{RollupID: 2, Root: r, TxCount: 0}}); !errors.Is(err, ErrEmptyBatch) {
		t.Errorf("empty: %v", err)
	}
	if root, err := BlockRoot(testMeta, nil); err != nil || root != BlockRootOf(0, common.Hash{}, testMeta) {
		t.Errorf("empty block: %s %v", root, err)
	}
}

// A bare Merkle proof verifies for more than one (index, count) pair: leaf 2 of 5 also verifies
// as leaf 2 of 6. That is why every count a verifier uses must be authenticated; this test pins
// the reason the block root commits to its rollup count.
func TestProofCountMustBeAuthenticated(t *testing.T) {
	leaves := hashes(5, "count")
	tree := NewTree(leaves)
	proof, _ := tree.Proof(2)
	if err := Verify(tree.Root(), leaves[2], 2, 6, proof); err != nil {
		t.Fatalf("expected the ambiguity this test documents, got %v", err)
	}
	batches := make([]BatchHeader, 5)
	for i := range batches {
		batches[i] = BatchHeader{RollupID: uint64(10 + i), Root: leaves[i], TxCount: 1}
	}
	bt, _ := BlockTree(batches)
	blockRoot, _ := BlockRoot(testMeta, batches)
	bproof, _ := bt.Proof(2)
	p := BatchProof{Batch: batches[2], Height: 1, RollupIndex: 2, RollupCount: 5, Meta: testMeta, BlockRoot: blockRoot, BlockProof: bproof}
	if err := p.VerifyBlock(); err != nil {
		t.Fatalf("valid batch proof: %v", err)
	}
	p.RollupCount = 6
	if err := p.VerifyBlock(); !errors.Is(err, ErrRootMismatch) {
		t.Fatalf("batch proof with a wrong rollup count: %v, want %v", err, ErrRootMismatch)
	}
}

func TestCheckpointValidate(t *testing.T) {
	for _, tc := range []struct {
		cp Checkpoint
		ok bool
	}{
		{Checkpoint{Number: 1, StartHeight: 1, EndHeight: 1}, true},
		{Checkpoint{Number: 0, StartHeight: 1, EndHeight: 1}, false},
		{Checkpoint{Number: 1, StartHeight: 0, EndHeight: 1}, false},
		{Checkpoint{Number: 1, StartHeight: 5, EndHeight: 4}, false},
	} {
		if err := tc.cp.Validate(); (err == nil) != tc.ok {
			t.Errorf("%+v: Validate() = %v", tc.cp, err)
		}
	}
}

func FuzzMerkleProof(f *testing.F) {
	f.Add(uint16(1), uint16(0), []byte("seed"))
	f.Add(uint16(17), uint16(16), []byte("x"))
	f.Fuzz(func(t *testing.T, n, i uint16, seed []byte) {
		count := int(n%300) + 1
		index := int(i) % count
		leaves := hashes(count, string(seed))
		tree := NewTree(leaves)
		proof, err := tree.Proof(index)
		if err != nil {
			t.Fatal(err)
		}
		if err := Verify(Root(leaves), leaves[index], uint64(index), uint64(count), proof); err != nil {
			t.Fatalf("valid proof rejected: %v", err)
		}
		if count > 1 {
			other := (index + 1) % count
			if Verify(tree.Root(), leaves[index], uint64(other), uint64(count), proof) == nil {
				t.Fatalf("proof for %d accepted at %d", index, other)
			}
		}
	})
}

func BenchmarkRoot1024(b *testing.B) {
	leaves := hashes(1024, "bench")
	b.ReportAllocs()
	for b.Loop() {
		Root(leaves)
	}
}
