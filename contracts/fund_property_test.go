package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/shopspring/decimal"

	"github.com/seoulchain/seoulchain/bindings/fundledger"
	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/fund"
)

// The property test keeps its own books of three funds (a campaign on the statutory cap, a
// campaign with its own cap, a consignment fund), each with its own manager, supervisor,
// payee, collecting system, city account paying tranches and interest, and treasury taking
// the settled money. Nobody acts for two funds, so every KRW balance belongs to one fund's
// books: the identity inflows = spent − refunded + balance + settled is checked against
// what the token says each fund's parties paid in, received and got back, not against the
// contract's own arithmetic.
//
// The model predicts every operation's outcome, the custom error of a refusal included,
// from the rules as the issue and README state them; a refusal must move nothing, a success
// must move exactly what the model moves.

// propActors are one fund's parties.
type propActors struct{ manager, supervisor, payee, collector, city, treasury *account }

type modelLine struct{ limit, spent, refunded, pending int64 }

type modelFund struct {
	id, capBps, threshold                                 int64 // capBps 0: the statutory cap
	kind                                                  uint8
	a                                                     propActors
	lines                                                 []*modelLine
	inflows, donations, spent, refunded, pending, settled int64
	carriedIn, carriedOut                                 int64
	isSettled                                             bool
	followUp                                              int64
}

type modelSpend struct {
	fund             *modelFund
	line             int
	payee            common.Address
	amount, refunded int64
	status           uint8
	flagged          bool
}

// modelReceipt names a donation: receipts are per fund.
type modelReceipt struct {
	fund int64
	r    [32]byte
}

// fundModel is the test's own books: what each operation should do.
type fundModel struct {
	funds    []*modelFund             // fund i+1
	spends   []*modelSpend            // spend i+1
	receipts map[modelReceipt]int64   // each donation's amount
	krw      map[common.Address]int64 // every party's KRW as the model expects it
	late     bool                     // every term and grace is over
}

func (f *modelFund) balance() int64 { return f.inflows - f.spent + f.refunded - f.settled }

// adminCap: a campaign's cap is on its donations, a consignment fund's on its inflows.
func (f *modelFund) adminCap() int64 {
	switch {
	case f.kind == fund.KindConsignment:
		return f.inflows * f.capBps / 10_000
	case f.capBps == 0:
		return modelStatutoryCap(f.donations)
	}
	return f.donations * f.capBps / 10_000
}

// modelStatutoryCap: the decree's 15/13/12/10 %, never below the cap at the previous
// tier's top (the sequences stay in the first tier; TestFundStatutoryCap covers the rest).
func modelStatutoryCap(d int64) int64 {
	tiers := []struct{ upTo, bps, floor int64 }{{1e9, 1500, 0}, {1e10, 1300, 15e7}, {2e10, 1200, 13e8}, {1 << 62, 1000, 24e8}}
	for _, t := range tiers {
		if d <= t.upTo {
			return max(d*t.bps/10_000, t.floor)
		}
	}
	panic("unreachable")
}

// propOp is one operation: who sends what, the refusal the model expects ("" for
// success), and what the model does when it succeeds.
type propOp struct {
	name, method string
	from         *account
	args         []any
	want         string
	apply        func()
}

func refused(name, method string, from *account, want string, args ...any) propOp {
	return propOp{name: name, method: method, from: from, args: args, want: want}
}

type propWorld struct {
	t             *testing.T
	registrar     *account
	stranger      *account
	token, ledger common.Address
	krw, abi      *abi.ABI
	view          *fundledger.FundLedger
	m             *fundModel
	initial       int64
}

const propMint = int64(1e12)

func newPropWorld(t *testing.T) *propWorld {
	t.Helper()
	acc := accounts(t, 20)
	w := &propWorld{t: t, registrar: acc[0], stranger: acc[1], initial: propMint,
		m: &fundModel{receipts: map[modelReceipt]int64{}, krw: map[common.Address]int64{}}}
	addrs := w.registrar.Deploy(deploy.FundLedger)
	w.token, w.ledger = addrs[deploy.KRWToken], addrs[deploy.FundLedger]
	w.krw, _ = krwtoken.KRWTokenMetaData.GetAbi()
	w.abi, _ = fundledger.FundLedgerMetaData.GetAbi()
	var err error
	if w.view, err = fundledger.NewFundLedger(w.ledger, w.registrar.s.Backend()); err != nil {
		t.Fatal(err)
	}
	give := func(a *account, tag string) {
		w.registrar.ok(w.token, w.krw, "mint", a.addr(), big.NewInt(propMint), "DEP-PROP-"+tag)
		a.ok(w.token, w.krw, "approve", w.ledger, new(big.Int).Lsh(big.NewInt(1), 200))
		w.m.krw[a.addr()] = propMint
	}
	give(w.stranger, "stranger")
	now := w.registrar.now()
	for i, spec := range []struct {
		kind              uint8
		capBps, threshold int64
	}{{fund.KindDonation, 0, 1_000_000}, {fund.KindDonation, 500, 500_000}, {fund.KindConsignment, 1000, 1_500_000}} {
		p := acc[2+6*i : 8+6*i]
		a := propActors{manager: p[0], supervisor: p[1], payee: p[2], collector: p[3], city: p[4], treasury: p[5]}
		for j, who := range []*account{a.payee, a.collector, a.city} {
			give(who, fmt.Sprintf("%d-%d", i, j))
		}
		w.m.krw[a.treasury.addr()] = w.registrar.bigCall(w.token, w.krw, "balanceOf", a.treasury.addr()).Int64()
		terms := fundledger.FundLedgerTerms{Kind: spec.kind, Manager: a.manager.addr(), Supervisor: a.supervisor.addr(),
			Start: now - 10, End: now + 30*fundDay, Grace: fundGrace, AdminCapBps: uint16(spec.capBps),
			ApprovalThreshold: big.NewInt(spec.threshold), AdminLimit: big.NewInt(10_000_000), ReturnTo: a.treasury.addr()}
		r := w.registrar.ok(w.ledger, w.abi, "createFund", terms)
		id, _ := new(big.Int).SetString(event(t, r, "FundCreated")["fund"], 10)
		f := &modelFund{id: id.Int64(), kind: spec.kind, capBps: spec.capBps, threshold: spec.threshold, a: a,
			lines: []*modelLine{{limit: 10_000_000}, {limit: 5_000_000}, {limit: 3_000_000}}}
		a.supervisor.ok(w.ledger, w.abi, "addLine", id, code("program"), big.NewInt(5_000_000))
		a.supervisor.ok(w.ledger, w.abi, "addLine", id, code("outreach"), big.NewInt(3_000_000))
		a.supervisor.ok(w.ledger, w.abi, "addPayee", id, a.payee.addr())
		if spec.kind == fund.KindDonation {
			a.supervisor.ok(w.ledger, w.abi, "addCollector", id, a.collector.addr())
		}
		w.m.funds = append(w.m.funds, f)
	}
	return w
}

// TestFundPropertyRandomSequences runs seeded random sequences over three funds with
// distinct parties: donations (single and batched, repeated receipts, front-runs by
// strangers and other funds' collectors, another campaign's collector posting a campaign's
// next receipts to its own fund first), tranches, interest, spends (above the approval
// threshold, on the capped admin line, too large, by the wrong manager, to another fund's
// payee), approvals, rejections, flags, refunds, follow-ups and settlements, each by its
// party or by a wrong one. Every outcome must be the model's (the same custom error for a
// refusal); after every step each fund's state, each line, every party's KRW and the
// ledger's KRW must be the model's, and per fund the KRW its parties paid in equals what
// its payee kept plus its balance plus what it settled. At the end the books rebuilt from
// the events equal the contract's state and the model's, and every gift's trace adds up.
func TestFundPropertyRandomSequences(t *testing.T) {
	const sequences, steps = 4, 150
	succeeded, refusals := map[string]int{}, map[string]int{}
	for seed := int64(1); seed <= sequences; seed++ {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			w := newPropWorld(t)
			rng := rand.New(rand.NewSource(seed))
			g := &propGen{w: w, rng: rng, tally: succeeded}
			for step := 0; step < steps; step++ {
				if step == steps*4/5 {
					// Every term and grace ends: spends and donations stop, settlements start.
					if err := w.registrar.chain.AdjustTime(time.Duration(31*fundDay+fundGrace) * time.Second); err != nil {
						t.Fatal(err)
					}
					w.m.late = true
				}
				op := g.next(step)
				_, err := op.from.send(w.ledger, w.abi, op.method, op.args...)
				got := ""
				if err != nil {
					var rev *abidecode.Revert
					if !errors.Is(err, txsend.ErrWouldRevert) || !errors.As(err, &rev) {
						t.Fatalf("seed %d step %d %s: %v", seed, step, op.name, err)
					}
					got = rev.Name
				}
				if got != op.want {
					t.Fatalf("seed %d step %d %s %s%v: got %q, the model expects %q (err %v)", seed, step, op.name, op.method, op.args, got, op.want, err)
				}
				if got == "" {
					succeeded[op.name]++
					op.apply()
					g.afterSuccess(op)
				} else {
					refusals[got]++
				}
				w.checkState(fmt.Sprintf("seed %d step %d %s", seed, step, op.name))
			}
			w.checkEnd()
		})
	}
	t.Logf("succeeded: %v", succeeded)
	t.Logf("refused: %v", refusals)
	for _, op := range []string{"donate", "donateBatch", "deposit", "spend", "approve", "reject", "flag", "refund", "settle", "setFollowUp",
		"pre-post to its own fund", "the victim's receipt after another fund took it"} {
		if succeeded[op] == 0 {
			t.Errorf("no %s succeeded: the generator does not exercise it", op)
		}
	}
	for _, e := range []string{"FundNotCollector", "FundNotManager", "FundNotSupervisor", "FundPayeeNotRegistered", "FundDuplicateReceipt",
		"FundAdminCapExceeded", "FundSpendNotPending", "FundOutsideTerm", "FundSettleTooEarly", "FundAlreadySettled", "FundSettled"} {
		if refusals[e] == 0 {
			t.Errorf("no operation was refused with %s: the generator does not exercise it", e)
		}
	}
}

// propGen draws operations and asks the model what each should do.
type propGen struct {
	w        *propWorld
	rng      *rand.Rand
	receipts [][32]byte
	queued   map[int64][][32]byte // receipts someone else tried to take first, per fund
	// prePost: receipt → the campaign whose next receipt another campaign's collector posts
	// to its own fund; taken: those it did post, which the campaign's own post of them must
	// still get through.
	prePost map[[32]byte]int64
	taken   map[modelReceipt]bool
	tally   map[string]int
}

// afterSuccess counts a campaign's donation under a receipt another fund took first.
func (g *propGen) afterSuccess(op propOp) {
	if op.method != "donate" && op.method != "donateBatch" {
		return
	}
	id := op.args[0].(*big.Int).Int64()
	var rs [][32]byte
	if op.method == "donate" {
		rs = append(rs, op.args[1].([32]byte))
	} else {
		for _, d := range op.args[1].([]fundledger.FundLedgerDonation) {
			rs = append(rs, d.Receipt)
		}
	}
	for _, r := range rs {
		if victim, ok := g.prePost[r]; ok && op.name == "pre-post to its own fund" {
			g.taken[modelReceipt{victim, r}] = true
		}
		if g.taken[modelReceipt{id, r}] {
			delete(g.taken, modelReceipt{id, r})
			g.tally["the victim's receipt after another fund took it"]++
		}
	}
}

func (g *propGen) amount(max int64) int64 {
	if g.rng.Intn(25) == 0 {
		return 0
	}
	return 1 + g.rng.Int63n(max)
}

func (g *propGen) receipt(f *modelFund, step int) [32]byte {
	if q := g.queued[f.id]; len(q) > 0 {
		g.queued[f.id] = q[1:]
		return q[0]
	}
	if len(g.receipts) > 0 && g.rng.Intn(6) == 0 {
		return g.receipts[g.rng.Intn(len(g.receipts))] // a repeat, maybe of another fund
	}
	r := receipt(fmt.Sprintf("%d-%d", step, g.rng.Int63()))
	g.receipts = append(g.receipts, r)
	return r
}

// party is usually right, sometimes the same party of another fund, or the stranger.
func (g *propGen) party(f *modelFund, pick func(propActors) *account) *account {
	switch g.rng.Intn(10) {
	case 0:
		return g.w.stranger
	case 1:
		return pick(g.w.m.funds[(int(f.id)+g.rng.Intn(2))%len(g.w.m.funds)].a) // another fund's
	}
	return pick(f.a)
}

func (g *propGen) spendID() int64 {
	n := int64(len(g.w.m.spends))
	if n > 0 && g.rng.Intn(3) > 0 {
		return n - g.rng.Int63n(min(n, 3)) // mostly the latest, likely pending
	}
	return 1 + g.rng.Int63n(n+1) // sometimes one not made yet
}

func (g *propGen) next(step int) propOp {
	m, rng := g.w.m, g.rng
	if g.queued == nil {
		g.queued, g.prePost, g.taken = map[int64][][32]byte{}, map[[32]byte]int64{}, map[modelReceipt]bool{}
	}
	f := m.funds[rng.Intn(len(m.funds))]
	id := big.NewInt(f.id)
	// Mostly a campaign for donations, the consignment fund for tranches.
	campaign, consignment := f, f
	if rng.Intn(8) > 0 {
		campaign, consignment = m.funds[rng.Intn(2)], m.funds[2]
	}
	if m.late && rng.Intn(3) == 0 {
		return m.settle(f, g.party(f, func(a propActors) *account { return a.treasury }))
	}
	switch k := rng.Intn(22); {
	case k < 4:
		return m.donate(campaign, g.party(campaign, func(a propActors) *account { return a.collector }), g.receipt(campaign, step), g.amount(3_000_000))
	case k < 6:
		var b []fundledger.FundLedgerDonation
		for i := 0; i < 1+rng.Intn(5); i++ {
			b = append(b, fundledger.FundLedgerDonation{Receipt: g.receipt(campaign, step), Amount: big.NewInt(g.amount(800_000))})
		}
		return m.donateBatch(campaign, g.party(campaign, func(a propActors) *account { return a.collector }), b)
	case k < 7:
		// A front-run of the campaign's next receipts (sequential, so guessable): someone
		// not registered on it posts one to it, refused; or another campaign's collector
		// posts them to its own fund, where they are its own. Either way the campaign's
		// collector's post of them then goes through.
		victim, other := campaign, m.funds[1-(campaign.id-1)]
		r := receipt(fmt.Sprintf("front %d-%d", step, rng.Int63()))
		g.queued[victim.id] = append(g.queued[victim.id], r)
		switch rng.Intn(3) {
		case 0:
			return m.donate(victim, g.w.stranger, r, 1)
		case 1:
			return m.donate(victim, other.a.collector, r, 1)
		}
		var b []fundledger.FundLedgerDonation
		for i := 0; i < 1+rng.Intn(3); i++ {
			if i > 0 {
				r = receipt(fmt.Sprintf("front %d-%d-%d", step, i, rng.Int63()))
				g.queued[victim.id] = append(g.queued[victim.id], r)
			}
			b = append(b, fundledger.FundLedgerDonation{Receipt: r, Amount: big.NewInt(1)})
			g.prePost[r] = victim.id
		}
		op := m.donateBatch(other, other.a.collector, b)
		op.name = "pre-post to its own fund"
		return op
	case k < 8:
		kind, to := fund.InflowTranche, consignment
		if rng.Intn(3) == 0 {
			kind, to = fund.InflowInterest, f
		}
		return m.deposit(to, to.a.city, kind, g.amount(5_000_000))
	case k < 13:
		payee := f.a.payee
		if rng.Intn(8) == 0 {
			payee = m.funds[int(f.id)%len(m.funds)].a.payee // another fund's payee
		}
		return m.spend(f, g.party(f, func(a propActors) *account { return a.manager }), rng.Intn(4), payee.addr(), g.amount(1_500_000), evidence(fmt.Sprint(step)))
	case k < 15:
		return m.decide("approve", g.spendID(), g.party(f, func(a propActors) *account { return a.supervisor }))
	case k < 16:
		return m.decide("reject", g.spendID(), g.party(f, func(a propActors) *account { return a.supervisor }))
	case k < 17:
		return m.flag(g.spendID(), g.party(f, func(a propActors) *account { return a.supervisor }), [32]byte{1, byte(step)})
	case k < 19:
		sp := g.spendID()
		from := g.w.stranger
		if int(sp) <= len(m.spends) {
			from = m.spends[sp-1].fund.a.payee
		}
		return m.refund(sp, from, g.amount(300_000))
	case k < 20:
		return m.setFollowUp(f, g.party(f, func(a propActors) *account { return a.supervisor }), 1+rng.Int63n(int64(len(m.funds))))
	case k < 21:
		// The manager names its own payee: only the supervisor registers payees.
		return refused("addPayee", "addPayee", f.a.manager, m.bySupervisor(f, f.a.manager), id, f.a.manager.addr())
	default:
		return m.settle(f, g.w.stranger)
	}
}

// open: the fund exists and is not settled.
func (m *fundModel) open(f *modelFund) string {
	if f.isSettled {
		return "FundSettled"
	}
	return ""
}

// bySupervisor: the fund is open and the caller is its supervisor.
func (m *fundModel) bySupervisor(f *modelFund, from *account) string {
	if e := m.open(f); e != "" {
		return e
	}
	if from != f.a.supervisor {
		return "FundNotSupervisor"
	}
	return ""
}

func (m *fundModel) donationOpen(f *modelFund, from *account) string {
	switch {
	case f.isSettled:
		return "FundSettled"
	case f.kind != fund.KindDonation:
		return "FundWrongKind"
	case from != f.a.collector:
		return "FundNotCollector"
	case m.late:
		return "FundOutsideTerm"
	}
	return ""
}

func (m *fundModel) takeIn(f *modelFund, from *account, amount int64, donation bool) {
	f.inflows += amount
	if donation {
		f.donations += amount
	}
	m.krw[from.addr()] -= amount
}

func (m *fundModel) donate(f *modelFund, from *account, r [32]byte, amount int64) propOp {
	op := propOp{name: "donate", method: "donate", from: from, args: []any{big.NewInt(f.id), r, big.NewInt(amount)}}
	switch _, dup := m.receipts[modelReceipt{f.id, r}]; {
	case m.donationOpen(f, from) != "":
		op.want = m.donationOpen(f, from)
	case amount == 0:
		op.want = "FundZeroAmount"
	case dup: // a single donation never skips
		op.want = "FundDuplicateReceipt"
	}
	op.apply = func() {
		m.receipts[modelReceipt{f.id, r}] = amount
		m.takeIn(f, from, amount, true)
	}
	return op
}

// donateBatch records each new receipt, skips one the fund has with the same amount, and
// refuses the whole batch for a repeat in the fund with another amount. Another fund's
// receipts are no repeat.
func (m *fundModel) donateBatch(f *modelFund, from *account, b []fundledger.FundLedgerDonation) propOp {
	op := propOp{name: "donateBatch", method: "donateBatch", from: from, args: []any{big.NewInt(f.id), b}}
	if op.want = m.donationOpen(f, from); op.want != "" {
		return op
	}
	fresh := map[[32]byte]int64{}
	var order [][32]byte
	var total int64
	for _, d := range b {
		amt := d.Amount.Int64()
		if amt == 0 {
			op.want = "FundZeroAmount"
			return op
		}
		prev, ok := m.receipts[modelReceipt{f.id, d.Receipt}]
		if a, ok2 := fresh[d.Receipt]; ok2 {
			prev, ok = a, true
		}
		switch {
		case !ok:
			fresh[d.Receipt] = amt
			order = append(order, d.Receipt)
			total += amt
		case prev != amt:
			op.want = "FundDuplicateReceipt"
			return op
		}
	}
	op.apply = func() {
		for _, r := range order {
			m.receipts[modelReceipt{f.id, r}] = fresh[r]
		}
		m.takeIn(f, from, total, true)
	}
	return op
}

func (m *fundModel) deposit(f *modelFund, from *account, kind uint8, amount int64) propOp {
	op := propOp{name: "deposit", method: "deposit", from: from, args: []any{big.NewInt(f.id), kind, [32]byte{kind}, big.NewInt(amount)}}
	switch {
	case f.isSettled:
		op.want = "FundSettled"
	case kind == fund.InflowTranche && f.kind != fund.KindConsignment:
		op.want = "FundWrongKind"
	case amount == 0:
		op.want = "FundZeroAmount"
	}
	op.apply = func() { m.takeIn(f, from, amount, false) }
	return op
}

func (m *fundModel) pay(f *modelFund, sp *modelSpend) {
	sp.status = fund.StatusPaid
	f.lines[sp.line].spent += sp.amount
	f.spent += sp.amount
	m.krw[sp.payee] += sp.amount
}

func (m *fundModel) spend(f *modelFund, from *account, line int, payee common.Address, amount int64, ev [32]byte) propOp {
	op := propOp{name: "spend", method: "spend", from: from, args: []any{big.NewInt(f.id), big.NewInt(int64(line)), payee, big.NewInt(amount), ev}}
	op.want = func() string {
		switch {
		case f.isSettled:
			return "FundSettled"
		case from != f.a.manager:
			return "FundNotManager"
		case m.late:
			return "FundOutsideTerm"
		case payee != f.a.payee.addr():
			return "FundPayeeNotRegistered"
		case amount == 0:
			return "FundZeroAmount"
		case line >= len(f.lines):
			return "FundBadLine"
		}
		l := f.lines[line]
		used := l.spent - l.refunded + l.pending + amount
		switch {
		case used > l.limit:
			return "FundLineOverspent"
		case line == fund.AdminLine && used > f.adminCap():
			return "FundAdminCapExceeded"
		case amount > f.balance()-f.pending:
			return "FundInsufficientBalance"
		}
		return ""
	}()
	op.apply = func() {
		sp := &modelSpend{fund: f, line: line, payee: payee, amount: amount, status: fund.StatusPending}
		m.spends = append(m.spends, sp)
		if amount > f.threshold {
			f.lines[line].pending += amount
			f.pending += amount
			return
		}
		m.pay(f, sp)
	}
	return op
}

func (m *fundModel) spendOf(id int64) *modelSpend {
	if id < 1 || id > int64(len(m.spends)) {
		return nil
	}
	return m.spends[id-1]
}

// decide is approve or reject of pending spend id by the fund's supervisor.
func (m *fundModel) decide(method string, id int64, from *account) propOp {
	op := propOp{name: method, method: method, from: from, args: []any{big.NewInt(id)}}
	sp := m.spendOf(id)
	switch {
	case sp == nil:
		op.want = "FundUnknownSpend"
	case sp.fund.isSettled:
		op.want = "FundSettled"
	case from != sp.fund.a.supervisor:
		op.want = "FundNotSupervisor"
	case sp.status != fund.StatusPending:
		op.want = "FundSpendNotPending"
	}
	op.apply = func() {
		f := sp.fund
		f.lines[sp.line].pending -= sp.amount
		f.pending -= sp.amount
		if method == "approve" {
			m.pay(f, sp)
		} else {
			sp.status = fund.StatusRejected
		}
	}
	return op
}

func (m *fundModel) flag(id int64, from *account, reason [32]byte) propOp {
	op := propOp{name: "flag", method: "flag", from: from, args: []any{big.NewInt(id), reason}}
	sp := m.spendOf(id)
	switch {
	case sp == nil:
		op.want = "FundUnknownSpend"
	case from != sp.fund.a.supervisor:
		op.want = "FundNotSupervisor"
	case sp.flagged:
		op.want = "FundAlreadyFlagged"
	}
	op.apply = func() { sp.flagged = true }
	return op
}

func (m *fundModel) refund(id int64, from *account, amount int64) propOp {
	op := propOp{name: "refund", method: "refund", from: from, args: []any{big.NewInt(id), big.NewInt(amount)}}
	sp := m.spendOf(id)
	switch {
	case sp == nil:
		op.want = "FundUnknownSpend"
	case sp.fund.isSettled:
		op.want = "FundSettled"
	case sp.status != fund.StatusPaid:
		op.want = "FundSpendNotPaid"
	case amount == 0:
		op.want = "FundZeroAmount"
	case sp.refunded+amount > sp.amount:
		op.want = "FundRefundExceedsSpend"
	}
	op.apply = func() {
		sp.refunded += amount
		sp.fund.lines[sp.line].refunded += amount
		sp.fund.refunded += amount
		m.krw[from.addr()] -= amount
	}
	return op
}

func (m *fundModel) setFollowUp(f *modelFund, from *account, next int64) propOp {
	op := propOp{name: "setFollowUp", method: "setFollowUp", from: from, args: []any{big.NewInt(f.id), big.NewInt(next)}}
	nf := m.funds[next-1]
	op.want = m.bySupervisor(f, from)
	switch {
	case op.want != "":
	case f.kind != fund.KindDonation:
		op.want = "FundNotDonation"
	case next == f.id || nf.kind != fund.KindDonation || nf.isSettled:
		op.want = "FundBadFollowUp"
	}
	op.apply = func() { f.followUp = next }
	return op
}

// settle: pending spends lapse (they stay pending, their reservations go), the balance
// moves once, to the follow-up campaign if one is named and open, else to the treasury.
func (m *fundModel) settle(f *modelFund, from *account) propOp {
	op := propOp{name: "settle", method: "settle", from: from, args: []any{big.NewInt(f.id)}}
	switch {
	case f.isSettled:
		op.want = "FundAlreadySettled"
	case !m.late:
		op.want = "FundSettleTooEarly"
	}
	op.apply = func() {
		f.isSettled = true
		f.pending = 0
		for _, l := range f.lines {
			l.pending = 0
		}
		amount := f.balance()
		f.settled = amount
		if f.kind == fund.KindDonation && f.followUp != 0 && !m.funds[f.followUp-1].isSettled {
			next := m.funds[f.followUp-1]
			next.inflows += amount
			next.carriedIn += amount
			f.carriedOut += amount
			return
		}
		m.krw[f.a.treasury.addr()] += amount
	}
	return op
}

// checkState compares the contract and the token with the model, fund by fund.
func (w *propWorld) checkState(at string) {
	w.t.Helper()
	opts := &bind.CallOpts{}
	krwOf := func(a *account) int64 { return w.registrar.bigCall(w.token, w.krw, "balanceOf", a.addr()).Int64() }
	var balances int64
	for _, f := range w.m.funds {
		id := big.NewInt(f.id)
		c, err := w.view.FundOf(opts, id)
		if err != nil {
			w.t.Fatal(err)
		}
		bal, _ := w.view.BalanceOf(opts, id)
		got := fmt.Sprint(c.Inflows, c.Donations, c.Spent, c.Refunded, c.Pending, c.SettledAmount, c.Settled, c.FollowUp, bal)
		want := fmt.Sprint(f.inflows, f.donations, f.spent, f.refunded, f.pending, f.settled, f.isSettled, f.followUp, f.balance())
		if got != want {
			w.t.Fatalf("%s: fund %d (inflows donations spent refunded pending settled settled? followUp balance): contract %s, model %s", at, f.id, got, want)
		}
		if capNow, _ := w.view.AdminCap(opts, id); capNow.Int64() != f.adminCap() {
			w.t.Fatalf("%s: fund %d admin cap: contract %s, model %d", at, f.id, capNow, f.adminCap())
		}
		lines, _ := w.view.LinesOf(opts, id)
		for i, l := range lines {
			ml := f.lines[i]
			if fmt.Sprint(l.Limit, l.Spent, l.Refunded, l.Pending) != fmt.Sprint(ml.limit, ml.spent, ml.refunded, ml.pending) {
				w.t.Fatalf("%s: fund %d line %d: contract %+v, model %+v", at, f.id, i, l, *ml)
			}
		}
		// The fund's own parties, as the token has them: what they paid in, what its payee
		// kept, what its treasury got back; the rest is the fund's balance or carried over.
		paidIn := (w.initial - krwOf(f.a.collector)) + (w.initial - krwOf(f.a.city)) + f.carriedIn
		keptByPayee := krwOf(f.a.payee) - w.initial
		settledOut := krwOf(f.a.treasury) + f.carriedOut // the treasury started with none
		if paidIn != keptByPayee+bal.Int64()+settledOut {
			w.t.Fatalf("%s: fund %d: paid in %d ≠ kept by its payee %d + balance %s + settled %d", at, f.id, paidIn, keptByPayee, bal, settledOut)
		}
		if paidIn != f.inflows || keptByPayee != f.spent-f.refunded || settledOut != f.settled {
			w.t.Fatalf("%s: fund %d by the token: in %d, out %d, settled %d; model: inflows %d, spent − refunded %d, settled %d",
				at, f.id, paidIn, keptByPayee, settledOut, f.inflows, f.spent-f.refunded, f.settled)
		}
		balances += f.balance()
		for _, a := range []*account{f.a.payee, f.a.collector, f.a.city, f.a.treasury} {
			if got := krwOf(a); got != w.m.krw[a.addr()] {
				w.t.Fatalf("%s: fund %d party %s holds %d KRW, the model %d", at, f.id, a.addr().Hex(), got, w.m.krw[a.addr()])
			}
		}
	}
	if got := krwOf(w.stranger); got != w.initial {
		w.t.Fatalf("%s: the stranger's KRW moved: %d", at, got)
	}
	if held := w.registrar.bigCall(w.token, w.krw, "balanceOf", w.ledger).Int64(); held != balances {
		w.t.Fatalf("%s: the ledger holds %d KRW, the model's balances sum to %d", at, held, balances)
	}
}

// checkEnd: spends and receipts as the model has them; the books rebuilt from the events
// equal the contract (and so the model); every gift's trace adds up.
func (w *propWorld) checkEnd() {
	w.t.Helper()
	opts := &bind.CallOpts{}
	for i, sp := range w.m.spends {
		c, _ := w.view.SpendOf(opts, big.NewInt(int64(i+1)))
		got := fmt.Sprint(c.Fund, c.Line, c.Payee, c.Amount, c.Refunded, c.Status, c.Flagged)
		want := fmt.Sprint(sp.fund.id, sp.line, sp.payee, sp.amount, sp.refunded, sp.status, sp.flagged)
		if got != want {
			w.t.Fatalf("spend %d: contract %s, model %s", i+1, got, want)
		}
	}
	// Every receipt in every fund, as the model has it (absent: not recorded there).
	var receipts []modelReceipt
	for k := range w.m.receipts {
		for _, f := range w.m.funds {
			key := modelReceipt{f.id, k.r}
			c, _ := w.view.ReceiptOf(opts, big.NewInt(f.id), k.r)
			want, ok := w.m.receipts[key]
			if ok != (c.Fund != 0) || ok && (c.Fund != uint64(f.id) || c.Amount.Int64() != want) {
				w.t.Fatalf("receipt %x in fund %d: contract %+v, model %d (recorded: %v)", k.r, f.id, c, want, ok)
			}
		}
		receipts = append(receipts, k)
	}
	ids := make([]*big.Int, len(w.m.funds))
	for i, f := range w.m.funds {
		ids[i] = big.NewInt(f.id)
	}
	checkFundBooks(w.t, w.registrar, w.view, w.ledger, ids, receipts)
}

// checkFundBooks rebuilds the books from the events and compares them with the contract.
func checkFundBooks(t *testing.T, from *account, view *fundledger.FundLedger, ledger common.Address, ids []*big.Int, receipts []modelReceipt) {
	t.Helper()
	books, err := fund.LoadBooks(context.Background(), from.s.Backend(), ledger)
	if err != nil {
		t.Fatal(err)
	}
	opts := &bind.CallOpts{}
	for _, id := range ids {
		c, _ := view.FundOf(opts, id)
		b := books.Funds[id.Uint64()]
		got := fmt.Sprint(b.Inflows, b.Donations, b.Spent, b.Refunded, b.Pending, b.SettledAmount, b.Settled, b.FollowUp, b.Balance())
		bal, _ := view.BalanceOf(opts, id)
		want := fmt.Sprint(c.Inflows, c.Donations, c.Spent, c.Refunded, c.Pending, c.SettledAmount, c.Settled, c.FollowUp, bal)
		if got != want {
			t.Fatalf("fund %s from events %s, contract %s", id, got, want)
		}
		if capNow, _ := view.AdminCap(opts, id); capNow.Cmp(b.AdminCap()) != 0 {
			t.Fatalf("fund %s admin cap: events %s, contract %s", id, b.AdminCap(), capNow)
		}
		lines, _ := view.LinesOf(opts, id)
		if len(lines) != len(b.Lines) {
			t.Fatalf("fund %s: %d lines, %d from events", id, len(lines), len(b.Lines))
		}
		for i, l := range lines {
			e := b.Lines[i]
			if fmt.Sprint(l.Code, l.Limit, l.Spent, l.Refunded, l.Pending) != fmt.Sprint(e.Code, e.Limit, e.Spent, e.Refunded, e.Pending) {
				t.Fatalf("fund %s line %d: contract %+v, events %+v", id, i, l, e)
			}
		}
	}
	n, _ := view.SpendCount(opts)
	for i := uint64(1); i <= n.Uint64(); i++ {
		c, _ := view.SpendOf(opts, new(big.Int).SetUint64(i))
		e := books.Spends[i]
		if e == nil || fmt.Sprint(c.Status, c.Flagged, c.Amount, c.Refunded, c.Payee, c.Line) != fmt.Sprint(e.Status, e.Flagged, e.Amount, e.Refunded, e.Payee, e.Line) {
			t.Fatalf("spend %d: contract %+v, events %+v", i, c, e)
		}
	}
	// Every recorded gift traces to its own fund, with its amount, and adds up: to spends,
	// back, settled, left.
	if len(books.Receipts) != len(receipts) {
		t.Fatalf("%d donations from events, %d in the model", len(books.Receipts), len(receipts))
	}
	for _, k := range receipts {
		r := k.r
		c, _ := view.ReceiptOf(opts, big.NewInt(k.fund), r)
		tr, err := books.Trace(uint64(k.fund), common.Hash(r))
		if err != nil {
			t.Fatal(err)
		}
		if tr.Fund != uint64(k.fund) || tr.Amount != c.Amount.String() {
			t.Fatalf("trace of %x in fund %d: fund %d amount %s; contract %+v", r, k.fund, tr.Fund, tr.Amount, c)
		}
		sum := decimal.RequireFromString(tr.Spent).Add(decimal.RequireFromString(tr.Remaining)).Add(decimal.RequireFromString(tr.Settled))
		if diff := decimal.RequireFromString(tr.Amount).Sub(sum).Abs(); diff.GreaterThan(decimal.NewFromFloat(0.05)) {
			t.Fatalf("trace of %x: spent %s + remaining %s + settled %s ≠ %s", r, tr.Spent, tr.Remaining, tr.Settled, tr.Amount)
		}
	}
}
