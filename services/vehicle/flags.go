package vehicle

import (
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/bulk"
)

// Vehicle flags.
var (
	IDFlag = &cli.StringFlag{
		Name: "id", Usage: "your own REFERENCE of the record (inspection, claim or job number); each is recorded once. Default: one made from the record's content",
	}
	DateFlag     = &cli.StringFlag{Name: "date", Usage: "when it happened, YYYY-MM-DD (Seoul); default today"}
	OwnerFlag    = &cli.StringFlag{Name: "owner", Usage: "the kind of owner: private, company, rental or dealer (never who)", Value: "private"}
	SubsidyFlag  = &cli.BoolFlag{Name: "ev-subsidy", Usage: "bought with an EV purchase subsidy: its mandatory period starts at --date"}
	OdometerFlag = &cli.StringFlag{Name: "odometer", Usage: "the odometer reading in KM (required for inspection and listing)"}
	CodeFlag     = &cli.StringFlag{
		Name: "code", Usage: "transfer: the new owner kind; accident: cost band 1-5; inspection: findings; repair: parts replaced (numbers, 0x allowed)",
	}
	DocFlag      = &cli.StringFlag{Name: "doc", Usage: "the HASH (0x + sha256) of the record's document (listing: the 성능·상태점검 record)"}
	CorrectsFlag = &cli.StringFlag{Name: "corrects", Usage: "the REFERENCE (--id) of your earlier record this one corrects"}
	RecorderFlag = &cli.StringFlag{Name: "recorder", Usage: "void: the ADDRESS of the recorder whose reading --corrects names (default: your own)"}
	VINFlag      = &cli.StringFlag{Name: "vin", Usage: "the vehicle's VIN"}
	SoHFlag      = &cli.StringFlag{Name: "soh", Usage: "state of health in % of rated capacity (e.g. 96.5)"}
	AsFlag       = &cli.StringFlag{
		Name: "as", Usage: "the recorder KIND: registry-office, inspector, dealer, insurer, repairer, battery-tester or recycler",
	}
	CSVFlag             = &cli.StringFlag{Name: "csv", Usage: "FILE of records: " + "record_id,vin,kind,date,odometer_km,code,ref[,corrects]"}
	RegistrationCSVFlag = &cli.StringFlag{Name: "csv", Usage: "FILE of vehicles to register: record_id,vin,date,owner,ev_subsidy"}
	ProgressDirFlag     = &cli.StringFlag{Name: "progress-dir", Usage: "where the import's progress is kept (default: beside the file); run again to resume"}
	InFlightFlag        = bulk.InFlightFlag

	MakerFlag      = &cli.UintFlag{Name: "maker", Usage: "the maker's CODE (the city's list of battery makers)"}
	ChemistryFlag  = &cli.StringFlag{Name: "chemistry", Usage: "ncm, nca, lfp, lmo, lto or other"}
	CapacityFlag   = &cli.StringFlag{Name: "capacity-kwh", Usage: "rated capacity in kWh (e.g. 77.4)"}
	MadeFlag       = &cli.StringFlag{Name: "made", Usage: "date of manufacture, YYYY-MM-DD"}
	CarbonFlag     = &cli.StringFlag{Name: "carbon-class", Usage: "carbon-footprint performance class, A (best) to E"}
	RecycledCoFlag = &cli.StringFlag{Name: "recycled-cobalt", Usage: "recycled cobalt content in % (one decimal)", Value: "0"}
	RecycledLiFlag = &cli.StringFlag{Name: "recycled-lithium", Usage: "recycled lithium content in % (one decimal)", Value: "0"}
	RecycledNiFlag = &cli.StringFlag{Name: "recycled-nickel", Usage: "recycled nickel content in % (one decimal)", Value: "0"}
	UseFlag        = &cli.StringFlag{Name: "use", Usage: "second-life use: storage, charger or other", Value: "storage"}
	OperatorFlag   = &cli.StringFlag{Name: "operator", Usage: "ADDRESS of the second-life operator"}
	LithiumFlag    = &cli.UintFlag{Name: "lithium-g", Usage: "lithium recovered, grams"}
	NickelFlag     = &cli.UintFlag{Name: "nickel-g", Usage: "nickel recovered, grams"}
	CobaltFlag     = &cli.UintFlag{Name: "cobalt-g", Usage: "cobalt recovered, grams"}
)
