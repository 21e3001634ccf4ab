// Package blsagg is the signature-aggregation core of the Lockstep aggregator: it collects
// operators' BLS (BN254) signatures over one checkpoint digest, weighs them by the stake the
// operators had at an L1 reference block, and, once enough stake signed, produces the one
// aggregate signature, signers' G2 public key and sorted non-signer list that eigenlayer-
// middleware's BLSSignatureChecker verifies on L1.
//
// Verification is optimistic. Add stores a signature without a pairing check; Aggregate
// checks the sum of all new signatures with a single pairing and only when that fails looks
// for the culprits, by bisecting over the unverified signers. Honest operators therefore cost
// one pairing per checkpoint instead of one per signature (see the benchmarks), and a bad
// signature costs about 2·log2(n) pairings, is reported as a Refusal for metering, and never
// stalls aggregation.
//
// Signatures are checked exactly as the contracts and eigensdk-go's crypto/bls check them: the
// digest is hashed to G1 with eigensdk's MapToCurve (try-and-increment, as BN254.hashToG1 on
// L1), not with RFC 9380.
//
// Rogue-key attacks (an operator registering a key built from others' keys so that an
// aggregate verifies without them) are out of scope: BLSApkRegistry only registers a key with
// a proof of possession, so every key in an OperatorSet belongs to someone who knows its
// secret. This is why plain (non-randomized) aggregation over one message is sound here.
//
// The package is pure domain logic: no chain client, network or consensus engine. The
// caller reads operators from L1 (e.g. eigensdk's operatorsinfo), builds an OperatorSet per
// reference block, one Task per checkpoint, and posts the Aggregate.
package blsagg
