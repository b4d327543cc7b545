package fund

import (
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/bulk"
)

// Fund flags.
var (
	KindFlag        = &cli.StringFlag{Name: "kind", Usage: "required: donation (a campaign) or consignment (민간위탁금)"}
	ManagerFlag     = &cli.StringFlag{Name: "manager", Usage: "required: ADDRESS of the charity or operator that spends"}
	SupervisorFlag  = &cli.StringFlag{Name: "supervisor", Usage: "ADDRESS of the city department that approves and audits (default: the sending key)"}
	StartFlag       = &cli.StringFlag{Name: "start", Usage: "the term's start: YYYY-MM-DD (Seoul time), RFC 3339, or +DURATION from now (default: now)"}
	EndFlag         = &cli.StringFlag{Name: "end", Usage: "required: the term's end: YYYY-MM-DD (end of that day, Seoul time), RFC 3339, or +DURATION from now (e.g. +720h)"}
	GraceFlag       = &cli.DurationFlag{Name: "grace", Usage: "after the end, how long before anyone may settle", Value: 0}
	AdminCapFlag    = &cli.StringFlag{Name: "admin-cap", Usage: "the admin / collection-cost line's cap, in percent of inflows (default: a campaign takes the donations act's 15/13/12/10%; a consignment fund 0)"}
	AdminLimitFlag  = &cli.StringFlag{Name: "admin-limit", Usage: "the admin line's own budget in won (default: no limit but the cap)"}
	ThresholdFlag   = &cli.StringFlag{Name: "approval-above", Usage: "spends above AMOUNT won wait for the supervisor's approval (default: none waits)"}
	ReturnToFlag    = &cli.StringFlag{Name: "return-to", Usage: "ADDRESS settlement pays (the city's account; a campaign's when it names no follow-up) (default: the sending key)"}
	CodeFlag        = &cli.StringFlag{Name: "code", Usage: "required: the line's CODE, at most 32 bytes (e.g. personnel, meals, rent)"}
	LimitFlag       = &cli.StringFlag{Name: "limit", Usage: "required: the line's budget in won"}
	ReceiptFlag     = &cli.StringFlag{Name: "receipt", Usage: "the donor's receipt REFERENCE (its keccak256 goes on chain; or a 0x… 32-byte hash as is)"}
	AmountFlag      = &cli.StringFlag{Name: "amount", Usage: "AMOUNT in won (1,000,000 or 1000000)"}
	CSVFlag         = &cli.StringFlag{Name: "csv", Usage: "FILE of lines 'receipt,amount' (a header is allowed), sent in batches"}
	RefFlag         = &cli.StringFlag{Name: "ref", Usage: "the transfer's REFERENCE (e.g. the city's payment order number; hashed like a receipt)"}
	InterestFlag    = &cli.BoolFlag{Name: "interest", Usage: "the deposit is interest earned, not a tranche"}
	LineFlag        = &cli.UintFlag{Name: "line", Usage: "the budget LINE number (0 is the admin / collection-cost line)"}
	PayeeFlag       = &cli.StringFlag{Name: "payee", Usage: "required: ADDRESS of the registered payee"}
	EvidenceFlag    = &cli.StringFlag{Name: "evidence", Usage: "required: FILE (invoice, payroll sheet) whose SHA-256 goes on chain, or a 0x… 32-byte hash"}
	ReasonFlag      = &cli.StringFlag{Name: "reason", Usage: "required: the audit case CODE (its keccak256 goes on chain; or a 0x… hash). Never a person's name"}
	InFlightFlag    = bulk.InFlightFlag
	BatchSizeFlag   = &cli.IntFlag{Name: "batch-size", Usage: "with --csv: at most N donations per transaction, 1 to 2,000 (default: as many as let whole batches fill a block, within 120 KiB of calldata)"}
	ProgressDirFlag = &cli.StringFlag{Name: "progress-dir", Usage: "with --csv: DIR journaling the batches, so a stopped run resumes (default: FILE.progress-FUND)"}
	SpendsFlag      = &cli.BoolFlag{Name: "spends", Usage: "list the gift's part of every spend, not only per line and payee"}
)
