package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/shopspring/decimal"

	"github.com/seoulchain/seoulchain/bindings/fundledger"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/fund"
)

// TestFundPropertyRandomSequences runs seeded random sequences of donations (single and
// batched, with repeated receipts), tranches, interest, spends (some above the approval
// threshold, some to unregistered payees, some on the admin line, some too large),
// approvals, rejections, flags, refunds, follow-ups and settlements, by random parties, over
// three funds. Refused operations must revert in simulation and change nothing. After every
// step, PER FUND: inflows = spent − refunded + balance + settled, pending ≤ balance, each
// line's use within its limit; and the ledger's KRW is the sum of the funds' balances. At
// the end the books rebuilt from the events equal the contract's state, fund by fund, line
// by line and spend by spend, and every gift's trace adds up to the gift.
func TestFundPropertyRandomSequences(t *testing.T) {
	const sequences, steps = 4, 90
	succeeded := map[string]int{}
	for seed := int64(1); seed <= sequences; seed++ {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			w := newFundWorld(t)
			ids := []*big.Int{w.create(w.terms(fund.KindDonation)), w.create(w.terms(fund.KindDonation)), w.create(w.terms(fund.KindConsignment))}
			rng := rand.New(rand.NewSource(seed))
			var receipts [][32]byte
			for step := 0; step < steps; step++ {
				name, run := w.randomOp(rng, ids, &receipts, step, steps)
				err := run()
				switch {
				case err == nil:
					succeeded[name]++
				case errors.Is(err, txsend.ErrWouldRevert):
				default:
					t.Fatalf("seed %d step %d %s: %v", seed, step, name, err)
				}
				w.checkSolvency(ids)
			}
			w.checkBooks(ids, receipts)
		})
	}
	t.Logf("operations that succeeded: %v", succeeded)
	for _, op := range []string{"donate", "donateBatch", "deposit", "spend", "approve", "reject", "flag", "refund", "settle", "setFollowUp"} {
		if succeeded[op] == 0 {
			t.Errorf("no %s succeeded: the generator does not exercise it (%v)", op, succeeded)
		}
	}
}

func (w *fundWorld) randomOp(rng *rand.Rand, ids []*big.Int, receipts *[][32]byte, step, steps int) (string, func() error) {
	id := ids[rng.Intn(len(ids))]
	amt := func(max int64) *big.Int { return big.NewInt(1 + rng.Int63n(max)) }
	send := func(from *account, method string, args ...any) func() error {
		return func() error { _, err := from.send(w.ledger, w.abi, method, args...); return err }
	}
	newReceipt := func() [32]byte {
		if len(*receipts) > 0 && rng.Intn(6) == 0 {
			return (*receipts)[rng.Intn(len(*receipts))] // a repeat
		}
		r := receipt(fmt.Sprintf("%d-%d", step, rng.Int63()))
		*receipts = append(*receipts, r)
		return r
	}
	spends := w.city.bigCall(w.ledger, w.abi, "spendCount").Int64()
	// Mostly the latest spends, which are likely pending; sometimes any, or one not made yet.
	someSpend := func() *big.Int {
		if spends > 0 && rng.Intn(3) > 0 {
			return big.NewInt(spends - rng.Int63n(min(spends, 3)))
		}
		return big.NewInt(1 + rng.Int63n(spends+1))
	}
	// Settlements come last: warp past every term once, in the last sixth of the sequence.
	if step == steps*5/6 {
		w.warp(31*fundDay + fundGrace)
	}
	if step > steps*5/6 && rng.Intn(3) == 0 {
		return "settle", send(w.stranger, "settle", id)
	}
	switch k := rng.Intn(20); {
	case k < 4:
		return "donate", send(w.collector, "donate", id, newReceipt(), amt(3_000_000))
	case k < 6:
		var b []fundledger.FundLedgerDonation
		for i := 0; i < 1+rng.Intn(5); i++ {
			b = append(b, fundledger.FundLedgerDonation{Receipt: newReceipt(), Amount: amt(500_000)})
		}
		return "donateBatch", send(w.collector, "donateBatch", id, b)
	case k < 7:
		kind := fund.InflowTranche
		if rng.Intn(3) == 0 {
			kind = fund.InflowInterest
		}
		return "deposit", send(w.city, "deposit", id, kind, [32]byte{byte(step)}, amt(5_000_000))
	case k < 12:
		from, payee := w.manager, w.payee.addr()
		if rng.Intn(8) == 0 {
			from = w.stranger
		}
		if rng.Intn(8) == 0 {
			payee = w.stranger.addr()
		}
		return "spend", send(from, "spend", id, big.NewInt(rng.Int63n(3)), payee, amt(2_000_000), evidence(fmt.Sprint(step)))
	case k < 14:
		return "approve", send(w.supervisor, "approve", someSpend())
	case k < 15:
		return "reject", send(w.supervisor, "reject", someSpend())
	case k < 16:
		return "flag", send(w.supervisor, "flag", someSpend(), [32]byte{1, byte(step)})
	case k < 18:
		return "refund", send(w.payee, "refund", someSpend(), amt(300_000))
	case k < 19:
		return "setFollowUp", send(w.manager, "setFollowUp", id, ids[rng.Intn(len(ids))])
	default:
		return "settle", send(w.stranger, "settle", id)
	}
}

// checkSolvency checks the per-fund identity and the ledger's KRW against the sum.
func (w *fundWorld) checkSolvency(ids []*big.Int) {
	w.t.Helper()
	total := new(big.Int)
	for _, id := range ids {
		f, err := w.view.FundOf(&bind.CallOpts{}, id)
		if err != nil {
			w.t.Fatal(err)
		}
		bal, _ := w.view.BalanceOf(&bind.CallOpts{}, id)
		right := new(big.Int).Sub(f.Spent, f.Refunded)
		right.Add(right, bal).Add(right, f.SettledAmount)
		if f.Inflows.Cmp(right) != 0 {
			w.t.Fatalf("fund %s: inflows %s ≠ spent %s − refunded %s + balance %s + settled %s", id, f.Inflows, f.Spent, f.Refunded, bal, f.SettledAmount)
		}
		if f.Pending.Cmp(bal) > 0 {
			w.t.Fatalf("fund %s: pending %s over balance %s", id, f.Pending, bal)
		}
		lines, _ := w.view.LinesOf(&bind.CallOpts{}, id)
		for i, l := range lines {
			used := new(big.Int).Sub(l.Spent, l.Refunded)
			if used.Add(used, l.Pending).Cmp(l.Limit) > 0 {
				w.t.Fatalf("fund %s line %d: used %s over limit %s", id, i, used, l.Limit)
			}
		}
		total.Add(total, bal)
	}
	if held := w.krwOf(w.ledger); held.Cmp(total) != 0 {
		w.t.Fatalf("the ledger holds %s KRW, the funds' balances sum to %s", held, total)
	}
}

// checkBooks rebuilds the books from the events and compares them with the contract.
func (w *fundWorld) checkBooks(ids []*big.Int, receipts [][32]byte) {
	w.t.Helper()
	books, err := fund.LoadBooks(context.Background(), w.city.s.Backend(), w.ledger)
	if err != nil {
		w.t.Fatal(err)
	}
	opts := &bind.CallOpts{}
	for _, id := range ids {
		c, _ := w.view.FundOf(opts, id)
		b := books.Funds[id.Uint64()]
		got := fmt.Sprint(b.Inflows, b.Donations, b.Spent, b.Refunded, b.Pending, b.SettledAmount, b.Settled, b.FollowUp, b.Balance())
		bal, _ := w.view.BalanceOf(opts, id)
		want := fmt.Sprint(c.Inflows, c.Donations, c.Spent, c.Refunded, c.Pending, c.SettledAmount, c.Settled, c.FollowUp, bal)
		if got != want {
			w.t.Fatalf("fund %s from events %s, contract %s", id, got, want)
		}
		if cap, _ := w.view.AdminCap(opts, id); cap.Cmp(b.AdminCap()) != 0 {
			w.t.Fatalf("fund %s admin cap: events %s, contract %s", id, b.AdminCap(), cap)
		}
		lines, _ := w.view.LinesOf(opts, id)
		if len(lines) != len(b.Lines) {
			w.t.Fatalf("fund %s: %d lines, %d from events", id, len(lines), len(b.Lines))
		}
		for i, l := range lines {
			e := b.Lines[i]
			if fmt.Sprint(l.Code, l.Limit, l.Spent, l.Refunded, l.Pending) != fmt.Sprint(e.Code, e.Limit, e.Spent, e.Refunded, e.Pending) {
				w.t.Fatalf("fund %s line %d: contract %+v, events %+v", id, i, l, e)
			}
		}
	}
	n := w.city.bigCall(w.ledger, w.abi, "spendCount").Uint64()
	for i := uint64(1); i <= n; i++ {
		c, _ := w.view.SpendOf(opts, new(big.Int).SetUint64(i))
		e := books.Spends[i]
		if e == nil || fmt.Sprint(c.Status, c.Flagged, c.Amount, c.Refunded, c.Payee, c.Line) != fmt.Sprint(e.Status, e.Flagged, e.Amount, e.Refunded, e.Payee, e.Line) {
			w.t.Fatalf("spend %d: contract %+v, events %+v", i, c, e)
		}
	}
	// Every recorded gift's trace adds up: to spends, back, settled, left.
	for _, r := range receipts {
		if _, ok := books.Receipts[r]; !ok {
			continue
		}
		tr, err := books.Trace(common.Hash(r))
		if err != nil {
			w.t.Fatal(err)
		}
		sum := decimal.RequireFromString(tr.Spent).Add(decimal.RequireFromString(tr.Remaining)).Add(decimal.RequireFromString(tr.Settled))
		if diff := decimal.RequireFromString(tr.Amount).Sub(sum).Abs(); diff.GreaterThan(decimal.NewFromFloat(0.05)) {
			w.t.Fatalf("trace of %x: spent %s + remaining %s + settled %s ≠ %s", r, tr.Spent, tr.Remaining, tr.Settled, tr.Amount)
		}
	}
}
