package contracts

import (
	"context"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/citizenproposals"
	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/bindings/mvoting"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/services/voting"
)

// proposalWorld: the city (every role), a department official, five citizens on the roll
// and a stranger off it; small thresholds (2, 3, 4 supporters; answers due in 100, 200
// and 300 s; a 1,000 s window; promotion from stage 2) so that every crossing is reached.
type proposalWorld struct {
	t            *testing.T
	city, dept   *account
	citizens     []*account
	stray        *account
	addr, mvAddr common.Address
	abi, mv      *abi.ABI
	roll         *voting.Roll
}

// smallRules are the test's rules.
var smallRules = citizenproposals.CitizenProposalsRules{
	Thresholds: [3]uint32{2, 3, 4}, AnswerPeriods: [3]uint32{100, 200, 300}, Window: 1000, PromoteStage: 2,
}

func newProposalWorld(t *testing.T) *proposalWorld {
	t.Helper()
	acc := accounts(t, 8)
	w := &proposalWorld{t: t, city: acc[0], dept: acc[1], citizens: acc[2:7], stray: acc[7]}
	book := w.city.Deploy(deploy.CitizenProposals)
	w.addr, w.mvAddr = book[deploy.CitizenProposals], book[deploy.MVoting]
	w.abi, _ = citizenproposals.CitizenProposalsMetaData.GetAbi()
	w.mv, _ = mvoting.MVotingMetaData.GetAbi()
	var voters []common.Address
	for _, c := range w.citizens {
		voters = append(voters, c.addr())
	}
	var err error
	if w.roll, err = voting.NewRoll(voters); err != nil {
		t.Fatal(err)
	}
	w.city.ok(w.addr, w.abi, "setRules", smallRules)
	w.city.ok(w.addr, w.abi, "setRoll", w.roll.Root, uint32(w.roll.Size))
	w.city.ok(w.addr, w.abi, "grantRole", deploy.RoleID("DEPARTMENT_ROLE"), w.dept.addr())
	return w
}

func (w *proposalWorld) proof(a *account) [][32]byte {
	w.t.Helper()
	if a == w.stray {
		return [][32]byte{}
	}
	return rollProof(w.t, w.roll, a.addr())
}

func (w *proposalWorld) advance(d time.Duration) {
	w.t.Helper()
	if err := w.city.chain.AdjustTime(d); err != nil {
		w.t.Fatal(err)
	}
}

const testTitle = "Shade canopies at every bus stop on Sejong-daero"

// propose opens a proposal by citizen 0 and returns its id.
func (w *proposalWorld) propose() *big.Int {
	w.t.Helper()
	text := "Bus stops along Sejong-daero have no shade; the city should install canopies by next summer."
	r := w.citizens[0].ok(w.addr, w.abi, "propose", testTitle, text, crypto.Keccak256Hash([]byte(testTitle)), crypto.Keccak256Hash([]byte(text)), uint16(3), w.proof(w.citizens[0]))
	id, _ := new(big.Int).SetString(event(w.t, r, "ProposalCreated")["id"], 10)
	return id
}

func (w *proposalWorld) proposal(id *big.Int) citizenproposals.CitizenProposalsProposal {
	w.t.Helper()
	return *abi.ConvertType(w.city.call(w.addr, w.abi, "proposal", id)[0], new(citizenproposals.CitizenProposalsProposal)).(*citizenproposals.CitizenProposalsProposal)
}

func (w *proposalWorld) stage(id *big.Int, s uint8) citizenproposals.CitizenProposalsStage {
	w.t.Helper()
	return *abi.ConvertType(w.city.call(w.addr, w.abi, "stageOf", id, s)[0], new(citizenproposals.CitizenProposalsStage)).(*citizenproposals.CitizenProposalsStage)
}

// step is one line of a scenario: who calls what, and the custom error expected ("" for
// success).
type step struct {
	name   string
	from   *account
	method string
	args   []any
	revert string
	check  func(t *testing.T, events map[string]map[string]string)
}

func (w *proposalWorld) run(steps []step) {
	w.t.Helper()
	for _, s := range steps {
		r, err := s.from.send(w.addr, w.abi, s.method, s.args...)
		if s.revert != "" {
			if err == nil {
				w.t.Fatalf("%s: succeeded, want %s", s.name, s.revert)
			}
			reverts(w.t, err, s.revert, nil)
			continue
		}
		if err != nil {
			w.t.Fatalf("%s: %v", s.name, err)
		}
		if s.check != nil {
			evs := map[string]map[string]string{}
			for _, ev := range r.Events {
				m := map[string]string{}
				for _, f := range ev.Fields {
					m[f.Name] = f.Value
				}
				evs[ev.Name] = m
			}
			s.check(w.t, evs)
		}
	}
}

func TestProposalDefaultRulesAreTheCitys(t *testing.T) {
	acc := accounts(t, 1)
	addr := acc[0].Deploy(deploy.CitizenProposals)[deploy.CitizenProposals]
	a, _ := citizenproposals.CitizenProposalsMetaData.GetAbi()
	out := acc[0].call(addr, a, "currentRules")
	r := *abi.ConvertType(out[0], new(citizenproposals.CitizenProposalsRules)).(*citizenproposals.CitizenProposalsRules)
	day := uint32(24 * 3600)
	want := citizenproposals.CitizenProposalsRules{Thresholds: [3]uint32{50, 500, 5000}, AnswerPeriods: [3]uint32{30 * day, 60 * day, 30 * day}, Window: 30 * day, PromoteStage: 2}
	if r != want || out[1].(*big.Int).Sign() != 0 {
		t.Fatalf("rules %+v version %v, want %+v version 0", r, out[1], want)
	}
}

func TestProposalSettingsRules(t *testing.T) {
	w := newProposalWorld(t)
	bad := func(f func(r *citizenproposals.CitizenProposalsRules)) citizenproposals.CitizenProposalsRules {
		r := smallRules
		f(&r)
		return r
	}
	w.run([]step{
		{"admin sets rules", w.city, "setRules", []any{smallRules}, "", func(t *testing.T, ev map[string]map[string]string) {
			if ev["RulesSet"]["version"] != "2" {
				t.Fatalf("RulesSet %v", ev["RulesSet"])
			}
		}},
		{"stranger sets rules", w.stray, "setRules", []any{smallRules}, "AccessControlUnauthorizedAccount", nil},
		{"department sets rules", w.dept, "setRules", []any{smallRules}, "AccessControlUnauthorizedAccount", nil},
		{"zero threshold", w.city, "setRules", []any{bad(func(r *citizenproposals.CitizenProposalsRules) { r.Thresholds[0] = 0 })}, "ProposalBadRules", nil},
		{"thresholds not rising", w.city, "setRules", []any{bad(func(r *citizenproposals.CitizenProposalsRules) { r.Thresholds[2] = 3 })}, "ProposalBadRules", nil},
		{"no answer period", w.city, "setRules", []any{bad(func(r *citizenproposals.CitizenProposalsRules) { r.AnswerPeriods[1] = 0 })}, "ProposalBadRules", nil},
		{"empty window", w.city, "setRules", []any{bad(func(r *citizenproposals.CitizenProposalsRules) { r.Window = 0 })}, "ProposalBadRules", nil},
		{"promotion stage 0", w.city, "setRules", []any{bad(func(r *citizenproposals.CitizenProposalsRules) { r.PromoteStage = 0 })}, "ProposalBadRules", nil},
		{"promotion stage 4", w.city, "setRules", []any{bad(func(r *citizenproposals.CitizenProposalsRules) { r.PromoteStage = 4 })}, "ProposalBadRules", nil},
		{"roll admin sets the roll", w.city, "setRoll", []any{w.roll.Root, uint32(w.roll.Size)}, "", nil},
		{"stranger sets the roll", w.stray, "setRoll", []any{w.roll.Root, uint32(w.roll.Size)}, "AccessControlUnauthorizedAccount", nil},
		{"zero root", w.city, "setRoll", []any{common.Hash{}, uint32(5)}, "ProposalEmptyRoll", nil},
		{"zero size", w.city, "setRoll", []any{w.roll.Root, uint32(0)}, "ProposalEmptyRoll", nil},
	})
}

func TestProposalOpening(t *testing.T) {
	w := newProposalWorld(t)
	c := w.citizens[1]
	h := func(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }
	title, text := "More public toilets in Hangang parks", "The parks along the Han river need more toilets."
	long := strings.Repeat("가", 101) // 303 bytes
	w.run([]step{
		{"citizen proposes with its text", c, "propose", []any{title, text, h(title), h(text), uint16(2), w.proof(c)}, "", func(t *testing.T, ev map[string]map[string]string) {
			if ev["ProposalText"]["title"] != title || ev["ProposalText"]["text"] != text {
				t.Fatalf("ProposalText %v", ev["ProposalText"])
			}
			if !strings.EqualFold(ev["ProposalCreated"]["author"], c.addr().Hex()) || ev["ProposalCreated"]["category"] != "2" {
				t.Fatalf("ProposalCreated %v", ev["ProposalCreated"])
			}
		}},
		{"citizen proposes by hashes only", c, "propose", []any{"", "", h(title), h(text), uint16(2), w.proof(c)}, "", func(t *testing.T, ev map[string]map[string]string) {
			if _, ok := ev["ProposalText"]; ok {
				t.Fatal("a hash-only proposal published text")
			}
		}},
		{"title published, text by hash", c, "propose", []any{title, "", h(title), h(text), uint16(2), w.proof(c)}, "", nil},
		{"stranger off the roll", w.stray, "propose", []any{title, text, h(title), h(text), uint16(2), w.proof(w.stray)}, "ProposalNotOnRoll", nil},
		{"another citizen's proof", c, "propose", []any{title, text, h(title), h(text), uint16(2), w.proof(w.citizens[2])}, "ProposalNotOnRoll", nil},
		{"no title nor hash", c, "propose", []any{"", text, common.Hash{}, h(text), uint16(2), w.proof(c)}, "ProposalBadTitle", nil},
		{"title too long", c, "propose", []any{long, text, h(long), h(text), uint16(2), w.proof(c)}, "ProposalBadTitle", nil},
		{"no text nor hash", c, "propose", []any{title, "", h(title), common.Hash{}, uint16(2), w.proof(c)}, "ProposalBadText", nil},
		{"text too long", c, "propose", []any{title, strings.Repeat("x", 10_001), h(title), h(strings.Repeat("x", 10_001)), uint16(2), w.proof(c)}, "ProposalBadText", nil},
		{"title not its hash", c, "propose", []any{title, text, h("other"), h(text), uint16(2), w.proof(c)}, "ProposalHashMismatch", nil},
		{"text not its hash", c, "propose", []any{title, text, h(title), h("other"), uint16(2), w.proof(c)}, "ProposalHashMismatch", nil},
		{"no category", c, "propose", []any{title, text, h(title), h(text), uint16(0), w.proof(c)}, "ProposalNoCategory", nil},
	})
	p := w.proposal(big.NewInt(1))
	if p.Author != c.addr() || p.ClosesAt != p.OpenedAt+1000 || p.RollRoot != w.roll.Root || p.Rules != 1 {
		t.Fatalf("proposal %+v", p)
	}
	// Before any roll is published nobody can propose.
	acc := accounts(t, 1)
	fresh := acc[0].Deploy(deploy.CitizenProposals)[deploy.CitizenProposals]
	_, err := acc[0].send(fresh, w.abi, "propose", title, text, h(title), h(text), uint16(2), [][32]byte{})
	reverts(t, err, "ProposalNoRoll", nil)
}

// TestProposalSupportsAndStages walks one proposal through every threshold: supporting,
// a second support refused, withdrawal (a reached stage stays reached), support again,
// each stage's deadline set at its crossing, and the window's end.
func TestProposalSupportsAndStages(t *testing.T) {
	w := newProposalWorld(t)
	id := w.propose()
	c := w.citizens
	supporters := func(n string) func(t *testing.T, ev map[string]map[string]string) {
		return func(t *testing.T, ev map[string]map[string]string) {
			got := ev["Supported"]["backers"]
			if got == "" {
				got = ev["SupportWithdrawn"]["backers"]
			}
			if got != n {
				t.Fatalf("supporters %s, want %s (%v)", got, n, ev)
			}
			if _, crossed := ev["StageReached"]; crossed {
				t.Fatalf("a stage reached at %s: %v", n, ev["StageReached"])
			}
		}
	}
	reached := func(stage string, period uint64) func(t *testing.T, ev map[string]map[string]string) {
		return func(t *testing.T, ev map[string]map[string]string) {
			sr := ev["StageReached"]
			if sr["stage"] != stage {
				t.Fatalf("StageReached %v, want stage %s", sr, stage)
			}
			n, _ := strconv.Atoi(stage)
			st := w.stage(id, uint8(n))
			if st.Deadline != st.ReachedAt+period || sr["deadline"] != strconv.FormatUint(st.Deadline, 10) {
				t.Fatalf("stage %s: %+v, event %v, want a deadline %d s after", stage, st, sr, period)
			}
		}
	}
	w.run([]step{
		{"first support", c[1], "support", []any{id, w.proof(c[1])}, "", supporters("1")},
		{"second support by the same citizen", c[1], "support", []any{id, w.proof(c[1])}, "ProposalAlreadySupported", nil},
		{"support off the roll", w.stray, "support", []any{id, w.proof(w.stray)}, "ProposalNotOnRoll", nil},
		{"support with another's proof", c[2], "support", []any{id, w.proof(c[3])}, "ProposalNotOnRoll", nil},
		{"support of an unknown proposal", c[2], "support", []any{big.NewInt(99), w.proof(c[2])}, "ProposalUnknown", nil},
		{"withdraw without supporting", c[2], "withdraw", []any{id}, "ProposalNotSupported", nil},
		{"second support reaches stage 1", c[2], "support", []any{id, w.proof(c[2])}, "", reached("1", 100)},
		{"withdrawal below the threshold", c[2], "withdraw", []any{id}, "", supporters("1")},
		{"withdraw twice", c[2], "withdraw", []any{id}, "ProposalNotSupported", nil},
		{"support again: stage 1 is not reached twice", c[2], "support", []any{id, w.proof(c[2])}, "", supporters("2")},
		{"third support reaches stage 2", c[3], "support", []any{id, w.proof(c[3])}, "", reached("2", 200)},
		{"fourth support reaches stage 3", c[4], "support", []any{id, w.proof(c[4])}, "", reached("3", 300)},
		{"the author supports: no stage beyond 3", c[0], "support", []any{id, w.proof(c[0])}, "", supporters("5")},
	})
	if p := w.proposal(id); p.Backers != 5 || p.Stage != 3 {
		t.Fatalf("proposal %+v", p)
	}
	w.advance(1000 * time.Second)
	w.run([]step{
		{"support after the window", c[1], "support", []any{id, w.proof(c[1])}, "ProposalWindowClosed", nil},
		{"withdraw after the window", c[2], "withdraw", []any{id}, "ProposalWindowClosed", nil},
	})
	// A proposal opened now has a window of its own.
	id2 := w.propose()
	w.run([]step{
		{"support after the window of another", c[1], "support", []any{id, w.proof(c[1])}, "ProposalWindowClosed", nil},
		{"support of the new one", c[1], "support", []any{id2, w.proof(c[1])}, "", supporters("1")},
	})
	// Near the end of the window a support still counts; from closesAt on none does.
	p2 := w.proposal(id2)
	w.advance(time.Duration(p2.ClosesAt-w.city.now()-3) * time.Second)
	w.run([]step{{"support just before closesAt", c[2], "support", []any{id2, w.proof(c[2])}, "", nil}})
	w.advance(time.Duration(p2.ClosesAt-w.city.now()) * time.Second)
	w.run([]step{{"support at closesAt", c[3], "support", []any{id2, w.proof(c[3])}, "ProposalWindowClosed", nil}})
}

// TestProposalAnswers: each stage is answered by its own role, once, only when reached;
// an answer in time is not late, an unanswered stage past its deadline is overdue, and an
// answer after it is recorded as late.
func TestProposalAnswers(t *testing.T) {
	w := newProposalWorld(t)
	id := w.propose()
	c := w.citizens
	ans := "The Transport Headquarters will install canopies at 40 stops in 2027."
	ah := crypto.Keccak256Hash([]byte(ans))
	w.run([]step{
		{"answer before any stage", w.dept, "answer", []any{id, uint8(1), ah, ans}, "ProposalStageNotReached", nil},
		{"stage 0", w.city, "answer", []any{id, uint8(0), ah, ans}, "ProposalBadStage", nil},
		{"stage 4", w.city, "answer", []any{id, uint8(4), ah, ans}, "ProposalBadStage", nil},
	})
	for _, x := range c[1:4] {
		x.ok(w.addr, w.abi, "support", id, w.proof(x))
	}
	w.run([]step{
		{"stranger answers", w.stray, "answer", []any{id, uint8(1), ah, ans}, "AccessControlUnauthorizedAccount", nil},
		{"a citizen answers", c[1], "answer", []any{id, uint8(1), ah, ans}, "AccessControlUnauthorizedAccount", nil},
		{"department answers the deliberation stage", w.dept, "answer", []any{id, uint8(2), ah, ans}, "AccessControlUnauthorizedAccount", nil},
		{"answer of an unknown proposal", w.dept, "answer", []any{big.NewInt(9), uint8(1), ah, ans}, "ProposalUnknown", nil},
		{"answer stage 3 before it is reached", w.city, "answer", []any{id, uint8(3), ah, ans}, "ProposalStageNotReached", nil},
		{"zero answer hash", w.dept, "answer", []any{id, uint8(1), common.Hash{}, ""}, "ProposalNoAnswer", nil},
		{"answer text not its hash", w.dept, "answer", []any{id, uint8(1), ah, "other"}, "ProposalHashMismatch", nil},
		{"department answers in time", w.dept, "answer", []any{id, uint8(1), ah, ans}, "", func(t *testing.T, ev map[string]map[string]string) {
			if a := ev["Answered"]; a["late"] != "false" || a["stage"] != "1" || !strings.EqualFold(a["by"], w.dept.addr().Hex()) || a["text"] != ans {
				t.Fatalf("Answered %v", a)
			}
		}},
		{"answered twice", w.dept, "answer", []any{id, uint8(1), ah, ans}, "ProposalAlreadyAnswered", nil},
	})
	overdue := func(s uint8) bool { return w.city.call(w.addr, w.abi, "overdue", id, s)[0].(bool) }
	st2 := w.stage(id, 2)
	// The deadline's own second is in time; the next is overdue.
	w.advance(time.Duration(st2.Deadline-w.city.now()) * time.Second)
	if overdue(2) {
		t.Fatalf("overdue at the deadline %d (now %d)", st2.Deadline, w.city.now())
	}
	w.advance(time.Second)
	if !overdue(2) || overdue(1) || overdue(3) {
		t.Fatalf("overdue at %d: stage 1 %v, 2 %v, 3 %v; want only 2", w.city.now(), overdue(1), overdue(2), overdue(3))
	}
	w.run([]step{{"a late answer by hash only", w.city, "answer", []any{id, uint8(2), ah, ""}, "", func(t *testing.T, ev map[string]map[string]string) {
		if ev["Answered"]["late"] != "true" {
			t.Fatalf("Answered %v, want late", ev["Answered"])
		}
	}}})
	if overdue(2) {
		t.Fatal("an answered stage is still overdue")
	}
	if st := w.stage(id, 2); st.AnswerHash != ah || st.AnsweredAt <= st.Deadline {
		t.Fatalf("stage 2 %+v", st)
	}
}

// TestProposalPromotion: a qualified proposal becomes an M-Voting election with its title
// as the question, linked both ways; an unqualified one only by override, recorded.
func TestProposalPromotion(t *testing.T) {
	w := newProposalWorld(t)
	qualified, unqualified := w.propose(), w.propose()
	for _, x := range w.citizens[1:4] {
		x.ok(w.addr, w.abi, "support", qualified, w.proof(x))
	}
	election := func(title string) mvoting.MVotingNewElection {
		start := w.city.now() + 60
		return mvoting.MVotingNewElection{Title: title, OptionNames: []string{"For", "Against"}, MaxChoices: 1, Start: start, End: start + 3600,
			RollRoot: w.roll.Root, RollSize: uint32(w.roll.Size), TrusteeKeys: [][]byte{}}
	}
	promoted := func(byOverride string, electionID string) func(t *testing.T, ev map[string]map[string]string) {
		return func(t *testing.T, ev map[string]map[string]string) {
			p := ev["Promoted"]
			if p["byOverride"] != byOverride || p["election"] != electionID || ev["ElectionCreated"]["title"] != testTitle {
				t.Fatalf("Promoted %v, ElectionCreated %v", p, ev["ElectionCreated"])
			}
		}
	}
	w.run([]step{
		{"a citizen promotes", w.citizens[1], "promote", []any{qualified, election(testTitle), false}, "AccessControlUnauthorizedAccount", nil},
		{"unqualified, no override", w.city, "promote", []any{unqualified, election(testTitle), false}, "ProposalNotQualified", nil},
		{"another question", w.city, "promote", []any{qualified, election("Something else"), false}, "ProposalTitleMismatch", nil},
		{"unknown proposal", w.city, "promote", []any{big.NewInt(9), election(testTitle), false}, "ProposalUnknown", nil},
		{"qualified", w.city, "promote", []any{qualified, election(testTitle), false}, "", promoted("false", "1")},
		{"promoted twice", w.city, "promote", []any{qualified, election(testTitle), true}, "ProposalAlreadyPromoted", nil},
		{"unqualified by the city's override", w.city, "promote", []any{unqualified, election(testTitle), true}, "", promoted("true", "2")},
	})
	for _, tc := range []struct {
		id       *big.Int
		election uint64
		override bool
	}{{qualified, 1, false}, {unqualified, 2, true}} {
		p := w.proposal(tc.id)
		if p.Election != tc.election || p.PromotedByOverride != tc.override {
			t.Fatalf("proposal %v: %+v", tc.id, p)
		}
		if back := w.city.bigCall(w.addr, w.abi, "proposalOfElection", new(big.Int).SetUint64(tc.election)); back.Cmp(tc.id) != 0 {
			t.Fatalf("election %d links back to proposal %v, want %v", tc.election, back, tc.id)
		}
	}
	// Without MVoting's election admin role the promotion fails with MVoting's own error.
	third := w.propose()
	for _, x := range w.citizens[1:4] {
		x.ok(w.addr, w.abi, "support", third, w.proof(x))
	}
	w.city.ok(w.mvAddr, w.mv, "revokeRole", deploy.RoleID("ELECTION_ADMIN_ROLE"), w.addr)
	_, err := w.city.send(w.addr, w.abi, "promote", third, election(testTitle), false)
	reverts(t, err, "AccessControlUnauthorizedAccount", nil)
}

// TestProposalSupportThroughTheForwarder: a citizen signs, the relayer pays; the support
// is the citizen's.
func TestProposalSupportThroughTheForwarder(t *testing.T) {
	w := newProposalWorld(t)
	id := w.propose()
	c := w.citizens[1]
	view, _ := citizenproposals.NewCitizenProposals(w.addr, w.city.s.Backend())
	fwdAddr, err := view.TrustedForwarder(nil)
	if err != nil {
		t.Fatal(err)
	}
	fwd, _ := cityforwarder.CityForwarderMetaData.GetAbi()
	data, _ := w.abi.Pack("support", id, w.proof(c))
	chainID, _ := w.city.s.Backend().ChainID(context.Background())
	dom := forwarder.Domain{ChainID: chainID, Forwarder: fwdAddr}
	r := forwarder.Request{From: c.addr(), To: w.addr, Gas: big.NewInt(300000), Nonce: c.bigCall(fwdAddr, fwd, "nonces", c.addr()), Deadline: w.city.now() + 3600, Data: data}
	sig, err := dom.Sign(r, c.key)
	if err != nil {
		t.Fatal(err)
	}
	w.stray.ok(fwdAddr, fwd, "execute", r.Signed(sig))
	if ok, _ := view.HasSupported(nil, id, c.addr()); !ok {
		t.Fatal("the forwarded support is not the citizen's")
	}
	if ok, _ := view.HasSupported(nil, id, w.stray.addr()); ok {
		t.Fatal("the relayer was counted as a supporter")
	}
}
