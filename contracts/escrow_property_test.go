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

	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/escrow"
)

// TestEscrowPropertyRandomSequences runs seeded random sequences of register, accept,
// fund, approve, hold, resolve, amend (propose, approve with a current or stale nonce,
// reject) and cancel by random parties, over several projects, with amendments proposed
// while milestones are being funded and held. Refused operations are expected (they must
// revert in simulation, never fail otherwise). After every step, PER PROJECT: funded,
// released and returned equal the sums of that project's events, released + returned ≤
// funded, each milestone paid out ≤ its funding, nobody paid more than planned; and the
// escrow's KRW balance is Σ over projects of funded − released − returned. A sum over
// all projects alone would hide one project paid from another's money.
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
			w.registered(true)
			for step := 0; step < steps; step++ {
				name, run := w.randomOp(rng, parties)
				err := run()
				switch {
				case err == nil:
					succeeded[name]++
				case errors.Is(err, txsend.ErrWouldRevert):
					// a refused operation must change nothing: checked like any other
				default:
					t.Fatalf("seed %d step %d %s: %v", seed, step, name, err)
				}
				w.checkInvariant()
				w.checkProjectsAgainstEvents()
			}
			w.checkRebuiltFromEvents()
		})
	}
	t.Logf("operations that succeeded: %v", succeeded)
	// A generator that never gets past the contract's checks would prove nothing.
	for _, op := range []string{"fund", "approve", "hold", "resolve", "proposeAmendment", "approveAmendment", "rejectAmendment", "cancel"} {
		if succeeded[op] == 0 {
			t.Errorf("no %s succeeded in %d random steps: the generator does not exercise it (%v)", op, sequences*steps, succeeded)
		}
	}
}

// randomOp picks an operation on a random contract and milestone by a random party, with a
// bias to the parties that may do it, so that most operations get past the checks.
func (w *escrowWorld) randomOp(rng *rand.Rand, parties []*account) (string, func() error) {
	id := w.ids[rng.Intn(len(w.ids))]
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
	// inState mostly aims at a milestone in the state an operation needs.
	inState := func(st uint8) *big.Int {
		if rng.Intn(3) > 0 {
			for _, k := range rng.Perm(len(ms.States)) {
				if ms.States[k] == st {
					return big.NewInt(int64(k))
				}
			}
		}
		return m
	}
	// Amendments are approved by those who may (city, prime, payees) and now and then by
	// the outsider.
	approver := parties[rng.Intn(len(parties)-1)]
	if rng.Intn(10) == 0 {
		approver = w.stray
	}
	switch r := rng.Intn(100); {
	case r < 3:
		payees, amounts, shares := w.plan()
		return "register", func() error { w.register(w.city, w.prime.addr(), payees, amounts, shares); return nil }
	case r < 6:
		return "accept", send(w.prime, "accept", w.ids[len(w.ids)-1])
	case r < 28:
		return "fund", send(who, "fund", id, inState(escrow.MilestonePending))
	case r < 44:
		return "approve", send(who, "approve", id, inState(escrow.MilestoneFunded))
	case r < 58:
		return "hold", send(who, "hold", id, inState(escrow.MilestoneFunded), payee, ref("random dispute"))
	case r < 72:
		if hm, hp, ok := w.randomHold(rng, id, ms.States, payees); ok {
			m, payee = hm, hp
		}
		return "resolve", send(who, "resolve", id, m, payee, rng.Intn(2) == 0)
	case r < 80:
		proposer := w.city
		if rng.Intn(2) == 0 {
			proposer = w.prime
		}
		newAmounts, newShares := w.randomAmendment(rng, id, len(payees))
		return "proposeAmendment", send(proposer, "proposeAmendment", id, newAmounts, newShares)
	case r < 95:
		nonce := w.nonce(id)
		if rng.Intn(8) == 0 {
			nonce-- // read before the proposal was replaced
		}
		return "approveAmendment", send(approver, "approveAmendment", id, nonce)
	case r < 96:
		return "rejectAmendment", send(approver, "rejectAmendment", id, w.nonce(id))
	default:
		return "cancel", send(who, "cancel", id)
	}
}

// randomAmendment keeps every funded or approved milestone as it is (now and then it
// changes one, which must be refused) and draws new amounts and splits for the pending
// ones, sometimes adding or dropping a pending last milestone.
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
	tamper := rng.Intn(10) == 0
	for m := 0; m < count; m++ {
		if m < len(amounts) && states[m] != 0 && !tamper {
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
	if len(rebuilt) != len(w.ids) {
		w.t.Fatalf("events tell of %d contracts, %d were registered", len(rebuilt), len(w.ids))
	}
	opts := &bind.CallOpts{}
	for _, bid := range w.ids {
		id := bid.Uint64()
		h := rebuilt[id]
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

// checkProjectsAgainstEvents checks each project's funded, released and returned against
// the sums of its own MilestoneFunded, PaymentReleased, HoldResolved (returned to the
// city) and ProjectCancelled events, and the escrow's KRW balance against Σ over projects
// of funded − released − returned.
func (w *escrowWorld) checkProjectsAgainstEvents() {
	w.t.Helper()
	logs, err := w.city.s.Backend().FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{w.escrow}})
	if err != nil {
		w.t.Fatal(err)
	}
	type sums struct{ funded, released, returned big.Int }
	byID := map[uint64]*sums{}
	at := func(id *big.Int) *sums {
		if byID[id.Uint64()] == nil {
			byID[id.Uint64()] = new(sums)
		}
		return byID[id.Uint64()]
	}
	for _, l := range logs {
		ev, err := w.esc.EventByID(l.Topics[0])
		if err != nil {
			w.t.Fatal(err)
		}
		switch ev.Name {
		case "MilestoneFunded":
			e, _ := w.view.ParseMilestoneFunded(l)
			at(e.Id).funded.Add(&at(e.Id).funded, e.Amount)
		case "PaymentReleased":
			e, _ := w.view.ParsePaymentReleased(l)
			at(e.Id).released.Add(&at(e.Id).released, e.Amount)
		case "HoldResolved":
			if e, _ := w.view.ParseHoldResolved(l); !e.ToPayee { // to the payee: a PaymentReleased too
				at(e.Id).returned.Add(&at(e.Id).returned, e.Amount)
			}
		case "ProjectCancelled":
			e, _ := w.view.ParseProjectCancelled(l)
			at(e.Id).returned.Add(&at(e.Id).returned, e.Returned)
		}
	}
	owed := new(big.Int)
	for _, id := range w.ids {
		pr, err := w.view.ProjectOf(&bind.CallOpts{}, id)
		if err != nil {
			w.t.Fatal(err)
		}
		ev := at(id)
		if pr.Funded.Cmp(&ev.funded) != 0 || pr.Released.Cmp(&ev.released) != 0 || pr.Returned.Cmp(&ev.returned) != 0 {
			w.t.Fatalf("project %s: funded/released/returned %s/%s/%s, its events sum to %s/%s/%s",
				id, pr.Funded, pr.Released, pr.Returned, &ev.funded, &ev.released, &ev.returned)
		}
		owed.Add(owed, new(big.Int).Sub(pr.Funded, new(big.Int).Add(pr.Released, pr.Returned)))
	}
	if got := w.balance(w.escrow); got != owed.Int64() {
		w.t.Fatalf("escrow holds %d KRW, Σ per project of funded − released − returned is %s", got, owed)
	}
}
