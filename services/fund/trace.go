package fund

import (
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/shopspring/decimal"
)

// The allocation rule of Trace (README, "Where a gift went"): a fund is one pool of money,
// and every won in it is alike.
//
//   - A spend paid after the gift takes from every won in the pool equally: the gift's part
//     of it is amount × (what is left of the gift) ÷ (the fund's balance just before it).
//     A spend still pending takes nothing until it is approved; spends paid before the
//     gift took nothing of it.
//   - A refund against a spend gives back to the gift, pro rata, what the gift gave to it.
//   - Other inflows after the gift only grow the pool (and so thin the gift's part of later
//     spends).
//   - At settlement what is left of the gift goes with the balance: to the city or to the
//     follow-up campaign.
//
// Parts are computed in units of 10⁻¹⁸ won, rounded down at each step; shown to the
// hundredth of a won. What the gift gave to spends, what it got back, what settled and
// what is left always add up to the gift, to within those roundings.
const traceScale = 18

// Trace is where one donation went.
type Trace struct {
	Receipt common.Hash `json:"receipt"`
	Fund    uint64      `json:"fund"`
	Amount  string      `json:"amount"`
	// Spent is the gift's total part of the spends (net of refunds).
	Spent string `json:"spent"`
	// Remaining is what is left of the gift in the fund (0 once settled).
	Remaining string `json:"remaining"`
	// Settled is the gift's part of the settlement, and where it went.
	Settled       string         `json:"settled"`
	SettledTo     common.Address `json:"settledTo,omitempty"`
	SettledToFund uint64         `json:"settledToFund,omitempty"`
	ByLine        []TracePart    `json:"byLine"`
	ByPayee       []TracePart    `json:"byPayee"`
	Spends        []TraceSpend   `json:"spends"`
	Rule          string         `json:"rule"`
}

// TracePart is the gift's part of one line's or one payee's spending.
type TracePart struct {
	Line  *uint64         `json:"line,omitempty"`
	Code  string          `json:"code,omitempty"`
	Payee *common.Address `json:"payee,omitempty"`
	Part  string          `json:"part"`
}

// TraceSpend is the gift's part of one spend.
type TraceSpend struct {
	Spend    uint64         `json:"spend"`
	Line     uint64         `json:"line"`
	Payee    common.Address `json:"payee"`
	Amount   string         `json:"amount"`
	Refunded string         `json:"refunded"`
	Part     string         `json:"part"`
	Evidence common.Hash    `json:"evidence"`
	Flagged  bool           `json:"flagged"`
}

// TraceRule is the rule, in one sentence, for outputs.
const TraceRule = "pro rata: each spend paid after the gift takes the gift's share of the fund's balance at that moment; refunds give back what they took; settlement takes the rest"

// ErrUnknownReceipt: no donation in the books has the receipt.
var ErrUnknownReceipt = fmt.Errorf("no donation has this receipt")

// Trace follows the donation with receipt to fund fid through the fund's books.
func (b *Books) Trace(fid uint64, receipt common.Hash) (*Trace, error) {
	if _, ok := b.Receipts[ReceiptKey{fid, receipt}]; !ok {
		return nil, fmt.Errorf("%w in fund %d: %s", ErrUnknownReceipt, fid, receipt.Hex())
	}
	f := b.Funds[fid]
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(traceScale), nil)
	pool := new(big.Int) // won
	var gift, left *big.Int
	parts := map[uint64]*big.Int{} // spend → the gift's part, scaled
	settled := new(big.Int)
	for _, fl := range f.flows {
		switch fl.kind {
		case flowIn:
			pool.Add(pool, fl.amount)
			if gift == nil && fl.receipt == receipt {
				gift = fl.amount
				left = new(big.Int).Mul(fl.amount, scale)
			}
		case flowPaid:
			if left != nil && left.Sign() > 0 && pool.Sign() > 0 {
				p := new(big.Int).Mul(fl.amount, left)
				p.Quo(p, pool)
				left.Sub(left, p)
				parts[fl.spend] = p
			}
			pool.Sub(pool, fl.amount)
		case flowRefund:
			if p, ok := parts[fl.spend]; ok && left != nil {
				back := new(big.Int).Mul(fl.amount, p)
				back.Quo(back, b.Spends[fl.spend].Amount)
				left.Add(left, back)
				p.Sub(p, back)
			}
			pool.Add(pool, fl.amount)
		case flowSettled:
			if left != nil {
				settled.Set(left)
				left.SetInt64(0)
			}
			pool.Sub(pool, fl.amount)
		}
	}
	if gift == nil {
		return nil, fmt.Errorf("%w: %s (fund %d's flows lack it)", ErrUnknownReceipt, receipt.Hex(), fid)
	}
	t := &Trace{Receipt: receipt, Fund: fid, Amount: gift.String(), Remaining: scaled(left), Settled: scaled(settled), Rule: TraceRule}
	if f.Settled {
		t.SettledTo, t.SettledToFund = f.SettledTo, f.SettledToFund
	}
	ids := make([]uint64, 0, len(parts))
	for id := range parts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	total := new(big.Int)
	byLine := map[uint64]*big.Int{}
	byPayee := map[common.Address]*big.Int{}
	for _, id := range ids {
		sp, p := b.Spends[id], parts[id]
		total.Add(total, p)
		addTo(byLine, sp.Line, p)
		addTo(byPayee, sp.Payee, p)
		t.Spends = append(t.Spends, TraceSpend{Spend: id, Line: sp.Line, Payee: sp.Payee, Amount: sp.Amount.String(),
			Refunded: sp.Refunded.String(), Part: scaled(p), Evidence: sp.Evidence, Flagged: sp.Flagged})
	}
	t.Spent = scaled(total)
	for i := range f.Lines {
		line := uint64(i)
		if p, ok := byLine[line]; ok {
			t.ByLine = append(t.ByLine, TracePart{Line: &line, Code: CodeString(f.Lines[i].Code), Part: scaled(p)})
		}
	}
	payees := make([]common.Address, 0, len(byPayee))
	for a := range byPayee {
		payees = append(payees, a)
	}
	sort.Slice(payees, func(i, j int) bool { return byPayee[payees[i]].Cmp(byPayee[payees[j]]) > 0 })
	for i := range payees {
		t.ByPayee = append(t.ByPayee, TracePart{Payee: &payees[i], Part: scaled(byPayee[payees[i]])})
	}
	return t, nil
}

// FundsOf lists the funds that recorded receipt, lowest first.
func (b *Books) FundsOf(receipt common.Hash) []uint64 {
	var out []uint64
	for k := range b.Receipts {
		if k.Receipt == receipt {
			out = append(out, k.Fund)
		}
	}
	slices.Sort(out)
	return out
}

func joinIDs(ids []uint64) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.FormatUint(id, 10)
	}
	return strings.Join(s, ", ")
}

func addTo[K comparable](m map[K]*big.Int, k K, v *big.Int) {
	if m[k] == nil {
		m[k] = new(big.Int)
	}
	m[k].Add(m[k], v)
}

// scaled prints units of 10⁻¹⁸ won as won, to the hundredth.
func scaled(v *big.Int) string {
	return decimal.NewFromBigInt(v, -traceScale).RoundDown(2).String()
}
