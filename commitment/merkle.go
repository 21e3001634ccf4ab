package commitment

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// Errors returned by proof checks. Callers branch on them with errors.Is.
var (
	ErrIndexOutOfRange = errors.New("leaf index out of range")
	ErrProofLength     = errors.New("proof has the wrong number of siblings")
	ErrRootMismatch    = errors.New("proof does not lead to the root")
)

// Root is the Merkle root of already-hashed leaves: zero for none, the leaf itself for one;
// otherwise adjacent pairs are hashed left to right, a last unpaired node moves up unchanged,
// and this repeats until one node remains.
func Root(leaves []common.Hash) common.Hash {
	switch len(leaves) {
	case 0:
		return common.Hash{}
	case 1:
		return leaves[0]
	}
	level := make([]common.Hash, (len(leaves)+1)/2)
	n := reduce(level, leaves)
	for n > 1 {
		n = reduce(level, level[:n])
	}
	return level[0]
}

// reduce hashes one level of nodes into dst (which may alias src's front) and returns the
// number of nodes written.
func reduce(dst, src []common.Hash) int {
	half := len(src) / 2
	for i := 0; i < half; i++ {
		dst[i] = Node(src[2*i], src[2*i+1])
	}
	if len(src)%2 == 1 {
		dst[half] = src[len(src)-1]
		return half + 1
	}
	return half
}

// Tree keeps every level of a Merkle tree so that proofs of many leaves cost no rehashing.
type Tree struct {
	levels [][]common.Hash // levels[0] are the leaves, the last level is the root
}

// NewTree builds the tree over leaves. The slice is retained; do not modify it afterwards.
func NewTree(leaves []common.Hash) *Tree {
	t := &Tree{levels: [][]common.Hash{leaves}}
	for cur := leaves; len(cur) > 1; {
		next := make([]common.Hash, (len(cur)+1)/2)
		reduce(next, cur)
		t.levels = append(t.levels, next)
		cur = next
	}
	return t
}

// Len is the number of leaves.
func (t *Tree) Len() int { return len(t.levels[0]) }

// Root is the tree's root (zero for an empty tree).
func (t *Tree) Root() common.Hash {
	top := t.levels[len(t.levels)-1]
	if len(top) == 0 {
		return common.Hash{}
	}
	return top[0]
}

// Proof returns the siblings of leaf index from the bottom up.
func (t *Tree) Proof(index int) ([]common.Hash, error) {
	if index < 0 || index >= t.Len() {
		return nil, fmt.Errorf("prove leaf %d of %d: %w", index, t.Len(), ErrIndexOutOfRange)
	}
	var proof []common.Hash
	for _, level := range t.levels[:len(t.levels)-1] {
		switch {
		case index%2 == 1:
			proof = append(proof, level[index-1])
		case index+1 < len(level):
			proof = append(proof, level[index+1])
		}
		index /= 2
	}
	return proof, nil
}

// ComputeRoot recomputes the root from leaf at index of count leaves and its proof.
func ComputeRoot(leaf common.Hash, index, count uint64, proof []common.Hash) (common.Hash, error) {
	if index >= count {
		return common.Hash{}, fmt.Errorf("leaf %d of %d: %w", index, count, ErrIndexOutOfRange)
	}
	h, used := leaf, 0
	for ; count > 1; index, count = index/2, (count+1)/2 {
		switch {
		case index%2 == 1:
			if used == len(proof) {
				return common.Hash{}, ErrProofLength
			}
			h = Node(proof[used], h)
			used++
		case index+1 < count:
			if used == len(proof) {
				return common.Hash{}, ErrProofLength
			}
			h = Node(h, proof[used])
			used++
		}
	}
	if used != len(proof) {
		return common.Hash{}, ErrProofLength
	}
	return h, nil
}

// Verify checks that leaf is at index of count leaves under root.
func Verify(root, leaf common.Hash, index, count uint64, proof []common.Hash) error {
	got, err := ComputeRoot(leaf, index, count, proof)
	if err != nil {
		return err
	}
	if got != root || root == (common.Hash{}) {
		return fmt.Errorf("%w: computed %s, want %s", ErrRootMismatch, got, root)
	}
	return nil
}
