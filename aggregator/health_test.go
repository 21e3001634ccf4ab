package aggregator

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/lockstep-xyz/lockstep/aggregator/submit"
)

func TestHealth(t *testing.T) {
	now := time.Now()
	stale := 10 * time.Second
	for _, tc := range []struct {
		name      string
		p         submit.Progress
		code      int
		reachable bool
	}{
		{"no L1 round yet", submit.Progress{}, http.StatusServiceUnavailable, false},
		{"L1 read just now", submit.Progress{LastL1Read: now.Add(-time.Second), LastStored: 4, LastStoredAt: now.Add(-2 * time.Second)}, http.StatusOK, true},
		{"L1 failing since the last read", submit.Progress{LastL1Read: now.Add(-time.Second), L1Error: "read head: connection refused"}, http.StatusServiceUnavailable, false},
		{"last read too long ago", submit.Progress{LastL1Read: now.Add(-time.Minute)}, http.StatusServiceUnavailable, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(healthHandler(func() Health { return health(now, tc.p, 3, stale) }))
			defer srv.Close()
			res, err := http.Get(srv.URL)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			var h map[string]any
			if err := json.NewDecoder(res.Body).Decode(&h); err != nil {
				t.Fatal(err)
			}
			wantStatus := HealthDown
			if tc.code == http.StatusOK {
				wantStatus = HealthUp
			}
			if res.StatusCode != tc.code || h["status"] != wantStatus || h["l1Reachable"] != tc.reachable || h["latestSettled"] != 3.0 ||
				h["lastSubmitted"] != float64(tc.p.LastStored) || (h["l1Error"] != nil) != (tc.p.L1Error != "") ||
				(h["lastL1Read"] != nil) != !tc.p.LastL1Read.IsZero() || (h["lastSubmittedAt"] != nil) != !tc.p.LastStoredAt.IsZero() {
				t.Fatalf("%d %v, want %d", res.StatusCode, h, tc.code)
			}
		})
	}
}
