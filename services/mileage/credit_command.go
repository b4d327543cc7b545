package mileage

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/problems"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
	"github.com/seoulchain/seoulchain/services/internal/viewbatch"
)

func mileageCredit(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	prog, err := programID(c)
	if err != nil {
		return err
	}
	if c.IsSet(CreditCSVFlag.Name) {
		for _, f := range []string{CitizenFlag.Name, PointsFlag.Name, RecordFlag.Name} {
			if c.IsSet(f) {
				return cmdkit.Usagef("--%s is for one credit; with --csv every credit comes from the file", f)
			}
		}
		return mileageCreditFile(c, prog)
	}
	to, err := cmdkit.AddressFlag(c, CitizenFlag)
	if err != nil {
		return err
	}
	if to == (common.Address{}) {
		return cmdkit.Usagef("--to: the zero address cannot be credited")
	}
	amt, err := parsePoints(c, PointsFlag)
	if err != nil {
		return err
	}
	if amt.Cmp(MaxEpochAmount) > 0 {
		return cmdkit.Usagef("--amount: %s is more than one credit can hold (%s)", amount.Format(amt, 0), amount.Format(MaxEpochAmount, 0))
	}
	recordStr, err := cmdkit.RequireFlag(c, RecordFlag)
	if err != nil {
		return err
	}
	record, err := ParseRecordID(recordStr)
	if err != nil {
		return cmdkit.Usagef("--record: %w", err)
	}
	return withSCoin(c, func(tc *cmdkit.Tx, view *scoin.SCoinCaller) error {
		addr := tc.To
		// Records are the issuer's: this key's record, not another issuer's with the same number.
		issuer := tc.Sender.From()
		done, err := view.RecordCredited(cmdkit.CallOpts(c), prog, issuer, record)
		if err != nil {
			return fmt.Errorf("read record %d of program %d: %w", record, prog, err)
		}
		if done {
			prev, err := findCredit(c.Context, tc, addr, prog, issuer, to, record)
			if err != nil {
				return err
			}
			if prev == nil {
				return fmt.Errorf("record %d of program %d was already credited by %s to another citizen; nothing sent", record, prog, issuer.Hex())
			}
			if prev.Amount.Cmp(amt) != 0 {
				return fmt.Errorf("record %d of program %d was already credited: %s S-Coin to %s in tx %s; this command asks for %s. Nothing sent",
					record, prog, amount.Format(prev.Amount, 0), to.Hex(), prev.Raw.TxHash.Hex(), amount.Format(amt, 0))
			}
			return cmdkit.NothingSent(c, tc.G, fmt.Sprintf("Record %d of program %d was already credited (%s S-Coin to %s, tx %s, block %d)",
				record, prog, amount.Format(amt, 0), to.Hex(), prev.Raw.TxHash.Hex(), prev.Raw.BlockNumber), map[string]any{"tx": prev.Raw.TxHash})
		}
		return tc.Send(c, fmt.Sprintf("credit %s S-Coin to %s for record %d of program %d", amount.Format(amt, 0), to.Hex(), record, prog), "credit", prog, to, amt, record)
	})
}

// findCredit finds the Credited event of an issuer's record to a citizen (the record ID is
// not an indexed topic; the program, citizen and issuer are).
func findCredit(ctx context.Context, tc *cmdkit.Tx, addr common.Address, prog uint32, issuer, to common.Address, record uint64) (*scoin.SCoinCredited, error) {
	f, err := scoin.NewSCoinFilterer(addr, tc.EC)
	if err != nil {
		return nil, err
	}
	it, err := f.FilterCredited(&bind.FilterOpts{Context: ctx}, []uint32{prog}, []common.Address{to}, []common.Address{issuer})
	if err != nil {
		return nil, fmt.Errorf("search Credited events: %w", err)
	}
	defer it.Close()
	for it.Next() {
		if it.Event.RecordId == record {
			return it.Event, nil
		}
	}
	return nil, it.Error()
}

func mileageCreditFile(c *cli.Context, prog uint32) error {
	path := c.String(CreditCSVFlag.Name)
	size := c.Int(BatchSizeFlag.Name)
	if c.IsSet(BatchSizeFlag.Name) {
		if err := CheckBatchSize(size); err != nil {
			return cmdkit.Usagef("--batch-size: %v", err)
		}
	}
	if err := bulk.CheckInFlight(c); err != nil {
		return err
	}
	var credits []Credit
	var repeats []Repeat
	var err error
	if c.Bool(SkipDuplicatesFlag.Name) {
		credits, repeats, err = ReadCreditsSkippingRepeats(path)
	} else {
		credits, err = ReadCredits(path)
	}
	if err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	if len(repeats) > 0 && !c.Bool(cmdkit.JSONFlag.Name) {
		fmt.Fprintln(c.App.Writer, repeatsLine(repeats))
	}
	return withSCoin(c, func(tc *cmdkit.Tx, view *scoin.SCoinCaller) error {
		addr := tc.To
		// Everything the contract would refuse is found before the first transaction.
		p, err := CheckProgram(c.Context, view, prog, tc.Sender.From())
		switch {
		case errors.Is(err, ErrNoProgram):
			return cmdkit.Usagef("--program: %w", err)
		case err != nil:
			return fmt.Errorf("%w. Nothing sent", err)
		}
		toMerchants, err := ToMerchants(c.Context, view, credits)
		if err != nil {
			return err
		}
		ps := &problems.List{File: path, Kind: ErrCreditFile}
		for _, i := range toMerchants {
			ps.Add(fmt.Sprintf("line %d citizen", credits[i].Line), "%s is a merchant; merchants cannot be credited", credits[i].Citizen.Hex())
		}
		if err := ps.Err(); err != nil {
			return &cmdkit.UsageError{Err: err}
		}
		done, err := recordsCredited(c.Context, tc.RC, addr, prog, tc.Sender.From(), credits)
		if err != nil {
			return err
		}
		var todo []Credit
		need := new(big.Int)
		for i, cr := range credits {
			if !done[i] {
				todo = append(todo, cr)
				need.Add(need, cr.Amount)
			}
		}
		already := len(credits) - len(todo)
		if len(todo) == 0 {
			what := fmt.Sprintf("All %d credits in %s were already credited", len(credits), path)
			if len(credits) == 1 {
				what = fmt.Sprintf("The 1 credit in %s was already credited", path)
			}
			return cmdkit.NothingSent(c, tc.G, what, map[string]any{"credits": len(credits), "alreadyCredited": already, "repeatedLines": repeats})
		}
		if need.Cmp(p.RemainingBudget) > 0 {
			return fmt.Errorf("program %d (%q) has %s S-Coin of budget left; the %s still to send %s %s. Nothing sent; a program manager raises it with 'seoulchain mileage program update %d --budget AMOUNT'",
				prog, p.Name, amount.Format(p.RemainingBudget, 0), outcome.Plural(len(todo), "credit", "credits"), outcome.Word(len(todo), "needs", "need"), amount.Format(need, 0), prog)
		}

		if c.Bool(cmdkit.DryRunFlag.Name) {
			head, err := tc.EC.HeaderByNumber(c.Context, nil)
			if err != nil {
				return err
			}
			batches, err := CreditBatches(prog, todo, head.GasLimit, size)
			if err != nil {
				return err
			}
			a := scoinABI()
			var gas uint64
			for i, b := range batches {
				g, err := tc.Sender.Simulate(c.Context, txsend.Candidate{To: &addr, Data: cmdkit.MustPack(a, "creditBatch", prog, Entries(b))})
				if err != nil {
					return fmt.Errorf("batch %d (lines %d-%d): %w", i+1, b[0].Line, b[len(b)-1].Line, cmdkit.ExplainRevert(err))
				}
				gas += g
			}
			if tc.G.JSON {
				return cmdkit.PrintJSON(c.App.Writer, map[string]any{"dryRun": true, "credits": len(todo), "alreadyCredited": already, "batches": len(batches), "gas": gas, "repeatedLines": repeats})
			}
			_, err = fmt.Fprintf(c.App.Writer, "Dry run: %s (%s S-Coin) in %s would succeed (gas %d); %d already credited. Nothing sent.\n",
				outcome.Plural(len(todo), "credit", "credits"), amount.Format(need, 0), outcome.Plural(len(batches), "batch", "batches"), gas, already)
			return err
		}

		// Sent from the command's key alone: S-Coin keys records by issuer, so the key that
		// sent a record before is the one whose retry the contract skips.
		cfg, closeNodes := bulk.CommandConfig(c, tc, progressDir(c, path, prog, tc.Sender.From()))
		defer closeNodes()
		cfg.MaxRecords = size
		res, err := bulk.Send(c.Context, tc.EC, cfg, CreditWork(addr, prog, todo))
		if res == nil {
			return err
		}
		if err != nil {
			return fmt.Errorf("%w; %d credited before it stopped. Run the same command again to send the rest: the batches in flight are followed from %s and nothing is credited twice",
				err, res.Sent, progressDir(c, path, prog, tc.Sender.From()))
		}
		// The amount credited: what was to send, less what the contract skipped or refused.
		credited := Sum(todo)
		byID := map[string]*big.Int{}
		for _, cr := range todo {
			byID[strconv.FormatUint(cr.RecordID, 10)] = cr.Amount
		}
		for _, id := range res.SkippedIDs {
			credited.Sub(credited, byID[id])
		}
		for _, f := range res.Failed {
			credited.Sub(credited, byID[f.ID])
		}
		if tc.G.JSON {
			if err := cmdkit.PrintJSON(c.App.Writer, map[string]any{"credited": res.Sent, "amount": amount.Value{Units: credited}, "unit": Unit, "alreadyCredited": already + res.Skipped,
				"failed": res.Failed, "gasUsed": res.GasUsed, "seconds": res.Elapsed.Seconds(), "transactions": res.Txs, "repeatedLines": repeats, "nodes": res.Nodes}); err != nil {
				return err
			}
		} else {
			fmt.Fprintf(c.App.Writer, "Credited %d of %s in %s (%s S-Coin) in %s.\n", res.Sent, outcome.Plural(len(credits), "record", "records"), path, amount.Format(credited, 0),
				outcome.Plural(res.Batches, "transaction", "transactions"))
			if n := already + res.Skipped; n > 0 {
				fmt.Fprintf(c.App.Writer, "%s already credited and not credited again.\n", outcome.Plural(n, "record was", "records were"))
			}
			fmt.Fprint(c.App.Writer, res.Summary("credit", "credits"))
		}
		if len(res.Failed) > 0 {
			return fmt.Errorf("%s not credited (reasons above); the others were. Fix the cause and run the same command again: only those are sent",
				outcome.Plural(len(res.Failed), "record was", "records were"))
		}
		return nil
	})
}

// CreditWork is the bulk work of crediting credits in program: records keyed by record
// ID, a batch one creditBatch, and the records a batch's key (their issuer) had credited
// before read from its CreditSkipped events. The relayer's credit route cuts its batches
// by the same rules (CreditBatches).
func CreditWork(scoinAddr common.Address, program uint32, credits []Credit) bulk.Work[Credit] {
	a := scoinABI()
	f, _ := scoin.NewSCoinFilterer(common.Address{}, nil)
	return bulk.Work[Credit]{
		Name: "credits", To: scoinAddr, Records: credits, GasPerRecord: CreditGas,
		ID:   func(c Credit) string { return strconv.FormatUint(c.RecordID, 10) },
		Pack: func(cs []Credit) ([]byte, error) { return a.Pack("creditBatch", program, Entries(cs)) },
		Skipped: func(logs []*types.Log, key common.Address) map[string]bool {
			out := map[string]bool{}
			for _, l := range logs {
				if ev, err := f.ParseCreditSkipped(*l); err == nil && l.Address == scoinAddr && ev.Issuer == key {
					out[strconv.FormatUint(ev.RecordId, 10)] = true
				}
			}
			return out
		},
	}
}

// progressDir is where an import's progress is journaled: --progress-dir, or beside the
// file, one per program and issuer (the same file sent by another key is other work).
func progressDir(c *cli.Context, path string, prog uint32, issuer common.Address) string {
	if d := c.String(ProgressDirFlag.Name); d != "" {
		return d
	}
	return fmt.Sprintf("%s.progress-%d-%s", path, prog, strings.ToLower(issuer.Hex()[2:10]))
}

// repeatsLine reports the lines --skip-duplicates left out.
func repeatsLine(repeats []Repeat) string {
	var where []string
	for _, r := range repeats {
		where = append(where, fmt.Sprintf("line %d (record %d, as on line %d)", r.Line, r.RecordID, r.FirstLine))
	}
	return fmt.Sprintf("Skipped %s repeating an earlier line: %s.", outcome.Plural(len(repeats), "line", "lines"), strings.Join(where, ", "))
}

// recordsCredited asks the contract, in JSON-RPC batches, which of issuer's records it has
// credited: a resumed file is sent by the same key, so those are the ones to skip.
func recordsCredited(ctx context.Context, rc *rpc.Client, addr common.Address, prog uint32, issuer common.Address, credits []Credit) ([]bool, error) {
	a := scoinABI()
	answers, err := viewbatch.Call(ctx, rc, addr, len(credits), func(i int) []byte {
		return cmdkit.MustPack(a, "recordCredited", prog, issuer, credits[i].RecordID)
	})
	if err != nil {
		return nil, fmt.Errorf("ask which records are credited: %w", err)
	}
	out := make([]bool, len(credits))
	for i, ans := range answers {
		if ans.Err != nil {
			return nil, fmt.Errorf("ask whether record %d is credited: %w", credits[i].RecordID, ans.Err)
		}
		out[i] = len(ans.Data) == 32 && ans.Data[31] == 1
	}
	return out, nil
}

func mileageReport(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	r, err := cmdkit.OpenReader(c, deploy.SCoin)
	if err != nil {
		return err
	}
	defer r.Close()
	rep, err := Load(c.Context, r.EC, r.Addr, 0)
	if rep == nil {
		return err
	}
	if r.G.JSON {
		if jerr := cmdkit.PrintJSON(c.App.Writer, rep); jerr != nil {
			return jerr
		}
		return err
	}
	w := c.App.Writer
	f := func(v *big.Int) string { return amount.Format(v, 0) }
	t := &cmdkit.Table{}
	t.Add("PROGRAM", "NAME", "ISSUED", "SPENT", "REDEEMED", "EXPIRED", "OUTSTANDING", "CREDITS")
	for _, p := range rep.Programs {
		t.Add(p.ID, p.Name, f(p.Issued), f(p.Spent), f(p.Redeemed), f(p.Expired), f(p.Outstanding), p.Credits)
	}
	if err := t.Write(w); err != nil {
		return err
	}
	fmt.Fprintln(w)
	t = &cmdkit.Table{}
	t.Add("MERCHANT", "NAME", "ACTIVE", "RECEIVED", "REDEEMED", "HELD")
	for _, m := range rep.Merchants {
		t.Add(m.Address.Hex(), m.Name, m.Active, f(m.Received), f(m.Redeemed), f(m.Held))
	}
	if err := t.Write(w); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nExpired %s S-Coin, of which %s swept. Supply from events: %s S-Coin.\n", f(rep.Expired), f(rep.Swept), f(rep.Supply))
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(w, "Checked: the events add up to the contract's totalSupply and each program's issued total.")
	return err
}
