package cliapp

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
	"github.com/urfave/cli/v2/altsrc"
	"go.yaml.in/yaml/v3"
)

// WithConfigFile lets a long-running command take its flags from a YAML file named by --config
// as well: keys are flag names (`l1.rpc: http://...`, or nested, `l1: {rpc: ...}`), an old
// spelling (an alias) works too. A value given on the command line wins, then its environment
// variable, then the file, then the default. A key that names no flag of the command is an
// error naming it: a typo in a config file must not be silently ignored. It wraps cmd's flags
// with altsrc's, adds --config (environment variable <prefix>_CONFIG) and chains cmd.Before,
// and returns cmd.
func WithConfigFile(cmd *cli.Command, prefix string) *cli.Command {
	flags := make([]cli.Flag, 0, len(cmd.Flags)+1)
	for _, f := range cmd.Flags {
		flags = append(flags, inputSourceFlag(f))
	}
	cmd.Flags = append(flags, &cli.StringFlag{Name: ConfigFlag, EnvVars: EnvVar(prefix, ConfigFlag),
		Usage: "YAML file of settings, keyed by flag name (`l1.rpc: http://...`); flags and environment variables take precedence"})
	before := cmd.Before
	cmd.Before = func(c *cli.Context) error {
		if c.String(ConfigFlag) != "" {
			// cmd.Flags as they are now: WithLogFlags may have added the logging flags since.
			load := altsrc.InitInputSourceWithContext(cmd.Flags, func(c *cli.Context) (altsrc.InputSourceContext, error) {
				return readConfigFile(c.String(ConfigFlag), cmd.Flags)
			})
			if err := load(c); err != nil {
				return fmt.Errorf("--%s %s: %w", ConfigFlag, c.String(ConfigFlag), err)
			}
		}
		if before != nil {
			return before(c)
		}
		return nil
	}
	return cmd
}

// inputSourceFlag is f as the altsrc flag of its type, which reads the file; a flag of another
// type is returned as it is (and a file key naming it is refused as unknown).
func inputSourceFlag(f cli.Flag) cli.Flag {
	switch f := f.(type) {
	case *cli.StringFlag:
		return altsrc.NewStringFlag(f)
	case *cli.BoolFlag:
		return altsrc.NewBoolFlag(f)
	case *cli.IntFlag:
		return altsrc.NewIntFlag(f)
	case *cli.Int64Flag:
		return altsrc.NewInt64Flag(f)
	case *cli.Uint64Flag:
		return altsrc.NewUint64Flag(f)
	case *cli.Float64Flag:
		return altsrc.NewFloat64Flag(f)
	case *cli.DurationFlag:
		return altsrc.NewDurationFlag(f)
	case *cli.StringSliceFlag:
		return altsrc.NewStringSliceFlag(f)
	}
	return f
}

// readConfigFile reads a YAML config file into altsrc's map source, keyed by flag name. It
// refuses keys that name no flag, and converts values YAML typed differently from the flag (a
// number for a string flag, an integer for a float, one string for a list) so a hand-written
// file means what it says.
func readConfigFile(path string, flags []cli.Flag) (altsrc.InputSourceContext, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc map[string]any
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("parse YAML: %w", err)
	}
	known := map[string]cli.Flag{}
	for _, f := range flags {
		if _, ok := f.(altsrc.FlagInputSourceExtension); !ok {
			continue
		}
		if vf, ok := f.(cli.VisibleFlag); ok && !vf.IsVisible() {
			continue
		}
		for _, n := range f.Names() {
			known[n] = f
		}
	}
	flat := map[any]any{}
	var unknown []string
	var walk func(prefix string, m map[string]any)
	walk = func(prefix string, m map[string]any) {
		for k, v := range m {
			key := prefix + k
			if f, ok := known[key]; ok {
				flat[key] = convertValue(f, v)
				continue
			}
			if sub, ok := v.(map[string]any); ok {
				walk(key+".", sub)
				continue
			}
			unknown = append(unknown, key)
		}
	}
	walk("", doc)
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return nil, fmt.Errorf("unknown settings %s: keys are this command's flag names (see --help)", strings.Join(unknown, ", "))
	}
	return altsrc.NewMapInputSource(path, flat), nil
}

func convertValue(f cli.Flag, v any) any {
	switch f.(type) {
	case *altsrc.StringFlag:
		if _, isMap := v.(map[string]any); !isMap && v != nil {
			if _, isList := v.([]any); !isList {
				return fmt.Sprint(v)
			}
		}
	case *altsrc.Float64Flag:
		if i, ok := v.(int); ok {
			return float64(i)
		}
	case *altsrc.StringSliceFlag:
		switch x := v.(type) {
		case string:
			return []any{x}
		case []any:
			out := make([]any, len(x))
			for i, e := range x {
				out[i] = fmt.Sprint(e)
			}
			return out
		}
	}
	return v
}
