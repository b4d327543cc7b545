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
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// TestSCoinPropertyRandomSequences runs seeded random sequences of credits (single and
// batch, from two issuers whose record IDs overlap, with repeated record IDs), spends,
// redemptions, time jumps past expiry, sweeps, recoveries, self-cancels (which freeze) and
// unfreezes. Refused operations are expected (they must revert in simulation, never fail
// otherwise). After every operation that succeeds, totalSupply must equal every unexpired
// balance plus the expired points not yet swept; at the end, the report rebuilt from events
// alone must match totalSupply, every program's issued total and every balance, and each
// program's issued = spent + expired + outstanding. Alongside, a model of which (program,
// issuer, record) were credited and which accounts are frozen must agree with the contract
// after every step: a frozen account's spend, and a seen record's credit, never succeed.
func TestSCoinPropertyRandomSequences(t *testing.T) {
	const sequences, steps = 3, 70
	succeeded := map[string]int{}
	expired, swept := new(big.Int), new(big.Int)
	for seed := int64(1); seed <= sequences; seed++ {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			w := newSCoinWorld(t)
			// The city is the second issuer of both programs: its record IDs overlap the
			// issuer's (the generator draws both from one range).
			w.ok(w.city, "addProgram", "car mileage", big.NewInt(40_000), []common.Address{w.issuer.addr(), w.city.addr()})
			w.ok(w.city, "updateProgram", uint32(1), "eco mileage", true, big.NewInt(1_000_000), big.NewInt(1_000_000), []common.Address{w.city.addr()}, []common.Address{})
			rng := rand.New(rand.NewSource(seed))
			citizens := []*account{w.alice, w.bob, w.xx}
			m := &scoinModel{seen: map[recordKey]bool{}, frozen: map[common.Address]bool{}}
			for step := 0; step < steps; step++ {
				op := w.randomOp(rng, citizens, m)
				err := op.run()
				switch {
				case err == nil:
					succeeded[op.name]++
					if op.applied != nil {
						op.applied()
					}
					w.checkSupply(citizens)
				case errors.Is(err, txsend.ErrWouldRevert):
				default:
					t.Fatalf("seed %d step %d %s: %v", seed, step, op.name, err)
				}
				w.checkModel(m, citizens)
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
	for _, op := range []string{"credit", "batch", "spend", "redeem", "advance", "sweep", "recover", "self-cancel", "unfreeze"} {
		if succeeded[op] == 0 {
			t.Errorf("no %s succeeded in %d random steps: the generator does not exercise it (%v)", op, sequences*steps, succeeded)
		}
	}
}

// recordKey is a record as the contract keys it: the issuer's record of a program.
type recordKey struct {
	program uint32
	issuer  common.Address
	record  uint64
}

// scoinModel is what the property test expects of the contract beyond the totals.
type scoinModel struct {
	seen   map[recordKey]bool
	frozen map[common.Address]bool
}

// randomStep is one generated operation; applied, if set, updates the model after run
// succeeded.
type randomStep struct {
	name    string
	run     func() error
	applied func()
}

func (w *scoinWorld) randomOp(rng *rand.Rand, citizens []*account, m *scoinModel) randomStep {
	pick := func() *account { return citizens[rng.Intn(len(citizens))] }
	record := func() uint64 { return uint64(rng.Intn(120)) } // repeats on purpose
	program := func() uint32 { return uint32(1 + rng.Intn(2)) }
	issuer := func() *account { return []*account{w.issuer, w.city}[rng.Intn(2)] }
	switch n := rng.Intn(22); {
	case n < 5:
		c, amt, rec, p, is := pick(), int64(1+rng.Intn(5000)), record(), program(), issuer()
		k := recordKey{p, is.addr(), rec}
		return randomStep{"credit", func() error {
			err := w.send(is, "credit", p, c.addr(), big.NewInt(amt), rec)
			if err == nil && m.seen[k] {
				w.t.Fatalf("record %+v credited twice", k)
			}
			return err
		}, func() { m.seen[k] = true }}
	case n < 7:
		batch := make([]scoin.SCoinCredit, 1+rng.Intn(8))
		for i := range batch {
			batch[i] = scoin.SCoinCredit{Citizen: pick().addr(), Amount: big.NewInt(int64(1 + rng.Intn(3000))), RecordId: record()}
		}
		p, is := program(), issuer()
		return randomStep{"batch", func() error { return w.send(is, "creditBatch", p, batch) }, func() {
			for _, c := range batch {
				m.seen[recordKey{p, is.addr(), c.RecordId}] = true
			}
		}}
	case n < 12:
		c := pick()
		bal := w.balance(c)
		amt := int64(1)
		if bal > 0 {
			amt = 1 + rng.Int63n(bal+bal/5) // now and then more than the balance
		}
		return randomStep{"spend", func() error {
			err := w.send(c, "transfer", w.shop.addr(), big.NewInt(amt))
			if err == nil && m.frozen[c.addr()] {
				w.t.Fatalf("frozen %s spent %d", c.addr().Hex(), amt)
			}
			return err
		}, nil}
	case n < 14:
		amt, ref := int64(1+rng.Intn(4000)), fmt.Sprintf("S-%d", rng.Intn(1000))
		return randomStep{"redeem", func() error { return w.send(w.shop, "redeem", big.NewInt(amt), ref) }, nil}
	case n < 16:
		d := time.Duration(rng.Intn(800)) * day
		return randomStep{"advance", func() error { w.advance(d); return nil }, nil}
	case n < 17:
		return randomStep{"sweep", func() error {
			return w.send(w.xx, "sweep", []common.Address{w.alice.addr(), w.bob.addr(), w.xx.addr()})
		}, nil}
	case n < 19:
		// The old address cancels a fresh request: frozen until an officer decides.
		from, to := pick(), pick()
		return randomStep{"self-cancel", func() error {
			if err := w.send(w.city, "requestRecovery", from.addr(), to.addr()); err != nil {
				return err
			}
			return w.send(from, "cancelRecovery", from.addr())
		}, func() { m.frozen[from.addr()] = true }}
	case n < 20:
		c := pick()
		return randomStep{"unfreeze", func() error { return w.send(w.city, "unfreeze", c.addr()) }, func() { m.frozen[c.addr()] = false }}
	default:
		from, to := pick(), pick()
		return randomStep{"recover", func() error {
			if err := w.send(w.city, "requestRecovery", from.addr(), to.addr()); err != nil {
				return err
			}
			w.advance(73 * time.Hour)
			return w.send(w.xx, "executeRecovery", from.addr())
		}, func() { m.frozen[from.addr()] = false }}
	}
}

// checkModel: each account's frozen flag, and every record the model saw credited, agree
// with the contract.
func (w *scoinWorld) checkModel(m *scoinModel, citizens []*account) {
	w.t.Helper()
	for _, c := range citizens {
		if got := w.frozen(c); got != m.frozen[c.addr()] {
			w.t.Fatalf("frozen(%s) = %v, model says %v", c.addr().Hex(), got, m.frozen[c.addr()])
		}
	}
	for k := range m.seen {
		if !w.city.call(w.contract, w.sc, "recordCredited", k.program, k.issuer, k.record)[0].(bool) {
			w.t.Fatalf("recordCredited%+v = false after a credit", k)
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
