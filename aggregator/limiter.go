package aggregator

import (
	"net"
	"net/http"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter rate-limits requests per client IP and bounds request bodies before they reach
// the JSON-RPC server.
type limiter struct {
	next     http.Handler
	perSec   rate.Limit
	burst    int
	maxBytes int64

	mu      sync.Mutex
	clients map[string]*client
	swept   time.Time
}

type client struct {
	lim  *rate.Limiter
	seen time.Time
}

func newLimiter(next http.Handler, perSec float64, burst, maxBytes int) *limiter {
	return &limiter{next: next, perSec: rate.Limit(perSec), burst: burst, maxBytes: int64(maxBytes),
		clients: make(map[string]*client), swept: time.Now()}
}

func (l *limiter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	now := time.Now()
	l.mu.Lock()
	c, ok := l.clients[host]
	if !ok {
		c = &client{lim: rate.NewLimiter(l.perSec, l.burst)}
		l.clients[host] = c
	}
	c.seen = now
	if now.Sub(l.swept) > time.Minute { // forget idle clients so the map stays bounded
		for h, c := range l.clients {
			if now.Sub(c.seen) > time.Minute {
				delete(l.clients, h)
			}
		}
		l.swept = now
	}
	allowed := c.lim.AllowN(now, 1)
	l.mu.Unlock()
	if !allowed {
		http.Error(w, "rate limit exceeded", http.StatusTooManyRequests)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, l.maxBytes)
	l.next.ServeHTTP(w, r)
}
