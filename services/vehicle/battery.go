package vehicle

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/shopspring/decimal"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/hexaddr"
)

var (
	chemistries   = []string{"", "ncm", "nca", "lfp", "lmo", "lto", "other"}
	carbonClasses = []string{"", "A", "B", "C", "D", "E"}
	uses          = []string{"", "storage", "charger", "other"}
	statuses      = []string{"not registered", "spare (in no car)", "installed", "second life", "recycled"}
)

// index is the position of s (case-insensitive) in names, or an error listing them.
func index(names []string, s, what string) (uint8, error) {
	for i, n := range names {
		if i > 0 && strings.EqualFold(n, s) {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("%s %q: want one of %s", what, s, strings.Join(names[1:], ", "))
}

func name(names []string, i uint8) string {
	if int(i) < len(names) {
		return names[i]
	}
	return fmt.Sprintf("code %d", i)
}

func batteryCommand(send, rec []cli.Flag) *cli.Command {
	return &cli.Command{
		Name: "battery", Usage: "EV battery packs (by serial number): passport, installation, state of health, second life, recycling",
		Subcommands: []*cli.Command{
			{Name: "show", Usage: "the pack SERIAL: passport, where it is, last state of health", ArgsUsage: "SERIAL",
				Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: batteryShow},
			{Name: "register", Usage: "register the pack SERIAL with its passport (registry office)", ArgsUsage: "SERIAL",
				Flags:  append([]cli.Flag{MakerFlag, ChemistryFlag, CapacityFlag, MadeFlag, CarbonFlag, RecycledCoFlag, RecycledLiFlag, RecycledNiFlag, IDFlag}, send...),
				Action: batteryRegister},
			{Name: "install", Usage: "install the pack SERIAL in --vin (registry office for a new car, else a shop)", ArgsUsage: "SERIAL",
				Flags: append([]cli.Flag{VINFlag}, rec...), Action: batteryRecord(BatteryInstall)},
			{Name: "remove", Usage: "remove the pack SERIAL from --vin (shop; recycler for a scrapped car)", ArgsUsage: "SERIAL",
				Flags: append([]cli.Flag{VINFlag}, rec...), Action: batteryRecord(BatteryRemove)},
			{Name: "test", Usage: "record a state-of-health reading --soh of the pack SERIAL (in --vin, or in no car)", ArgsUsage: "SERIAL",
				Flags: append([]cli.Flag{VINFlag, SoHFlag}, rec...), Action: batteryRecord(BatteryTest)},
			{Name: "second-life", Usage: "the pack SERIAL begins second life (recycler)", ArgsUsage: "SERIAL",
				Flags: append([]cli.Flag{UseFlag, OperatorFlag, IDFlag, DateFlag}, send...), Action: batterySecondLife},
			{Name: "recycle", Usage: "the pack SERIAL was recycled; the masses recovered (recycler)", ArgsUsage: "SERIAL",
				Flags: append([]cli.Flag{LithiumFlag, NickelFlag, CobaltFlag, IDFlag, DateFlag}, send...), Action: batteryRecycle},
		},
	}
}

func batteryArg(c *cli.Context) (string, common.Hash, error) {
	if err := cmdkit.ExactArgs(c, "SERIAL"); err != nil {
		return "", common.Hash{}, err
	}
	id, err := BatteryID(c.Args().First())
	if err != nil {
		return "", common.Hash{}, cmdkit.Usagef("%w", err)
	}
	return c.Args().First(), id, nil
}

// batteryRecord sends a battery record (install, remove, test) through the records' path.
func batteryRecord(k Kind) cli.ActionFunc {
	return func(c *cli.Context) error {
		serial, _, err := batteryArg(c)
		if err != nil {
			return err
		}
		vin := c.String(VINFlag.Name)
		in := Input{Kind: k.String(), VIN: vin, Subject: serial, Code: c.String(SoHFlag.Name)}
		if vin == "" && k != BatteryTest {
			return cmdkit.Usagef("--vin is required: the car the pack goes in or comes out of")
		}
		return sendRecord(c, in)
	}
}

func permilleFlag(c *cli.Context, f *cli.StringFlag) (uint16, error) {
	d, err := decimal.NewFromString(c.String(f.Name))
	p := d.Shift(1)
	if err != nil || !p.IsInteger() || p.Sign() < 0 || p.GreaterThan(decimal.NewFromInt(1000)) {
		return 0, cmdkit.Usagef("--%s %q: want a percentage from 0 to 100, one decimal at most", f.Name, c.String(f.Name))
	}
	return uint16(p.IntPart()), nil
}

func batteryRegister(c *cli.Context) error {
	serial, id, err := batteryArg(c)
	if err != nil {
		return err
	}
	var p vehicleregistry.VehicleRegistryPassport
	if c.Uint(MakerFlag.Name) == 0 {
		return cmdkit.Usagef("--maker: give the maker's code")
	}
	p.Maker = uint32(c.Uint(MakerFlag.Name))
	if p.Chemistry, err = index(chemistries, c.String(ChemistryFlag.Name), "--chemistry"); err != nil {
		return cmdkit.Usagef("%w", err)
	}
	kwh, err := decimal.NewFromString(c.String(CapacityFlag.Name))
	wh := kwh.Shift(3)
	if err != nil || !wh.IsInteger() || wh.Sign() <= 0 || wh.GreaterThan(decimal.NewFromInt(1<<32-1)) {
		return cmdkit.Usagef("--capacity-kwh %q: want kWh above 0, to the watt-hour at most (e.g. 77.4)", c.String(CapacityFlag.Name))
	}
	p.CapacityWh = uint32(wh.IntPart())
	if c.String(MadeFlag.Name) == "" {
		return cmdkit.Usagef("--made: give the date of manufacture, YYYY-MM-DD")
	}
	if p.ManufacturedAt, err = ParseDate(c.String(MadeFlag.Name), now()); err != nil {
		return cmdkit.Usagef("--made: %w", err)
	}
	if p.CarbonClass, err = index(carbonClasses, c.String(CarbonFlag.Name), "--carbon-class"); err != nil {
		return cmdkit.Usagef("%w", err)
	}
	if p.RecycledCobalt, err = permilleFlag(c, RecycledCoFlag); err != nil {
		return err
	}
	if p.RecycledLithium, err = permilleFlag(c, RecycledLiFlag); err != nil {
		return err
	}
	if p.RecycledNickel, err = permilleFlag(c, RecycledNiFlag); err != nil {
		return err
	}
	return cmdkit.With(c, deploy.VehicleRegistry, registryABIOf(), func(tx *cmdkit.Tx) error {
		reg, err := vehicleregistry.NewVehicleRegistryCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		b, err := reg.BatteryPack(cmdkit.CallOpts(c), id)
		if err != nil {
			return fmt.Errorf("read pack %s: %w", serial, err)
		}
		if b.Status != 0 && b.Passport == p {
			return tx.NothingSent(c, fmt.Sprintf("Pack %s is already registered with this passport", serial), map[string]any{"battery": id})
		}
		ref := c.String(IDFlag.Name)
		if ref == "" {
			ref = "battery|" + serial
		}
		return tx.Send(c, "register pack "+serial, "registerBattery", RecordID(tx.Sender.From(), ref), id, p)
	})
}

func batterySecondLife(c *cli.Context) error {
	serial, id, err := batteryArg(c)
	if err != nil {
		return err
	}
	use, err := index(uses, c.String(UseFlag.Name), "--use")
	if err != nil {
		return cmdkit.Usagef("%w", err)
	}
	op, err := cmdkit.RequireFlag(c, OperatorFlag)
	if err != nil {
		return err
	}
	operator, err := hexaddr.Parse(op)
	if err != nil {
		return cmdkit.Usagef("--operator: %w", err)
	}
	at, err := ParseDate(c.String(DateFlag.Name), now())
	if err != nil {
		return cmdkit.Usagef("--date: %w", err)
	}
	return cmdkit.With(c, deploy.VehicleRegistry, registryABIOf(), func(tx *cmdkit.Tx) error {
		ref := joinNonEmpty("|", "second-life", serial, c.String(IDFlag.Name))
		return tx.Send(c, "start second life of pack "+serial, "secondLife", RecordID(tx.Sender.From(), ref), id, at, use, operator)
	})
}

func batteryRecycle(c *cli.Context) error {
	serial, id, err := batteryArg(c)
	if err != nil {
		return err
	}
	at, err := ParseDate(c.String(DateFlag.Name), now())
	if err != nil {
		return cmdkit.Usagef("--date: %w", err)
	}
	var g [3]uint32
	for i, f := range []*cli.UintFlag{LithiumFlag, NickelFlag, CobaltFlag} {
		if c.Uint(f.Name) > 1<<32-1 {
			return cmdkit.Usagef("--%s: at most %d grams", f.Name, uint32(1<<32-1))
		}
		g[i] = uint32(c.Uint(f.Name))
	}
	return cmdkit.With(c, deploy.VehicleRegistry, registryABIOf(), func(tx *cmdkit.Tx) error {
		ref := joinNonEmpty("|", "recycle", serial, c.String(IDFlag.Name))
		return tx.Send(c, "record the recycling of pack "+serial, "recycle", RecordID(tx.Sender.From(), ref), id, at, g[0], g[1], g[2])
	})
}

// PackView is a pack as `battery show` prints it.
type PackView struct {
	Serial          string          `json:"serial"`
	ID              common.Hash     `json:"id"`
	Status          string          `json:"status"`
	Maker           uint32          `json:"maker"`
	Chemistry       string          `json:"chemistry"`
	CapacityKWh     string          `json:"capacityKWh"`
	Manufactured    string          `json:"manufactured"`
	CarbonClass     string          `json:"carbonClass"`
	RecycledPercent [3]string       `json:"recycledContentPercentCoLiNi"`
	InVehicle       *common.Hash    `json:"inVehicle,omitempty"`
	SoHPercent      string          `json:"sohPercent,omitempty"`
	TestedAt        string          `json:"testedAt,omitempty"`
	SecondLifeUse   string          `json:"secondLifeUse,omitempty"`
	Operator        *common.Address `json:"operator,omitempty"`
	RecoveredGrams  *[3]uint32      `json:"recoveredGramsLiNiCo,omitempty"`
}

func batteryShow(c *cli.Context) error {
	serial, id, err := batteryArg(c)
	if err != nil {
		return err
	}
	r, reg, err := openRegistry(c)
	if err != nil {
		return err
	}
	defer r.Close()
	b, err := reg.BatteryPack(cmdkit.CallOpts(c), id)
	if err != nil {
		return fmt.Errorf("read pack %s: %w", serial, err)
	}
	if b.Status == 0 {
		return fmt.Errorf("pack %s (%s) is not registered", serial, id.Hex())
	}
	p := b.Passport
	v := PackView{Serial: serial, ID: id, Status: name(statuses, b.Status), Maker: p.Maker, Chemistry: name(chemistries, p.Chemistry),
		CapacityKWh: decimal.NewFromInt(int64(p.CapacityWh)).Shift(-3).String(), Manufactured: unix(p.ManufacturedAt).In(seoul).Format("2006-01-02"),
		CarbonClass:     name(carbonClasses, p.CarbonClass),
		RecycledPercent: [3]string{permille(uint32(p.RecycledCobalt)), permille(uint32(p.RecycledLithium)), permille(uint32(p.RecycledNickel))}}
	if b.Vin != (common.Hash{}) {
		h := common.Hash(b.Vin)
		v.InVehicle = &h
	}
	if b.Soh != 0 {
		v.SoHPercent, v.TestedAt = permille(uint32(b.Soh)), unix(b.TestedAt).In(seoul).Format("2006-01-02")
	}
	if b.Use != 0 {
		v.SecondLifeUse, v.Operator = name(uses, b.Use), &b.Operator
	}
	if b.Status == 4 {
		v.RecoveredGrams = &[3]uint32{b.LithiumG, b.NickelG, b.CobaltG}
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, v)
	}
	pairs := [][2]string{{"pack", fmt.Sprintf("%s (%s)", serial, id.Hex())}, {"status", v.Status},
		{"passport", fmt.Sprintf("maker %d, %s, %s kWh, made %s, carbon class %s, recycled content Co %s%% Li %s%% Ni %s%%",
			v.Maker, v.Chemistry, v.CapacityKWh, v.Manufactured, v.CarbonClass, v.RecycledPercent[0], v.RecycledPercent[1], v.RecycledPercent[2])}}
	if v.InVehicle != nil {
		pairs = append(pairs, [2]string{"in vehicle", v.InVehicle.Hex() + " (VIN hash)"})
	}
	if v.SoHPercent != "" {
		pairs = append(pairs, [2]string{"state of health", fmt.Sprintf("%s%% (%s)", v.SoHPercent, v.TestedAt)})
	}
	if v.Operator != nil {
		pairs = append(pairs, [2]string{"second life", fmt.Sprintf("%s, operator %s", v.SecondLifeUse, v.Operator.Hex())})
	}
	if v.RecoveredGrams != nil {
		pairs = append(pairs, [2]string{"recovered", fmt.Sprintf("lithium %d g, nickel %d g, cobalt %d g", b.LithiumG, b.NickelG, b.CobaltG)})
	}
	return cmdkit.KeyValues(c.App.Writer, pairs...)
}
