package cli

import (
	"bufio"
	"context"
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
	"github.com/seoulchain/seoulchain/internal/feepolicy"
	"github.com/seoulchain/seoulchain/internal/hexaddr"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// devnetFund sends --amount ETH from the devnet's staff account to every address given,
// one transfer each. Every address is read and checked, each transfer simulated, and the
// staff balance checked against the total with its fees, before anything is signed: a
// typo on the fifth line sends nothing. With --balances it prints the addresses' balances
// and sends nothing (to see which a run stopped half-way funded).
func devnetFund(c *cli.Context) error {
	targets, err := fundTargets(c.Args().Slice(), c.String(FundFileFlag.Name), c.App.Reader)
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	balancesOnly := c.Bool(FundBalancesFlag.Name)
	amt, err := amount.Parse(c.String(FundAmountFlag.Name), amount.Ether)
	if err != nil && !balancesOnly {
		return cmdkit.Usagef("--%s: %w", FundAmountFlag.Name, err)
	}
	if !balancesOnly && amt.Sign() == 0 {
		return cmdkit.Usagef("--%s is 0: give the ether to send, e.g. --%s 10", FundAmountFlag.Name, FundAmountFlag.Name)
	}
	g, err := cmdkit.ReadGlobals(c)
	if err != nil {
		return err
	}
	if g.Devnet == nil {
		return cmdkit.Usagef("devnet fund sends from a devnet's staff account: pass --devnet DIR (on a city network, ask its operators for gas)")
	}
	rc, ec, err := g.Dial(c.Context)
	if err != nil {
		return err
	}
	defer rc.Close()
	if balancesOnly {
		return printBalances(c, ec, targets, g.JSON)
	}
	key, err := g.Devnet.Staff.Unlock()
	if err != nil {
		return err
	}
	abis, _ := deploy.ABIs()
	sender, err := txsend.New(c.Context, ec, key.PrivateKey, nil, abis...)
	if err != nil {
		return err
	}
	cands, err := planFunds(c.Context, ec, sender, targets, amt)
	if err != nil {
		return err
	}
	type funded struct {
		Address common.Address `json:"address"`
		Balance string         `json:"balance"`
	}
	var done []funded
	err = sendFunds(c.Context, sender, cands, func(to common.Address, r *txsend.Receipt) error {
		bal, err := ec.BalanceAt(c.Context, to, nil)
		if err != nil {
			bal = new(big.Int)
		}
		done = append(done, funded{to, plainEther(bal)})
		if g.JSON {
			return cmdkit.PrintTx(c, &cmdkit.TxResult{Action: fundAction(amt, to), Receipt: r})
		}
		fmt.Fprintf(c.App.Writer, "Done: %s (balance now %s ETH)\n", fundAction(amt, to), amount.Format(bal, amount.Ether))
		return cmdkit.PrintReceipt(c.App.Writer, r)
	})
	var ferr *fundError
	if errors.As(err, &ferr) {
		ferr.devnet = c.String(cmdkit.DevnetFlag.Name)
	}
	if err != nil || !g.JSON {
		return err
	}
	return cmdkit.PrintJSON(c.App.Writer, map[string]any{"amount": plainEther(amt), "unit": "ETH", "funded": done})
}

func fundAction(amt *big.Int, to common.Address) string {
	return fmt.Sprintf("send %s ETH of gas to %s", amount.Format(amt, amount.Ether), to.Hex())
}

// gweiDecimals are a gwei's places of wei, to print a fee cap.
const gweiDecimals = 9

// fundBackend is what devnet fund needs from the node: *ethclient.Client.
type fundBackend interface {
	txsend.Backend
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// planFunds returns the transfers of amt to each target, each simulated (a contract that
// refuses ether is named before anything is sent) with the gas limit it will be sent
// with, once the sender's balance is found to cover them all and their fees: each gas
// limit at the fee cap the node suggests now, the most the transfers can cost. A balance
// short of that would see the node refuse the later transfers, the earlier ones sent.
func planFunds(ctx context.Context, b fundBackend, sender *txsend.Sender, targets []common.Address, amt *big.Int) ([]txsend.Candidate, error) {
	from := sender.From()
	have, err := b.BalanceAt(ctx, from, nil)
	if err != nil {
		return nil, fmt.Errorf("read the staff account's balance: %w", err)
	}
	total := new(big.Int).Mul(amt, big.NewInt(int64(len(targets))))
	short := func(need *big.Int, fees string) error {
		return fmt.Errorf("nothing sent: the staff account %s holds %s ETH, less than the %s ETH for %d addresses%s: give a smaller --%s or fewer addresses",
			from.Hex(), amount.Format(have, amount.Ether), amount.Format(need, amount.Ether), len(targets), fees, FundAmountFlag.Name)
	}
	if have.Cmp(total) < 0 {
		return nil, short(total, "")
	}
	_, feeCap, err := feepolicy.Suggest(ctx, b)
	if err != nil {
		return nil, err
	}
	cands := make([]txsend.Candidate, len(targets))
	var gas uint64
	for i := range targets {
		cands[i] = txsend.Candidate{To: &targets[i], Value: amt}
		if cands[i].GasLimit, err = sender.Simulate(ctx, cands[i]); err != nil {
			return nil, fmt.Errorf("nothing sent: %s: %w", fundAction(amt, targets[i]), err)
		}
		gas += cands[i].GasLimit
	}
	fees := new(big.Int).Mul(new(big.Int).SetUint64(gas), feeCap)
	if need := new(big.Int).Add(total, fees); have.Cmp(need) < 0 {
		return nil, short(need, fmt.Sprintf(" with up to %s ETH of fees (%d gas at %s gwei)", amount.Format(fees, amount.Ether), gas, amount.Format(feeCap, gweiDecimals)))
	}
	return cands, nil
}

// sendFunds hands every transfer to the node before the first is waited for, so that
// they go in the same block or two, not one block each; then waits for each in turn,
// calling done for each mined. A transfer not seen mined leaves the others waited for
// (a reverted one does not stop the rest), and the error is a *fundError.
func sendFunds(ctx context.Context, sender *txsend.Sender, cands []txsend.Candidate, done func(common.Address, *txsend.Receipt) error) error {
	fe := &fundError{}
	var pending []*txsend.Pending
	for i, cand := range cands {
		p, err := sender.Start(ctx, cand)
		if err != nil {
			fe.cause = fmt.Errorf("%s: %w", fundAction(cand.Value, *cand.To), err)
			for _, c := range cands[i:] {
				fe.notSent = append(fe.notSent, *c.To)
			}
			break
		}
		pending = append(pending, p)
	}
	for i, p := range pending {
		to := *cands[i].To
		r, err := sender.Wait(ctx, p)
		switch {
		case errors.Is(err, txsend.ErrRevertedOnChain):
			fe.reverted = append(fe.reverted, to)
		case err != nil:
			fe.unknown = append(fe.unknown, fundPending{to, p.Hash()})
		default:
			fe.funded = append(fe.funded, to)
			err = done(to, r)
		}
		if err != nil && fe.first == nil {
			fe.first = fmt.Errorf("%s: %w", fundAction(cands[i].Value, to), err)
		}
	}
	if fe.first == nil && fe.cause == nil {
		return nil
	}
	return fe
}

// fundPending is a transfer handed to the node and not seen mined.
type fundPending struct {
	to   common.Address
	hash common.Hash
}

// fundError is a devnet fund that did not fund every address: which were funded, which
// were refused or not sent (safe to fund again), and which were sent and not seen mined
// (they may still be mined: funding them again before checking would fund them twice).
type fundError struct {
	first, cause     error // the first failed wait or output; the start that failed
	funded, reverted []common.Address
	notSent          []common.Address
	unknown          []fundPending
	devnet           string
}

func (e *fundError) Unwrap() []error {
	var errs []error
	for _, err := range []error{e.first, e.cause} {
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

func (e *fundError) Error() string {
	var b strings.Builder
	b.WriteString(errors.Join(e.Unwrap()...).Error())
	list := func(title string, addrs []common.Address) {
		if len(addrs) > 0 {
			fmt.Fprintf(&b, "\n%s: %s", title, hexList(addrs))
		}
	}
	list("Funded", e.funded)
	list("Reverted (not funded)", e.reverted)
	list("Not sent", e.notSent)
	if len(e.unknown) == 0 {
		b.WriteString("\nRun again with the addresses not funded only.")
		return b.String()
	}
	b.WriteString("\nSent and not seen mined; they may still be mined, so do not fund them again before checking:")
	check := make([]common.Address, len(e.unknown))
	for i, p := range e.unknown {
		fmt.Fprintf(&b, "\n  %s (transaction %s)", p.to.Hex(), p.hash.Hex())
		check[i] = p.to
	}
	devnet := ""
	if e.devnet != "" {
		devnet = " --devnet " + e.devnet
	}
	fmt.Fprintf(&b, "\nCheck their balances with: seoulchain%s devnet fund --%s %s\nthen run again with those not funded only.", devnet, FundBalancesFlag.Name, hexList(check))
	return b.String()
}

func hexList(addrs []common.Address) string {
	names := make([]string, len(addrs))
	for i, a := range addrs {
		names[i] = a.Hex()
	}
	return strings.Join(names, " ")
}

// printBalances prints each target's balance (devnet fund --balances).
func printBalances(c *cli.Context, b fundBackend, targets []common.Address, asJSON bool) error {
	type balance struct {
		Address common.Address `json:"address"`
		Balance string         `json:"balance"`
	}
	var t cmdkit.Table
	t.Add("ADDRESS", "BALANCE (ETH)")
	out := make([]balance, len(targets))
	for i, to := range targets {
		bal, err := b.BalanceAt(c.Context, to, nil)
		if err != nil {
			return fmt.Errorf("read the balance of %s: %w", to.Hex(), err)
		}
		out[i] = balance{to, plainEther(bal)}
		t.Add(to.Hex(), amount.Format(bal, amount.Ether))
	}
	if asJSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"unit": "ETH", "balances": out})
	}
	return t.Write(c.App.Writer)
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
