package mileage

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
)

// Command is the mileage command of S-Coin (alias scoin, the contract's name).
func Command() *cli.Command {
	return &cli.Command{
		Name:    "mileage",
		Aliases: []string{"scoin"},
		Usage:   "S-Coin citizen mileage: programs, merchants, credits, balances, payments, recovery, report",
		Description: `S-Coin credits the city's mileage programs (eco, car, e-tax, health, survey) into one balance
per citizen, 1 S-Coin = 1 won, spendable at registered Zero Pay merchants, who redeem it for
KRW. Points expire five years after the end of the 30-day epoch they were credited in.
The contract's address comes from the address book (--addresses FILE, or --devnet DIR).

Every sending command checks first and sends nothing when the work is already done: a
retried credit, payment, redemption or request reports the earlier one.`,
		Subcommands: []*cli.Command{
			{
				Name:  "program",
				Usage: "mileage programs (program manager role)",
				Subcommands: []*cli.Command{
					{
						Name: "add", Usage: "register a mileage program", ArgsUsage: " ",
						Flags:  []cli.Flag{NameFlag, BudgetFlag, IssuerFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
						Action: mileageProgramAdd,
					},
					{
						Name: "update", Usage: "change a program's name, budget, issuers or active flag", ArgsUsage: "ID",
						Flags: []cli.Flag{NameFlag, BudgetFlag, ActiveFlag, IssuerFlag, RemoveIssuerFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
						Description: `Changes only what is given. --budget sets the remaining budget; the change is refused if a
credit lands between reading the program and sending, so that credit is not undone.`,
						Action: mileageProgramUpdate,
					},
					{Name: "list", Usage: "list the programs", ArgsUsage: " ", Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: mileageProgramList},
				},
			},
			{
				Name:  "merchant",
				Usage: "Zero Pay merchants (merchant manager role)",
				Subcommands: []*cli.Command{
					{
						Name: "add", Usage: "register a merchant, or reactivate a removed one", ArgsUsage: "ADDRESS",
						Flags: []cli.Flag{NameFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: mileageMerchantAdd,
					},
					{
						Name: "remove", Usage: "stop a merchant receiving payments (it can still redeem)", ArgsUsage: "ADDRESS",
						Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: mileageMerchantRemove,
					},
					{Name: "list", Usage: "list the merchants and their balances", ArgsUsage: " ", Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: mileageMerchantList},
				},
			},
			{
				Name:      "credit",
				Usage:     "credit mileage to citizens (a program's issuer)",
				ArgsUsage: " ",
				Flags:     []cli.Flag{ProgramIDFlag, CitizenFlag, PointsFlag, RecordFlag, CreditCSVFlag, BatchSizeFlag, InFlightFlag, ProgressDirFlag, SkipDuplicatesFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
				Description: `One credit: --program ID --to ADDRESS --amount N --record ID.
A file: --program ID --csv FILE, with lines "citizen address, amount, record ID" (a header
line is allowed). The whole file is checked first, every problem listed by line, and
nothing is sent until it is clean; then the credits go out in batches of --batch-size.
A record ID on two lines is a problem; with --skip-duplicates a line that repeats an
earlier one exactly is reported by line number and left out instead.
Each record ID is credited once: running the same command again after an interruption
credits only what is left and says how many were already credited.`,
				Action: mileageCredit,
			},
			{
				Name: "balance", Usage: "a citizen's points and when they expire, or a merchant's balance", ArgsUsage: "ADDRESS",
				Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: mileageBalance,
			},
			{
				Name: "spend", Usage: "pay a merchant from the sending account's points", ArgsUsage: " ",
				Flags: []cli.Flag{MerchantFlag, PointsFlag, PaymentRefFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: mileageSpend,
			},
			{
				Name: "redeem", Usage: "redeem the sending merchant's points for KRW settlement", ArgsUsage: " ",
				Flags: []cli.Flag{PointsFlag, SettlementRefFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: mileageRedeem,
			},
			{
				Name:  "recover",
				Usage: "move a citizen's points to a new address after a lost phone (recovery officer)",
				Description: `'request' starts the move; it can be executed after the delay (72 hours by default, at
least 24), and until then the old address (or an officer) can cancel it. While it is pending
the old address cannot spend. A cancel by the old address itself freezes its spending (whoever
holds a lost phone can cancel): an officer then either 'unfreeze's it, having checked that the
citizen holds it, or requests a new recovery, whose execution ends the freeze.`,
				Subcommands: []*cli.Command{
					{Name: "request", Usage: "request the move of OLD's points", ArgsUsage: "OLD", Flags: []cli.Flag{NewAddressFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: mileageRecoverRequest},
					{Name: "cancel", Usage: "cancel the pending move of OLD's points", ArgsUsage: "OLD", Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: mileageRecoverCancel},
					{Name: "execute", Usage: "execute the move of OLD's points after the delay", ArgsUsage: "OLD", Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: mileageRecoverExecute},
					{Name: "unfreeze", Usage: "let ADDRESS, frozen by its own cancel of a recovery, spend again", ArgsUsage: "ADDRESS", Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: mileageRecoverUnfreeze},
				},
			},
			{
				Name: "report", Usage: "per program and per merchant totals, rebuilt from events and checked against totalSupply", ArgsUsage: " ",
				Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: mileageReport,
			},
		},
	}
}

func scoinABI() *abi.ABI { return cmdkit.MustABI(scoin.SCoinMetaData) }

// mileageView opens a read-only view of S-Coin.
func mileageView(c *cli.Context) (*cmdkit.Reader, *scoin.SCoinCaller, error) {
	r, err := cmdkit.OpenReader(c, deploy.SCoin)
	if err != nil {
		return nil, nil, err
	}
	v, err := scoin.NewSCoinCaller(r.Addr, r.EC)
	if err != nil {
		r.Close()
		return nil, nil, err
	}
	return r, v, nil
}

// withSCoin is the shape of every S-Coin sending command once its arguments are parsed:
// open a sender and a view of S-Coin, run fn (which reads first and reports work already
// done, then sends with tc.Send), close.
func withSCoin(c *cli.Context, fn func(tc *cmdkit.Tx, view *scoin.SCoinCaller) error) error {
	return cmdkit.With(c, deploy.SCoin, scoinABI(), func(tc *cmdkit.Tx) error {
		view, err := scoin.NewSCoinCaller(tc.To, tc.EC)
		if err != nil {
			return err
		}
		return fn(tc, view)
	})
}

// parsePoints parses an S-Coin amount flag, which must be more than zero.
func parsePoints(c *cli.Context, f *cli.StringFlag) (*big.Int, error) {
	s, err := cmdkit.RequireFlag(c, f)
	if err != nil {
		return nil, err
	}
	v, err := amount.Parse(s, 0)
	if err != nil {
		return nil, cmdkit.Usagef("--%s: %w (whole S-Coin)", f.Name, err)
	}
	if v.Sign() == 0 {
		return nil, cmdkit.Usagef("--%s: must be more than 0", f.Name)
	}
	return v, nil
}

func programID(c *cli.Context) (uint32, error) {
	id := c.Uint(ProgramIDFlag.Name)
	if id == 0 {
		return 0, cmdkit.Usagef("--program is required: the program's ID, from 'seoulchain mileage program list'")
	}
	if id > math.MaxUint32 {
		return 0, cmdkit.Usagef("--program: %d is not a program ID (see 'seoulchain mileage program list')", id)
	}
	return uint32(id), nil
}

func mileageProgramAdd(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	name, err := cmdkit.RequireFlag(c, NameFlag)
	if err != nil {
		return err
	}
	budget, err := parsePoints(c, BudgetFlag)
	if err != nil {
		return err
	}
	issuers, err := cmdkit.AddressList(c, IssuerFlag)
	if err != nil {
		return err
	}
	return withSCoin(c, func(tc *cmdkit.Tx, view *scoin.SCoinCaller) error {
		// A retried add must not register the program twice: names are unique.
		n, err := view.ProgramCount(cmdkit.CallOpts(c))
		if err != nil {
			return fmt.Errorf("read programs: %w", err)
		}
		for id := uint32(1); uint64(id) <= n.Uint64(); id++ {
			p, err := view.ProgramInfo(cmdkit.CallOpts(c), id)
			if err != nil {
				return fmt.Errorf("read program %d: %w", id, err)
			}
			if strings.EqualFold(p.ProgramName, name) {
				return cmdkit.NothingSent(c, tc.G, fmt.Sprintf("Program %q already exists as #%d (remaining budget %s); change it with 'seoulchain mileage program update %d'",
					p.ProgramName, id, amount.Format(p.RemainingBudget, 0), id), map[string]any{"program": id})
			}
		}
		what := fmt.Sprintf("budget %s S-Coin, %s", amount.Format(budget, 0), outcome.Plural(len(issuers), "issuer", "issuers"))
		return outcome.Send(c, tc, tc.To, cmdkit.MustPack(tc.ABI, "addProgram", name, budget, issuers), fmt.Sprintf("add program %q (%s)", name, what),
			outcome.Created{Event: "ProgramAdded", IDField: "programId", Line: func(id string) string {
				return fmt.Sprintf("Created program #%s %q (%s); issuers credit it with 'seoulchain mileage credit --program %s'", id, name, what, id)
			}})
	})
}

func mileageProgramUpdate(c *cli.Context) error {
	idBig, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	if !idBig.IsUint64() || idBig.Uint64() == 0 || idBig.Uint64() > 1<<32-1 {
		return cmdkit.Usagef("ID: %s is not a program ID", idBig)
	}
	id := uint32(idBig.Uint64())
	var newBudget *big.Int
	if c.IsSet(BudgetFlag.Name) {
		if newBudget, err = amount.Parse(c.String(BudgetFlag.Name), 0); err != nil {
			return cmdkit.Usagef("--budget: %w (whole S-Coin)", err)
		}
	}
	var active *bool
	if c.IsSet(ActiveFlag.Name) {
		v, err := strconv.ParseBool(c.String(ActiveFlag.Name))
		if err != nil {
			return cmdkit.Usagef("--active: %q is not true or false", c.String(ActiveFlag.Name))
		}
		active = &v
	}
	add, err := cmdkit.AddressList(c, IssuerFlag)
	if err != nil {
		return err
	}
	remove, err := cmdkit.AddressList(c, RemoveIssuerFlag)
	if err != nil {
		return err
	}
	name := strings.TrimSpace(c.String(NameFlag.Name))
	if name == "" && newBudget == nil && active == nil && len(add) == 0 && len(remove) == 0 {
		return cmdkit.Usagef("nothing to change: give --name, --budget, --active, --issuer or --remove-issuer")
	}
	return withSCoin(c, func(tc *cmdkit.Tx, view *scoin.SCoinCaller) error {
		p, err := view.ProgramInfo(cmdkit.CallOpts(c), id)
		if err != nil {
			return cmdkit.ExplainRevert(fmt.Errorf("read program %d: %w", id, err))
		}
		if name == "" {
			name = p.ProgramName
		}
		isActive := p.Active
		if active != nil {
			isActive = *active
		}
		if newBudget == nil {
			newBudget = p.RemainingBudget
		}
		return tc.Send(c, fmt.Sprintf("update program #%d (%q, active %t, remaining budget %s -> %s, +%d/-%d issuers)",
			id, name, isActive, amount.Format(p.RemainingBudget, 0), amount.Format(newBudget, 0), len(add), len(remove)), "updateProgram", id, name, isActive, p.RemainingBudget, newBudget, add, remove)
	})
}

type programLine struct {
	ID        uint32           `json:"id"`
	Name      string           `json:"name"`
	Active    bool             `json:"active"`
	Remaining amount.Value     `json:"remainingBudget"`
	Issued    amount.Value     `json:"issued"`
	Unit      string           `json:"unit"`
	Issuers   []common.Address `json:"issuers"`
}

func mileageProgramList(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	r, view, err := mileageView(c)
	if err != nil {
		return err
	}
	defer r.Close()
	n, err := view.ProgramCount(cmdkit.CallOpts(c))
	if err != nil {
		return fmt.Errorf("read programs of S-Coin at %s: %w", r.Addr.Hex(), err)
	}
	lines := []programLine{}
	for id := uint32(1); uint64(id) <= n.Uint64(); id++ {
		p, err := view.ProgramInfo(cmdkit.CallOpts(c), id)
		if err != nil {
			return fmt.Errorf("read program %d: %w", id, err)
		}
		lines = append(lines, programLine{id, p.ProgramName, p.Active, amount.Value{Units: p.RemainingBudget}, amount.Value{Units: p.Issued}, Unit, p.Issuers})
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, lines)
	}
	if len(lines) == 0 {
		_, err := fmt.Fprintln(c.App.Writer, "No programs yet: add one with 'seoulchain mileage program add'.")
		return err
	}
	t := &cmdkit.Table{}
	t.Add("ID", "NAME", "ACTIVE", "REMAINING BUDGET", "ISSUED", "ISSUERS")
	for _, l := range lines {
		var iss []string
		for _, a := range l.Issuers {
			iss = append(iss, a.Hex())
		}
		t.Add(l.ID, l.Name, l.Active, l.Remaining, l.Issued, strings.Join(iss, " "))
	}
	return t.Write(c.App.Writer)
}

func mileageMerchantAdd(c *cli.Context) error {
	who, err := cmdkit.AddressArg(c, "ADDRESS")
	if err != nil {
		return err
	}
	name, err := cmdkit.RequireFlag(c, NameFlag)
	if err != nil {
		return err
	}
	return withSCoin(c, func(tc *cmdkit.Tx, view *scoin.SCoinCaller) error {
		m, err := view.MerchantInfo(cmdkit.CallOpts(c), who)
		if err != nil {
			return fmt.Errorf("read merchant %s: %w", who.Hex(), err)
		}
		if m.Registered && m.Active && m.MerchantName == name {
			return cmdkit.NothingSent(c, tc.G, fmt.Sprintf("%s is already a registered merchant (%q)", who.Hex(), name), map[string]any{"merchant": who})
		}
		return tc.Send(c, fmt.Sprintf("register merchant %s (%q)", who.Hex(), name), "addMerchant", who, name)
	})
}

func mileageMerchantRemove(c *cli.Context) error {
	return sendForAddress(c, "merchant", "removeMerchant", "remove merchant %s", func(view *scoin.SCoinCaller, who common.Address) (string, error) {
		m, err := view.MerchantInfo(cmdkit.CallOpts(c), who)
		if err != nil {
			return "", fmt.Errorf("read merchant %s: %w", who.Hex(), err)
		}
		if m.Registered && !m.Active {
			return fmt.Sprintf("Merchant %s (%q) is already removed", who.Hex(), m.MerchantName), nil
		}
		return "", nil
	})
}

// sendForAddress sends method(ADDRESS) with the action's description (a format of the
// address), unless done says, from the contract, that it is done already: then nothing is
// sent, and JSON output names the address under key.
func sendForAddress(c *cli.Context, key, method, action string, done func(view *scoin.SCoinCaller, who common.Address) (string, error)) error {
	who, err := cmdkit.AddressArg(c, "ADDRESS")
	if err != nil {
		return err
	}
	return withSCoin(c, func(tc *cmdkit.Tx, view *scoin.SCoinCaller) error {
		already, err := done(view, who)
		if err != nil {
			return err
		}
		if already != "" {
			return cmdkit.NothingSent(c, tc.G, already, map[string]any{key: who})
		}
		return tc.Send(c, fmt.Sprintf(action, who.Hex()), method, who)
	})
}

func mileageMerchantList(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	r, view, err := mileageView(c)
	if err != nil {
		return err
	}
	defer r.Close()
	list, err := Merchants(c.Context, view, 0)
	if err != nil {
		return fmt.Errorf("read merchants of S-Coin at %s: %w", r.Addr.Hex(), err)
	}
	type line struct {
		Address common.Address `json:"address"`
		Name    string         `json:"name"`
		Active  bool           `json:"active"`
		Balance amount.Value   `json:"balance"`
		Unit    string         `json:"unit"`
	}
	lines := []line{}
	for _, a := range list {
		m, err := view.MerchantInfo(cmdkit.CallOpts(c), a)
		if err != nil {
			return fmt.Errorf("read merchant %s: %w", a.Hex(), err)
		}
		bal, err := view.BalanceOf(cmdkit.CallOpts(c), a)
		if err != nil {
			return fmt.Errorf("read balance of %s: %w", a.Hex(), err)
		}
		lines = append(lines, line{a, m.MerchantName, m.Active, amount.Value{Units: bal}, Unit})
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, lines)
	}
	if len(lines) == 0 {
		_, err := fmt.Fprintln(c.App.Writer, "No merchants yet: add one with 'seoulchain mileage merchant add'.")
		return err
	}
	t := &cmdkit.Table{}
	t.Add("ADDRESS", "NAME", "ACTIVE", "BALANCE")
	for _, l := range lines {
		t.Add(l.Address.Hex(), l.Name, l.Active, l.Balance)
	}
	return t.Write(c.App.Writer)
}

func mileageBalance(c *cli.Context) error {
	who, err := cmdkit.AddressArg(c, "ADDRESS")
	if err != nil {
		return err
	}
	r, view, err := mileageView(c)
	if err != nil {
		return err
	}
	defer r.Close()
	o := cmdkit.CallOpts(c)
	bal, err := view.BalanceOf(o, who)
	if err != nil {
		return fmt.Errorf("read balance of %s: %w", who.Hex(), err)
	}
	m, err := view.MerchantInfo(o, who)
	if err != nil {
		return fmt.Errorf("read merchant %s: %w", who.Hex(), err)
	}
	type lot struct {
		ExpiresAt time.Time    `json:"expiresAt"`
		Amount    amount.Value `json:"amount"`
	}
	out := struct {
		Address         common.Address  `json:"address"`
		Balance         amount.Value    `json:"balance"`
		Unit            string          `json:"unit"`
		Merchant        bool            `json:"merchant"`
		Expiring        []lot           `json:"expiring,omitempty"`
		ExpiredNotSwept *amount.Value   `json:"expiredNotSwept,omitempty"`
		RecoveryTo      *common.Address `json:"recoveryTo,omitempty"`
		RecoveryAfter   *time.Time      `json:"recoveryAfter,omitempty"`
		Frozen          bool            `json:"frozen,omitempty"`
	}{Address: who, Balance: amount.Value{Units: bal}, Unit: Unit, Merchant: m.Registered}
	if !m.Registered {
		exp, err := view.ExpiringOf(o, who)
		if err != nil {
			return fmt.Errorf("read expiry of %s: %w", who.Hex(), err)
		}
		for i := range exp.ExpiresAt {
			out.Expiring = append(out.Expiring, lot{time.Unix(int64(exp.ExpiresAt[i]), 0).UTC(), amount.Value{Units: exp.Amounts[i]}})
		}
		expired, err := view.ExpiredOf(o, who)
		if err != nil {
			return fmt.Errorf("read expired points of %s: %w", who.Hex(), err)
		}
		if expired.Sign() > 0 {
			out.ExpiredNotSwept = &amount.Value{Units: expired}
		}
		rec, err := view.PendingRecovery(o, who)
		if err != nil {
			return fmt.Errorf("read recovery of %s: %w", who.Hex(), err)
		}
		if rec.To != (common.Address{}) {
			after := time.Unix(int64(rec.ExecuteAfter), 0).UTC()
			out.RecoveryTo, out.RecoveryAfter = &rec.To, &after
		}
		if out.Frozen, err = view.Frozen(o, who); err != nil {
			return fmt.Errorf("read whether %s is frozen: %w", who.Hex(), err)
		}
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, out)
	}
	w := c.App.Writer
	if m.Registered {
		state := "active"
		if !m.Active {
			state = "removed"
		}
		_, err := fmt.Fprintf(w, "%s S-Coin (merchant %q, %s; merchants' points do not expire)\n", out.Balance, m.MerchantName, state)
		return err
	}
	fmt.Fprintf(w, "%s S-Coin\n", out.Balance)
	if len(out.Expiring) > 0 {
		fmt.Fprintln(w)
		t := &cmdkit.Table{}
		t.Add("EXPIRES (UTC)", "AMOUNT")
		for _, l := range out.Expiring {
			t.Add(l.ExpiresAt.Format("2006-01-02 15:04"), l.Amount)
		}
		if err := t.Write(w); err != nil {
			return err
		}
	}
	if out.ExpiredNotSwept != nil {
		fmt.Fprintf(w, "\n%s S-Coin expired (not spendable; removed from the supply at the next sweep)\n", out.ExpiredNotSwept)
	}
	if out.RecoveryTo != nil {
		fmt.Fprintf(w, "\nRecovery pending: to %s, executable after %s UTC; spending is stopped until then\n", out.RecoveryTo.Hex(), out.RecoveryAfter.Format("2006-01-02 15:04"))
	}
	if out.Frozen {
		fmt.Fprintf(w, "\nFrozen: the address cancelled a recovery itself and cannot spend until a recovery officer runs 'seoulchain mileage recover unfreeze %s' or recovers its points\n", who.Hex())
	}
	return nil
}

func mileageSpend(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	to, err := cmdkit.AddressFlag(c, MerchantFlag)
	if err != nil {
		return err
	}
	return sendOncePerReference(c, PaymentRefFlag, (*scoin.SCoinCaller).PaymentMade, "Payment %q by %s was already made",
		func(amt *big.Int, ref string) ([]byte, string) {
			return cmdkit.MustPack(scoinABI(), "pay", to, amt, ref), fmt.Sprintf("pay %s S-Coin to merchant %s for %q", amount.Format(amt, 0), to.Hex(), ref)
		})
}

func mileageRedeem(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	return sendOncePerReference(c, SettlementRefFlag, (*scoin.SCoinCaller).SettlementRedeemed, "Settlement %q of %s was already redeemed",
		func(amt *big.Int, ref string) ([]byte, string) {
			return cmdkit.MustPack(scoinABI(), "redeem", amt, ref), fmt.Sprintf("redeem %s S-Coin for settlement %q", amount.Format(amt, 0), ref)
		})
}

// sendOncePerReference sends an --amount under a reference the contract accepts once per
// sender (a payment's order number, a settlement reference), unless done says the sender
// has used it already: a retried command then reports it and sends nothing.
func sendOncePerReference(c *cli.Context, refFlag *cli.StringFlag,
	done func(*scoin.SCoinCaller, *bind.CallOpts, common.Address, string) (bool, error), doneMsg string,
	build func(amt *big.Int, ref string) (data []byte, action string),
) error {
	amt, err := parsePoints(c, PointsFlag)
	if err != nil {
		return err
	}
	ref, err := cmdkit.RequireFlag(c, refFlag)
	if err != nil {
		return err
	}
	return withSCoin(c, func(tc *cmdkit.Tx, view *scoin.SCoinCaller) error {
		used, err := done(view, cmdkit.CallOpts(c), tc.Sender.From(), ref)
		if err != nil {
			return fmt.Errorf("read whether reference %q is used: %w", ref, err)
		}
		if used {
			return cmdkit.NothingSent(c, tc.G, fmt.Sprintf(doneMsg, ref, tc.Sender.From().Hex()), map[string]any{"reference": ref})
		}
		data, action := build(amt, ref)
		return cmdkit.SendOrSimulate(c, tc, tc.To, data, action)
	})
}

func mileageRecoverRequest(c *cli.Context) error {
	old, err := cmdkit.AddressArg(c, "OLD")
	if err != nil {
		return err
	}
	to, err := cmdkit.AddressFlag(c, NewAddressFlag)
	if err != nil {
		return err
	}
	return withSCoin(c, func(tc *cmdkit.Tx, view *scoin.SCoinCaller) error {
		rec, err := view.PendingRecovery(cmdkit.CallOpts(c), old)
		if err != nil {
			return fmt.Errorf("read recovery of %s: %w", old.Hex(), err)
		}
		if rec.To == to {
			return cmdkit.NothingSent(c, tc.G, fmt.Sprintf("The move of %s's points to %s is already requested, executable after %s UTC",
				old.Hex(), to.Hex(), time.Unix(int64(rec.ExecuteAfter), 0).UTC().Format("2006-01-02 15:04")), map[string]any{"executeAfter": rec.ExecuteAfter})
		}
		return tc.Send(c, fmt.Sprintf("request the move of %s's points to %s", old.Hex(), to.Hex()), "requestRecovery", old, to)
	})
}

func mileageRecoverCancel(c *cli.Context) error {
	old, err := cmdkit.AddressArg(c, "OLD")
	if err != nil {
		return err
	}
	return withSCoin(c, func(tc *cmdkit.Tx, view *scoin.SCoinCaller) error {
		self := tc.Sender.From() == old
		action := fmt.Sprintf("cancel the move of %s's points", old.Hex())
		if self {
			action += " (a cancel by the address itself freezes its spending)"
		}
		if err := tc.Send(c, action, "cancelRecovery", old); err != nil || !self || c.Bool(cmdkit.DryRunFlag.Name) || tc.G.JSON {
			return err
		}
		// S-Coin freezes an address that cancels its own recovery: whoever holds a lost
		// phone can cancel, so the citizen must learn here that the points cannot be spent.
		frozen, err := view.Frozen(cmdkit.CallOpts(c), old)
		if err != nil {
			return fmt.Errorf("read whether %s is frozen: %w", old.Hex(), err)
		}
		if frozen {
			_, err = fmt.Fprintf(c.App.Writer, "Spending from %s is now frozen until a recovery officer runs 'seoulchain mileage recover unfreeze %s' (having checked that the citizen holds it), or recovers its points.\n", old.Hex(), old.Hex())
		}
		return err
	})
}

func mileageRecoverExecute(c *cli.Context) error {
	old, err := cmdkit.AddressArg(c, "OLD")
	if err != nil {
		return err
	}
	return cmdkit.Send(c, deploy.SCoin, scoinABI(), fmt.Sprintf("move %s's points to the requested address", old.Hex()), "executeRecovery", old)
}

func mileageRecoverUnfreeze(c *cli.Context) error {
	return sendForAddress(c, "address", "unfreeze", "let %s spend again", func(view *scoin.SCoinCaller, who common.Address) (string, error) {
		frozen, err := view.Frozen(cmdkit.CallOpts(c), who)
		if err != nil {
			return "", fmt.Errorf("read whether %s is frozen: %w", who.Hex(), err)
		}
		if !frozen {
			return fmt.Sprintf("%s is not frozen", who.Hex()), nil
		}
		return "", nil
	})
}
