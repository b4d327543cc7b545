package labour

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/parttimelabour"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
	"github.com/seoulchain/seoulchain/services/labour/wage"
)

func labourABI() *abi.ABI { return cmdkit.MustABI(parttimelabour.PartTimeLabourMetaData) }

// Command is the labour command.
func Command() *cli.Command {
	dry := cmdkit.DryRunFlag
	book := cmdkit.AddressBookFlag
	return &cli.Command{
		Name:  "labour",
		Usage: "part-time workers' contracts, hours, wages and arrears (시간제 노동자 권익보호)",
		Description: `An employer proposes a contract ('contract propose': the terms and the signed document's
hash), the worker signs it ('contract sign', gasless through the relayer). The employer
submits each day's hours ('timesheet submit'); the worker confirms or disputes them. 'payroll
compute' prints a period's payslip by the Labor Standards Act (minimum wage, weekly paid
holiday, premiums of workplaces with 5+ employees); 'payroll pay' records it and pays it in
KRW from the employer's deposit ('deposit'). 'arrears list' shows payslips unpaid after
their payday. Only addresses, numbers and hashes go on chain.`,
		Subcommands: []*cli.Command{
			{
				Name: "minwage", Usage: "the minimum-wage table (labour office)",
				Subcommands: []*cli.Command{
					{Name: "set", Usage: "set the minimum hourly wage --won from --since DATE on", ArgsUsage: " ",
						Flags: []cli.Flag{FromDayFlag, WonFlag, book, dry}, Action: minwageSet},
					{Name: "show", Usage: "print the table", ArgsUsage: " ", Flags: []cli.Flag{book}, Action: minwageShow},
				},
			},
			{
				Name: "contract", Usage: "written contracts: propose, sign, end, show",
				Subcommands: []*cli.Command{
					{Name: "propose", Usage: "propose a contract to --worker (as the employer)", ArgsUsage: " ",
						Flags:  []cli.Flag{WorkerFlag, WageFlag, DaysFlag, DailyFlag, WeeklyFlag, StartFlag, EndFlag, PaydayFlag, FivePlusFlag, DocumentFlag, book, dry},
						Action: contractPropose},
					{Name: "sign", Usage: "sign contract ID (as the worker; gasless through the relayer)", ArgsUsage: "ID",
						Flags: []cli.Flag{book, dry}, Action: contractSign},
					{Name: "end", Usage: "end contract ID (either party); a proposal not yet signed is withdrawn", ArgsUsage: "ID",
						Flags: []cli.Flag{LastDayFlag, book, dry}, Action: contractEnd},
					{Name: "show", Usage: "print contract ID: terms, hours, payslips, insurance", ArgsUsage: "ID",
						Flags: []cli.Flag{book}, Action: contractShow},
				},
			},
			{
				Name: "timesheet", Usage: "a contract's hours: submit (employer), confirm or dispute (worker), resolve",
				Subcommands: []*cli.Command{
					{Name: "submit", Usage: "submit the shift of --day on contract ID, or every line of --csv FILE in one transaction (as the employer)", ArgsUsage: "ID",
						Flags: []cli.Flag{DayFlag, ShiftStart, ShiftEnd, TimesheetCSVFlag, book, dry}, Action: timesheetSubmit},
					{Name: "confirm", Usage: "confirm the shifts of DATEs on contract ID (as the worker; gasless)", ArgsUsage: "ID DATE...",
						Flags: []cli.Flag{book, dry}, Action: timesheetConfirm},
					{Name: "dispute", Usage: "dispute the shift of DATE on contract ID (as the worker; gasless)", ArgsUsage: "ID DATE",
						Flags: []cli.Flag{ReasonFlag, book, dry}, Action: timesheetDispute},
					{Name: "resolve", Usage: "settle a disputed DATE (labour office): --start/--end as found, or --strike",
						Description: `Resolved by both parties instead: the employer submits the day again, corrected, and the
worker confirms it.`,
						ArgsUsage: "ID DATE", Flags: []cli.Flag{ShiftStart, ShiftEnd, StrikeFlag, book, dry}, Action: timesheetResolve},
				},
			},
			{Name: "deposit", Usage: "deposit --amount KRW for wages (as the employer; approves the allowance first if short)", ArgsUsage: " ",
				Flags: []cli.Flag{AmountFlag, book, dry}, Action: deposit},
			{Name: "withdraw", Usage: "take back --amount KRW of the deposit (as the employer)", ArgsUsage: " ",
				Flags: []cli.Flag{AmountFlag, book, dry}, Action: withdraw},
			{
				Name: "payroll", Usage: "compute and pay wages",
				Subcommands: []*cli.Command{
					{Name: "compute", Usage: "print the payslips of contract IDs (or --all --employer ADDRESS's, or --csv FILE) for --since..--until, each component apart",
						ArgsUsage: "[ID...]", Flags: []cli.Flag{FromDayFlag, ToDayFlag, HolidayFlag, HolidaysFlag, AllFlag, EmployerFlag, CSVFlag, book}, Action: payrollCompute},
					{Name: "pay", Usage: "record and pay the payslips of contract IDs, --all the employer's, or --csv FILE",
						Description: `Each payslip is computed from the confirmed hours, recorded (its hash and amount) and paid
from the employer's deposit in one transaction per batch, through the bulk sender. Run
again, a payslip already paid is skipped: nobody is paid twice.`,
						ArgsUsage: "[ID...]", Flags: []cli.Flag{FromDayFlag, ToDayFlag, HolidayFlag, HolidaysFlag, AllFlag, CSVFlag, InFlightFlag, ProgressFlag, book, dry},
						Action: payrollPay},
					{Name: "pay-recorded", Usage: "pay a payslip recorded earlier and left unpaid (its amount is reserved in the deposit), by its payslip ID",
						Description: `A payslip recorded without being paid (by another tool calling recordPayslip) takes its
days out of 'payroll pay', which then finds nothing to pay: this pays it by its ID (as
'arrears list' and the worker's history show it). Paid already, nothing is sent.`,
						ArgsUsage: "PAYSLIP", Flags: []cli.Flag{book, dry}, Action: payRecorded},
				},
			},
			{
				Name: "insurance", Usage: "social-insurance enrolments",
				Subcommands: []*cli.Command{
					{Name: "record", Usage: "record contract ID's worker enrolled in --scheme, by --evidence FILE's hash (as the employer)", ArgsUsage: "ID",
						Flags: []cli.Flag{SchemeFlag, EvidenceFlag, book, dry}, Action: insuranceRecord},
				},
			},
			{
				Name: "arrears", Usage: "wages unpaid after their payday, and missing insurance enrolments",
				Subcommands: []*cli.Command{
					{Name: "list", Usage: "list arrears (for the labour office)", ArgsUsage: " ", Flags: []cli.Flag{EmployerFlag, book}, Action: arrearsList},
				},
			},
			{Name: "record", Usage: "a contract's work record (employer, period, hours, paid in full), and how to issue it as a credential", ArgsUsage: "ID",
				Flags: []cli.Flag{book}, Action: record},
			{Name: "history", Usage: "a worker's record of work: contracts, hours, payslips, arrears", ArgsUsage: "ADDRESS",
				Flags: []cli.Flag{book}, Action: history},
		},
	}
}

// withChain opens a reader of the labour contract.
func withChain(c *cli.Context, fn func(ch *Chain, r *cmdkit.Reader) error) error {
	r, err := cmdkit.OpenReader(c, deploy.Labour)
	if err != nil {
		return err
	}
	defer r.Close()
	ch, err := NewChain(r.Addr, r.EC)
	if err != nil {
		return err
	}
	return fn(ch, r)
}

// withTx opens a sender for the labour contract and a reader of it.
func withTx(c *cli.Context, fn func(tx *cmdkit.Tx, ch *Chain) error) error {
	return cmdkit.With(c, deploy.Labour, labourABI(), func(tx *cmdkit.Tx) error {
		ch, err := NewChain(tx.To, tx.EC)
		if err != nil {
			return err
		}
		return fn(tx, ch)
	})
}

func minwageSet(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	from, _, err := dayFlag(c, FromDayFlag, true)
	if err != nil {
		return err
	}
	won, err := wonFlag(c, WonFlag)
	if err != nil {
		return err
	}
	return cmdkit.Send(c, deploy.Labour, labourABI(), fmt.Sprintf("set the minimum wage to %d won an hour from %s", won, from),
		"setMinimumWage", uint32(from), uint64(won))
}

func minwageShow(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	return withChain(c, func(ch *Chain, r *cmdkit.Reader) error {
		rates, err := ch.Rates(c.Context)
		if err != nil {
			return err
		}
		type row struct {
			From string `json:"from"`
			Won  int64  `json:"won"`
		}
		rows := []row{}
		for _, x := range rates {
			rows = append(rows, row{x.Effective.String(), x.Won})
		}
		if r.G.JSON {
			return cmdkit.PrintJSON(c.App.Writer, rows)
		}
		var t cmdkit.Table
		t.Add("FROM", "WON AN HOUR")
		for _, x := range rows {
			t.Add(x.From, fmt.Sprintf("%d", x.Won))
		}
		return t.Write(c.App.Writer)
	})
}

func contractPropose(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	worker, err := cmdkit.AddressFlag(c, WorkerFlag)
	if err != nil {
		return err
	}
	var t wage.Terms
	if t.HourlyWage, err = wonFlag(c, WageFlag); err != nil {
		return err
	}
	days, err := cmdkit.RequireFlag(c, DaysFlag)
	if err != nil {
		return err
	}
	if t.Days, err = wage.ParseWeekdays(days); err != nil {
		return cmdkit.Usagef("--days: %v", err)
	}
	if t.DailyMinutes, err = minutesOf(c, DailyFlag); err != nil {
		return err
	}
	t.WeeklyMinutes = t.Days.Count() * t.DailyMinutes
	if c.IsSet(WeeklyFlag.Name) {
		if t.WeeklyMinutes, err = minutesOf(c, WeeklyFlag); err != nil {
			return err
		}
	}
	if t.Start, _, err = dayFlag(c, StartFlag, true); err != nil {
		return err
	}
	end, hasEnd, err := dayFlag(c, EndFlag, false)
	if err != nil {
		return err
	}
	t.End = t.Start - 1
	if hasEnd {
		t.End = end
	}
	t.Payday, t.FivePlus = c.Int(PaydayFlag.Name), c.Bool(FivePlusFlag.Name)
	doc, err := fileHash(c, DocumentFlag)
	if err != nil {
		return err
	}
	return withTx(c, func(tx *cmdkit.Tx, ch *Chain) error {
		rates, err := ch.Rates(c.Context)
		if err != nil {
			return err
		}
		// Checked here against the table on chain, so the refusal names the fix.
		if err := t.Check(rates); err != nil {
			return cmdkit.Usagef("%v; nothing sent", err)
		}
		if worker == tx.Sender.From() {
			return cmdkit.Usagef("--worker is the sending key: the employer proposes, and the worker signs with their own key")
		}
		// A retried proposal finds the first: the same employer, worker and document.
		open, err := ch.Contracts(c.Context, []common.Address{tx.Sender.From()}, []common.Address{worker}, statusProposed, statusActive)
		if err != nil {
			return err
		}
		for _, k := range open {
			if k.DocumentHash == doc {
				return tx.NothingSent(c, fmt.Sprintf("contract #%s with this document is %s already", k.ID, name(statusNames, k.Status)), map[string]any{"id": k.ID})
			}
		}
		in := parttimelabour.PartTimeLabourTerms{Worker: worker, HourlyWage: uint64(t.HourlyWage), WorkDays: uint8(t.Days),
			DailyMinutes: uint16(t.DailyMinutes), WeeklyMinutes: uint16(t.WeeklyMinutes), StartDay: uint32(t.Start), Payday: uint8(t.Payday),
			FivePlus: t.FivePlus, DocumentHash: doc}
		if hasEnd {
			in.EndDay = uint32(end)
		}
		action := fmt.Sprintf("propose a contract to %s", worker.Hex())
		return outcome.Send(c, tx, tx.To, cmdkit.MustPack(labourABI(), "propose", in), action, outcome.Created{
			Event: "ContractProposed", IDField: "id",
			Line: func(id string) string {
				return fmt.Sprintf("Proposed contract #%s to %s: %s won an hour, %s, %s a day, %s a week, from %s; the worker signs it with 'labour contract sign %s'",
					id, worker.Hex(), amount.Format(big.NewInt(t.HourlyWage), 0), t.Days, hours(t.DailyMinutes), hours(t.WeeklyMinutes), t.Start, id)
			},
		})
	})
}

func contractSign(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	return withTx(c, func(tx *cmdkit.Tx, ch *Chain) error {
		k, err := ch.Contract(c.Context, id)
		if err != nil {
			return err
		}
		if k.Worker != tx.Sender.From() {
			return fmt.Errorf("contract #%s is for worker %s, not the sending key %s: sign with the worker's key (--keystore, --from)", id, k.Worker.Hex(), tx.Sender.From().Hex())
		}
		if k.Status != statusProposed {
			return tx.NothingSent(c, fmt.Sprintf("contract #%s is %s already", id, name(statusNames, k.Status)), map[string]any{"id": id})
		}
		return tx.Send(c, fmt.Sprintf("sign contract #%s", id), "sign", id)
	})
}

func contractEnd(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	last, hasLast, err := dayFlag(c, LastDayFlag, false)
	if err != nil {
		return err
	}
	return withTx(c, func(tx *cmdkit.Tx, ch *Chain) error {
		if !hasLast {
			if last, err = ch.Today(c.Context); err != nil {
				return err
			}
		}
		return tx.Send(c, fmt.Sprintf("end contract #%s after %s", id, last), "end", id, uint32(last))
	})
}

func contractShow(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	return withChain(c, func(ch *Chain, r *cmdkit.Reader) error {
		v, err := ch.View(c.Context, id)
		if err != nil {
			return err
		}
		if r.G.JSON {
			return cmdkit.PrintJSON(c.App.Writer, v)
		}
		printContract(c, v)
		return nil
	})
}

func printContract(c *cli.Context, v *ContractView) {
	w := c.App.Writer
	end := v.End
	if end == "" {
		end = "(no fixed end)"
	}
	fmt.Fprintf(w, "Contract #%d (%s)\n", v.ID, v.Status)
	fmt.Fprintf(w, "  employer %s, worker %s\n", v.Employer.Hex(), v.Worker.Hex())
	fmt.Fprintf(w, "  %s won an hour, %s, %s a day, %s a week, %s to %s, payday %d of the next month, %s\n", amount.Format(big.NewInt(v.HourlyWage), 0), v.WorkDays,
		hours(v.DailyMinutes), hours(v.WeeklyMinutes), v.Start, end, v.Payday, map[bool]string{true: "5+ employees", false: "under 5 employees"}[v.FivePlus])
	fmt.Fprintf(w, "  document %s\n", v.Document.Hex())
	for _, s := range v.Shifts {
		fmt.Fprintf(w, "  %s %s–%s  %-9s %s\n", s.Day, hhmm(s.Start), hhmm(s.End), s.Status, hours(s.Minutes()))
	}
	for _, p := range v.Payslips {
		state := "paid"
		if !p.Paid {
			state = "unpaid, due " + p.Due
			if p.DaysLate > 0 {
				state = fmt.Sprintf("ARREARS: %s late (due %s)", outcome.Plural(int(p.DaysLate), "day", "days"), p.Due)
			}
		}
		a, _ := new(big.Int).SetString(p.Amount, 10)
		fmt.Fprintf(w, "  payslip #%d %s..%s %s, %s won, %s\n", p.ID, p.From, p.To, hours(int(p.Minutes)), amount.Format(a, 0), state)
	}
	for _, e := range v.Insurance {
		state := "enrolled " + e.Recorded
		if e.Evidence == nil {
			state = "not recorded, deadline " + e.Deadline
			if e.Missing {
				state = "MISSING since " + e.Deadline
			}
		}
		fmt.Fprintf(w, "  insurance %-19s %s\n", e.Scheme, state)
	}
	fmt.Fprintf(w, "  paid in full: %t\n", v.PaidInFull)
}

func timesheetSubmit(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	var shifts []wage.Shift
	if path := c.String(TimesheetCSVFlag.Name); path != "" {
		if c.IsSet(DayFlag.Name) {
			return cmdkit.Usagef("--csv lists the days: give no --day")
		}
		if shifts, err = readShifts(path); err != nil {
			return err
		}
	} else {
		day, _, err := dayFlag(c, DayFlag, true)
		if err != nil {
			return err
		}
		s, err := shiftFlags(c, day)
		if err != nil {
			return err
		}
		shifts = []wage.Shift{s}
	}
	return withTx(c, func(tx *cmdkit.Tx, ch *Chain) error {
		// A retried submission sends only the days not recorded as given.
		var days []uint32
		var starts, ends []uint16
		for _, s := range shifts {
			have, err := ch.Shifts(c.Context, id, s.Day, s.Day)
			if err != nil {
				return err
			}
			if len(have) == 1 && have[0].Shift == s && have[0].Status != "disputed" {
				continue
			}
			days, starts, ends = append(days, uint32(s.Day)), append(starts, uint16(s.Start)), append(ends, uint16(s.End))
		}
		switch len(days) {
		case 0:
			return tx.NothingSent(c, fmt.Sprintf("contract #%s's %s submitted already", id, outcome.Plural(len(shifts), "shift is", "shifts are")), map[string]any{"id": id})
		case 1:
			s := wage.Shift{Day: wage.Day(days[0]), Start: int(starts[0]), End: int(ends[0])}
			return tx.Send(c, fmt.Sprintf("submit contract #%s's shift %s", id, s), "submitShift", id, days[0], starts[0], ends[0])
		}
		return tx.Send(c, fmt.Sprintf("submit contract #%s's %s", id, outcome.Plural(len(days), "shift", "shifts")), "submitShifts", id, days, starts, ends)
	})
}

// readShifts reads a timesheet: lines "DATE, HH:MM, HH:MM" (an end before the start is the
// next day's); a header line is skipped.
func readShifts(path string) ([]wage.Shift, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, cmdkit.Usagef("--csv: %w", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = 3
	r.TrimLeadingSpace = true
	var out []wage.Shift
	for line := 1; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, cmdkit.Usagef("%s: %v (each line: DATE, HH:MM, HH:MM)", path, err)
		}
		day, derr := wage.ParseDay(strings.TrimSpace(rec[0]))
		if derr != nil && line == 1 {
			continue // a header
		}
		start, serr := time.Parse("15:04", strings.TrimSpace(rec[1]))
		end, eerr := time.Parse("15:04", strings.TrimSpace(rec[2]))
		if derr != nil || serr != nil || eerr != nil {
			return nil, cmdkit.Usagef("%s line %d: %q: want YYYY-MM-DD, HH:MM, HH:MM; nothing sent", path, line, strings.Join(rec, ","))
		}
		s := wage.Shift{Day: day, Start: start.Hour()*60 + start.Minute(), End: end.Hour()*60 + end.Minute()}
		if s.End <= s.Start {
			s.End += 24 * 60
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, cmdkit.Usagef("%s lists no shifts", path)
	}
	return out, nil
}

func timesheetConfirm(c *cli.Context) error {
	if err := cmdkit.CheckArgs(c, "ID DATE..."); err != nil {
		return err
	}
	if c.NArg() < 2 {
		return cmdkit.Usagef("%s takes ID DATE...: the contract and at least one day", c.Command.HelpName)
	}
	id, err := cmdkit.UintArg(c, 0, "ID")
	if err != nil {
		return err
	}
	var asked []wage.Day
	for i := 1; i < c.NArg(); i++ {
		d, err := dayArg(c, i)
		if err != nil {
			return err
		}
		asked = append(asked, d)
	}
	return withTx(c, func(tx *cmdkit.Tx, ch *Chain) error {
		// A retried confirmation sends only the days still awaiting it.
		var days []uint32
		var names []string
		for _, d := range asked {
			have, err := ch.Shifts(c.Context, id, d, d)
			if err != nil {
				return err
			}
			if len(have) == 1 && (have[0].Status == "confirmed" || have[0].Status == "paid") {
				continue
			}
			days, names = append(days, uint32(d)), append(names, d.String())
		}
		if len(days) == 0 {
			return tx.NothingSent(c, fmt.Sprintf("contract #%s's shifts of those days are confirmed already", id), map[string]any{"id": id})
		}
		return tx.Send(c, fmt.Sprintf("confirm contract #%s's shifts of %s", id, strings.Join(names, ", ")), "confirmShifts", id, days)
	})
}

func idAndDay(c *cli.Context) (*big.Int, wage.Day, error) {
	if err := cmdkit.ExactArgs(c, "ID", "DATE"); err != nil {
		return nil, 0, err
	}
	id, err := cmdkit.UintArg(c, 0, "ID")
	if err != nil {
		return nil, 0, err
	}
	d, err := dayArg(c, 1)
	return id, d, err
}

func timesheetDispute(c *cli.Context) error {
	id, day, err := idAndDay(c)
	if err != nil {
		return err
	}
	reason, err := cmdkit.RequireFlag(c, ReasonFlag)
	if err != nil {
		return err
	}
	h, salt, err := saltedHash(reason)
	if err != nil {
		return err
	}
	if err := cmdkit.Send(c, deploy.Labour, labourABI(), fmt.Sprintf("dispute contract #%s's shift of %s", id, day), "disputeShift", id, uint32(day), h); err != nil {
		return err
	}
	return cmdkit.Note(c, fmt.Sprintf("Keep the reason and this salt to prove what you wrote: salt %s, hash %s", salt, h.Hex()))
}

func timesheetResolve(c *cli.Context) error {
	id, day, err := idAndDay(c)
	if err != nil {
		return err
	}
	var start, end int
	what := "strike out"
	if !c.Bool(StrikeFlag.Name) {
		s, err := shiftFlags(c, day)
		if err != nil {
			return err
		}
		start, end, what = s.Start, s.End, "settle as "+s.String()
	}
	return cmdkit.Send(c, deploy.Labour, labourABI(), fmt.Sprintf("%s contract #%s's disputed %s", what, id, day), "resolveShift", id, uint32(day), uint16(start), uint16(end))
}

func insuranceRecord(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	s, err := cmdkit.RequireFlag(c, SchemeFlag)
	if err != nil {
		return err
	}
	scheme, err := wage.ParseScheme(s)
	if err != nil {
		return cmdkit.Usagef("--scheme: %v", err)
	}
	evidence, err := fileHash(c, EvidenceFlag)
	if err != nil {
		return err
	}
	return cmdkit.Send(c, deploy.Labour, labourABI(), fmt.Sprintf("record contract #%s's %s insurance enrolment", id, scheme), "recordEnrolment", id, uint8(scheme), evidence)
}

func history(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "ADDRESS"); err != nil {
		return err
	}
	who, err := cmdkit.AddressArg(c, "ADDRESS")
	if err != nil {
		return err
	}
	return withChain(c, func(ch *Chain, r *cmdkit.Reader) error {
		v, err := ch.Worker(c.Context, who)
		if err != nil {
			return err
		}
		if r.G.JSON {
			return cmdkit.PrintJSON(c.App.Writer, v)
		}
		fmt.Fprintf(c.App.Writer, "Worker %s: %s\n", who.Hex(), outcome.Plural(len(v.Contracts), "contract", "contracts"))
		for i := range v.Contracts {
			printContract(c, &v.Contracts[i])
		}
		return nil
	})
}
