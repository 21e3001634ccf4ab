// Package collect holds the aggregator's signature collection: the signatures held per
// checkpoint digest, the bounds that keep unverified signatures from growing memory without
// limit, equivocation detection (two valid signatures by one operator over different
// checkpoints with the same number), and the rebase of aggregation tasks onto a newer
// reference block and operator set.
//
// It is pure domain logic: no chain client, network or metrics. What it needs from outside
// (a durable journal, metering, waking the submitter) comes in through Hooks, and the operator
// sets are handed in by the caller, which reads them from L1.
package collect
