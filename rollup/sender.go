package rollup

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
)

// sendTimeout bounds one operator's answer to a forwarded transaction.
const sendTimeout = 5 * time.Second

// operatorSender forwards transactions to Lockstep operators: to the one that answered last,
// else the next in order. An operator that cannot be reached or is busy is skipped; an answer
// refusing the transaction is returned as it is (another operator would refuse it too).
type operatorSender struct {
	log *slog.Logger

	mu      sync.Mutex
	urls    []string
	clients map[string]*operatorapi.Client
	cur     int
}

func newOperatorSender(urls []string, log *slog.Logger) *operatorSender {
	return &operatorSender{log: log, urls: slices.Clone(urls), clients: make(map[string]*operatorapi.Client)}
}

// SendRawTransaction forwards raw and returns the hash the operator answers.
func (s *operatorSender) SendRawTransaction(ctx context.Context, raw []byte) (common.Hash, error) {
	s.mu.Lock()
	urls, cur := slices.Clone(s.urls), s.cur
	s.mu.Unlock()
	if len(urls) == 0 {
		return common.Hash{}, errors.New("no operator to send to (every configured operator was caught lying)")
	}
	var errs []error
	for k := range urls {
		i := (cur + k) % len(urls)
		c, err := s.client(ctx, urls[i])
		if err == nil {
			cctx, cancel := context.WithTimeout(ctx, sendTimeout)
			var h common.Hash
			h, err = c.SendRawTransaction(cctx, raw)
			cancel()
			if err == nil {
				s.mu.Lock()
				if i < len(s.urls) && s.urls[i] == urls[i] {
					s.cur = i
				}
				s.mu.Unlock()
				return h, nil
			}
			if _, answered := operatorapi.ErrorCode(err); answered && !operatorapi.IsBusy(err) {
				return common.Hash{}, err
			}
		}
		if ctx.Err() != nil {
			return common.Hash{}, ctx.Err()
		}
		s.log.Debug("operator did not take the transaction; trying the next", "operator", urls[i], "err", err)
		errs = append(errs, fmt.Errorf("%s: %w", urls[i], err))
	}
	if len(errs) == 1 {
		return common.Hash{}, errs[0]
	}
	return common.Hash{}, fmt.Errorf("no operator took the transaction: %w", errors.Join(errs...))
}

func (s *operatorSender) client(ctx context.Context, url string) (*operatorapi.Client, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.clients[url]; ok {
		return c, nil
	}
	cctx, cancel := context.WithTimeout(ctx, sendTimeout)
	defer cancel()
	c, err := operatorapi.Dial(cctx, url)
	if err != nil {
		return nil, err
	}
	s.clients[url] = c
	return c, nil
}

// Drop stops using an operator caught lying.
func (s *operatorSender) Drop(url string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := slices.Index(s.urls, url)
	if i < 0 {
		return
	}
	s.urls = slices.Delete(s.urls, i, i+1)
	if s.cur >= i && s.cur > 0 {
		s.cur--
	}
	if c, ok := s.clients[url]; ok {
		c.Close()
		delete(s.clients, url)
	}
}

// Close closes the connections.
func (s *operatorSender) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for u, c := range s.clients {
		c.Close()
		delete(s.clients, u)
	}
}
