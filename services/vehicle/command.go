package vehicle

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

func registryABIOf() *abi.ABI { return cmdkit.MustABI(vehicleregistry.VehicleRegistryMetaData) }

// The registry's errors carry dates as Unix times: a refusal says them as dates.
func init() {
	for errName, args := range map[string][]string{
		"VehicleImplausibleReading": {"at", "maxAt"},
		"VehicleBadDate":            {"at", "nowTime"},
		"VehicleCorrectionTooLate":  {"recordedAt"},
	} {
		for _, arg := range args {
			cmdkit.RegisterNote(errName, arg, dateNote)
		}
	}
}

// dateNote is the Unix time value as a date (and time, unless midnight) in Seoul.
func dateNote(value string) string {
	var s int64
	if _, err := fmt.Sscan(value, &s); err != nil || s <= 0 {
		return ""
	}
	t := time.Unix(s, 0).In(seoul)
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format("2006-01-02 15:04 KST")
}

// Command is the vehicle command.
func Command() *cli.Command {
	send := []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}
	rec := append([]cli.Flag{IDFlag, DateFlag, CorrectsFlag}, send...)
	return &cli.Command{
		Name:  "vehicle",
		Usage: "used-car histories and EV battery packs: registration, records, the buyer's report, batteries, recorders",
		Description: `Registry offices, inspection centres, dealers, insurers, repair shops, battery testers and
recyclers append records to the VehicleRegistry, each only of its own kinds; records are never
edited (a later record corrects an earlier one). 'vehicle history VIN' is the buyer's report,
rebuilt from the chain's events. On chain: the VIN's hash (the VIN in its registration),
dates, odometer readings, codes and document hashes; no owner's identity.`,
		Subcommands: []*cli.Command{
			{Name: "register", Usage: "register the vehicle VIN, or every vehicle of --csv FILE in batches (registry office)", ArgsUsage: "VIN",
				Description: `register --csv FILE takes the header ` + strings.Join(RegistrationHeader, ",") + ` and one vehicle a
line (owner: private, company, rental or dealer; ev_subsidy: yes or no). The whole file is
checked first; then the vehicles go in registerBatch batches (resumable; each record ID once),
through the relayer when one is configured.`,
				Flags: append([]cli.Flag{OwnerFlag, SubsidyFlag, RegistrationCSVFlag, ProgressDirFlag, InFlightFlag}, rec...), Action: register},
			{Name: "record", Usage: "append a record of KIND to the vehicle VIN", ArgsUsage: "KIND VIN",
				Description: `KIND is transfer, scrap, export (registry office); inspection (inspection centre: --odometer,
--code findings); listing (dealer: --odometer, --doc the 성능·상태점검 record's hash); accident
(--code cost band 1-5), flood, total-loss (insurer); repair (shop: --code parts replaced);
void (the registry office only: --corrects REF --recorder ADDRESS voids that record's odometer
reading; the history shows it voided, and the odometer state is rebuilt from the remaining
readings). A correction (--corrects REF of your own record, while you still record its kind)
also voids the reading of the record it corrects, within 30 days of recording it; later ask
the registry office. A vehicle keeps at most 1,000 readings, 100 of one recorder.`,
				Flags: append([]cli.Flag{OdometerFlag, CodeFlag, DocFlag, RecorderFlag}, rec...), Action: recordCmd},
			{Name: "import", Usage: "append every record of --csv FILE, in batches (resumable; each record ID once)", ArgsUsage: " ",
				Flags: []cli.Flag{CSVFlag, ProgressDirFlag, InFlightFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: importCmd},
			{Name: "history", Usage: "the buyer's report of the vehicle VIN: summary, then timeline", ArgsUsage: "VIN",
				Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: history},
			batteryCommand(send, rec),
			{
				Name: "recorder", Usage: "who may record what (admin)",
				Subcommands: []*cli.Command{
					{Name: "add", Usage: "let ADDRESS (default: the sending key) record as --as KIND", ArgsUsage: "[ADDRESS]",
						Flags: append([]cli.Flag{AsFlag}, send...), Action: recorderAdd},
					{Name: "remove", Usage: "stop ADDRESS recording as --as KIND (its records stand)", ArgsUsage: "ADDRESS",
						Flags: append([]cli.Flag{AsFlag}, send...), Action: recorderRemove},
					{Name: "list", Usage: "list the recorders of each kind", ArgsUsage: " ", Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: recorderList},
				},
			},
		},
	}
}

// now is the clock records' default dates and future-date checks read.
var now = time.Now

func register(c *cli.Context) error {
	if path := c.String(RegistrationCSVFlag.Name); path != "" {
		return registerFile(c, path)
	}
	if err := cmdkit.ExactArgs(c, "VIN"); err != nil {
		return err
	}
	vin, err := NormalizeVIN(c.Args().First())
	if err != nil {
		return cmdkit.Usagef("%w", err)
	}
	owner, err := ParseOwnerKind(c.String(OwnerFlag.Name))
	if err != nil {
		return cmdkit.Usagef("--owner: %w", err)
	}
	at, err := ParseDate(c.String(DateFlag.Name), now())
	if err != nil {
		return cmdkit.Usagef("--date: %w", err)
	}
	return cmdkit.With(c, deploy.VehicleRegistry, registryABIOf(), func(tx *cmdkit.Tx) error {
		reg, err := vehicleregistry.NewVehicleRegistryCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		v, err := reg.Vehicle(cmdkit.CallOpts(c), VINHash(vin))
		if err != nil {
			return fmt.Errorf("read vehicle %s: %w", vin, err)
		}
		if v.RegisteredAt != 0 {
			return tx.NothingSent(c, fmt.Sprintf("%s is already registered (%s)", vin, unix(v.RegisteredAt).In(seoul).Format("2006-01-02")), map[string]any{"vin": vin})
		}
		ref := c.String(IDFlag.Name)
		if ref == "" {
			ref = "registration|" + vin
		}
		r := vehicleregistry.VehicleRegistryRegistration{Id: RecordID(tx.Sender.From(), ref), Vin: vin, At: at, OwnerKind: owner, Subsidized: c.Bool(SubsidyFlag.Name)}
		return tx.Send(c, fmt.Sprintf("register %s", vin), "register", r)
	})
}

func recordCmd(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "KIND", "VIN"); err != nil {
		return err
	}
	k, err := ParseKind(c.Args().Get(0))
	if err != nil || (k < Transfer || k > Repair) && k != VoidReading {
		if err == nil {
			err = fmt.Errorf("%s has its own command: 'vehicle battery ...'", k)
		}
		return cmdkit.Usagef("KIND: %w", err)
	}
	return sendRecord(c, Input{Kind: k.String(), VIN: c.Args().Get(1), Odometer: c.String(OdometerFlag.Name),
		Code: c.String(CodeFlag.Name), Subject: subjectOf(c, k)})
}

// subjectOf is the record's ref argument: the voided reading's recorder, or the document.
func subjectOf(c *cli.Context, k Kind) string {
	if k == VoidReading {
		return c.String(RecorderFlag.Name)
	}
	return c.String(DocFlag.Name)
}

// sendRecord completes in from the shared record flags and sends it, unless the record
// exists already (then it says so and exits 0: a retried command records nothing twice).
func sendRecord(c *cli.Context, in Input) error {
	in.Ref, in.Date, in.Corrects = c.String(IDFlag.Name), c.String(DateFlag.Name), c.String(CorrectsFlag.Name)
	// The record's ID depends on the sending key: check the input before the key is opened,
	// with a stand-in address, so that bad input never costs a password prompt.
	if _, err := in.Record(common.Address{}, now()); err != nil {
		return cmdkit.Usagef("%w", err)
	}
	return cmdkit.With(c, deploy.VehicleRegistry, registryABIOf(), func(tx *cmdkit.Tx) error {
		r, err := in.Record(tx.Sender.From(), now())
		if err != nil {
			return cmdkit.Usagef("%w", err)
		}
		reg, err := vehicleregistry.NewVehicleRegistryCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		done, err := reg.Recorded(cmdkit.CallOpts(c), tx.Sender.From(), r.Id)
		if err != nil {
			return fmt.Errorf("read record %x: %w", r.Id, err)
		}
		what := Kind(r.Kind).Words()
		vin, _ := NormalizeVIN(in.VIN)
		if Kind(r.Kind) == VoidReading {
			what = fmt.Sprintf("void of the odometer reading of record %s", in.Corrects)
		}
		if vin != "" {
			what += " of " + vin
		} else {
			what += " of pack " + in.Subject
		}
		if done {
			return tx.NothingSent(c, fmt.Sprintf("The %s (record %s) is already recorded", what, common.Hash(r.Id).Hex()), map[string]any{"id": common.Hash(r.Id)})
		}
		action := "record the " + what
		if Kind(r.Kind) == VoidReading {
			action = fmt.Sprintf("void the odometer reading of record %s of %s", in.Corrects, vin)
		}
		return tx.Send(c, action, "record", r)
	})
}

func history(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "VIN"); err != nil {
		return err
	}
	vin, err := NormalizeVIN(c.Args().First())
	if err != nil {
		return cmdkit.Usagef("%w", err)
	}
	r, err := cmdkit.OpenReader(c, deploy.VehicleRegistry)
	if err != nil {
		return err
	}
	defer r.Close()
	rep, err := Fetch(c.Context, r.EC, r.Addr, VINHash(vin))
	if errors.Is(err, ErrUnknownVehicle) {
		return fmt.Errorf("%s is not registered (no registry office recorded it)", vin)
	}
	if err != nil {
		return err
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, rep)
	}
	return rep.Write(c.App.Writer)
}

func recorderArgs(c *cli.Context, optional bool) (string, *common.Address, error) {
	role, err := cmdkit.RequireFlag(c, AsFlag)
	if err != nil {
		return "", nil, err
	}
	if role, err = ParseRole(role); err != nil {
		return "", nil, cmdkit.Usagef("--as: %w", err)
	}
	if optional && c.NArg() == 0 {
		return role, nil, nil
	}
	if err := cmdkit.ExactArgs(c, "ADDRESS"); err != nil {
		return "", nil, err
	}
	who, err := cmdkit.AddressArg(c, "ADDRESS")
	return role, &who, err
}

func recorderAdd(c *cli.Context) error {
	role, who, err := recorderArgs(c, true)
	if err != nil {
		return err
	}
	return cmdkit.With(c, deploy.VehicleRegistry, registryABIOf(), func(tx *cmdkit.Tx) error {
		if who == nil {
			me := tx.Sender.From()
			who = &me
		}
		reg, err := vehicleregistry.NewVehicleRegistryCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		has, err := reg.HasRole(cmdkit.CallOpts(c), RoleID(role), *who)
		if err != nil {
			return fmt.Errorf("read roles of %s: %w", who.Hex(), err)
		}
		if has {
			return tx.NothingSent(c, fmt.Sprintf("%s already records as %s", who.Hex(), roleName(role)), map[string]any{"recorder": who})
		}
		return tx.Send(c, fmt.Sprintf("let %s record as %s", who.Hex(), roleName(role)), "grantRole", RoleID(role), *who)
	})
}

func recorderRemove(c *cli.Context) error {
	role, who, err := recorderArgs(c, false)
	if err != nil {
		return err
	}
	return cmdkit.Send(c, deploy.VehicleRegistry, registryABIOf(), fmt.Sprintf("stop %s recording as %s", who.Hex(), roleName(role)),
		"revokeRole", RoleID(role), *who)
}

// roleName is the command line's name of a role.
func roleName(role string) string {
	for _, r := range Roles {
		if r.Role == role {
			return r.Name
		}
	}
	return role
}

type recorderRow struct {
	Kind    string         `json:"kind"`
	Address common.Address `json:"address"`
}

func recorderList(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	r, reg, err := openRegistry(c)
	if err != nil {
		return err
	}
	defer r.Close()
	rows := []recorderRow{}
	for _, role := range Roles {
		who, err := reg.GetRoleMembers(cmdkit.CallOpts(c), RoleID(role.Role))
		if err != nil {
			return fmt.Errorf("list %s: %w", role.Name, err)
		}
		for _, a := range who {
			rows = append(rows, recorderRow{role.Name, a})
		}
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, rows)
	}
	var t cmdkit.Table
	t.Add("KIND", "ADDRESS")
	for _, row := range rows {
		t.Add(row.Kind, row.Address.Hex())
	}
	return t.Write(c.App.Writer)
}

// joinNonEmpty joins the non-empty parts.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// openRegistry opens a reader of the VehicleRegistry; the caller must close it.
func openRegistry(c *cli.Context) (*cmdkit.Reader, *vehicleregistry.VehicleRegistryCaller, error) {
	r, err := cmdkit.OpenReader(c, deploy.VehicleRegistry)
	if err != nil {
		return nil, nil, err
	}
	reg, err := vehicleregistry.NewVehicleRegistryCaller(r.Addr, r.EC)
	if err != nil {
		r.Close()
		return nil, nil, err
	}
	return r, reg, nil
}
