// Command seoulchain-relayer is the relayer daemon; see package relayer. It hosts the
// services' plug-ins listed in services.RelayerPlugins.
package main

import (
	"context"
	"os"

	"github.com/seoulchain/seoulchain/relayer"
	"github.com/seoulchain/seoulchain/services"
)

func main() {
	os.Exit(relayer.Run(context.Background(), os.Args, os.Stdout, os.Stderr, services.RelayerPlugins()))
}
