package contracts

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/txsend"
)

// solarBooks is the property test's own account of every participant's money, from the
// events of the transactions that went through: deposits − payments + receipts − withdrawals.
type solarBooks map[common.Address]*big.Int

func (b solarBooks) add(who string, v string, sign int) {
	a := common.HexToAddress(who)
	if b[a] == nil {
		b[a] = new(big.Int)
	}
	n, _ := new(big.Int).SetString(v, 10)
	if sign < 0 {
		n.Neg(n)
	}
	b[a].Add(b[a], n)
}

// record adds the money events of r.
func (b solarBooks) record(r *txsend.Receipt) {
	for _, ev := range r.Events {
		switch ev.Name {
		case "Deposited":
			b.add(eventField(ev, "who"), eventField(ev, "amount"), 1)
		case "Withdrawn":
			b.add(eventField(ev, "who"), eventField(ev, "amount"), -1)
		case "Paid":
			b.add(eventField(ev, "from"), eventField(ev, "amount"), -1)
			b.add(eventField(ev, "to"), eventField(ev, "amount"), 1)
		}
	}
}

// recordDebts adds the utility's debts of r to owed: UtilityDebt adds, a payment of a debt
// (Paid by the utility, for no order) takes off.
func (owed solarBooks) recordDebts(r *txsend.Receipt, utility common.Address) {
	for _, ev := range r.Events {
		switch {
		case ev.Name == "UtilityDebt":
			owed.add(eventField(ev, "household"), eventField(ev, "amount"), 1)
		case ev.Name == "Paid" && eventField(ev, "orderId") == "0" && common.HexToAddress(eventField(ev, "from")) == utility:
			owed.add(eventField(ev, "to"), eventField(ev, "amount"), -1)
		}
	}
}

// TestSolarPropertyRandomSequences runs seeded random intervals: random orders by random
// meters (some in the wrong area, at prices outside the tariffs, too large for the deposit,
// twice), cancellations, deposits and withdrawals, a clearing computed in Go, readings for a
// random part of the trading meters first (settling then is refused) and then the rest,
// sometimes with the utility's deposit withdrawn (settlement goes on: what the utility
// cannot pay is its debt, paid from its later deposits). Refused operations must revert in
// simulation and change nothing. After every step, PER PARTICIPANT: deposits − payments +
// receipts − withdrawals = balance, locked ≤ balance, what the utility owes it = its
// UtilityDebt events − their payments; the utility's total debt is the sum; and the
// market's KRW is the sum of the balances (the interval's pool keeps nothing).
func TestSolarPropertyRandomSequences(t *testing.T) {
	for seed := int64(1); seed <= 3; seed++ {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			w := newSolarWorld(t)
			rng := rand.New(rand.NewSource(seed))
			people := []*account{w.city, w.alice, w.bob, w.carol, w.dave, w.stranger}
			books, owed := solarBooks{}, solarBooks{}
			for _, a := range people {
				books.add(a.addr().Hex(), "100000", 1)
			}
			refused := 0
			try := func(a *account, method string, args ...any) bool {
				t.Helper()
				r, err := a.send(w.market, w.abi, method, args...)
				switch {
				case err == nil:
					books.record(r)
					owed.recordDebts(r, w.city.addr())
					return true
				case errors.Is(err, txsend.ErrWouldRevert):
					refused++
					return false
				}
				t.Fatalf("%s: %v", method, err)
				return false
			}
			check := func(step string) {
				t.Helper()
				sum := new(big.Int)
				for _, a := range people {
					acc, err := w.view.GetAccount(nil, a.addr())
					if err != nil {
						t.Fatal(err)
					}
					want := books[a.addr()]
					if acc.Balance.Cmp(want) != 0 || acc.Locked.Cmp(acc.Balance) > 0 {
						t.Fatalf("%s: %s has balance %s locked %s, its events say %s", step, a.addr().Hex(), acc.Balance, acc.Locked, want)
					}
					sum.Add(sum, acc.Balance)
					debt := w.city.call(w.market, w.abi, "utilityDebt", w.city.addr(), a.addr())
					if want := owed[a.addr()]; (want == nil && debt[0].(*big.Int).Sign() != 0) || (want != nil && debt[0].(*big.Int).Cmp(want) != 0) {
						t.Fatalf("%s: the utility owes %s %s, its events say %v", step, a.addr().Hex(), debt[0], want)
					}
				}
				total := new(big.Int)
				for _, v := range owed {
					total.Add(total, v)
				}
				if debt := w.city.call(w.market, w.abi, "utilityDebt", w.city.addr(), common.Address{}); debt[1].(*big.Int).Cmp(total) != 0 {
					t.Fatalf("%s: the utility's debt is %s, its debts sum to %s", step, debt[1], total)
				}
				held := w.city.bigCall(w.token, w.krw, "balanceOf", w.market)
				if held.Cmp(sum) != 0 {
					t.Fatalf("%s: the market holds %s KRW, the balances sum to %s", step, held, sum)
				}
			}
			traders := []*account{w.alice, w.bob, w.carol, w.dave}
			for round := 0; round < 6; round++ {
				k := w.next()
				for i := 0; i < 12; i++ {
					a := traders[rng.Intn(len(traders))]
					switch op := rng.Intn(10); {
					case op < 6:
						area := w.area
						if a == w.dave || rng.Intn(8) == 0 {
							area = w.other
						}
						price := uint64(90 + rng.Intn(12)*10)
						wh := uint64(1 + rng.Intn(3000))
						if rng.Intn(10) == 0 {
							wh = 900_000
						}
						try(a, w.side(a), w.meter[a], area, k, wh, price)
					case op < 7:
						try(a, "cancel", new(big.Int).SetUint64(uint64(1+rng.Intn(int(w.city.bigCall(w.market, w.abi, "orderCount").Int64()+1)))))
					case op < 8:
						try(a, "deposit", big.NewInt(int64(rng.Intn(5000))))
					default:
						try(a, "withdraw", big.NewInt(int64(rng.Intn(50_000))))
					}
					check(fmt.Sprintf("round %d step %d", round, i))
				}
				w.afterGate(k)
				for _, area := range []common.Hash{w.area, w.other} {
					if _, err := w.clear(area, k); err != nil {
						t.Fatalf("clearing: %v", err)
					}
				}
				w.afterEnd(k)
				readings := map[*account]uint64{}
				for _, a := range traders {
					readings[a] = uint64(rng.Intn(4000))
				}
				first := map[*account]uint64{}
				for a, v := range readings {
					if rng.Intn(2) == 0 {
						first[a] = v
						delete(readings, a)
					}
				}
				w.must(w.readings(k, first))
				if len(readings) > 0 {
					try(w.stranger, "settle", w.area, k) // may lack a reading: refused
					w.must(w.readings(k, readings))
				}
				if rng.Intn(3) == 0 {
					acc, _ := w.view.GetAccount(nil, w.city.addr())
					try(w.city, "withdraw", new(big.Int).Sub(acc.Balance, acc.Locked))
				}
				for _, area := range []common.Hash{w.area, w.other} {
					try(w.stranger, "settle", area, k) // refused when settled above already
					if book, _ := w.view.GetBook(nil, area, k); !book.Settled {
						t.Fatalf("round %d: %s not settled with every reading in: it waits on no one", round, area)
					}
				}
				check(fmt.Sprintf("round %d settled", round))
				if rng.Intn(2) == 0 { // the utility tops up, in part sometimes, and its debts are paid
					try(w.city, "deposit", big.NewInt(int64(1+rng.Intn(300))))
					for _, a := range traders {
						try(w.stranger, "payUtilityDebt", w.city.addr(), a.addr())
					}
					check(fmt.Sprintf("round %d debts paid", round))
				}
			}
			if refused == 0 {
				t.Fatal("no operation was refused: the sequence tests nothing")
			}
		})
	}
}
