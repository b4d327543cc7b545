package health

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/healthconsent"
	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/wallet"
)

func contractABI() *abi.ABI { return cmdkit.MustABI(healthconsent.HealthConsentMetaData) }

// DefaultDays is how long a consent lasts when neither --days nor --until is given.
const DefaultDays = 30

// Command is the health command.
func Command() *cli.Command {
	return &cli.Command{
		Name:  "health",
		Usage: "citizen-led health records: providers, record hashes, patients' consents, the access log",
		Description: `Medical records stay at the hospitals that made them. A provider anchors each record's
SHA-256 for a patient (an address) with a category; the patient grants a provider access to
categories (or one record) held by another provider, for a purpose and a time, and may revoke
it (gasless through the relayer); each access is logged under its consent, or as a break-glass
emergency access with a reason the patient sees in 'health log'. For an insurance claim the
patient files, with an insurer holding insurance consents to the records, the records' hashes
and the amount (gasless); the insurer decides once, with the amount paid and a hashed payment
reference. Only hashes, codes, amounts and addresses go on chain: never medical content,
names or free text.`,
		Subcommands: []*cli.Command{
			{
				Name: "provider", Usage: "the providers (registrar role): hospitals, clinics, imaging centres, insurers",
				Subcommands: []*cli.Command{
					{Name: "add", Usage: "register ADDRESS (the provider's key) --role ROLE", ArgsUsage: "ADDRESS",
						Flags: []cli.Flag{RoleFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: providerAdd},
					{Name: "remove", Usage: "stop provider ADDRESS anchoring and reading (its records and the log stand)", ArgsUsage: "ADDRESS",
						Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: providerRemove},
					{Name: "list", Usage: "list the providers", ArgsUsage: " ", Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: providerList},
				},
			},
			{
				Name: "record", Usage: "record hashes, anchored by the provider that holds the records",
				Subcommands: []*cli.Command{
					{Name: "anchor", Usage: "anchor RECORDs (files, hashed here, or 0x… SHA-256 hashes) of --patient, all of --category",
						ArgsUsage: "RECORD...", Flags: []cli.Flag{PatientFlag, CategoryFlag, BatchSizeFlag, bulk.InFlightFlag, ProgressDirFlag,
							cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
						Description: `Only the hashes go on chain. Up to 50 records go in one transaction; more go through the
bulk sender: batches sized from the block gas limit, several in flight, each handed to every
node of a devnet, a progress bar on stderr, and their progress journaled in --progress-dir.
Run the same command again after an interruption: the batches in flight are followed, not
sent twice, and records already anchored by the sender are skipped.`,
						Action: anchor},
				},
			},
			{
				Name: "consent", Usage: "the patient's consents: grant, revoke, list",
				Subcommands: []*cli.Command{
					{Name: "grant", Usage: "allow provider GRANTEE to read your records held by --holder (--categories), or one --record",
						ArgsUsage: "GRANTEE", Flags: []cli.Flag{HolderFlag, CategoriesFlag, RecordFlag, PurposeFlag, DaysFlag, UntilFlag,
							cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
						Description: `Sent from the patient's key (--from), gasless through the relayer when one is configured
(the devnet's is). Treatment consents go to care providers, insurance consents to insurers.`,
						Action: consentGrant},
					{Name: "revoke", Usage: "withdraw your consent ID, at once", ArgsUsage: "ID",
						Flags: []cli.Flag{cmdkit.AddressBookFlag, cmdkit.DryRunFlag}, Action: consentRevoke},
					{Name: "list", Usage: "list the consents of PATIENT (default: --from)", ArgsUsage: "[PATIENT]",
						Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: consentList},
				},
			},
			{
				Name: "access", Usage: "log your access, as a provider, to RECORD (a file or its 0x… hash) of --holder, under a consent or --emergency",
				ArgsUsage: "RECORD", Flags: []cli.Flag{HolderFlag, ConsentFlag, EmergencyFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
				Description: `Without --consent, the patient's newest consent that lets the sender read RECORD now is used;
with none, the contract refuses (HealthNoConsent). --emergency logs a break-glass access
without consent, with a reason the patient sees.`,
				Action: access,
			},
			fetchCommand(),
			gatewayCommand(),
			claimCommand(),
			{Name: "log", Usage: "who accessed which records of PATIENT (default: --from), under which consent", ArgsUsage: "[PATIENT]",
				Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: accessLog},
		},
	}
}

func providerAdd(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "ADDRESS"); err != nil {
		return err
	}
	who, err := cmdkit.AddressArg(c, "ADDRESS")
	if err != nil {
		return err
	}
	role, err := requireCode(c, RoleFlag, ParseRole)
	if err != nil {
		return err
	}
	return cmdkit.With(c, deploy.HealthConsent, contractABI(), func(tx *cmdkit.Tx) error {
		hc, err := healthconsent.NewHealthConsentCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		p, err := hc.Provider(cmdkit.CallOpts(c), who)
		if err != nil {
			return fmt.Errorf("read provider %s: %w", who.Hex(), err)
		}
		if p.Active && p.Role == role {
			return tx.NothingSent(c, fmt.Sprintf("%s is already registered as %s", who.Hex(), Roles[role]), map[string]any{"provider": who})
		}
		return tx.Send(c, fmt.Sprintf("register %s as %s", who.Hex(), Roles[role]), "addProvider", who, role)
	})
}

// requireCode reads the required flag f with parse.
func requireCode(c *cli.Context, f *cli.StringFlag, parse func(string) (uint8, error)) (uint8, error) {
	s, err := cmdkit.RequireFlag(c, f)
	if err != nil {
		return 0, err
	}
	return parse(s)
}

func providerRemove(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "ADDRESS"); err != nil {
		return err
	}
	who, err := cmdkit.AddressArg(c, "ADDRESS")
	if err != nil {
		return err
	}
	return cmdkit.Send(c, deploy.HealthConsent, contractABI(), "remove provider "+who.Hex(), "removeProvider", who)
}

// providerRow is one provider as `provider list --json` prints it.
type providerRow struct {
	Address common.Address `json:"address"`
	Role    string         `json:"role"`
	Active  bool           `json:"active"`
	Since   time.Time      `json:"since"`
}

// openView opens a reader of the contract; the caller closes r.
func openView(c *cli.Context) (*cmdkit.Reader, *View, error) {
	r, err := cmdkit.OpenReader(c, deploy.HealthConsent)
	if err != nil {
		return nil, nil, err
	}
	v, err := NewView(r.Addr, r.EC)
	if err != nil {
		r.Close()
		return nil, nil, err
	}
	return r, v, nil
}

// openSender opens the sender's key and a reader of the contract; the caller closes tx.
func openSender(c *cli.Context) (*cmdkit.Tx, common.Address, *View, error) {
	tx, addr, err := cmdkit.OpenTxFor(c, deploy.HealthConsent)
	if err != nil {
		return nil, common.Address{}, nil, err
	}
	v, err := NewView(addr, tx.EC)
	if err != nil {
		tx.Close()
		return nil, common.Address{}, nil, err
	}
	return tx, addr, v, nil
}

func providerList(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	r, v, err := openView(c)
	if err != nil {
		return err
	}
	defer r.Close()
	addrs, err := v.HC.Providers(cmdkit.CallOpts(c))
	if err != nil {
		return fmt.Errorf("list providers: %w", err)
	}
	rows := []providerRow{}
	for _, a := range addrs {
		p, err := v.HC.Provider(cmdkit.CallOpts(c), a)
		if err != nil {
			return fmt.Errorf("read provider %s: %w", a.Hex(), err)
		}
		rows = append(rows, providerRow{a, name(Roles, uint64(p.Role)), p.Active, time.Unix(int64(p.Since), 0).UTC()})
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, rows)
	}
	var t cmdkit.Table
	t.Add("ADDRESS", "ROLE", "STATUS", "SINCE")
	for _, p := range rows {
		status := "registered"
		if !p.Active {
			status = "removed"
		}
		t.Add(p.Address.Hex(), p.Role, status, p.Since.Format(time.RFC3339))
	}
	return t.Write(c.App.Writer)
}

// recordArgs reads the RECORD arguments (files, hashed here, or 0x… hashes), each once.
func recordArgs(c *cli.Context, what string) ([]common.Hash, error) {
	if c.NArg() == 0 {
		return nil, cmdkit.Usagef("give the RECORDs %s: files (hashed here) or 0x… SHA-256 hashes", what)
	}
	var hashes []common.Hash
	for _, arg := range c.Args().Slice() {
		h, err := RecordHash(arg)
		if err != nil {
			return nil, cmdkit.Usagef("%w", err)
		}
		if !slices.Contains(hashes, h) {
			hashes = append(hashes, h)
		}
	}
	return hashes, nil
}

// expiry reads --days and --until into the consent's end (a Unix time).
func expiry(c *cli.Context, now time.Time) (uint64, error) {
	until, days := c.String(UntilFlag.Name), c.Uint(DaysFlag.Name)
	switch {
	case until != "" && c.IsSet(DaysFlag.Name):
		return 0, cmdkit.Usagef("give --days or --until, not both")
	case until != "":
		d, err := time.ParseInLocation("2006-01-02", until, seoul)
		if err != nil {
			return 0, cmdkit.Usagef("--until %q: want a date YYYY-MM-DD", until)
		}
		end := d.AddDate(0, 0, 1).Add(-time.Second)
		if !end.After(now) {
			return 0, cmdkit.Usagef("--until %s is past: a consent must end in the future", until)
		}
		return uint64(end.Unix()), nil
	case c.IsSet(DaysFlag.Name) && days == 0:
		return 0, cmdkit.Usagef("--days 0: a consent lasts at least a day (revoke it when it is no longer needed)")
	case days == 0:
		days = DefaultDays
	}
	return uint64(now.Add(time.Duration(days) * 24 * time.Hour).Unix()), nil
}

// seoul is Korea Standard Time (no daylight saving), fixed so no tz database is needed.
var seoul = time.FixedZone("KST", 9*3600)

func consentGrant(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "GRANTEE"); err != nil {
		return err
	}
	grantee, err := cmdkit.AddressArg(c, "GRANTEE")
	if err != nil {
		return err
	}
	purpose, err := ParsePurpose(c.String(PurposeFlag.Name))
	if err != nil {
		return err
	}
	end, err := expiry(c, time.Now())
	if err != nil {
		return err
	}
	var (
		holder common.Address
		mask   uint8
		record common.Hash
		scope  string
	)
	switch recArg, cats := c.String(RecordFlag.Name), c.String(CategoriesFlag.Name); {
	case recArg != "" && cats != "":
		return cmdkit.Usagef("give --record or --categories, not both: one record, or every record of the categories")
	case recArg != "":
		if record, err = RecordHash(recArg); err != nil {
			return cmdkit.Usagef("--record: %w", err)
		}
		if holder, err = cmdkit.AddressFlag(c, HolderFlag); err != nil {
			return err
		}
		scope = "record " + record.Hex() + " held by " + holder.Hex()
	case cats == "":
		return cmdkit.Usagef("give --categories (with --holder) or --record: what may be read")
	default:
		if mask, err = ParseCategories(cats); err != nil {
			return err
		}
		if holder, err = cmdkit.AddressFlag(c, HolderFlag); err != nil {
			return err
		}
		scope = strings.Join(CategoryNames(mask), ",") + " records held by " + holder.Hex()
	}
	action := fmt.Sprintf("allow %s to read %s for %s until %s", grantee.Hex(), scope, Purposes[purpose],
		time.Unix(int64(end), 0).In(seoul).Format("2006-01-02 15:04 KST"))
	return cmdkit.Send(c, deploy.HealthConsent, contractABI(), action, "grantConsent", grantee, holder, mask, record, purpose, end)
}

func consentRevoke(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	return cmdkit.With(c, deploy.HealthConsent, contractABI(), func(tx *cmdkit.Tx) error {
		hc, err := healthconsent.NewHealthConsentCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		if cs, err := hc.Consent(cmdkit.CallOpts(c), id); err == nil && cs.RevokedAt != 0 && cs.Patient == tx.Sender.From() {
			return tx.NothingSent(c, fmt.Sprintf("consent #%s is revoked already", id), map[string]any{"consent": id})
		}
		return tx.Send(c, fmt.Sprintf("revoke consent #%s", id), "revokeConsent", id)
	})
}

// patientArg is the optional PATIENT argument, or the --from account.
func patientArg(c *cli.Context, g *cmdkit.Globals) (common.Address, error) {
	if err := cmdkit.CheckArgs(c, "[PATIENT]"); err != nil {
		return common.Address{}, err
	}
	switch {
	case c.NArg() > 1:
		return common.Address{}, cmdkit.Usagef("give one PATIENT, got %d arguments", c.NArg())
	case c.NArg() == 1:
		return cmdkit.AddressArg(c, "PATIENT")
	case g.Account.From != (common.Address{}):
		return g.Account.From, nil
	case g.Account.Keystore != "":
		// The patient's own key: its address, read without unlocking it.
		if file, err := wallet.FindKeyFile(g.Account.Keystore, common.Address{}); err == nil {
			return wallet.KeyFileAddress(file)
		}
	}
	return common.Address{}, cmdkit.Usagef("give the PATIENT's address, or --from")
}

// listOfPatient is the shape of the patient's lists: read rows for PATIENT (or --from), print
// them as JSON, or say none with empty, or as a table with header and row.
func listOfPatient[T any](c *cli.Context, read func(*View, common.Address) ([]T, error), empty string, header []any, row func(T) []any) error {
	r, v, err := openView(c)
	if err != nil {
		return err
	}
	defer r.Close()
	patient, err := patientArg(c, r.G)
	if err != nil {
		return err
	}
	rows, err := read(v, patient)
	if err != nil {
		return err
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, rows)
	}
	if len(rows) == 0 {
		_, err := fmt.Fprintf(c.App.Writer, empty+"\n", patient.Hex())
		return err
	}
	var t cmdkit.Table
	t.Add(header...)
	for _, x := range rows {
		t.Add(row(x)...)
	}
	return t.Write(c.App.Writer)
}

func consentList(c *cli.Context) error {
	return listOfPatient(c, func(v *View, p common.Address) ([]Consent, error) { return v.Consents(c.Context, p, time.Now()) },
		"%s has granted no consent.", []any{"ID", "GRANTEE", "HOLDER", "SCOPE", "PURPOSE", "UNTIL", "STATUS"},
		func(cs Consent) []any {
			return []any{cs.ID, cs.Grantee.Hex(), cs.Holder.Hex(), cs.Scope(), cs.Purpose, cs.ExpiresAt.In(seoul).Format("2006-01-02 15:04"), cs.Status}
		})
}

func access(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "RECORD"); err != nil {
		return err
	}
	record, err := RecordHash(c.Args().First())
	if err != nil {
		return cmdkit.Usagef("%w", err)
	}
	holder, err := cmdkit.AddressFlag(c, HolderFlag)
	if err != nil {
		return err
	}
	var consent *big.Int
	var reason uint16
	switch cs, em := c.String(ConsentFlag.Name), c.String(EmergencyFlag.Name); {
	case cs != "" && em != "":
		return cmdkit.Usagef("give --consent or --emergency, not both")
	case em != "":
		if reason, err = ParseReason(em); err != nil {
			return err
		}
	case cs != "":
		var ok bool
		if consent, ok = new(big.Int).SetString(cs, 10); !ok || consent.Sign() <= 0 {
			return cmdkit.Usagef("--consent %q: want a consent's ID (1, 2, …; see health consent list PATIENT)", cs)
		}
	}
	return cmdkit.With(c, deploy.HealthConsent, contractABI(), func(tx *cmdkit.Tx) error {
		if reason != 0 {
			return tx.Send(c, fmt.Sprintf("break the glass on record %s of %s (%s)", record.Hex(), holder.Hex(), name(Reasons, uint64(reason))),
				"breakGlass", holder, record, reason)
		}
		me := tx.Sender.From()
		if consent == nil {
			v, err := NewView(tx.To, tx.EC)
			if err != nil {
				return err
			}
			if consent, err = v.FindConsent(c.Context, me, holder, record); err != nil {
				return err
			}
		}
		return tx.Send(c, fmt.Sprintf("log access to record %s of %s under consent #%s", record.Hex(), holder.Hex(), consent),
			"logAccess", holder, record, me, consent)
	})
}

func accessLog(c *cli.Context) error {
	return listOfPatient(c, func(v *View, p common.Address) ([]Access, error) { return v.AccessLog(c.Context, p) },
		"No access to the records of %s is logged.", []any{"TIME (KST)", "ACCESSOR", "ROLE", "RECORD", "CATEGORY", "HOLDER", "UNDER"},
		func(a Access) []any {
			under := fmt.Sprintf("consent #%d", a.Consent)
			if a.Consent == 0 {
				under = "EMERGENCY: " + a.Emergency
			}
			return []any{a.Time.In(seoul).Format("2006-01-02 15:04:05"), a.Accessor.Hex(), a.Role, a.Record.Hex(), a.Category, a.Holder.Hex(), under}
		})
}
