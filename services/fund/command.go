package fund

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/fundledger"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/hexaddr"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
	"github.com/seoulchain/seoulchain/services/krw"
)

func ledgerABI() *abi.ABI { return cmdkit.MustABI(fundledger.FundLedgerMetaData) }

// Command is the fund command.
func Command() *cli.Command {
	book := cmdkit.AddressBookFlag
	dry := cmdkit.DryRunFlag
	return &cli.Command{
		Name:  "fund",
		Usage: "donation campaigns and consignment funds: budget lines, donations, spends, approvals, settlement, reports, traces",
		Description: `A fund holds KRW for one purpose: a donation campaign (a charity's or the city's), or a
consignment fund the city pays an operator (민간위탁금). Its manager spends, per budget line,
to registered payees against evidence; its supervisor (a city department) sets the lines,
registers the payees and the collecting systems that post donations, names a campaign's
follow-up fund, approves spends above the fund's threshold and flags spends for audit.
After the term and a
grace period anyone settles it: the unspent money returns to the city, or moves to the
campaign's follow-up fund. 'fund report' and 'fund trace' rebuild the books from events.`,
		Subcommands: []*cli.Command{
			{Name: "create", Usage: "open a fund (registrar role)", ArgsUsage: " ",
				Flags:  []cli.Flag{KindFlag, ManagerFlag, SupervisorFlag, StartFlag, EndFlag, GraceFlag, AdminCapFlag, AdminLimitFlag, ThresholdFlag, ReturnToFlag, book, dry},
				Action: create},
			{Name: "line", Usage: "budget lines (the supervisor)", Subcommands: []*cli.Command{
				{Name: "add", Usage: "add line --code CODE --limit AMOUNT to fund ID", ArgsUsage: "ID", Flags: []cli.Flag{CodeFlag, LimitFlag, book, dry}, Action: lineAdd},
			}},
			{Name: "payee", Usage: "the payees a fund may pay (the supervisor registers them)", Subcommands: []*cli.Command{
				{Name: "add", Usage: "register ADDRESS as a payee of fund ID (the supervisor)", ArgsUsage: "ID ADDRESS", Flags: []cli.Flag{book, dry}, Action: payee("addPayee", "register %s as a payee of fund %s")},
				{Name: "remove", Usage: "stop paying ADDRESS from fund ID (the supervisor or the manager)", ArgsUsage: "ID ADDRESS", Flags: []cli.Flag{book, dry}, Action: payee("removePayee", "remove payee %s of fund %s")},
			}},
			{Name: "collector", Usage: "the collecting systems that post a campaign's donations (the supervisor)", Subcommands: []*cli.Command{
				{Name: "add", Usage: "let ADDRESS post donations to campaign ID", ArgsUsage: "ID ADDRESS", Flags: []cli.Flag{book, dry}, Action: payee("addCollector", "register %s as a collector of fund %s")},
				{Name: "remove", Usage: "stop ADDRESS posting donations to campaign ID", ArgsUsage: "ID ADDRESS", Flags: []cli.Flag{book, dry}, Action: payee("removeCollector", "remove collector %s of fund %s")},
			}},
			{Name: "follow-up", Usage: "name campaign NEXT to take campaign ID's remainder at settlement (the supervisor)", ArgsUsage: "ID NEXT", Flags: []cli.Flag{book, dry}, Action: followUp},
			{Name: "donate", Usage: "post one donation (--receipt, --amount) or a file of them (--csv) to campaign ID", ArgsUsage: "ID",
				Flags:       []cli.Flag{ReceiptFlag, AmountFlag, CSVFlag, BatchSizeFlag, InFlightFlag, ProgressDirFlag, book, dry},
				Description: "The sending key, a collector the fund's supervisor registered ('fund collector add'), pays the donations in (KRW; the ledger's allowance is approved first when short). A receipt already recorded in the fund with the same amount is skipped, so the same command or file can be run again.",
				Action:      donate},
			{Name: "deposit", Usage: "pay a tranche (or with --interest, interest) of --amount into fund ID", ArgsUsage: "ID", Flags: []cli.Flag{AmountFlag, RefFlag, InterestFlag, book, dry}, Action: deposit},
			{Name: "spend", Usage: "pay --amount from --line of fund ID to --payee against --evidence (the manager)", ArgsUsage: "ID",
				Flags: []cli.Flag{LineFlag, PayeeFlag, AmountFlag, EvidenceFlag, book, dry}, Action: spend},
			{Name: "approve", Usage: "approve (and so pay) pending spend SPEND (the supervisor)", ArgsUsage: "SPEND", Flags: []cli.Flag{book, dry}, Action: decide("approve")},
			{Name: "reject", Usage: "refuse pending spend SPEND (the supervisor)", ArgsUsage: "SPEND", Flags: []cli.Flag{book, dry}, Action: decide("reject")},
			{Name: "flag", Usage: "flag spend SPEND for audit with --reason CODE (the supervisor)", ArgsUsage: "SPEND", Flags: []cli.Flag{ReasonFlag, book, dry}, Action: flagSpend},
			{Name: "refund", Usage: "pay --amount of spend SPEND back into its fund (a payee's refund, a clawback)", ArgsUsage: "SPEND", Flags: []cli.Flag{AmountFlag, book, dry}, Action: refund},
			{Name: "settle", Usage: "settle fund ID after its term and grace (anyone)", ArgsUsage: "ID", Flags: []cli.Flag{book, dry}, Action: settle},
			{Name: "report", Usage: "fund ID's books from events: per line budget, spent, pending, flagged; admin share; balance", ArgsUsage: "ID", Flags: []cli.Flag{book}, Action: report},
			{Name: "trace", Usage: "where the donation with RECEIPT to fund ID went (pro rata over the spends after it; receipts are per fund)", ArgsUsage: "ID RECEIPT", Flags: []cli.Flag{SpendsFlag, book}, Action: trace},
		},
	}
}

// Ref is the on-chain 32-byte reference of a receipt, payment or case code: a 0x… hash as
// given, otherwise the keccak256 of the text (trimmed).
func Ref(s string) (common.Hash, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return common.Hash{}, errors.New("empty reference")
	}
	if strings.HasPrefix(s, "0x") && len(s) == 66 {
		b, err := hexDecode(s)
		if err != nil {
			return common.Hash{}, err
		}
		return common.BytesToHash(b), nil
	}
	return crypto.Keccak256Hash([]byte(s)), nil
}

func hexDecode(s string) ([]byte, error) {
	b := common.FromHex(s)
	if len(b) != 32 || common.Bytes2Hex(b) != strings.ToLower(s[2:]) {
		return nil, fmt.Errorf("%q is not a 32-byte hex hash", s)
	}
	return b, nil
}

func wonFlag(c *cli.Context, f *cli.StringFlag) (*big.Int, error) {
	s, err := cmdkit.RequireFlag(c, f)
	if err != nil {
		return nil, err
	}
	v, err := amount.Parse(s, krw.Decimals)
	if err != nil {
		return nil, cmdkit.Usagef("--%s: %w", f.Name, err)
	}
	return v, nil
}

var seoul = time.FixedZone("KST", 9*3600)

// when reads a time flag: +DURATION from now, YYYY-MM-DD (the start, or with endOfDay the
// end, of that day in Seoul), or RFC 3339.
func when(s string, now time.Time, endOfDay bool) (time.Time, error) {
	if strings.HasPrefix(s, "+") {
		d, err := time.ParseDuration(s[1:])
		if err != nil {
			return time.Time{}, err
		}
		return now.Add(d), nil
	}
	if d, err := time.ParseInLocation("2006-01-02", s, seoul); err == nil {
		if endOfDay {
			return d.Add(24*time.Hour - time.Second), nil
		}
		return d, nil
	}
	return time.Parse(time.RFC3339, s)
}

func create(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	t := fundledger.FundLedgerTerms{ApprovalThreshold: abiMax(), AdminLimit: abiMax()}
	switch k, _ := cmdkit.RequireFlag(c, KindFlag); k {
	case "donation":
		t.Kind = KindDonation
	case "consignment":
		t.Kind = KindConsignment
	case "":
		return cmdkit.Usagef("--kind is required: donation or consignment")
	default:
		return cmdkit.Usagef("--kind %q: want donation or consignment", k)
	}
	var err error
	if t.Manager, err = cmdkit.AddressFlag(c, ManagerFlag); err != nil {
		return err
	}
	endText, err := cmdkit.RequireFlag(c, EndFlag)
	if err != nil {
		return err
	}
	now := time.Now()
	start := now.Add(-time.Minute) // a block's time may trail the clock
	if s := c.String(StartFlag.Name); s != "" {
		if start, err = when(s, now, false); err != nil {
			return cmdkit.Usagef("--start %q: %v; want YYYY-MM-DD, RFC 3339 or +DURATION", s, err)
		}
	}
	end, err := when(endText, now, true)
	if err != nil {
		return cmdkit.Usagef("--end %q: %v; want YYYY-MM-DD, RFC 3339 or +DURATION", endText, err)
	}
	if !end.After(start) {
		return cmdkit.Usagef("--end %s is not after --start %s", end.Format(time.RFC3339), start.Format(time.RFC3339))
	}
	// A negative grace would wrap around in uint64, and end + grace overflow on chain: the
	// fund could never settle. Ten years is far beyond any audit.
	grace := c.Duration(GraceFlag.Name)
	if grace < 0 || grace > 10*365*24*time.Hour {
		return cmdkit.Usagef("--grace %s: want 0 to 87600h (ten years), e.g. 720h for 30 days", grace)
	}
	t.Start, t.End, t.Grace = uint64(start.Unix()), uint64(end.Unix()), uint64(grace/time.Second)
	if s := c.String(AdminCapFlag.Name); s != "" {
		bps, err := amount.Parse(s, 2)
		if err != nil || bps.Cmp(big.NewInt(10_000)) > 0 {
			return cmdkit.Usagef("--admin-cap %q: want a percentage from 0 to 100, at most two decimals", s)
		}
		if bps.Sign() == 0 && t.Kind == KindDonation {
			return cmdkit.Usagef("--admin-cap 0 means the statutory cap for a campaign; to forbid admin costs use --admin-limit 0")
		}
		t.AdminCapBps = uint16(bps.Uint64())
	}
	if c.IsSet(AdminLimitFlag.Name) {
		if t.AdminLimit, err = wonFlag(c, AdminLimitFlag); err != nil {
			return err
		}
	}
	if c.IsSet(ThresholdFlag.Name) {
		if t.ApprovalThreshold, err = wonFlag(c, ThresholdFlag); err != nil {
			return err
		}
	}
	return cmdkit.With(c, deploy.FundLedger, ledgerABI(), func(tx *cmdkit.Tx) error {
		t.Supervisor, t.ReturnTo = tx.Sender.From(), tx.Sender.From()
		for _, o := range []struct {
			f   *cli.StringFlag
			dst *common.Address
		}{{SupervisorFlag, &t.Supervisor}, {ReturnToFlag, &t.ReturnTo}} {
			if c.IsSet(o.f.Name) {
				a, err := cmdkit.AddressFlag(c, o.f)
				if err != nil {
					return err
				}
				*o.dst = a
			}
		}
		if t.Supervisor == t.Manager {
			return cmdkit.Usagef("the manager %s cannot supervise its own fund: give --supervisor the city department's address", t.Manager.Hex())
		}
		kind := KindName(t.Kind)
		return outcome.Send(c, tx, tx.To, cmdkit.MustPack(tx.ABI, "createFund", t), "open a "+kind+" fund", outcome.Created{
			Event: "FundCreated", IDField: "fund",
			Line: func(id string) string {
				return fmt.Sprintf("Created fund #%s (%s, manager %s, %s → %s, settle after %s)", id, kind, t.Manager.Hex(),
					start.In(seoul).Format("2006-01-02 15:04"), end.In(seoul).Format("2006-01-02 15:04 MST"), end.Add(time.Duration(t.Grace)*time.Second).In(seoul).Format("2006-01-02 15:04"))
			},
		})
	})
}

// abiMax is 2²⁵⁶−1: no threshold, no limit.
func abiMax() *big.Int { return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)) }

func lineAdd(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	text, err := cmdkit.RequireFlag(c, CodeFlag)
	if err != nil {
		return err
	}
	code, ok := Code(text)
	if !ok {
		return cmdkit.Usagef("--code %q: want 1 to 32 bytes of text", text)
	}
	limit, err := wonFlag(c, LimitFlag)
	if err != nil {
		return err
	}
	return cmdkit.Send(c, deploy.FundLedger, ledgerABI(), fmt.Sprintf("add line %q of %s won to fund %s", text, amount.Format(limit, 0), id), "addLine", id, code, limit)
}

func idAndAddress(c *cli.Context) (*big.Int, common.Address, error) {
	if err := cmdkit.ExactArgs(c, "ID", "ADDRESS"); err != nil {
		return nil, common.Address{}, err
	}
	id, err := cmdkit.UintArg(c, 0, "ID")
	if err != nil {
		return nil, common.Address{}, err
	}
	a, err := hexaddr.Parse(c.Args().Get(1))
	if err != nil {
		return nil, common.Address{}, cmdkit.Usagef("ADDRESS: %w", err)
	}
	return id, a, nil
}

func payee(method, action string) cli.ActionFunc {
	return func(c *cli.Context) error {
		id, who, err := idAndAddress(c)
		if err != nil {
			return err
		}
		return cmdkit.Send(c, deploy.FundLedger, ledgerABI(), fmt.Sprintf(action, who.Hex(), id), method, id, who)
	}
}

func followUp(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "ID", "NEXT"); err != nil {
		return err
	}
	id, err := cmdkit.UintArg(c, 0, "ID")
	if err != nil {
		return err
	}
	next, err := cmdkit.UintArg(c, 1, "NEXT")
	if err != nil {
		return err
	}
	return cmdkit.Send(c, deploy.FundLedger, ledgerABI(), fmt.Sprintf("name fund %s the follow-up of fund %s", next, id), "setFollowUp", id, next)
}

func deposit(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	amt, err := wonFlag(c, AmountFlag)
	if err != nil {
		return err
	}
	kind, what := InflowTranche, "a tranche"
	if c.Bool(InterestFlag.Name) {
		kind, what = InflowInterest, "interest"
	}
	var ref common.Hash
	if s := c.String(RefFlag.Name); s != "" {
		if ref, err = Ref(s); err != nil {
			return cmdkit.Usagef("--ref: %w", err)
		}
	}
	return withAllowance(c, amt, fmt.Sprintf("pay %s of %s won into fund %s", what, amount.Format(amt, 0), id), "deposit", id, kind, ref, amt)
}

// withAllowance sends method after approving the ledger's KRW allowance when it is short of
// need: the ledger takes money in with transferFrom. The call is simulated first when no
// approval is needed; with one, a refusal of the call shows after the approval's dry run.
func withAllowance(c *cli.Context, need *big.Int, action, method string, args ...any) error {
	return cmdkit.With(c, deploy.FundLedger, ledgerABI(), func(tx *cmdkit.Tx) error {
		if done, err := approveShort(c, tx, need, method); done || err != nil {
			return err
		}
		return tx.Send(c, action, method, args...)
	})
}

// approveShort approves the ledger's allowance when it is short of need. With --dry-run it
// only simulates the approval, and then the call (method) cannot be simulated: without
// the allowance it would revert. done says the command ends there, with a note, as escrow,
// solar and labour do; method "" for a caller that ends its dry run itself.
func approveShort(c *cli.Context, tx *cmdkit.Tx, need *big.Int, method string) (done bool, err error) {
	approved, err := krw.ApproveShort(c, tx, tx.To, "the fund ledger", need, func(held *big.Int) error {
		return fmt.Errorf("%s holds %s KRW, short of the %s to pay in; nothing sent (the bank mints KRW: 'seoulchain krw mint')",
			tx.Sender.From().Hex(), amount.Format(held, 0), amount.Format(need, 0))
	})
	if err != nil || !approved || !c.Bool(cmdkit.DryRunFlag.Name) || method == "" {
		return false, err
	}
	return true, cmdkit.Note(c, fmt.Sprintf("Dry run: the %s itself is simulated only once the allowance exists.", method))
}

func spend(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	if !c.IsSet(LineFlag.Name) {
		return cmdkit.Usagef("--line is required (0 is the admin / collection-cost line; 'fund report %s' lists them)", id)
	}
	to, err := cmdkit.AddressFlag(c, PayeeFlag)
	if err != nil {
		return err
	}
	amt, err := wonFlag(c, AmountFlag)
	if err != nil {
		return err
	}
	ev, err := cmdkit.RequireFlag(c, EvidenceFlag)
	if err != nil {
		return err
	}
	evidence, err := evidenceHash(ev)
	if err != nil {
		return err
	}
	line := c.Uint(LineFlag.Name)
	return cmdkit.With(c, deploy.FundLedger, ledgerABI(), func(tx *cmdkit.Tx) error {
		return outcome.Send(c, tx, tx.To, cmdkit.MustPack(tx.ABI, "spend", id, big.NewInt(int64(line)), to, amt, evidence),
			fmt.Sprintf("pay %s won from line %d of fund %s to %s", amount.Format(amt, 0), line, id, to.Hex()), outcome.Created{
				Event: "SpendRequested", IDField: "spend",
				Line: func(sp string) string {
					return fmt.Sprintf("Spend #%s: %s won from line %d of fund %s to %s (evidence %s)", sp, amount.Format(amt, 0), line, id, to.Hex(), evidence.Hex())
				},
			})
	})
}

// evidenceHash is a 0x… hash as given, or the SHA-256 of the file's bytes.
func evidenceHash(s string) (common.Hash, error) {
	if strings.HasPrefix(s, "0x") && len(s) == 66 {
		b, err := hexDecode(s)
		if err != nil {
			return common.Hash{}, cmdkit.Usagef("--evidence: %w", err)
		}
		return common.BytesToHash(b), nil
	}
	data, err := os.ReadFile(s)
	if err != nil {
		return common.Hash{}, cmdkit.Usagef("--evidence: %v (a file, or a 0x… 32-byte hash)", err)
	}
	return sha256.Sum256(data), nil
}

func decide(method string) cli.ActionFunc {
	return func(c *cli.Context) error {
		id, err := cmdkit.IDArg(c)
		if err != nil {
			return err
		}
		return cmdkit.Send(c, deploy.FundLedger, ledgerABI(), fmt.Sprintf("%s spend %s", method, id), method, id)
	}
}

func flagSpend(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	text, err := cmdkit.RequireFlag(c, ReasonFlag)
	if err != nil {
		return err
	}
	ref, err := Ref(text)
	if err != nil {
		return cmdkit.Usagef("--reason: %w", err)
	}
	return cmdkit.Send(c, deploy.FundLedger, ledgerABI(), fmt.Sprintf("flag spend %s for audit (reason %s)", id, ref.Hex()), "flag", id, ref)
}

func refund(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	amt, err := wonFlag(c, AmountFlag)
	if err != nil {
		return err
	}
	return withAllowance(c, amt, fmt.Sprintf("refund %s won of spend %s", amount.Format(amt, 0), id), "refund", id, amt)
}

func settle(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	return cmdkit.Send(c, deploy.FundLedger, ledgerABI(), fmt.Sprintf("settle fund %s", id), "settle", id)
}
