package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

func TestForcePayload(t *testing.T) {
	read := func(args ...string) ([]byte, error) {
		var p []byte
		err := readWith(t, []string{"force"}, args, func(c *cli.Context) (err error) {
			p, err = forcePayload(c)
			return err
		})
		return p, err
	}
	for _, args := range [][]string{{"--payload", "0x0102"}, {"0x0102"}, {"--payload", " 0x0102\n"}} {
		if p, err := read(args...); err != nil || !bytes.Equal(p, []byte{1, 2}) {
			t.Errorf("%q: %x, %v", args, p, err)
		}
	}
	for args, want := range map[string]string{
		"":                    "no payload",
		"--payload 0x01 0x02": "not both",
		"0x01 0x02":           "one payload at most",
		"--payload 0102":      "want 0x-hex",
		"--payload 0x":        "empty",
		"--payload 0xzz":      "want 0x-hex",
	} {
		if _, err := read(strings.Fields(args)...); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want an error containing %q", args, err, want)
		}
	}
}

// Refusals before anything is sent: no rollup, no payload, no key, no deployment.
func TestForceRefusesBadInput(t *testing.T) {
	dep := testutil.Deployment(t, "http://127.0.0.1:1")
	key := strings.Join(devKeyArgs(t), " ")
	for args, want := range map[string]string{
		"--payload 0x01 --deployment " + dep + " " + key:                "--rollup is required",
		"--rollup 0 --payload 0x01 --deployment " + dep + " " + key:     "--rollup is required",
		"--rollup 901 --deployment " + dep + " " + key:                  "no payload",
		"--rollup 901 --payload 0x01 --deployment " + dep:               "no L1 key",
		"--rollup 901 --payload 0x01 --deployment " + dep + " --devnet": "lockstep keys ecdsa import",
		"--rollup 901 --payload 0x01 " + key:                            "--deployment is required",
		"--rollup 901 --payload 0x01 --deployment " + dep + " " + key:   "127.0.0.1:1", // L1 unreachable
	} {
		err := newApp().Run(append([]string{"lockstep", "force"}, strings.Fields(args)...))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want an error containing %q", args, err, want)
		}
	}
}
