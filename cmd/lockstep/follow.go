package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// followCommand is `lockstep follow`: stream one rollup's ordered transactions, verified.
func followCommand() *cli.Command {
	return &cli.Command{
		Name:  "follow",
		Usage: "stream one rollup's ordered transactions as JSON lines, verified (soft, then firm on L1)",
		Action: func(c *cli.Context) error {
			return errors.New("not implemented yet")
		},
	}
}
