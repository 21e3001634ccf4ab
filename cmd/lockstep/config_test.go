package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/aggregator"
	"github.com/lockstep-xyz/lockstep/follower"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
	"github.com/lockstep-xyz/lockstep/operator/node"
	"github.com/lockstep-xyz/lockstep/system"
)

// readWith runs command (found by its path in the app) with args, replacing its action by read.
func readWith(t *testing.T, path []string, args []string, read func(*cli.Context) error) error {
	t.Helper()
	app := newApp()
	cmds := app.Commands
	var cmd *cli.Command
	for _, name := range path {
		for _, c := range cmds {
			if c.Name == name {
				cmd = c
			}
		}
		cmds = cmd.Subcommands
	}
	cmd.Action = read
	return app.Run(append(append([]string{"lockstep"}, path...), args...))
}

func aggregatorSetupOf(t *testing.T, args ...string) (aggregatorSetup, error) {
	t.Helper()
	var s aggregatorSetup
	err := readWith(t, []string{"aggregator", "run"}, args, func(c *cli.Context) (err error) {
		s, err = readAggregatorSetup(c)
		return err
	})
	return s, err
}

// devKeyArgs writes an ECDSA keystore and its password file and returns the flags naming them.
func devKeyArgs(t *testing.T) []string {
	t.Helper()
	ks, pw, err := system.WriteDevKeystore(t.TempDir(), system.AggregatorAccount, "pw")
	if err != nil {
		t.Fatal(err)
	}
	return system.KeyArgs(ks, pw)
}

func TestAggregatorSetup(t *testing.T) {
	dep, dir := testutil.Deployment(t, "http://127.0.0.1:8545"), t.TempDir()
	key := devKeyArgs(t)
	with := func(args ...string) []string { return append(append([]string{"--deployment", dep}, key...), args...) }
	// Today's spellings and the old ones are the same flags.
	a, errA := aggregatorSetupOf(t, with("--home", dir, "--l1.rpc", "http://l1:1", "--api.addr", "127.0.0.1:1", "--metrics.addr", "",
		"--l1.poll", "7ms", "--api.max-request-bytes", "1000", "--api.rate", "5", "--api.burst", "6")...)
	b, errB := aggregatorSetupOf(t, with("--data-dir", dir, "--l1-rpc", "http://l1:1", "--listen", "127.0.0.1:1", "--metrics", "",
		"--poll-interval", "7ms", "--max-request-bytes", "1000", "--rate-limit", "5", "--rate-burst", "6")...)
	if errA != nil || errB != nil || !reflect.DeepEqual(a, b) {
		t.Fatalf("aliases differ:\n%+v %v\n%+v %v", a, errA, b, errB)
	}
	if a.L1.URL != "http://l1:1" || a.Config.ListenAddr != "127.0.0.1:1" || a.Config.MetricsAddr != "" || a.Config.ChainID != 31337 ||
		a.Config.DataDir != dir || a.Config.PollInterval != 7*time.Millisecond || a.Config.MaxRequestBytes != 1000 ||
		a.Config.RatePerSecond != 5 || a.Config.RateBurst != 6 || a.Key.Keystore != key[1] {
		t.Fatalf("setup %+v", a)
	}
	// Defaults are the service's but for the confirmations: a production L1 reorgs.
	want := aggregator.DefaultConfig()
	if a.Config.ReferenceLag != want.ReferenceLag || a.Config.Linger != want.Linger || a.Config.TxMgr.MaxInFlight != want.TxMgr.MaxInFlight ||
		a.Config.TxMgr.Confirmations == 0 {
		t.Fatalf("defaults: %+v, want %+v with confirmations above 0", a.Config, want)
	}
	z, err := aggregatorSetupOf(t, with("--home", dir, "--reference-lag", "0", "--linger", "0", "--confirmations", "0")...)
	if err != nil || z.Config.ReferenceLag != 0 || z.Config.Linger != 0 || z.Config.TxMgr.Confirmations != 0 || z.L1.URL != "http://127.0.0.1:8545" {
		t.Fatalf("reference lag 0, linger 0, confirmations 0: %+v %v", z.Config, err)
	}
	// The old environment variables still work.
	t.Setenv("LOCKSTEP_AGGREGATOR_LISTEN", "127.0.0.1:2")
	t.Setenv("LOCKSTEP_AGGREGATOR_DATA_DIR", dir)
	if e, err := aggregatorSetupOf(t, with()...); err != nil || e.Config.ListenAddr != "127.0.0.1:2" || e.Config.DataDir != dir {
		t.Fatalf("LOCKSTEP_AGGREGATOR_LISTEN, LOCKSTEP_AGGREGATOR_DATA_DIR: %+v %v", e.Config, err)
	}
	keyArgs := strings.Join(key, " ")
	for args, flag := range map[string]string{
		keyArgs:               "--deployment",
		"--deployment " + dep: "--ecdsa.keystore",
		"--deployment " + dep + " " + keyArgs + " --api.max-request-bytes 0": "--api.max-request-bytes",
		"--deployment " + dep + " " + keyArgs + " --max-in-flight 0":         "--max-in-flight",
		"--deployment " + dep + " " + keyArgs + " --api.burst 0":             "--api.burst",
		"--deployment " + dep + " " + keyArgs + " --metrics.addr nope":       "--metrics.addr",
		"--deployment " + dep + " " + keyArgs + " --pprof.addr nope":         "--pprof.addr",
		"--deployment " + dep + " " + keyArgs + " --home=":                   "--home",
		"--deployment " + dep + " " + keyArgs + " --l1.poll 0s":              "--l1.poll",
	} {
		if _, err := aggregatorSetupOf(t, strings.Fields(args)...); err == nil || !strings.Contains(err.Error(), flag) {
			t.Errorf("%s: %v, want an error naming %s", args, err, flag)
		}
	}
}

func TestFollowConfig(t *testing.T) {
	dep := testutil.Deployment(t, "http://127.0.0.1:8545")
	read := func(args ...string) (follower.Config, string, error) {
		var cfg follower.Config
		var url string
		err := readWith(t, []string{"follow"}, args, func(c *cli.Context) error {
			var err error
			l1cfg, l1, err := readFollowConfig(c)
			cfg, url = l1cfg, l1.URL
			return err
		})
		return cfg, url, err
	}
	a, urlA, errA := read("--rollup", "901", "--operator-rpc", "http://op:1", "--deployment", dep, "--l1.rpc", "http://l1:1", "--l1.poll", "3s")
	b, urlB, errB := read("--rollup", "901", "--operator-rpc", "http://op:1", "--deployment", dep, "--l1-rpc", "http://l1:1", "--l1-poll", "3s")
	if errA != nil || errB != nil || !reflect.DeepEqual(a, b) || urlA != urlB || urlA != "http://l1:1" || a.Registry.Hex() != "0x0000000000000000000000000000000000000005" {
		t.Fatalf("aliases differ: %+v %s %v / %+v %s %v", a, urlA, errA, b, urlB, errB)
	}
	if a.PollInterval != follower.DefaultPollInterval || a.L1PollInterval != 3*time.Second || a.FromHeight != 1 || a.Confirmations != 1 || a.Failback != 30*time.Second {
		t.Fatalf("defaults: %+v", a)
	}
	for args, flag := range map[string]string{
		"--operator-rpc http://op:1 --deployment " + dep:                                                              "--rollup",
		"--rollup 901 --deployment " + dep:                                                                            "--operator-rpc",
		"--rollup 901 --operator-rpc http://op:1":                                                                     "--l1.checkpoint-registry",
		"--rollup 901 --operator-rpc ftp://op:1 --deployment " + dep:                                                  "--operator-rpc",
		"--rollup 901 --operator-rpc http://op:1 --l1.checkpoint-registry 0x0000000000000000000000000000000000000005": "--l1.rpc",
		"--rollup 901 --operator-rpc http://op:1 --deployment " + dep + " --from 0":                                   "--from",
		"--rollup 901 --operator-rpc http://op:1 --deployment " + dep + " --poll 0s":                                  "--poll ",
		"--rollup 901 --operator-rpc http://op:1 --deployment " + dep + " --l1-poll 0s":                               "--l1.poll",
		"--rollup 901 --operator-rpc http://op:1 --deployment " + dep + " --failback -1s":                             "--failback",
	} {
		if _, _, err := read(strings.Fields(args)...); err == nil || !strings.Contains(err.Error(), flag) {
			t.Errorf("%s: %v, want an error naming %s", args, err, flag)
		}
	}
}

func TestOperatorSetup(t *testing.T) {
	dep := testutil.Deployment(t, "http://127.0.0.1:8545")
	read := func(args ...string) (operatorSetup, error) {
		var s operatorSetup
		err := readWith(t, []string{"operator", "run"}, args, func(c *cli.Context) (err error) {
			s, err = readOperatorSetup(c)
			return err
		})
		return s, err
	}
	s, err := read("--home", t.TempDir(), "--deployment", dep, "--metrics.addr", "127.0.0.1:9", "--pprof.addr", "127.0.0.1:10")
	if err != nil || s.Config.L1RPC != "http://127.0.0.1:8545" || s.Config.Contracts.CheckpointRegistry.Hex() != "0x0000000000000000000000000000000000000005" ||
		s.Config.MetricsAddr != "127.0.0.1:9" || s.Pprof != "127.0.0.1:10" {
		t.Fatalf("setup %+v %v", s, err)
	}
	if s, err := read("--home", t.TempDir()); err != nil || s.Config.L1RPC != "" || s.Pprof != "" {
		t.Fatalf("no L1: %+v %v", s, err)
	}
	for args, flag := range map[string]string{
		"--api.addr=":               "--api.addr",
		"--p2p.laddr nope":          "--p2p.laddr",
		"--l1.rpc http://l1:1":      "--deployment",
		"--log.cometbft-level loud": "--log.cometbft-level",
		"--l1.checkpoint-registry 0x0000000000000000000000000000000000000005": "--l1.rpc",
		"--pprof.addr nope":                "--pprof.addr",
		"--api.max-request-bytes 0":        "--api.max-request-bytes",
		"--validators.sync-interval=-1s":   "--validators.sync-interval",
		"--deployment " + dep + " --home=": "--home",
	} {
		if _, err := read(append([]string{"--home", t.TempDir()}, strings.Fields(args)...)...); err == nil || !strings.Contains(err.Error(), flag) {
			t.Errorf("%s: %v, want an error naming %s", args, err, flag)
		}
	}
}

// --consensus.profile picks the timings; a --consensus.* flag given on the command line, in the
// environment or in the config file beats the profile's value.
func TestOperatorConsensusProfile(t *testing.T) {
	read := func(args ...string) (node.ConsensusConfig, error) {
		var s operatorSetup
		err := readWith(t, []string{"operator", "run"}, append([]string{"--home", t.TempDir()}, args...), func(c *cli.Context) (err error) {
			s, err = readOperatorSetup(c)
			return err
		})
		return s.Config.Consensus, err
	}
	lan, _ := node.ConsensusProfile(node.ProfileLAN)
	wan, _ := node.ConsensusProfile(node.ProfileWAN)
	if lan != node.DefaultConfig("").Consensus || lan == wan {
		t.Fatalf("profiles: lan %+v (defaults %+v), wan %+v", lan, node.DefaultConfig("").Consensus, wan)
	}
	if got, err := read(); err != nil || got != lan {
		t.Fatalf("no profile: %+v %v, want lan %+v", got, err, lan)
	}
	if got, err := read("--consensus.profile", "wan"); err != nil || got != wan {
		t.Fatalf("wan: %+v %v, want %+v", got, err, wan)
	}
	want := wan
	want.FlushThrottle, want.TimeoutPropose = 2*time.Millisecond, 7*time.Second
	t.Setenv("LOCKSTEP_OPERATOR_CONSENSUS_TIMEOUT_PROPOSE", "7s")
	if got, err := read("--consensus.profile", "wan", "--p2p.flush-throttle", "2ms"); err != nil || got != want {
		t.Fatalf("wan with overrides: %+v %v, want %+v", got, err, want)
	}
	conf := filepath.Join(t.TempDir(), "c.yaml")
	if err := os.WriteFile(conf, []byte("consensus:\n  profile: wan\n  gossip-sleep: 4ms\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	want.FlushThrottle, want.PeerGossipSleep = wan.FlushThrottle, 4*time.Millisecond
	if got, err := read("--config", conf); err != nil || got != want {
		t.Fatalf("wan from the config file: %+v %v, want %+v", got, err, want)
	}
	if _, err := read("--consensus.profile", "moon"); err == nil || !strings.Contains(err.Error(), "--consensus.profile") {
		t.Fatalf("unknown profile: %v, want an error naming --consensus.profile", err)
	}
}
