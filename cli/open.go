package cli

import (
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// reader is what a read-only command needs: the globals, a node, and one contract's address.
type reader struct {
	g     *globals
	ec    *ethclient.Client
	addr  common.Address
	close func()
}

// openReader resolves the globals, looks up the contract named in the address book, and
// dials; the caller must call close.
func openReader(c *cli.Context, contract string) (*reader, error) {
	g, err := readGlobals(c)
	if err != nil {
		return nil, err
	}
	addr, err := contractAddress(c, g, contract)
	if err != nil {
		return nil, err
	}
	rc, ec, err := g.dial(c.Context)
	if err != nil {
		return nil, err
	}
	return &reader{g: g, ec: ec, addr: addr, close: rc.Close}, nil
}

// txContext is what a command that sends needs: the target, a sender and the ABIs.
type txContext struct {
	g      *globals
	rc     *rpc.Client
	ec     *ethclient.Client
	sender *txsend.Sender
	key    *keystore.Key // unlocked once, for commands that also decrypt with it
	log    *slog.Logger
	close  func()
}

// openTx resolves globals, unlocks the key and dials. Arguments are validated by the
// caller before this, so bad input never costs a password prompt.
func openTx(c *cli.Context) (*txContext, error) {
	log, err := setupLogging(c, "warn")
	if err != nil {
		return nil, err
	}
	g, err := readGlobals(c)
	if err != nil {
		return nil, err
	}
	key, err := g.loadKey()
	if err != nil {
		return nil, err
	}
	rc, ec, err := g.dial(c.Context)
	if err != nil {
		return nil, err
	}
	abis, err := deploy.ABIs()
	if err != nil {
		rc.Close()
		return nil, err
	}
	sender, err := txsend.New(c.Context, ec, key.PrivateKey, log, abis...)
	if err != nil {
		rc.Close()
		return nil, err
	}
	return &txContext{g: g, rc: rc, ec: ec, sender: sender, key: key, log: log, close: rc.Close}, nil
}

// openTxFor opens a sender and looks up the contract named in the address book.
func openTxFor(c *cli.Context, contract string) (*txContext, common.Address, error) {
	tc, err := openTx(c)
	if err != nil {
		return nil, common.Address{}, err
	}
	addr, err := contractAddress(c, tc.g, contract)
	if err != nil {
		tc.close()
		return nil, common.Address{}, err
	}
	return tc, addr, nil
}

// sendOrSimulate is the convention every sending command follows: --dry-run simulates
// and stops; otherwise send, wait, and print the receipt. action names the operation in
// the imperative ("mint 5 won to …").
func sendOrSimulate(c *cli.Context, tc *txContext, to common.Address, data []byte, action string) error {
	cand := txsend.Candidate{To: &to, Data: data}
	if c.Bool(DryRunFlag.Name) {
		gas, err := tc.sender.Simulate(c.Context, cand)
		if err != nil {
			return explainRevert(err)
		}
		if tc.g.JSON {
			return printJSON(c.App.Writer, map[string]any{"dryRun": true, "gas": gas})
		}
		_, err = fmt.Fprintf(c.App.Writer, "Dry run: %s would succeed (gas %d). Nothing sent.\n", action, gas)
		return err
	}
	r, err := tc.sender.Send(c.Context, cand)
	if err != nil {
		return explainRevert(err)
	}
	if tc.g.JSON {
		return printJSON(c.App.Writer, r)
	}
	fmt.Fprintf(c.App.Writer, "Done: %s\n", action)
	return printReceipt(c.App.Writer, r)
}
