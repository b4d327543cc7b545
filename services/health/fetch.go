package health

import (
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/atomicfile"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
)

// fetchCommand is `health fetch`: a provider gets a record from its holder's gateway.
func fetchCommand() *cli.Command {
	return &cli.Command{
		Name: "fetch", Usage: "get RECORD (its 0x… hash) from the --holder's --gateway, under the patient's consent",
		ArgsUsage: "RECORD", Flags: []cli.Flag{HolderFlag, GatewayFlag, ConsentFlag, OutFlag, cmdkit.AddressBookFlag},
		Description: `Signs a request with the sender's key (--from, a registered provider); the holder's gateway
checks the consent on chain, logs the access there, and returns the record encrypted to the
sender's key. The record is written only once its SHA-256 is the hash anchored on chain.
Without --consent, the patient's newest consent that allows it now is used. While the
gateway's log is pending (or the chain, or the gateway, busy), the same signed request is
sent again a block apart, for its minute at most.`,
		Action: fetch,
	}
}

func fetch(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "RECORD"); err != nil {
		return err
	}
	record, err := RecordHash(c.Args().First())
	if err != nil {
		return cmdkit.Usagef("%w", err)
	}
	holder, err := cmdkit.AddressFlag(c, HolderFlag)
	if err != nil {
		return err
	}
	gateway, err := cmdkit.RequireFlag(c, GatewayFlag)
	if err != nil {
		return err
	}
	if !strings.HasPrefix(gateway, "http://") && !strings.HasPrefix(gateway, "https://") {
		return cmdkit.Usagef("--gateway %q: want the holder's URL, http(s)://…", gateway)
	}
	var consent uint64
	if s := c.String(ConsentFlag.Name); s != "" {
		n, ok := new(big.Int).SetString(s, 10)
		if !ok || n.Sign() <= 0 || !n.IsUint64() {
			return cmdkit.Usagef("--consent %q: want a consent's ID (1, 2, …)", s)
		}
		consent = n.Uint64()
	}
	out := c.String(OutFlag.Name)
	if out == "" {
		out = strings.TrimPrefix(record.Hex(), "0x")
	}
	if _, err := os.Stat(out); err == nil {
		return cmdkit.Usagef("--out %s exists: choose another file (a record is never written over)", out)
	}
	tx, addr, v, err := openSender(c)
	if err != nil {
		return err
	}
	defer tx.Close()
	me := tx.Sender.From()
	if consent == 0 {
		id, err := v.FindConsent(c.Context, me, holder, record)
		if err != nil {
			return err
		}
		if id.Sign() == 0 {
			return fmt.Errorf("no consent of the patient lets %s read record %s now (HealthNoConsent): ask the patient to grant one (health consent grant %s --holder %s --categories …). Nothing fetched",
				me.Hex(), record.Hex(), me.Hex(), holder.Hex())
		}
		consent = id.Uint64()
	}
	f := &Fetcher{Key: tx.Key.PrivateKey, View: v, Contract: addr, Client: &http.Client{Timeout: time.Minute}, Now: time.Now}
	data, resp, err := f.Fetch(c.Context, gateway, holder, record, consent)
	var ref *RefusalError
	if errors.As(err, &ref) {
		return fmt.Errorf("%w. Nothing fetched", err)
	}
	if err != nil {
		return err
	}
	if err := atomicfile.Write(out, data, 0o600); err != nil {
		return fmt.Errorf("write the record to %s: %w", out, err)
	}
	if tx.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"record": record, "file": out, "bytes": len(data),
			"consent": consent, "holder": holder, "accessTx": resp.AccessTx})
	}
	_, err = fmt.Fprintf(c.App.Writer, "Fetched record %s (%d bytes, hash checked against the chain) from %s into %s\n  Consent  #%d\n  Access logged in %s\n",
		record.Hex(), len(data), holder.Hex(), out, consent, resp.AccessTx.Hex())
	return err
}
