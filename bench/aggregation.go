package bench

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"strings"
	"time"

	"github.com/Layr-Labs/eigensdk-go/crypto/bls"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/aggregator/blsagg"
	"github.com/lockstep-xyz/lockstep/anvil"
	"github.com/lockstep-xyz/lockstep/bench/internal/cputime"
	"github.com/lockstep-xyz/lockstep/bench/internal/mdtable"
	"github.com/lockstep-xyz/lockstep/commitment"
)

// AggregationConfig configures RunAggregation. Zero values take the defaults in parentheses.
type AggregationConfig struct {
	// Operators are the operator-set sizes to measure ({4, 50, 200}).
	Operators []int
	// MinTime is how long each (size, method) pair runs at least (1.5s); MinIters and MaxIters
	// bound its iterations (3 and 10,000). The slowest pair, naive at 200 operators, takes
	// ~150 ms an iteration, so the whole run stays around 10-15 s.
	MinTime  time.Duration
	MinIters int
	MaxIters int
	// ThresholdBips is the task's threshold (6667, the registry's default).
	ThresholdBips uint32
}

func (c *AggregationConfig) applyDefaults() {
	if len(c.Operators) == 0 {
		c.Operators = []int{4, 50, 200}
	}
	if c.MinTime == 0 {
		c.MinTime = 1500 * time.Millisecond
	}
	if c.MinIters == 0 {
		c.MinIters = 3
	}
	if c.MaxIters == 0 {
		c.MaxIters = 10_000
	}
	if c.ThresholdBips == 0 {
		c.ThresholdBips = 6667
	}
}

// AggregationRow is one operator-set size. Times are per checkpoint, in milliseconds.
type AggregationRow struct {
	Operators int `json:"operators"`
	// Ours is blsagg: NewTask (digest hashed to G1 once), Add every signature (curve checks, no
	// pairing), Aggregate (sum, one pairing check).
	OursCPUMs  float64 `json:"oursCpuMs"`
	OursWallMs float64 `json:"oursWallMs"`
	OursIters  int     `json:"oursIterations"`
	// Naive verifies every signature on its own with eigensdk-go's Signature.Verify (hash to
	// G1 and one pairing each, as eigensdk's bls_aggregation service does) and sums them.
	NaiveCPUMs  float64 `json:"naiveCpuMs"`
	NaiveWallMs float64 `json:"naiveWallMs"`
	NaiveIters  int     `json:"naiveIterations"`
	// Speedup is NaiveCPUMs / OursCPUMs (wall times if CPU time is not available).
	Speedup float64 `json:"speedup"`
	// SetupCPUMs is blsagg.NewOperatorSet: once per L1 reference block, shared by every
	// checkpoint signed against it (key checks, aggregate keys, precomputed pairing lines).
	SetupCPUMs float64 `json:"operatorSetCpuMs"`
}

// AggregationResult is the aggregation benchmark.
type AggregationResult struct {
	Rows []AggregationRow `json:"rows"`
	// CPUTime says whether the *CPUMs fields are process CPU time (getrusage) or, where the
	// platform has none, wall time.
	CPUTime       bool          `json:"cpuTime"`
	ThresholdBips uint32        `json:"thresholdBips"`
	MinTime       time.Duration `json:"minTimeNs"`
	GOMAXPROCS    int           `json:"gomaxprocs"`
}

// RunAggregation measures the aggregator's CPU cost per checkpoint, from the first signature
// to a verified aggregate, for blsagg and for verifying each signature one by one, on the same
// BN254 keys (derived like the devnet's) and the same signatures over a real checkpoint digest.
// Key generation and signing are not measured.
func RunAggregation(ctx context.Context, cfg AggregationConfig, logf func(format string, args ...any)) (AggregationResult, error) {
	cfg.applyDefaults()
	if logf == nil {
		logf = func(string, ...any) {}
	}
	_, hasCPU := cputime.Process()
	res := AggregationResult{CPUTime: hasCPU, ThresholdBips: cfg.ThresholdBips, MinTime: cfg.MinTime, GOMAXPROCS: runtime.GOMAXPROCS(0)}

	maxN := 0
	for _, n := range cfg.Operators {
		if n < 1 {
			return res, fmt.Errorf("aggregation: operator count %d", n)
		}
		maxN = max(maxN, n)
	}
	logf("aggregation: deriving %d BLS keys", maxN)
	keys := make([]*bls.KeyPair, maxN)
	g2s := make([]*bls.G2Point, maxN)
	for i := range keys {
		keys[i] = anvil.DeriveBLSKey("lockstep-bench", "aggregation", i)
		g2s[i] = keys[i].GetPubKeyG2()
	}
	digest := [32]byte(commitment.CheckpointDigest(anvil.DefaultChainID, common.HexToAddress("0x10c5"),
		commitment.Checkpoint{Number: 7, StartHeight: 61, EndHeight: 70, Root: common.HexToHash("0x01")}))
	sigs := make([]*bls.Signature, maxN)
	for i, k := range keys {
		sigs[i] = k.SignMessage(digest)
	}

	for _, n := range cfg.Operators {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		ops := make([]blsagg.Operator, n)
		for i := range n {
			ops[i] = blsagg.Operator{
				ID:       blsagg.OperatorIDFromPubkey(keys[i].GetPubKeyG1()),
				PubkeyG1: keys[i].GetPubKeyG1(),
				PubkeyG2: g2s[i],
				Stake:    big.NewInt(1e18),
			}
		}
		row := AggregationRow{Operators: n}

		var set *blsagg.OperatorSet
		setup, err := aggMeasure(ctx, cfg.MinTime/5, 1, 1000, func() error {
			var err error
			set, err = blsagg.NewOperatorSet(1, ops)
			return err
		})
		if err != nil {
			return res, fmt.Errorf("aggregation, %d operators: operator set: %w", n, err)
		}
		row.SetupCPUMs = setup.cpuMs

		ours, err := aggMeasure(ctx, cfg.MinTime, cfg.MinIters, cfg.MaxIters, func() error {
			task, err := blsagg.NewTask(set, digest, cfg.ThresholdBips)
			if err != nil {
				return err
			}
			for i := range n {
				if err := task.Add(ops[i].ID, sigs[i]); err != nil {
					return err
				}
			}
			agg, refused, err := task.Aggregate()
			if err != nil {
				return err
			}
			if len(refused) != 0 || len(agg.Signers) != n || task.PairingChecks() != 1 {
				return fmt.Errorf("aggregate: %d signers, %d refused, %d pairing checks", len(agg.Signers), len(refused), task.PairingChecks())
			}
			return nil
		})
		if err != nil {
			return res, fmt.Errorf("aggregation, %d operators, blsagg: %w", n, err)
		}
		row.OursCPUMs, row.OursWallMs, row.OursIters = ours.cpuMs, ours.wallMs, ours.iters

		naive, err := aggMeasure(ctx, cfg.MinTime, cfg.MinIters, cfg.MaxIters, func() error {
			sigma, apk := bls.NewZeroSignature(), bls.NewZeroG2Point()
			for i := range n {
				ok, err := sigs[i].Verify(g2s[i], digest)
				if err != nil {
					return err
				}
				if !ok {
					return errors.New("a valid signature did not verify")
				}
				sigma.Add(sigs[i])
				apk.Add(g2s[i])
			}
			return nil
		})
		if err != nil {
			return res, fmt.Errorf("aggregation, %d operators, one by one: %w", n, err)
		}
		row.NaiveCPUMs, row.NaiveWallMs, row.NaiveIters = naive.cpuMs, naive.wallMs, naive.iters
		if row.OursCPUMs > 0 {
			row.Speedup = row.NaiveCPUMs / row.OursCPUMs
		}
		logf("aggregation: %d operators: blsagg %.3f ms, one by one %.2f ms per checkpoint (%.0f×)", n, row.OursCPUMs, row.NaiveCPUMs, row.Speedup)
		res.Rows = append(res.Rows, row)
	}
	return res, nil
}

// aggMeasured is one measurement: per-iteration CPU and wall milliseconds.
type aggMeasured struct {
	iters         int
	cpuMs, wallMs float64
}

// aggMeasure runs fn once unmeasured (warm-up), then until it has run at least minIters times and
// for at least minTime, or maxIters times. CPU time is the process's (fn runs on one goroutine
// but the garbage collector's work is counted too, as it should be); without it, wall time.
func aggMeasure(ctx context.Context, minTime time.Duration, minIters, maxIters int, fn func() error) (aggMeasured, error) {
	if err := fn(); err != nil {
		return aggMeasured{}, err
	}
	runtime.GC()
	cpu0, hasCPU := cputime.Process()
	start := time.Now()
	n := 0
	for n < maxIters && (n < minIters || time.Since(start) < minTime) {
		if err := ctx.Err(); err != nil {
			return aggMeasured{}, err
		}
		if err := fn(); err != nil {
			return aggMeasured{}, err
		}
		n++
	}
	wall := time.Since(start)
	cpu := wall
	if hasCPU {
		cpu1, _ := cputime.Process()
		cpu = cpu1 - cpu0
	}
	perMs := func(d time.Duration) float64 { return float64(d) / float64(n) / float64(time.Millisecond) }
	return aggMeasured{iters: n, cpuMs: perMs(cpu), wallMs: perMs(wall)}, nil
}

// Markdown renders the table with a note on what was measured.
func (r AggregationResult) Markdown() string {
	unit := "CPU ms"
	if !r.CPUTime {
		unit = "wall ms"
	}
	t := mdtable.Table{Header: []string{
		"operators",
		"Lockstep aggregator (blsagg), " + unit + " / checkpoint",
		"verifying one by one, " + unit + " / checkpoint",
		"speed-up",
		"operator set, " + unit + " once per reference block",
	}}
	for _, row := range r.Rows {
		t.Add(fmt.Sprint(row.Operators), mdtable.Float(row.OursCPUMs), mdtable.Float(row.NaiveCPUMs), mdtable.Ratio(row.Speedup), mdtable.Float(row.SetupCPUMs))
	}
	var b strings.Builder
	b.WriteString(t.String())
	b.WriteString("\nSame run, same BN254 keys and signatures over one checkpoint digest; every operator signs. ")
	b.WriteString("Lockstep's aggregator (`aggregator/blsagg`) adds each signature without a pairing (curve checks only), ")
	b.WriteString("then checks their sum against the signers' aggregate key with one pairing; a bad signature would cost about 2·log2(n) more pairings. ")
	b.WriteString("The baseline verifies each signature as it arrives with eigensdk-go's `Signature.Verify` (hash to G1 and one pairing each, ")
	b.WriteString("what eigensdk's bls_aggregation service does) and sums them. ")
	if r.CPUTime {
		b.WriteString("Times are process CPU time (user+sys, GC included) divided by iterations, ")
	} else {
		b.WriteString("Times are wall time divided by iterations, ")
	}
	fmt.Fprintf(&b, "each pair run for at least %s after one warm-up; key generation and signing are not measured.\n", r.MinTime)
	return b.String()
}

// Section is the report section.
func (r AggregationResult) Section() Section {
	return Section{Title: "Aggregation: CPU per checkpoint", Markdown: r.Markdown(), JSON: r}
}
