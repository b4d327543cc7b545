package contracts

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/txsend"
)

// TestSCoinPropertyRandomSequences runs seeded random sequences of credits (single and
// batch, with repeated record IDs), spends, redemptions, time jumps past expiry, sweeps and
// recoveries. Refused operations are expected (they must revert in simulation, never fail
// otherwise). After every operation that succeeds, totalSupply must equal every unexpired
// balance plus the expired points not yet swept; at the end, the report rebuilt from events
// alone must match totalSupply, every program's issued total and every balance, and each
// program's issued = spent + expired + outstanding.
func TestSCoinPropertyRandomSequences(t *testing.T) {
	const sequences, steps = 3, 70
	succeeded := map[string]int{}
	expired, swept := new(big.Int), new(big.Int)
	for seed := int64(1); seed <= sequences; seed++ {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			w := newSCoinWorld(t)
			w.ok(w.city, "addProgram", "car mileage", big.NewInt(40_000), []common.Address{w.issuer.addr()})
			rng := rand.New(rand.NewSource(seed))
			citizens := []*account{w.alice, w.bob, w.xx}
			for step := 0; step < steps; step++ {
				name, run := w.randomOp(rng, citizens)
				err := run()
				switch {
				case err == nil:
					succeeded[name]++
					w.checkSupply(citizens)
				case errors.Is(err, txsend.ErrWouldRevert):
				default:
					t.Fatalf("seed %d step %d %s: %v", seed, step, name, err)
				}
			}
			r := w.report()
			expired.Add(expired, r.Expired)
			swept.Add(swept, r.Swept)
			for _, a := range append(citizens, w.shop) {
				if got, want := r.Balance(a.addr()).Int64(), w.balance(a); got != want {
					t.Errorf("report balance of %s = %d, contract says %d", a.addr().Hex(), got, want)
				}
			}
		})
	}
	if expired.Sign() == 0 || swept.Sign() == 0 {
		t.Errorf("expired %s, swept %s in every sequence: the generator does not reach expiry", expired, swept)
	}
	for _, op := range []string{"credit", "batch", "spend", "redeem", "advance", "sweep", "recover"} {
		if succeeded[op] == 0 {
			t.Errorf("no %s succeeded in %d random steps: the generator does not exercise it (%v)", op, sequences*steps, succeeded)
		}
	}
}

func (w *scoinWorld) randomOp(rng *rand.Rand, citizens []*account) (string, func() error) {
	pick := func() *account { return citizens[rng.Intn(len(citizens))] }
	record := func() uint64 { return uint64(rng.Intn(120)) } // repeats on purpose
	program := func() uint32 { return uint32(1 + rng.Intn(2)) }
	switch n := rng.Intn(20); {
	case n < 5:
		c, amt, rec, p := pick(), int64(1+rng.Intn(5000)), record(), program()
		return "credit", func() error { return w.send(w.issuer, "credit", p, c.addr(), big.NewInt(amt), rec) }
	case n < 7:
		batch := make([]scoin.SCoinCredit, 1+rng.Intn(8))
		for i := range batch {
			batch[i] = scoin.SCoinCredit{Citizen: pick().addr(), Amount: big.NewInt(int64(1 + rng.Intn(3000))), RecordId: record()}
		}
		p := program()
		return "batch", func() error { return w.send(w.issuer, "creditBatch", p, batch) }
	case n < 12:
		c := pick()
		bal := w.balance(c)
		amt := int64(1)
		if bal > 0 {
			amt = 1 + rng.Int63n(bal+bal/5) // now and then more than the balance
		}
		return "spend", func() error { return w.send(c, "transfer", w.shop.addr(), big.NewInt(amt)) }
	case n < 14:
		amt, ref := int64(1+rng.Intn(4000)), fmt.Sprintf("S-%d", rng.Intn(1000))
		return "redeem", func() error { return w.send(w.shop, "redeem", big.NewInt(amt), ref) }
	case n < 16:
		d := time.Duration(rng.Intn(800)) * day
		return "advance", func() error { w.advance(d); return nil }
	case n < 17:
		return "sweep", func() error {
			return w.send(w.xx, "sweep", []common.Address{w.alice.addr(), w.bob.addr(), w.xx.addr()})
		}
	default:
		from, to := pick(), pick()
		return "recover", func() error {
			if err := w.send(w.city, "requestRecovery", from.addr(), to.addr()); err != nil {
				return err
			}
			w.advance(73 * time.Hour)
			return w.send(w.xx, "executeRecovery", from.addr())
		}
	}
}

// checkSupply: totalSupply is every unexpired balance plus expired points not yet swept.
func (w *scoinWorld) checkSupply(citizens []*account) {
	w.t.Helper()
	sum := w.balance(w.shop)
	for _, c := range citizens {
		sum += w.balance(c) + w.city.bigCall(w.contract, w.sc, "expiredOf", c.addr()).Int64()
	}
	if s := w.supply(); s != sum {
		w.t.Fatalf("totalSupply %d, but balances + unswept expired = %d", s, sum)
	}
}
