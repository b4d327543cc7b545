package fund

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/fundledger"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/feepolicy"
	"github.com/seoulchain/seoulchain/internal/problems"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
	"github.com/seoulchain/seoulchain/services/krw"
)

// DonationGas is about what one donation of a batch costs (the receipt's slot, its event):
// the bulk sender's fallback when it cannot measure a batch.
const DonationGas = 32_000

// DonationBatchGas bounds the gas of a donateBatch of n donations: DonationGas each (a
// little over the 28.7k measured, bench BenchmarkFundDonations) and the call's own cost
// (about 122k with the KRW transfer).
func DonationBatchGas(n int) uint64 { return donationBatchBase + uint64(n)*DonationGas }

const donationBatchBase = 150_000

// DonationsPerBatchAt is how many donations go in one of the relayer's donateBatch jobs so
// that whole batches fill a block of blockGasLimit (bulk.Fill), as the mileage route cuts
// its credits, and how many such batches a block takes: a batch's gas used taken as
// DonationBatchGas, its gas limit that and marginPercent (the margin the relayer's
// transaction manager adds to the estimate it makes; 0: its default), within
// bulk.DefaultMaxBytes of calldata and at most maxRecords (if set) and MaxDonationBatch.
// With a larger margin than planned for, the last batch of a block's worth would not fit
// what the others leave, and would wait a block with every later batch of its key.
func DonationsPerBatchAt(blockGasLimit uint64, maxRecords int, marginPercent uint64) (n, perBlock int) {
	if marginPercent == 0 {
		marginPercent = feepolicy.DefaultGasMarginPercent
	}
	most := MaxDonationBatch
	if maxRecords > 0 {
		most = min(most, maxRecords)
	}
	// A donation's calldata is the same size whatever its values.
	a := ledgerABI()
	if n, err := bulk.PerBytes(bulk.DefaultMaxBytes, func(n int) ([]byte, error) {
		blank := make([]fundledger.FundLedgerDonation, n)
		for i := range blank {
			blank[i].Amount = new(big.Int)
		}
		return a.Pack("donateBatch", new(big.Int), blank)
	}); err == nil {
		most = min(most, n)
	}
	limit := func(n int) uint64 { return feepolicy.WithMargin(DonationBatchGas(n), marginPercent) }
	return bulk.Fill(blockGasLimit, 0, most, DonationBatchGas, limit)
}

// MaxDonationBatch caps --batch-size and the relayer's donation_batch: above what a block
// of the devnet's gas limit holds (some 900), so the block, not the cap, cuts.
const MaxDonationBatch = 2000

// Donation is one line of a donations file.
type Donation struct {
	Line    int
	Receipt common.Hash
	Amount  *big.Int
}

// ErrDonationFile: a donations file with problems; nothing was sent.
var ErrDonationFile = errors.New("donations file refused; nothing sent")

// ReadDonations reads lines "receipt,amount" (a header line is allowed) and lists every
// problem by line: a bad amount, an empty receipt, a receipt repeated in the file.
func ReadDonations(r io.Reader) ([]Donation, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	var entries []DonationEntry
	for n := 1; ; n++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrDonationFile, err)
		}
		if n == 1 && len(rec) > 0 && strings.EqualFold(strings.TrimSpace(rec[0]), "receipt") {
			continue
		}
		e := DonationEntry{Line: n, Where: fmt.Sprintf("line %d", n), Fields: len(rec)}
		if len(rec) == 2 {
			e.Receipt, e.Amount = rec[0], rec[1]
		}
		entries = append(entries, e)
	}
	return CheckDonations("", entries)
}

// DonationEntry is one donation as written: a line of a file, an entry of a JSON body.
type DonationEntry struct {
	Line            int    // the file's line, 0 for JSON
	Where           string // "line 3", "donations[2]"
	Fields          int    // a CSV line's fields (it wants 2); 0 for JSON
	Receipt, Amount string
}

// CheckDonations parses entries and lists every problem by its place (named by file,
// "" for ReadDonations' plain list): a bad amount, an empty receipt, a receipt repeated.
func CheckDonations(file string, entries []DonationEntry) ([]Donation, error) {
	var out []Donation
	var probs []problems.Problem
	add := func(where, format string, args ...any) {
		probs = append(probs, problems.Problem{Where: where, What: fmt.Sprintf(format, args...)})
	}
	seen := map[common.Hash]string{}
	for _, e := range entries {
		if e.Fields != 0 && e.Fields != 2 {
			add(e.Where, "want 2 fields (receipt,amount), got %d", e.Fields)
			continue
		}
		ref, err := Ref(e.Receipt)
		if err != nil {
			add(e.Where+" receipt", "%v", err)
			continue
		}
		amt, err := amount.Parse(strings.TrimSpace(e.Amount), krw.Decimals)
		if err != nil || amt.Sign() == 0 {
			add(e.Where+" amount", "%q: want a positive number of won", e.Amount)
			continue
		}
		if first, ok := seen[ref]; ok {
			add(e.Where+" receipt", "repeats %s", first)
			continue
		}
		seen[ref] = e.Where
		out = append(out, Donation{Line: e.Line, Receipt: ref, Amount: amt})
	}
	if len(probs) > 0 {
		if file != "" {
			return nil, &problems.FileError{File: file, Kind: ErrDonationFile, Problems: probs, Outcome: "nothing accepted"}
		}
		lines := make([]string, len(probs))
		for i, p := range probs {
			lines[i] = p.Where + ": " + p.What
		}
		return nil, fmt.Errorf("%w:\n  %s", ErrDonationFile, strings.Join(lines, "\n  "))
	}
	if len(out) == 0 {
		if file != "" {
			return nil, &problems.FileError{File: file, Kind: ErrDonationFile, Outcome: "nothing accepted",
				Problems: []problems.Problem{{Where: file, What: "no donations in it"}}}
		}
		return nil, fmt.Errorf("%w: no donations in it", ErrDonationFile)
	}
	return out, nil
}

// Entries are donations as donateBatch takes them.
func Entries(ds []Donation) []fundledger.FundLedgerDonation {
	out := make([]fundledger.FundLedgerDonation, len(ds))
	for i, d := range ds {
		out[i] = fundledger.FundLedgerDonation{Receipt: d.Receipt, Amount: d.Amount}
	}
	return out
}

// DonationWork is the bulk work of posting donations to fund: records keyed by receipt, a
// batch one donateBatch, and the receipts the fund had before read from DonationSkipped.
// The relayer's donation route sends the same work.
func DonationWork(ledger common.Address, fund *big.Int, ds []Donation) bulk.Work[Donation] {
	a := ledgerABI()
	f, _ := fundledger.NewFundLedgerFilterer(common.Address{}, nil)
	return bulk.Work[Donation]{
		Name: "donations", To: ledger, Records: ds, GasPerRecord: DonationGas,
		ID:   func(d Donation) string { return d.Receipt.Hex() },
		Pack: func(b []Donation) ([]byte, error) { return a.Pack("donateBatch", fund, Entries(b)) },
		Skipped: func(logs []*types.Log, _ common.Address) map[string]bool {
			out := map[string]bool{}
			for _, l := range logs {
				if ev, err := f.ParseDonationSkipped(*l); err == nil && l.Address == ledger && ev.Fund.Cmp(fund) == 0 {
					out[common.Hash(ev.Receipt).Hex()] = true
				}
			}
			return out
		},
	}
}

func donate(c *cli.Context) error {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return err
	}
	if path := c.String(CSVFlag.Name); path != "" {
		if c.IsSet(ReceiptFlag.Name) || c.IsSet(AmountFlag.Name) {
			return cmdkit.Usagef("--csv takes the receipts and amounts from the file: drop --receipt and --amount")
		}
		return donateFile(c, id, path)
	}
	text, err := cmdkit.RequireFlag(c, ReceiptFlag)
	if err != nil {
		return err
	}
	receipt, err := Ref(text)
	if err != nil {
		return cmdkit.Usagef("--receipt: %w", err)
	}
	amt, err := wonFlag(c, AmountFlag)
	if err != nil {
		return err
	}
	return cmdkit.With(c, deploy.FundLedger, ledgerABI(), func(tx *cmdkit.Tx) error {
		led, err := fundledger.NewFundLedgerCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		prev, err := led.ReceiptOf(cmdkit.CallOpts(c), id, receipt)
		if err != nil {
			return fmt.Errorf("read receipt %s: %w", receipt.Hex(), err)
		}
		switch {
		case prev.Fund != 0 && prev.Amount.Cmp(amt) == 0:
			return tx.NothingSent(c, fmt.Sprintf("The donation with receipt %s (%s won) is already recorded in fund %s", receipt.Hex(), amount.Format(amt, 0), id),
				map[string]any{"receipt": receipt, "fund": id.String()})
		case prev.Fund != 0:
			return cmdkit.Usagef("receipt %s is recorded already in fund %s for %s won (FundDuplicateReceipt): a receipt names one donation in a fund; nothing sent",
				receipt.Hex(), id, amount.Format(prev.Amount, 0))
		}
		if err := requireCollector(c, led, id, tx.Sender.From()); err != nil {
			return err
		}
		if done, err := approveShort(c, tx, amt, "donation"); done || err != nil {
			return err
		}
		return tx.Send(c, fmt.Sprintf("donate %s won to fund %s under receipt %s", amount.Format(amt, 0), id, receipt.Hex()), "donateBatch", id,
			[]fundledger.FundLedgerDonation{{Receipt: receipt, Amount: amt}})
	})
}

func donateFile(c *cli.Context, id *big.Int, path string) error {
	if err := bulk.CheckInFlight(c); err != nil {
		return err
	}
	if n := c.Int(BatchSizeFlag.Name); c.IsSet(BatchSizeFlag.Name) && (n < 1 || n > MaxDonationBatch) {
		return cmdkit.Usagef("--batch-size %d: want 1 to 2,000 donations per transaction (or leave it out: as many as fill a block)", n)
	}
	f, err := os.Open(path)
	if err != nil {
		return cmdkit.Usagef("--csv: %v", err)
	}
	ds, err := ReadDonations(f)
	f.Close()
	if err != nil {
		return &cmdkit.UsageError{Err: fmt.Errorf("%s: %w", path, err)}
	}
	return cmdkit.With(c, deploy.FundLedger, ledgerABI(), func(tx *cmdkit.Tx) error {
		led, err := fundledger.NewFundLedgerCaller(tx.To, tx.EC)
		if err != nil {
			return err
		}
		if err := requireCollector(c, led, id, tx.Sender.From()); err != nil {
			return err
		}
		var todo []Donation
		need := new(big.Int)
		for _, d := range ds {
			prev, err := led.ReceiptOf(cmdkit.CallOpts(c), id, d.Receipt)
			if err != nil {
				return fmt.Errorf("read receipt of line %d: %w", d.Line, err)
			}
			switch {
			case prev.Fund == 0:
				todo = append(todo, d)
				need.Add(need, d.Amount)
			case prev.Amount.Cmp(d.Amount) != 0:
				return &cmdkit.UsageError{Err: fmt.Errorf("%s line %d: receipt %s is recorded already in fund %s for %s won; nothing sent",
					path, d.Line, d.Receipt.Hex(), id, amount.Format(prev.Amount, 0))}
			}
		}
		already := len(ds) - len(todo)
		if len(todo) == 0 {
			return tx.NothingSent(c, fmt.Sprintf("All %s in %s are already recorded", outcome.Plural(len(ds), "donation", "donations"), path),
				map[string]any{"donations": len(ds), "alreadyRecorded": already})
		}
		// A dry run ends below either way: the batches are not simulated.
		if _, err := approveShort(c, tx, need, ""); err != nil {
			return err
		}
		if c.Bool(cmdkit.DryRunFlag.Name) {
			return cmdkit.Note(c, fmt.Sprintf("Dry run: %s (%s won) would be posted; %d already recorded. Nothing sent.",
				outcome.Plural(len(todo), "donation", "donations"), amount.Format(need, 0), already))
		}
		dir := c.String(ProgressDirFlag.Name)
		if dir == "" {
			dir = fmt.Sprintf("%s.progress-%s", path, id)
		}
		cfg, closeNodes := bulk.CommandConfig(c, tx, dir)
		defer closeNodes()
		cfg.MaxRecords = c.Int(BatchSizeFlag.Name)
		res, err := bulk.Send(c.Context, tx.EC, cfg, DonationWork(tx.To, id, todo))
		if res == nil {
			return err
		}
		if err != nil {
			return fmt.Errorf("%w; %d posted before it stopped. Run the same command again to send the rest: nothing is recorded twice", err, res.Sent)
		}
		if tx.G.JSON {
			if err := cmdkit.PrintJSON(c.App.Writer, map[string]any{"posted": res.Sent, "alreadyRecorded": already + res.Skipped, "failed": res.Failed,
				"gasUsed": res.GasUsed, "transactions": res.Txs, "nodes": res.Nodes}); err != nil {
				return err
			}
		} else {
			fmt.Fprintf(c.App.Writer, "Posted %d of %s in %s to fund %s in %s.\n", res.Sent, outcome.Plural(len(ds), "donation", "donations"), path, id,
				outcome.Plural(res.Batches, "transaction", "transactions"))
			if n := already + res.Skipped; n > 0 {
				fmt.Fprintf(c.App.Writer, "%s already recorded and not posted again.\n", outcome.Plural(n, "donation was", "donations were"))
			}
			fmt.Fprint(c.App.Writer, res.Summary("donation", "donations"))
		}
		if len(res.Failed) > 0 {
			return fmt.Errorf("%s not posted (reasons above); fix the cause and run the same command again", outcome.Plural(len(res.Failed), "donation was", "donations were"))
		}
		return nil
	})
}

// requireCollector refuses, before anything is sent, a key that is not a registered
// collector of the fund: the ledger would refuse its donations (FundNotCollector).
func requireCollector(c *cli.Context, led *fundledger.FundLedgerCaller, id *big.Int, who common.Address) error {
	ok, err := led.IsCollector(cmdkit.CallOpts(c), id, who)
	if err != nil {
		return fmt.Errorf("read the collectors of fund %s: %w", id, err)
	}
	if !ok {
		return fmt.Errorf("%s is not a registered collector of fund %s (FundNotCollector); nothing sent. "+
			"Donors give through a collecting system; the fund's supervisor registers one with 'seoulchain fund collector add %s %s'", who.Hex(), id, id, who.Hex())
	}
	return nil
}
