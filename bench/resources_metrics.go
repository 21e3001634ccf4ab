package bench

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"net/http"
	"regexp"
	"strconv"
	"strings"
)

// Consensus is where a node's time per block went during a point's window, from CometBFT's own
// histograms (both systems run them, in the lockstep namespace): wall time, so it shows what
// CPU profiles do not, like waiting for a disk.
type Consensus struct {
	// BlockIntervalMs is the mean time between blocks.
	BlockIntervalMs float64 `json:"blockIntervalMs"`
	// StepMs is the mean time spent per consensus step (NewHeight, Propose, Prevote, ...).
	StepMs map[string]float64 `json:"stepMs"`
	// ABCIMs is the mean time of one call per ABCI method the consensus waits for
	// (prepare_proposal, process_proposal, finalize_block, commit).
	ABCIMs map[string]float64 `json:"abciMs"`
}

// The histograms read, and how their series are told apart.
var (
	metricBlockInterval = "lockstep_consensus_block_interval_seconds"
	metricStep          = "lockstep_consensus_step_duration_seconds"
	metricABCI          = "lockstep_abci_connection_method_timing_seconds"
	stepLabel           = regexp.MustCompile(`step="([^"]+)"`)
	methodLabel         = regexp.MustCompile(`method="([^"]+)"`)
	consensusMethods    = map[string]bool{"prepare_proposal": true, "process_proposal": true, "finalize_block": true, "commit": true}
)

// scrapeMetrics reads the _sum and _count series of a Prometheus text exposition.
func scrapeMetrics(ctx context.Context, c *http.Client, addr string) (map[string]float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/metrics", nil)
	if err != nil {
		return nil, err
	}
	res, err := c.Do(req)
	if err != nil {
		return nil, fmt.Errorf("scrape metrics: %w", err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("scrape metrics: %s", res.Status)
	}
	return parseSums(io.LimitReader(res.Body, 16<<20))
}

// parseSums keeps the lines `name_sum{labels} value` and `name_count{labels} value` of the
// histograms Consensus reads, keyed by everything before the value.
func parseSums(r io.Reader) (map[string]float64, error) {
	out := make(map[string]float64)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, metricBlockInterval) && !strings.HasPrefix(line, metricStep) && !strings.HasPrefix(line, metricABCI) {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			continue
		}
		key := line[:i]
		name, _, _ := strings.Cut(key, "{")
		if !strings.HasSuffix(name, "_sum") && !strings.HasSuffix(name, "_count") {
			continue
		}
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			return nil, fmt.Errorf("parse metric %q: %w", line, err)
		}
		out[key] = v
	}
	return out, sc.Err()
}

// consensusBetween computes Consensus from two scrapes.
func consensusBetween(before, after map[string]float64) *Consensus {
	c := &Consensus{StepMs: map[string]float64{}, ABCIMs: map[string]float64{}}
	// Per label value: sum and count deltas.
	type acc struct{ sum, count float64 }
	steps, methods := map[string]*acc{}, map[string]*acc{}
	var interval acc
	for key, v := range after {
		d := v - before[key]
		name, labels, _ := strings.Cut(key, "{")
		isSum := strings.HasSuffix(name, "_sum")
		add := func(a *acc) {
			if isSum {
				a.sum += d
			} else {
				a.count += d
			}
		}
		switch strings.TrimSuffix(strings.TrimSuffix(name, "_sum"), "_count") {
		case metricBlockInterval:
			add(&interval)
		case metricStep:
			if m := stepLabel.FindStringSubmatch(labels); m != nil {
				if steps[m[1]] == nil {
					steps[m[1]] = &acc{}
				}
				add(steps[m[1]])
			}
		case metricABCI:
			if m := methodLabel.FindStringSubmatch(labels); m != nil && consensusMethods[m[1]] {
				if methods[m[1]] == nil {
					methods[m[1]] = &acc{}
				}
				add(methods[m[1]])
			}
		}
	}
	meanMs := func(a acc) float64 {
		if a.count <= 0 {
			return 0
		}
		return math.Round(a.sum/a.count*1e4) / 10 // ms, one decimal
	}
	c.BlockIntervalMs = meanMs(interval)
	for k, a := range steps {
		c.StepMs[k] = meanMs(*a)
	}
	for k, a := range methods {
		c.ABCIMs[k] = meanMs(*a)
	}
	return c
}
