package contracts

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/bindings/subcontractescrow"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// escrowWorld is a city (admin, KRW issuer and pauser, escrow client), a prime contractor,
// a subcontractor, a worker, an outsider and a second department (no role at first), with
// the token and the escrow deployed and the city holding 1,000,000 KRW that the escrow may
// take. ids lists the contracts registered, as their receipts tell.
type escrowWorld struct {
	t                                     *testing.T
	city, prime, sub, worker, stray, dept *account
	token, escrow                         common.Address
	krw, esc                              *abi.ABI
	view                                  *subcontractescrow.SubcontractEscrow
	ids                                   []*big.Int
}

func newEscrowWorld(t *testing.T) *escrowWorld {
	t.Helper()
	acc := accounts(t, 6)
	w := &escrowWorld{t: t, city: acc[0], prime: acc[1], sub: acc[2], worker: acc[3], stray: acc[4], dept: acc[5]}
	addrs := w.city.Deploy(deploy.Escrow)
	w.token, w.escrow = addrs[deploy.KRWToken], addrs[deploy.Escrow]
	w.krw, _ = krwtoken.KRWTokenMetaData.GetAbi()
	w.esc, _ = subcontractescrow.SubcontractEscrowMetaData.GetAbi()
	var err error
	w.view, err = subcontractescrow.NewSubcontractEscrow(w.escrow, w.city.s.Backend())
	if err != nil {
		t.Fatal(err)
	}
	w.city.ok(w.token, w.krw, "mint", w.city.addr(), big.NewInt(1_000_000), "DEP-CITY")
	w.city.ok(w.token, w.krw, "approve", w.escrow, big.NewInt(1_000_000))
	return w
}

// ref stands for a hold's reason reference (the CLI commits to the text with a salt).
func ref(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

func ints(v ...int64) []*big.Int {
	out := make([]*big.Int, len(v))
	for i, x := range v {
		out[i] = big.NewInt(x)
	}
	return out
}

// plan: payees prime, sub, worker; milestone 0 is 1,000 (100/600/300), milestone 1 is
// 2,000 (200/1,200/600).
func (w *escrowWorld) plan() ([]common.Address, []*big.Int, []*big.Int) {
	return []common.Address{w.prime.addr(), w.sub.addr(), w.worker.addr()}, ints(1000, 2000), ints(100, 600, 300, 200, 1200, 600)
}

// registered registers the plan from the city and, if accepted, has the prime accept it;
// it returns the id.
func (w *escrowWorld) registered(accepted bool) *big.Int {
	w.t.Helper()
	payees, amounts, shares := w.plan()
	id := w.register(w.city, w.prime.addr(), payees, amounts, shares)
	if accepted {
		w.prime.ok(w.escrow, w.esc, "accept", id)
	}
	return id
}

// register registers a contract from client and returns its id as the receipt's
// ProjectRegistered event tells it: never projectCount, which another registration (or a
// read against a head not yet moved) can make wrong.
func (w *escrowWorld) register(client *account, prime common.Address, payees []common.Address, amounts, shares []*big.Int) *big.Int {
	w.t.Helper()
	r := client.ok(w.escrow, w.esc, "register", prime, payees, amounts, shares)
	id, ok := new(big.Int).SetString(event(w.t, r, "ProjectRegistered")["id"], 10)
	if !ok {
		w.t.Fatalf("ProjectRegistered id is not a number: %v", r.Events)
	}
	w.ids = append(w.ids, id)
	return id
}

// nonce returns the pending amendment's nonce of contract id, as an approver reads it.
func (w *escrowWorld) nonce(id *big.Int) uint64 {
	w.t.Helper()
	a, err := w.view.AmendmentOf(&bind.CallOpts{}, id)
	if err != nil {
		w.t.Fatal(err)
	}
	return a.Nonce
}

func (w *escrowWorld) balance(a common.Address) int64 {
	w.t.Helper()
	return w.city.bigCall(w.token, w.krw, "balanceOf", a).Int64()
}

// checkInvariant checks, per contract, released + returned ≤ funded, per milestone paid
// out ≤ funded (and a pending milestone holds nothing), nobody paid more than planned; and
// that the escrow holds exactly the sum over contracts of funded − released − returned.
func (w *escrowWorld) checkInvariant() {
	w.t.Helper()
	opts := &bind.CallOpts{}
	var owed int64
	for _, id := range w.ids {
		pr, err := w.view.ProjectOf(opts, id)
		if err != nil {
			w.t.Fatal(err)
		}
		if out := pr.Released.Int64() + pr.Returned.Int64(); out > pr.Funded.Int64() {
			w.t.Fatalf("contract %s: released %s + returned %s > funded %s", id, pr.Released, pr.Returned, pr.Funded)
		}
		owed += pr.Funded.Int64() - pr.Released.Int64() - pr.Returned.Int64()
		ms, _ := w.view.MilestonesOf(opts, id)
		var funded int64
		for m, st := range ms.States {
			money, err := w.view.MoneyOf(opts, id, big.NewInt(int64(m)))
			if err != nil {
				w.t.Fatal(err)
			}
			if money.PaidOut.Cmp(money.Funded) > 0 || (st == 0) != (money.Funded.Sign() == 0) {
				w.t.Fatalf("contract %s milestone %d (state %d): paid out %s of funded %s", id, m, st, money.PaidOut, money.Funded)
			}
			funded += money.Funded.Int64()
		}
		if funded != pr.Funded.Int64() {
			w.t.Fatalf("contract %s: milestones funded %d in all, the contract says %s", id, funded, pr.Funded)
		}
		payees, _ := w.view.PayeesOf(opts, id)
		shares, _ := w.view.SharesOf(opts, id)
		for p, payee := range payees {
			var planned int64
			for k := p; k < len(shares); k += len(payees) {
				planned += shares[k].Int64()
			}
			paid, _ := w.view.Paid(opts, id, payee)
			if paid.Int64() > planned {
				w.t.Fatalf("contract %s: %s paid %d, planned %d", id, payee, paid, planned)
			}
		}
	}
	if got := w.balance(w.escrow); got != owed {
		w.t.Fatalf("escrow holds %d KRW, Σ funded − released − returned is %d", got, owed)
	}
}

func TestEscrowRegisterValidatesPlan(t *testing.T) {
	w := newEscrowWorld(t)
	P, S, W := w.prime.addr(), w.sub.addr(), w.worker.addr()
	zero := common.Address{}
	tests := []struct {
		name    string
		from    *account
		prime   common.Address
		payees  []common.Address
		amounts []*big.Int
		shares  []*big.Int
		err     string
		args    map[string]string
	}{
		{"only a client registers", w.stray, P, []common.Address{P, S}, ints(10), ints(5, 5), "AccessControlUnauthorizedAccount", nil},
		{"zero prime", w.city, zero, []common.Address{P, S}, ints(10), ints(5, 5), "EscrowZeroAddress", nil},
		{"no payees", w.city, P, nil, ints(10), nil, "EscrowNoPayees", nil},
		{"zero payee", w.city, P, []common.Address{P, zero}, ints(10), ints(5, 5), "EscrowZeroAddress", nil},
		{"duplicate payee", w.city, P, []common.Address{P, S, S}, ints(10), ints(5, 3, 2), "EscrowDuplicatePayee", map[string]string{"payee": S.Hex()}},
		{"prime not among payees", w.city, P, []common.Address{S, W}, ints(10), ints(5, 5), "EscrowPrimeNotPayee", map[string]string{"prime": P.Hex()}},
		{"no milestones", w.city, P, []common.Address{P, S}, nil, nil, "EscrowNoMilestones", nil},
		{"shares do not fit", w.city, P, []common.Address{P, S}, ints(10), ints(10), "EscrowSharesLength", map[string]string{"expected": "2", "got": "1"}},
		{"zero milestone", w.city, P, []common.Address{P, S}, ints(10, 0), ints(5, 5, 0, 0), "EscrowZeroAmount", map[string]string{"milestone": "1"}},
		{"split does not add up", w.city, P, []common.Address{P, S}, ints(10), ints(5, 4), "EscrowSplitMismatch", map[string]string{"milestone": "0", "amount": "10", "sumOfShares": "9"}},
		{"payee with nothing planned", w.city, P, []common.Address{P, S, W}, ints(10), ints(5, 5, 0), "EscrowPayeeWithoutAmount", map[string]string{"payee": W.Hex()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.from.send(w.escrow, w.esc, "register", tt.prime, tt.payees, tt.amounts, tt.shares)
			reverts(t, err, tt.err, tt.args)
		})
	}
	id := w.registered(false)
	if id.Int64() != 1 {
		t.Fatalf("first contract has id %s, want 1 (refused registrations must not use ids)", id)
	}
	pr, _ := w.view.ProjectOf(&bind.CallOpts{}, id)
	if pr.Client != w.city.addr() || pr.Prime != P || pr.Status != 1 {
		t.Fatalf("project = %+v, want client city, prime, status Proposed", pr)
	}
}

func TestEscrowPrimeAcceptsBeforeMoneyMoves(t *testing.T) {
	w := newEscrowWorld(t)
	id := w.registered(false)
	_, err := w.city.send(w.escrow, w.esc, "fund", id, big.NewInt(0))
	reverts(t, err, "EscrowWrongStatus", map[string]string{"status": "1"})
	_, err = w.sub.send(w.escrow, w.esc, "accept", id)
	reverts(t, err, "EscrowNotPrime", map[string]string{"caller": w.sub.addr().Hex()})
	r := w.prime.ok(w.escrow, w.esc, "accept", id)
	event(t, r, "PlanAccepted")
	_, err = w.prime.send(w.escrow, w.esc, "accept", id)
	reverts(t, err, "EscrowWrongStatus", map[string]string{"status": "2"})
	_, err = w.prime.send(w.escrow, w.esc, "accept", big.NewInt(99))
	reverts(t, err, "EscrowUnknownProject", map[string]string{"id": "99"})
}

func TestEscrowFundAndApprovePayEveryoneAtOnce(t *testing.T) {
	w := newEscrowWorld(t)
	id := w.registered(true)
	zero := big.NewInt(0)

	_, err := w.city.send(w.escrow, w.esc, "approve", id, zero)
	reverts(t, err, "EscrowWrongMilestoneState", map[string]string{"state": "0"})
	_, err = w.prime.send(w.escrow, w.esc, "fund", id, zero)
	reverts(t, err, "EscrowNotClient", map[string]string{"caller": w.prime.addr().Hex()})
	_, err = w.city.send(w.escrow, w.esc, "fund", id, big.NewInt(2))
	reverts(t, err, "EscrowNoSuchMilestone", map[string]string{"milestone": "2"})

	w.city.ok(w.escrow, w.esc, "fund", id, zero)
	if got := w.balance(w.escrow); got != 1000 {
		t.Fatalf("escrow holds %d after funding 1,000", got)
	}
	_, err = w.city.send(w.escrow, w.esc, "fund", id, zero)
	reverts(t, err, "EscrowWrongMilestoneState", map[string]string{"state": "1"})
	_, err = w.prime.send(w.escrow, w.esc, "approve", id, zero)
	reverts(t, err, "EscrowNotClient", nil)

	r := w.city.ok(w.escrow, w.esc, "approve", id, zero)
	paid := map[string]string{}
	for _, ev := range r.Events {
		if ev.Name == "PaymentReleased" {
			f := map[string]string{}
			for _, x := range ev.Fields {
				f[x.Name] = x.Value
			}
			paid[f["payee"]] = f["amount"]
		}
	}
	want := map[string]string{w.prime.addr().Hex(): "100", w.sub.addr().Hex(): "600", w.worker.addr().Hex(): "300"}
	for k, v := range want {
		if paid[k] != v {
			t.Fatalf("payments in the approval = %v, want %v", paid, want)
		}
	}
	if w.balance(w.sub.addr()) != 600 || w.balance(w.worker.addr()) != 300 || w.balance(w.prime.addr()) != 100 || w.balance(w.escrow) != 0 {
		t.Fatal("balances after approval do not match the split")
	}
	_, err = w.city.send(w.escrow, w.esc, "approve", id, zero)
	reverts(t, err, "EscrowWrongMilestoneState", map[string]string{"state": "2"})

	// Funding needs the client's allowance.
	w.city.ok(w.token, w.krw, "approve", w.escrow, big.NewInt(0))
	_, err = w.city.send(w.escrow, w.esc, "fund", id, big.NewInt(1))
	reverts(t, err, "ERC20InsufficientAllowance", nil)
	w.checkInvariant()
}

func TestEscrowHoldOneShareOthersPaid(t *testing.T) {
	w := newEscrowWorld(t)
	id := w.registered(true)
	m0, m1 := big.NewInt(0), big.NewInt(1)
	w.city.ok(w.escrow, w.esc, "fund", id, m0)
	w.city.ok(w.escrow, w.esc, "fund", id, m1)

	_, err := w.prime.send(w.escrow, w.esc, "hold", id, m0, w.worker.addr(), ref("wage dispute"))
	reverts(t, err, "EscrowNotClient", nil)
	_, err = w.city.send(w.escrow, w.esc, "hold", id, m0, w.stray.addr(), ref("x"))
	reverts(t, err, "EscrowNotPayee", map[string]string{"account": w.stray.addr().Hex()})

	r := w.city.ok(w.escrow, w.esc, "hold", id, m0, w.worker.addr(), ref("CASE-2024-117"))
	if ev := event(t, r, "ShareHeld"); ev["amount"] != "300" || ev["reasonRef"] != common.Hash(ref("CASE-2024-117")).Hex() {
		t.Fatalf("ShareHeld = %v", ev)
	}
	_, err = w.city.send(w.escrow, w.esc, "hold", id, m0, w.worker.addr(), ref("again"))
	reverts(t, err, "EscrowAlreadyHeld", nil)
	_, err = w.city.send(w.escrow, w.esc, "resolve", id, m0, w.worker.addr(), true)
	reverts(t, err, "EscrowWrongMilestoneState", map[string]string{"state": "1"})

	w.city.ok(w.escrow, w.esc, "approve", id, m0)
	if w.balance(w.sub.addr()) != 600 || w.balance(w.prime.addr()) != 100 || w.balance(w.worker.addr()) != 0 {
		t.Fatal("a hold on the worker delayed or changed the others' payments")
	}
	_, err = w.city.send(w.escrow, w.esc, "hold", id, m0, w.sub.addr(), ref("too late"))
	reverts(t, err, "EscrowWrongMilestoneState", map[string]string{"state": "2"})
	_, err = w.city.send(w.escrow, w.esc, "resolve", id, m0, w.sub.addr(), true)
	reverts(t, err, "EscrowNotHeld", nil)
	w.checkInvariant()

	w.city.ok(w.escrow, w.esc, "resolve", id, m0, w.worker.addr(), true)
	if w.balance(w.worker.addr()) != 300 {
		t.Fatalf("released hold: worker has %d, want 300", w.balance(w.worker.addr()))
	}
	// A hold resolved the other way returns the share to the city.
	w.city.ok(w.escrow, w.esc, "hold", id, m1, w.sub.addr(), ref("defective work"))
	w.city.ok(w.escrow, w.esc, "approve", id, m1)
	before := w.balance(w.city.addr())
	w.city.ok(w.escrow, w.esc, "resolve", id, m1, w.sub.addr(), false)
	if got := w.balance(w.city.addr()) - before; got != 1200 {
		t.Fatalf("returned hold: city got %d, want 1,200", got)
	}
	w.checkInvariant()
}

func TestEscrowAmendmentNeedsEveryoneWhoLoses(t *testing.T) {
	w := newEscrowWorld(t)
	id := w.registered(true)
	w.city.ok(w.escrow, w.esc, "fund", id, big.NewInt(0))

	// Changing funded milestone 0 is refused.
	_, err := w.city.send(w.escrow, w.esc, "proposeAmendment", id, ints(1000, 2000), ints(200, 500, 300, 200, 1200, 600))
	reverts(t, err, "EscrowMilestoneLocked", map[string]string{"milestone": "0"})
	_, err = w.stray.send(w.escrow, w.esc, "proposeAmendment", id, ints(1000, 2000), ints(100, 600, 300, 200, 1200, 600))
	reverts(t, err, "EscrowNotAmendmentApprover", nil)
	_, err = w.prime.send(w.escrow, w.esc, "approveAmendment", id, uint64(0))
	reverts(t, err, "EscrowNoAmendment", nil)

	// Milestone 1 moves 400 from the subcontractor to the worker: city, prime and sub
	// must agree; the worker, who gains, has no say.
	newShares := ints(100, 600, 300, 200, 800, 1000)
	r := w.city.ok(w.escrow, w.esc, "proposeAmendment", id, ints(1000, 2000), newShares)
	if ev := event(t, r, "AmendmentProposed"); ev["approvalsNeeded"] != "3" {
		t.Fatalf("AmendmentProposed = %v, want 3 approvals (city, prime, sub)", ev)
	}
	n := w.nonce(id)
	_, err = w.worker.send(w.escrow, w.esc, "approveAmendment", id, n)
	reverts(t, err, "EscrowNotAmendmentApprover", map[string]string{"account": w.worker.addr().Hex()})
	_, err = w.city.send(w.escrow, w.esc, "approveAmendment", id, n)
	reverts(t, err, "EscrowAlreadyApproved", nil)
	w.prime.ok(w.escrow, w.esc, "approveAmendment", id, n)
	if s, _ := w.view.SharesOf(&bind.CallOpts{}, id); s[4].Int64() != 1200 {
		t.Fatal("the amendment applied before the subcontractor approved")
	}
	r = w.sub.ok(w.escrow, w.esc, "approveAmendment", id, n)
	event(t, r, "AmendmentApplied")
	if s, _ := w.view.SharesOf(&bind.CallOpts{}, id); s[4].Int64() != 800 || s[5].Int64() != 1000 {
		t.Fatalf("shares after the amendment = %v", s)
	}
	w.city.ok(w.escrow, w.esc, "fund", id, big.NewInt(1))
	w.city.ok(w.escrow, w.esc, "approve", id, big.NewInt(1))
	if w.balance(w.worker.addr()) != 1000 || w.balance(w.sub.addr()) != 800 {
		t.Fatal("milestone 1 was not paid by the amended split")
	}
	w.checkInvariant()
}

func TestEscrowCancelReturnsOnlyUnreleased(t *testing.T) {
	w := newEscrowWorld(t)
	id := w.registered(true)
	w.city.ok(w.escrow, w.esc, "fund", id, big.NewInt(0))
	w.city.ok(w.escrow, w.esc, "fund", id, big.NewInt(1))
	w.city.ok(w.escrow, w.esc, "hold", id, big.NewInt(0), w.worker.addr(), ref("dispute"))
	w.city.ok(w.escrow, w.esc, "approve", id, big.NewInt(0))

	_, err := w.prime.send(w.escrow, w.esc, "cancel", id)
	reverts(t, err, "EscrowNotClient", nil)
	before := w.balance(w.city.addr())
	r := w.city.ok(w.escrow, w.esc, "cancel", id)
	if ev := event(t, r, "ProjectCancelled"); ev["returned"] != "2300" {
		t.Fatalf("ProjectCancelled = %v, want 2,300 returned (milestone 1 and the held 300)", ev)
	}
	if got := w.balance(w.city.addr()) - before; got != 2300 {
		t.Fatalf("city got back %d, want 2,300", got)
	}
	if w.balance(w.sub.addr()) != 600 || w.balance(w.prime.addr()) != 100 {
		t.Fatal("released money moved on cancellation")
	}
	_, err = w.city.send(w.escrow, w.esc, "cancel", id)
	reverts(t, err, "EscrowWrongStatus", map[string]string{"status": "3"})
	_, err = w.city.send(w.escrow, w.esc, "fund", id, big.NewInt(1))
	reverts(t, err, "EscrowWrongStatus", nil)
	w.checkInvariant()
}

func TestEscrowNothingMovesOnACancelledOrEmptyShare(t *testing.T) {
	w := newEscrowWorld(t)
	P, S := w.prime.addr(), w.sub.addr()
	// The subcontractor has no share in milestone 0 of this plan.
	id := w.register(w.city, P, []common.Address{P, S}, ints(100, 200), ints(100, 0, 0, 200))
	w.prime.ok(w.escrow, w.esc, "accept", id)
	w.city.ok(w.escrow, w.esc, "fund", id, big.NewInt(0))
	_, err := w.city.send(w.escrow, w.esc, "hold", id, big.NewInt(0), S, ref("nothing to hold"))
	reverts(t, err, "EscrowNothingToHold", map[string]string{"milestone": "0", "payee": S.Hex()})
	w.city.ok(w.escrow, w.esc, "hold", id, big.NewInt(0), P, ref("dispute"))
	w.city.ok(w.escrow, w.esc, "approve", id, big.NewInt(0))
	w.prime.ok(w.escrow, w.esc, "proposeAmendment", id, ints(100, 300), ints(100, 0, 0, 300))
	w.city.ok(w.escrow, w.esc, "cancel", id)

	for name, try := range map[string]func() error{
		"resolve": func() error {
			_, err := w.city.send(w.escrow, w.esc, "resolve", id, big.NewInt(0), P, true)
			return err
		},
		"proposeAmendment": func() error {
			_, err := w.city.send(w.escrow, w.esc, "proposeAmendment", id, ints(100, 200), ints(100, 0, 0, 200))
			return err
		},
		"approveAmendment": func() error {
			_, err := w.city.send(w.escrow, w.esc, "approveAmendment", id, w.nonce(id))
			return err
		},
		"rejectAmendment": func() error {
			_, err := w.city.send(w.escrow, w.esc, "rejectAmendment", id, w.nonce(id))
			return err
		},
	} {
		t.Run(name+" after cancel", func(t *testing.T) { reverts(t, try(), "EscrowWrongStatus", map[string]string{"status": "3"}) })
	}
	// The held 100 went back to the city with the cancellation, and nobody was paid.
	if w.balance(P) != 0 || w.balance(w.escrow) != 0 {
		t.Fatalf("prime has %d, escrow holds %d after cancel; want 0 and 0", w.balance(P), w.balance(w.escrow))
	}
	w.checkInvariant()
}
