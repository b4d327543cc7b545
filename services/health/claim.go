package health

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
)

// ClaimStatuses are a claim's states, as the contract numbers them (index = code).
var ClaimStatuses = []string{"", "filed", "approved", "rejected"}

func claimCommand() *cli.Command {
	return &cli.Command{
		Name: "claim", Usage: "insurance claims: the patient files, the insurer decides once",
		Subcommands: []*cli.Command{
			{Name: "file", Usage: "file a claim with --insurer for --amount won on RECORDs (files, hashed here, or 0x… hashes)",
				ArgsUsage: "RECORD...", Flags: []cli.Flag{InsurerFlag, AmountFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
				Description: `Sent from the patient's key (--from), gasless through the relayer when one is configured.
Each record must be readable by the insurer now under your insurance consent (health consent
grant INSURER --record RECORD --purpose insurance); the consent is found on chain. Only the
records' hashes and the amount go on chain. Run again after an interruption, a claim already
filed with the same insurer, records and amount is not filed twice.`,
				Action: claimFile},
			{Name: "decide", Usage: "decide claim ID, as its insurer: --approve --paid WON --ref TEXT, or --reject",
				ArgsUsage: "ID", Flags: []cli.Flag{ApproveFlag, RejectFlag, PaidFlag, RefFlag, cmdkit.AddressBookFlag, cmdkit.DryRunFlag},
				Description: `A claim is decided once (HealthClaimAlreadyDecided). The payment reference is hashed here:
the insurer and the patient can check it against the chain; the chain never holds it.`,
				Action: claimDecide},
			{Name: "show", Usage: "show claim ID: records, amounts, decision", ArgsUsage: "ID",
				Flags: []cli.Flag{cmdkit.AddressBookFlag}, Action: claimShow},
		},
	}
}

// won reads a whole amount of won from flag f; zero is refused when positive.
func won(c *cli.Context, f *cli.StringFlag, positive bool) (*big.Int, error) {
	s, err := cmdkit.RequireFlag(c, f)
	if err != nil {
		return nil, err
	}
	v, err := amount.Parse(s, 0)
	if err != nil {
		return nil, cmdkit.Usagef("--%s: %w (whole won)", f.Name, err)
	}
	if positive && v.Sign() == 0 {
		return nil, cmdkit.Usagef("--%s 0: a claim or a payment is of at least 1 won", f.Name)
	}
	return v, nil
}

func claimFile(c *cli.Context) error {
	hashes, err := recordArgs(c, "of the claim")
	if err != nil {
		return err
	}
	records := make([][32]byte, len(hashes))
	for i, h := range hashes {
		records[i] = h
	}
	insurer, err := cmdkit.AddressFlag(c, InsurerFlag)
	if err != nil {
		return err
	}
	amt, err := won(c, AmountFlag, true)
	if err != nil {
		return err
	}
	return cmdkit.With(c, deploy.HealthConsent, contractABI(), func(tx *cmdkit.Tx) error {
		v, err := NewView(tx.To, tx.EC)
		if err != nil {
			return err
		}
		me := tx.Sender.From()
		if id, err := v.FiledClaim(c.Context, me, insurer, records, amt); err != nil {
			return err
		} else if id != 0 {
			return tx.NothingSent(c, fmt.Sprintf("claim #%d with %s for these records and %s won is filed already", id, insurer.Hex(), amount.Format(amt, 0)),
				map[string]any{"claim": id})
		}
		// A record no consent covers goes with consent zero: the contract then names the rule
		// (HealthNoConsent, HealthNotYourRecord, HealthUnknownRecord) and nothing is sent.
		consents := make([]*big.Int, len(records))
		for i, h := range records {
			if consents[i], _, err = v.FindConsentOf(c.Context, insurer, me, h); err != nil {
				return err
			}
		}
		action := fmt.Sprintf("file a claim with %s for %s won on %s", insurer.Hex(), amount.Format(amt, 0), outcome.Plural(len(records), "record", "records"))
		return tx.Send(c, action, "fileClaim", insurer, records, consents, amt)
	})
}

// PaymentRef is what goes on chain of a payment reference: its SHA-256.
func PaymentRef(text string) common.Hash { return sha256.Sum256([]byte(strings.TrimSpace(text))) }

func claimDecide(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	approve := c.Bool(ApproveFlag.Name)
	if approve == c.Bool(RejectFlag.Name) {
		return cmdkit.Usagef("give --approve (with --paid and --ref) or --reject")
	}
	paid, ref := new(big.Int), common.Hash{}
	if approve {
		if paid, err = won(c, PaidFlag, true); err != nil {
			return err
		}
		s, err := cmdkit.RequireFlag(c, RefFlag)
		if err != nil {
			return err
		}
		ref = PaymentRef(s)
	} else {
		if c.IsSet(PaidFlag.Name) {
			return cmdkit.Usagef("--paid with --reject: a rejected claim pays nothing")
		}
		if s := strings.TrimSpace(c.String(RefFlag.Name)); s != "" {
			ref = PaymentRef(s)
		}
	}
	return cmdkit.With(c, deploy.HealthConsent, contractABI(), func(tx *cmdkit.Tx) error {
		v, err := NewView(tx.To, tx.EC)
		if err != nil {
			return err
		}
		cl, err := v.Claim(c.Context, id)
		if err != nil {
			return err
		}
		decision, done := "reject", ClaimStatuses[3]
		if approve {
			decision, done = "approve", ClaimStatuses[2]
		}
		if cl.Status == done && cl.Insurer == tx.Sender.From() && cl.AmountPaid.Units.Cmp(paid) == 0 && cl.PaymentRef == ref {
			return tx.NothingSent(c, fmt.Sprintf("claim #%s is %s already, as asked", id, cl.Status), map[string]any{"claim": id})
		}
		action := fmt.Sprintf("%s claim #%s", decision, id)
		if approve {
			action += fmt.Sprintf(", paying %s of %s won (reference %s)", amount.Format(paid, 0), cl.AmountClaimed, ref.Hex())
		}
		return tx.Send(c, action, "decideClaim", id, approve, paid, ref)
	})
}

// ClaimView is one claim as `claim show --json` prints it.
type ClaimView struct {
	ID            uint64           `json:"id"`
	Patient       common.Address   `json:"patient"`
	Insurer       common.Address   `json:"insurer"`
	Records       []common.Hash    `json:"records"`
	Holders       []common.Address `json:"holders"` // of each record: where the insurer fetches it (none for claims filed before)
	AmountClaimed amount.Value     `json:"amountClaimed"`
	Status        string           `json:"status"` // filed, approved or rejected
	FiledAt       time.Time        `json:"filedAt"`
	DecidedAt     *time.Time       `json:"decidedAt,omitempty"`
	AmountPaid    amount.Value     `json:"amountPaid"`
	PaymentRef    common.Hash      `json:"paymentRef"` // SHA-256 of the reference; zero when none
}

// Claim reads claim id.
func (v *View) Claim(ctx context.Context, id *big.Int) (ClaimView, error) {
	c, err := v.HC.Claim(opts(ctx), id)
	if err != nil {
		if rev, ok := abidecode.RevertFromError(err, contractABI()); ok && rev.Name != "" {
			err = rev // HealthUnknownClaim, by name
		}
		return ClaimView{}, fmt.Errorf("read claim %s: %w", id, err)
	}
	out := ClaimView{ID: id.Uint64(), Patient: c.Patient, Insurer: c.Insurer, Records: []common.Hash{}, Holders: append([]common.Address{}, c.Holders...),
		AmountClaimed: amount.Value{Units: c.AmountClaimed}, Status: name(ClaimStatuses, uint64(c.Status)),
		FiledAt: time.Unix(int64(c.FiledAt), 0).UTC(), AmountPaid: amount.Value{Units: c.AmountPaid}, PaymentRef: c.PaymentRef}
	for _, r := range c.Records {
		out.Records = append(out.Records, r)
	}
	if c.DecidedAt != 0 {
		t := time.Unix(int64(c.DecidedAt), 0).UTC()
		out.DecidedAt = &t
	}
	return out, nil
}

// FiledClaim is the id of a claim (decided or not) patient filed with insurer for the same
// records (in any order) and amount, or zero: what makes filing again after an interruption
// safe, and the same claim twice impossible from this command.
func (v *View) FiledClaim(ctx context.Context, patient, insurer common.Address, records [][32]byte, amt *big.Int) (uint64, error) {
	it, err := v.F.FilterClaimFiled(&bind.FilterOpts{Context: ctx}, nil, []common.Address{patient}, []common.Address{insurer})
	if err != nil {
		return 0, fmt.Errorf("read the claims of %s: %w", patient.Hex(), err)
	}
	defer it.Close()
	for it.Next() {
		e := it.Event
		if e.AmountClaimed.Cmp(amt) == 0 && len(e.Records) == len(records) && !slices.ContainsFunc(records, func(h [32]byte) bool {
			return !slices.Contains(e.Records, h)
		}) {
			return e.Id.Uint64(), nil
		}
	}
	return 0, it.Error()
}

func claimShow(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	r, v, err := openView(c)
	if err != nil {
		return err
	}
	defer r.Close()
	cl, err := v.Claim(c.Context, id)
	if err != nil {
		return err
	}
	if r.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, cl)
	}
	var t cmdkit.Table
	t.Add("CLAIM", fmt.Sprintf("#%d", cl.ID))
	t.Add("STATUS", cl.Status)
	t.Add("PATIENT", cl.Patient.Hex())
	t.Add("INSURER", cl.Insurer.Hex())
	t.Add("CLAIMED (WON)", cl.AmountClaimed)
	t.Add("FILED (KST)", cl.FiledAt.In(seoul).Format("2006-01-02 15:04:05"))
	for i, h := range cl.Records {
		held := ""
		if i < len(cl.Holders) {
			held = " held by " + cl.Holders[i].Hex()
		}
		t.Add(fmt.Sprintf("RECORD %d", i+1), h.Hex()+held)
	}
	if cl.DecidedAt != nil {
		t.Add("DECIDED (KST)", cl.DecidedAt.In(seoul).Format("2006-01-02 15:04:05"))
		t.Add("PAID (WON)", cl.AmountPaid)
		if cl.PaymentRef != (common.Hash{}) {
			t.Add("PAYMENT REF (SHA-256)", cl.PaymentRef.Hex())
		}
	}
	return t.Write(c.App.Writer)
}
