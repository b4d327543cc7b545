package contracts

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/fundledger"
	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/fund"
)

// fundWorld is the ledger with KRW in the hands of the city (registrar, treasury), a
// collecting system and a payee, each of whom has allowed the ledger to take it.
type fundWorld struct {
	t                                                     *testing.T
	city, manager, supervisor, payee, collector, stranger *account
	token, ledger                                         common.Address
	krw, abi                                              *abi.ABI
	view                                                  *fundledger.FundLedger
}

const (
	fundDay   = uint64(24 * 3600)
	fundGrace = 7 * fundDay
)

func newFundWorld(t *testing.T) *fundWorld {
	t.Helper()
	acc := accounts(t, 6)
	w := &fundWorld{t: t, city: acc[0], manager: acc[1], supervisor: acc[2], payee: acc[3], collector: acc[4], stranger: acc[5]}
	addrs := w.city.Deploy(deploy.FundLedger)
	w.token, w.ledger = addrs[deploy.KRWToken], addrs[deploy.FundLedger]
	w.krw, _ = krwtoken.KRWTokenMetaData.GetAbi()
	w.abi, _ = fundledger.FundLedgerMetaData.GetAbi()
	var err error
	if w.view, err = fundledger.NewFundLedger(w.ledger, w.city.s.Backend()); err != nil {
		t.Fatal(err)
	}
	for i, a := range []*account{w.city, w.collector, w.payee, w.stranger} {
		w.city.ok(w.token, w.krw, "mint", a.addr(), big.NewInt(1e13), "DEP-"+string(rune('A'+i)))
		a.ok(w.token, w.krw, "approve", w.ledger, new(big.Int).Lsh(big.NewInt(1), 200))
	}
	return w
}

// terms of a fund of kind running from now for 30 days, 7 days' grace, approval above
// 1,000,000 won, an admin line of 10,000,000 on the statutory cap (donations) or 10%.
func (w *fundWorld) terms(kind uint8) fundledger.FundLedgerTerms {
	now := w.city.now()
	t := fundledger.FundLedgerTerms{Kind: kind, Manager: w.manager.addr(), Supervisor: w.supervisor.addr(),
		Start: now - 10, End: now + 30*fundDay, Grace: fundGrace, ApprovalThreshold: big.NewInt(1_000_000),
		AdminLimit: big.NewInt(10_000_000), ReturnTo: w.city.addr()}
	if kind == fund.KindConsignment {
		t.AdminCapBps = 1000
	}
	return t
}

// create opens a fund with terms, a "program" line of 5,000,000, the payee registered by
// the supervisor and, for a campaign, the collector too.
func (w *fundWorld) create(t fundledger.FundLedgerTerms) *big.Int {
	w.t.Helper()
	r := w.city.ok(w.ledger, w.abi, "createFund", t)
	id, _ := new(big.Int).SetString(event(w.t, r, "FundCreated")["fund"], 10)
	w.supervisor.ok(w.ledger, w.abi, "addLine", id, code("program"), big.NewInt(5_000_000))
	w.supervisor.ok(w.ledger, w.abi, "addPayee", id, w.payee.addr())
	if t.Kind == fund.KindDonation {
		w.supervisor.ok(w.ledger, w.abi, "addCollector", id, w.collector.addr())
	}
	return id
}

func code(s string) [32]byte { c, _ := fund.Code(s); return c }

func receipt(s string) [32]byte { return crypto.Keccak256Hash([]byte("receipt " + s)) }

func evidence(s string) [32]byte { return crypto.Keccak256Hash([]byte("invoice " + s)) }

// try sends method from from and expects the custom error revert ("" for success).
func (w *fundWorld) try(from *account, revert, method string, args ...any) {
	w.t.Helper()
	_, err := from.send(w.ledger, w.abi, method, args...)
	if revert != "" {
		reverts(w.t, err, revert, nil)
		return
	}
	if err != nil {
		w.t.Fatalf("%s: %v", method, err)
	}
}

func (w *fundWorld) warp(d uint64) {
	w.t.Helper()
	if err := w.city.chain.AdjustTime(time.Duration(d) * time.Second); err != nil {
		w.t.Fatal(err)
	}
}

func (w *fundWorld) krwOf(a common.Address) *big.Int {
	return w.city.bigCall(w.token, w.krw, "balanceOf", a)
}

func TestFundCreateRules(t *testing.T) {
	w := newFundWorld(t)
	good := w.terms(fund.KindDonation)
	mod := func(f func(*fundledger.FundLedgerTerms)) fundledger.FundLedgerTerms { c := good; f(&c); return c }
	for _, tc := range []struct {
		name   string
		from   *account
		terms  fundledger.FundLedgerTerms
		revert string
	}{
		{"registrar opens a campaign", w.city, good, ""},
		{"consignment fund", w.city, w.terms(fund.KindConsignment), ""},
		{"stranger opens a fund", w.stranger, good, "AccessControlUnauthorizedAccount"},
		{"unknown kind", w.city, mod(func(t *fundledger.FundLedgerTerms) { t.Kind = 3 }), "FundBadKind"},
		{"no manager", w.city, mod(func(t *fundledger.FundLedgerTerms) { t.Manager = common.Address{} }), "FundZeroAddress"},
		{"no city account", w.city, mod(func(t *fundledger.FundLedgerTerms) { t.ReturnTo = common.Address{} }), "FundZeroAddress"},
		{"manager supervises itself", w.city, mod(func(t *fundledger.FundLedgerTerms) { t.Supervisor = t.Manager }), "FundSupervisorIsManager"},
		{"term ends before it starts", w.city, mod(func(t *fundledger.FundLedgerTerms) { t.End = t.Start }), "FundBadTerm"},
		{"cap over 100%", w.city, mod(func(t *fundledger.FundLedgerTerms) { t.AdminCapBps = 10_001 }), "FundBadCap"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w.t = t
			w.try(tc.from, tc.revert, "createFund", tc.terms)
		})
	}
	w.t = t
	f, _ := w.view.FundOf(&bind.CallOpts{}, big.NewInt(1))
	if !f.StatutoryCap || f.Terms.Manager != w.manager.addr() {
		t.Fatalf("campaign: %+v", f)
	}
	if f, _ := w.view.FundOf(&bind.CallOpts{}, big.NewInt(2)); f.StatutoryCap || f.Terms.AdminCapBps != 1000 {
		t.Fatalf("consignment: %+v", f)
	}
	lines, _ := w.view.LinesOf(&bind.CallOpts{}, big.NewInt(1))
	if len(lines) != 1 || fund.CodeString(lines[0].Code) != "admin" {
		t.Fatalf("lines: %+v", lines)
	}
}

func TestFundLinesPayeesFollowUp(t *testing.T) {
	w := newFundWorld(t)
	id := w.create(w.terms(fund.KindDonation))
	next := w.create(w.terms(fund.KindDonation))
	cons := w.create(w.terms(fund.KindConsignment))
	for _, tc := range []struct {
		name, revert, method string
		from                 *account
		args                 []any
	}{
		{"supervisor adds a line", "", "addLine", w.supervisor, []any{id, code("meals"), big.NewInt(100)}},
		{"manager adds a line", "FundNotSupervisor", "addLine", w.manager, []any{id, code("meals"), big.NewInt(100)}},
		{"line without a code", "FundZeroCode", "addLine", w.supervisor, []any{id, [32]byte{}, big.NewInt(100)}},
		{"line of no fund", "FundUnknown", "addLine", w.supervisor, []any{big.NewInt(99), code("x"), big.NewInt(1)}},
		{"supervisor registers a payee", "", "addPayee", w.supervisor, []any{id, w.collector.addr()}},
		{"manager registers its own payee", "FundNotSupervisor", "addPayee", w.manager, []any{id, w.manager.addr()}},
		{"stranger registers a payee", "FundNotSupervisor", "addPayee", w.stranger, []any{id, w.stranger.addr()}},
		{"payee registered twice", "FundPayeeAlreadyRegistered", "addPayee", w.supervisor, []any{id, w.payee.addr()}},
		{"zero payee", "FundZeroAddress", "addPayee", w.supervisor, []any{id, common.Address{}}},
		{"manager removes a payee", "", "removePayee", w.manager, []any{id, w.collector.addr()}},
		{"remove an unregistered payee", "FundPayeeNotRegistered", "removePayee", w.manager, []any{id, w.collector.addr()}},
		{"stranger removes a payee", "FundNotManagerOrSupervisor", "removePayee", w.stranger, []any{id, w.payee.addr()}},
		{"manager names a follow-up", "FundNotSupervisor", "setFollowUp", w.manager, []any{id, next}},
		{"supervisor names the follow-up", "", "setFollowUp", w.supervisor, []any{id, next}},
		{"follow-up is itself", "FundBadFollowUp", "setFollowUp", w.supervisor, []any{id, id}},
		{"follow-up is a consignment fund", "FundBadFollowUp", "setFollowUp", w.supervisor, []any{id, cons}},
		{"consignment fund names a follow-up", "FundNotDonation", "setFollowUp", w.supervisor, []any{cons, id}},
		{"stranger names a follow-up", "FundNotSupervisor", "setFollowUp", w.stranger, []any{id, next}},
		{"supervisor registers a collector", "", "addCollector", w.supervisor, []any{id, w.stranger.addr()}},
		{"manager registers a collector", "FundNotSupervisor", "addCollector", w.manager, []any{id, w.manager.addr()}},
		{"collector registered twice", "FundCollectorAlreadyRegistered", "addCollector", w.supervisor, []any{id, w.stranger.addr()}},
		{"zero collector", "FundZeroAddress", "addCollector", w.supervisor, []any{id, common.Address{}}},
		{"collector of a consignment fund", "FundNotDonation", "addCollector", w.supervisor, []any{cons, w.collector.addr()}},
		{"manager removes a collector", "FundNotSupervisor", "removeCollector", w.manager, []any{id, w.stranger.addr()}},
		{"supervisor removes a collector", "", "removeCollector", w.supervisor, []any{id, w.stranger.addr()}},
		{"remove an unregistered collector", "FundCollectorNotRegistered", "removeCollector", w.supervisor, []any{id, w.stranger.addr()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w.t = t
			w.try(tc.from, tc.revert, tc.method, tc.args...)
		})
	}
}

func TestFundInflowRules(t *testing.T) {
	w := newFundWorld(t)
	id := w.create(w.terms(fund.KindDonation))
	cons := w.create(w.terms(fund.KindConsignment))
	late := w.terms(fund.KindDonation)
	late.Start = w.city.now() + 10*fundDay
	future := w.create(late)
	other := w.create(w.terms(fund.KindDonation))
	batch := func(pairs ...any) []fundledger.FundLedgerDonation {
		var out []fundledger.FundLedgerDonation
		for i := 0; i < len(pairs); i += 2 {
			out = append(out, fundledger.FundLedgerDonation{Receipt: receipt(pairs[i].(string)), Amount: big.NewInt(int64(pairs[i+1].(int)))})
		}
		return out
	}
	for _, tc := range []struct {
		name, revert, method string
		from                 *account
		args                 []any
	}{
		{"a donation", "", "donate", w.collector, []any{id, receipt("R1"), big.NewInt(50_000)}},
		{"duplicate receipt", "FundDuplicateReceipt", "donate", w.collector, []any{id, receipt("R1"), big.NewInt(50_000)}},
		{"a donor gives directly", "FundNotCollector", "donate", w.stranger, []any{id, receipt("D1"), big.NewInt(1)}},
		// A front-run of the collector's batch below with one of its receipts is refused, so
		// the batch goes through and the receipt stays the collector's.
		{"a stranger front-runs a receipt", "FundNotCollector", "donate", w.stranger, []any{id, receipt("B2"), big.NewInt(1)}},
		{"a stranger posts a batch", "FundNotCollector", "donateBatch", w.stranger, []any{id, batch("B2", 1)}},
		{"the payee posts a batch", "FundNotCollector", "donateBatch", w.payee, []any{id, batch("B2", 1)}},
		{"no receipt", "FundZeroReceipt", "donate", w.collector, []any{id, [32]byte{}, big.NewInt(1)}},
		{"zero donation", "FundZeroAmount", "donate", w.collector, []any{id, receipt("R0"), big.NewInt(0)}},
		{"donation to a consignment fund", "FundWrongKind", "donate", w.collector, []any{cons, receipt("R2"), big.NewInt(1)}},
		{"donation before the term", "FundOutsideTerm", "donate", w.collector, []any{future, receipt("R3"), big.NewInt(1)}},
		{"batch", "", "donateBatch", w.collector, []any{id, batch("B1", 10, "B2", 20, "R1", 50_000)}},
		{"batch repeating a receipt with another amount", "FundDuplicateReceipt", "donateBatch", w.collector, []any{id, batch("B3", 1, "B1", 11)}},
		{"empty batch", "FundEmptyBatch", "donateBatch", w.collector, []any{id, batch()}},
		{"city tranche", "", "deposit", w.city, []any{cons, fund.InflowTranche, [32]byte{1}, big.NewInt(20_000_000)}},
		{"tranche to a campaign", "FundWrongKind", "deposit", w.city, []any{id, fund.InflowTranche, [32]byte{1}, big.NewInt(1)}},
		{"interest to a campaign", "", "deposit", w.manager, []any{id, fund.InflowInterest, [32]byte{2}, big.NewInt(0)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w.t = t
			if tc.name == "interest to a campaign" {
				// the manager has no KRW: the stranger pays interest in; zero is refused
				w.try(w.stranger, "FundZeroAmount", tc.method, tc.args...)
				tc.args[3] = big.NewInt(7)
				w.try(w.stranger, "", tc.method, tc.args...)
				return
			}
			w.try(tc.from, tc.revert, tc.method, tc.args...)
		})
	}
	w.t = t
	// The batch recorded B1 and B2 and skipped R1, recorded before with the same amount.
	f, _ := w.view.FundOf(&bind.CallOpts{}, id)
	if f.Donations.Int64() != 50_030 || f.Inflows.Int64() != 50_037 {
		t.Fatalf("donations %s inflows %s", f.Donations, f.Inflows)
	}
	r, _ := w.view.ReceiptOf(&bind.CallOpts{}, id, receipt("B2"))
	if r.Fund != id.Uint64() || r.Amount.Int64() != 20 {
		t.Fatalf("receipt B2: %+v", r)
	}
	// A collector the supervisor removed posts no more.
	w.supervisor.ok(w.ledger, w.abi, "removeCollector", other, w.collector.addr())
	w.try(w.collector, "FundNotCollector", "donate", other, receipt("R9"), big.NewInt(1))
	if got := w.krwOf(w.ledger); got.Int64() != 50_037+20_000_000 {
		t.Fatalf("ledger holds %s", got)
	}
}

func TestFundSpendRules(t *testing.T) {
	w := newFundWorld(t)
	id := w.create(w.terms(fund.KindDonation))
	w.collector.ok(w.ledger, w.abi, "donate", id, receipt("big"), big.NewInt(6_000_000))
	w.supervisor.ok(w.ledger, w.abi, "addLine", id, code("outreach"), big.NewInt(10_000_000))
	ev := evidence("1")
	for _, tc := range []struct {
		name, revert string
		from         *account
		line         int64
		payee        common.Address
		amount       int64
		evidence     [32]byte
	}{
		{"manager pays a registered payee", "", w.manager, 1, w.payee.addr(), 400_000, ev},
		{"someone else spends", "FundNotManager", w.stranger, 1, w.payee.addr(), 1, ev},
		{"supervisor spends", "FundNotManager", w.supervisor, 1, w.payee.addr(), 1, ev},
		{"unregistered payee", "FundPayeeNotRegistered", w.manager, 1, w.stranger.addr(), 1, ev},
		{"no evidence", "FundNoEvidence", w.manager, 1, w.payee.addr(), 1, [32]byte{}},
		{"zero amount", "FundZeroAmount", w.manager, 1, w.payee.addr(), 0, ev},
		{"no such line", "FundBadLine", w.manager, 3, w.payee.addr(), 1, ev},
		{"line overspent", "FundLineOverspent", w.manager, 1, w.payee.addr(), 4_600_001, ev},
		// 15% of 6,000,000 is 900,000
		{"admin cost within the cap", "", w.manager, 0, w.payee.addr(), 900_000, ev},
		{"admin cost over the cap", "FundAdminCapExceeded", w.manager, 0, w.payee.addr(), 1, ev},
		{"above the threshold waits", "", w.manager, 1, w.payee.addr(), 4_000_000, ev},
		{"more than the balance", "FundInsufficientBalance", w.manager, 2, w.payee.addr(), 700_001, ev},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w.t = t
			w.try(tc.from, tc.revert, "spend", id, big.NewInt(tc.line), tc.payee, big.NewInt(tc.amount), tc.evidence)
		})
	}
	w.t = t
	f, _ := w.view.FundOf(&bind.CallOpts{}, id)
	if f.Spent.Int64() != 1_300_000 || f.Pending.Int64() != 4_000_000 {
		t.Fatalf("spent %s pending %s", f.Spent, f.Pending)
	}
	if got := w.krwOf(w.payee.addr()); got.Int64() != 1e13+1_300_000 {
		t.Fatalf("payee holds %s", got)
	}
}

func TestFundApproveFlagRefund(t *testing.T) {
	w := newFundWorld(t)
	id := w.create(w.terms(fund.KindDonation))
	w.collector.ok(w.ledger, w.abi, "donate", id, receipt("g"), big.NewInt(5_000_000))
	spend := func(amount int64) *big.Int {
		r := w.manager.ok(w.ledger, w.abi, "spend", id, big.NewInt(1), w.payee.addr(), big.NewInt(amount), evidence("x"))
		n, _ := new(big.Int).SetString(event(w.t, r, "SpendRequested")["spend"], 10)
		return n
	}
	paid, pending, other := spend(500_000), spend(2_000_000), spend(1_500_000)
	steps := []struct {
		name, revert, method string
		from                 *account
		args                 []any
	}{
		{"manager approves", "FundNotSupervisor", "approve", w.manager, []any{pending}},
		{"approve a paid spend", "FundSpendNotPending", "approve", w.supervisor, []any{paid}},
		{"approve an unknown spend", "FundUnknownSpend", "approve", w.supervisor, []any{big.NewInt(99)}},
		{"refund a pending spend", "FundSpendNotPaid", "refund", w.payee, []any{pending, big.NewInt(1)}},
		{"supervisor approves", "", "approve", w.supervisor, []any{pending}},
		{"supervisor rejects", "", "reject", w.supervisor, []any{other}},
		{"reject a rejected spend", "FundSpendNotPending", "reject", w.supervisor, []any{other}},
		{"flag without a reason", "FundNoReason", "flag", w.supervisor, []any{paid, [32]byte{}}},
		{"manager flags", "FundNotSupervisor", "flag", w.manager, []any{paid, [32]byte{7}}},
		{"supervisor flags for audit", "", "flag", w.supervisor, []any{paid, [32]byte{7}}},
		{"flag twice", "FundAlreadyFlagged", "flag", w.supervisor, []any{paid, [32]byte{8}}},
		{"payee refunds part", "", "refund", w.payee, []any{paid, big.NewInt(200_000)}},
		{"refund more than was paid", "FundRefundExceedsSpend", "refund", w.payee, []any{paid, big.NewInt(300_001)}},
		{"refund the rest", "", "refund", w.payee, []any{paid, big.NewInt(300_000)}},
	}
	for _, tc := range steps {
		t.Run(tc.name, func(t *testing.T) {
			w.t = t
			w.try(tc.from, tc.revert, tc.method, tc.args...)
		})
	}
	w.t = t
	f, _ := w.view.FundOf(&bind.CallOpts{}, id)
	if f.Spent.Int64() != 2_500_000 || f.Refunded.Int64() != 500_000 || f.Pending.Sign() != 0 {
		t.Fatalf("spent %s refunded %s pending %s", f.Spent, f.Refunded, f.Pending)
	}
	if bal, _ := w.view.BalanceOf(&bind.CallOpts{}, id); bal.Int64() != 3_000_000 {
		t.Fatalf("balance %s", bal)
	}
}

func TestFundTermAndSettlement(t *testing.T) {
	w := newFundWorld(t)
	early := w.terms(fund.KindConsignment)
	early.Start = w.city.now() + 5*fundDay
	cons := w.create(early)
	campaign := w.create(w.terms(fund.KindDonation))
	next := w.create(w.terms(fund.KindDonation))
	w.city.ok(w.ledger, w.abi, "deposit", cons, fund.InflowTranche, [32]byte{1}, big.NewInt(3_000_000))
	w.collector.ok(w.ledger, w.abi, "donate", campaign, receipt("s"), big.NewInt(800_000))
	w.supervisor.ok(w.ledger, w.abi, "setFollowUp", campaign, next)
	// A spend waiting for approval at the end of the term lapses at settlement.
	w.try(w.manager, "FundOutsideTerm", "spend", cons, big.NewInt(1), w.payee.addr(), big.NewInt(1), evidence("e"))
	w.warp(6 * fundDay)
	w.try(w.manager, "", "spend", cons, big.NewInt(1), w.payee.addr(), big.NewInt(1_000_000), evidence("e"))
	w.try(w.manager, "", "spend", cons, big.NewInt(1), w.payee.addr(), big.NewInt(1_500_000), evidence("p"))
	w.warp(30 * fundDay)
	w.try(w.manager, "FundOutsideTerm", "spend", cons, big.NewInt(1), w.payee.addr(), big.NewInt(1), evidence("e"))
	w.try(w.collector, "FundOutsideTerm", "donate", campaign, receipt("late"), big.NewInt(1))
	w.try(w.stranger, "FundSettleTooEarly", "settle", cons)
	w.warp(fundGrace + 1)
	city := w.krwOf(w.city.addr())
	w.try(w.stranger, "", "settle", cons)
	if got := new(big.Int).Sub(w.krwOf(w.city.addr()), city); got.Int64() != 2_000_000 {
		t.Fatalf("the city got %s back, want the 2,000,000 unspent", got)
	}
	w.try(w.stranger, "FundAlreadySettled", "settle", cons)
	w.try(w.supervisor, "FundSettled", "approve", big.NewInt(2))
	w.try(w.payee, "FundSettled", "refund", big.NewInt(1), big.NewInt(1))
	w.try(w.city, "FundSettled", "deposit", cons, fund.InflowInterest, [32]byte{}, big.NewInt(1))
	w.try(w.supervisor, "FundSettled", "addPayee", cons, w.stranger.addr())
	w.try(w.supervisor, "", "flag", big.NewInt(1), [32]byte{3}) // an audit flag moves nothing
	f, _ := w.view.FundOf(&bind.CallOpts{}, cons)
	if !f.Settled || f.SettledAmount.Int64() != 2_000_000 || f.Pending.Sign() != 0 {
		t.Fatalf("settled fund: %+v", f)
	}
	// The campaign's remainder moves to its follow-up, inside the ledger.
	held := w.krwOf(w.ledger)
	w.try(w.city, "", "settle", campaign)
	if nf, _ := w.view.FundOf(&bind.CallOpts{}, next); nf.Inflows.Int64() != 800_000 {
		t.Fatalf("follow-up inflows %s", nf.Inflows)
	}
	if got := w.krwOf(w.ledger); got.Cmp(held) != 0 {
		t.Fatalf("ledger KRW %s → %s", held, got)
	}
	// A campaign without a follow-up returns to its city account.
	city = w.krwOf(w.city.addr())
	w.try(w.city, "", "settle", next)
	if got := new(big.Int).Sub(w.krwOf(w.city.addr()), city); got.Int64() != 800_000 {
		t.Fatalf("next returned %s", got)
	}
}

// TestFundStatutoryCap: the decree's tiers at and around each boundary, the cap in won on
// them (the tier's rate, never below the cap at the top of the tier below), contract and
// Go alike, and never lower for more collected.
func TestFundStatutoryCap(t *testing.T) {
	w := newFundWorld(t)
	for _, tc := range []struct{ collected, bps, cap int64 }{
		{0, 1500, 0},
		{1, 1500, 0},
		{1e9 - 1, 1500, 149_999_999},
		{1e9, 1500, 150_000_000},
		// 13% of 1e9+1 is 130,000,000: the cap stays at 150,000,000 until 13% passes it.
		{1e9 + 1, 1300, 150_000_000},
		{1_153_846_153, 1300, 150_000_000},
		{1_153_846_154, 1300, 150_000_000},
		{1_153_846_155, 1300, 150_000_000},
		{1_153_846_160, 1300, 150_000_000},
		{1_153_846_170, 1300, 150_000_002},
		{1e10 - 1, 1300, 1_299_999_999},
		{1e10, 1300, 1_300_000_000},
		{1e10 + 1, 1200, 1_300_000_000},
		{1_083_333_333_4, 1200, 1_300_000_000},
		{1_083_333_334_0, 1200, 1_300_000_000},
		{1_083_333_335_0, 1200, 1_300_000_002},
		{2e10 - 1, 1200, 2_399_999_999},
		{2e10, 1200, 2_400_000_000},
		{2e10 + 1, 1000, 2_400_000_000},
		{2.4e10, 1000, 2_400_000_000},
		{2.4e10 + 10, 1000, 2_400_000_001},
		{1e12, 1000, 1e11},
	} {
		c := big.NewInt(tc.collected)
		bps := w.city.call(w.ledger, w.abi, "statutoryCapBps", c)[0].(uint16)
		capped := w.city.bigCall(w.ledger, w.abi, "statutoryCap", c)
		if bps != uint16(tc.bps) || fund.StatutoryCapBps(c) != bps {
			t.Errorf("rate on %d: contract %d, Go %d, want %d", tc.collected, bps, fund.StatutoryCapBps(c), tc.bps)
		}
		if capped.Int64() != tc.cap || fund.StatutoryCap(c).Cmp(capped) != 0 {
			t.Errorf("cap on %d: contract %s, Go %s, want %d", tc.collected, capped, fund.StatutoryCap(c), tc.cap)
		}
	}
	// Monotone: around each boundary, one won more never lowers the cap.
	for _, b := range []int64{1e9, 1e10, 2e10} {
		prev := fund.StatutoryCap(big.NewInt(b - 1000))
		for c := b - 999; c <= b+1000; c++ {
			next := fund.StatutoryCap(big.NewInt(c))
			if next.Cmp(prev) < 0 {
				t.Fatalf("the cap drops from %s to %s at %d", prev, next, c)
			}
			prev = next
		}
	}
	if !strings.Contains(fund.TraceRule, "pro rata") {
		t.Fatal("trace rule")
	}
}

// TestFundAdminCapBase: a campaign's cap is on its donations only (interest does not raise
// it), a consignment fund's on its inflows; a campaign crossing ₩1 billion keeps the admin
// costs it paid within the cap.
func TestFundAdminCapBase(t *testing.T) {
	w := newFundWorld(t)
	terms := w.terms(fund.KindDonation)
	terms.AdminLimit = big.NewInt(1e12)
	id := w.create(terms)
	cons := w.create(w.terms(fund.KindConsignment))
	w.collector.ok(w.ledger, w.abi, "donate", id, receipt("A1"), big.NewInt(1e9))
	w.stranger.ok(w.ledger, w.abi, "deposit", id, fund.InflowInterest, [32]byte{1}, big.NewInt(1e8))
	w.city.ok(w.ledger, w.abi, "deposit", cons, fund.InflowTranche, [32]byte{2}, big.NewInt(4_000_000))
	w.stranger.ok(w.ledger, w.abi, "deposit", cons, fund.InflowInterest, [32]byte{3}, big.NewInt(1_000_000))
	admin := func(fundID *big.Int, amount int64) []any {
		return []any{fundID, big.NewInt(fund.AdminLine), w.payee.addr(), big.NewInt(amount), evidence("admin")}
	}
	for _, tc := range []struct {
		name, revert string
		args         []any
	}{
		// 15% of the ₩1 billion donated; the ₩100 million of interest counts for nothing.
		{"campaign: up to 15% of the donations", "", admin(id, 150_000_000)},
		{"campaign: interest does not raise the cap", "FundAdminCapExceeded", admin(id, 1)},
		// 10% of the 5,000,000 of tranche and interest
		{"consignment: 10% of the inflows", "", admin(cons, 500_000)},
		{"consignment: over it", "FundAdminCapExceeded", admin(cons, 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w.t = t
			w.try(w.manager, tc.revert, "spend", tc.args...)
		})
	}
	w.t = t
	// One won more crosses into the 13% tier: the cap stays ₩150 million (13% would be
	// ₩130 million, below what was paid), so nothing paid is over it, and no more is allowed
	// until 13% of the donations passes it.
	w.collector.ok(w.ledger, w.abi, "donate", id, receipt("A2"), big.NewInt(1))
	if capNow, _ := w.view.AdminCap(&bind.CallOpts{}, id); capNow.Int64() != 150_000_000 {
		t.Fatalf("cap after crossing ₩1 billion: %s, want 150,000,000", capNow)
	}
	w.try(w.manager, "FundAdminCapExceeded", "spend", admin(id, 1)...)
	w.collector.ok(w.ledger, w.abi, "donate", id, receipt("A3"), big.NewInt(153_846_200))
	w.try(w.manager, "", "spend", admin(id, 5)...) // 13% of 1,153,846,201 is 150,000,006
	w.try(w.manager, "FundAdminCapExceeded", "spend", admin(id, 2)...)
}

// TestFundReceiptsPerFund: a receipt is recorded once per fund. Campaign 1's collector X
// posting a reference first (receipts are sequential, so guessable) to its own fund
// neither blocks campaign 2's collector Y's batch carrying it nor takes it over: each
// traces to its own fund. A repeat in the same fund is still refused, or skipped by a batch
// sent again with the same amount.
func TestFundReceiptsPerFund(t *testing.T) {
	w := newFundWorld(t)
	x, y := w.collector, w.stranger
	one := w.create(w.terms(fund.KindDonation))
	two := w.create(w.terms(fund.KindDonation))
	w.supervisor.ok(w.ledger, w.abi, "removeCollector", two, x.addr())
	w.supervisor.ok(w.ledger, w.abi, "addCollector", two, y.addr())
	r, s := receipt("R-2026-000124"), receipt("R-2026-000125")
	batch := func(pairs ...any) []fundledger.FundLedgerDonation {
		var out []fundledger.FundLedgerDonation
		for i := 0; i < len(pairs); i += 2 {
			out = append(out, fundledger.FundLedgerDonation{Receipt: pairs[i].([32]byte), Amount: big.NewInt(int64(pairs[i+1].(int)))})
		}
		return out
	}
	for _, tc := range []struct {
		name, revert, method string
		from                 *account
		args                 []any
	}{
		{"X posts R to its own fund first", "", "donate", x, []any{one, r, big.NewInt(1)}},
		{"X posts R to fund 2", "FundNotCollector", "donate", x, []any{two, r, big.NewInt(1)}},
		{"Y's batch with R to fund 2 goes through", "", "donateBatch", y, []any{two, batch(r, 50_000, s, 20_000)}},
		{"R again in fund 2", "FundDuplicateReceipt", "donate", y, []any{two, r, big.NewInt(50_000)}},
		{"R in fund 2 with another amount in a batch", "FundDuplicateReceipt", "donateBatch", y, []any{two, batch(r, 7)}},
		{"Y's batch sent again", "", "donateBatch", y, []any{two, batch(r, 50_000, s, 20_000)}},
		{"R again in fund 1", "FundDuplicateReceipt", "donate", x, []any{one, r, big.NewInt(1)}},
		{"X posts S to its own fund after Y", "", "donate", x, []any{one, s, big.NewInt(3)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w.t = t
			w.try(tc.from, tc.revert, tc.method, tc.args...)
		})
	}
	w.t = t
	opts := &bind.CallOpts{}
	books, err := fund.LoadBooks(context.Background(), w.city.s.Backend(), w.ledger)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []struct {
		fund    *big.Int
		receipt [32]byte
		amount  int64
	}{{one, r, 1}, {two, r, 50_000}, {two, s, 20_000}, {one, s, 3}} {
		c, _ := w.view.ReceiptOf(opts, want.fund, want.receipt)
		if c.Fund != want.fund.Uint64() || c.Amount.Int64() != want.amount {
			t.Fatalf("receipt %x in fund %s: %+v, want %d", want.receipt, want.fund, c, want.amount)
		}
		tr, err := books.Trace(want.fund.Uint64(), want.receipt)
		if err != nil || tr.Fund != want.fund.Uint64() || tr.Amount != fmt.Sprint(want.amount) {
			t.Fatalf("trace of %x in fund %s: %+v, %v", want.receipt, want.fund, tr, err)
		}
	}
	if c, _ := w.view.ReceiptOf(opts, big.NewInt(3), r); c.Fund != 0 {
		t.Fatalf("R in a fund that never recorded it: %+v", c)
	}
	f1, _ := w.view.FundOf(opts, one)
	f2, _ := w.view.FundOf(opts, two)
	if f1.Donations.Int64() != 4 || f2.Donations.Int64() != 70_000 {
		t.Fatalf("donations: fund 1 %s, fund 2 %s", f1.Donations, f2.Donations)
	}
}

// TestFundReceiptsRecordedBeforeStayInTheirFund: the proxy upgraded from the
// implementation whose receipts were global (testdata/FundLedger-v1.bin, as built at
// 87584d0) still finds each receipt so recorded, in the fund that recorded it only: that
// fund refuses it again (or a batch skips it with the same amount), another fund records
// the same reference as its own.
func TestFundReceiptsRecordedBeforeStayInTheirFund(t *testing.T) {
	w := newFundWorld(t)
	one := w.create(w.terms(fund.KindDonation))
	two := w.create(w.terms(fund.KindDonation))
	old, current := previousImpl(t, w.city, w.ledger, "FundLedger-v1.bin", fundledger.FundLedgerMetaData, w.token)
	w.city.ok(w.ledger, w.abi, "upgradeToAndCall", old, []byte{})
	r := receipt("R-2026-000001")
	w.collector.ok(w.ledger, w.abi, "donate", one, r, big.NewInt(100)) // the same selector then
	w.try(w.collector, "FundDuplicateReceipt", "donate", two, r, big.NewInt(5))
	w.city.ok(w.ledger, w.abi, "upgradeToAndCall", current, []byte{})

	opts := &bind.CallOpts{}
	if c, _ := w.view.ReceiptOf(opts, one, r); c.Fund != one.Uint64() || c.Amount.Int64() != 100 {
		t.Fatalf("the receipt recorded before, in its fund: %+v", c)
	}
	if c, _ := w.view.ReceiptOf(opts, two, r); c.Fund != 0 {
		t.Fatalf("the receipt recorded before, in another fund: %+v", c)
	}
	again := []fundledger.FundLedgerDonation{{Receipt: r, Amount: big.NewInt(100)}, {Receipt: receipt("R-2026-000002"), Amount: big.NewInt(3)}}
	for _, tc := range []struct {
		name, revert, method string
		args                 []any
	}{
		{"its fund records it again", "FundDuplicateReceipt", "donate", []any{one, r, big.NewInt(100)}},
		{"its fund's batch with another amount", "FundDuplicateReceipt", "donateBatch", []any{one, []fundledger.FundLedgerDonation{{Receipt: r, Amount: big.NewInt(99)}}}},
		{"its fund's batch sent again skips it", "", "donateBatch", []any{one, again}},
		{"another fund records the same reference", "", "donate", []any{two, r, big.NewInt(5)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w.t = t
			w.try(w.collector, tc.revert, tc.method, tc.args...)
		})
	}
	w.t = t
	f1, _ := w.view.FundOf(opts, one)
	f2, _ := w.view.FundOf(opts, two)
	if f1.Donations.Int64() != 103 || f2.Donations.Int64() != 5 {
		t.Fatalf("donations: fund 1 %s, fund 2 %s", f1.Donations, f2.Donations)
	}
	if c, _ := w.view.ReceiptOf(opts, two, r); c.Fund != two.Uint64() || c.Amount.Int64() != 5 {
		t.Fatalf("the reference in fund 2: %+v", c)
	}
}
