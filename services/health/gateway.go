package health

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/journal"
)

// gatewayCommand is `health gateway`: a holder serves its records to the providers the
// patients allowed.
func gatewayCommand() *cli.Command {
	return &cli.Command{
		Name: "gateway", Usage: "serve, as the provider --from, the records of --store to the providers patients allowed",
		ArgsUsage: " ", Flags: []cli.Flag{StoreFlag, ListenFlag, JournalFlag, cmdkit.AddressBookFlag},
		Description: `Answers POST ` + FetchPath + ` (a fetch request signed by the asking provider): checks the
patient's consent on chain, reads the record and encrypts it to the asker's key, then logs
the access from the --from key (which pays its gas) and returns the record. A request is
logged once: sent again (its answer lost), it is served under the same log line; one that
failed before its log was sent is served afresh. A log not mined within a few blocks is sent
again, the same signed transaction (never a second one); one still not mined 20 blocks
after is given up (AccessStuck). What was logged is kept in memory, and with --journal on
disk, each log's signed transaction before it is sent: without it, a request sent again
after a restart (within its five minutes) is logged a second time. Runs until interrupted
(Ctrl-C, SIGTERM).
Put it behind the records office's TLS front; it holds medical records.`,
		Action: serveGateway,
	}
}

func serveGateway(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	store, err := cmdkit.RequireFlag(c, StoreFlag)
	if err != nil {
		return err
	}
	if st, err := os.Stat(store); err != nil || !st.IsDir() {
		return cmdkit.Usagef("--store %s: want the folder of the records (files named by their SHA-256)", store)
	}
	tx, addr, v, err := openSender(c)
	if err != nil {
		return err
	}
	defer tx.Close()
	me := tx.Sender.From()
	if p, err := v.HC.Provider(cmdkit.CallOpts(c), me); err != nil {
		return fmt.Errorf("read provider %s: %w", me.Hex(), err)
	} else if !p.Active || p.Role == RoleInsurer {
		return fmt.Errorf("%s is not a registered provider that holds records (HealthProviderNotRegistered or an insurer): nothing served", me.Hex())
	}
	g := &Gateway{View: v, Contract: addr, Holder: me, Store: DirStore(store), Sender: tx.Sender, Now: time.Now}
	if dir := c.String(JournalFlag.Name); dir != "" {
		if g.Journal, err = journal.Open(dir); err != nil {
			return fmt.Errorf("--journal: %w", err)
		}
		defer g.Journal.Close()
		n, err := g.Restore(time.Now())
		if err != nil {
			return err
		}
		fmt.Fprintf(c.App.ErrWriter, "%d live requests read back from %s\n", n, dir)
	} else {
		fmt.Fprintf(c.App.ErrWriter, "No --journal: a request sent again after a restart of this gateway is logged again\n")
	}
	ln, err := net.Listen("tcp", c.String(ListenFlag.Name))
	if err != nil {
		return cmdkit.Usagef("--listen: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle(FetchPath, g)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 2 * time.Minute, IdleTimeout: time.Minute}
	ctx, stop := signal.NotifyContext(c.Context, syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	shutDown := make(chan struct{})
	go func() {
		defer close(shutDown)
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		srv.Shutdown(shut)
	}()
	fmt.Fprintf(c.App.ErrWriter, "Serving the records of %s for %s on http://%s (Ctrl-C stops)\n", store, me.Hex(), ln.Addr())
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	<-shutDown // the handlers done before the journal closes
	return nil
}
