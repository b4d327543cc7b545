package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/hexaddr"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// devnetFund sends --amount ETH from the devnet's staff account to every address given,
// one transfer each. Every address is read and checked, and the staff balance against the
// total, before anything is signed: a typo on the fifth line sends nothing.
func devnetFund(c *cli.Context) error {
	targets, err := fundTargets(c.Args().Slice(), c.String(FundFileFlag.Name), c.App.Reader)
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	amt, err := amount.Parse(c.String(FundAmountFlag.Name), amount.Ether)
	if err != nil {
		return cmdkit.Usagef("--%s: %w", FundAmountFlag.Name, err)
	}
	if amt.Sign() == 0 {
		return cmdkit.Usagef("--%s is 0: give the ether to send, e.g. --%s 10", FundAmountFlag.Name, FundAmountFlag.Name)
	}
	g, err := cmdkit.ReadGlobals(c)
	if err != nil {
		return err
	}
	if g.Devnet == nil {
		return cmdkit.Usagef("devnet fund sends from a devnet's staff account: pass --devnet DIR (on a city network, ask its operators for gas)")
	}
	key, err := g.Devnet.Staff.Unlock()
	if err != nil {
		return err
	}
	rc, ec, err := g.Dial(c.Context)
	if err != nil {
		return err
	}
	defer rc.Close()
	total := new(big.Int).Mul(amt, big.NewInt(int64(len(targets))))
	if have, err := ec.BalanceAt(c.Context, g.Devnet.Staff.Address, nil); err != nil {
		return fmt.Errorf("read the staff account's balance: %w", err)
	} else if have.Cmp(total) < 0 {
		return fmt.Errorf("the staff account %s holds %s ETH, less than the %s ETH for %d addresses: give a smaller --%s", g.Devnet.Staff.Address.Hex(),
			amount.Format(have, amount.Ether), amount.Format(total, amount.Ether), len(targets), FundAmountFlag.Name)
	}
	abis, _ := deploy.ABIs()
	sender, err := txsend.New(c.Context, ec, key.PrivateKey, nil, abis...)
	if err != nil {
		return err
	}
	// Every transfer is signed and handed to the node before the first is waited for:
	// they go in the same block or two, not one block each.
	action := func(to common.Address) string {
		return fmt.Sprintf("send %s ETH of gas to %s", amount.Format(amt, amount.Ether), to.Hex())
	}
	pending := make([]*txsend.Pending, len(targets))
	for i, to := range targets {
		if pending[i], err = sender.Start(c.Context, txsend.Candidate{To: &to, Value: amt}); err != nil {
			return fundFailed(c, targets[:i], fmt.Errorf("%s: %w", action(to), err))
		}
	}
	type funded struct {
		Address common.Address `json:"address"`
		Balance string         `json:"balance"`
	}
	var done []funded
	for i, to := range targets {
		r, err := sender.Wait(c.Context, pending[i])
		if err != nil {
			return fundFailed(c, targets[:i], fmt.Errorf("%s: %w", action(to), err))
		}
		bal, err := ec.BalanceAt(c.Context, to, nil)
		if err != nil {
			bal = new(big.Int)
		}
		done = append(done, funded{to, plainEther(bal)})
		if g.JSON {
			if err := cmdkit.PrintTx(c, &cmdkit.TxResult{Action: action(to), Receipt: r}); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintf(c.App.Writer, "Done: %s (balance now %s ETH)\n", action(to), amount.Format(bal, amount.Ether))
		if err := cmdkit.PrintReceipt(c.App.Writer, r); err != nil {
			return err
		}
	}
	if g.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"amount": plainEther(amt), "unit": "ETH", "funded": done})
	}
	return nil
}

// fundFailed says which addresses were funded before err, so that a run stopped half-way
// can be finished with the others only.
func fundFailed(c *cli.Context, sent []common.Address, err error) error {
	if len(sent) == 0 {
		return err
	}
	names := make([]string, len(sent))
	for i, a := range sent {
		names[i] = a.Hex()
	}
	return fmt.Errorf("%w (sent before it: %s; run again with the others only)", err, strings.Join(names, " "))
}

// fundTargets reads the addresses to fund: the arguments, then the lines of file ("-" is
// standard input). Blank lines and what follows a # are skipped. Every bad or repeated
// address is reported at once, with where it was.
func fundTargets(args []string, file string, stdin io.Reader) ([]common.Address, error) {
	type entry struct{ text, where string }
	var entries []entry
	for i, a := range args {
		entries = append(entries, entry{a, fmt.Sprintf("argument %d", i+1)})
	}
	if file != "" {
		lines, err := readAddressLines(file, stdin)
		if err != nil {
			return nil, err
		}
		for _, l := range lines {
			entries = append(entries, entry{l[1], l[0]})
		}
	}
	if len(entries) == 0 {
		return nil, fmt.Errorf("no address to fund: give ADDRESS arguments or --%s FILE (one address a line)", FundFileFlag.Name)
	}
	var errs []error
	seen := map[common.Address]string{}
	out := make([]common.Address, 0, len(entries))
	for _, e := range entries {
		a, err := hexaddr.Parse(e.text)
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("%s: %w", e.where, err))
		case seen[a] != "":
			errs = append(errs, fmt.Errorf("%s: %s is already given as %s: give each address once", e.where, a.Hex(), seen[a]))
		default:
			seen[a] = e.where
			out = append(out, a)
		}
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("nothing sent: %w", errors.Join(errs...))
	}
	return out, nil
}

// readAddressLines returns file's address lines as (where, text) pairs, "FILE line N".
func readAddressLines(file string, stdin io.Reader) ([][2]string, error) {
	r, name := stdin, "standard input"
	if file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return nil, fmt.Errorf("--%s: %w", FundFileFlag.Name, err)
		}
		defer f.Close()
		r, name = f, file
	}
	var out [][2]string
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, [2]string{fmt.Sprintf("%s line %d", name, n), line})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("--%s %s: %w", FundFileFlag.Name, name, err)
	}
	return out, nil
}
