// Package deployment is a Lockstep deployment on an L1: the contract addresses (EigenLayer core
// and middleware, CheckpointRegistry, EquivocationSlasher, ForcedInclusionInbox), the protocol
// parameters, the registered rollups and operators, and registering and deregistering operators
// through the EigenLayer bindings. A deployment is read from the JSON file that whoever deployed
// it wrote (the devnet writes one; see package anvil, which deploys the whole system on a local
// chain).
package deployment
