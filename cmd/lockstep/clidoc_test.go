package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// docs/cli.md's flag table is generated from the app: a flag added, renamed or removed fails
// this test until the table is regenerated (LOCKSTEP_UPDATE_DOCS=1 go test -run TestCLIDoc).
func TestCLIDoc(t *testing.T) {
	const path, header = "../../docs/cli.md", "| flag | commands | old spellings (aliases) | default | environment |\n|---|---|---|---|---|\n"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(raw)
	at := strings.Index(doc, header)
	if at < 0 {
		t.Fatalf("%s has no flag table", path)
	}
	start := at + len(header)
	end := len(doc) // the table runs to the first blank line or the end
	if i := strings.Index(doc[start:], "\n\n"); i >= 0 {
		end = start + i + 1
	}
	want := flagTable(newApp())
	if got := doc[start:end]; got != want {
		if os.Getenv("LOCKSTEP_UPDATE_DOCS") != "" {
			if err := os.WriteFile(path, []byte(doc[:start]+want+doc[end:]), 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		t.Errorf("docs/cli.md's flag table is stale: regenerate it with LOCKSTEP_UPDATE_DOCS=1 go test -run TestCLIDoc ./cmd/lockstep/")
	}
}

// flagTable renders one row per flag spelling, default and environment, with the commands that
// share it.
func flagTable(app *cli.App) string {
	type row struct{ name, aliases, def, env string }
	commands := map[row][]string{}
	var walk func(path string, cmds []*cli.Command)
	walk = func(path string, cmds []*cli.Command) {
		for _, c := range cmds {
			name := strings.TrimSpace(path + " " + c.Name)
			walk(name, c.Subcommands)
			for _, f := range c.Flags {
				df, ok := f.(cli.DocGenerationFlag)
				if !ok {
					continue
				}
				if v, ok := f.(cli.VisibleFlag); ok && !v.IsVisible() {
					continue
				}
				names := f.Names()
				if names[0] == "log.level" || names[0] == "log.format" {
					continue
				}
				var aliases, envs []string
				for _, a := range names[1:] {
					aliases = append(aliases, "`--"+a+"`")
				}
				for _, e := range df.GetEnvVars() {
					if i := strings.Index(e, "_"); i >= 0 {
						if j := strings.Index(e[i+1:], "_"); j >= 0 {
							e = "…" + e[i+1+j:]
						}
					}
					envs = append(envs, "`"+e+"`")
				}
				def := df.GetDefaultText()
				if def == "" {
					def = df.GetValue()
				}
				if def = strings.Trim(def, `"`); def == "false" {
					def = ""
				}
				if def != "" {
					def = "`" + def + "`"
				}
				r := row{"`--" + names[0] + "`", strings.Join(aliases, ", "), def, strings.Join(envs, ", ")}
				commands[r] = append(commands[r], name)
			}
		}
	}
	walk("", app.Commands)
	rows := make([]row, 0, len(commands))
	for r := range commands {
		rows = append(rows, r)
	}
	slices.SortFunc(rows, func(a, b row) int {
		if c := strings.Compare(strings.Trim(a.name, "`"), strings.Trim(b.name, "`")); c != 0 {
			return c
		}
		return strings.Compare(strings.Join(commands[a], ","), strings.Join(commands[b], ","))
	})
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s |\n", r.name, strings.Join(commands[r], ", "), r.aliases, r.def, r.env)
	}
	return b.String()
}
