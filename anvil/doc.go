// Package anvil runs a local L1 for Lockstep: it starts anvil (foundry's dev chain) as a child
// process, deploys a real EigenLayer (core from eigenlayer-contracts v1.4.2 bindings, middleware
// from eigensdk-go v0.3.0 bindings, OpenZeppelin 4.9.6 proxies) with a slashable stake quorum,
// deploys Lockstep's CheckpointRegistry and EquivocationSlasher, wires them together, and
// registers BLS operators (through package deployment, which describes the result). The
// developer commands (`lockstep-dev devnet`, `lockstep-dev bench`) and the end-to-end tests
// build on it; the operator's binary does not.
//
// Typical use:
//
//	dn, err := anvil.Start(ctx, anvil.Config{Operators: 4})
//	...
//	defer dn.Close()
//
// Everything here is for test networks: the deployer is anvil's well-known account 0 and
// operator keys are derived from a public seed. A failed transaction step returns a
// deployment.StepError.
package anvil
