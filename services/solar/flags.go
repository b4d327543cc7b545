package solar

import (
	"time"

	"github.com/urfave/cli/v2"
)

// Solar flags.
var (
	AreaFlag = &cli.StringFlag{Name: "area", Usage: "required: the feeder AREA code (lower-case letters, digits, '-'; e.g. mapo-1)"}
	// IntervalLenFlag and GateClosureFlag set an area's schedule.
	IntervalLenFlag = &cli.DurationFlag{Name: "interval", Usage: "the area's settlement interval (15m in production; at least 10s)", Value: 15 * time.Minute}
	GateClosureFlag = &cli.DurationFlag{Name: "gate-closure", Usage: "orders close this long before an interval starts", Value: 5 * time.Minute}
	OwnerFlag       = &cli.StringFlag{Name: "owner", Usage: "required: ADDRESS of the meter's owner (the household's key)"}
	KindFlag        = &cli.StringFlag{Name: "kind", Usage: "required: prosumer (has solar, sells: asks) or consumer (buys: bids)"}
	AtFlag          = &cli.StringFlag{Name: "interval", Usage: "required: the INTERVAL number, or next (the first whose gate is open)"}
	KWhFlag         = &cli.StringFlag{Name: "kwh", Usage: "required: the quantity in kWh, to the Wh (e.g. 1.25)"}
	PriceFlag       = &cli.StringFlag{Name: "price", Usage: "required: the limit in won per kWh (a bid's most, an ask's least), within the utility's tariffs"}
	CSVFlag         = &cli.StringFlag{Name: "csv", Usage: "required: FILE of lines 'meter,interval,wh' (a header is allowed), sent in batches"}
	BatchSizeFlag   = &cli.IntFlag{Name: "batch-size", Usage: "at most N readings per transaction (default: as many as let whole batches fill a block, within 120 KiB of calldata)"}
	MonthFlag       = &cli.StringFlag{Name: "month", Usage: "the MONTH as YYYY-MM, in Seoul time (default: this month)"}
	ProgressDirFlag = &cli.StringFlag{Name: "progress-dir", Usage: "DIR journaling the batches, so a stopped run resumes (default: FILE.progress)"}
	// UtilityFlag names a previous utility: its debts stay its own after setParties names another.
	UtilityFlag = &cli.StringFlag{Name: "utility", Usage: "ADDRESS of the utility whose debts to read or collect, e.g. a previous one (default: the market's current utility)"}
)
