package bulk

import (
	"crypto/ecdsa"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// InFlightFlag is every bulk command's --in-flight. It has no default value: unset, the
// sender keeps eight blocks' worth of batches in flight (Config.InFlight 0), which a fixed
// number cannot follow as batches grow or shrink with the block gas limit. Its help names
// no other flag: some commands always send in batches (health record anchor, solar
// readings post), others only with --csv (fund donate, mileage credit, vehicle register)
// or several payslips (labour payroll pay), and vehicle import only from its own key (not
// through the relayer).
var InFlightFlag = &cli.IntFlag{Name: "in-flight", Usage: "when records go in batches from the key: batches sent and not yet mined at a time, 1 to 1,024", DefaultText: "eight blocks' worth, at least 8"}

// MaxInFlight is the most --in-flight takes: the devnet's pool keeps 1,024 transactions
// per account, and the transaction manager takes no more (txmgr.Config.MaxInFlight).
const MaxInFlight = 1024

// CheckInFlight refuses an --in-flight out of 1 to MaxInFlight, before a key is opened.
func CheckInFlight(c *cli.Context) error {
	if n := c.Int(InFlightFlag.Name); c.IsSet(InFlightFlag.Name) && (n < 1 || n > MaxInFlight) {
		return cmdkit.Usagef("--in-flight %d: want 1 to 1,024 batches (or leave it out: eight blocks' worth)", n)
	}
	return nil
}

// CommandConfig is the Config of a bulk command that sends from its own key alone (Pin:
// the contracts key records by their sender, so a retry must come from the same key),
// journaling to dir: batches sized to fill blocks (Fill), --in-flight if given, a
// progress bar on the command's error output, the platform's ABIs to decode failures,
// and on a devnet each batch handed to every other node of devnet.json too (AlsoTo;
// whichever signer is in turn has it in its pool). When a node is left out, the progress
// output says so up front, and the result counts the nodes (Result.Nodes). done closes
// the further nodes.
func CommandConfig(c *cli.Context, tx *cmdkit.Tx, dir string) (cfg Config, done func()) {
	abis, _ := deploy.ABIs()
	cfg = Config{
		Dir:      dir,
		Keys:     []*ecdsa.PrivateKey{tx.Key.PrivateKey},
		Pin:      tx.Sender.From(),
		InFlight: c.Int(InFlightFlag.Name),
		Progress: NewProgress(c.App.ErrWriter, 2*time.Second),
		ABIs:     abis,
		Log:      tx.Log,
	}
	d := tx.G.Devnet
	if d == nil {
		return cfg, func() {}
	}
	nodes := DialNodes(c.Context, d.NodeURLs(), tx.G.RPC, tx.Log)
	cfg.AlsoTo, cfg.Nodes = nodes.Also, nodes.Count()
	if len(nodes.Down) > 0 {
		fmt.Fprintf(c.App.ErrWriter, "Batches go to %s; a node left out gets them only from its peers.\n", cfg.Nodes)
	}
	return cfg, nodes.Close
}
