package fund

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/fundledger"
)

// events is a small fund's history built in Go, as the benchmark builds a large one.
type events struct {
	b     *Books
	spend int64
}

func newEvents(t *testing.T) *events {
	t.Helper()
	e := &events{b: NewBooks()}
	e.apply(t, &fundledger.FundLedgerFundCreated{Fund: big.NewInt(1), Kind: KindDonation, ApprovalThreshold: big.NewInt(1e9)})
	e.apply(t, &fundledger.FundLedgerLineAdded{Fund: big.NewInt(1), Line: big.NewInt(0), Code: [32]byte{'a'}, Limit: big.NewInt(1e9)})
	e.apply(t, &fundledger.FundLedgerLineAdded{Fund: big.NewInt(1), Line: big.NewInt(1), Code: [32]byte{'p'}, Limit: big.NewInt(1e9)})
	return e
}

func (e *events) apply(t *testing.T, ev any) {
	t.Helper()
	if err := e.b.Apply(ev); err != nil {
		t.Fatal(err)
	}
}

func (e *events) donate(t *testing.T, r string, amount int64) {
	e.apply(t, &fundledger.FundLedgerDonated{Fund: big.NewInt(1), Receipt: common.BytesToHash([]byte(r)), Amount: big.NewInt(amount)})
}

func (e *events) pay(t *testing.T, amount int64) *big.Int {
	e.spend++
	id := big.NewInt(e.spend)
	e.apply(t, &fundledger.FundLedgerSpendRequested{Fund: big.NewInt(1), Spend: id, Line: big.NewInt(1), Amount: big.NewInt(amount), Evidence: [32]byte{1}})
	return id
}

// TestTraceProRata follows the README's rule on a history small enough to do by hand.
func TestTraceProRata(t *testing.T) {
	e := newEvents(t)
	e.pay(t, 0+1)                                                                                                 // before any gift: takes nothing of A
	e.apply(t, &fundledger.FundLedgerDeposited{Fund: big.NewInt(1), Kind: InflowInterest, Amount: big.NewInt(1)}) // pool back to 0
	e.donate(t, "A", 100)
	e.donate(t, "B", 300)
	first := e.pay(t, 200)                                                                                      // A gives 200·100/400 = 50
	e.apply(t, &fundledger.FundLedgerSpendRefunded{Fund: big.NewInt(1), Spend: first, Amount: big.NewInt(100)}) // A gets 25 back
	e.donate(t, "C", 100)                                                                                       // pool 400, A left 75
	e.pay(t, 200)                                                                                               // A gives 37.5
	e.apply(t, &fundledger.FundLedgerSettled{Fund: big.NewInt(1), Amount: big.NewInt(200), ToFund: big.NewInt(0), PendingCancelled: big.NewInt(0)})
	tr, err := e.b.Trace(1, common.BytesToHash([]byte("A")))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Spent != "62.5" || tr.Settled != "37.5" || tr.Remaining != "0" || len(tr.Spends) != 2 || tr.Spends[0].Part != "25" {
		t.Fatalf("trace: %+v", tr)
	}
	if _, err := e.b.Trace(1, common.Hash{9}); err == nil {
		t.Fatal("an unknown receipt traced")
	}
	r := e.b.Funds[1].Report()
	if r.Balance.String() != "0" || r.Spent.String() != "301" || r.Lines[1].Refunded.String() != "100" {
		t.Fatalf("report: %+v", r)
	}
}

// TestReportAdminCapPercent: the report shows the cap as the share of the base it is, which
// on the statutory floor is above the tier's rate, and says so.
func TestReportAdminCapPercent(t *testing.T) {
	for _, tc := range []struct {
		name      string
		f         Fund
		percent   string
		floor     bool
		bps       uint16
		text      string
		statutory bool
	}{
		{"nothing collected", Fund{Kind: KindDonation, StatutoryCap: true, Donations: big.NewInt(0)}, "15.00", false, 1500, "15.00%, the donations act", true},
		{"in the first tier", Fund{Kind: KindDonation, StatutoryCap: true, Donations: big.NewInt(5e8)}, "15.00", false, 1500, "15.00%, the donations act", true},
		{"just over ₩10 billion", Fund{Kind: KindDonation, StatutoryCap: true, Donations: big.NewInt(105e8)}, "12.38", true, 1200,
			"12.38%: the floor, the cap at the top of the tier below; the tier's rate is 12.00%, the donations act", true},
		{"past the floor", Fund{Kind: KindDonation, StatutoryCap: true, Donations: big.NewInt(15e9)}, "12.00", false, 1200, "12.00%, the donations act", true},
		{"the campaign's own cap", Fund{Kind: KindDonation, AdminCapBps: 750, Donations: big.NewInt(105e8)}, "7.50", false, 750, "7.50%", false},
		{"a consignment fund", Fund{Kind: KindConsignment, AdminCapBps: 1000, Inflows: big.NewInt(3_333_333)}, "10.00", false, 1000, "10.00%", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := tc.f
			f.Inflows = orZero(f.Inflows)
			f.Donations = orZero(f.Donations)
			f.Spent, f.Refunded, f.SettledAmount, f.Pending, f.Lapsed, f.ApprovalThreshold = new(big.Int), new(big.Int), new(big.Int), new(big.Int), new(big.Int), new(big.Int)
			a := f.Report().Admin
			if a.CapPercent != tc.percent || a.CapIsFloor != tc.floor || a.CapBps != tc.bps || a.Statutory != tc.statutory || a.CapText() != tc.text {
				t.Fatalf("admin: %+v, %q", a, a.CapText())
			}
		})
	}
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}
