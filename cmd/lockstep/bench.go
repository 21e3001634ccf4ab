package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// benchCommand is `lockstep bench`: the benchmarks behind `make bench`.
func benchCommand() *cli.Command {
	return &cli.Command{
		Name:  "bench",
		Usage: "measure ordering against bare CometBFT, firm latency, gas and aggregation cost",
		Action: func(c *cli.Context) error {
			return errors.New("not implemented yet")
		},
	}
}
