package bench

// Forced inclusion's gas: forceInclude by payload size, and submitCheckpoint with the same
// checkpoint on a registry without an inbox (no forced checks) and on the deployment's registry
// with its inbox, with and without new entries to cover.

import (
	"bytes"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lockstep-xyz/lockstep/bench/internal/mdtable"
	"github.com/lockstep-xyz/lockstep/bindings/checkpointregistry"
	"github.com/lockstep-xyz/lockstep/chainio"
	"github.com/lockstep-xyz/lockstep/commitment"
)

// gasRollup is the rollup the gas benchmark's inbox entries are for.
const gasRollup = 901

// forcedCovered is how many new inbox entries the measured checkpoint covers.
const forcedCovered = 2

// forcedPayloads are the payload sizes forceInclude is measured at (the first is also the
// covered entries' size, with the second).
var forcedPayloads = []int{100, 1024}

// PreviousSubmitGas is submitCheckpoint's gas as the version before forced inclusion measured
// it, from its committed results (bench/results/results.json at PreviousCommit): that bytecode
// no longer exists, so it cannot be measured in the same run.
type PreviousSubmitGas struct {
	Commit           string `json:"commit"`
	Lockstep         string `json:"lockstep"`
	Operators        int    `json:"operators"`
	NonSigners       int    `json:"nonSigners"`
	SubmitCheckpoint uint64 `json:"submitCheckpoint"`
	CheckSignatures  uint64 `json:"checkSignatures"`
}

// PreviousVersionSubmitGas is the previous version's committed figure at 4 operators, all
// signing (commit 86b7f32, results of Lockstep 42c4a86e7c78).
var PreviousVersionSubmitGas = PreviousSubmitGas{Commit: "86b7f32", Lockstep: "42c4a86e7c78", Operators: 4, NonSigners: 0,
	SubmitCheckpoint: 301_075, CheckSignatures: 232_008}

// ForceIncludeGas is one ForcedInclusionInbox.forceInclude.
type ForceIncludeGas struct {
	PayloadBytes int    `json:"payloadBytes"`
	Gas          uint64 `json:"gas"`
	// First is the deployment's first entry, which reads no previous accumulator.
	First bool `json:"firstInDeployment,omitempty"`
}

// ForcedGas is the forced-inclusion part of the gas benchmark.
type ForcedGas struct {
	ForceInclude []ForceIncludeGas `json:"forceInclude"`
	// Operators all sign the submitCheckpoint measurements below.
	Operators int `json:"operators"`
	// Covered is how many new entries the Covered checkpoint includes.
	Covered int `json:"coveredEntries"`
	// NoInbox is submitCheckpoint on a registry like the deployment's without an inbox set, so
	// with no forced checks: the closest to the version before forced inclusion.
	NoInbox uint64 `json:"noInbox"`
	// InboxCovered is the same checkpoint (number, heights, root, L1 origin) on the
	// deployment's registry, with the inbox set and its forced cursor covering Covered new entries.
	InboxCovered uint64 `json:"inboxCovered"`
	// InboxNoNew is the next checkpoint there, with the inbox set and no new entries since the
	// previous checkpoint (the state of the checkpoints in the main table).
	InboxNoNew uint64 `json:"inboxNoNewEntries"`
	// Previous is the previous version's committed figure.
	Previous PreviousSubmitGas `json:"previousVersionCommitted"`
}

// measureForced measures forced inclusion's gas on the deployment with its registered
// operators all signing. It stores checkpoints on the deployment's registry; the ones after
// it keep its forced cursor (every entry covered).
func (g *gasEnv) measureForced() (ForcedGas, error) {
	ops := g.registered()
	fg := ForcedGas{Operators: len(ops), Covered: forcedCovered, Previous: PreviousVersionSubmitGas}

	bare, bareAddr, err := g.deployBareRegistry()
	if err != nil {
		return fg, err
	}
	// The bare registry stores the checkpoints the deployment's has, so that the measured one
	// has the same number and heights on both.
	bareNext := commitment.Checkpoint{Number: 1, StartHeight: 1, EndHeight: proofHeights}
	storeBare := func(cp commitment.Checkpoint) (*types.Receipt, error) {
		cp.ForcedCount, cp.ForcedAcc = 0, common.Hash{}
		ref, in, err := g.aggregateFor(bareAddr, cp, ops)
		if err != nil {
			return nil, err
		}
		r, err := g.submitTo(bare, cp, ref, in)
		if err != nil {
			return nil, fmt.Errorf("bare registry: %w", err)
		}
		bareNext = nextCheckpoint(cp)
		return r, nil
	}
	for bareNext.Number < g.next.Number {
		if _, err := storeBare(bareNext); err != nil {
			return fg, err
		}
	}

	// The deployment's first entry, covered by a checkpoint (unmeasured) so that the measured
	// one starts from a forced cursor above zero, as it does on a running network.
	first, err := g.forceInclude(forcedPayloads[0], 0)
	if err != nil {
		return fg, err
	}
	fg.ForceInclude = append(fg.ForceInclude, ForceIncludeGas{PayloadBytes: forcedPayloads[0], Gas: first, First: true})
	warm, err := g.coverEntries(g.next)
	if err != nil {
		return fg, err
	}
	if _, err := g.submitAll(warm); err != nil {
		return fg, fmt.Errorf("gas: checkpoint covering the first entry: %w", err)
	}
	warm.ForcedCount, warm.ForcedAcc = 0, common.Hash{}
	if _, err := storeBare(warm); err != nil {
		return fg, err
	}

	for i, size := range forcedPayloads[:forcedCovered] {
		gas, err := g.forceInclude(size, i+1)
		if err != nil {
			return fg, err
		}
		fg.ForceInclude = append(fg.ForceInclude, ForceIncludeGas{PayloadBytes: size, Gas: gas})
	}

	// The measured checkpoint: the same on both registries but for the forced cursor, with a
	// root both digests hash to G1 on the first try (as the main table's).
	cp, err := g.coverEntries(g.next)
	if err != nil {
		return fg, err
	}
	bareCp := cp
	bareCp.ForcedCount, bareCp.ForcedAcc = 0, common.Hash{}
	for i := 0; ; i++ {
		cp.Root = crypto.Keccak256Hash([]byte(fmt.Sprintf("bench forced checkpoint %d/%d", cp.Number, i)))
		bareCp.Root = cp.Root
		if hashToG1Tries(commitment.CheckpointDigest(g.d.ChainID, g.d.Contracts.CheckpointRegistry, cp)) == 1 &&
			hashToG1Tries(commitment.CheckpointDigest(g.d.ChainID, bareAddr, bareCp)) == 1 {
			break
		}
	}
	if cp.ForcedCount != 1+forcedCovered {
		return fg, fmt.Errorf("gas: the inbox holds %d entries, want %d", cp.ForcedCount, 1+forcedCovered)
	}
	r, err := g.submitAll(cp)
	if err != nil {
		return fg, fmt.Errorf("gas: checkpoint covering %d entries: %w", forcedCovered, err)
	}
	fg.InboxCovered = r.GasUsed
	if r, err = storeBare(bareCp); err != nil {
		return fg, err
	}
	fg.NoInbox = r.GasUsed

	next := g.next
	for i := 0; ; i++ {
		next.Root = crypto.Keccak256Hash([]byte(fmt.Sprintf("bench forced checkpoint %d/%d", next.Number, i)))
		if hashToG1Tries(commitment.CheckpointDigest(g.d.ChainID, g.d.Contracts.CheckpointRegistry, next)) == 1 {
			break
		}
	}
	if r, err = g.submitAll(next); err != nil {
		return fg, fmt.Errorf("gas: checkpoint with no new entries: %w", err)
	}
	fg.InboxNoNew = r.GasUsed
	return fg, nil
}

// deployBareRegistry deploys a CheckpointRegistry with the deployment's checker, quorums,
// threshold and reference age, and no inbox.
func (g *gasEnv) deployBareRegistry() (*checkpointregistry.CheckpointRegistry, common.Address, error) {
	var maxAge uint32
	var err error
	if maxAge, err = g.b.CheckpointRegistry.MaxReferenceAge(&bind.CallOpts{Context: g.ctx}); err != nil {
		return nil, common.Address{}, fmt.Errorf("gas: read maxReferenceAge: %w", err)
	}
	r, err := g.reporter.Transact(g.ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		_, tx, _, err := checkpointregistry.DeployCheckpointRegistry(o, g.dn.Client, g.d.Contracts.SignatureChecker,
			[]byte(g.d.QuorumNumbers), g.d.Params.ThresholdBips, maxAge, g.reporter.Address())
		return tx, err
	})
	if err != nil {
		return nil, common.Address{}, fmt.Errorf("gas: deploy a CheckpointRegistry without an inbox: %s", chainio.FormatRevert(err))
	}
	reg, err := checkpointregistry.NewCheckpointRegistry(r.ContractAddress, g.dn.Client)
	if err != nil {
		return nil, common.Address{}, err
	}
	return reg, r.ContractAddress, nil
}

// forceInclude queues a payload of size bytes (distinct per i) for gasRollup, paying the
// inbox's fee, and returns the receipt's gas.
func (g *gasEnv) forceInclude(size, i int) (uint64, error) {
	ib := g.b.ForcedInclusionInbox
	payload := bytes.Repeat([]byte{byte(i + 1)}, size)
	fee, err := ib.Fee(&bind.CallOpts{Context: g.ctx})
	if err != nil {
		return 0, fmt.Errorf("gas: read the inbox fee: %w", err)
	}
	r, err := g.reporter.Transact(g.ctx, func(o *bind.TransactOpts) (*types.Transaction, error) {
		o.Value = new(big.Int).Set(fee)
		return ib.ForceInclude(o, gasRollup, payload)
	})
	if err != nil {
		return 0, fmt.Errorf("gas: forceInclude(%d bytes): %s", size, chainio.FormatRevert(err))
	}
	return r.GasUsed, nil
}

// coverEntries returns cp with its forced cursor at the inbox's count, the inbox's accumulator
// there, and an L1 origin at the head's parent (mined, so in the past for the next
// transaction, and at or after every entry's block).
func (g *gasEnv) coverEntries(cp commitment.Checkpoint) (commitment.Checkpoint, error) {
	o := &bind.CallOpts{Context: g.ctx}
	n, err := g.b.ForcedInclusionInbox.Count(o)
	if err != nil {
		return cp, fmt.Errorf("gas: read the inbox count: %w", err)
	}
	acc, err := g.b.ForcedInclusionInbox.AccumulatorAt(o, n)
	if err != nil {
		return cp, fmt.Errorf("gas: read the inbox accumulator: %w", err)
	}
	if err := g.dn.Mine(g.ctx, 1); err != nil {
		return cp, err
	}
	head, err := g.dn.Client.BlockNumber(g.ctx)
	if err != nil {
		return cp, err
	}
	cp.ForcedCount, cp.ForcedAcc, cp.L1Origin = n, acc, head-1
	return cp, nil
}

// markdown renders the forced-inclusion tables with how they were measured.
func (f ForcedGas) markdown() string {
	var b strings.Builder
	t := mdtable.Table{Header: []string{fmt.Sprintf("`submitCheckpoint`, %d operators all signing, same checkpoint", f.Operators), "gas", "vs no inbox", "measured"}}
	t.Add("registry without an inbox (no forced checks)", mdtable.Int(f.NoInbox), "–", "receipt")
	t.Add(fmt.Sprintf("inbox set, the checkpoint covers %d new entries", f.Covered), mdtable.Int(f.InboxCovered), gasDiff(f.InboxCovered, f.NoInbox), "receipt")
	t.Add("inbox set, no new entries since the previous checkpoint (the next checkpoint)", mdtable.Int(f.InboxNoNew), gasDiff(f.InboxNoNew, f.NoInbox), "receipt")
	p := f.Previous
	t.Add(fmt.Sprintf("previous version, committed results (%d operators, %d non-signers; commit %s, Lockstep %s)", p.Operators, p.NonSigners, p.Commit, p.Lockstep),
		mdtable.Int(p.SubmitCheckpoint), gasDiff(p.SubmitCheckpoint, f.NoInbox), "previous version, committed results: not measured in this run")
	b.WriteString(t.String())
	b.WriteString("\n")
	o := mdtable.Table{Header: []string{"`ForcedInclusionInbox.forceInclude` payload", "gas", "measured"}}
	for _, fi := range f.ForceInclude {
		what := fmt.Sprintf("%s B", mdtable.Int(uint64(fi.PayloadBytes)))
		if fi.First {
			what += ", the deployment's first entry"
		}
		o.Add(what, mdtable.Int(fi.Gas), "receipt")
	}
	b.WriteString(o.String())
	fmt.Fprintf(&b, "\nAgainst the previous version's committed figure, the checkpoint covering entries costs %s gas (%s of it without an inbox: "+
		"the checkpoint and its digest grew by three fields), the forced checks %s. They read the inbox's count, its "+
		"accumulator at the cursor and the last included entry, so they cost about the same whatever the number of new entries.\n",
		gasDiff(f.InboxCovered, p.SubmitCheckpoint), gasDiff(f.NoInbox, p.SubmitCheckpoint), gasDiff(f.InboxCovered, f.NoInbox))
	fmt.Fprintf(&b, "\nForced inclusion: the registry without an inbox is a second CheckpointRegistry deployed in the same run with the deployment's "+
		"checker, quorum, threshold and reference age and no inbox set, so `submitCheckpoint` makes no forced checks: the closest to the version "+
		"before forced inclusion, whose bytecode no longer exists. It stores the same checkpoint (number, heights, root, L1 origin) as the "+
		"deployment's registry, whose checkpoint differs only by its forced cursor and accumulator, covering %d entries queued since the previous "+
		"checkpoint (%s bytes); every digest measured hashes to G1 on the first try. The previous version's figure is copied from its committed "+
		"results (`bench/results/results.json` at commit %s, %s gas with `checkSignatures` alone at %s), labelled as such. "+
		"`forceInclude` is one transaction paying the inbox's fee, with the payload in its calldata and in the event it emits "+
		"(the deployment's first entry reads no previous accumulator, so it costs less than later ones). "+
		"The main table's checkpoints come after these, with the inbox set and no new entries.\n",
		f.Covered, joinSizes(forcedPayloads[:f.Covered]), p.Commit, mdtable.Int(p.SubmitCheckpoint), mdtable.Int(p.CheckSignatures))
	return b.String()
}

func joinSizes(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = mdtable.Int(uint64(x))
	}
	return strings.Join(s, " and ")
}
