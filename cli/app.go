package cli

import (
	"context"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/services"
)

// Exit codes, as cmdkit defines them.
const (
	ExitOK     = cmdkit.ExitOK
	ExitFailed = cmdkit.ExitFailed
	ExitUsage  = cmdkit.ExitUsage
)

// NewApp returns the seoulchain command line. stdout receives results; stderr logs.
func NewApp(stdout, stderr io.Writer) *cli.App {
	commands := []*cli.Command{genesisCommand(), nodeCommand(), signerCommand(), devnetCommand(), contractsCommand(), govCommand(), accountCommand()}
	// The services' commands come from the registry, one line per service.
	for _, s := range services.All() {
		commands = append(commands, s.Command())
	}
	app := cmdkit.NewApp(stdout, stderr, commands...)
	app.Name = "seoulchain"
	app.Usage = "run and use a city's seoulchain network"
	app.Description = `seoulchain runs the nodes of a city's permissioned Clique network and lets operators and
staff use the platform's contracts without raw JSON-RPC.

Start a local network with 'seoulchain devnet'; create a real one with 'seoulchain genesis
new', 'seoulchain node init' and 'seoulchain node run' on each agency's machine.`
	return app
}

// Run runs the command line and returns the process exit code. Long-running commands
// stop when ctx is cancelled or on SIGINT or SIGTERM.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return cmdkit.Run(ctx, NewApp(stdout, stderr), args)
}
