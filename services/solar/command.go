package solar

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/solarmarket"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/krw"
)

func marketABI() *abi.ABI { return cmdkit.MustABI(solarmarket.SolarMarketMetaData) }

// seoul is Korea Standard Time (no daylight saving), fixed so no tz database is needed.
var seoul = time.FixedZone("KST", 9*3600)

// Command is the solar command.
func Command() *cli.Command {
	return &cli.Command{
		Name:    "solar",
		Aliases: []string{"energy"}, // also `seoulchain energy`, as households may look for it
		Usage:   "neighbourhood solar power trading: meters, orders, clearing, readings, settlement",
		Description: `Prosumers (homes and buildings with rooftop solar) sell surplus power to consumers on the
same feeder (area), interval by interval. Owners deposit KRW, then post orders until gate
closure (gasless through the relayer): an ask from a prosumer meter, a bid from a consumer
meter, in kWh at a limit in won per kWh within the utility's tariffs. The market operator
clears each interval's book ('solar clear': a uniform-price double auction computed from the
chain's events, checked by the contract), the metering operator posts readings after the
interval ('solar readings post'), and anyone settles ('solar settle'). On chain: meter ID
hashes, owner addresses, area codes, Wh and won.`,
		Subcommands: []*cli.Command{
			{
				Name: "area", Usage: "feeder areas (market operator)",
				Subcommands: []*cli.Command{
					{Name: "add", Usage: "register AREA with its interval and gate closure", ArgsUsage: "AREA",
						Flags: []cli.Flag{IntervalLenFlag, GateClosureFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: areaAdd},
				},
			},
			{Name: "next", Usage: "the first interval of --area whose gate is still open: number, start, end, gate closure", ArgsUsage: " ",
				Flags: []cli.Flag{AreaFlag, cmdkit.AddressBookFlag}, Action: next},
			{
				Name: "meter", Usage: "meters (metering operator)",
				Subcommands: []*cli.Command{
					{Name: "add", Usage: "register meter ID (its serial; only its hash goes on chain)", ArgsUsage: "ID",
						Flags: []cli.Flag{OwnerFlag, KindFlag, AreaFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: meterAdd},
					{Name: "list", Usage: "list the registered meters (of --area)", ArgsUsage: " ",
						Flags: []cli.Flag{optionalArea(), cmdkit.AddressBookFlag}, Action: meterList},
				},
			},
			{Name: "deposit", Usage: "deposit AMOUNT won of KRW with the market (orders lock their worst case from it)", ArgsUsage: "AMOUNT",
				Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: deposit},
			{Name: "withdraw", Usage: "withdraw AMOUNT won that no order locks", ArgsUsage: "AMOUNT",
				Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: withdraw},
			{Name: "balance", Usage: "the market balance of ADDRESS (default: the sending key): total, locked, and what the utility owes it", ArgsUsage: "[ADDRESS]",
				Flags: []cli.Flag{UtilityFlag, cmdkit.AddressBookFlag}, Action: balance},
			{Name: "collect", Usage: "have the utility pay its debts from its deposit, oldest first, up to what it owes HOUSEHOLD (default: the sending key) (anyone)", ArgsUsage: "[HOUSEHOLD]",
				Flags: []cli.Flag{UtilityFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: collect,
				Description: `Settlement never waits on the utility: a buy-back its deposit could not pay beyond what it
already owes is its debt to the household (UtilityDebt in the settlement), queued behind its
older debts, and it withdraws nothing it owes. This pays the queue from the utility's
deposit, oldest first, through the household's last debt (at most 100 debts a transaction:
run it again when more come before), in part when the deposit holds less.`},
			{
				Name: "order", Usage: "orders of a meter's owner, gasless through the relayer",
				Subcommands: []*cli.Command{
					{Name: "bid", Usage: "buy up to --kwh at most --price from consumer meter ID", ArgsUsage: "METER",
						Flags: orderFlags(), Action: func(c *cli.Context) error { return order(c, true) }},
					{Name: "ask", Usage: "sell up to --kwh at least --price from prosumer meter ID", ArgsUsage: "METER",
						Flags: orderFlags(), Action: func(c *cli.Context) error { return order(c, false) }},
					{Name: "cancel", Usage: "cancel order ID before gate closure", ArgsUsage: "ID",
						Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: cancel},
				},
			},
			{Name: "clear", Usage: "compute INTERVAL's clearing of --area from the chain's events and post it (market operator)", ArgsUsage: "INTERVAL",
				Flags: []cli.Flag{AreaFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: clearCmd,
				Description: `The rule is Clear's (services/solar/clearing.go): bids by price, highest first; asks by
price, lowest first; earlier orders first at equal prices; matched while the bid reaches the
ask; the price is the midpoint of the last matched bid and ask, rounded down. Run again, it
finds the clearing posted and sends nothing.`},
			{
				Name: "readings", Usage: "meter readings (metering operator)",
				Subcommands: []*cli.Command{
					{Name: "post", Usage: "post readings from --csv in batches (Wh delivered by prosumer meters, used by consumer meters)", ArgsUsage: " ",
						Flags: []cli.Flag{CSVFlag, bulk.InFlightFlag, BatchSizeFlag, ProgressDirFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: readingsPost},
				},
			},
			{Name: "settle", Usage: "settle INTERVAL of --area once its readings are in (anyone)", ArgsUsage: "INTERVAL",
				Flags: []cli.Flag{AreaFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: settle},
			{Name: "show", Usage: "INTERVAL of --area: its orders, clearing, readings, and the clearing recomputed from the events", ArgsUsage: "INTERVAL",
				Flags: []cli.Flag{AreaFlag, cmdkit.AddressBookFlag}, Action: show},
			{Name: "statement", Usage: "METER's month: per settled interval and in total, energy bought and sold, prices, and the won paid and received", ArgsUsage: "METER",
				Flags: []cli.Flag{MonthFlag, cmdkit.AddressBookFlag}, Action: statementCmd,
				Description: `Rebuilt from the market's events: the meter's orders of the intervals that started in the
month (Seoul time) and were settled, each one's fill, the clearing price, the meter's reading,
and the Paid events of the order: the energy paid or received in the market, the utility's
part (positive: it bought excess back at its buy tariff; negative: a shortfall bought at its
sell tariff) and the grid fee. NET is what the owner's market balance gained. Orders of
intervals not settled yet are only counted.`},
		},
	}
}

func orderFlags() []cli.Flag {
	return []cli.Flag{AreaFlag, AtFlag, KWhFlag, PriceFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}
}

func optionalArea() cli.Flag {
	return &cli.StringFlag{Name: AreaFlag.Name, Usage: "only meters of AREA"}
}

// areaArg reads --area.
func areaArg(c *cli.Context) (common.Hash, string, error) {
	name, err := cmdkit.RequireFlag(c, AreaFlag)
	if err != nil {
		return common.Hash{}, "", err
	}
	code, err := AreaCode(name)
	if err != nil {
		return common.Hash{}, "", cmdkit.Usagef("--area: %w", err)
	}
	return code, name, nil
}

// intervalArg reads argument INTERVAL, a whole number.
func intervalArg(c *cli.Context) (uint64, error) {
	if err := cmdkit.ExactArgs(c, "INTERVAL"); err != nil {
		return 0, err
	}
	v, err := cmdkit.UintArg(c, 0, "INTERVAL")
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}

// parseWon reads a whole number of won (separators allowed).
func parseWon(what, s string) (*big.Int, error) {
	v, err := amount.Parse(s, 0)
	if err != nil || v.Sign() <= 0 {
		return nil, cmdkit.Usagef("%s %q: want a positive whole number of won (1,000 or 1000)", what, s)
	}
	return v, nil
}

func areaAdd(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "AREA"); err != nil {
		return err
	}
	name := c.Args().First()
	code, err := AreaCode(name)
	if err != nil {
		return cmdkit.Usagef("AREA: %w", err)
	}
	length, gate := c.Duration(IntervalLenFlag.Name), c.Duration(GateClosureFlag.Name)
	if length < 10*time.Second || length > 24*time.Hour || length%time.Second != 0 || gate < 0 || gate >= 4*length || gate%time.Second != 0 {
		return cmdkit.Usagef("--interval %s --gate-closure %s: want an interval of whole seconds from 10s to 24h and a gate closure under four intervals", length, gate)
	}
	return cmdkit.Send(c, deploy.SolarMarket, marketABI(), fmt.Sprintf("register area %s (intervals of %s, gate closure %s before)", name, length, gate),
		"addArea", code, uint32(length/time.Second), uint32(gate/time.Second))
}

// schedule is an area's intervals as read from the chain.
type schedule struct {
	length, gate uint64 // seconds
}

func (s schedule) start(k uint64) time.Time { return time.Unix(int64(k*s.length), 0).In(seoul) }
func (s schedule) end(k uint64) time.Time   { return s.start(k + 1) }
func (s schedule) closure(k uint64) time.Time {
	return s.start(k).Add(-time.Duration(s.gate) * time.Second)
}

// clock is t's time of day, to the second when the intervals are not whole minutes.
func (s schedule) clock(t time.Time) string {
	if s.length%60 != 0 {
		return t.Format("15:04:05")
	}
	return t.Format("15:04")
}

func readSchedule(c *cli.Context, m *solarmarket.SolarMarketCaller, code common.Hash, name string) (schedule, error) {
	a, err := m.GetArea(cmdkit.CallOpts(c), code)
	if err != nil {
		return schedule{}, fmt.Errorf("read area %s: %w", name, err)
	}
	if a.IntervalSeconds == 0 {
		return schedule{}, cmdkit.Usagef("--area %s is not registered (the market operator adds it: solar area add %s)", name, name)
	}
	return schedule{uint64(a.IntervalSeconds), uint64(a.GateClosureSeconds)}, nil
}

// nextOpen is the first interval whose gate closes at least 15 seconds after now: time for
// orders to be signed, relayed and mined.
func (s schedule) nextOpen(now uint64) uint64 {
	const margin = 15 // seconds
	return (now+s.gate+margin)/s.length + 1
}

func chainNow(ctx context.Context, ec *ethclient.Client) (uint64, error) {
	h, err := ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("read the head block: %w", err)
	}
	return h.Time, nil
}

func next(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	code, name, err := areaArg(c)
	if err != nil {
		return err
	}
	r, err := cmdkit.OpenReader(c, deploy.SolarMarket)
	if err != nil {
		return err
	}
	defer r.Close()
	m, err := solarmarket.NewSolarMarketCaller(r.Addr, r.EC)
	if err != nil {
		return err
	}
	s, err := readSchedule(c, m, code, name)
	if err != nil {
		return err
	}
	now, err := chainNow(c.Context, r.EC)
	if err != nil {
		return err
	}
	k := s.nextOpen(now)
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"area": name, "interval": k, "gateClosure": s.closure(k).Unix(),
			"start": s.start(k).Unix(), "end": s.end(k).Unix()})
	}
	return cmdkit.KeyValues(c.App.Writer, [2]string{"interval", strconv.FormatUint(k, 10)},
		[2]string{"gate closure", s.closure(k).Format(time.RFC3339)}, [2]string{"start", s.start(k).Format(time.RFC3339)},
		[2]string{"end", s.end(k).Format(time.RFC3339)})
}

func meterAdd(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "ID"); err != nil {
		return err
	}
	id, err := MeterHash(c.Args().First())
	if err != nil {
		return cmdkit.Usagef("ID: %w", err)
	}
	owner, err := cmdkit.AddressFlag(c, OwnerFlag)
	if err != nil {
		return err
	}
	kindName, err := cmdkit.RequireFlag(c, KindFlag)
	if err != nil {
		return err
	}
	kind, err := ParseKind(kindName)
	if err != nil {
		return cmdkit.Usagef("--kind: %w", err)
	}
	code, name, err := areaArg(c)
	if err != nil {
		return err
	}
	return cmdkit.With(c, deploy.SolarMarket, marketABI(), func(tx *cmdkit.Tx) error {
		m, err := solarmarket.NewSolarMarketCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		had, err := m.GetMeter(cmdkit.CallOpts(c), id)
		if err != nil {
			return fmt.Errorf("read meter: %w", err)
		}
		if had.Owner == owner && had.Kind == kind && common.Hash(had.Area) == code {
			return tx.NothingSent(c, fmt.Sprintf("Meter %s is already registered as this %s meter of %s in %s", id.Hex(), KindName(kind), owner.Hex(), name),
				map[string]any{"meter": id})
		}
		return tx.Send(c, fmt.Sprintf("register %s meter %s of %s in %s", KindName(kind), id.Hex(), owner.Hex(), name), "addMeter", id, owner, kind, code)
	})
}

// meterRow is one meter as `meter list --json` prints it.
type meterRow struct {
	Meter common.Hash    `json:"meter"`
	Owner common.Address `json:"owner"`
	Kind  string         `json:"kind"`
	Area  string         `json:"area"`
}

func meterList(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	var areas [][32]byte
	if name := c.String(AreaFlag.Name); name != "" {
		code, err := AreaCode(name)
		if err != nil {
			return cmdkit.Usagef("--area: %w", err)
		}
		areas = [][32]byte{code}
	}
	r, err := cmdkit.OpenReader(c, deploy.SolarMarket)
	if err != nil {
		return err
	}
	defer r.Close()
	f, err := solarmarket.NewSolarMarketFilterer(r.Addr, r.EC)
	if err != nil {
		return err
	}
	it, err := f.FilterMeterAdded(&bind.FilterOpts{Context: c.Context}, nil, nil, areas)
	if err != nil {
		return fmt.Errorf("read meters: %w", err)
	}
	defer it.Close()
	rows := []meterRow{}
	for it.Next() {
		e := it.Event
		rows = append(rows, meterRow{e.Meter, e.Owner, KindName(e.Kind), AreaName(e.Area)})
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("read meters: %w", err)
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, rows)
	}
	var t cmdkit.Table
	t.Add("METER", "OWNER", "KIND", "AREA")
	for _, m := range rows {
		t.Add(m.Meter.Hex(), m.Owner.Hex(), m.Kind, m.Area)
	}
	return t.Write(c.App.Writer)
}

func deposit(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "AMOUNT"); err != nil {
		return err
	}
	v, err := parseWon("AMOUNT", c.Args().First())
	if err != nil {
		return err
	}
	return cmdkit.With(c, deploy.SolarMarket, marketABI(), func(tx *cmdkit.Tx) error {
		approved, err := krw.ApproveShort(c, tx, tx.To, "the solar market", v, func(held *big.Int) error {
			return fmt.Errorf("%s holds %s KRW, short of the %s to deposit; nothing sent (the bank mints KRW: 'seoulchain krw mint')",
				tx.Sender.From().Hex(), amount.Format(held, 0), amount.Format(v, 0))
		})
		if err != nil || approved && c.Bool(cmdkit.DryRunFlag.Name) {
			return err
		}
		return tx.Send(c, fmt.Sprintf("deposit %s won with the solar market", amount.Format(v, 0)), "deposit", v)
	})
}

func withdraw(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "AMOUNT"); err != nil {
		return err
	}
	v, err := parseWon("AMOUNT", c.Args().First())
	if err != nil {
		return err
	}
	return cmdkit.With(c, deploy.SolarMarket, marketABI(), func(tx *cmdkit.Tx) error {
		m, err := solarmarket.NewSolarMarketCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		f, err := readFunds(cmdkit.CallOpts(c), m, tx.Sender.From())
		if err != nil {
			return err
		}
		what := fmt.Sprintf("withdraw %s won from the solar market", amount.Format(v, 0))
		if err := f.take("The withdrawal", v); err != nil {
			return err
		}
		return tx.Send(c, what, "withdraw", v)
	})
}

func balance(c *cli.Context) error {
	if err := cmdkit.CheckArgs(c, "[ADDRESS]"); err != nil {
		return err
	}
	r, err := cmdkit.OpenReader(c, deploy.SolarMarket)
	if err != nil {
		return err
	}
	defer r.Close()
	var who common.Address
	switch {
	case c.NArg() == 1:
		if who, err = cmdkit.AddressArg(c, "ADDRESS"); err != nil {
			return err
		}
	case c.NArg() > 1:
		return cmdkit.Usagef("balance takes at most one ADDRESS")
	case r.G.Account.From == (common.Address{}):
		return cmdkit.Usagef("give an ADDRESS, or --from")
	default:
		who = r.G.Account.From
	}
	m, err := solarmarket.NewSolarMarketCaller(r.Addr, r.EC)
	if err != nil {
		return err
	}
	f, err := readFunds(cmdkit.CallOpts(c), m, who)
	if err != nil {
		return err
	}
	utility, owed, err := owedBy(c, m, who)
	if err != nil {
		return err
	}
	if r.G.JSON {
		// available: what orders may lock and a withdrawal take (free, less a utility's debt).
		out := map[string]any{"address": who, "balance": amount.Value{Units: f.Balance}, "locked": amount.Value{Units: f.Locked},
			"free": amount.Value{Units: f.Free}, "available": amount.Value{Units: f.Available}, "owedByUtility": amount.Value{Units: owed.Owed}}
		if who == utility || f.Debt.Sign() > 0 {
			out["utilityDebt"] = amount.Value{Units: f.Debt}
		}
		return cmdkit.PrintJSON(c.App.Writer, out)
	}
	rows := [][2]string{{"address", who.Hex()}, {"balance", amount.Format(f.Balance, 0) + " won"},
		{"locked", amount.Format(f.Locked, 0) + " won (open orders' worst case)"}, {"free", amount.Format(f.Free, 0) + " won"}}
	if owed.Owed.Sign() > 0 {
		rows = append(rows, [2]string{"owed by the utility", amount.Format(owed.Owed, 0) + " won (solar collect)"})
	}
	if f.Debt.Sign() > 0 {
		rows = append(rows, [2]string{"owes households", amount.Format(f.Debt, 0) + " won (its deposit pays it first)"},
			[2]string{"available", amount.Format(f.Available, 0) + " won beyond its debts (what its orders may lock and it may withdraw)"})
	}
	return cmdkit.KeyValues(c.App.Writer, rows...)
}

// owedBy reads the utility (--utility, or the market's current one) and what it owes who,
// and owes in all.
func owedBy(c *cli.Context, m *solarmarket.SolarMarketCaller, who common.Address) (common.Address, struct{ Owed, Total *big.Int }, error) {
	var none struct{ Owed, Total *big.Int }
	var utility common.Address
	var err error
	if c.IsSet(UtilityFlag.Name) {
		utility, err = cmdkit.AddressFlag(c, UtilityFlag)
	} else if utility, err = m.Utility(cmdkit.CallOpts(c)); err != nil {
		err = fmt.Errorf("read the utility: %w", err)
	}
	if err != nil {
		return common.Address{}, none, err
	}
	d, err := m.UtilityDebt(cmdkit.CallOpts(c), utility, who)
	if err != nil {
		return common.Address{}, none, fmt.Errorf("read the utility's debt: %w", err)
	}
	return utility, d, nil
}

func collect(c *cli.Context) error {
	if err := cmdkit.CheckArgs(c, "[HOUSEHOLD]"); err != nil {
		return err
	}
	if c.NArg() > 1 {
		return cmdkit.Usagef("collect takes at most one HOUSEHOLD")
	}
	return cmdkit.With(c, deploy.SolarMarket, marketABI(), func(tx *cmdkit.Tx) error {
		who := tx.Sender.From()
		if c.NArg() == 1 {
			var err error
			if who, err = cmdkit.AddressArg(c, "HOUSEHOLD"); err != nil {
				return err
			}
		}
		m, err := solarmarket.NewSolarMarketCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		utility, owed, err := owedBy(c, m, who)
		if err != nil {
			return err
		}
		if owed.Owed.Sign() == 0 {
			return tx.NothingSent(c, fmt.Sprintf("The utility %s owes %s nothing", utility.Hex(), who.Hex()), map[string]any{"household": who})
		}
		n, reached, err := debtsThrough(c, m, utility, who)
		if err != nil {
			return err
		}
		what := fmt.Sprintf("pay the utility's %d oldest debts (%s won in all), through the %s won it owes %s",
			n, amount.Format(owed.Total, 0), amount.Format(owed.Owed, 0), who.Hex())
		if !reached {
			what = fmt.Sprintf("pay the utility's %d oldest debts: its debts to %s come after them (run collect again)", n, who.Hex())
		}
		return tx.Send(c, what, "payUtilityDebt", utility, new(big.Int).SetUint64(n))
	})
}

// maxCollect bounds the debts one collect pays (about 40k gas each).
const maxCollect = 100

// debtsThrough counts the utility's oldest debts through its last debt to who among the
// first maxCollect (reached), or maxCollect when who's come later: older debts are paid first.
func debtsThrough(c *cli.Context, m *solarmarket.SolarMarketCaller, utility, who common.Address) (n uint64, reached bool, err error) {
	q, err := m.DebtQueue(cmdkit.CallOpts(c), utility)
	if err != nil {
		return 0, false, fmt.Errorf("read the utility's debts: %w", err)
	}
	count := min(q.Count.Uint64(), maxCollect)
	for i := uint64(0); i < count; i++ {
		d, err := m.DebtAt(cmdkit.CallOpts(c), utility, new(big.Int).Add(q.Head, new(big.Int).SetUint64(i)))
		if err != nil {
			return 0, false, fmt.Errorf("read the utility's debt %d: %w", i, err)
		}
		if d.Household == who {
			n, reached = i+1, true
		}
	}
	if !reached {
		n = count
	}
	return n, reached, nil
}

func order(c *cli.Context, isBid bool) error {
	if err := cmdkit.ExactArgs(c, "METER"); err != nil {
		return err
	}
	meter, err := MeterHash(c.Args().First())
	if err != nil {
		return cmdkit.Usagef("METER: %w", err)
	}
	code, name, err := areaArg(c)
	if err != nil {
		return err
	}
	at, err := cmdkit.RequireFlag(c, AtFlag)
	if err != nil {
		return err
	}
	kwh, err := cmdkit.RequireFlag(c, KWhFlag)
	if err != nil {
		return err
	}
	wh, err := amount.Parse(kwh, 3)
	if err != nil || wh.Sign() <= 0 || !wh.IsUint64() {
		return cmdkit.Usagef("--kwh %q: want a positive quantity in kWh with at most 3 decimals (to the Wh)", kwh)
	}
	priceFlag, err := cmdkit.RequireFlag(c, PriceFlag)
	if err != nil {
		return err
	}
	price, err := parseWon("--price", priceFlag)
	if err != nil || !price.IsUint64() {
		return cmdkit.Usagef("--price %q: want won per kWh, a positive whole number", priceFlag)
	}
	side, method := "ask", "ask"
	if isBid {
		side, method = "bid", "bid"
	}
	return cmdkit.With(c, deploy.SolarMarket, marketABI(), func(tx *cmdkit.Tx) error {
		m, err := solarmarket.NewSolarMarketCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		s, err := readSchedule(c, m, code, name)
		if err != nil {
			return err
		}
		var k uint64
		if at == "next" {
			now, err := chainNow(c.Context, tx.EC)
			if err != nil {
				return err
			}
			k = s.nextOpen(now)
		} else if k, err = strconv.ParseUint(at, 10, 64); err != nil {
			return cmdkit.Usagef("--interval %q: want an interval number or next", at)
		}
		action := fmt.Sprintf("%s %s kWh at %s won/kWh for interval %d (%s–%s) of %s from meter %s", side,
			amount.Format(wh, 3), amount.Format(price, 0), k, s.clock(s.start(k)), s.clock(s.end(k)), name, meter.Hex())
		// The lock, from the tariffs the book settles at, against what the owner may lock:
		// its free deposit, and for a utility in debt only what it holds beyond its debt.
		st, err := m.GetBook(cmdkit.CallOpts(c), code, k)
		if err != nil {
			return fmt.Errorf("read book: %w", err)
		}
		f, err := readFunds(cmdkit.CallOpts(c), m, tx.Sender.From())
		if err != nil {
			return err
		}
		if err := f.take("The "+side, OrderLock(isBid, wh.Uint64(), price.Uint64(), tariffsOf(st))); err != nil {
			return err
		}
		// The contract refuses the rest by name in the simulation (someone else's meter,
		// another area, the wrong side, after gate closure).
		if err := tx.Send(c, action, method, meter, code, k, wh.Uint64(), price.Uint64()); err != nil || c.Bool(cmdkit.DryRunFlag.Name) {
			return err
		}
		// The relayed receipt shows the forwarder's event only: the order's number is read
		// back from the market's events, for 'solar order cancel' and the household's records.
		filt, err := solarmarket.NewSolarMarketFilterer(tx.To, tx.EC)
		if err != nil {
			return err
		}
		book, err := Book(c.Context, filt, code, k)
		if err != nil {
			return err
		}
		for i := len(book) - 1; i >= 0; i-- {
			if o := book[i]; o.Meter == meter && !o.Cancelled {
				if tx.G.JSON {
					return cmdkit.PrintJSON(c.App.Writer, map[string]any{"order": o.ID, "interval": k})
				}
				_, err := fmt.Fprintf(c.App.Writer, "Order #%d posted for interval %d; gate closure %s.\n", o.ID, k, s.closure(k).Format(time.RFC3339))
				return err
			}
		}
		return nil
	})
}

func cancel(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	return cmdkit.Send(c, deploy.SolarMarket, marketABI(), fmt.Sprintf("cancel order #%s", id), "cancel", id)
}

// tariffsOf are the tariffs an interval's book settles at (the current ones if it has no order yet).
func tariffsOf(b bookState) Tariffs {
	return Tariffs{Buy: b.Tariffs[0], Sell: b.Tariffs[1], GridFee: b.Tariffs[2]}
}

type bookState = struct {
	Orders    []*big.Int
	Digest    [32]byte
	Cleared   bool
	Settled   bool
	Price     uint64
	MatchedWh uint64
	Tariffs   [3]uint64
}

func clearCmd(c *cli.Context) error {
	k, err := intervalArg(c)
	if err != nil {
		return err
	}
	code, name, err := areaArg(c)
	if err != nil {
		return err
	}
	return cmdkit.With(c, deploy.SolarMarket, marketABI(), func(tx *cmdkit.Tx) error {
		m, err := solarmarket.NewSolarMarket(tx.To, tx.EC)
		if err != nil {
			return err
		}
		st, err := m.GetBook(cmdkit.CallOpts(c), code, k)
		if err != nil {
			return fmt.Errorf("read book: %w", err)
		}
		if st.Cleared {
			return tx.NothingSent(c, fmt.Sprintf("Interval %d of %s is already cleared at %d won/kWh (%s kWh matched)", k, name, st.Price,
				amount.Format(new(big.Int).SetUint64(st.MatchedWh), 3)), map[string]any{"interval": k, "price": st.Price, "matchedWh": st.MatchedWh})
		}
		book, err := Book(c.Context, &m.SolarMarketFilterer, code, k)
		if err != nil {
			return err
		}
		if Digest(book) != st.Digest {
			return fmt.Errorf("the node's events of interval %d of %s do not add up to the contract's book (%d orders read): is the node synced? nothing sent", k, name, len(book))
		}
		res, err := Clear(book, tariffsOf(st))
		if err != nil {
			return err
		}
		action := fmt.Sprintf("clear interval %d of %s: %s kWh matched at %d won/kWh among %d orders", k, name,
			amount.Format(new(big.Int).SetUint64(res.MatchedWh), 3), res.Price, len(book))
		return tx.Send(c, action, "postClearing", code, k, res.Price, st.Digest, res.Filled)
	})
}

func settle(c *cli.Context) error {
	k, err := intervalArg(c)
	if err != nil {
		return err
	}
	code, name, err := areaArg(c)
	if err != nil {
		return err
	}
	return cmdkit.With(c, deploy.SolarMarket, marketABI(), func(tx *cmdkit.Tx) error {
		m, err := solarmarket.NewSolarMarketCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		st, err := m.GetBook(cmdkit.CallOpts(c), code, k)
		if err != nil {
			return fmt.Errorf("read book: %w", err)
		}
		if st.Settled {
			return tx.NothingSent(c, fmt.Sprintf("Interval %d of %s is already settled", k, name), map[string]any{"interval": k})
		}
		return tx.Send(c, fmt.Sprintf("settle interval %d of %s", k, name), "settle", code, k)
	})
}

// orderRow is one order of `solar show`.
type orderRow struct {
	ID        uint64         `json:"id"`
	Meter     common.Hash    `json:"meter"`
	Owner     common.Address `json:"owner"`
	Side      string         `json:"side"`
	KWh       amount.Value   `json:"kwh"`
	Price     uint64         `json:"price"`
	Cancelled bool           `json:"cancelled,omitempty"`
	Filled    amount.Value   `json:"filledKwh"`
	Reading   *amount.Value  `json:"readingKwh"`
	Locked    amount.Value   `json:"locked"`
}

// intervalView is what `solar show` prints.
type intervalView struct {
	Area        string       `json:"area"`
	Interval    uint64       `json:"interval"`
	Start       time.Time    `json:"start"`
	End         time.Time    `json:"end"`
	GateClosure time.Time    `json:"gateClosure"`
	State       string       `json:"state"`
	Tariffs     Tariffs      `json:"tariffs"`
	Price       uint64       `json:"price"`
	MatchedKWh  amount.Value `json:"matchedKwh"`
	Digest      common.Hash  `json:"digest"`
	// Recomputed is the clearing Clear gives from the events; RecomputedSame whether it
	// equals the posted one (only once cleared).
	Recomputed     Clearing   `json:"recomputed"`
	RecomputedSame *bool      `json:"recomputedSame,omitempty"`
	Orders         []orderRow `json:"orders"`

	sched schedule
}

func kwh(wh uint64) amount.Value { return amount.Value{Units: new(big.Int).SetUint64(wh), Decimals: 3} }

func show(c *cli.Context) error {
	k, err := intervalArg(c)
	if err != nil {
		return err
	}
	_, name, err := areaArg(c)
	if err != nil {
		return err
	}
	v, printed, err := readView(c, "--area", func(ctx context.Context, mk *Market) (intervalView, error) { return mk.Interval(ctx, name, k) })
	if err != nil || printed {
		return err
	}
	s := v.sched
	pairs := [][2]string{{"area", name}, {"interval", fmt.Sprintf("%d (%s %s – %s KST)", k, v.Start.Format("2006-01-02"), s.clock(v.Start), s.clock(v.End))},
		{"gate closure", v.GateClosure.Format(time.RFC3339)}, {"state", v.State},
		{"tariffs", fmt.Sprintf("utility buys at %d, sells at %d won/kWh; grid fee %d won/kWh", v.Tariffs.Buy, v.Tariffs.Sell, v.Tariffs.GridFee)}}
	if v.RecomputedSame != nil {
		verdict := "the same"
		if !*v.RecomputedSame {
			verdict = fmt.Sprintf("DIFFERENT: %d won/kWh, %s kWh", v.Recomputed.Price, kwh(v.Recomputed.MatchedWh))
		}
		pairs = append(pairs, [2]string{"clearing", fmt.Sprintf("%d won/kWh, %s kWh matched", v.Price, v.MatchedKWh)},
			[2]string{"recomputed from events", verdict})
	} else {
		pairs = append(pairs, [2]string{"clearing now would be", fmt.Sprintf("%d won/kWh, %s kWh matched", v.Recomputed.Price, kwh(v.Recomputed.MatchedWh))})
	}
	if err := cmdkit.KeyValues(c.App.Writer, pairs...); err != nil {
		return err
	}
	var t cmdkit.Table
	t.Add("ORDER", "SIDE", "METER", "KWH", "PRICE", "FILLED", "READING", "")
	for _, o := range v.Orders {
		reading, note := "-", ""
		if o.Reading != nil {
			reading = o.Reading.String()
		}
		if o.Cancelled {
			note = "cancelled"
		}
		t.Add(fmt.Sprintf("#%d", o.ID), o.Side, o.Meter.Hex()[:10]+"…", o.KWh.String(), o.Price, o.Filled.String(), reading, note)
	}
	fmt.Fprintln(c.App.Writer)
	return t.Write(c.App.Writer)
}

// readView reads one of Market's views for a command: an unknown area or meter is a usage
// error naming the flag or argument (what); with --json the view is printed (printed).
func readView[T any](c *cli.Context, what string, read func(context.Context, *Market) (T, error)) (v T, printed bool, err error) {
	r, err := cmdkit.OpenReader(c, deploy.SolarMarket)
	if err != nil {
		return v, false, err
	}
	defer r.Close()
	mk, err := NewMarket(r.Addr, r.EC)
	if err != nil {
		return v, false, err
	}
	v, err = read(c.Context, mk)
	if errors.Is(err, ErrNotFound) {
		return v, false, cmdkit.Usagef("%s: %w", what, err)
	}
	if err != nil || !r.G.JSON {
		return v, false, err
	}
	return v, true, cmdkit.PrintJSON(c.App.Writer, v)
}

func statementCmd(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "METER"); err != nil {
		return err
	}
	meter, err := MeterHash(c.Args().First())
	if err != nil {
		return cmdkit.Usagef("METER: %w", err)
	}
	monthArg := c.String(MonthFlag.Name)
	if monthArg == "" {
		monthArg = time.Now().In(seoul).Format("2006-01")
	}
	month, err := ParseMonth(monthArg)
	if err != nil {
		return cmdkit.Usagef("--month: %w", err)
	}
	st, printed, err := readView(c, "METER", func(ctx context.Context, mk *Market) (statement, error) { return mk.Statement(ctx, meter, month) })
	if err != nil || printed {
		return err
	}
	tot := st.Total
	pairs := [][2]string{{"meter", st.Meter.Hex()}, {"owner", st.Owner.Hex()}, {"kind", st.Kind + " in " + st.Area},
		{"month", st.Month + " (intervals starting in it, KST)"},
		{"bought", fmt.Sprintf("%s kWh for %s won (%d won/kWh on average) + %s won grid fee", tot.BoughtKWh, tot.Paid, tot.BuyPrice, tot.GridFee)},
		{"sold", fmt.Sprintf("%s kWh for %s won (%d won/kWh on average)", tot.SoldKWh, tot.Received, tot.SellPrice)},
		{"utility", tot.Utility.String() + " won (+ excess it bought back, − shortfall it sold)"}}
	debts := tot.DebtPaid.Units.Sign() != 0 || tot.Owed.Units.Sign() != 0
	if debts {
		pairs = append(pairs, [2]string{"utility's debt", fmt.Sprintf("%s won paid since settlement, %s won still owed (solar collect)", tot.DebtPaid, tot.Owed)})
	}
	pairs = append(pairs, [2]string{"net", tot.Net.String() + " won"})
	if tot.Unsettled > 0 {
		pairs = append(pairs, [2]string{"not settled yet", fmt.Sprintf("%d order(s), not in these figures", tot.Unsettled)})
	}
	if err := cmdkit.KeyValues(c.App.Writer, pairs...); err != nil {
		return err
	}
	if len(st.Lines) == 0 {
		_, err := fmt.Fprintln(c.App.Writer, "\nNo settled interval of this meter in "+st.Month+".")
		return err
	}
	// The utility's debt columns only in a month that has any.
	withDebts := func(row []any, paid, owed string) []any {
		if !debts {
			return row
		}
		return append(row[:len(row)-2:len(row)-2], paid, owed, row[len(row)-2], row[len(row)-1])
	}
	var t cmdkit.Table
	t.Add(withDebts([]any{"INTERVAL", "START (KST)", "ORDER", "BOUGHT KWH", "SOLD KWH", "READING", "PRICE", "PAID", "RECEIVED", "UTILITY", "GRID FEE", "NET"},
		"DEBT PAID", "OWED")...)
	for _, l := range st.Lines {
		reading := "-"
		if l.ReadingKWh != nil {
			reading = l.ReadingKWh.String()
		}
		t.Add(withDebts([]any{l.Interval, l.Start.Format("01-02 15:04:05"), fmt.Sprintf("#%d", l.Order), l.BoughtKWh.String(), l.SoldKWh.String(), reading,
			l.Price, l.Paid.String(), l.Received.String(), l.Utility.String(), l.GridFee.String(), l.Net.String()}, l.DebtPaid.String(), l.Owed.String())...)
	}
	t.Add(withDebts([]any{"total", "", "", tot.BoughtKWh.String(), tot.SoldKWh.String(), "", "", tot.Paid.String(), tot.Received.String(), tot.Utility.String(),
		tot.GridFee.String(), tot.Net.String()}, tot.DebtPaid.String(), tot.Owed.String())...)
	fmt.Fprintln(c.App.Writer)
	return t.Write(c.App.Writer)
}

// check at compile time that the view struct matches the binding's.
var _ = func(m *solarmarket.SolarMarketCaller) (bookState, error) { return m.GetBook(nil, [32]byte{}, 0) }
