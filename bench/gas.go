package bench

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/bench/internal/forgeart"
	"github.com/lockstep-xyz/lockstep/bench/internal/mdtable"
	"github.com/lockstep-xyz/lockstep/deployment"
)

// EspressoLightClientUpdateGas is the gas of one update of Espresso's light client contract
// (LightClient.newFinalizedState, which verifies a SNARK proof of HotShot consensus): the
// published figure issue 5 names as an anchor, not measured here.
const EspressoLightClientUpdateGas = 594_533

// Stakes of the gas benchmark's operators: the first BaseOperators stake gasBigStake each, the
// ones added later gasSmallStake. Gas does not depend on stake amounts (checkSignatures only
// reads and adds them), but the registry needs ≥ threshold signed, and with equal stakes 10 of
// 20 operators not signing is 50%, below any threshold the registry accepts (it must be above
// 5000 bips). Unequal stakes, as on a real network, make that case measurable.
var (
	gasBigStake   = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	gasSmallStake = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
)

// Shape of the checkpoint whose proofs the library verifies: a checkpoint of proofHeights
// heights, each block with proofRollups rollups of proofTxs transactions.
const (
	proofHeights = 32
	proofRollups = 8
	proofTxs     = 100
)

// GasConfig configures RunGas. Zero values take the defaults in parentheses.
type GasConfig struct {
	// Operators are the registered-operator counts to measure at, ascending ({4, 20, 100}).
	Operators []int
	// NonSigners are the non-signer counts per operator count ({0, 1, 10}).
	NonSigners []int
	// BaseOperators is how many operators anvil.Start registers with the larger stake (4).
	BaseOperators int
	// ContractsOut is forge's output folder holding ProofsHarness.json (<module root>/contracts/out;
	// `make contracts` builds it).
	ContractsOut string
	// AnvilLog, if set, receives anvil's output.
	AnvilLog string
}

func (c *GasConfig) applyDefaults() error {
	if len(c.Operators) == 0 {
		c.Operators = []int{4, 20, 100}
	}
	if len(c.NonSigners) == 0 {
		c.NonSigners = []int{0, 1, 10}
	}
	if c.BaseOperators == 0 {
		c.BaseOperators = 4
	}
	if !slices.IsSorted(c.Operators) || c.Operators[0] < c.BaseOperators {
		return fmt.Errorf("gas config: Operators %v must be ascending and at least BaseOperators (%d)", c.Operators, c.BaseOperators)
	}
	if c.ContractsOut == "" {
		out, err := forgeart.DefaultOut()
		if err != nil {
			return fmt.Errorf("gas config: %w", err)
		}
		c.ContractsOut = out
	}
	return nil
}

// SubmitGas is submitCheckpoint at one (operators, non-signers) point.
type SubmitGas struct {
	Operators  int `json:"operators"`
	NonSigners int `json:"nonSigners"`
	// NA, when set, says why the point was not measured (and the gas fields are zero).
	NA string `json:"na,omitempty"`
	// SignedBips is the signed share of the quorum's stake, in basis points.
	SignedBips uint64 `json:"signedBips,omitempty"`
	// SubmitCheckpoint is the receipt's gasUsed of CheckpointRegistry.submitCheckpoint.
	SubmitCheckpoint uint64 `json:"submitCheckpoint,omitempty"`
	// CheckSignatures is the receipt's gasUsed of a transaction calling only the middleware's
	// BLSSignatureChecker.checkSignatures with the same digest, reference block and aggregate.
	CheckSignatures uint64 `json:"checkSignatures,omitempty"`
}

// SlashGas is one EquivocationSlasher.proveEquivocation.
type SlashGas struct {
	// Operators is the number of registered operators before the slashing (it ejects one).
	Operators int    `json:"operators"`
	Gas       uint64 `json:"gas"`
	// First is the deployment's first slashing, which writes some storage slots (slashing
	// counters, the slasher's records) for the first time; later ones cost less.
	First bool `json:"firstInDeployment"`
}

// ProofGas is one LockstepProofs check, measured through contracts/test/harness/ProofsHarness.
type ProofGas struct {
	// Library is the gas of the library call alone (gasleft() around it, in an eth_call), what
	// a rollup's contract pays for the check inside its own transaction.
	Library uint64 `json:"library"`
	// Transaction is the receipt's gasUsed of a transaction calling the harness: intrinsic
	// 21,000, calldata, dispatch and the library call.
	Transaction uint64 `json:"transaction"`
	// ProofHashes is the number of sibling hashes in the proof(s).
	ProofHashes int `json:"proofHashes"`
}

// GasResult is the gas benchmark.
type GasResult struct {
	Submit        []SubmitGas `json:"submitCheckpoint"`
	Slash         []SlashGas  `json:"proveEquivocation"`
	VerifyBatch   ProofGas    `json:"verifyBatch"`
	VerifyTx      ProofGas    `json:"verifyTransaction"`
	ThresholdBips uint16      `json:"thresholdBips"`
	// HashToG1ExtraTry is the gas of one more try in the middleware's BN254.hashToG1
	// (try-and-increment): the measured digests are chosen to need one try, as half of all
	// digests do; a digest needs two on average.
	HashToG1ExtraTry uint64 `json:"hashToG1ExtraTry"`
	// Stakes describes the operators' stakes and which ones do not sign.
	Stakes string `json:"stakes"`
	// ProofShape describes the checkpoint the proofs are verified against.
	ProofShape string `json:"proofShape"`
	// Forced is forced inclusion's gas (forceInclude, submitCheckpoint with and without an inbox).
	Forced ForcedGas `json:"forcedInclusion"`
	// EspressoLightClientUpdate is the published anchor (not measured).
	EspressoLightClientUpdate uint64 `json:"espressoLightClientUpdatePublished"`
	// RegisterSeconds is how long reaching each operator count took: for the first, starting
	// anvil and deploying everything; for the others, registering the operators added.
	RegisterSeconds map[int]float64 `json:"registerSeconds"`
	Seconds         float64         `json:"seconds"`
}

// RunGas measures gas on anvil with the real EigenLayer core and middleware and Lockstep's
// contracts, from transaction receipts: submitCheckpoint with 0, 1 and 10 non-signers at 4, 20
// and 100 registered operators next to a transaction calling only the middleware's
// checkSignatures with the same input, proveEquivocation (at the smallest and the largest
// operator count), LockstepProofs.verifyBatch and verifyTransaction against a stored
// checkpoint built with the commitment package, and forced inclusion (measureForced, at the
// first operator count). Every checkpoint measured is a steady-state one (a first checkpoint is
// stored before, unmeasured).
func RunGas(ctx context.Context, cfg GasConfig, logf func(format string, args ...any)) (GasResult, error) {
	start := time.Now()
	if logf == nil {
		logf = func(string, ...any) {}
	}
	res := GasResult{EspressoLightClientUpdate: EspressoLightClientUpdateGas, RegisterSeconds: map[int]float64{}}
	if err := cfg.applyDefaults(); err != nil {
		return res, err
	}
	harness, err := forgeart.Load(cfg.ContractsOut, "ProofsHarness.sol", "ProofsHarness")
	if err != nil {
		return res, err
	}

	logf("gas: starting anvil with EigenLayer and Lockstep, %d operators", cfg.BaseOperators)
	t0 := time.Now()
	dn, err := anvil.Start(ctx, anvil.Config{
		Node: anvil.NodeConfig{LogPath: cfg.AnvilLog},
		Deploy: anvil.DeployConfig{MaxOperatorCount: uint32(cfg.Operators[len(cfg.Operators)-1] + 8),
			Rollups: []deployment.Rollup{{ID: gasRollup}}},
		Operators: cfg.BaseOperators,
		Stake:     gasBigStake,
	})
	if err != nil {
		return res, fmt.Errorf("gas: start devnet: %w", err)
	}
	defer func() {
		if err := dn.Close(); err != nil {
			logf("gas: stop anvil: %v", err)
		}
	}()
	res.RegisterSeconds[cfg.BaseOperators] = time.Since(t0).Seconds()
	g, err := newGasEnv(ctx, dn)
	if err != nil {
		return res, err
	}
	res.ThresholdBips = g.d.Params.ThresholdBips
	res.Stakes = fmt.Sprintf("the first %d operators stake %s tokens each, later ones %s; non-signers are the latest-registered (smallest-stake) operators",
		cfg.BaseOperators, gasTokens(gasBigStake), gasTokens(gasSmallStake))
	res.ProofShape = fmt.Sprintf("a checkpoint of %d heights, %d rollups per block, %d transactions per batch", proofHeights, proofRollups, proofTxs)

	// Checkpoint 1 is a real commitment; its proofs are measured below. Storing it also makes
	// every measured submission a steady-state one (the first writes more fresh slots).
	chain := buildProofChain(1)
	if _, err := g.submitAll(chain.checkpoint); err != nil {
		return res, fmt.Errorf("gas: first checkpoint: %w", err)
	}
	if err := g.measureProofs(harness, chain, &res); err != nil {
		return res, err
	}
	logf("gas: verifyBatch library %d, tx %d; verifyTransaction library %d, tx %d",
		res.VerifyBatch.Library, res.VerifyBatch.Transaction, res.VerifyTx.Library, res.VerifyTx.Transaction)
	if res.Forced, err = g.measureForced(); err != nil {
		return res, err
	}
	logf("gas: forced inclusion at %d operators: submitCheckpoint without an inbox %d, covering %d entries %d, no new entries %d; forceInclude %v",
		res.Forced.Operators, res.Forced.NoInbox, res.Forced.Covered, res.Forced.InboxCovered, res.Forced.InboxNoNew, res.Forced.ForceInclude)

	for si, n := range cfg.Operators {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		if add := n - len(g.registered()); add > 0 {
			t := time.Now()
			if err := g.addOperators(add); err != nil {
				return res, err
			}
			res.RegisterSeconds[n] = time.Since(t).Seconds()
			logf("gas: registered %d more operators (now %d) in %s", add, n, time.Since(t).Round(100*time.Millisecond))
		}
		for _, k := range cfg.NonSigners {
			row, err := g.measureSubmit(n, k)
			if err != nil {
				return res, err
			}
			if row.NA == "" {
				logf("gas: %d operators, non-signers %d: submitCheckpoint %d, checkSignatures alone %d", n, k, row.SubmitCheckpoint, row.CheckSignatures)
			}
			res.Submit = append(res.Submit, row)
		}
		if si == 0 {
			if res.HashToG1ExtraTry, err = g.hashToG1ExtraTry(); err != nil {
				return res, err
			}
			logf("gas: one more hashToG1 try in checkSignatures: %d", res.HashToG1ExtraTry)
		}
		if si == 0 || si == len(cfg.Operators)-1 {
			gas, err := g.slashOne()
			if err != nil {
				return res, err
			}
			res.Slash = append(res.Slash, SlashGas{Operators: n, Gas: gas, First: len(res.Slash) == 0})
			logf("gas: proveEquivocation at %d operators: %d", n, gas)
		}
	}
	res.Seconds = time.Since(start).Seconds()
	return res, nil
}

func gasTokens(wei *big.Int) string {
	return mdtable.Int(new(big.Int).Div(wei, big.NewInt(1e18)).Uint64())
}

// Markdown renders the gas tables with how each figure was measured.
func (r GasResult) Markdown() string {
	var b strings.Builder
	t := mdtable.Table{Header: []string{"registered operators", "non-signers", "signed stake", "`submitCheckpoint` gas", "EigenLayer `checkSignatures` alone, same input", "Lockstep's part"}}
	for _, s := range r.Submit {
		if s.NA != "" {
			t.Add(fmt.Sprint(s.Operators), fmt.Sprint(s.NonSigners), "", "n/a: "+s.NA, "", "")
			continue
		}
		t.Add(fmt.Sprint(s.Operators), fmt.Sprint(s.NonSigners), fmt.Sprintf("%.1f%%", float64(s.SignedBips)/100),
			mdtable.Int(s.SubmitCheckpoint), mdtable.Int(s.CheckSignatures), gasDiff(s.SubmitCheckpoint, s.CheckSignatures))
	}
	b.WriteString(t.String())

	b.WriteString("\n")
	o := mdtable.Table{Header: []string{"operation", "gas", "measured"}}
	for _, s := range r.Slash {
		which := "a later slashing"
		if s.First {
			which = "the deployment's first slashing"
		}
		o.Add(fmt.Sprintf("`proveEquivocation`, %d registered operators, %s (2 signature checks, slash, eject)", s.Operators, which), mdtable.Int(s.Gas), "receipt")
	}
	o.Add(fmt.Sprintf("`LockstepProofs.verifyBatch` against a stored checkpoint (%d proof hashes)", r.VerifyBatch.ProofHashes),
		fmt.Sprintf("%s in a contract; %s as its own transaction", mdtable.Int(r.VerifyBatch.Library), mdtable.Int(r.VerifyBatch.Transaction)), "gasleft() around the library call; receipt")
	o.Add(fmt.Sprintf("`LockstepProofs.verifyTransaction` (%d proof hashes)", r.VerifyTx.ProofHashes),
		fmt.Sprintf("%s in a contract; %s as its own transaction", mdtable.Int(r.VerifyTx.Library), mdtable.Int(r.VerifyTx.Transaction)), "gasleft() around the library call; receipt")
	o.Add("one more try of BN254.hashToG1 in `checkSignatures` (digest-dependent)", "+"+mdtable.Int(r.HashToG1ExtraTry), "difference of two `checkSignatures` receipts")
	o.Add("anchor: Espresso light client update (`LightClient.newFinalizedState`)", mdtable.Int(r.EspressoLightClientUpdate), "published figure (cited in issue 5), not measured here")
	b.WriteString(o.String())

	fmt.Fprintf(&b, "\nOne anvil with the real EigenLayer core and middleware and Lockstep's contracts; gas is each transaction's `gasUsed` "+
		"(intrinsic 21,000 and calldata included). Every measured checkpoint follows a stored one (steady state). "+
		"`checkSignatures` alone is a transaction calling the middleware's BLSSignatureChecker with the same digest, reference block and aggregate, "+
		"right after the submission; \"Lockstep's part\" is the difference: recomputing the digest, the threshold and sequence checks, the L1 origin and forced cursor "+
		"checks (the inbox is set; these checkpoints cover no new entries), storing the root. "+
		"Threshold %.2f%% of stake (the registry's default); %s (stake amounts do not change gas, but with equal stakes 10 of 20 not signing "+
		"would be 50%%, below any threshold the registry accepts, which must exceed 50%%). ", float64(r.ThresholdBips)/100, r.Stakes)
	b.WriteString("The middleware hashes the digest to G1 by try-and-increment, so the gas depends on the digest: the checkpoints above were " +
		"chosen to need one try, as half of all digests do; a digest needs two on average, so expect one more try's gas on average. ")
	if len(r.Slash) > 0 {
		b.WriteString("Each `proveEquivocation` ejects one operator, so later rows count one fewer of the first operators. ")
	}
	fmt.Fprintf(&b, "Proofs are verified through `contracts/test/harness/ProofsHarness.sol` against %s.\n", r.ProofShape)
	if r.Forced.Operators > 0 {
		b.WriteString("\n" + r.Forced.markdown())
	}
	return b.String()
}

func gasDiff(a, b uint64) string {
	if a >= b {
		return "+" + mdtable.Int(a-b)
	}
	return "−" + mdtable.Int(b-a)
}

// Section is the report section.
func (r GasResult) Section() Section {
	return Section{Title: "Gas on L1", Markdown: r.Markdown(), JSON: r}
}
