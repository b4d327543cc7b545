// Command seoulchain-relayer is the relayer daemon; see package relayer.
package main

import (
	"context"
	"os"

	"github.com/seoulchain/seoulchain/relayer"
)

func main() {
	os.Exit(relayer.Run(context.Background(), os.Args, os.Stdout, os.Stderr))
}
