package bench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	httppprof "net/http/pprof"
	"os"
	"sync"
	"time"
)

// profilePath is where a process started with a profile address serves CPU profiles:
// GET /debug/pprof/profile?seconds=N, net/http/pprof's handler, the path `lockstep operator
// run --pprof.addr` serves it on.
const profilePath = "/debug/pprof/profile"

// ProfileServer serves CPU profiles of this process, for `lockstep-dev bench --profile`.
type ProfileServer struct {
	srv *http.Server
	wg  sync.WaitGroup
}

// StartProfileServer listens on addr (host:port) and serves profilePath.
func StartProfileServer(addr string) (*ProfileServer, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("profile server: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc(profilePath, httppprof.Profile)
	mux.HandleFunc("/debug/pprof/trace", httppprof.Trace) // an execution trace, as an operator's --pprof.addr serves
	p := &ProfileServer{srv: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}}
	p.wg.Add(1)
	go func() { // owned: Stop waits for it
		defer p.wg.Done()
		_ = p.srv.Serve(ln)
	}()
	return p, nil
}

// Stop closes the server and waits for it.
func (p *ProfileServer) Stop() error {
	err := p.srv.Close()
	p.wg.Wait()
	return err
}

// fetchProfile saves a CPU profile of d from the process serving profiles at addr into path.
func fetchProfile(ctx context.Context, addr string, d time.Duration, path string) error {
	ctx, cancel := context.WithTimeout(ctx, d+10*time.Second)
	defer cancel()
	url := fmt.Sprintf("http://%s%s?seconds=%g", addr, profilePath, d.Seconds())
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("fetch profile: %w", err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(res.Body, 512))
		return fmt.Errorf("fetch profile: %s: %s", res.Status, b)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	_, err = io.Copy(f, res.Body)
	return errors.Join(err, f.Close())
}
