package cliapp

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
)

// EnvVar is the one environment variable of flag name in a command whose variables start with
// prefix (LOCKSTEP_<SERVICE>): dots and dashes become underscores, letters upper case.
func EnvVar(prefix, name string) []string {
	return []string{envName(prefix, name)}
}

func envName(prefix, name string) string {
	return prefix + "_" + strings.NewReplacer(".", "_", "-", "_").Replace(strings.ToUpper(name))
}

// AliasEnvVars are the environment variables of a flag renamed from aliases: its own first, then
// each old spelling's, so a unit file written for an earlier version keeps working.
func AliasEnvVars(prefix, name string, aliases ...string) []string {
	env := EnvVar(prefix, name)
	for _, a := range aliases {
		if e := envName(prefix, a); !slices.Contains(env, e) { // l1-poll and l1.poll are both L1_POLL
			env = append(env, e)
		}
	}
	return env
}

// Flag names of the shared groups.
const (
	LogLevelFlag      = "log.level"
	LogFormatFlag     = "log.format"
	MetricsFlag       = "metrics.addr"
	PprofFlag         = "pprof.addr"
	HomeFlag          = "home"
	APIAddrFlag       = "api.addr"
	ConfirmationsFlag = "confirmations"
	L1PollFlag        = "l1.poll"
	PollFlag          = "poll"
	JSONFlag          = "json"
	ConfigFlag        = "config"
	defaultPrefix     = "LOCKSTEP"
	logLevelUsage     = "log level: debug, info, warn or error"
	logFormatUsage    = "log format: text or json"
)

// LogConfig selects the process logger.
type LogConfig struct {
	Level  slog.Level
	Format string // text or json
}

// DefaultLogConfig is info-level text.
func DefaultLogConfig() LogConfig { return LogConfig{Level: slog.LevelInfo, Format: "text"} }

// LogFlags are the logging flags. They are global (given before the command), so their
// environment variables are LOCKSTEP_LOG_LEVEL and LOCKSTEP_LOG_FORMAT in every command.
func LogFlags() []cli.Flag {
	d := DefaultLogConfig()
	return []cli.Flag{
		&cli.StringFlag{Name: LogLevelFlag, Usage: logLevelUsage, Value: strings.ToLower(d.Level.String()), EnvVars: EnvVar(defaultPrefix, LogLevelFlag)},
		&cli.StringFlag{Name: LogFormatFlag, Usage: logFormatUsage, Value: d.Format, EnvVars: EnvVar(defaultPrefix, LogFormatFlag)},
	}
}

// WithLogFlags adds the logging flags to every command of app that runs something, so that
// `lockstep operator run --log.level debug` works as `lockstep --log.level debug operator run`
// does. It returns app.
func WithLogFlags(app *cli.App) *cli.App {
	var walk func(cmds []*cli.Command)
	walk = func(cmds []*cli.Command) {
		for _, c := range cmds {
			if c.Action != nil && !hasFlag(c.Flags, LogLevelFlag) {
				for _, f := range LogFlags() {
					if hasFlag(c.Flags, ConfigFlag) { // the config file may set them too
						f = inputSourceFlag(f)
					}
					c.Flags = append(c.Flags, f)
				}
			}
			walk(c.Subcommands)
		}
	}
	walk(app.Commands)
	return app
}

func hasFlag(flags []cli.Flag, name string) bool {
	return slices.ContainsFunc(flags, func(f cli.Flag) bool { return f.Names()[0] == name })
}

// logFlag is a logging flag's value from the innermost command it was given to on the command
// line (after the subcommand, then before it), else its environment variable or default. Both
// levels define the flag and both read the environment variable, so a level whose value is the
// environment's was not given it on the command line (or was given the same value).
func logFlag(c *cli.Context, name string) string {
	env, envSet := os.LookupEnv(EnvVar(defaultPrefix, name)[0])
	for _, ctx := range c.Lineage() {
		if ctx.Command == nil || !hasFlag(ctx.Command.Flags, name) {
			continue
		}
		if v := ctx.String(name); ctx.IsSet(name) && (!envSet || v != env) {
			return v
		}
	}
	return c.String(name)
}

// ReadLogConfig reads the logging flags.
func ReadLogConfig(c *cli.Context) (LogConfig, error) {
	cfg := DefaultLogConfig()
	if err := cfg.Level.UnmarshalText([]byte(logFlag(c, LogLevelFlag))); err != nil {
		return cfg, fmt.Errorf("--%s: %w", LogLevelFlag, err)
	}
	cfg.Format = logFlag(c, LogFormatFlag)
	return cfg, cfg.Check()
}

// Check names the bad field.
func (c LogConfig) Check() error {
	if c.Format != "text" && c.Format != "json" {
		return fmt.Errorf("--%s: unknown format %q (want text or json)", LogFormatFlag, c.Format)
	}
	return nil
}

// NewLogger builds the process logger, writing to stderr (stdout is for a command's output).
func (c LogConfig) NewLogger() *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.Level}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(os.Stderr, opts))
	}
	return slog.New(slog.NewTextHandler(os.Stderr, opts))
}

// Logger reads the logging flags and builds the logger.
func Logger(c *cli.Context) (*slog.Logger, error) {
	cfg, err := ReadLogConfig(c)
	if err != nil {
		return nil, err
	}
	return cfg.NewLogger(), nil
}

// AddrFlag is a listen-address flag (host:port); aliases are earlier spellings, with their
// environment variables.
func AddrFlag(prefix, name, value, usage string, aliases ...string) *cli.StringFlag {
	return &cli.StringFlag{Name: name, Aliases: aliases, Value: value, Usage: usage, EnvVars: AliasEnvVars(prefix, name, aliases...)}
}

// NewAPIAddrFlag is --api.addr, the listen address of a service's API (every API listener of
// every command has this name).
func NewAPIAddrFlag(prefix, value, usage string, aliases ...string) *cli.StringFlag {
	return AddrFlag(prefix, APIAddrFlag, value, usage, aliases...)
}

// NewHomeFlag is --home, a service's data folder (every data folder has this name).
func NewHomeFlag(prefix, value, usage string, aliases ...string) *cli.StringFlag {
	return &cli.StringFlag{Name: HomeFlag, Aliases: aliases, Value: value, Usage: usage, EnvVars: AliasEnvVars(prefix, HomeFlag, aliases...)}
}

// NewConfirmationsFlag is --confirmations: L1 blocks on top of a block before what it holds
// counts. A production default is above 0 (a reorg must not undo what was reported); a devnet
// passes 0.
func NewConfirmationsFlag(prefix string, value uint64, usage string) *cli.Uint64Flag {
	return &cli.Uint64Flag{Name: ConfirmationsFlag, Value: value, Usage: usage, EnvVars: EnvVar(prefix, ConfirmationsFlag)}
}

// NewL1PollFlag is --l1.poll, how often a service reads L1.
func NewL1PollFlag(prefix string, value time.Duration, usage string, aliases ...string) *cli.DurationFlag {
	return &cli.DurationFlag{Name: L1PollFlag, Aliases: aliases, Value: value, Usage: usage, EnvVars: AliasEnvVars(prefix, L1PollFlag, aliases...)}
}

// NewPollFlag is --poll, how often a service asks the operators for new batches.
func NewPollFlag(prefix string, value time.Duration, usage string, aliases ...string) *cli.DurationFlag {
	return &cli.DurationFlag{Name: PollFlag, Aliases: aliases, Value: value, Usage: usage, EnvVars: AliasEnvVars(prefix, PollFlag, aliases...)}
}

// NewJSONFlag is --json: print the command's result as JSON on stdout, for scripts.
func NewJSONFlag(prefix string) *cli.BoolFlag {
	return &cli.BoolFlag{Name: JSONFlag, Usage: "print the result as JSON (one object per line) instead of text", EnvVars: EnvVar(prefix, JSONFlag)}
}

// MetricsAddrFlag is the Prometheus listen address flag of a service (empty: no metrics server).
func MetricsAddrFlag(prefix, value string, aliases ...string) *cli.StringFlag {
	return AddrFlag(prefix, MetricsFlag, value, "listen address for Prometheus /metrics (off when empty)", aliases...)
}

// PprofAddrFlag is the pprof listen address flag of a service (empty: off, the default).
func PprofAddrFlag(prefix string) *cli.StringFlag {
	return AddrFlag(prefix, PprofFlag, "", "listen address for Go's /debug/pprof (off when empty; never expose it publicly)")
}

// CheckAddr checks an optional listen address.
func CheckAddr(flag, addr string) error {
	if addr == "" {
		return nil
	}
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return fmt.Errorf("--%s %q: %w", flag, addr, err)
	}
	return nil
}

var flagName = regexp.MustCompile(`^[a-z0-9]+([.-][a-z0-9]+)*$`)

// CheckFlags checks the flags of every command of app: names lower case with dots and dashes,
// unique within a command (aliases included), and one LOCKSTEP_ environment variable each
// plus one per alias at most, the alias's own (help, version and generated flags excepted;
// hidden flags too). It is what a flags test calls.
func CheckFlags(app *cli.App) error {
	var errs []error
	var walk func(path string, flags []cli.Flag, cmds []*cli.Command)
	walk = func(path string, flags []cli.Flag, cmds []*cli.Command) {
		seen := map[string]bool{}
		for _, f := range flags {
			names := f.Names()
			if names[0] == "help" || names[0] == "version" {
				continue
			}
			for _, n := range names {
				if seen[n] {
					errs = append(errs, fmt.Errorf("%s: flag --%s defined twice", path, n))
				}
				seen[n] = true
				if !flagName.MatchString(n) {
					errs = append(errs, fmt.Errorf("%s: flag name --%s: want lower case words joined by . or -", path, n))
				}
			}
			if vf, ok := f.(cli.VisibleFlag); ok && !vf.IsVisible() {
				continue
			}
			env := envVars(f)
			switch {
			case len(env) == 0 || len(env) > len(names):
				errs = append(errs, fmt.Errorf("%s: flag --%s has %d environment variables %v, want one (and one per alias at most)", path, names[0], len(env), env))
			case !strings.HasPrefix(env[0], defaultPrefix+"_"):
				errs = append(errs, fmt.Errorf("%s: flag --%s: environment variable %s lacks the %s_ prefix", path, names[0], env[0], defaultPrefix))
			default:
				prefix := strings.TrimSuffix(env[0], strings.TrimPrefix(envName("", names[0]), "_"))
				for _, e := range env[1:] {
					if !slices.ContainsFunc(names[1:], func(a string) bool { return envName(strings.TrimSuffix(prefix, "_"), a) == e }) {
						errs = append(errs, fmt.Errorf("%s: flag --%s: environment variable %s is not an alias's", path, names[0], e))
					}
				}
			}
		}
		for _, c := range cmds {
			walk(path+" "+c.Name, c.Flags, c.Subcommands)
		}
	}
	walk(app.Name, app.Flags, app.Commands)
	return errors.Join(errs...)
}

func envVars(f cli.Flag) []string {
	if e, ok := f.(interface{ GetEnvVars() []string }); ok {
		return e.GetEnvVars()
	}
	return nil
}

// NameFlags rewrites a configuration error to name the flags behind the fields it names
// (fields maps a field as Check spells it to its flag, "DataDir": "--data-dir"), so the user
// reads what to change. The error still unwraps to err; nil stays nil.
func NameFlags(err error, fields map[string]string) error {
	if err == nil {
		return nil
	}
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	// Longer names first, so "TxMgr.MaxInFlight" wins over "MaxInFlight".
	slices.SortFunc(keys, func(a, b string) int { return len(b) - len(a) })
	pairs := make([]string, 0, 2*len(keys))
	for _, k := range keys {
		pairs = append(pairs, k, fields[k])
	}
	msg := strings.NewReplacer(pairs...).Replace(err.Error())
	if msg == err.Error() {
		return err
	}
	return &flagError{msg: msg, err: err}
}

type flagError struct {
	msg string
	err error
}

func (e *flagError) Error() string { return e.msg }
func (e *flagError) Unwrap() error { return e.err }
