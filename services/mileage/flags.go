package mileage

import (
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/bulk"
)

// S-Coin mileage flags.
var (
	ProgramIDFlag      = &cli.UintFlag{Name: "program", Usage: "mileage program ID (see 'mileage program list')"}
	NameFlag           = &cli.StringFlag{Name: "name", Usage: "display NAME"}
	BudgetFlag         = &cli.StringFlag{Name: "budget", Usage: "the program's remaining budget in S-Coin (1 S-Coin = 1 won)"}
	ActiveFlag         = &cli.StringFlag{Name: "active", Usage: "true to let the program credit, false to stop it"}
	IssuerFlag         = &cli.StringSliceFlag{Name: "issuer", Usage: "ADDRESS of an issuing system's account allowed to credit the program (repeatable)"}
	RemoveIssuerFlag   = &cli.StringSliceFlag{Name: "remove-issuer", Usage: "ADDRESS of an issuer to remove (repeatable)"}
	CitizenFlag        = &cli.StringFlag{Name: "to", Usage: "citizen ADDRESS to credit"}
	PointsFlag         = &cli.StringFlag{Name: "amount", Usage: "AMOUNT of S-Coin (1 S-Coin = 1 won), digits with optional thousands separators"}
	RecordFlag         = &cli.StringFlag{Name: "record", Usage: "the issuing system's record ID (an unsigned integer); each record is credited once"}
	CreditCSVFlag      = &cli.StringFlag{Name: "csv", Usage: "credit every line of FILE: citizen address, amount, record ID"}
	BatchSizeFlag      = &cli.IntFlag{Name: "batch-size", Usage: "with --csv: at most N credits per transaction (default: as many as let whole batches fill a block, within 120 KiB of calldata)"}
	InFlightFlag       = bulk.InFlightFlag
	ProgressDirFlag    = &cli.StringFlag{Name: "progress-dir", Usage: "with --csv: DIR journaling the import's batches, so a stopped run resumes (default: FILE.progress-PROGRAM-ISSUER, removed when all is credited)"}
	SkipDuplicatesFlag = &cli.BoolFlag{Name: "skip-duplicates", Usage: "with --csv: skip, and report, a line repeating an earlier one exactly (same citizen, amount and record ID) instead of refusing the file; a record ID repeated with another citizen or amount is still refused"}
	MerchantFlag       = &cli.StringFlag{Name: "to", Usage: "ADDRESS of the Zero Pay merchant to pay"}
	PaymentRefFlag     = &cli.StringFlag{Name: "ref", Usage: "the order or receipt REFERENCE; a payment with the same reference is made once"}
	SettlementRefFlag  = &cli.StringFlag{Name: "ref", Usage: "the settlement REFERENCE the city treasury pays KRW against; each is redeemed once"}
	NewAddressFlag     = &cli.StringFlag{Name: "to", Usage: "the citizen's new ADDRESS"}
)
