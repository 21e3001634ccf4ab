package deploy

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.yaml.in/yaml/v3"

	"github.com/lockstep-xyz/lockstep/api/aggregatorapi"
	"github.com/lockstep-xyz/lockstep/commitment"
	"github.com/lockstep-xyz/lockstep/deployment"
	"github.com/lockstep-xyz/lockstep/internal/freeport"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/system"
)

const (
	dashboardPath = "grafana/lockstep.json"
	alertsPath    = "prometheus/alerts.yml"
	operatorDoc   = "../docs/operator.md"
)

func TestMain(m *testing.M) { testutil.Main(m) }

func TestMetricNames(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want []string
	}{
		{`up{job="lockstep-operator"} == 0`, []string{"up"}},
		{`changes(lockstep_app_height[2m]) == 0`, []string{"lockstep_app_height"}},
		{`lockstep_p2p_peers < (lockstep_consensus_validators - 1) * 2 / 3`, []string{"lockstep_p2p_peers", "lockstep_consensus_validators"}},
		{`(a - on(job, instance) group_right b) > 2`, []string{"a", "b"}},
		{`sum by (job, instance, reason) (increase(x_total{reason!~"stale|unavailable"}[10m])) > 0`, []string{"x_total"}},
		{`histogram_quantile(0.99, sum by (le) (rate(h_bucket{instance=~"$instance"}[$__rate_interval])))`, []string{"h_bucket"}},
		{`a and changes(b[10m]) == 0 or c offset 5m unless d`, []string{"a", "b", "c", "d"}},
		{`sum without(x) (a) / ignoring(y) group_left b{l="}{"} + a`, []string{"a", "b"}},
		{`rate(x[${__rate_interval}]) * 1e3 + 0.5 + ns:rule:sum`, []string{"x", "ns:rule:sum"}},
		{`{__name__="x"}`, nil},
	} {
		if got := metricNames(tc.expr); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("metricNames(%q) = %q, want %q", tc.expr, got, tc.want)
		}
	}
	if got, want := variableMetricNames(`label_values(lockstep_app_height{job="lockstep-operator"}, instance)`), []string{"lockstep_app_height"}; !reflect.DeepEqual(got, want) {
		t.Errorf("variableMetricNames = %q, want %q", got, want)
	}
}

// dashboard is the part of Grafana's dashboard JSON the test reads.
type dashboard struct {
	Title      string  `json:"title"`
	UID        string  `json:"uid"`
	Panels     []panel `json:"panels"`
	Templating struct {
		List []struct {
			Name       string `json:"name"`
			Type       string `json:"type"`
			Definition string `json:"definition"`
		} `json:"list"`
	} `json:"templating"`
}

type panel struct {
	ID         int     `json:"id"`
	Type       string  `json:"type"`
	Title      string  `json:"title"`
	Datasource *source `json:"datasource"`
	Targets    []struct {
		Datasource *source `json:"datasource"`
		Expr       string  `json:"expr"`
	} `json:"targets"`
	Panels []panel `json:"panels"` // a collapsed row's
}

type source struct {
	UID string `json:"uid"`
}

// rules is the part of a Prometheus rule file the test reads.
type rules struct {
	Groups []struct {
		Name  string `yaml:"name"`
		Rules []struct {
			Alert       string            `yaml:"alert"`
			Expr        string            `yaml:"expr"`
			Labels      map[string]string `yaml:"labels"`
			Annotations map[string]string `yaml:"annotations"`
		} `yaml:"rules"`
	} `yaml:"groups"`
}

// usedMetrics reads the dashboard and the alerts, checks their shape, and returns every
// metric name their expressions select (sorted) with where each is used.
func usedMetrics(t *testing.T) map[string][]string {
	t.Helper()
	used := map[string][]string{}
	use := func(where string, names []string) {
		if len(names) == 0 {
			t.Errorf("%s selects no metric", where)
		}
		for _, n := range names {
			used[n] = append(used[n], where)
		}
	}

	raw, err := os.ReadFile(dashboardPath)
	if err != nil {
		t.Fatal(err)
	}
	var d dashboard
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatalf("parse %s: %v", dashboardPath, err)
	}
	if d.UID == "" || d.Title == "" {
		t.Errorf("%s: no uid or title", dashboardPath)
	}
	for _, v := range d.Templating.List {
		if v.Type == "query" {
			use(fmt.Sprintf("%s variable %s", dashboardPath, v.Name), variableMetricNames(v.Definition))
		}
	}
	ids := map[int]string{}
	var walk func([]panel)
	walk = func(ps []panel) {
		for _, p := range ps {
			where := fmt.Sprintf("%s panel %q", dashboardPath, p.Title)
			if prev, dup := ids[p.ID]; dup {
				t.Errorf("%s: id %d already used by %q", where, p.ID, prev)
			}
			ids[p.ID] = p.Title
			walk(p.Panels)
			if p.Type == "row" {
				continue
			}
			if len(p.Targets) == 0 {
				t.Errorf("%s: no query", where)
			}
			// Every query goes to the datasource the dashboard's variable picks, so the
			// dashboard imports into any Grafana.
			if p.Datasource == nil || p.Datasource.UID != "${datasource}" {
				t.Errorf("%s: datasource is not ${datasource}", where)
			}
			for _, q := range p.Targets {
				if q.Datasource == nil || q.Datasource.UID != "${datasource}" {
					t.Errorf("%s: a query's datasource is not ${datasource}", where)
				}
				use(where, metricNames(q.Expr))
			}
		}
	}
	walk(d.Panels)

	raw, err = os.ReadFile(alertsPath)
	if err != nil {
		t.Fatal(err)
	}
	var r rules
	if err := yaml.Unmarshal(raw, &r); err != nil {
		t.Fatalf("parse %s: %v", alertsPath, err)
	}
	doc, err := os.ReadFile(operatorDoc)
	if err != nil {
		t.Fatal(err)
	}
	alerts := 0
	for _, g := range r.Groups {
		for _, rule := range g.Rules {
			where := fmt.Sprintf("%s alert %s", alertsPath, rule.Alert)
			alerts++
			if rule.Alert == "" {
				t.Errorf("%s: group %s has a rule that is no alert", alertsPath, g.Name)
			}
			if s := rule.Labels["severity"]; s != "critical" && s != "warning" {
				t.Errorf("%s: severity %q, want critical or warning", where, s)
			}
			if rule.Annotations["summary"] == "" || rule.Annotations["description"] == "" {
				t.Errorf("%s: no summary or description", where)
			}
			// The runbook: every alert is explained where operators read.
			if !strings.Contains(string(doc), "`"+rule.Alert+"`") {
				t.Errorf("%s: not explained in %s", where, operatorDoc)
			}
			use(where, metricNames(rule.Expr))
		}
	}
	if alerts == 0 {
		t.Errorf("%s: no alerts", alertsPath)
	}
	return used
}

func TestDashboardAndAlertsParse(t *testing.T) {
	used := usedMetrics(t)
	for _, n := range []string{"lockstep_app_height", "lockstep_aggregator_latest_checkpoint"} {
		if _, ok := used[n]; !ok {
			t.Errorf("%s is not used, the dashboard or the alerts lost a panel", n)
		}
	}
}

// synthetic are the series Prometheus itself records for every target.
var synthetic = map[string]bool{"up": true, "scrape_duration_seconds": true, "scrape_samples_scraped": true}

// TestMetricsExported runs the system (four operator nodes and the aggregator, each with its
// metrics listener), causes what makes the labelled metrics appear (an accepted and a refused
// transaction, a refused signature, failed sends to an aggregator that is not there, settled
// checkpoints), and checks every metric the dashboard and the alerts use is in the /metrics of
// the process that exports it: the aggregator's for lockstep_aggregator_*, a node's for the rest.
func TestMetricsExported(t *testing.T) {
	testutil.SkipShort(t)
	used := usedMetrics(t)

	const operators, rollupID, unknownRollup = 4, 901, 999
	ports, err := freeport.GetN(operators + 2)
	if err != nil {
		t.Fatal(err)
	}
	nodeMetrics := func(i int) string { return fmt.Sprintf("127.0.0.1:%d", ports[i]) }
	aggMetrics := fmt.Sprintf("127.0.0.1:%d", ports[operators])
	// Nothing listens there: the nodes' signers fail to send to it and count the failures.
	absent := fmt.Sprintf("http://127.0.0.1:%d", ports[operators+1])

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	sys, err := system.Start(ctx, system.Config{
		Lockstep:           testutil.Lockstep.Path(t),
		Dir:                t.TempDir(),
		Operators:          operators,
		Rollups:            []deployment.Rollup{{ID: rollupID}},
		CheckpointInterval: 4,
		NodeArgs:           []string{"--rollups.refresh", "500ms"},
		Node: func(i int) system.NodeConfig {
			return system.NodeConfig{Args: []string{"--metrics.addr", nodeMetrics(i)}}
		},
		AggregatorURLs: []string{absent},
		// After the system's own --metrics "": the last one counts.
		Aggregator:  &system.AggregatorConfig{Args: []string{"--metrics.addr", aggMetrics}},
		StopTimeout: 15 * time.Second,
	})
	if err != nil {
		t.Fatalf("start the system: %v", err)
	}
	t.Cleanup(func() {
		if err := sys.Stop(context.Background()); err != nil {
			t.Logf("stop the system: %v", err)
		}
		if t.Failed() {
			t.Logf("op0 log tail:\n%s", sys.Nodes[0].LogTail(4000))
			t.Logf("aggregator log tail:\n%s", sys.Aggregator.LogTail(4000))
		}
	})

	node, err := sys.Nodes[0].Client(ctx)
	if err != nil {
		t.Fatal(err)
	}
	testutil.WaitFor(t, time.Minute, "a transaction accepted by op0", func() (bool, error) {
		_, err := node.Submit(ctx, rollupID, []byte("deploy test"))
		return err == nil, err
	})
	if _, err := node.Submit(ctx, unknownRollup, []byte("deploy test")); err == nil {
		t.Fatalf("op0 accepted a transaction for rollup %d, which is not registered", unknownRollup)
	}
	agg, err := sys.Aggregator.Client(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// No operator ID: refused as malformed at the door.
	if _, err := agg.SubmitSignature(ctx, &aggregatorapi.CheckpointSignature{Checkpoint: commitment.Checkpoint{Number: 1}, OperatorID: common.Hash{}}); err == nil {
		t.Fatal("the aggregator accepted a signature without an operator ID")
	}

	var missing []string
	testutil.WaitFor(t, 2*time.Minute, "every metric the dashboard and the alerts use exported", func() (bool, error) {
		nodeNames, err := scrape(ctx, nodeMetrics(0))
		if err != nil {
			return false, fmt.Errorf("scrape op0: %w", err)
		}
		aggNames, err := scrape(ctx, aggMetrics)
		if err != nil {
			return false, fmt.Errorf("scrape the aggregator: %w", err)
		}
		missing = missing[:0]
		for name, where := range used {
			exported := nodeNames
			if strings.HasPrefix(name, "lockstep_aggregator_") {
				exported = aggNames
			}
			if !synthetic[name] && !exported[name] {
				where = slices.Compact(slices.Sorted(slices.Values(where)))
				missing = append(missing, fmt.Sprintf("%s (%s)", name, strings.Join(where, "; ")))
			}
		}
		sort.Strings(missing)
		if len(missing) > 0 {
			return false, fmt.Errorf("not exported:\n  %s", strings.Join(missing, "\n  "))
		}
		return true, nil
	})
}

// scrape returns the metric names a /metrics endpoint exports: each family's, and for
// histograms and summaries the _bucket, _sum and _count series PromQL selects.
func scrape(ctx context.Context, addr string) (map[string]bool, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/metrics", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %s", resp.Status)
	}
	names := map[string]bool{}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 4 && f[0] == "#" && f[1] == "TYPE":
			names[f[2]] = true
			if f[3] == "histogram" || f[3] == "summary" {
				names[f[2]+"_sum"], names[f[2]+"_count"] = true, true
			}
			if f[3] == "histogram" {
				names[f[2]+"_bucket"] = true
			}
		case len(f) > 0 && !strings.HasPrefix(f[0], "#"):
			name, _, _ := strings.Cut(f[0], "{")
			names[name] = true
		}
	}
	return names, sc.Err()
}
