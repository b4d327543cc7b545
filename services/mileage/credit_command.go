package mileage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/amount"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/problems"
	"github.com/seoulchain/seoulchain/internal/txsend"
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
	if err := CheckBatchSize(size); err != nil {
		return cmdkit.Usagef("--batch-size: %v", err)
	}
	credits, err := ReadCredits(path)
	if err != nil {
		return &cmdkit.UsageError{Err: err}
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
			return cmdkit.NothingSent(c, tc.G, fmt.Sprintf("All %d credits in %s were already credited", len(credits), path),
				map[string]any{"credits": len(credits), "alreadyCredited": already})
		}
		if need.Cmp(p.RemainingBudget) > 0 {
			return fmt.Errorf("program %d (%q) has %s S-Coin of budget left; the %d credits still to send need %s. Nothing sent; a program manager raises it with 'seoulchain mileage program update %d --budget AMOUNT'",
				prog, p.Name, amount.Format(p.RemainingBudget, 0), len(todo), amount.Format(need, 0), prog)
		}

		batches := Batches(todo, size)
		a := scoinABI()
		if c.Bool(cmdkit.DryRunFlag.Name) {
			var gas uint64
			for i, b := range batches {
				g, err := tc.Sender.Simulate(c.Context, txsend.Candidate{To: &addr, Data: cmdkit.MustPack(a, "creditBatch", prog, Entries(b))})
				if err != nil {
					return fmt.Errorf("batch %d (lines %d-%d): %w", i+1, b[0].Line, b[len(b)-1].Line, cmdkit.ExplainRevert(err))
				}
				gas += g
			}
			if tc.G.JSON {
				return cmdkit.PrintJSON(c.App.Writer, map[string]any{"dryRun": true, "credits": len(todo), "alreadyCredited": already, "batches": len(batches), "gas": gas})
			}
			_, err := fmt.Fprintf(c.App.Writer, "Dry run: %d credits (%s S-Coin) in %d batch(es) would succeed (gas %d); %d already credited. Nothing sent.\n",
				len(todo), amount.Format(need, 0), len(batches), gas, already)
			return err
		}

		bar := newProgress(c.App.ErrWriter, len(todo))
		var credited, skipped int
		total := new(big.Int)
		var txs []common.Hash
		for i, b := range batches {
			r, err := tc.Sender.Send(c.Context, txsend.Candidate{To: &addr, Data: cmdkit.MustPack(a, "creditBatch", prog, Entries(b))})
			if err != nil {
				bar.done()
				return fmt.Errorf("batch %d of %d (lines %d-%d): %w; %d credited before it. Run the same command again to send the rest: nothing is credited twice",
					i+1, len(batches), b[0].Line, b[len(b)-1].Line, cmdkit.ExplainRevert(err), credited)
			}
			txs = append(txs, r.TxHash)
			for _, ev := range r.Events {
				switch ev.Name {
				case "Credited":
					credited++
					for _, f := range ev.Fields {
						if f.Name == "amount" {
							v, _ := new(big.Int).SetString(f.Value, 10)
							total.Add(total, v)
						}
					}
				case "CreditSkipped":
					skipped++
				}
			}
			bar.advance(len(b))
		}
		bar.done()
		if tc.G.JSON {
			return cmdkit.PrintJSON(c.App.Writer, map[string]any{"credited": credited, "amount": total.String(), "alreadyCredited": already + skipped, "transactions": txs})
		}
		fmt.Fprintf(c.App.Writer, "Credited %d of %d records in %s (%s S-Coin) in %d transaction(s).\n", credited, len(credits), path, amount.Format(total, 0), len(txs))
		if already+skipped > 0 {
			fmt.Fprintf(c.App.Writer, "%d were already credited and were not credited again.\n", already+skipped)
		}
		return nil
	})
}

// recordsCredited asks the contract, in JSON-RPC batches, which of issuer's records it has
// credited: a resumed file is sent by the same key, so those are the ones to skip.
func recordsCredited(ctx context.Context, rc *rpc.Client, addr common.Address, prog uint32, issuer common.Address, credits []Credit) ([]bool, error) {
	const perBatch = 500
	a := scoinABI()
	out := make([]bool, len(credits))
	for start := 0; start < len(credits); start += perBatch {
		end := min(start+perBatch, len(credits))
		elems := make([]rpc.BatchElem, end-start)
		results := make([]hexutil.Bytes, end-start)
		for i := range elems {
			data := cmdkit.MustPack(a, "recordCredited", prog, issuer, credits[start+i].RecordID)
			elems[i] = rpc.BatchElem{
				Method: "eth_call",
				Args:   []any{map[string]any{"to": addr, "data": hexutil.Bytes(data)}, "latest"},
				Result: &results[i],
			}
		}
		if err := rc.BatchCallContext(ctx, elems); err != nil {
			return nil, fmt.Errorf("ask which records are credited: %w", err)
		}
		for i, e := range elems {
			if e.Error != nil {
				return nil, fmt.Errorf("ask whether record %d is credited: %w", credits[start+i].RecordID, e.Error)
			}
			out[start+i] = len(results[i]) == 32 && results[i][31] == 1
		}
	}
	return out, nil
}

// progress draws a bar on a terminal and nothing elsewhere (a script's log stays clean).
type progress struct {
	w          io.Writer
	total, now int
}

func newProgress(w io.Writer, total int) *progress {
	if f, ok := w.(*os.File); !ok || !cmdkit.IsTerminal(f) {
		w = nil
	}
	p := &progress{w: w, total: total}
	p.draw()
	return p
}

func (p *progress) advance(n int) {
	p.now += n
	p.draw()
}

func (p *progress) draw() {
	if p.w == nil || p.total == 0 {
		return
	}
	const width = 30
	filled := p.now * width / p.total
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d credits", strings.Repeat("=", filled), strings.Repeat(" ", width-filled), p.now, p.total)
}

func (p *progress) done() {
	if p.w != nil {
		fmt.Fprintln(p.w)
	}
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
