package aggregator

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestLimiter(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		buf := make([]byte, 100)
		if _, err := r.Body.Read(buf); err != nil && err.Error() == "http: request body too large" {
			http.Error(w, "too large", http.StatusRequestEntityTooLarge)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
	l := newLimiter(ok, 1, 2, 10)
	do := func(remote, body string) int {
		r := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(body))
		r.RemoteAddr = remote
		w := httptest.NewRecorder()
		l.ServeHTTP(w, r)
		return w.Code
	}
	// Burst of 2 per IP, then refused; another IP has its own bucket.
	for i, want := range []int{200, 200, 429} {
		if got := do("10.0.0.1:1234", "{}"); got != want {
			t.Fatalf("request %d from 10.0.0.1: %d, want %d", i, got, want)
		}
	}
	if got := do("10.0.0.2:1234", "{}"); got != 200 {
		t.Fatalf("other client: %d", got)
	}
	if got := do("10.0.0.3:1", strings.Repeat("x", 50)); got != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversized body: %d", got)
	}
}
