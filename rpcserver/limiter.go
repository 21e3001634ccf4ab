package rpcserver

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

const (
	// idleAfter is how long a client is remembered without a request; a forgotten client starts
	// again with a full burst, which at any useful rate it would have refilled by then anyway.
	idleAfter = time.Minute
	// maxClients bounds the map against a spray of source addresses faster than idle clients
	// are forgotten: past it everyone is forgotten.
	maxClients = 100_000
)

// limiter is a token bucket per client IP.
type limiter struct {
	perSec rate.Limit
	burst  int

	mu      sync.Mutex
	clients map[string]*client
	swept   time.Time
}

type client struct {
	lim  *rate.Limiter
	seen time.Time
}

func newLimiter(perSec float64, burst int) *limiter {
	return &limiter{perSec: rate.Limit(perSec), burst: burst, clients: make(map[string]*client), swept: time.Now()}
}

// allow charges one request to ip and reports whether it is within the limit.
func (l *limiter) allow(ip string) bool {
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.swept) > idleAfter {
		for h, c := range l.clients {
			if now.Sub(c.seen) > idleAfter {
				delete(l.clients, h)
			}
		}
		l.swept = now
	}
	if len(l.clients) >= maxClients {
		l.clients = make(map[string]*client)
	}
	c, ok := l.clients[ip]
	if !ok {
		c = &client{lim: rate.NewLimiter(l.perSec, l.burst)}
		l.clients[ip] = c
	}
	c.seen = now
	return c.lim.AllowN(now, 1)
}
