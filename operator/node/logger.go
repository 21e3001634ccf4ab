package node

import (
	"context"
	"log/slog"
	"slices"

	cmtlog "github.com/cometbft/cometbft/libs/log"
)

// cmtLogger adapts slog to CometBFT's logger. CometBFT's info level is chatty (every vote), so
// its messages go out one level lower than they come in: info as debug, error as warn... unless
// min says otherwise.
//
// With only keeps its attributes until a message is logged: CometBFT's vote and block gossip
// call With on every pass of their loops (every few milliseconds per peer), and slog's With
// formats the attributes at once, for messages that are nearly always below min.
type cmtLogger struct {
	l   *slog.Logger
	min slog.Level
	kv  []any
}

var _ cmtlog.Logger = cmtLogger{}

func newCmtLogger(l *slog.Logger, min slog.Level) cmtLogger {
	return cmtLogger{l: l.With("component", "cometbft"), min: min}
}

func (c cmtLogger) log(level slog.Level, msg string, kv []any) {
	if level < c.min {
		return
	}
	if len(c.kv) > 0 {
		kv = append(slices.Clip(c.kv), kv...)
	}
	c.l.Log(context.Background(), level, msg, kv...)
}

func (c cmtLogger) Debug(msg string, kv ...any) { c.log(slog.LevelDebug-4, msg, kv) }
func (c cmtLogger) Info(msg string, kv ...any)  { c.log(slog.LevelDebug, msg, kv) }
func (c cmtLogger) Error(msg string, kv ...any) { c.log(slog.LevelWarn, msg, kv) }
func (c cmtLogger) With(kv ...any) cmtlog.Logger {
	return cmtLogger{l: c.l, min: c.min, kv: append(slices.Clip(c.kv), kv...)}
}
