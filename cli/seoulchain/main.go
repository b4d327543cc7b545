// Command seoulchain runs and uses a city's seoulchain network; see package cli.
package main

import (
	"context"
	"os"

	"github.com/seoulchain/seoulchain/cli"
)

func main() {
	os.Exit(cli.Run(context.Background(), os.Args, os.Stdout, os.Stderr))
}
