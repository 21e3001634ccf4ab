package engine

import (
	"context"
	"log/slog"
	"strings"

	"github.com/ethereum/go-ethereum/log"
)

// quietMessages are geth warnings that say nothing wrong on a rollup.
var quietMessages = map[string]bool{
	// The blob pool evicts by the finalized block; it warns on every block until derivation
	// marks one finalized, and a rollup carries no blobs anyway.
	"Nil finalized block cannot evict old blobs": true,
	// The node runs geth's p2p server with no peers on purpose: blocks come from derivation.
	"P2P server will be useless, neither dialing nor listening": true,
	// The ancient store's background loop finds no head on a new data dir, before genesis is
	// written.
	"Head block is not reachable": true,
	// Derivation rewinds the soft head on purpose: to build the open second's block again as
	// heights join it, and when a soft batch is withdrawn (logged by derivation itself).
	"Rewinding blockchain to block": true,
}

// routeGethLogs sends go-ethereum's log output (a process-wide logger) to l, warnings and
// above only: geth's info lines describe a node of its own network, not the rollup's events,
// which the engine logs itself.
//
// The wrapper type keeps geth's log.SetDefault from also replacing slog's process default.
func routeGethLogs(l *slog.Logger) {
	log.SetDefault(gethLogger{log.NewLogger(&gethHandler{inner: l.With("component", "geth").Handler()})})
}

type gethLogger struct{ log.Logger }

type gethHandler struct{ inner slog.Handler }

func (h *gethHandler) Enabled(ctx context.Context, level slog.Level) bool {
	return level >= slog.LevelWarn && h.inner.Enabled(ctx, level)
}

func (h *gethHandler) Handle(ctx context.Context, r slog.Record) error {
	if quietMessages[r.Message] {
		return nil
	}
	// geth's RPC server warns of every call that answered an error: a refused transaction or
	// a reverted eth_call is the caller's business, and anyone could fill the log with them.
	if strings.HasPrefix(r.Message, "Served ") {
		if !h.inner.Enabled(ctx, slog.LevelDebug) {
			return nil
		}
		r.Level = slog.LevelDebug
	}
	return h.inner.Handle(ctx, r)
}

func (h *gethHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &gethHandler{inner: h.inner.WithAttrs(attrs)}
}

func (h *gethHandler) WithGroup(name string) slog.Handler {
	return &gethHandler{inner: h.inner.WithGroup(name)}
}
