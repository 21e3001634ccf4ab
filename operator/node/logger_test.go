package node

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

func TestCmtLoggerWith(t *testing.T) {
	var buf bytes.Buffer
	base := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug - 4, ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	l := newCmtLogger(base, slog.LevelWarn)
	peer := l.With("peer", "p1")
	height := peer.With("height", 7)
	height.Info("below the minimum")
	if buf.Len() != 0 {
		t.Fatalf("an info message (debug here) was logged under a warn minimum: %q", buf.String())
	}
	height.Error("send failed", "err", "boom")
	peer.Error("other", "n", 1)
	want := "level=WARN msg=\"send failed\" component=cometbft peer=p1 height=7 err=boom\n" +
		"level=WARN msg=other component=cometbft peer=p1 n=1\n"
	if got := buf.String(); got != want {
		t.Fatalf("logged\n%s\nwant\n%s", got, want)
	}

	// Siblings made from one parent do not share attributes.
	buf.Reset()
	a, b := peer.With("x", 1), peer.With("y", 2)
	a.Error("a")
	b.Error("b")
	if got := buf.String(); strings.Contains(got, "x=1 y=2") || !strings.Contains(got, "msg=b component=cometbft peer=p1 y=2") {
		t.Fatalf("siblings share attributes: %q", got)
	}
}
