//go:build lockstep_faults

package main

import (
	"log/slog"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/lockstep-xyz/lockstep/operator/node"
)

// The faults build turns --fault names into node faults and refuses unknown ones.
func TestFaultFlag(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want node.Faults
		ok   bool
	}{
		{nil, node.Faults{}, true},
		{[]string{"--fault", "equivocate"}, node.Faults{Equivocate: true}, true},
		{[]string{"--fault", "tamper-batches", "--fault", "equivocate"}, node.Faults{Equivocate: true, TamperBatches: true}, true},
		{[]string{"--fault", "ignore-inbox"}, node.Faults{IgnoreInbox: true}, true},
		{[]string{"--fault", "lie"}, node.Faults{}, false},
	} {
		var got node.Config
		cmd := operatorRunCommand()
		cmd.Action = func(c *cli.Context) error {
			return applyFaults(c, &got, slog.New(slog.DiscardHandler))
		}
		app := &cli.App{Commands: []*cli.Command{cmd}}
		err := app.Run(append([]string{"lockstep", "run"}, tc.args...))
		if (err == nil) != tc.ok || (tc.ok && got.Faults != tc.want) {
			t.Errorf("%v: faults %+v, err %v; want %+v, ok %v", tc.args, got.Faults, err, tc.want, tc.ok)
		}
	}
}
