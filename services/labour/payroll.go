package labour

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/parttimelabour"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
	"github.com/seoulchain/seoulchain/services/krw"
	"github.com/seoulchain/seoulchain/services/labour/wage"
)

// PayslipGas is a payroll record's gas when the sender cannot measure it (measured: about 159,600
// for a week's payslip of five shifts, recorded and paid in a batch of 100; bench/labour_test.go).
const PayslipGas = 160_000

// Item is one payslip to pay: the contract, the computed payslip and the input the
// contract records.
type Item struct {
	ID    *big.Int
	Slip  wage.Payslip
	Input parttimelabour.PartTimeLabourPayslipInput
}

// Input is the contract's record of a computed payslip.
func Input(id *big.Int, p wage.Payslip) parttimelabour.PartTimeLabourPayslipInput {
	p.Contract = id.Uint64()
	return parttimelabour.PartTimeLabourPayslipInput{ContractId: id, FromDay: uint32(p.From), ToDay: uint32(p.To),
		WorkedMinutes: uint32(p.Minutes), Amount: big.NewInt(p.Total), PayslipHash: p.Hash()}
}

// PayrollWork is the bulk work of recording and paying payslips: records keyed by payslip
// hash, a batch one payroll call, and the payslips a batch found paid before read from its
// PayslipSkipped events.
func PayrollWork(addr common.Address, items []parttimelabour.PartTimeLabourPayslipInput) bulk.Work[parttimelabour.PartTimeLabourPayslipInput] {
	a := labourABI()
	f, _ := parttimelabour.NewPartTimeLabourFilterer(common.Address{}, nil)
	return bulk.Work[parttimelabour.PartTimeLabourPayslipInput]{
		Name: "payslips", To: addr, Records: items, GasPerRecord: PayslipGas,
		ID:   func(p parttimelabour.PartTimeLabourPayslipInput) string { return common.Hash(p.PayslipHash).Hex() },
		Pack: func(ps []parttimelabour.PartTimeLabourPayslipInput) ([]byte, error) { return a.Pack("payroll", ps) },
		Skipped: func(logs []*types.Log, _ common.Address) map[string]bool {
			out := map[string]bool{}
			for _, l := range logs {
				if ev, err := f.ParsePayslipSkipped(*l); err == nil && l.Address == addr {
					out[common.Hash(ev.PayslipHash).Hex()] = true
				}
			}
			return out
		},
	}
}

// period reads --since, --until and the holidays (--holiday, --holidays).
func period(c *cli.Context) (from, to wage.Day, holidays wage.Calendar, err error) {
	if from, _, err = dayFlag(c, FromDayFlag, true); err != nil {
		return
	}
	if to, _, err = dayFlag(c, ToDayFlag, true); err != nil {
		return
	}
	if to < from || to-from >= 31 {
		err = cmdkit.Usagef("--since %s --until %s: a pay period is 1 to 31 days", from, to)
		return
	}
	holidays, err = calendarFlags(c)
	return
}

// calendarFlags reads the holidays payroll counts besides the built-in public holidays:
// --holidays FILE (days added, "-DATE" removed) and --holiday DATE (repeated, added).
func calendarFlags(c *cli.Context) (wage.Calendar, error) {
	cal := wage.Calendar{Added: map[wage.Day]bool{}, Removed: map[wage.Day]bool{}}
	if path := c.String(HolidaysFlag.Name); path != "" {
		var err error
		if cal, err = readHolidays(path); err != nil {
			return cal, err
		}
	}
	for _, s := range c.StringSlice(HolidayFlag.Name) {
		d, err := wage.ParseDay(s)
		if err != nil {
			return cal, cmdkit.Usagef("--holiday: %v", err)
		}
		cal.Added[d] = true
	}
	return cal, nil
}

// noteUncovered warns, once, when a period reaches into a year whose public holidays are
// not built in: its holidays count only if given.
func noteUncovered(c *cli.Context, targets []payTarget) {
	seen := map[int]bool{}
	for _, tg := range targets {
		for _, y := range wage.Uncovered(tg.from, tg.to) {
			if !seen[y] {
				seen[y] = true
				fmt.Fprintf(c.App.ErrWriter, "Note: the public holidays of %d are not built in (%d to %d are): give them with --holiday DATE or --holidays FILE.\n",
					y, wage.BuiltInYears[0], wage.BuiltInYears[len(wage.BuiltInYears)-1])
			}
		}
	}
}

// compute is contract id's payslip for from..to.
func compute(ctx context.Context, ch *Chain, id *big.Int, from, to wage.Day, holidays wage.Calendar) (Item, error) {
	p, _, err := ch.Period(ctx, id, from, to, holidays)
	if err != nil {
		return Item{}, err
	}
	slip, err := wage.Compute(p)
	if err != nil {
		return Item{}, fmt.Errorf("contract #%s: %w", id, err)
	}
	slip.Contract = id.Uint64()
	return Item{ID: id, Slip: slip, Input: Input(id, slip)}, nil
}

// PayslipJSON is a payslip as --json prints it.
type PayslipJSON struct {
	wage.Payslip
	From string      `json:"from"`
	To   string      `json:"to"`
	Hash common.Hash `json:"hash"`
}

func payslipJSON(it Item) PayslipJSON {
	return PayslipJSON{Payslip: it.Slip, From: it.Slip.From.String(), To: it.Slip.To.String(), Hash: it.Input.PayslipHash}
}

func printPayslip(w io.Writer, it Item) {
	p := it.Slip
	won := func(v int64) string { return amount.Format(big.NewInt(v), 0) }
	var t cmdkit.Table
	t.Add("COMPONENT", "HOURS", "WON")
	t.Add("base pay", hours(p.Minutes), won(p.Base))
	t.Add("weekly paid holiday (주휴)", hours(p.WeeklyHolidayMinutes), won(p.WeeklyHoliday))
	t.Add("overtime premium +50%", hours(p.OvertimeMinutes), won(p.Overtime))
	t.Add("night premium +50%", hours(p.NightMinutes), won(p.Night))
	t.Add("holiday premium", hours(p.HolidayMinutes+p.HolidayLongMinutes), won(p.Holiday))
	if p.MinimumWageTopUp > 0 {
		// A minimum-wage rise after the contract: those days are owed the minimum.
		t.Add("minimum-wage top-up", hours(p.TopUpMinutes), won(p.MinimumWageTopUp))
	}
	t.Add("total", "", won(p.Total))
	fmt.Fprintf(w, "Payslip of contract #%s, %s to %s, at %s won an hour\n", it.ID, p.From, p.To, won(p.HourlyWage))
	t.Write(w)
	fmt.Fprintf(w, "Payslip hash %s (recorded on chain with the minutes and the total)\n", common.Hash(it.Input.PayslipHash).Hex())
}

func payrollCompute(c *cli.Context) error {
	if err := cmdkit.CheckArgs(c, "[ID...]"); err != nil {
		return err
	}
	return withChain(c, func(ch *Chain, r *cmdkit.Reader) error {
		var employer common.Address
		if c.Bool(AllFlag.Name) {
			a, err := cmdkit.AddressFlag(c, EmployerFlag)
			if err != nil {
				return err
			}
			employer = a
		}
		targets, holidays, err := payTargets(c, ch, employer)
		if err != nil {
			return err
		}
		var slips []PayslipJSON
		for _, tg := range targets {
			it, err := compute(c.Context, ch, tg.id, tg.from, tg.to, holidays)
			if err != nil {
				return err
			}
			if r.G.JSON {
				slips = append(slips, payslipJSON(it))
				continue
			}
			printPayslip(c.App.Writer, it)
		}
		if !r.G.JSON {
			return nil
		}
		if len(slips) == 1 && c.NArg() == 1 {
			return cmdkit.PrintJSON(c.App.Writer, slips[0])
		}
		return cmdkit.PrintJSON(c.App.Writer, slips)
	})
}

// payTargets are the contracts and periods a payroll pays: IDs, --all or --csv. Both
// `payroll compute` and `payroll pay` take them, checked alike (checkOverlap): a total
// computed from a file must be the one paying it would take.
type payTarget struct {
	id       *big.Int
	from, to wage.Day
	line     int // the --csv file's line, 0 for IDs and --all
}

func payTargets(c *cli.Context, ch *Chain, employer common.Address) ([]payTarget, wage.Calendar, error) {
	var none wage.Calendar
	if path := c.String(CSVFlag.Name); path != "" {
		if c.NArg() > 0 || c.Bool(AllFlag.Name) {
			return nil, none, cmdkit.Usagef("--csv takes no IDs and no --all: the file lists the contracts")
		}
		ts, err := readCSV(path)
		if err != nil {
			return nil, none, err
		}
		if err := checkOverlap(path, ts); err != nil {
			return nil, none, err
		}
		holidays, err := calendarFlags(c)
		noteUncovered(c, ts)
		return ts, holidays, err
	}
	from, to, holidays, err := period(c)
	if err != nil {
		return nil, none, err
	}
	var ids []*big.Int
	switch {
	case c.Bool(AllFlag.Name) && c.NArg() == 0:
		signed, err := ch.Contracts(c.Context, []common.Address{employer}, nil, statusActive, statusEnded)
		if err != nil {
			return nil, none, err
		}
		for _, k := range signed {
			ids = append(ids, k.ID)
		}
	case c.NArg() > 0 && !c.Bool(AllFlag.Name):
		for i := 0; i < c.NArg(); i++ {
			id, err := cmdkit.UintArg(c, i, "ID")
			if err != nil {
				return nil, none, err
			}
			ids = append(ids, id)
		}
	default:
		return nil, none, cmdkit.Usagef("name the contracts: IDs, --all (every contract of the employer) or --csv FILE")
	}
	var out []payTarget
	for _, id := range ids {
		out = append(out, payTarget{id: id, from: from, to: to})
	}
	if err := checkOverlap("", out); err != nil {
		return nil, none, err
	}
	noteUncovered(c, out)
	return out, holidays, nil
}

// readCSV reads lines "contract ID, from DATE, to DATE" (a header line is skipped). A bad
// file is a usage error (exit 2), as every command's bad --csv is: nothing was sent.
func readCSV(path string) ([]payTarget, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, cmdkit.Usagef("--csv: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = 3
	r.TrimLeadingSpace = true
	var out []payTarget
	for first := true; ; first = false {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, cmdkit.Usagef("%s: %w (each line: contract ID, from YYYY-MM-DD, to YYYY-MM-DD); nothing sent", path, err)
		}
		line, _ := r.FieldPos(0) // the file's line: blank lines are not records
		id, err := strconv.ParseUint(strings.TrimSpace(rec[0]), 10, 64)
		if err != nil && first {
			continue // a header
		}
		from, ferr := wage.ParseDay(strings.TrimSpace(rec[1]))
		to, terr := wage.ParseDay(strings.TrimSpace(rec[2]))
		if err != nil || ferr != nil || terr != nil || to < from || to-from >= 31 {
			return nil, cmdkit.Usagef("%s line %d: %q: want contract ID, from YYYY-MM-DD, to YYYY-MM-DD, a period of 1 to 31 days; nothing sent", path, line, strings.Join(rec, ","))
		}
		out = append(out, payTarget{new(big.Int).SetUint64(id), from, to, line})
	}
	if len(out) == 0 {
		return nil, cmdkit.Usagef("%s lists no payslips (each line: contract ID, from YYYY-MM-DD, to YYYY-MM-DD); nothing sent", path)
	}
	return out, nil
}

func payrollPay(c *cli.Context) error {
	if err := cmdkit.CheckArgs(c, "[ID...]"); err != nil {
		return err
	}
	if err := bulk.CheckInFlight(c); err != nil {
		return err
	}
	return withTx(c, func(tx *cmdkit.Tx, ch *Chain) error {
		employer := tx.Sender.From()
		targets, holidays, err := payTargets(c, ch, employer)
		if err != nil {
			return err
		}
		today, err := ch.Today(c.Context)
		if err != nil {
			return err
		}
		for _, tg := range targets {
			if tg.to >= today {
				return cmdkit.Usagef("contract #%s: the period to %s is not over (today is %s in Seoul): pay it from the next day on; nothing sent", tg.id, tg.to, today)
			}
		}
		// Every payslip is computed before anything is sent: one that cannot be paid (a
		// wage under a day's minimum, a contract of another employer) stops the run whole.
		var items []Item
		var nothing, paid []string
		total := new(big.Int)
		for _, tg := range targets {
			k, err := ch.Contract(c.Context, tg.id)
			if err != nil {
				return err
			}
			if k.Employer != employer {
				return fmt.Errorf("contract #%s is employer %s's, not the sending key's %s: pay with the employer's key; nothing sent", tg.id, k.Employer.Hex(), employer.Hex())
			}
			it, err := compute(c.Context, ch, tg.id, tg.from, tg.to, holidays)
			if err != nil {
				return fmt.Errorf("%w; nothing sent", err)
			}
			if it.Slip.Minutes == 0 {
				done, err := ch.anyPaid(c.Context, tg.id, tg.from, tg.to)
				if err != nil {
					return err
				}
				if done {
					paid = append(paid, "#"+tg.id.String())
				} else {
					nothing = append(nothing, "#"+tg.id.String())
				}
				continue
			}
			items = append(items, it)
			total.Add(total, it.Input.Amount)
		}
		if len(items) == 0 && len(nothing) == 0 {
			return tx.NothingSent(c, fmt.Sprintf("the period's hours of contracts %s are paid already", strings.Join(paid, ", ")), map[string]any{"paid": paid})
		}
		if len(items) == 0 {
			return fmt.Errorf("no confirmed, unpaid hours to pay in the period (contracts %s): the workers confirm their hours first ('labour timesheet confirm')", strings.Join(nothing, ", "))
		}
		acct, err := ch.c.AccountOf(opts(c.Context), employer)
		if err != nil {
			return fmt.Errorf("read the deposit of %s: %w", employer.Hex(), err)
		}
		if err := checkPayroll(employer, acct, total); err != nil {
			return err
		}
		inputs := make([]parttimelabour.PartTimeLabourPayslipInput, len(items))
		for i, it := range items {
			inputs[i] = it.Input
		}
		if c.Bool(cmdkit.DryRunFlag.Name) || len(items) == 1 {
			if !tx.G.JSON {
				for _, it := range items {
					printPayslip(c.App.Writer, it)
				}
			}
			return tx.Send(c, fmt.Sprintf("record and pay %s (%s KRW)", outcome.Plural(len(items), "payslip", "payslips"), amount.Format(total, 0)), "payroll", inputs)
		}
		return payBulk(c, tx, items, inputs, total)
	})
}

// checkOverlap refuses, before anything is computed or sent, two periods of one contract
// that share a day (a line repeated in --csv, an ID named twice): both payslips would be
// computed from the same confirmed hours, so the total `payroll compute` shows, which an
// employer may size the deposit by, would count them twice. On chain a repeated line does
// no harm (paid in one transaction, the second payslip is skipped, PayslipSkipped; in
// batches the bulk sender refused the work, "appears twice"), and a period overlapping
// another is refused (LabourNothingToPay, or the minutes mismatched); the check says which
// lines, before anything is sent. path is the --csv file, "" for IDs.
func checkOverlap(path string, targets []payTarget) error {
	first := map[string][]payTarget{}
	for _, tg := range targets {
		id := tg.id.String()
		for _, p := range first[id] {
			if tg.from > p.to || p.from > tg.to {
				continue
			}
			if path == "" {
				return cmdkit.Usagef("contract #%s is paid twice for the same days: it is named twice (%s to %s); name each contract once; nothing sent", id, tg.from, tg.to)
			}
			return cmdkit.Usagef("contract #%s is paid twice for the same days: %s line %d (%s to %s) and line %d (%s to %s) overlap; pay each day once (one line a period); nothing sent",
				id, path, p.line, p.from, p.to, tg.line, tg.from, tg.to)
		}
		first[id] = append(first[id], tg)
	}
	return nil
}

func payBulk(c *cli.Context, tx *cmdkit.Tx, items []Item, inputs []parttimelabour.PartTimeLabourPayslipInput, total *big.Int) error {
	dir := c.String(ProgressFlag.Name)
	if dir == "" {
		dir = payrollProgressDir(tx.Sender.From(), items[0].Input.PayslipHash)
	}
	cfg, closeNodes := bulk.CommandConfig(c, tx, dir)
	defer closeNodes()
	res, err := bulk.Send(c.Context, tx.EC, cfg, PayrollWork(tx.To, inputs))
	if res == nil {
		return err
	}
	if err != nil {
		return fmt.Errorf("%w; %d paid before it stopped. Run the same command again: nobody is paid twice", err, res.Sent)
	}
	if tx.G.JSON {
		slips := make([]PayslipJSON, len(items))
		for i, it := range items {
			slips[i] = payslipJSON(it)
		}
		if err := cmdkit.PrintJSON(c.App.Writer, map[string]any{"paid": res.Sent, "alreadyPaid": res.Skipped, "failed": res.Failed,
			"amount": total.String(), "gasUsed": res.GasUsed, "transactions": res.Txs, "nodes": res.Nodes, "payslips": slips}); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(c.App.Writer, "Paid %d of %s (%s KRW at most) in %s.\n", res.Sent, outcome.Plural(len(items), "payslip", "payslips"),
			amount.Format(total, krw.Decimals), outcome.Plural(res.Batches, "transaction", "transactions"))
		if res.Skipped > 0 {
			fmt.Fprintf(c.App.Writer, "%s already paid and not paid again.\n", outcome.Plural(res.Skipped, "payslip was", "payslips were"))
		}
		fmt.Fprint(c.App.Writer, res.Summary("payslip", "payslips"))
	}
	if len(res.Failed) > 0 {
		return fmt.Errorf("%s not paid (reasons above); the others were", outcome.Plural(len(res.Failed), "payslip was", "payslips were"))
	}
	return nil
}

// payrollProgressDir is where a payroll's batches are journaled without --progress-dir: in
// the temporary folder, named by the employer and the first payslip's hash, in hex (the
// hash's raw bytes may hold a NUL or a slash, which no folder name takes).
func payrollProgressDir(employer common.Address, firstPayslip [32]byte) string {
	return filepath.Join(os.TempDir(), fmt.Sprintf("seoulchain-payroll-%s-%x", strings.ToLower(employer.Hex()[2:10]), firstPayslip[:4]))
}

func deposit(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	amt, err := amountFlag(c)
	if err != nil {
		return err
	}
	return withTx(c, func(tx *cmdkit.Tx, ch *Chain) error {
		approved, err := krw.ApproveShort(c, tx, tx.To, "the labour contract", amt, func(held *big.Int) error {
			return fmt.Errorf("%s holds %s KRW, less than %s: the bank mints KRW for won deposited ('krw mint'); nothing sent",
				tx.Sender.From().Hex(), amount.Format(held, 0), amount.Format(amt, 0))
		})
		if err != nil {
			return err
		}
		if approved && c.Bool(cmdkit.DryRunFlag.Name) {
			return cmdkit.Note(c, "Dry run: the deposit itself is simulated only once the allowance exists.")
		}
		return tx.Send(c, fmt.Sprintf("deposit %s KRW for wages", amount.Format(amt, 0)), "deposit", amt)
	})
}

func withdraw(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	amt, err := amountFlag(c)
	if err != nil {
		return err
	}
	return withTx(c, func(tx *cmdkit.Tx, ch *Chain) error {
		employer := tx.Sender.From()
		acct, err := ch.c.AccountOf(opts(c.Context), employer)
		if err != nil {
			return fmt.Errorf("read the deposit of %s: %w", employer.Hex(), err)
		}
		if err := checkWithdraw(employer, acct, amt); err != nil {
			return err
		}
		return tx.Send(c, fmt.Sprintf("withdraw %s KRW of the wage deposit", amount.Format(amt, 0)), "withdraw", amt)
	})
}

// payRecorded pays one payslip recorded earlier and left unpaid. Checked before sending:
// the payslip exists, is the sending employer's and is unpaid; the contract checks the
// deposit (LabourDepositReserved and the like come back decoded).
func payRecorded(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	return withTx(c, func(tx *cmdkit.Tx, ch *Chain) error {
		p, err := ch.c.Payslip(opts(c.Context), id)
		if err != nil {
			return fmt.Errorf("read payslip %s: %w", id, err)
		}
		if p.ContractId == 0 {
			return cmdkit.Usagef("payslip %s does not exist: take its ID from 'labour arrears list' or the worker's 'labour history'; nothing sent", id)
		}
		k, err := ch.Contract(c.Context, new(big.Int).SetUint64(p.ContractId))
		if err != nil {
			return err
		}
		if employer := tx.Sender.From(); k.Employer != employer {
			return fmt.Errorf("payslip %s is for contract #%d of employer %s, not the sending key's %s: pay with the employer's key; nothing sent", id, p.ContractId, k.Employer.Hex(), employer.Hex())
		}
		if p.PaidDay != 0 {
			return tx.NothingSent(c, fmt.Sprintf("payslip %s (contract #%d, %s KRW) was paid on %s", id, p.ContractId, amount.Format(p.Amount, 0), wage.Day(p.PaidDay)),
				map[string]any{"payslip": id.String(), "contract": p.ContractId, "paid": wage.Day(p.PaidDay).String()})
		}
		return tx.Send(c, fmt.Sprintf("pay payslip %s of contract #%d (%s KRW, %s to %s) to %s", id, p.ContractId, amount.Format(p.Amount, 0),
			wage.Day(p.FromDay), wage.Day(p.ToDay), k.Worker.Hex()), "pay", id)
	})
}

// checkWithdraw refuses, before anything is sent, a withdrawal beyond the deposit or into
// what the employer's recorded, unpaid payslips reserve.
func checkWithdraw(employer common.Address, a parttimelabour.PartTimeLabourAccount, amt *big.Int) error {
	if a.Balance.Cmp(amt) < 0 {
		return fmt.Errorf("%s has %s KRW deposited, less than %s: withdraw at most what is free; nothing sent",
			employer.Hex(), amount.Format(a.Balance, 0), amount.Format(amt, 0))
	}
	if f := free(a); f.Cmp(amt) < 0 {
		return fmt.Errorf("%s of the %s KRW deposited is reserved for payslips recorded and not yet paid, so %s KRW is free, less than %s: pay them first ('labour payroll pay-recorded PAYSLIP') or withdraw at most %s; nothing sent",
			amount.Format(a.Reserved, 0), amount.Format(a.Balance, 0), amount.Format(f, 0), amount.Format(amt, 0), amount.Format(f, 0))
	}
	return nil
}

// free is the deposit less what recorded, unpaid payslips reserve (0 for an employer in
// arrears, whose reservation is over the balance).
func free(a parttimelabour.PartTimeLabourAccount) *big.Int {
	f := new(big.Int).Sub(a.Balance, a.Reserved)
	if f.Sign() < 0 {
		f.SetInt64(0)
	}
	return f
}

// checkPayroll refuses, before anything is sent, a payroll of total KRW beyond what is free
// of the deposit: the contract pays payslips it records and pays at once only from the
// deposit less what recorded, unpaid payslips reserve (LabourDepositReserved).
func checkPayroll(employer common.Address, a parttimelabour.PartTimeLabourAccount, total *big.Int) error {
	f := free(a)
	if f.Cmp(total) >= 0 {
		return nil
	}
	short := new(big.Int).Sub(total, f)
	if a.Reserved.Sign() == 0 {
		return fmt.Errorf("the payroll is %s KRW and %s has %s KRW deposited: deposit %s more first ('labour deposit --amount %s'); nothing sent",
			amount.Format(total, 0), employer.Hex(), amount.Format(a.Balance, 0), amount.Format(short, 0), short)
	}
	return fmt.Errorf("the payroll is %s KRW and %s has %s KRW deposited, %s of it reserved for payslips recorded and not yet paid, so %s KRW is free: deposit %s more first ('labour deposit --amount %s'); nothing sent",
		amount.Format(total, 0), employer.Hex(), amount.Format(a.Balance, 0), amount.Format(a.Reserved, 0), amount.Format(f, 0), amount.Format(short, 0), short)
}

func amountFlag(c *cli.Context) (*big.Int, error) {
	s, err := cmdkit.RequireFlag(c, AmountFlag)
	if err != nil {
		return nil, err
	}
	v, err := amount.Parse(s, krw.Decimals)
	if err != nil || v.Sign() == 0 {
		return nil, cmdkit.Usagef("--amount %q: give a positive number of KRW, like 1,000,000", s)
	}
	return v, nil
}

func arrearsList(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	var only *common.Address
	if c.IsSet(EmployerFlag.Name) {
		a, err := cmdkit.AddressFlag(c, EmployerFlag)
		if err != nil {
			return err
		}
		only = &a
	}
	return withChain(c, func(ch *Chain, r *cmdkit.Reader) error {
		slips, err := ch.Payslips(c.Context, nil, nil)
		if err != nil {
			return err
		}
		type missing struct {
			Contract uint64         `json:"contract"`
			Employer common.Address `json:"employer"`
			Worker   common.Address `json:"worker"`
			Scheme   string         `json:"scheme"`
			Deadline string         `json:"deadline"`
		}
		out := struct {
			Payslips  []Payslip     `json:"payslips"`
			Hours     []UnpaidHours `json:"hours"`
			Insurance []missing     `json:"insurance"`
		}{Payslips: []Payslip{}, Hours: []UnpaidHours{}, Insurance: []missing{}}
		for _, p := range slips {
			if !p.Paid && p.DaysLate > 0 && (only == nil || p.Employer == *only) {
				out.Payslips = append(out.Payslips, p)
			}
		}
		var employers []common.Address
		if only != nil {
			employers = []common.Address{*only}
		}
		signed, err := ch.Contracts(c.Context, employers, nil, statusActive, statusEnded)
		if err != nil {
			return err
		}
		today, err := ch.Today(c.Context)
		if err != nil {
			return err
		}
		for _, rec := range signed {
			id, k := rec.ID, rec.PartTimeLabourContract
			unpaid, err := ch.unpaidHours(c.Context, id, k, today)
			if err != nil {
				return err
			}
			out.Hours = append(out.Hours, unpaid...)
			ins, err := ch.insurance(c.Context, id, Terms(k), today)
			if err != nil {
				return err
			}
			for _, e := range ins {
				if e.Missing {
					out.Insurance = append(out.Insurance, missing{id.Uint64(), k.Employer, k.Worker, e.Scheme, e.Deadline})
				}
			}
		}
		if r.G.JSON {
			return cmdkit.PrintJSON(c.App.Writer, out)
		}
		w := c.App.Writer
		if len(out.Payslips) == 0 {
			fmt.Fprintln(w, "No wages in arrears.")
		} else {
			var t cmdkit.Table
			t.Add("PAYSLIP", "CONTRACT", "EMPLOYER", "WORKER", "PERIOD", "WON", "DUE", "DAYS LATE")
			for _, p := range out.Payslips {
				a, _ := new(big.Int).SetString(p.Amount, 10)
				t.Add(fmt.Sprintf("#%d", p.ID), fmt.Sprintf("#%d", p.ContractID), p.Employer.Hex(), p.Worker.Hex(), p.From+".."+p.To,
					amount.Format(a, 0), p.Due, fmt.Sprintf("%d", p.DaysLate))
			}
			if err := t.Write(w); err != nil {
				return err
			}
		}
		if len(out.Hours) > 0 {
			var t cmdkit.Table
			t.Add("CONTRACT", "EMPLOYER", "WORKER", "MONTH", "CONFIRMED HOURS", "AT LEAST WON", "DUE", "DAYS LATE")
			for _, h := range out.Hours {
				t.Add(fmt.Sprintf("#%d", h.Contract), h.Employer.Hex(), h.Worker.Hex(), h.Month, hours(h.Minutes),
					amount.Format(big.NewInt(h.AtLeast), 0), h.Due, fmt.Sprintf("%d", h.DaysLate))
			}
			if err := t.Write(w); err != nil {
				return err
			}
		}
		if len(out.Insurance) == 0 {
			fmt.Fprintln(w, "No insurance enrolment missing past its deadline.")
			return nil
		}
		var t cmdkit.Table
		t.Add("CONTRACT", "EMPLOYER", "WORKER", "MISSING SCHEME", "DEADLINE")
		for _, m := range out.Insurance {
			t.Add(fmt.Sprintf("#%d", m.Contract), m.Employer.Hex(), m.Worker.Hex(), m.Scheme, m.Deadline)
		}
		return t.Write(w)
	})
}
