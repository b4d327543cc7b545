package fund

import (
	"fmt"
	"math/big"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
)

func openBooks(c *cli.Context) (*Books, *cmdkit.Reader, error) {
	r, err := cmdkit.OpenReader(c, deploy.FundLedger)
	if err != nil {
		return nil, nil, err
	}
	b, err := LoadBooks(c.Context, r.EC, r.Addr)
	if err != nil {
		r.Close()
		return nil, nil, err
	}
	return b, r, nil
}

func report(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	b, r, err := openBooks(c)
	if err != nil {
		return err
	}
	defer r.Close()
	f, ok := b.Funds[id.Uint64()]
	if !ok {
		return fmt.Errorf("no fund %s (the ledger has %d)", id, len(b.Funds))
	}
	rep := f.Report()
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, rep)
	}
	w := c.App.Writer
	state := "open"
	if rep.Settled {
		state = fmt.Sprintf("settled: %s won to %s", rep.SettledAmount, rep.SettledTo.Hex())
		if rep.SettledToFund != 0 {
			state = fmt.Sprintf("settled: %s won to fund #%d", rep.SettledAmount, rep.SettledToFund)
		}
	}
	fmt.Fprintf(w, "Fund #%d (%s, %s)\n", rep.Fund, rep.Kind, state)
	cmdkit.KeyValues(w,
		[2]string{"Manager", rep.Manager.Hex()}, [2]string{"Supervisor", rep.Supervisor.Hex()},
		[2]string{"Term", fmt.Sprintf("%s → %s, settle after %s", day(rep.Start), day(rep.End), day(rep.SettleAfter))},
		[2]string{"Inflows", fmt.Sprintf("%s won (%s won in %s)", rep.Inflows, rep.Donations, outcome.Plural(rep.DonationCount, "donation", "donations"))},
		[2]string{"Spent", fmt.Sprintf("%s won net of %s refunded", rep.Spent, rep.Refunded)},
		[2]string{"Pending", rep.Pending.String() + " won"}, [2]string{"Balance", rep.Balance.String() + " won"},
		[2]string{"Admin costs", fmt.Sprintf("%s won = %s%% of %s; cap %s won (%s)", rep.Admin.Used, rep.Admin.ShareOfBase, baseName(rep), rep.Admin.Cap,
			rep.Admin.CapText())},
	)
	fmt.Fprintln(w)
	var t cmdkit.Table
	t.Add("LINE", "CODE", "BUDGET", "SPENT", "PENDING", "FLAGGED", "LEFT")
	for _, l := range rep.Lines {
		budget, left := l.Budget.String(), l.Left.String()
		if l.Budget.Units.Cmp(abiMax()) == 0 {
			budget, left = "no limit", "no limit"
			if l.Line == 0 {
				// The admin line has no budget of its own, but the cap bounds it: show that.
				room := new(big.Int).Sub(rep.Admin.Cap.Units, rep.Admin.Used.Units)
				if room.Sign() < 0 {
					room.SetInt64(0)
				}
				budget = "cap " + rep.Admin.Cap.String()
				left = amount.Value{Units: room, Decimals: rep.Admin.Cap.Decimals}.String()
			}
		}
		flagged := "-"
		if l.FlaggedCount > 0 {
			flagged = fmt.Sprintf("%s (%d)", l.Flagged, l.FlaggedCount)
		}
		t.Add(l.Line, l.Code, budget, l.Spent, l.Pending, flagged, left)
	}
	return t.Write(w)
}

func day(unix uint64) string { return time.Unix(int64(unix), 0).In(seoul).Format("2006-01-02 15:04") }

func trace(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "ID", "RECEIPT"); err != nil {
		return err
	}
	id, err := cmdkit.UintArg(c, 0, "ID")
	if err != nil {
		return err
	}
	receipt, err := Ref(c.Args().Get(1))
	if err != nil {
		return cmdkit.Usagef("RECEIPT: %w", err)
	}
	b, r, err := openBooks(c)
	if err != nil {
		return err
	}
	defer r.Close()
	tr, err := b.Trace(id.Uint64(), receipt)
	if err != nil {
		if others := b.FundsOf(receipt); len(others) > 0 {
			return fmt.Errorf("%w (receipts are per fund: this one is recorded in fund %s)", err, joinIDs(others))
		}
		return err
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, tr)
	}
	w := c.App.Writer
	fmt.Fprintf(w, "Donation %s: %s won to fund #%d\n", tr.Receipt.Hex(), amount.Separate(tr.Amount), tr.Fund)
	fmt.Fprintf(w, "Spent %s won, still in the fund %s won", amount.Separate(tr.Spent), amount.Separate(tr.Remaining))
	if tr.Settled != "0" {
		to := tr.SettledTo.Hex()
		if tr.SettledToFund != 0 {
			to = fmt.Sprintf("fund #%d", tr.SettledToFund)
		}
		fmt.Fprintf(w, ", settled %s won to %s", amount.Separate(tr.Settled), to)
	}
	fmt.Fprintf(w, "\nRule: %s\n\n", TraceRule)
	var t cmdkit.Table
	t.Add("LINE", "CODE", "PART")
	for _, p := range tr.ByLine {
		t.Add(*p.Line, p.Code, amount.Separate(p.Part))
	}
	if err := t.Write(w); err != nil {
		return err
	}
	fmt.Fprintln(w)
	var pt cmdkit.Table
	pt.Add("PAYEE", "PART")
	for _, p := range tr.ByPayee {
		pt.Add(p.Payee.Hex(), amount.Separate(p.Part))
	}
	if err := pt.Write(w); err != nil {
		return err
	}
	if c.Bool(SpendsFlag.Name) {
		fmt.Fprintln(w)
		var st cmdkit.Table
		st.Add("SPEND", "LINE", "PAYEE", "AMOUNT", "REFUNDED", "PART", "FLAGGED", "EVIDENCE")
		for _, s := range tr.Spends {
			st.Add(s.Spend, s.Line, s.Payee.Hex(), amount.Separate(s.Amount), amount.Separate(s.Refunded), amount.Separate(s.Part), s.Flagged, s.Evidence.Hex())
		}
		return st.Write(w)
	}
	return nil
}

// baseName is what the admin cap is a share of, for people.
func baseName(rep *Report) string {
	if rep.Kind == "donation" {
		return "donations"
	}
	return "inflows"
}
