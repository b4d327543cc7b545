package contracts

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
)

// The tests of audit issue #11's escrow findings: each would have caught its finding.

// TestEscrowFundRefusedWhileAmendmentChangesMilestone is the change-order PoC: the prime
// proposes raising pending milestone 1, the client funds it at the old amount, approves
// the amendment later, and approval would pay the difference out of other projects' KRW.
// Now funding a milestone a pending amendment changes is refused.
func TestEscrowFundRefusedWhileAmendmentChangesMilestone(t *testing.T) {
	w := newEscrowWorld(t)
	other := w.registered(true) // another project's money shares the escrow's balance
	w.city.ok(w.escrow, w.esc, "fund", other, big.NewInt(1))
	id := w.registered(true)

	// Milestone 1 goes from 2,000 to 3,000, all of it more for the prime.
	w.prime.ok(w.escrow, w.esc, "proposeAmendment", id, ints(1000, 3000), ints(100, 600, 300, 1200, 1200, 600))
	_, err := w.city.send(w.escrow, w.esc, "fund", id, big.NewInt(1))
	reverts(t, err, "EscrowAmendmentPending", map[string]string{"id": id.String(), "milestone": "1"})
	w.city.ok(w.escrow, w.esc, "fund", id, big.NewInt(0)) // milestone 0 is not changed
	w.checkInvariant()

	// Agreed: the milestone is funded and paid at the new amount, from its own money.
	w.city.ok(w.escrow, w.esc, "approveAmendment", id, w.nonce(id))
	w.city.ok(w.escrow, w.esc, "fund", id, big.NewInt(1))
	if m, _ := w.view.MoneyOf(&bind.CallOpts{}, id, big.NewInt(1)); m.Funded.Int64() != 3000 {
		t.Fatalf("milestone 1 funded with %s, want 3,000", m.Funded)
	}
	w.city.ok(w.escrow, w.esc, "approve", id, big.NewInt(1))
	if m, _ := w.view.MoneyOf(&bind.CallOpts{}, id, big.NewInt(1)); m.PaidOut.Int64() != 3000 {
		t.Fatalf("milestone 1 paid out %s, want 3,000", m.PaidOut)
	}
	w.checkInvariant()

	// Refused: the client rejects the proposal and funds the plan as it stands.
	w.prime.ok(w.escrow, w.esc, "proposeAmendment", other, ints(1500, 2000), ints(600, 600, 300, 200, 1200, 600))
	_, err = w.city.send(w.escrow, w.esc, "fund", other, big.NewInt(0))
	reverts(t, err, "EscrowAmendmentPending", map[string]string{"milestone": "0"})
	r := w.city.ok(w.escrow, w.esc, "rejectAmendment", other, w.nonce(other))
	event(t, r, "AmendmentRejected")
	w.city.ok(w.escrow, w.esc, "fund", other, big.NewInt(0))
	_, err = w.prime.send(w.escrow, w.esc, "approveAmendment", other, w.nonce(other))
	reverts(t, err, "EscrowNoAmendment", nil)
	w.checkInvariant()
}

// TestEscrowAmendmentCannotTouchFundedMilestones: the lock holds at proposal and at the
// final approval alike, and a milestone's funded amount is what it pays.
func TestEscrowAmendmentCannotTouchFundedMilestones(t *testing.T) {
	w := newEscrowWorld(t)
	id := w.registered(true)
	w.city.ok(w.escrow, w.esc, "fund", id, big.NewInt(1))
	tests := []struct {
		name            string
		amounts, shares []*big.Int
		locked          string
	}{
		{"raise funded milestone", ints(1000, 3000), ints(100, 600, 300, 1200, 1200, 600), "1"},
		{"move a funded share", ints(1000, 2000), ints(100, 600, 300, 700, 700, 600), "1"},
		{"drop funded milestone", ints(1000), ints(100, 600, 300), "1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := w.prime.send(w.escrow, w.esc, "proposeAmendment", id, tt.amounts, tt.shares)
			reverts(t, err, "EscrowMilestoneLocked", map[string]string{"milestone": tt.locked})
		})
	}
	// Pending milestone 0 may change while funded milestone 1 stays as it is.
	w.prime.ok(w.escrow, w.esc, "proposeAmendment", id, ints(1200, 2000), ints(300, 600, 300, 200, 1200, 600))
	r := w.city.ok(w.escrow, w.esc, "approveAmendment", id, w.nonce(id))
	event(t, r, "AmendmentApplied")
	w.checkInvariant()
}

// TestEscrowHoldOnlyOnFundedMilestones is the stale-hold PoC: a hold of 1,200 on pending
// milestone 1, an amendment cutting the share to 500, and resolve paying 1,200. Holds now
// wait for funding, when shares are locked.
func TestEscrowHoldOnlyOnFundedMilestones(t *testing.T) {
	w := newEscrowWorld(t)
	id := w.registered(true)
	m1 := big.NewInt(1)
	_, err := w.city.send(w.escrow, w.esc, "hold", id, m1, w.sub.addr(), ref("dispute"))
	reverts(t, err, "EscrowWrongMilestoneState", map[string]string{"milestone": "1", "state": "0"})

	w.city.ok(w.escrow, w.esc, "fund", id, m1)
	w.city.ok(w.escrow, w.esc, "hold", id, m1, w.sub.addr(), ref("dispute"))
	// Hold, then an amendment cutting the held share: refused, the milestone is funded.
	_, err = w.prime.send(w.escrow, w.esc, "proposeAmendment", id, ints(1000, 2000), ints(100, 600, 300, 900, 500, 600))
	reverts(t, err, "EscrowMilestoneLocked", map[string]string{"milestone": "1"})
	w.city.ok(w.escrow, w.esc, "approve", id, m1)
	r := w.city.ok(w.escrow, w.esc, "resolve", id, m1, w.sub.addr(), true)
	if ev := event(t, r, "HoldResolved"); ev["amount"] != "1200" {
		t.Fatalf("HoldResolved = %v, want 1,200", ev)
	}
	if m, _ := w.view.MoneyOf(&bind.CallOpts{}, id, m1); m.PaidOut.Cmp(m.Funded) != 0 || m.Funded.Int64() != 2000 {
		t.Fatalf("milestone 1: paid out %s of %s, want 2,000 of 2,000", m.PaidOut, m.Funded)
	}
	w.checkInvariant()
}

// TestEscrowDroppedMilestoneReAddedStartsClean: a milestone dropped by one amendment and
// added again by another carries no hold and no money of its predecessor.
func TestEscrowDroppedMilestoneReAddedStartsClean(t *testing.T) {
	w := newEscrowWorld(t)
	id := w.registered(true)
	m1 := big.NewInt(1)
	// Pending milestone 1 cannot be held (TestEscrowHoldOnlyOnFundedMilestones); it is
	// dropped, and dropping also clears any hold or money recorded under its index.
	w.city.ok(w.escrow, w.esc, "proposeAmendment", id, ints(1000), ints(100, 600, 300))
	w.prime.ok(w.escrow, w.esc, "approveAmendment", id, w.nonce(id))
	w.sub.ok(w.escrow, w.esc, "approveAmendment", id, w.nonce(id))
	w.worker.ok(w.escrow, w.esc, "approveAmendment", id, w.nonce(id))
	if ms, _ := w.view.MilestonesOf(&bind.CallOpts{}, id); len(ms.Amounts) != 1 {
		t.Fatalf("milestones after the drop: %v", ms.Amounts)
	}
	w.city.ok(w.escrow, w.esc, "proposeAmendment", id, ints(1000, 500), ints(100, 600, 300, 100, 200, 200))
	w.prime.ok(w.escrow, w.esc, "approveAmendment", id, w.nonce(id))
	if h, _ := w.view.Held(&bind.CallOpts{}, id, m1, w.sub.addr()); h.Sign() != 0 {
		t.Fatalf("re-added milestone 1 carries a hold of %s", h)
	}
	w.city.ok(w.escrow, w.esc, "fund", id, m1)
	w.city.ok(w.escrow, w.esc, "approve", id, m1)
	if got := w.balance(w.sub.addr()); got != 200 {
		t.Fatalf("subcontractor got %d for re-added milestone 1, want its share 200", got)
	}
	w.checkInvariant()
}

// TestEscrowApproveAmendmentNamesTheNonce: a proposal replaced between an approver's read
// and its approval is refused, and AmendmentProposed carries the plan's hash.
func TestEscrowApproveAmendmentNamesTheNonce(t *testing.T) {
	w := newEscrowWorld(t)
	id := w.registered(true)
	amounts, shares := ints(1000, 2000), ints(100, 600, 300, 200, 800, 1000)
	r := w.city.ok(w.escrow, w.esc, "proposeAmendment", id, amounts, shares)
	if got, want := event(t, r, "AmendmentProposed")["planHash"], planHash(t, amounts, shares); got != want {
		t.Fatalf("AmendmentProposed planHash = %s, want %s", got, want)
	}
	read := w.nonce(id) // the subcontractor reads proposal 1 ...
	// ... and the prime replaces it with one that gives the subcontractor less.
	w.prime.ok(w.escrow, w.esc, "proposeAmendment", id, amounts, ints(100, 600, 300, 200, 300, 1500))
	_, err := w.sub.send(w.escrow, w.esc, "approveAmendment", id, read)
	reverts(t, err, "EscrowStaleAmendment", map[string]string{"pendingNonce": fmt.Sprint(read + 1), "givenNonce": fmt.Sprint(read)})
	_, err = w.sub.send(w.escrow, w.esc, "rejectAmendment", id, read)
	reverts(t, err, "EscrowStaleAmendment", nil)
	_, err = w.stray.send(w.escrow, w.esc, "rejectAmendment", id, read+1)
	reverts(t, err, "EscrowNotAmendmentApprover", map[string]string{"account": w.stray.addr().Hex()})
	_, err = w.worker.send(w.escrow, w.esc, "rejectAmendment", id, read+1) // gains: no say
	reverts(t, err, "EscrowNotAmendmentApprover", nil)
	w.sub.ok(w.escrow, w.esc, "rejectAmendment", id, read+1)
	if s, _ := w.view.SharesOf(&bind.CallOpts{}, id); s[4].Int64() != 1200 {
		t.Fatalf("a rejected amendment changed the plan: %v", s)
	}
}

func planHash(t *testing.T, amounts, shares []*big.Int) string {
	t.Helper()
	arr, _ := abi.NewType("uint256[]", "", nil)
	packed, err := abi.Arguments{{Type: arr}, {Type: arr}}.Pack(amounts, shares)
	if err != nil {
		t.Fatal(err)
	}
	return crypto.Keccak256Hash(packed).Hex()
}

// TestEscrowClientRoleAndReassignment: a department whose CLIENT_ROLE is revoked is
// stopped at once; the admin moves its project to another department after the delay.
func TestEscrowClientRoleAndReassignment(t *testing.T) {
	w := newEscrowWorld(t)
	role, _ := w.view.CLIENTROLE(&bind.CallOpts{})
	id := w.registered(true)
	w.city.ok(w.escrow, w.esc, "fund", id, big.NewInt(0))
	w.city.ok(w.escrow, w.esc, "grantRole", role, w.dept.addr())
	// The city stops being a client (it stays admin): its project freezes for it.
	w.city.ok(w.escrow, w.esc, "revokeRole", role, w.city.addr())
	_, err := w.city.send(w.escrow, w.esc, "approve", id, big.NewInt(0))
	reverts(t, err, "EscrowClientRoleRevoked", map[string]string{"id": id.String(), "client": w.city.addr().Hex()})

	_, err = w.stray.send(w.escrow, w.esc, "requestClientChange", id, w.dept.addr())
	reverts(t, err, "AccessControlUnauthorizedAccount", nil)
	_, err = w.city.send(w.escrow, w.esc, "requestClientChange", id, w.stray.addr())
	reverts(t, err, "EscrowNewClientWithoutRole", map[string]string{"newClient": w.stray.addr().Hex()})
	_, err = w.city.send(w.escrow, w.esc, "executeClientChange", id)
	reverts(t, err, "EscrowNoClientChange", nil)
	_, err = w.city.send(w.escrow, w.esc, "cancelClientChange", id)
	reverts(t, err, "EscrowNoClientChange", nil)

	r := w.city.ok(w.escrow, w.esc, "requestClientChange", id, w.dept.addr())
	ev := event(t, r, "ClientChangeRequested")
	if ev["from"] != w.city.addr().Hex() || ev["to"] != w.dept.addr().Hex() || ev["executeAfter"] == "" {
		t.Fatalf("ClientChangeRequested = %v", ev)
	}
	_, err = w.stray.send(w.escrow, w.esc, "executeClientChange", id)
	reverts(t, err, "EscrowClientChangeTooEarly", map[string]string{"executeAfter": ev["executeAfter"]})
	_, err = w.stray.send(w.escrow, w.esc, "cancelClientChange", id)
	reverts(t, err, "EscrowNotClientOrAdmin", map[string]string{"caller": w.stray.addr().Hex()})
	// The admin cancels; a revoked client could not have (it is no client any more).
	_, err = w.city.send(w.escrow, w.esc, "cancelClientChange", id)
	if err != nil {
		t.Fatalf("admin cancel: %v", err)
	}
	w.city.ok(w.escrow, w.esc, "requestClientChange", id, w.dept.addr())
	if err := w.city.chain.AdjustTime(72*time.Hour + time.Second); err != nil {
		t.Fatal(err)
	}
	r = w.stray.ok(w.escrow, w.esc, "executeClientChange", id) // anyone
	if ev := event(t, r, "ClientChanged"); ev["to"] != w.dept.addr().Hex() {
		t.Fatalf("ClientChanged = %v", ev)
	}
	w.dept.ok(w.escrow, w.esc, "approve", id, big.NewInt(0))
	w.checkInvariant()

	// The current client may cancel a change of its own project; a new client who loses
	// the role during the delay is refused at execution.
	w.city.ok(w.escrow, w.esc, "grantRole", role, w.city.addr())
	w.city.ok(w.escrow, w.esc, "requestClientChange", id, w.city.addr())
	r = w.dept.ok(w.escrow, w.esc, "cancelClientChange", id)
	if ev := event(t, r, "ClientChangeCancelled"); ev["by"] != w.dept.addr().Hex() {
		t.Fatalf("ClientChangeCancelled = %v", ev)
	}
	w.city.ok(w.escrow, w.esc, "requestClientChange", id, w.city.addr())
	w.city.ok(w.escrow, w.esc, "revokeRole", role, w.city.addr())
	if err := w.city.chain.AdjustTime(72*time.Hour + time.Second); err != nil {
		t.Fatal(err)
	}
	_, err = w.stray.send(w.escrow, w.esc, "executeClientChange", id)
	reverts(t, err, "EscrowNewClientWithoutRole", map[string]string{"newClient": w.city.addr().Hex()})
}

// TestEscrowKRWPauseFreezesMoney: while the bank pauses KRW, every escrow call that moves
// money reverts with KRW's EnforcedPause and changes nothing; calls that move no money
// still work; after the unpause everything does.
func TestEscrowKRWPauseFreezesMoney(t *testing.T) {
	w := newEscrowWorld(t)
	id := w.registered(true)
	m0, m1, m2 := big.NewInt(0), big.NewInt(1), big.NewInt(2)
	w.city.ok(w.escrow, w.esc, "fund", id, m0)
	w.city.ok(w.escrow, w.esc, "hold", id, m0, w.worker.addr(), ref("dispute"))
	w.city.ok(w.escrow, w.esc, "approve", id, m0)
	w.city.ok(w.escrow, w.esc, "fund", id, m1)

	w.city.ok(w.token, w.krw, "pause")
	// A change order moves no money: it goes through and adds pending milestone 2.
	w.city.ok(w.escrow, w.esc, "proposeAmendment", id, ints(1000, 2000, 500), ints(100, 600, 300, 200, 1200, 600, 100, 100, 300))
	w.prime.ok(w.escrow, w.esc, "approveAmendment", id, w.nonce(id))
	before := w.snapshot(id)
	moves := []struct {
		method string
		args   []any
	}{
		{"fund", []any{id, m2}},
		{"approve", []any{id, m1}},
		{"resolve", []any{id, m0, w.worker.addr(), true}},
		{"cancel", []any{id}},
	}
	for _, mv := range moves {
		t.Run(mv.method+" while paused", func(t *testing.T) {
			_, err := w.city.send(w.escrow, w.esc, mv.method, mv.args...)
			reverts(t, err, "EnforcedPause", nil)
		})
	}
	if after := w.snapshot(id); after != before {
		t.Fatalf("state changed under the pause:\n  before %s\n  after  %s", before, after)
	}
	w.city.ok(w.token, w.krw, "unpause")
	for _, mv := range moves {
		w.city.ok(w.escrow, w.esc, mv.method, mv.args...)
	}
	w.checkInvariant()
}

// snapshot renders everything the escrow holds about contract id, and its KRW balance.
func (w *escrowWorld) snapshot(id *big.Int) string {
	w.t.Helper()
	opts := &bind.CallOpts{}
	pr, _ := w.view.ProjectOf(opts, id)
	ms, _ := w.view.MilestonesOf(opts, id)
	out := fmt.Sprint(pr, ms.Amounts, ms.States, w.balance(w.escrow))
	for m := range ms.Amounts {
		money, _ := w.view.MoneyOf(opts, id, big.NewInt(int64(m)))
		held, _ := w.view.Held(opts, id, big.NewInt(int64(m)), w.worker.addr())
		out += fmt.Sprint(" ", money, held)
	}
	return out
}
