package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/escrow"
	"github.com/seoulchain/seoulchain/txsend"
)

// TestEscrowPropertyRandomSequences runs seeded random sequences of register, accept,
// fund, approve, hold, resolve, amend and cancel by random parties. Refused operations are
// expected (they must revert in simulation, never fail otherwise); after every operation
// that succeeds, the escrow must hold exactly funded − released − returned and nobody may
// have been paid more than planned.
func TestEscrowPropertyRandomSequences(t *testing.T) {
	const sequences, steps = 4, 80
	succeeded := map[string]int{}
	for seed := int64(1); seed <= sequences; seed++ {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			w := newEscrowWorld(t)
			w.city.ok(w.token, w.krw, "approve", w.escrow, new(big.Int).Lsh(big.NewInt(1), 200))
			rng := rand.New(rand.NewSource(seed))
			parties := []*account{w.city, w.prime, w.sub, w.worker, w.stray}
			w.registered(true)
			for step := 0; step < steps; step++ {
				name, run := w.randomOp(rng, parties)
				err := run()
				switch {
				case err == nil:
					succeeded[name]++
					w.checkInvariant()
				case errors.Is(err, txsend.ErrWouldRevert):
					// a refused operation changes nothing; checked below now and then
				default:
					t.Fatalf("seed %d step %d %s: %v", seed, step, name, err)
				}
			}
			w.checkInvariant()
			w.checkRebuiltFromEvents()
		})
	}
	// A generator that never gets past the contract's checks would prove nothing.
	for _, op := range []string{"fund", "approve", "hold", "resolve", "proposeAmendment", "approveAmendment", "cancel"} {
		if succeeded[op] == 0 {
			t.Errorf("no %s succeeded in %d random steps: the generator does not exercise it (%v)", op, sequences*steps, succeeded)
		}
	}
}

// randomOp picks an operation on a random contract and milestone by a random party, with a
// bias to the parties that may do it, so that most operations get past the checks.
func (w *escrowWorld) randomOp(rng *rand.Rand, parties []*account) (string, func() error) {
	n, _ := w.view.ProjectCount(&bind.CallOpts{})
	id := big.NewInt(1)
	if rng.Intn(3) == 0 {
		id = big.NewInt(1 + rng.Int63n(n.Int64()))
	}
	ms, _ := w.view.MilestonesOf(&bind.CallOpts{}, id)
	amounts := ms.Amounts
	payees, _ := w.view.PayeesOf(&bind.CallOpts{}, id)
	m := big.NewInt(rng.Int63n(int64(len(amounts))))
	if rng.Intn(10) == 0 {
		m = big.NewInt(int64(len(amounts))) // out of range
	}
	payee := payees[rng.Intn(len(payees))]
	who := w.city
	if rng.Intn(5) == 0 {
		who = parties[rng.Intn(len(parties))]
	}
	send := func(a *account, method string, args ...any) func() error {
		return func() error { _, err := a.send(w.escrow, w.esc, method, args...); return err }
	}
	switch r := rng.Intn(100); {
	case r < 4:
		payees, amounts, shares := w.plan()
		return "register", send(w.city, "register", w.prime.addr(), payees, amounts, shares)
	case r < 8:
		return "accept", send(w.prime, "accept", n)
	case r < 28:
		return "fund", send(who, "fund", id, m)
	case r < 46:
		return "approve", send(who, "approve", id, m)
	case r < 58:
		return "hold", send(who, "hold", id, m, payee, "random dispute")
	case r < 76:
		if hm, hp, ok := w.randomHold(rng, id, ms.States, payees); ok {
			m, payee = hm, hp
		}
		return "resolve", send(who, "resolve", id, m, payee, rng.Intn(2) == 0)
	case r < 86:
		proposer := w.city
		if rng.Intn(2) == 0 {
			proposer = w.prime
		}
		newAmounts, newShares := w.randomAmendment(rng, id, len(payees))
		return "proposeAmendment", send(proposer, "proposeAmendment", id, newAmounts, newShares)
	case r < 98:
		return "approveAmendment", send(parties[rng.Intn(len(parties))], "approveAmendment", id)
	default:
		return "cancel", send(who, "cancel", id)
	}
}

// randomAmendment keeps every funded or approved milestone as it is and draws new amounts
// and splits for the pending ones, sometimes adding or dropping a pending last milestone.
func (w *escrowWorld) randomAmendment(rng *rand.Rand, id *big.Int, P int) ([]*big.Int, []*big.Int) {
	ms, _ := w.view.MilestonesOf(&bind.CallOpts{}, id)
	amounts, states := ms.Amounts, ms.States
	shares, _ := w.view.SharesOf(&bind.CallOpts{}, id)
	count := len(amounts)
	if rng.Intn(4) == 0 {
		count++
	} else if count > 1 && states[count-1] == 0 && rng.Intn(4) == 0 {
		count--
	}
	var outAmounts, outShares []*big.Int
	for m := 0; m < count; m++ {
		if m < len(amounts) && states[m] != 0 {
			outAmounts = append(outAmounts, amounts[m])
			outShares = append(outShares, shares[m*P:(m+1)*P]...)
			continue
		}
		total := int64(0)
		row := make([]*big.Int, P)
		for p := range row {
			v := rng.Int63n(500)
			row[p] = big.NewInt(v)
			total += v
		}
		if total == 0 {
			row[0], total = big.NewInt(1), 1
		}
		outAmounts = append(outAmounts, big.NewInt(total))
		outShares = append(outShares, row...)
	}
	return outAmounts, outShares
}

// randomHold picks one of the shares on hold in an approved milestone, if there is one.
func (w *escrowWorld) randomHold(rng *rand.Rand, id *big.Int, states []uint8, payees []common.Address) (*big.Int, common.Address, bool) {
	type hold struct {
		m     *big.Int
		payee common.Address
	}
	var holds []hold
	for m, st := range states {
		if st != 2 {
			continue
		}
		for _, p := range payees {
			if v, err := w.view.Held(&bind.CallOpts{}, id, big.NewInt(int64(m)), p); err == nil && v.Sign() > 0 {
				holds = append(holds, hold{big.NewInt(int64(m)), p})
			}
		}
	}
	if len(holds) == 0 {
		return nil, common.Address{}, false
	}
	h := holds[rng.Intn(len(holds))]
	return h.m, h.payee, true
}

// checkRebuiltFromEvents replays every escrow event and compares each contract's rebuilt
// state with what the contract itself reports.
func (w *escrowWorld) checkRebuiltFromEvents() {
	w.t.Helper()
	logs, err := w.city.s.Backend().FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{w.escrow}})
	if err != nil {
		w.t.Fatal(err)
	}
	rebuilt, err := escrow.Rebuild(logs)
	if err != nil {
		w.t.Fatalf("rebuild from %d events: %v", len(logs), err)
	}
	n, _ := w.view.ProjectCount(&bind.CallOpts{})
	if uint64(len(rebuilt)) != n.Uint64() {
		w.t.Fatalf("events tell of %d contracts, the escrow has %d", len(rebuilt), n)
	}
	opts := &bind.CallOpts{}
	for id := uint64(1); id <= n.Uint64(); id++ {
		h, bid := rebuilt[id], new(big.Int).SetUint64(id)
		pr, _ := w.view.ProjectOf(opts, bid)
		ms, _ := w.view.MilestonesOf(opts, bid)
		shares, _ := w.view.SharesOf(opts, bid)
		payees, _ := w.view.PayeesOf(opts, bid)
		got := fmt.Sprint(h.Client, h.Prime, h.Status, h.Funded, h.Released, h.Returned, h.Payees, h.Amounts, h.States)
		want := fmt.Sprint(pr.Client, pr.Prime, pr.Status, pr.Funded, pr.Released, pr.Returned, payees, ms.Amounts, ms.States)
		if got != want {
			w.t.Fatalf("contract %d rebuilt from events:\n  %s\nthe contract says:\n  %s", id, got, want)
		}
		for m := range ms.Amounts {
			for p, payee := range payees {
				if h.Shares[m][p].Cmp(shares[m*len(payees)+p]) != 0 {
					w.t.Fatalf("contract %d milestone %d payee %d: rebuilt share %s, contract %s", id, m, p, h.Shares[m][p], shares[m*len(payees)+p])
				}
				held, _ := w.view.Held(opts, bid, big.NewInt(int64(m)), payee)
				rebuiltHeld := h.Held[[2]uint64{uint64(m), uint64(p)}]
				if rebuiltHeld == nil {
					rebuiltHeld = new(big.Int)
				}
				if rebuiltHeld.Cmp(held) != 0 {
					w.t.Fatalf("contract %d milestone %d %s: rebuilt hold %s, contract %s", id, m, payee, rebuiltHeld, held)
				}
			}
		}
		for _, payee := range payees {
			paid, _ := w.view.Paid(opts, bid, payee)
			rebuiltPaid := h.Paid[payee]
			if rebuiltPaid == nil {
				rebuiltPaid = new(big.Int)
			}
			if rebuiltPaid.Cmp(paid) != 0 {
				w.t.Fatalf("contract %d %s: rebuilt paid %s, contract %s", id, payee, rebuiltPaid, paid)
			}
		}
	}
}
