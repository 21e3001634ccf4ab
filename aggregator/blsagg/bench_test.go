package blsagg

import (
	"fmt"
	"testing"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
)

// The cost of one checkpoint for the aggregator, from the first signature to a verified
// aggregate, against a naive aggregator that verifies each signature as it arrives (what
// eigensdk's bls_aggregation service does) in the same run. The OperatorSet is built outside
// the loop: it is per reference block, shared by many checkpoints (BenchmarkNewOperatorSet).
func BenchmarkCheckpoint(b *testing.B) {
	for _, n := range []int{4, 50, 200} {
		keys, ops, set := testSet(b, equalStakes(n))
		digest := digestOf("benchmark checkpoint")
		sigs := make([]*bls.Signature, n)
		raw := make([][]byte, n)
		for i := range n {
			sigs[i] = keys[i].kp.SignMessage(digest)
			raw[i] = sigs[i].G1Affine.Marshal()
		}

		b.Run(fmt.Sprintf("ops=%d/ours", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				task, _ := NewTask(set, digest, 6667)
				for i := range n {
					if err := task.Add(ops[i].ID, sigs[i]); err != nil {
						b.Fatal(err)
					}
				}
				if _, _, err := task.Aggregate(); err != nil {
					b.Fatal(err)
				}
			}
		})

		b.Run(fmt.Sprintf("ops=%d/naive", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sigma, apk := bls.NewZeroSignature(), bls.NewZeroG2Point()
				for i := range n {
					ok, err := sigs[i].Verify(keys[i].g2, digest)
					if err != nil || !ok {
						b.Fatal("naive verify failed")
					}
					sigma.Add(sigs[i])
					apk.Add(keys[i].g2)
				}
			}
		})

		// Variants of ours, to show where the time goes.
		b.Run(fmt.Sprintf("ops=%d/ours-from-bytes", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				task, _ := NewTask(set, digest, 6667)
				for i := range n {
					if err := task.AddBytes(ops[i].ID, raw[i]); err != nil {
						b.Fatal(err)
					}
				}
				if _, _, err := task.Aggregate(); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("ops=%d/ours-3of4-sign", n), func(b *testing.B) {
			m := n * 3 / 4
			if m == n {
				m = n - 1
			}
			b.ReportAllocs()
			for b.Loop() {
				task, _ := NewTask(set, digest, 5000)
				for i := range m {
					if err := task.Add(ops[i].ID, sigs[i]); err != nil {
						b.Fatal(err)
					}
				}
				if _, _, err := task.Aggregate(); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("ops=%d/ours-1-bad", n), func(b *testing.B) {
			bad := keys[0].kp.SignMessage(digestOf("another checkpoint"))
			b.ReportAllocs()
			for b.Loop() {
				task, _ := NewTask(set, digest, 5000)
				for i := range n {
					s := sigs[i]
					if i == n/3 {
						s = bad
					}
					if err := task.Add(ops[i].ID, s); err != nil {
						b.Fatal(err)
					}
				}
				if _, refused, err := task.Aggregate(); err != nil || len(refused) != 1 {
					b.Fatal(err, refused)
				}
			}
		})
	}
}

// BenchmarkNewOperatorSet is the once-per-reference-block cost (key checks, batched G1/G2 key
// agreement, aggregate keys and their Miller-loop lines).
func BenchmarkNewOperatorSet(b *testing.B) {
	for _, n := range []int{4, 50, 200} {
		_, ops := testOperators(b, equalStakes(n))
		b.Run(fmt.Sprintf("ops=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := NewOperatorSet(1, ops); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
