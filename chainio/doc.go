// Package chainio holds the small pieces of Ethereum chain I/O that Lockstep's services share:
// fast receipt polling, a nonce-managing transactor, decoding of custom revert errors, and the
// assembly of the middleware's NonSignerStakesAndSignature from a set of BLS signatures.
//
// Nothing here is specific to one service; the operator node, the aggregator and the devnet
// deployer build on it.
package chainio
