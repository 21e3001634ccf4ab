package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/internal/cliapp"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// Every command's --help lists the unified flag names, explains every flag, and hides the
// removed plaintext-key flags.
func TestHelpListsUnifiedFlags(t *testing.T) {
	l1 := []string{"l1.rpc", "deployment"}
	ecdsa := []string{"ecdsa.keystore", "ecdsa.password-file"}
	bls := []string{"bls.keystore", "bls.password-file"}
	logs := []string{"log.level", "log.format"}
	cat := func(groups ...[]string) []string {
		var out []string
		for _, g := range groups {
			out = append(out, g...)
		}
		return out
	}
	for cmd, want := range map[string][]string{
		"operator init":       {"home", "json"},
		"operator genesis":    cat(l1, []string{"home"}),
		"operator run":        cat(l1, bls, []string{"home", "api.addr", "metrics.addr", "l1.poll", "config"}),
		"operator register":   cat(l1, ecdsa, bls, []string{"home"}),
		"operator deregister": cat(l1, ecdsa),
		"operator status":     cat(l1, []string{"json"}),
		"aggregator run":      cat(l1, ecdsa, []string{"home", "api.addr", "metrics.addr", "l1.poll", "confirmations", "config"}),
		"follow":              cat(l1, []string{"poll", "l1.poll", "confirmations", "config"}),
		"force":               cat(l1, ecdsa, []string{"confirmations", "json"}),
		"slash":               cat(l1, ecdsa, []string{"json"}),
		"rollup run":          cat(l1, []string{"home", "api.addr", "metrics.addr", "poll", "l1.poll", "confirmations", "config"}),
		"rollup genesis":      {"json"},
		"keys bls create":     {"bls.keystore", "bls.password-file", "json"},
		"keys bls import":     {"bls.keystore", "bls.password-file", "json"},
		"keys ecdsa create":   {"ecdsa.keystore", "ecdsa.password-file", "json"},
		"keys ecdsa import":   cat(ecdsa, []string{"key-file", "json"}),
	} {
		app := newApp()
		var out bytes.Buffer
		app.Writer = &out
		if err := app.Run(append(append([]string{"lockstep"}, strings.Fields(cmd)...), "--help")); err != nil {
			t.Fatalf("%s --help: %v", cmd, err)
		}
		help := out.String()
		for _, name := range append(want, logs...) {
			if !strings.Contains(help, "--"+name+" ") && !strings.Contains(help, "--"+name+",") {
				t.Errorf("lockstep %s --help does not list --%s:\n%s", cmd, name, help)
			}
		}
		for _, removed := range []string{"--key-env", "--devnet"} {
			if strings.Contains(help, removed) {
				t.Errorf("lockstep %s --help lists %s", cmd, removed)
			}
		}
	}
	// Every visible flag says what it is for.
	var walk func(path string, cmds []*cli.Command)
	walk = func(path string, cmds []*cli.Command) {
		for _, c := range cmds {
			for _, f := range c.Flags {
				df, ok := f.(cli.DocGenerationFlag)
				if vf, vis := f.(cli.VisibleFlag); ok && (!vis || vf.IsVisible()) && strings.TrimSpace(df.GetUsage()) == "" {
					t.Errorf("%s %s: --%s has no usage text", path, c.Name, f.Names()[0])
				}
			}
			walk(path+" "+c.Name, c.Subcommands)
		}
	}
	walk("lockstep", newApp().Commands)
}

// flagValue runs the command at path with args and returns the value of flag name.
func flagValue(t *testing.T, path, name string, args ...string) (any, error) {
	t.Helper()
	var v any
	err := readWith(t, strings.Fields(path), args, func(c *cli.Context) error {
		switch f := c.Value(name).(type) {
		case cli.StringSlice:
			v = f.Value()
		default:
			v = f
		}
		return nil
	})
	return v, err
}

// Each old spelling parses to the same value as the unified name, on the command line and in
// its old environment variable.
func TestOldSpellings(t *testing.T) {
	for _, tc := range []struct {
		path, name, old, value string
		extra                  []string // required flags
	}{
		{"aggregator run", "l1.rpc", "l1-rpc", "http://l1:1", nil},
		{"aggregator run", "api.addr", "listen", "127.0.0.1:1", nil},
		{"aggregator run", "metrics.addr", "metrics", "127.0.0.1:2", nil},
		{"aggregator run", "home", "data-dir", "/var/lib/agg", nil},
		{"aggregator run", "l1.poll", "poll-interval", "3s", nil},
		{"aggregator run", "api.max-request-bytes", "max-request-bytes", "1234", nil},
		{"aggregator run", "api.rate", "rate-limit", "7", nil},
		{"aggregator run", "api.burst", "rate-burst", "8", nil},
		{"follow", "l1.poll", "l1-poll", "4s", nil},
		{"follow", "l1.rpc", "l1-rpc", "http://l1:2", nil},
		{"slash", "l1.rpc", "l1-rpc", "http://l1:3", []string{"--evidence", "e.json"}},
		{"force", "l1.rpc", "l1-rpc", "http://l1:4", nil},
		{"rollup run", "api.addr", "http.addr", "127.0.0.1:3", nil},
		{"rollup run", "api.ws-addr", "ws.addr", "127.0.0.1:4", nil},
		{"keys ecdsa create", "ecdsa.keystore", "out", "/tmp/k.json", nil},
		{"keys ecdsa create", "ecdsa.password-file", "password-file", "/tmp/pw", []string{"--ecdsa.keystore", "k.json"}},
		{"keys bls create", "bls.keystore", "out", "/tmp/b.json", nil},
	} {
		newV, errN := flagValue(t, tc.path, tc.name, append([]string{"--" + tc.name, tc.value}, tc.extra...)...)
		oldV, errO := flagValue(t, tc.path, tc.name, append([]string{"--" + tc.old, tc.value}, tc.extra...)...)
		if errN != nil || errO != nil || !reflect.DeepEqual(newV, oldV) || fmt.Sprint(newV) == fmt.Sprint(defaultOf(t, tc.path, tc.name, tc.extra)) {
			t.Errorf("%s: --%s %s gives %v (%v), --%s gives %v (%v)", tc.path, tc.name, tc.value, newV, errN, tc.old, oldV, errO)
		}
		prefix := map[string]string{"aggregator run": aggPrefix, "follow": followPrefix, "slash": slashPrefix, "force": forcePrefix,
			"rollup run": rollupPrefix, "keys ecdsa create": keysPrefix, "keys bls create": keysPrefix}[tc.path]
		env := cliapp.EnvVar(prefix, tc.old)[0]
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, tc.value)
			envV, err := flagValue(t, tc.path, tc.name, tc.extra...)
			if err != nil || !reflect.DeepEqual(envV, newV) {
				t.Errorf("%s=%s: --%s is %v (%v), want %v", env, tc.value, tc.name, envV, err, newV)
			}
		})
	}
}

// defaultOf is flag name's value when not given (nil when the command requires it).
func defaultOf(t *testing.T, path, name string, extra []string) any {
	t.Helper()
	v, _ := flagValue(t, path, name, extra...)
	return v
}

// A YAML config file sets the flags of every long-running command; the command line beats the
// environment, which beats the file, which beats the default.
func TestConfigFilePrecedence(t *testing.T) {
	dir := t.TempDir()
	write := func(body string) string {
		t.Helper()
		p := filepath.Join(dir, fmt.Sprintf("c%d.yaml", time.Now().UnixNano()))
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	conf := write("api.addr: 127.0.0.1:9999\nmempool.size: 77\nconsensus.gossip-sleep: 3ms\nmoniker: from-file\napi.rate: 5\n" +
		"p2p:\n  peers: [a@h:1, b@h:2]\nl1:\n  poll: 2s\n")
	t.Setenv("LOCKSTEP_OPERATOR_MEMPOOL_SIZE", "88")
	var got struct {
		addr, moniker string
		size          int
		gossip, poll  time.Duration
		rate          float64
		peers         []string
		blockBytes    int64
	}
	err := readWith(t, []string{"operator", "run"}, []string{"--config", conf, "--moniker", "from-flag"}, func(c *cli.Context) error {
		got.addr, got.moniker, got.size, got.gossip = c.String("api.addr"), c.String("moniker"), c.Int("mempool.size"), c.Duration("consensus.gossip-sleep")
		got.poll, got.rate, got.peers, got.blockBytes = c.Duration("l1.poll"), c.Float64("api.rate"), c.StringSlice("p2p.peers"), c.Int64("block.max-tx-bytes")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got.addr != "127.0.0.1:9999" || got.moniker != "from-flag" || got.size != 88 || got.gossip != 3*time.Millisecond || got.poll != 2*time.Second ||
		got.rate != 5 || !reflect.DeepEqual(got.peers, []string{"a@h:1", "b@h:2"}) || got.blockBytes != 4<<20 {
		t.Fatalf("got %+v", got)
	}

	// Every long-running command reads one, old spellings included; the others take none.
	dep := testutil.Deployment(t, "http://127.0.0.1:8545")
	for path, body := range map[string]string{
		"aggregator run": "deployment: " + dep + "\nlisten: 127.0.0.1:5\nconfirmations: 0\nlog.level: debug\n",
		"follow":         "deployment: " + dep + "\nl1-poll: 5s\nconfirmations: 0\n",
		"rollup run":     "deployment: " + dep + "\nhttp.addr: 127.0.0.1:5\nconfirmations: 0\n",
	} {
		var confirmations uint64
		var level string
		err := readWith(t, strings.Fields(path), []string{"--config", write(body)}, func(c *cli.Context) error {
			confirmations, level = c.Uint64("confirmations"), c.String("log.level")
			if c.String("deployment") != dep {
				return fmt.Errorf("deployment %q", c.String("deployment"))
			}
			return nil
		})
		if err != nil || confirmations != 0 || (path == "aggregator run" && level != "debug") {
			t.Errorf("%s --config: %v, confirmations %d, log level %s", path, err, confirmations, level)
		}
	}
	for _, path := range []string{"slash", "force", "keys ecdsa create", "operator register"} {
		if err := newApp().Run(append(append([]string{"lockstep"}, strings.Fields(path)...), "--config", conf)); err == nil || !strings.Contains(err.Error(), "not defined") {
			t.Errorf("lockstep %s --config: %v, want flag not defined", path, err)
		}
	}
}

// A key that names no flag is an error naming it, as are a value of the wrong type and a file
// that is not YAML.
func TestConfigFileErrors(t *testing.T) {
	dir := t.TempDir()
	for body, want := range map[string]string{
		"api.addr: 127.0.0.1:1\napi.adr: 127.0.0.1:2\nl1:\n  rpcc: x\n": "unknown settings api.adr, l1.rpcc",
		"mempool.size: lots\n":              "mempool.size",
		"consensus.timeout-commit: 5\n":     "consensus.timeout-commit",
		"api.addr = 127.0.0.1:1\n":          "YAML",
		"key-file: /etc/lockstep/key.hex\n": "unknown settings key-file",
	} {
		p := filepath.Join(dir, "c.yaml")
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		err := readWith(t, []string{"operator", "run"}, []string{"--config", p}, func(*cli.Context) error { return nil })
		if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "--config "+p) {
			t.Errorf("%q: %v, want an error naming --config and %q", body, err, want)
		}
	}
	err := readWith(t, []string{"follow"}, []string{"--config", filepath.Join(dir, "missing.yaml")}, func(*cli.Context) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file: %v", err)
	}
}

// The logging flags work after the subcommand as before it; after it wins.
func TestLogFlagsAfterSubcommand(t *testing.T) {
	level := func(args ...string) (slog.Level, string, error) {
		t.Helper()
		var cfg cliapp.LogConfig
		app := newApp()
		for _, c := range app.Commands {
			if c.Name == "aggregator" {
				c.Subcommands[0].Action = func(c *cli.Context) (err error) { cfg, err = cliapp.ReadLogConfig(c); return err }
			}
		}
		err := app.Run(append([]string{"lockstep"}, args...))
		return cfg.Level, cfg.Format, err
	}
	for _, tc := range []struct {
		args   string
		env    string
		level  slog.Level
		format string
	}{
		{"aggregator run", "", slog.LevelInfo, "text"},
		{"--log.level debug aggregator run", "", slog.LevelDebug, "text"},
		{"aggregator run --log.level debug --log.format json", "", slog.LevelDebug, "json"},
		{"--log.level warn aggregator run --log.level error", "", slog.LevelError, "text"},
		{"aggregator run", "warn", slog.LevelWarn, "text"},
		{"--log.level debug aggregator run", "warn", slog.LevelDebug, "text"},
		{"aggregator run --log.level error", "warn", slog.LevelError, "text"},
	} {
		if tc.env != "" {
			t.Setenv("LOCKSTEP_LOG_LEVEL", tc.env)
		} else {
			os.Unsetenv("LOCKSTEP_LOG_LEVEL")
		}
		l, f, err := level(strings.Fields(tc.args)...)
		if err != nil || l != tc.level || f != tc.format {
			t.Errorf("%s (LOCKSTEP_LOG_LEVEL=%s): level %s format %s %v, want %s %s", tc.args, tc.env, l, f, err, tc.level, tc.format)
		}
	}
	if _, _, err := level("aggregator", "run", "--log.level", "loud"); err == nil || !strings.Contains(err.Error(), "--log.level") {
		t.Errorf("bad level after the subcommand: %v", err)
	}
}

// The aggregator, slash and force refuse a plaintext key flag, saying how to make a keystore.
func TestHexKeyFlagsRefused(t *testing.T) {
	dep := testutil.Deployment(t, "http://127.0.0.1:1")
	keyFile := filepath.Join(t.TempDir(), "key.hex")
	if err := os.WriteFile(keyFile, []byte("0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range []string{
		"aggregator run --deployment " + dep + " --key-file " + keyFile,
		"aggregator run --deployment " + dep + " --key-env SUBMITTER_KEY",
		"aggregator run --deployment " + dep + " --devnet",
		"slash --evidence e.json --deployment " + dep + " --key-file " + keyFile,
		"slash --evidence e.json --deployment " + dep + " --devnet --devnet-account 2",
		"force --rollup 901 --payload 0x01 --deployment " + dep + " --key-file " + keyFile,
	} {
		err := newApp().Run(append([]string{"lockstep"}, strings.Fields(args)...))
		if err == nil || !strings.Contains(err.Error(), "lockstep keys ecdsa import") {
			t.Errorf("lockstep %s: %v, want a refusal pointing at lockstep keys ecdsa import", args, err)
		}
	}
}

// The example config files of the operator kit hold only keys their commands know.
func TestDeployConfigExamples(t *testing.T) {
	for file, path := range map[string]string{
		"operator.yaml": "operator run", "aggregator.yaml": "aggregator run", "follow.yaml": "follow", "rollup.yaml": "rollup run",
	} {
		conf := filepath.Join("..", "..", "deploy", "config", file)
		var home string
		err := readWith(t, strings.Fields(path), []string{"--config", conf}, func(c *cli.Context) error {
			home = c.String(cliapp.HomeFlag)
			return nil
		})
		if err != nil {
			t.Errorf("%s with %s: %v", path, file, err)
		}
		if path != "follow" && !strings.HasPrefix(home, "/var/lib/lockstep/") {
			t.Errorf("%s with %s: home %q, not the file's", path, file, home)
		}
	}
}

// stdoutOf runs the lockstep command line with args and returns what it printed on stdout.
func stdoutOf(t *testing.T, args ...string) (string, error) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = w
	runErr := newApp().Run(append([]string{"lockstep"}, args...))
	os.Stdout = stdout
	w.Close()
	var out bytes.Buffer
	if _, err := out.ReadFrom(r); err != nil {
		t.Fatal(err)
	}
	return out.String(), runErr
}

// One-shot commands print their result as one JSON object with --json.
func TestJSONOutput(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("LOCKSTEP_KEYS_PASSWORD", "pw")
	for _, tc := range []struct {
		args []string
		keys []string
	}{
		{[]string{"rollup", "genesis", "--chain-id", "901", "--out", filepath.Join(dir, "g.json"), "--json"}, []string{"path", "chainId", "fundedAccounts"}},
		{[]string{"keys", "ecdsa", "create", "--ecdsa.keystore", filepath.Join(dir, "e.json"), "--json"}, []string{"keystore", "address"}},
		{[]string{"keys", "bls", "create", "--bls.keystore", filepath.Join(dir, "b.json"), "--json"}, []string{"keystore", "operatorId"}},
		{[]string{"operator", "init", "--home", filepath.Join(dir, "home"), "--p2p.external", "127.0.0.1:26656", "--json"}, []string{"home", "socket"}},
	} {
		out, err := stdoutOf(t, tc.args...)
		var got map[string]any
		if err != nil || json.Unmarshal([]byte(out), &got) != nil {
			t.Fatalf("%s: %v, printed %q", tc.args, err, out)
		}
		for _, k := range tc.keys {
			if got[k] == nil || got[k] == "" {
				t.Errorf("%s printed %s without %q", tc.args, out, k)
			}
		}
	}
}
