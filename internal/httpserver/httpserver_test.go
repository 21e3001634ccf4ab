package httpserver

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestServeAndStop(t *testing.T) {
	s := New("test", "127.0.0.1:0", &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		io.WriteString(w, "hello")
	})}, nil, func(err error) { t.Errorf("failure reported for a normal stop: %v", err) })
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get("http://" + s.Addr())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "hello" {
		t.Fatalf("body %q", b)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	s.Wait()
	if err := s.Stop(context.Background()); err != nil || !s.Stopped() {
		t.Fatalf("second stop %v, stopped %v", err, s.Stopped())
	}
	if err := s.Start(context.Background()); err == nil {
		t.Fatal("a stopped server started again")
	}
}

func TestBadAddressFailsStart(t *testing.T) {
	s := New("metrics", "127.0.0.1:notaport", &http.Server{}, nil, nil)
	err := s.Start(context.Background())
	if err == nil || !strings.Contains(err.Error(), "metrics: listen on 127.0.0.1:notaport") {
		t.Fatalf("start: %v, want a listen error naming the server and address", err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatalf("stop after a failed start: %v", err)
	}
}

func TestListenerFailureIsReported(t *testing.T) {
	failed := make(chan error, 1)
	s := New("pprof", "127.0.0.1:0", &http.Server{}, nil, func(err error) { failed <- err })
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	s.Listener().Close() // the listener dies under the server
	select {
	case err := <-failed:
		if err == nil || !strings.Contains(err.Error(), "pprof server on") {
			t.Fatalf("failure %v, want one naming the server", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a dead listener was not reported")
	}
	if err := s.Stop(context.Background()); err != nil && !errors.Is(err, context.Canceled) {
		t.Fatalf("stop: %v", err)
	}
	s.Wait()
}
