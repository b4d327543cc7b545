// Command seoulchain runs and uses a city's seoulchain network; see package cli.
package main

import (
	"os"

	"github.com/seoulchain/seoulchain/cli"
)

func main() {
	os.Exit(cli.Run(os.Args, os.Stdout, os.Stderr))
}
