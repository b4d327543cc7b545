package health

import "github.com/urfave/cli/v2"

// Health flags.
var (
	RoleFlag = &cli.StringFlag{
		Name: "role", Usage: "the provider's ROLE: hospital, clinic, imaging (centre) or insurer",
	}
	PatientFlag = &cli.StringFlag{
		Name: "patient", Usage: "the patient's ADDRESS (their key; never a name or resident number)",
	}
	CategoryFlag = &cli.StringFlag{
		Name: "category", Usage: "the records' CATEGORY: imaging, lab, prescription or discharge (summary)",
	}
	HolderFlag = &cli.StringFlag{
		Name: "holder", Usage: "the provider ADDRESS that holds the records (a record is its holder's: the same hash anchored by another provider is another record)",
	}
	CategoriesFlag = &cli.StringFlag{
		Name: "categories", Usage: "the CATEGORIES granted, comma-separated (imaging,lab,prescription,discharge)",
	}
	RecordFlag = &cli.StringFlag{
		Name: "record", Usage: "grant one record only: its HASH (or the record's FILE, hashed here)",
	}
	PurposeFlag = &cli.StringFlag{
		Name: "purpose", Usage: "why: treatment (to a care provider) or insurance (a claim, to an insurer)", Value: "treatment",
	}
	DaysFlag = &cli.UintFlag{
		Name: "days", Usage: "the consent lasts N days (default 30; or --until)",
	}
	UntilFlag = &cli.StringFlag{
		Name: "until", Usage: "the consent lasts until the end of DATE (YYYY-MM-DD, Seoul time)",
	}
	ConsentFlag = &cli.StringFlag{
		Name: "consent", Usage: "the consent's ID (default: a valid consent of the patient to the sender, found on chain)",
	}
	EmergencyFlag = &cli.StringFlag{
		Name: "emergency", Usage: "break-glass access without consent, for REASON (unconscious, life-threatening, urgent-transfer or a code): the patient sees it",
	}
)

// Exchange flags.
var (
	GatewayFlag = &cli.StringFlag{
		Name: "gateway", Usage: "the holder's gateway URL (its records office's server, not the city's relayer)",
	}
	OutFlag = &cli.StringFlag{
		Name: "out", Usage: "write the record to FILE (default: the record's hash, hex, in the current folder); never overwritten",
	}
)

// Gateway flags.
var (
	StoreFlag = &cli.StringFlag{
		Name: "store", Usage: "the folder of the records this provider holds, each in a file named by its SHA-256 (hex, no 0x)",
	}
	ListenFlag = &cli.StringFlag{
		Name: "listen", Usage: "serve fetch requests on HOST:PORT", Value: "127.0.0.1:8700",
	}
	JournalFlag = &cli.StringFlag{
		Name: "journal", Usage: "keep the requests logged in this folder (created if need be; one gateway at a time): after a restart, a request sent again is served under its log line, not logged twice",
	}
)

// Claim flags.
var (
	InsurerFlag = &cli.StringFlag{Name: "insurer", Usage: "the insurer's ADDRESS (a registered provider of role insurer)"}
	AmountFlag  = &cli.StringFlag{Name: "amount", Usage: "the amount claimed, in WON (1,200,000 or 1200000)"}
	ApproveFlag = &cli.BoolFlag{Name: "approve", Usage: "approve the claim, paying --paid"}
	RejectFlag  = &cli.BoolFlag{Name: "reject", Usage: "reject the claim (nothing paid)"}
	PaidFlag    = &cli.StringFlag{Name: "paid", Usage: "the amount paid, in WON: at most the amount claimed (with --approve)"}
	RefFlag     = &cli.StringFlag{Name: "ref", Usage: "the payment's reference TEXT (a transfer number, say): only its SHA-256 goes on chain"}
)

// Anchoring flags: many records go through the bulk sender (internal/bulk).
var (
	BatchSizeFlag = &cli.IntFlag{
		Name: "batch-size", Usage: "at most N records per transaction (default: as many as let whole batches fill a block)",
	}
	ProgressDirFlag = &cli.StringFlag{
		Name: "progress-dir", Usage: "DIR journaling the batches of more than 50 records, so a stopped run resumes (default: health-anchor.progress-SENDER-WORK in the current folder, removed when all is anchored)",
	}
)
