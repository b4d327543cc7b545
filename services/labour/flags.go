package labour

import (
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/bulk"
)

// Labour flags.
var (
	FromDayFlag      = &cli.StringFlag{Name: "since", Usage: "first DATE (YYYY-MM-DD, Seoul)"}
	ToDayFlag        = &cli.StringFlag{Name: "until", Usage: "last DATE (YYYY-MM-DD, Seoul), included"}
	WonFlag          = &cli.StringFlag{Name: "won", Usage: "the minimum hourly wage in WON (digits, commas allowed)"}
	WorkerFlag       = &cli.StringFlag{Name: "worker", Usage: "the worker's ADDRESS (their key, as their app shows it)"}
	WageFlag         = &cli.StringFlag{Name: "wage", Usage: "hourly wage in WON (at least the minimum wage in force)"}
	DaysFlag         = &cli.StringFlag{Name: "days", Usage: "working DAYS, like mon-fri or mon,wed,sat"}
	DailyFlag        = &cli.StringFlag{Name: "daily-hours", Usage: "contracted HOURS on each working day (4, 4.5)"}
	WeeklyFlag       = &cli.StringFlag{Name: "weekly-hours", Usage: "contracted HOURS a week (default: days × daily hours)"}
	StartFlag        = &cli.StringFlag{Name: "start", Usage: "the contract's first DATE (YYYY-MM-DD)"}
	EndFlag          = &cli.StringFlag{Name: "end", Usage: "the contract's last DATE (YYYY-MM-DD); default: no fixed end"}
	PaydayFlag       = &cli.IntFlag{Name: "payday", Usage: "DAY of the month (1-28) wages are due, for the month before", Value: 10}
	FivePlusFlag     = &cli.BoolFlag{Name: "five-plus", Usage: "the workplace has 5 or more employees (overtime, night and holiday premiums apply)"}
	DocumentFlag     = &cli.StringFlag{Name: "document", Usage: "the signed contract's FILE: only its SHA-256 goes on chain"}
	LastDayFlag      = &cli.StringFlag{Name: "last-day", Usage: "the contract's last DATE (default: today)"}
	DayFlag          = &cli.StringFlag{Name: "day", Usage: "the DATE the shift starts on (YYYY-MM-DD)"}
	ShiftStart       = &cli.StringFlag{Name: "start", Usage: "start TIME (HH:MM)"}
	ShiftEnd         = &cli.StringFlag{Name: "end", Usage: "end TIME (HH:MM); earlier than the start: the next day"}
	ReasonFlag       = &cli.StringFlag{Name: "reason", Usage: "why (kept off chain: only a salted hash is recorded)"}
	StrikeFlag       = &cli.BoolFlag{Name: "strike", Usage: "strike the disputed day out (no work that day)"}
	HolidayFlag      = &cli.StringSliceFlag{Name: "holiday", Usage: "a paid holiday DATE besides the built-in public holidays (repeatable): work on it earns the holiday premium"}
	HolidaysFlag     = &cli.StringFlag{Name: "holidays", Usage: "FILE of holidays, a DATE a line (a name may follow): added to the built-in public holidays; -DATE removes one"}
	CSVFlag          = &cli.StringFlag{Name: "csv", Usage: "pay every line of FILE: contract ID, from DATE, to DATE"}
	TimesheetCSVFlag = &cli.StringFlag{Name: "csv", Usage: "submit every line of FILE: DATE, start HH:MM, end HH:MM"}
	AllFlag          = &cli.BoolFlag{Name: "all", Usage: "pay every signed contract of the sending employer with confirmed hours in the period"}
	InFlightFlag     = bulk.InFlightFlag
	ProgressFlag     = &cli.StringFlag{Name: "progress-dir", Usage: "DIR journaling the payroll's batches, so a stopped run resumes (default: seoulchain-payroll-EMPLOYER-PAYSLIP in the temporary folder, removed when all is paid)"}
	AmountFlag       = &cli.StringFlag{Name: "amount", Usage: "AMOUNT of KRW (1 KRW = 1 won)"}
	SchemeFlag       = &cli.StringFlag{Name: "scheme", Usage: "industrial-accident, pension, health or employment"}
	EvidenceFlag     = &cli.StringFlag{Name: "evidence", Usage: "the enrolment report's receipt FILE: only its SHA-256 goes on chain"}
	EmployerFlag     = &cli.StringFlag{Name: "employer", Usage: "only this employer's ADDRESS"}
)
