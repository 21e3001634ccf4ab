package node

import (
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/lockstep-xyz/lockstep/avs"
	"github.com/lockstep-xyz/lockstep/internal/freeport"
	"github.com/lockstep-xyz/lockstep/operator/l1"
	"github.com/lockstep-xyz/lockstep/operator/signing"
)

// fakeHealth is a set of services whose statuses the test sets.
type fakeHealth struct {
	mu     sync.Mutex
	status map[string]ServiceStatus
}

func (f *fakeHealth) set(id string, s ServiceStatus) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.status[id] = s
}

func (f *fakeHealth) sources(ids ...string) []healthSource {
	var out []healthSource
	for _, id := range ids {
		out = append(out, healthSource{id: id, name: id + " name", description: id + " description", health: func() ServiceStatus {
			f.mu.Lock()
			defer f.mu.Unlock()
			return f.status[id]
		}})
	}
	return out
}

func get(t *testing.T, srv *httptest.Server, path string) (int, string) {
	t.Helper()
	res, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, string(b)
}

func TestNodeAPI(t *testing.T) {
	f := &fakeHealth{status: map[string]ServiceStatus{"l1": ServiceUp, "consensus": ServiceUp, "signer": ServiceUp, "api": ServiceUp}}
	mux := http.NewServeMux()
	nodeAPI(mux, "v1.2.3", f.sources("l1", "consensus", "signer", "api"))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	code, body := get(t, srv, "/eigen/node")
	var info map[string]string
	if err := json.Unmarshal([]byte(body), &info); err != nil || code != http.StatusOK {
		t.Fatalf("/eigen/node: %d %s (%v)", code, body, err)
	}
	if info["node_name"] != NodeName || info["spec_version"] != "v0.0.1" || info["node_version"] != "v1.2.3" || len(info) != 3 {
		t.Fatalf("/eigen/node: %v", info)
	}

	services := func() map[string]nodeService {
		t.Helper()
		code, body := get(t, srv, "/eigen/node/services")
		var out struct {
			Services []map[string]string `json:"services"`
		}
		if err := json.Unmarshal([]byte(body), &out); err != nil || code != http.StatusOK {
			t.Fatalf("/eigen/node/services: %d %s (%v)", code, body, err)
		}
		m := make(map[string]nodeService)
		for _, s := range out.Services {
			if len(s) != 4 {
				t.Fatalf("service entry %v: want id, name, description, status", s)
			}
			m[s["id"]] = nodeService{ID: s["id"], Name: s["name"], Description: s["description"], Status: ServiceStatus(s["status"])}
		}
		return m
	}

	for _, tc := range []struct {
		name       string
		set        map[string]ServiceStatus
		nodeCode   int
		signerCode int
	}{
		{"all up", map[string]ServiceStatus{}, http.StatusOK, http.StatusOK},
		{"consensus catching up", map[string]ServiceStatus{"consensus": ServiceInitializing}, http.StatusPartialContent, http.StatusOK},
		{"signer refused", map[string]ServiceStatus{"signer": ServiceDown}, http.StatusServiceUnavailable, http.StatusServiceUnavailable},
		{"down beats initializing", map[string]ServiceStatus{"l1": ServiceInitializing, "api": ServiceDown}, http.StatusServiceUnavailable, http.StatusOK},
		{"unknown status is down", map[string]ServiceStatus{"signer": "Sideways"}, http.StatusServiceUnavailable, http.StatusServiceUnavailable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, id := range []string{"l1", "consensus", "signer", "api"} {
				f.set(id, ServiceUp)
			}
			for id, s := range tc.set {
				f.set(id, s)
			}
			if code, body := get(t, srv, "/eigen/node/health"); code != tc.nodeCode || body != "" {
				t.Fatalf("/eigen/node/health: %d %q, want %d and no body", code, body, tc.nodeCode)
			}
			if code, _ := get(t, srv, "/eigen/node/services/signer/health"); code != tc.signerCode {
				t.Fatalf("signer health %d, want %d", code, tc.signerCode)
			}
			svcs := services()
			if len(svcs) != 4 {
				t.Fatalf("services %v", svcs)
			}
			for id, s := range svcs {
				want := ServiceUp
				if w, ok := tc.set[id]; ok {
					want = w
				}
				if s.Status != want || s.Name != id+" name" || s.Description != id+" description" {
					t.Fatalf("service %s: %+v, want status %q", id, s, want)
				}
				wantCode := map[ServiceStatus]int{ServiceUp: 200, ServiceInitializing: 206}[want]
				if wantCode == 0 {
					wantCode = 503
				}
				if code, _ := get(t, srv, "/eigen/node/services/"+id+"/health"); code != wantCode {
					t.Fatalf("service %s health %d, want %d", id, code, wantCode)
				}
			}
		})
	}

	for _, path := range []string{"/eigen/node/services/nope/health", "/eigen/node/services/signer", "/eigen/node/services//health"} {
		if code, _ := get(t, srv, path); code != http.StatusNotFound {
			t.Fatalf("%s: %d, want 404", path, code)
		}
	}
}

func TestL1Status(t *testing.T) {
	now := time.Now()
	sec := time.Second
	for _, tc := range []struct {
		name  string
		views []l1.Liveness
		want  ServiceStatus
	}{
		{"read within 3 intervals", []l1.Liveness{{Interval: sec, Started: now.Add(-time.Hour), LastOK: now.Add(-2 * sec)}}, ServiceUp},
		{"last read too old", []l1.Liveness{{Interval: sec, Started: now.Add(-time.Hour), LastOK: now.Add(-4 * sec)}}, ServiceDown},
		{"one fresh view is enough", []l1.Liveness{
			{Interval: sec, Started: now.Add(-time.Hour), LastOK: now.Add(-time.Minute)},
			{Interval: time.Minute, Started: now.Add(-time.Hour), LastOK: now.Add(-time.Minute)},
		}, ServiceUp},
		{"no read yet, just started", []l1.Liveness{{Interval: sec, Started: now.Add(-sec)}}, ServiceInitializing},
		{"no read since start long ago", []l1.Liveness{{Interval: sec, Started: now.Add(-time.Minute)}}, ServiceDown},
		{"views that do not poll are ignored", []l1.Liveness{{LastOK: now}}, ServiceDown},
	} {
		if got := l1Status(now, tc.views); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestConsensusStatus(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    consensusState
		want ServiceStatus
	}{
		{"stopped", consensusState{}, ServiceDown},
		{"caught up with peers", consensusState{Running: true, Peers: 2, Others: 3}, ServiceUp},
		{"alone in the set", consensusState{Running: true}, ServiceUp},
		{"no peer while others validate", consensusState{Running: true, Others: 3}, ServiceDown},
		{"catching up", consensusState{Running: true, CatchingUp: true, Peers: 1, Others: 3}, ServiceInitializing},
		{"catching up without peers", consensusState{Running: true, CatchingUp: true, Others: 3}, ServiceDown},
	} {
		if got := consensusStatus(tc.s); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestSignerStatus(t *testing.T) {
	now := time.Now()
	for _, tc := range []struct {
		name string
		h    signing.Health
		want ServiceStatus
	}{
		{"nothing to sign yet", signing.Health{Aggregators: 1}, ServiceUp},
		{"last accepted", signing.Health{Aggregators: 1, LastAnswered: 7, LastAccepted: true}, ServiceUp},
		{"last refused", signing.Health{Aggregators: 2, LastAnswered: 7}, ServiceDown},
		{"waiting briefly", signing.Health{Aggregators: 1, LastAnswered: 7, LastAccepted: true, WaitingSince: now.Add(-time.Second)}, ServiceUp},
		{"waiting too long", signing.Health{Aggregators: 1, LastAnswered: 7, LastAccepted: true, WaitingSince: now.Add(-2 * time.Minute)}, ServiceDown},
		{"no aggregator", signing.Health{}, ServiceDown},
	} {
		if got := signerStatus(now, tc.h, time.Minute); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}

// The API probe: a JSON-RPC server answering (even with a refusal or a rate limit) is up;
// nothing listening is down.
func TestAPIStatus(t *testing.T) {
	rpcSrv := gethrpc.NewServer()
	t.Cleanup(rpcSrv.Stop)
	up := httptest.NewServer(rpcSrv)
	t.Cleanup(up.Close)
	limited := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, `{"jsonrpc":"2.0","id":null,"error":{"code":-32005,"message":"rate limit exceeded"}}`, http.StatusTooManyRequests)
	}))
	t.Cleanup(limited.Close)
	closed, err := freeport.Addr() // nothing listens there
	if err != nil {
		t.Fatal(err)
	}

	ctx := t.Context()
	for _, tc := range []struct {
		addr string
		want ServiceStatus
	}{
		{strings.TrimPrefix(up.URL, "http://"), ServiceUp},
		{strings.TrimPrefix(limited.URL, "http://"), ServiceUp},
		{closed, ServiceDown},
		{"", ServiceInitializing},
	} {
		if got := apiStatus(ctx, tc.addr); got != tc.want {
			t.Errorf("API at %q: %s, want %s", tc.addr, got, tc.want)
		}
	}
}

func TestSetStakes(t *testing.T) {
	reg := prometheus.NewRegistry()
	g := newRegisteredStakes(reg)
	me := common.Hash{7}
	ops := []avs.Operator{
		{ID: common.Hash{1}, Stakes: map[uint8]*big.Int{0: big.NewInt(5)}},
		{ID: me, Stakes: map[uint8]*big.Int{0: big.NewInt(3e18), 2: big.NewInt(40)}},
	}
	setStakes(g, me, ops)
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	if len(mfs) != 1 || mfs[0].GetName() != "eigen_registered_stakes" || len(mfs[0].GetMetric()) != 2 {
		t.Fatalf("gathered %v", mfs)
	}
	got := make(map[string]float64)
	for _, m := range mfs[0].GetMetric() {
		labels := make(map[string]string)
		for _, l := range m.GetLabel() {
			labels[l.GetName()] = l.GetValue()
		}
		if labels["avs_name"] != "lockstep" {
			t.Fatalf("labels %v", labels)
		}
		got[labels["quorum_number"]] = m.GetGauge().GetValue()
	}
	if got["0"] != 3e18 || got["2"] != 40 {
		t.Fatalf("stakes %v", got)
	}
	// Deregistered: no stake reported any more.
	setStakes(g, me, ops[:1])
	if mfs, _ := reg.Gather(); len(mfs) != 0 {
		t.Fatalf("after deregistration: %v", mfs)
	}
}
