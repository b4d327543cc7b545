package cli

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

func signerCommand() *cli.Command {
	return &cli.Command{
		Name:  "signer",
		Usage: "vote on the Clique signer set",
		Description: `A Clique signer set changes by votes: a signer node proposes to add or remove an address,
and the change takes effect once more than half of the current signers have proposed
it (each signer votes through the blocks it seals). Votes are cast by the node at --rpc,
which must serve the clique module: IPC, or a loopback endpoint that serves clique.
Pending votes are dropped at each epoch checkpoint.`,
		Subcommands: []*cli.Command{
			{
				Name:      "propose",
				Usage:     "make this node vote to add (or with --remove, remove) a signer",
				ArgsUsage: "ADDRESS",
				Flags:     []cli.Flag{RemoveFlag},
				Action:    signerPropose,
			},
			{
				Name:      "discard",
				Usage:     "withdraw this node's pending vote about a signer",
				ArgsUsage: "ADDRESS",
				Action:    signerDiscard,
			},
			{
				Name:      "list",
				Usage:     "list the current signers and this node's pending votes",
				ArgsUsage: " ",
				Action:    signerList,
			},
		},
	}
}

func signerArg(c *cli.Context) (common.Address, error) {
	if err := cmdkit.ExactArgs(c, "ADDRESS"); err != nil {
		return common.Address{}, err
	}
	a, err := genesis.ParseAddress(c.Args().First())
	if err != nil {
		return common.Address{}, &cmdkit.UsageError{Err: err}
	}
	return a, nil
}

// cliqueClient dials --rpc and checks the clique module is there, so a vote never
// silently goes nowhere.
func cliqueClient(c *cli.Context) (*rpc.Client, *cmdkit.Globals, context.Context, context.CancelFunc, error) {
	g, err := cmdkit.ReadGlobals(c)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	ctx, cancel := context.WithTimeout(c.Context, 30*time.Second)
	rc, _, err := g.Dial(ctx)
	if err != nil {
		cancel()
		return nil, nil, nil, nil, err
	}
	var signers []common.Address
	if err := rc.CallContext(ctx, &signers, "clique_getSigners", nil); err != nil {
		rc.Close()
		cancel()
		return nil, nil, nil, nil, fmt.Errorf("%s does not serve the clique module (%v): vote through the signer node's IPC socket (--rpc DATADIR/geth.ipc) or a loopback endpoint with --http.api including clique", g.RPC, err)
	}
	return rc, g, ctx, cancel, nil
}

func signerPropose(c *cli.Context) error {
	addr, err := signerArg(c)
	if err != nil {
		return err
	}
	rc, g, ctx, cancel, err := cliqueClient(c)
	if err != nil {
		return err
	}
	defer cancel()
	defer rc.Close()
	add := !c.Bool(RemoveFlag.Name)
	if err := rc.CallContext(ctx, nil, "clique_propose", addr, add); err != nil {
		return fmt.Errorf("propose %s: %w", addr, err)
	}
	verb := "add"
	if !add {
		verb = "remove"
	}
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"proposal": verb, "address": addr, "node": g.RPC})
	}
	_, err = fmt.Fprintf(c.App.Writer, "This node now votes to %s %s in the blocks it seals.\n"+
		"The change takes effect when more than half of the signers vote the same; see 'seoulchain signer list'.\n", verb, addr.Hex())
	return err
}

func signerDiscard(c *cli.Context) error {
	addr, err := signerArg(c)
	if err != nil {
		return err
	}
	rc, g, ctx, cancel, err := cliqueClient(c)
	if err != nil {
		return err
	}
	defer cancel()
	defer rc.Close()
	if err := rc.CallContext(ctx, nil, "clique_discard", addr); err != nil {
		return fmt.Errorf("discard vote on %s: %w", addr, err)
	}
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"discarded": addr, "node": g.RPC})
	}
	_, err = fmt.Fprintf(c.App.Writer, "This node no longer votes on %s.\n", addr.Hex())
	return err
}

func signerList(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	rc, g, ctx, cancel, err := cliqueClient(c)
	if err != nil {
		return err
	}
	defer cancel()
	defer rc.Close()
	var signers []common.Address
	if err := rc.CallContext(ctx, &signers, "clique_getSigners", nil); err != nil {
		return fmt.Errorf("read signers: %w", err)
	}
	var proposals map[common.Address]bool
	if err := rc.CallContext(ctx, &proposals, "clique_proposals"); err != nil {
		return fmt.Errorf("read this node's votes: %w", err)
	}
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"signers": signers, "proposals": proposals})
	}
	fmt.Fprintf(c.App.Writer, "Signers (%d; a change needs %d votes):\n", len(signers), len(signers)/2+1)
	for _, s := range signers {
		fmt.Fprintf(c.App.Writer, "  %s\n", s.Hex())
	}
	if len(proposals) == 0 {
		_, err := fmt.Fprintln(c.App.Writer, "This node's pending votes: none")
		return err
	}
	fmt.Fprintln(c.App.Writer, "This node's pending votes:")
	var lines []string
	for a, add := range proposals {
		verb := "remove"
		if add {
			verb = "add"
		}
		lines = append(lines, fmt.Sprintf("  %-6s %s", verb, a.Hex()))
	}
	sort.Strings(lines)
	_, err = fmt.Fprintln(c.App.Writer, strings.Join(lines, "\n"))
	return err
}
