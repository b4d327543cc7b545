package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/genesis"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/mileage"
)

var (
	programManagerRole  = common.BytesToHash(crypto.Keccak256([]byte("PROGRAM_MANAGER_ROLE")))
	merchantManagerRole = common.BytesToHash(crypto.Keccak256([]byte("MERCHANT_MANAGER_ROLE")))
	recoveryOfficerRole = common.BytesToHash(crypto.Keccak256([]byte("RECOVERY_OFFICER_ROLE")))
)

const (
	day   = 24 * time.Hour
	epoch = 30 * day // deploy.SCoinEpochLength
)

// scoinWorld: the city (every role), an eco-mileage issuer, two citizens, a Zero Pay shop
// and a stranger; program 1 (eco mileage, budget 1,000,000) is registered with its issuer
// and the shop is a merchant.
type scoinWorld struct {
	t                                  *testing.T
	city, issuer, alice, bob, shop, xx *account
	contract                           common.Address
	sc                                 *abi.ABI
}

func newSCoinWorld(t *testing.T) *scoinWorld {
	t.Helper()
	acc := accounts(t, 6)
	w := &scoinWorld{t: t, city: acc[0], issuer: acc[1], alice: acc[2], bob: acc[3], shop: acc[4], xx: acc[5]}
	w.contract = w.city.deployOne(deploy.SCoin)
	w.sc, _ = scoin.SCoinMetaData.GetAbi()
	w.city.ok(w.contract, w.sc, "addProgram", "eco mileage", big.NewInt(1_000_000), []common.Address{w.issuer.addr()})
	w.city.ok(w.contract, w.sc, "addMerchant", w.shop.addr(), "Mangwon market stall 12")
	return w
}

func (w *scoinWorld) send(from *account, method string, args ...any) error {
	w.t.Helper()
	_, err := from.send(w.contract, w.sc, method, args...)
	return err
}

func (w *scoinWorld) ok(from *account, method string, args ...any) map[string]map[string]string {
	w.t.Helper()
	r := from.ok(w.contract, w.sc, method, args...)
	out := map[string]map[string]string{}
	for _, ev := range r.Events {
		m := map[string]string{}
		for _, f := range ev.Fields {
			m[f.Name] = f.Value
		}
		out[ev.Name] = m
	}
	return out
}

func (w *scoinWorld) balance(a *account) int64 {
	w.t.Helper()
	return w.city.bigCall(w.contract, w.sc, "balanceOf", a.addr()).Int64()
}

func (w *scoinWorld) supply() int64 {
	w.t.Helper()
	return w.city.bigCall(w.contract, w.sc, "totalSupply").Int64()
}

func (w *scoinWorld) credit(to *account, amt int64, record uint64) {
	w.t.Helper()
	w.ok(w.issuer, "credit", uint32(1), to.addr(), big.NewInt(amt), record)
}

func (w *scoinWorld) advance(d time.Duration) {
	w.t.Helper()
	if err := w.city.chain.AdjustTime(d); err != nil {
		w.t.Fatal(err)
	}
}

func (w *scoinWorld) remaining(program uint32) int64 {
	w.t.Helper()
	return w.city.call(w.contract, w.sc, "programInfo", program)[1].(*big.Int).Int64()
}

// report rebuilds the report from the chain's events and checks it against the contract.
func (w *scoinWorld) report() *mileage.Report {
	w.t.Helper()
	r, err := mileage.Load(context.Background(), w.city.chain.Client(), w.contract, 0)
	if err != nil {
		w.t.Fatalf("report: %v", err)
	}
	return r
}

func TestSCoinERC20ViewSurface(t *testing.T) {
	w := newSCoinWorld(t)
	evs := w.ok(w.issuer, "credit", uint32(1), w.alice.addr(), big.NewInt(700), uint64(1))
	if tr := evs["Transfer"]; tr["from"] != (common.Address{}).Hex() || tr["to"] != w.alice.addr().Hex() || tr["value"] != "700" {
		t.Fatalf("Transfer = %v, want a mint of 700 to alice", tr)
	}
	for method, want := range map[string]any{"name": "S-Coin", "symbol": "SCOIN", "decimals": uint8(0)} {
		if got := w.city.call(w.contract, w.sc, method)[0]; got != want {
			t.Errorf("%s = %v, want %v", method, got, want)
		}
	}
	if b, s := w.balance(w.alice), w.supply(); b != 700 || s != 700 {
		t.Fatalf("balanceOf = %d, totalSupply = %d, want 700 and 700", b, s)
	}
}

func TestSCoinPrograms(t *testing.T) {
	w := newSCoinWorld(t)
	err := w.send(w.issuer, "addProgram", "car mileage", big.NewInt(10), []common.Address{})
	reverts(t, err, "AccessControlUnauthorizedAccount", map[string]string{"neededRole": programManagerRole.Hex()})
	reverts(t, w.send(w.city, "addProgram", "", big.NewInt(10), []common.Address{}), "SCoinEmptyName", nil)
	reverts(t, w.send(w.city, "updateProgram", uint32(9), "x", true, big.NewInt(0), big.NewInt(0), []common.Address{}, []common.Address{}),
		"SCoinUnknownProgram", map[string]string{"programId": "9"})

	evs := w.ok(w.city, "addProgram", "car mileage", big.NewInt(50_000), []common.Address{w.xx.addr()})
	if evs["ProgramAdded"]["programId"] != "2" || evs["ProgramIssuer"]["account"] != w.xx.addr().Hex() {
		t.Fatalf("events = %v", evs)
	}
	info := w.city.call(w.contract, w.sc, "programInfo", uint32(2))
	if info[0] != "car mileage" || info[1].(*big.Int).Int64() != 50_000 || info[3] != true || len(info[4].([]common.Address)) != 1 {
		t.Fatalf("programInfo(2) = %v", info)
	}

	// The budget changes only from the value the manager read: a credit in between wins.
	w.credit(w.alice, 100, 1)
	err = w.send(w.city, "updateProgram", uint32(1), "eco mileage", true, big.NewInt(1_000_000), big.NewInt(2_000_000), []common.Address{}, []common.Address{})
	reverts(t, err, "SCoinBudgetChanged", map[string]string{"expected": "1000000", "actual": "999900"})
	w.ok(w.city, "updateProgram", uint32(1), "eco mileage (energy)", true, big.NewInt(999_900), big.NewInt(2_000_000), []common.Address{w.xx.addr()}, []common.Address{w.issuer.addr()})
	if got := w.remaining(1); got != 2_000_000 {
		t.Fatalf("remaining budget %d, want 2000000", got)
	}
	// The removed issuer can no longer credit; the added one can.
	err = w.send(w.issuer, "credit", uint32(1), w.alice.addr(), big.NewInt(1), uint64(2))
	reverts(t, err, "SCoinNotIssuer", map[string]string{"programId": "1", "account": w.issuer.addr().Hex()})
	w.ok(w.xx, "credit", uint32(1), w.alice.addr(), big.NewInt(1), uint64(2))
}

func TestSCoinCreditRules(t *testing.T) {
	w := newSCoinWorld(t)
	w.ok(w.city, "addProgram", "survey mileage", big.NewInt(500), []common.Address{w.issuer.addr()})
	w.ok(w.city, "addProgram", "health mileage", new(big.Int).Lsh(big.NewInt(1), 60), []common.Address{w.issuer.addr()})

	w.credit(w.alice, 300, 77)
	if !w.city.call(w.contract, w.sc, "recordCredited", uint32(1), w.issuer.addr(), uint64(77))[0].(bool) {
		t.Fatal("recordCredited(1, issuer, 77) = false after the credit")
	}
	for _, tc := range []struct {
		name    string
		from    *account
		program uint32
		to      common.Address
		amount  int64
		record  uint64
		err     string
		args    map[string]string
	}{
		{"seen record", w.issuer, 1, w.bob.addr(), 5, 77, "SCoinRecordAlreadyCredited", map[string]string{"programId": "1", "issuer": w.issuer.addr().Hex(), "recordId": "77"}},
		{"not an issuer", w.alice, 1, w.alice.addr(), 5, 78, "SCoinNotIssuer", map[string]string{"account": w.alice.addr().Hex()}},
		{"unknown program", w.issuer, 7, w.bob.addr(), 5, 78, "SCoinUnknownProgram", map[string]string{"programId": "7"}},
		{"beyond budget", w.issuer, 2, w.bob.addr(), 501, 1, "SCoinBudgetExceeded", map[string]string{"requested": "501", "remaining": "500"}},
		{"zero amount", w.issuer, 1, w.bob.addr(), 0, 78, "SCoinZeroAmount", nil},
		{"zero address", w.issuer, 1, common.Address{}, 5, 78, "SCoinZeroAddress", nil},
		{"to a merchant", w.issuer, 1, w.shop.addr(), 5, 78, "SCoinCreditToMerchant", map[string]string{"merchant": w.shop.addr().Hex()}},
		{"too large for an epoch", w.issuer, 3, w.bob.addr(), 1 << 48, 78, "SCoinEpochAmountTooLarge", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.from.send(w.contract, w.sc, "credit", tc.program, tc.to, big.NewInt(tc.amount), tc.record)
			reverts(t, err, tc.err, tc.args)
		})
	}
	// The same record number in another program is another record.
	w.ok(w.issuer, "credit", uint32(2), w.bob.addr(), big.NewInt(500), uint64(77))
	if w.remaining(2) != 0 || w.balance(w.bob) != 500 {
		t.Fatalf("program 2 remaining %d, bob %d; want 0 and 500", w.remaining(2), w.balance(w.bob))
	}
	// An inactive program credits nothing.
	w.ok(w.city, "updateProgram", uint32(1), "eco mileage", false, big.NewInt(999_700), big.NewInt(999_700), []common.Address{}, []common.Address{})
	reverts(t, w.send(w.issuer, "credit", uint32(1), w.bob.addr(), big.NewInt(1), uint64(99)), "SCoinProgramInactive", map[string]string{"programId": "1"})
	if w.balance(w.alice) != 300 || w.supply() != 800 {
		t.Fatalf("alice %d, supply %d; want 300 and 800", w.balance(w.alice), w.supply())
	}
}

func entries(to []common.Address, amt int64, firstRecord uint64) []scoin.SCoinCredit {
	out := make([]scoin.SCoinCredit, len(to))
	for i, a := range to {
		out[i] = scoin.SCoinCredit{Citizen: a, Amount: big.NewInt(amt), RecordId: firstRecord + uint64(i)}
	}
	return out
}

func TestSCoinBatchCreditSkipsSeenRecords(t *testing.T) {
	w := newSCoinWorld(t)
	w.credit(w.alice, 10, 2) // record 2 credited alone before the batch
	batch := entries([]common.Address{w.alice.addr(), w.alice.addr(), w.bob.addr()}, 10, 1)
	r := w.issuer.ok(w.contract, w.sc, "creditBatch", uint32(1), batch)
	var skipped []string
	credited := 0
	for _, ev := range r.Events {
		switch ev.Name {
		case "CreditSkipped":
			skipped = append(skipped, eventField(ev, "recordId"))
		case "Credited":
			credited++
		}
	}
	if fmt.Sprint(skipped) != "[2]" || credited != 2 {
		t.Fatalf("skipped %v, credited %d; want [2] and 2", skipped, credited)
	}
	// The whole batch again, as after a crash: nothing is credited twice.
	r = w.issuer.ok(w.contract, w.sc, "creditBatch", uint32(1), batch)
	if n := len(r.Events); n != 3 || r.Events[0].Name != "CreditSkipped" {
		t.Fatalf("retried batch events = %+v, want three CreditSkipped", r.Events)
	}
	if w.balance(w.alice) != 20 || w.balance(w.bob) != 10 || w.remaining(1) != 1_000_000-30 {
		t.Fatalf("alice %d bob %d remaining %d", w.balance(w.alice), w.balance(w.bob), w.remaining(1))
	}

	// A batch is refused whole: over budget, an entry to a merchant, empty, not an issuer.
	big := entries([]common.Address{w.bob.addr(), w.alice.addr()}, 600_000, 10)
	reverts(t, w.send(w.issuer, "creditBatch", uint32(1), big), "SCoinBudgetExceeded", map[string]string{"requested": "1200000"})
	bad := entries([]common.Address{w.bob.addr(), w.shop.addr()}, 1, 20)
	reverts(t, w.send(w.issuer, "creditBatch", uint32(1), bad), "SCoinCreditToMerchant", nil)
	reverts(t, w.send(w.issuer, "creditBatch", uint32(1), []scoin.SCoinCredit{}), "SCoinEmptyBatch", nil)
	reverts(t, w.send(w.bob, "creditBatch", uint32(1), batch), "SCoinNotIssuer", nil)
	if w.city.call(w.contract, w.sc, "recordCredited", uint32(1), w.issuer.addr(), uint64(20))[0].(bool) {
		t.Fatal("a refused batch marked its records credited")
	}
}

func TestSCoinBatchOf500FitsTheDevnetGasLimit(t *testing.T) {
	w := newSCoinWorld(t)
	to := make([]common.Address, 500)
	for i := range to {
		to[i] = common.BigToAddress(big.NewInt(int64(0x10000 + i)))
	}
	r := w.issuer.ok(w.contract, w.sc, "creditBatch", uint32(1), entries(to, 2, 1000))
	if r.GasUsed > genesis.DefaultGasLimit/2 {
		t.Fatalf("a batch of 500 new citizens used %d gas, more than half the devnet's block gas limit %d", r.GasUsed, genesis.DefaultGasLimit)
	}
	if w.supply() != 1000 {
		t.Fatalf("supply %d, want 1000", w.supply())
	}
}

func TestSCoinSpendingOnlyAtMerchants(t *testing.T) {
	w := newSCoinWorld(t)
	w.credit(w.alice, 1000, 1)
	evs := w.ok(w.alice, "transfer", w.shop.addr(), big.NewInt(300))
	if evs["Transfer"]["to"] != w.shop.addr().Hex() || evs["Transfer"]["value"] != "300" {
		t.Fatalf("Transfer = %v", evs["Transfer"])
	}
	evs = w.ok(w.alice, "pay", w.shop.addr(), big.NewInt(200), "ORDER-1")
	if evs["Paid"]["paymentReference"] != "ORDER-1" {
		t.Fatalf("Paid = %v", evs["Paid"])
	}
	if w.balance(w.alice) != 500 || w.balance(w.shop) != 500 || w.supply() != 1000 {
		t.Fatalf("alice %d shop %d supply %d", w.balance(w.alice), w.balance(w.shop), w.supply())
	}
	w.ok(w.city, "addMerchant", w.xx.addr(), "closed shop")
	w.ok(w.city, "removeMerchant", w.xx.addr())
	for _, tc := range []struct {
		name   string
		from   *account
		method string
		args   []any
		err    string
		want   map[string]string
	}{
		{"to a citizen", w.alice, "transfer", []any{w.bob.addr(), big.NewInt(1)}, "SCoinNotMerchant", map[string]string{"account": w.bob.addr().Hex()}},
		{"to an unregistered address", w.alice, "transfer", []any{common.HexToAddress("0x1234"), big.NewInt(1)}, "SCoinNotMerchant", nil},
		{"to a removed merchant", w.alice, "transfer", []any{w.xx.addr(), big.NewInt(1)}, "SCoinMerchantInactive", nil},
		{"by a merchant", w.shop, "transfer", []any{w.xx.addr(), big.NewInt(1)}, "SCoinMerchantCannotSpend", map[string]string{"merchant": w.shop.addr().Hex()}},
		{"more than the balance", w.alice, "transfer", []any{w.shop.addr(), big.NewInt(501)}, "SCoinInsufficientBalance", map[string]string{"balance": "500", "needed": "501"}},
		{"nothing", w.alice, "transfer", []any{w.shop.addr(), big.NewInt(0)}, "SCoinZeroAmount", nil},
		{"a payment reference twice", w.alice, "pay", []any{w.shop.addr(), big.NewInt(1), "ORDER-1"}, "SCoinPaymentReferenceUsed", map[string]string{"paymentReference": "ORDER-1"}},
		{"without a payment reference", w.alice, "pay", []any{w.shop.addr(), big.NewInt(1), ""}, "SCoinEmptyReference", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { reverts(t, w.send(tc.from, tc.method, tc.args...), tc.err, tc.want) })
	}
	// Merchant management: an address with points cannot become a merchant, and only the
	// merchant manager registers merchants.
	reverts(t, w.send(w.city, "addMerchant", w.alice.addr(), "alice's shop"), "SCoinCitizenHasPoints", nil)
	reverts(t, w.send(w.bob, "addMerchant", w.bob.addr(), "bob's shop"), "AccessControlUnauthorizedAccount", map[string]string{"neededRole": merchantManagerRole.Hex()})
	reverts(t, w.send(w.city, "removeMerchant", w.bob.addr()), "SCoinNotMerchant", nil)
	if !w.city.call(w.contract, w.sc, "paymentMade", w.alice.addr(), "ORDER-1")[0].(bool) {
		t.Fatal("paymentMade(alice, ORDER-1) = false")
	}
}

func TestSCoinRedeem(t *testing.T) {
	w := newSCoinWorld(t)
	w.credit(w.alice, 1000, 1)
	w.ok(w.alice, "transfer", w.shop.addr(), big.NewInt(800))
	evs := w.ok(w.shop, "redeem", big.NewInt(500), "SETTLE-2026-11-0001")
	if evs["Redeemed"]["settlementReference"] != "SETTLE-2026-11-0001" || evs["Transfer"]["to"] != (common.Address{}).Hex() {
		t.Fatalf("events = %v", evs)
	}
	if w.balance(w.shop) != 300 || w.supply() != 500 {
		t.Fatalf("shop %d supply %d; want 300 and 500", w.balance(w.shop), w.supply())
	}
	reverts(t, w.send(w.shop, "redeem", big.NewInt(1), "SETTLE-2026-11-0001"), "SCoinSettlementReferenceUsed", map[string]string{"settlementReference": "SETTLE-2026-11-0001"})
	reverts(t, w.send(w.shop, "redeem", big.NewInt(301), "SETTLE-2"), "SCoinInsufficientBalance", map[string]string{"balance": "300"})
	reverts(t, w.send(w.alice, "redeem", big.NewInt(1), "SETTLE-3"), "SCoinNotMerchant", nil)
	reverts(t, w.send(w.shop, "redeem", big.NewInt(1), ""), "SCoinEmptyReference", nil)
	// A removed merchant can still redeem what the city owes it.
	w.ok(w.city, "removeMerchant", w.shop.addr())
	w.ok(w.shop, "redeem", big.NewInt(300), "SETTLE-4")
	if w.balance(w.shop) != 0 || w.supply() != 200 {
		t.Fatalf("shop %d supply %d; want 0 and 200", w.balance(w.shop), w.supply())
	}
	if !w.city.call(w.contract, w.sc, "settlementRedeemed", w.shop.addr(), "SETTLE-4")[0].(bool) {
		t.Fatal("settlementRedeemed = false")
	}
}

func TestSCoinExpiry(t *testing.T) {
	w := newSCoinWorld(t)
	w.credit(w.alice, 100, 1) // the older credit
	w.advance(365 * day)
	w.credit(w.alice, 50, 2)

	// expiringOf lists both, soonest first, each at least five years away.
	exp := w.city.call(w.contract, w.sc, "expiringOf", w.alice.addr())
	at, amts := exp[0].([]uint64), exp[1].([]*big.Int)
	if len(at) != 2 || amts[0].Int64() != 100 || amts[1].Int64() != 50 || at[0] >= at[1] {
		t.Fatalf("expiringOf = %v %v", at, amts)
	}
	// Spending takes the oldest points first.
	w.ok(w.alice, "transfer", w.shop.addr(), big.NewInt(30))
	exp = w.city.call(w.contract, w.sc, "expiringOf", w.alice.addr())
	if amts := exp[1].([]*big.Int); amts[0].Int64() != 70 || amts[1].Int64() != 50 {
		t.Fatalf("after spending 30: %v, want the older 100 down to 70", amts)
	}

	// Five years and an epoch after the first credit, its rest (70) has expired: not in the
	// balance, not spendable, still in totalSupply until swept.
	w.advance(1826*day - 365*day + epoch)
	if b, e, s := w.balance(w.alice), w.city.bigCall(w.contract, w.sc, "expiredOf", w.alice.addr()).Int64(), w.supply(); b != 50 || e != 70 || s != 150 {
		t.Fatalf("balance %d, expired %d, supply %d; want 50, 70, 150", b, e, s)
	}
	reverts(t, w.send(w.alice, "transfer", w.shop.addr(), big.NewInt(51)), "SCoinInsufficientBalance", map[string]string{"balance": "50"})
	evs := w.ok(w.xx, "sweep", []common.Address{w.alice.addr()})
	if evs["Expired"]["amount"] != "70" {
		t.Fatalf("Expired = %v", evs["Expired"])
	}
	if s := w.supply(); s != 80 {
		t.Fatalf("supply after sweep %d, want 80 (50 alice + 30 shop)", s)
	}
	w.report()
}

// TestSCoinSpendGasBounded: however many credits a citizen received, over however long, a
// spend reads at most the ring of bucket slots.
func TestSCoinSpendGasBounded(t *testing.T) {
	w := newSCoinWorld(t)
	record := uint64(1)
	spendGas := func() uint64 {
		r := w.alice.ok(w.contract, w.sc, "transfer", w.shop.addr(), big.NewInt(w.balance(w.alice)))
		return r.GasUsed
	}
	w.credit(w.alice, 5, record)
	first := spendGas()
	// Credits every epoch for seven years: more than the five-year ring, so slots are reused.
	for i := 0; i < 7*13; i++ {
		w.advance(epoch)
		record++
		w.credit(w.alice, 5, record)
	}
	many := spendGas()
	ring := w.city.bigCall(w.contract, w.sc, "RING_SIZE").Uint64()
	bound := uint64(60_000) + ring*8_000
	t.Logf("spend gas: after 1 credit %d, after %d credits over 7 years %d (ring %d, bound %d)", first, record, many, ring, bound)
	if many > bound {
		t.Fatalf("a spend after %d credits used %d gas, over the bound %d", record, many, bound)
	}
	w.report()
}

func TestSCoinRecovery(t *testing.T) {
	w := newSCoinWorld(t)
	w.credit(w.alice, 100, 1)
	w.advance(2 * epoch)
	w.credit(w.alice, 40, 2)
	w.credit(w.bob, 5, 3) // the new address already holds points: they are merged
	before := w.city.call(w.contract, w.sc, "expiringOf", w.alice.addr())

	reverts(t, w.send(w.xx, "requestRecovery", w.alice.addr(), w.bob.addr()), "AccessControlUnauthorizedAccount", map[string]string{"neededRole": recoveryOfficerRole.Hex()})
	reverts(t, w.send(w.city, "requestRecovery", w.alice.addr(), w.shop.addr()), "SCoinBadRecovery", nil)
	reverts(t, w.send(w.city, "executeRecovery", w.alice.addr()), "SCoinNoRecovery", nil)

	// The old address cancels a request it did not want.
	w.ok(w.city, "requestRecovery", w.alice.addr(), w.xx.addr())
	reverts(t, w.send(w.city, "requestRecovery", w.alice.addr(), w.bob.addr()), "SCoinRecoveryPending", nil)
	reverts(t, w.send(w.bob, "cancelRecovery", w.alice.addr()), "SCoinNotRecoveryParty", map[string]string{"account": w.bob.addr().Hex()})
	w.ok(w.alice, "cancelRecovery", w.alice.addr())
	reverts(t, w.send(w.alice, "cancelRecovery", w.alice.addr()), "SCoinNoRecovery", nil)

	evs := w.ok(w.city, "requestRecovery", w.alice.addr(), w.bob.addr())
	after := evs["RecoveryRequested"]["executeAfter"]
	// While it is pending, the lost phone cannot be drained, and nothing moves early.
	reverts(t, w.send(w.alice, "transfer", w.shop.addr(), big.NewInt(1)), "SCoinRecoveryPending", nil)
	w.advance(71 * time.Hour)
	reverts(t, w.send(w.xx, "executeRecovery", w.alice.addr()), "SCoinRecoveryTooEarly", map[string]string{"executeAfter": after})
	w.advance(2 * time.Hour)
	evs = w.ok(w.xx, "executeRecovery", w.alice.addr())
	if evs["RecoveryExecuted"]["amount"] != "140" {
		t.Fatalf("RecoveryExecuted = %v", evs["RecoveryExecuted"])
	}
	if w.balance(w.alice) != 0 || w.balance(w.bob) != 145 || w.supply() != 145 {
		t.Fatalf("alice %d bob %d supply %d", w.balance(w.alice), w.balance(w.bob), w.supply())
	}
	// The points keep their expiry: bob's expiring list is alice's, plus his own 5.
	got := w.city.call(w.contract, w.sc, "expiringOf", w.bob.addr())
	if fmt.Sprint(got[0]) != fmt.Sprint(before[0]) {
		t.Fatalf("expiry times moved: %v before, %v after", before[0], got[0])
	}
	if fmt.Sprint(got[1]) != "[100 45]" {
		t.Fatalf("bob's buckets %v, want [100 45]", got[1])
	}
	w.ok(w.bob, "transfer", w.shop.addr(), big.NewInt(145))
	w.report()
}

func TestSCoinPause(t *testing.T) {
	w := newSCoinWorld(t)
	w.credit(w.alice, 100, 1)
	w.credit(w.bob, 7, 2)
	w.ok(w.alice, "transfer", w.shop.addr(), big.NewInt(10))
	reverts(t, w.send(w.alice, "pause"), "AccessControlUnauthorizedAccount", map[string]string{"neededRole": pauserRole.Hex()})
	w.ok(w.city, "requestRecovery", w.bob.addr(), w.xx.addr())
	w.advance(73 * time.Hour)
	w.ok(w.city, "pause")
	for name, try := range map[string]func() error{
		"credit": func() error { return w.send(w.issuer, "credit", uint32(1), w.bob.addr(), big.NewInt(1), uint64(2)) },
		"credit batch": func() error {
			return w.send(w.issuer, "creditBatch", uint32(1), entries([]common.Address{w.bob.addr()}, 1, 3))
		},
		"transfer": func() error { return w.send(w.alice, "transfer", w.shop.addr(), big.NewInt(1)) },
		"pay":      func() error { return w.send(w.alice, "pay", w.shop.addr(), big.NewInt(1), "O-1") },
		"redeem":   func() error { return w.send(w.shop, "redeem", big.NewInt(1), "S-1") },
		"recovery": func() error { return w.send(w.xx, "executeRecovery", w.bob.addr()) },
	} {
		t.Run(name+" while paused", func(t *testing.T) { reverts(t, try(), "EnforcedPause", nil) })
	}
	// Views still answer.
	if w.balance(w.alice) != 90 || w.supply() != 107 {
		t.Fatalf("views while paused: alice %d supply %d", w.balance(w.alice), w.supply())
	}
	w.ok(w.city, "unpause")
	w.ok(w.alice, "transfer", w.shop.addr(), big.NewInt(1))
	w.ok(w.xx, "executeRecovery", w.bob.addr())
}

// TestSCoinExpiryRunsDuringPause: a pause stops what moves value, not the calendar: points
// expire on their date while paused, and sweep (which moves no value) still works.
func TestSCoinExpiryRunsDuringPause(t *testing.T) {
	w := newSCoinWorld(t)
	w.credit(w.alice, 100, 1)
	w.ok(w.city, "pause")
	w.advance(1826*day + epoch)
	if b, e := w.balance(w.alice), w.city.bigCall(w.contract, w.sc, "expiredOf", w.alice.addr()).Int64(); b != 0 || e != 100 {
		t.Fatalf("while paused past expiry: balance %d, expired %d; want 0 and 100", b, e)
	}
	evs := w.ok(w.xx, "sweep", []common.Address{w.alice.addr()})
	if evs["Expired"]["amount"] != "100" || w.supply() != 0 {
		t.Fatalf("sweep while paused: %v, supply %d", evs["Expired"], w.supply())
	}
	w.ok(w.city, "unpause")
	reverts(t, w.send(w.alice, "transfer", w.shop.addr(), big.NewInt(1)), "SCoinInsufficientBalance", nil)
	w.report()
}

// TestSCoinPayThroughTheForwarder: a citizen signs, another account (the relayer) pays gas.
func TestSCoinPayThroughTheForwarder(t *testing.T) {
	w := newSCoinWorld(t)
	w.credit(w.alice, 100, 1)
	fwdAddr := w.city.call(w.contract, w.sc, "trustedForwarder")[0].(common.Address)
	fwd, _ := cityforwarder.CityForwarderMetaData.GetAbi()
	data, _ := w.sc.Pack("pay", w.shop.addr(), big.NewInt(60), "ORDER-77")
	chainID, _ := w.alice.s.Backend().ChainID(context.Background())
	head, _ := w.alice.s.Backend().HeaderByNumber(context.Background(), nil)
	dom := forwarder.Domain{ChainID: chainID, Forwarder: fwdAddr}
	req := forwarder.Request{From: w.alice.addr(), To: w.contract, Gas: big.NewInt(200_000),
		Nonce: w.alice.bigCall(fwdAddr, fwd, "nonces", w.alice.addr()), Deadline: head.Time + 600, Data: data}
	sig, err := dom.Sign(req, w.alice.key)
	if err != nil {
		t.Fatal(err)
	}
	if err := dom.Verify(req, sig); err != nil {
		t.Fatal(err)
	}
	aliceEth, _ := w.city.chain.Client().BalanceAt(context.Background(), w.alice.addr(), nil)
	w.xx.ok(fwdAddr, fwd, "execute", req.Signed(sig))
	if w.balance(w.alice) != 40 || w.balance(w.shop) != 60 {
		t.Fatalf("alice %d shop %d after the relayed payment", w.balance(w.alice), w.balance(w.shop))
	}
	if after, _ := w.city.chain.Client().BalanceAt(context.Background(), w.alice.addr(), nil); after.Cmp(aliceEth) != 0 {
		t.Fatalf("alice paid gas: %s -> %s", aliceEth, after)
	}
	_, err = w.xx.send(fwdAddr, fwd, "execute", req.Signed(sig))
	reverts(t, err, "ERC2771ForwarderInvalidSigner", nil)
}

// TestSCoinRefusalsLeftOver: the failing cases of rules whose passing case is above.
func TestSCoinRefusalsLeftOver(t *testing.T) {
	w := newSCoinWorld(t)
	w.credit(w.alice, 100, 1)
	w.ok(w.alice, "transfer", w.shop.addr(), big.NewInt(10))
	for _, tc := range []struct {
		name   string
		from   *account
		method string
		args   []any
		err    string
	}{
		{"an issuer at the zero address", w.city, "addProgram", []any{"car", big.NewInt(1), []common.Address{{}}}, "SCoinZeroAddress"},
		{"a merchant at the zero address", w.city, "addMerchant", []any{common.Address{}, "x"}, "SCoinZeroAddress"},
		{"a merchant without a name", w.city, "addMerchant", []any{w.xx.addr(), ""}, "SCoinEmptyName"},
		{"removing a merchant twice", w.city, "removeMerchant", []any{w.shop.addr()}, ""},
		{"redeeming nothing", w.shop, "redeem", []any{big.NewInt(0), "S-0"}, "SCoinZeroAmount"},
		{"recovery to the same address", w.city, "requestRecovery", []any{w.alice.addr(), w.alice.addr()}, "SCoinBadRecovery"},
		{"recovery delay by a non-admin", w.alice, "setRecoveryDelay", []any{uint64(86400)}, "AccessControlUnauthorizedAccount"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.err == "" { // a second removal: the first must pass
				w.ok(tc.from, tc.method, tc.args...)
				tc.err = "SCoinMerchantInactive"
			}
			reverts(t, w.send(tc.from, tc.method, tc.args...), tc.err, nil)
		})
	}
	// The admin's recovery delay applies to requests from then on.
	w.ok(w.city, "setRecoveryDelay", uint64(86400))
	r := w.city.ok(w.contract, w.sc, "requestRecovery", w.alice.addr(), w.bob.addr())
	head, _ := w.city.chain.Client().HeaderByNumber(context.Background(), new(big.Int).SetUint64(r.Block))
	if got := event(t, r, "RecoveryRequested")["executeAfter"]; got != fmt.Sprint(head.Time+86400) {
		t.Fatalf("executeAfter %s, want block time + 86400 (%d)", got, head.Time+86400)
	}
}

// TestSCoinConstructorRefusesBadPeriods: an epoch of 0, or more than 1,000 epochs in the
// validity period (the ring, and so the gas of a spend, would grow with it).
func TestSCoinConstructorRefusesBadPeriods(t *testing.T) {
	acc := accounts(t, 1)
	a, _ := scoin.SCoinMetaData.GetAbi()
	for _, p := range [][2]int64{{0, 100}, {86400, 0}, {1, 1001}} {
		args, err := a.Pack("", big.NewInt(p[0]), big.NewInt(p[1]))
		if err != nil {
			t.Fatal(err)
		}
		_, err = acc[0].s.Simulate(context.Background(), txsend.Candidate{Data: append(common.FromHex(scoin.SCoinMetaData.Bin), args...)})
		reverts(t, err, "SCoinBadPeriod", map[string]string{"epochLength": fmt.Sprint(p[0]), "validityPeriod": fmt.Sprint(p[1])})
	}
}

func (w *scoinWorld) frozen(a *account) bool {
	w.t.Helper()
	return w.city.call(w.contract, w.sc, "frozen", a.addr())[0].(bool)
}

// TestSCoinRecoveryDelayMinimum: the admin cannot shorten the delay below a day, so a move
// of a citizen's balance can never run in one block.
func TestSCoinRecoveryDelayMinimum(t *testing.T) {
	w := newSCoinWorld(t)
	for _, d := range []uint64{0, 1, 24*3600 - 1} {
		reverts(t, w.send(w.city, "setRecoveryDelay", d), "SCoinRecoveryDelayTooShort",
			map[string]string{"delay": fmt.Sprint(d), "minimum": "86400"})
	}
	if evs := w.ok(w.city, "setRecoveryDelay", uint64(24*3600)); evs["RecoveryDelaySet"]["delay"] != "86400" {
		t.Fatalf("RecoveryDelaySet = %v", evs["RecoveryDelaySet"])
	}
	if got := w.city.call(w.contract, w.sc, "recoveryDelay")[0].(uint64); got != 24*3600 {
		t.Fatalf("recoveryDelay %d, want 86400", got)
	}
}

// TestSCoinSelfCancelFreezes: whoever holds a lost phone can cancel its recovery; the
// cancel freezes the account's spending until an officer unfreezes it or recovers it.
func TestSCoinSelfCancelFreezes(t *testing.T) {
	w := newSCoinWorld(t)
	w.credit(w.alice, 100, 1)

	// An officer's cancel does not freeze.
	w.ok(w.city, "requestRecovery", w.alice.addr(), w.bob.addr())
	w.ok(w.city, "cancelRecovery", w.alice.addr())
	if w.frozen(w.alice) {
		t.Fatal("an officer's cancel froze the account")
	}
	w.ok(w.alice, "transfer", w.shop.addr(), big.NewInt(10))
	reverts(t, w.send(w.city, "unfreeze", w.alice.addr()), "SCoinNotFrozen", map[string]string{"account": w.alice.addr().Hex()})

	// The old address cancels: frozen, no spending of any kind.
	w.ok(w.city, "requestRecovery", w.alice.addr(), w.bob.addr())
	evs := w.ok(w.alice, "cancelRecovery", w.alice.addr())
	if evs["AccountFrozen"]["account"] != w.alice.addr().Hex() || !w.frozen(w.alice) {
		t.Fatalf("events %v, frozen %v: want AccountFrozen and frozen", evs, w.frozen(w.alice))
	}
	frozen := map[string]string{"account": w.alice.addr().Hex()}
	reverts(t, w.send(w.alice, "transfer", w.shop.addr(), big.NewInt(1)), "SCoinAccountFrozen", frozen)
	reverts(t, w.send(w.alice, "pay", w.shop.addr(), big.NewInt(1), "ORDER-9"), "SCoinAccountFrozen", frozen)
	// Credits still arrive; only an officer unfreezes.
	w.credit(w.alice, 5, 2)
	reverts(t, w.send(w.alice, "unfreeze", w.alice.addr()), "AccessControlUnauthorizedAccount", map[string]string{"neededRole": recoveryOfficerRole.Hex()})
	evs = w.ok(w.city, "unfreeze", w.alice.addr())
	if evs["AccountUnfrozen"]["account"] != w.alice.addr().Hex() || evs["AccountUnfrozen"]["by"] != w.city.addr().Hex() || w.frozen(w.alice) {
		t.Fatalf("unfreeze events %v", evs)
	}
	w.ok(w.alice, "pay", w.shop.addr(), big.NewInt(5), "ORDER-9")

	// Frozen again, the officer decides for a recovery instead: it executes and unfreezes.
	w.ok(w.city, "requestRecovery", w.alice.addr(), w.bob.addr())
	w.ok(w.alice, "cancelRecovery", w.alice.addr())
	w.ok(w.city, "requestRecovery", w.alice.addr(), w.xx.addr())
	w.advance(73 * time.Hour)
	evs = w.ok(w.bob, "executeRecovery", w.alice.addr())
	if evs["RecoveryExecuted"]["amount"] != "90" || evs["AccountUnfrozen"]["account"] != w.alice.addr().Hex() || w.frozen(w.alice) {
		t.Fatalf("execute of a frozen account's recovery: %v", evs)
	}
	w.ok(w.xx, "transfer", w.shop.addr(), big.NewInt(90))
	w.report()
}

// TestSCoinRecoveryToNewMerchant: the new address registered as a merchant during the
// delay would make the points vanish from every balance: execution re-checks it.
func TestSCoinRecoveryToNewMerchant(t *testing.T) {
	w := newSCoinWorld(t)
	w.credit(w.alice, 100, 1)
	w.ok(w.city, "requestRecovery", w.alice.addr(), w.xx.addr())
	w.ok(w.city, "addMerchant", w.xx.addr(), "a shop opened meanwhile")
	w.advance(73 * time.Hour)
	reverts(t, w.send(w.bob, "executeRecovery", w.alice.addr()), "SCoinRecoveryToMerchant",
		map[string]string{"from": w.alice.addr().Hex(), "to": w.xx.addr().Hex()})
	if w.balance(w.alice) != 100 {
		t.Fatalf("alice %d, want her 100 untouched", w.balance(w.alice))
	}
	// The officer cancels and recovers to another address.
	w.ok(w.city, "cancelRecovery", w.alice.addr())
	w.ok(w.city, "requestRecovery", w.alice.addr(), w.bob.addr())
	w.advance(73 * time.Hour)
	w.ok(w.xx, "executeRecovery", w.alice.addr())
	if w.balance(w.bob) != 100 {
		t.Fatalf("bob %d, want 100", w.balance(w.bob))
	}
}

// TestSCoinRecordsPerIssuer: record IDs belong to the issuer. Two issuers of one program
// with overlapping numbering both credit, and neither can claim the other's records first.
func TestSCoinRecordsPerIssuer(t *testing.T) {
	w := newSCoinWorld(t)
	second := w.xx
	w.ok(w.city, "updateProgram", uint32(1), "eco mileage", true, big.NewInt(1_000_000), big.NewInt(1_000_000), []common.Address{second.addr()}, []common.Address{})
	evs := w.ok(second, "credit", uint32(1), w.bob.addr(), big.NewInt(7), uint64(5))
	if evs["Credited"]["issuer"] != second.addr().Hex() {
		t.Fatalf("Credited = %v, want the issuer", evs["Credited"])
	}
	// The first issuer's record 5 is its own, not taken by the other's.
	w.credit(w.alice, 10, 5)
	r := w.issuer.ok(w.contract, w.sc, "creditBatch", uint32(1), entries([]common.Address{w.alice.addr(), w.bob.addr()}, 3, 5))
	skip := event(t, r, "CreditSkipped")
	if skip["issuer"] != w.issuer.addr().Hex() || skip["recordId"] != "5" || event(t, r, "Credited")["recordId"] != "6" {
		t.Fatalf("batch events %+v: want record 5 skipped for the issuer and 6 credited", r.Events)
	}
	reverts(t, w.send(second, "credit", uint32(1), w.bob.addr(), big.NewInt(7), uint64(5)), "SCoinRecordAlreadyCredited",
		map[string]string{"issuer": second.addr().Hex(), "recordId": "5"})
	for _, tc := range []struct {
		issuer *account
		record uint64
		want   bool
	}{{w.issuer, 5, true}, {w.issuer, 6, true}, {second, 5, true}, {second, 6, false}} {
		if got := w.city.call(w.contract, w.sc, "recordCredited", uint32(1), tc.issuer.addr(), tc.record)[0].(bool); got != tc.want {
			t.Errorf("recordCredited(1, %s, %d) = %v, want %v", tc.issuer.addr().Hex(), tc.record, got, tc.want)
		}
	}
	if w.balance(w.alice) != 10 || w.balance(w.bob) != 10 || w.remaining(1) != 1_000_000-20 {
		t.Fatalf("alice %d bob %d remaining %d", w.balance(w.alice), w.balance(w.bob), w.remaining(1))
	}
	if p := w.report().Programs[0]; p.Credits != 3 || p.Skipped != 1 {
		t.Fatalf("report: %d credits, %d skipped; want 3 and 1", p.Credits, p.Skipped)
	}
}

// TestSCoinPinnedIssuer: the relayer's choice of key for a program's credits is the lowest
// address among its keys that is an issuer, whatever their order.
func TestSCoinPinnedIssuer(t *testing.T) {
	w := newSCoinWorld(t)
	v, err := scoin.NewSCoinCaller(w.contract, w.city.chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	keys := []common.Address{w.bob.addr(), w.xx.addr(), w.issuer.addr()}
	if got, err := mileage.PinnedIssuer(ctx, v, 1, keys); err != nil || got != w.issuer.addr() {
		t.Fatalf("PinnedIssuer = %s, %v; want the only issuer %s", got.Hex(), err, w.issuer.addr().Hex())
	}
	w.ok(w.city, "updateProgram", uint32(1), "eco mileage", true, big.NewInt(1_000_000), big.NewInt(1_000_000), []common.Address{w.xx.addr()}, []common.Address{})
	want := w.xx.addr()
	if w.issuer.addr().Cmp(want) < 0 {
		want = w.issuer.addr()
	}
	for _, order := range [][]common.Address{keys, {keys[2], keys[1], keys[0]}} {
		if got, err := mileage.PinnedIssuer(ctx, v, 1, order); err != nil || got != want {
			t.Fatalf("PinnedIssuer(%v) = %s, %v; want the lowest issuer %s", order, got.Hex(), err, want.Hex())
		}
	}
	if _, err := mileage.PinnedIssuer(ctx, v, 1, []common.Address{w.bob.addr()}); !errors.Is(err, mileage.ErrNotIssuer) {
		t.Fatalf("no issuing key: %v, want ErrNotIssuer", err)
	}
}

// TestSCoinMerchantPages: the merchant list is read in pages, and a credit list is checked
// against merchants by asking about its own accounts, both with more merchants than a page.
func TestSCoinMerchantPages(t *testing.T) {
	w := newSCoinWorld(t)
	all := []common.Address{w.shop.addr()}
	for i := 0; i < 6; i++ {
		m := common.BigToAddress(big.NewInt(int64(0x5400 + i)))
		w.ok(w.city, "addMerchant", m, fmt.Sprintf("stall %d", i))
		all = append(all, m)
	}
	w.ok(w.city, "removeMerchant", all[2]) // removed merchants stay listed
	if n := w.city.bigCall(w.contract, w.sc, "merchantCount").Int64(); n != 7 {
		t.Fatalf("merchantCount %d, want 7", n)
	}
	maxLimit := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, tc := range []struct {
		offset, limit *big.Int
		want          []common.Address
	}{
		{big.NewInt(0), big.NewInt(3), all[:3]},
		{big.NewInt(3), big.NewInt(3), all[3:6]},
		{big.NewInt(6), big.NewInt(3), all[6:]},
		{big.NewInt(7), big.NewInt(3), nil},
		{big.NewInt(1000), big.NewInt(3), nil},
		{big.NewInt(5), maxLimit, all[5:]},
		{big.NewInt(0), big.NewInt(0), nil},
	} {
		got := w.city.call(w.contract, w.sc, "merchantsPage", tc.offset, tc.limit)[0].([]common.Address)
		if fmt.Sprint(got) != fmt.Sprint(append([]common.Address{}, tc.want...)) {
			t.Errorf("merchantsPage(%s, %s) = %v, want %v", tc.offset, tc.limit, got, tc.want)
		}
	}
	v, err := scoin.NewSCoinCaller(w.contract, w.city.chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	list, err := mileage.Merchants(ctx, v, 3)
	if err != nil || fmt.Sprint(list) != fmt.Sprint(all) {
		t.Fatalf("Merchants in pages of 3 = %v, %v; want %v", list, err, all)
	}
	flags := w.city.call(w.contract, w.sc, "merchantFlags", []common.Address{w.alice.addr(), all[2], all[6], w.bob.addr()})[0].([]bool)
	if fmt.Sprint(flags) != "[false true true false]" {
		t.Fatalf("merchantFlags = %v", flags)
	}
	credits := []mileage.Credit{{Citizen: w.alice.addr()}, {Citizen: all[4]}, {Citizen: w.bob.addr()}, {Citizen: all[0]}}
	if idx, err := mileage.ToMerchants(ctx, v, credits); err != nil || fmt.Sprint(idx) != "[1 3]" {
		t.Fatalf("ToMerchants = %v, %v; want [1 3]", idx, err)
	}
}
