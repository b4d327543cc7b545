package contracts

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/cityforwarder"
	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/bindings/parttimelabour"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/forwarder"
	"github.com/seoulchain/seoulchain/services/labour/wage"
)

// labourWorld: the labour contract with KRW. The city holds every role (the labour office
// included) and the bank's; boss and boss2 are employers holding KRW; worker … worker4 are
// part-timers; stranger is nobody; relayer pays the gas of workers' forwarded requests.
type labourWorld struct {
	t                                                   *testing.T
	city, boss, boss2, worker, worker2, stranger, relay *account
	worker3, worker4                                    *account
	token, lab, fwd                                     common.Address
	krw, abi                                            *abi.ABI
	view                                                *parttimelabour.PartTimeLabour
	today                                               uint32
}

func newLabourWorld(t *testing.T) *labourWorld {
	t.Helper()
	acc := accounts(t, 9)
	w := &labourWorld{t: t, city: acc[0], boss: acc[1], boss2: acc[2], worker: acc[3], worker2: acc[4], stranger: acc[5], relay: acc[6],
		worker3: acc[7], worker4: acc[8]}
	addrs := w.city.Deploy(deploy.Labour)
	w.token, w.lab, w.fwd = addrs[deploy.KRWToken], addrs[deploy.Labour], addrs[deploy.CityForwarder]
	w.krw, _ = krwtoken.KRWTokenMetaData.GetAbi()
	w.abi, _ = parttimelabour.PartTimeLabourMetaData.GetAbi()
	var err error
	if w.view, err = parttimelabour.NewPartTimeLabour(w.lab, w.city.s.Backend()); err != nil {
		t.Fatal(err)
	}
	for i, b := range []*account{w.boss, w.boss2} {
		w.city.ok(w.token, w.krw, "mint", b.addr(), big.NewInt(100_000_000), "DEP-BOSS-"+string(rune('A'+i)))
		b.ok(w.token, w.krw, "approve", w.lab, new(big.Int).Lsh(big.NewInt(1), 200))
	}
	w.today = w.call("today")[0].(uint32)
	return w
}

func (w *labourWorld) call(method string, args ...any) []any {
	w.t.Helper()
	return w.city.call(w.lab, w.abi, method, args...)
}

// terms are worker's Monday–Friday 4 h a day contract at the 2026 minimum, from 100 days ago.
func (w *labourWorld) terms(worker *account) parttimelabour.PartTimeLabourTerms {
	return parttimelabour.PartTimeLabourTerms{Worker: worker.addr(), HourlyWage: 10320, WorkDays: 0b11111, DailyMinutes: 240,
		WeeklyMinutes: 1200, StartDay: w.today - 100, EndDay: 0, Payday: 10, FivePlus: false, DocumentHash: ref("signed contract.pdf")}
}

// signed proposes t from boss and has the worker sign it; it returns the contract id.
func (w *labourWorld) signed(boss, worker *account, t parttimelabour.PartTimeLabourTerms) *big.Int {
	w.t.Helper()
	boss.ok(w.lab, w.abi, "propose", t)
	id := w.city.bigCall(w.lab, w.abi, "contractCount")
	worker.ok(w.lab, w.abi, "sign", id)
	return id
}

// confirmed submits day's shift start–end and has the worker confirm it.
func (w *labourWorld) confirmed(boss, worker *account, id *big.Int, day uint32, start, end uint16) {
	w.t.Helper()
	boss.ok(w.lab, w.abi, "submitShift", id, day, start, end)
	worker.ok(w.lab, w.abi, "confirmShifts", id, []uint32{day})
}

func slip(id *big.Int, from, to uint32, minutes uint32, amount int64, tag string) parttimelabour.PartTimeLabourPayslipInput {
	return parttimelabour.PartTimeLabourPayslipInput{ContractId: id, FromDay: from, ToDay: to, WorkedMinutes: minutes,
		Amount: big.NewInt(amount), PayslipHash: crypto.Keccak256Hash([]byte(tag))}
}

func (w *labourWorld) krwOf(a common.Address) int64 {
	w.t.Helper()
	return w.city.bigCall(w.token, w.krw, "balanceOf", a).Int64()
}

type labourCase struct {
	name   string
	from   *account
	method string
	args   []any
	revert string
}

// run sends each case in order: "" must pass, anything else revert with that error.
func (w *labourWorld) run(cases []labourCase) {
	w.t.Helper()
	for _, c := range cases {
		_, err := c.from.send(w.lab, w.abi, c.method, c.args...)
		if c.revert == "" {
			if err != nil {
				w.t.Fatalf("%s: %v", c.name, err)
			}
			continue
		}
		if err == nil {
			w.t.Fatalf("%s: passed, want %s", c.name, c.revert)
		}
		reverts(w.t, err, c.revert, nil)
	}
}

func TestLabourMinimumWage(t *testing.T) {
	w := newLabourWorld(t)
	if got := w.call("minimumWageOn", uint32(wage.Date(2025, 12, 31)))[0].(uint64); got != 10030 {
		t.Fatalf("2025-12-31: %d", got)
	}
	if got := w.call("minimumWageOn", uint32(wage.Date(2026, 1, 1)))[0].(uint64); got != 10320 {
		t.Fatalf("2026-01-01: %d", got)
	}
	next := w.today + 30
	w.run([]labourCase{
		{"office sets a future rate", w.city, "setMinimumWage", []any{next, uint64(10700)}, ""},
		{"office corrects it before it takes effect", w.city, "setMinimumWage", []any{next, uint64(10800)}, ""},
		{"stranger sets a rate", w.stranger, "setMinimumWage", []any{next + 1, uint64(11000)}, "AccessControlUnauthorizedAccount"},
		{"a rate before the last", w.city, "setMinimumWage", []any{next - 1, uint64(11000)}, "LabourRateOutOfOrder"},
		{"a rate already in force", w.city, "setMinimumWage", []any{w.today, uint64(11000)}, "LabourRateOutOfOrder"},
		{"zero won", w.city, "setMinimumWage", []any{next + 5, uint64(0)}, "LabourZeroWage"},
	})
	if got := w.call("minimumWageOn", next)[0].(uint64); got != 10800 {
		t.Fatalf("corrected rate: %d", got)
	}
	_, err := w.view.MinimumWageOn(&bind.CallOpts{}, uint32(wage.Date(2024, 12, 31)))
	if err == nil {
		t.Fatal("a day before the table has a minimum wage")
	}
	// A contract reaching past the new rate must pay it: at 10,320 only a fixed end before it.
	tm := w.terms(w.worker)
	tm.StartDay = w.today
	w.run([]labourCase{
		{"open contract under the coming rate", w.boss, "propose", []any{tm}, "LabourBelowMinimumWage"},
	})
	tm.EndDay = next - 1
	w.run([]labourCase{{"contract ending before it", w.boss, "propose", []any{tm}, ""}})
}

func TestLabourContractRules(t *testing.T) {
	w := newLabourWorld(t)
	good := w.terms(w.worker)
	with := func(change func(*parttimelabour.PartTimeLabourTerms)) parttimelabour.PartTimeLabourTerms {
		x := good
		change(&x)
		return x
	}
	w.run([]labourCase{
		{"under the minimum", w.boss, "propose", []any{with(func(x *parttimelabour.PartTimeLabourTerms) { x.HourlyWage = 10319 })}, "LabourBelowMinimumWage"},
		{"no worker", w.boss, "propose", []any{with(func(x *parttimelabour.PartTimeLabourTerms) { x.Worker = common.Address{} })}, "LabourBadWorker"},
		{"employer as worker", w.boss, "propose", []any{with(func(x *parttimelabour.PartTimeLabourTerms) { x.Worker = w.boss.addr() })}, "LabourBadWorker"},
		{"no document", w.boss, "propose", []any{with(func(x *parttimelabour.PartTimeLabourTerms) { x.DocumentHash = [32]byte{} })}, "LabourNoDocument"},
		{"no working days", w.boss, "propose", []any{with(func(x *parttimelabour.PartTimeLabourTerms) { x.WorkDays = 0 })}, "LabourBadTerms"},
		{"more a week than days × hours", w.boss, "propose", []any{with(func(x *parttimelabour.PartTimeLabourTerms) { x.WeeklyMinutes = 1201 })}, "LabourBadTerms"},
		{"payday 29", w.boss, "propose", []any{with(func(x *parttimelabour.PartTimeLabourTerms) { x.Payday = 29 })}, "LabourBadTerms"},
		{"end before start", w.boss, "propose", []any{with(func(x *parttimelabour.PartTimeLabourTerms) { x.EndDay = x.StartDay - 1 })}, "LabourBadTerms"},
		{"valid terms", w.boss, "propose", []any{good}, ""},
		{"hours before the worker signs", w.boss, "submitShift", []any{big.NewInt(1), w.today - 1, uint16(600), uint16(840)}, "LabourContractNotActive"},
		{"stranger signs", w.stranger, "sign", []any{big.NewInt(1)}, "LabourNotWorker"},
		{"employer signs for the worker", w.boss, "sign", []any{big.NewInt(1)}, "LabourNotWorker"},
		{"worker signs", w.worker, "sign", []any{big.NewInt(1)}, ""},
		{"signed twice", w.worker, "sign", []any{big.NewInt(1)}, "LabourContractNotActive"},
		{"unknown contract", w.worker, "sign", []any{big.NewInt(9)}, "LabourUnknownContract"},
		{"stranger ends", w.stranger, "end", []any{big.NewInt(1), w.today}, "LabourNotParty"},
		{"end in the past", w.worker, "end", []any{big.NewInt(1), w.today - 1}, "LabourBadEndDay"},
		{"worker ends", w.worker, "end", []any{big.NewInt(1), w.today + 7}, ""},
		{"ended twice", w.boss, "end", []any{big.NewInt(1), w.today + 7}, "LabourContractNotActive"},
		{"a second proposal", w.boss, "propose", []any{good}, ""},
		{"employer withdraws it", w.boss, "end", []any{big.NewInt(2), uint32(0)}, ""},
		{"signing a withdrawn one", w.worker, "sign", []any{big.NewInt(2)}, "LabourContractNotActive"},
	})
	c, err := w.view.GetContract(&bind.CallOpts{}, big.NewInt(1))
	if err != nil || c.Status != 3 || c.EndDay != w.today+7 {
		t.Fatalf("ended contract: %+v %v", c, err)
	}
	// An ended contract still takes the shifts of its last days.
	w.run([]labourCase{
		{"shift in the notice period", w.boss, "submitShift", []any{big.NewInt(1), w.today, uint16(600), uint16(840)}, ""},
	})
}

// TestLabourWorkerSignsGasless: the worker's signature goes through the forwarder; the
// relayer pays; the contract sees the worker.
func TestLabourWorkerSignsGasless(t *testing.T) {
	w := newLabourWorld(t)
	w.boss.ok(w.lab, w.abi, "propose", w.terms(w.worker))
	chainID, err := w.city.s.Backend().ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	dom := forwarder.Domain{ChainID: chainID, Forwarder: w.fwd}
	fwdABI, _ := cityforwarder.CityForwarderMetaData.GetAbi()
	data, _ := w.abi.Pack("sign", big.NewInt(1))
	req := forwarder.Request{From: w.worker.addr(), To: w.lab, Gas: big.NewInt(200_000),
		Nonce: w.city.bigCall(w.fwd, fwdABI, "nonces", w.worker.addr()), Deadline: w.city.now() + 600, Data: data}
	sig, err := dom.Sign(req, w.worker.key)
	if err != nil {
		t.Fatal(err)
	}
	before := w.worker.bigCall(w.fwd, fwdABI, "nonces", w.worker.addr())
	r := w.relay.ok(w.fwd, fwdABI, "execute", req.Signed(sig))
	if got := event(t, r, "ContractSigned")["worker"]; got != w.worker.addr().Hex() {
		t.Fatalf("signed by %s", got)
	}
	if after := w.worker.bigCall(w.fwd, fwdABI, "nonces", w.worker.addr()); after.Cmp(before) <= 0 {
		t.Fatal("forwarder nonce did not move")
	}
}

func TestLabourTimesheetRules(t *testing.T) {
	w := newLabourWorld(t)
	id := w.signed(w.boss, w.worker, w.terms(w.worker))
	start := w.today - 100
	d := w.today - 10
	w.run([]labourCase{
		{"a day before the contract", w.boss, "submitShift", []any{id, start - 1, uint16(600), uint16(840)}, "LabourDayOutsideContract"},
		{"a day to come", w.boss, "submitShift", []any{id, w.today + 1, uint16(600), uint16(840)}, "LabourDayInFuture"},
		{"ends before it starts", w.boss, "submitShift", []any{id, d, uint16(600), uint16(500)}, "LabourBadShift"},
		{"over 24 hours", w.boss, "submitShift", []any{id, d, uint16(600), uint16(2100)}, "LabourBadShift"},
		{"by the worker", w.worker, "submitShift", []any{id, d, uint16(600), uint16(840)}, "LabourNotEmployer"},
		{"by another employer", w.boss2, "submitShift", []any{id, d, uint16(600), uint16(840)}, "LabourNotEmployer"},
		{"a night shift to 02:00", w.boss, "submitShift", []any{id, d, uint16(1200), uint16(1560)}, ""},
		{"the same day again", w.boss, "submitShift", []any{id, d, uint16(600), uint16(840)}, "LabourShiftOverlap"},
		{"next day from 01:00", w.boss, "submitShift", []any{id, d + 1, uint16(60), uint16(300)}, "LabourShiftOverlap"},
		{"next day from 02:00", w.boss, "submitShift", []any{id, d + 1, uint16(120), uint16(300)}, ""},
		{"previous day 22:00 to 21:00 next", w.boss, "submitShift", []any{id, d - 1, uint16(1320), uint16(2700)}, "LabourShiftOverlap"},
		{"a batch with a day out of the contract", w.boss, "submitShifts", []any{id, []uint32{d + 5, start - 1}, []uint16{600, 600}, []uint16{840, 840}}, "LabourDayOutsideContract"},
		{"a batch of unequal lengths", w.boss, "submitShifts", []any{id, []uint32{d + 5, d + 6}, []uint16{600}, []uint16{840, 840}}, "LabourLengthMismatch"},
		{"a batch by the worker", w.worker, "submitShifts", []any{id, []uint32{d + 5}, []uint16{600}, []uint16{840}}, "LabourNotEmployer"},
		{"a batch overlapping itself", w.boss, "submitShifts", []any{id, []uint32{d + 5, d + 6}, []uint16{1200, 60}, []uint16{1560, 300}}, "LabourShiftOverlap"},
		{"a batch of two days", w.boss, "submitShifts", []any{id, []uint32{d + 5, d + 6}, []uint16{1200, 180}, []uint16{1560, 300}}, ""},
		{"employer confirms", w.boss, "confirmShifts", []any{id, []uint32{d}}, "LabourNotWorker"},
		{"confirm a day with no shift", w.worker, "confirmShifts", []any{id, []uint32{d - 5}}, "LabourShiftStatus"},
		{"worker confirms", w.worker, "confirmShifts", []any{id, []uint32{d}}, ""},
		{"confirm twice", w.worker, "confirmShifts", []any{id, []uint32{d}}, "LabourShiftStatus"},
		{"dispute a confirmed day", w.worker, "disputeShift", []any{id, d, ref("reason")}, "LabourShiftStatus"},
		{"worker disputes", w.worker, "disputeShift", []any{id, d + 1, ref("I left at 04:00")}, ""},
		{"stranger resolves", w.stranger, "resolveShift", []any{id, d + 1, uint16(120), uint16(240)}, "AccessControlUnauthorizedAccount"},
		{"resolve a day not disputed", w.city, "resolveShift", []any{id, d, uint16(120), uint16(240)}, "LabourShiftStatus"},
	})
	// Disputed days stay out of pay: the period has only day d's 360 minutes.
	w.boss.ok(w.lab, w.abi, "deposit", big.NewInt(1_000_000))
	w.run([]labourCase{
		{"a payslip counting the disputed day", w.boss, "recordPayslip", []any{slip(id, d, d+1, 480, 200_000, "a")}, "LabourPayslipMinutesMismatch"},
	})
	// Resolved by both: the employer corrects, the worker confirms.
	w.run([]labourCase{
		{"employer corrects the disputed day", w.boss, "submitShift", []any{id, d + 1, uint16(120), uint16(240)}, ""},
		{"worker confirms the correction", w.worker, "confirmShifts", []any{id, []uint32{d + 1}}, ""},
		{"another day disputed", w.boss, "submitShift", []any{id, d + 3, uint16(600), uint16(840)}, ""},
		{"worker disputes it", w.worker, "disputeShift", []any{id, d + 3, ref("I was not there")}, ""},
		{"the next day from 02:00", w.boss, "submitShift", []any{id, d + 4, uint16(120), uint16(360)}, ""},
		{"office resolves it into the next day's shift", w.city, "resolveShift", []any{id, d + 3, uint16(1200), uint16(2000)}, "LabourShiftOverlap"},
		{"office resolves it", w.city, "resolveShift", []any{id, d + 3, uint16(600), uint16(700)}, ""},
		{"a payslip of every confirmed minute", w.boss, "recordPayslip", []any{slip(id, d, d+3, 360+120+100, 200_000, "b")}, ""},
		{"a day after the payslip", w.boss, "submitShift", []any{id, d + 2, uint16(600), uint16(840)}, ""},
		{"a day already paid", w.boss, "submitShift", []any{id, d, uint16(600), uint16(840)}, "LabourShiftOverlap"},
	})
}

func TestLabourPayroll(t *testing.T) {
	w := newLabourWorld(t)
	id := w.signed(w.boss, w.worker, w.terms(w.worker))
	d := w.today - 70 // paid on the 10th of the month after: past
	for i := uint32(0); i < 3; i++ {
		w.confirmed(w.boss, w.worker, id, d+i, 600, 840)
	}
	// 12 h × 10,320 = 123,840 won at least.
	w.run([]labourCase{
		{"no deposit yet", w.boss, "payroll", []any{[]parttimelabour.PartTimeLabourPayslipInput{slip(id, d, d+2, 720, 123_840, "p1")}}, "LabourInsufficientDeposit"},
		{"zero deposit", w.boss, "deposit", []any{big.NewInt(0)}, "LabourZeroAmount"},
		{"a deposit over 2^128", w.boss, "deposit", []any{new(big.Int).Lsh(big.NewInt(1), 128)}, "LabourAmountTooLarge"},
		{"deposit", w.boss, "deposit", []any{big.NewInt(1_000_000)}, ""},
		{"minutes not the confirmed ones", w.boss, "recordPayslip", []any{slip(id, d, d+2, 721, 123_840, "p1")}, "LabourPayslipMinutesMismatch"},
		{"under the confirmed minutes' wage", w.boss, "recordPayslip", []any{slip(id, d, d+2, 720, 123_839, "p1")}, "LabourPayslipBelowBase"},
		{"no hash", w.boss, "recordPayslip", []any{parttimelabour.PartTimeLabourPayslipInput{ContractId: id, FromDay: d, ToDay: d + 2, WorkedMinutes: 720, Amount: big.NewInt(123_840)}}, "LabourNoPayslipHash"},
		{"period of 32 days", w.boss, "recordPayslip", []any{slip(id, d-29, d+2, 720, 123_840, "p1")}, "LabourBadPeriod"},
		{"period not over", w.boss, "recordPayslip", []any{slip(id, d, w.today, 720, 123_840, "p1")}, "LabourBadPeriod"},
		{"by another employer", w.boss2, "recordPayslip", []any{slip(id, d, d+2, 720, 123_840, "p1")}, "LabourNotEmployer"},
		{"a period with no confirmed hours", w.boss, "recordPayslip", []any{slip(id, d+3, d+9, 0, 0, "p0")}, "LabourNothingToPay"},
		{"recorded", w.boss, "recordPayslip", []any{slip(id, d, d+2, 720, 165_120, "p1")}, ""},
		{"recorded twice", w.boss, "recordPayslip", []any{slip(id, d, d+2, 720, 165_120, "p1")}, "LabourPayslipExists"},
		{"paid by a stranger", w.stranger, "pay", []any{big.NewInt(1)}, "LabourNotEmployer"},
		{"paid by another employer", w.boss2, "pay", []any{big.NewInt(1)}, "LabourNotEmployer"},
		{"unknown payslip", w.boss, "pay", []any{big.NewInt(5)}, "LabourUnknownPayslip"},
	})
	// Unpaid past its payday: arrears, with the days late.
	late := w.call("daysLate", big.NewInt(1))[0].(uint32)
	p, _ := w.view.Payslip(&bind.CallOpts{}, big.NewInt(1))
	if want := w.today - p.DueDay; late == 0 || late != want {
		t.Fatalf("days late %d, want %d (due %d)", late, want, p.DueDay)
	}
	w.run([]labourCase{
		{"paid by the employer", w.boss, "pay", []any{big.NewInt(1)}, ""},
		{"paid twice", w.boss, "pay", []any{big.NewInt(1)}, "LabourAlreadyPaid"},
		{"withdraw more than held", w.boss, "withdraw", []any{big.NewInt(834_881)}, "LabourInsufficientDeposit"},
		{"withdraw the rest", w.boss, "withdraw", []any{big.NewInt(834_880)}, ""},
	})
	if got := w.krwOf(w.worker.addr()); got != 165_120 {
		t.Fatalf("worker holds %d KRW", got)
	}
	if late := w.call("daysLate", big.NewInt(1))[0].(uint32); late != 0 {
		t.Fatalf("a paid payslip is %d days late", late)
	}
	// The bulk payroll pays a batch once: sent again, it skips.
	w.boss.ok(w.lab, w.abi, "deposit", big.NewInt(500_000))
	w.confirmed(w.boss, w.worker, id, d+7, 600, 840)
	batch := []parttimelabour.PartTimeLabourPayslipInput{slip(id, d+7, d+7, 240, 41_280, "p2")}
	w.boss.ok(w.lab, w.abi, "payroll", batch)
	r := w.boss.ok(w.lab, w.abi, "payroll", batch)
	if got := event(t, r, "PayslipSkipped")["payslipId"]; got != "2" {
		t.Fatalf("skipped %s", got)
	}
	if got := w.krwOf(w.worker.addr()); got != 165_120+41_280 {
		t.Fatalf("worker holds %d KRW after the batch twice", got)
	}
}

// TestLabourDueDayMatchesGo: the contract's calendar (Hinnant's algorithm) and Go's agree on
// the payday of the month after, across month and year ends and a leap February.
func TestLabourDueDayMatchesGo(t *testing.T) {
	w := newLabourWorld(t)
	for _, d := range []wage.Day{wage.Date(2026, 1, 31), wage.Date(2026, 12, 31), wage.Date(2028, 2, 29), wage.Date(2027, 11, 1), wage.Date(2099, 12, 15)} {
		for _, payday := range []uint8{1, 10, 28} {
			got, err := w.view.DueDayAfter(&bind.CallOpts{}, uint32(d), payday)
			if err != nil {
				t.Fatal(err)
			}
			if want := (wage.Terms{Payday: int(payday)}).DueDay(d); wage.Day(got) != want {
				t.Errorf("due after %s on the %d: contract %s, Go %s", d, payday, wage.Day(got), want)
			}
		}
	}
}

func TestLabourInsurance(t *testing.T) {
	w := newLabourWorld(t)
	id := w.signed(w.boss, w.worker, w.terms(w.worker))
	w.run([]labourCase{
		{"by the worker", w.worker, "recordEnrolment", []any{id, uint8(0), ref("receipt")}, "LabourNotEmployer"},
		{"scheme 4", w.boss, "recordEnrolment", []any{id, uint8(4), ref("receipt")}, "LabourBadScheme"},
		{"no evidence", w.boss, "recordEnrolment", []any{id, uint8(0), [32]byte{}}, "LabourNoEvidence"},
		{"industrial accident", w.boss, "recordEnrolment", []any{id, uint8(0), ref("receipt")}, ""},
		{"twice", w.boss, "recordEnrolment", []any{id, uint8(0), ref("receipt 2")}, "LabourAlreadyEnrolled"},
		{"employment", w.boss, "recordEnrolment", []any{id, uint8(3), ref("receipt 3")}, ""},
	})
	e, err := w.view.Enrolment(&bind.CallOpts{}, id, 3)
	if err != nil || e.Evidence != ref("receipt 3") || e.Day != w.today {
		t.Fatalf("enrolment %+v %v", e, err)
	}
}

func (w *labourWorld) warp(days int) {
	w.t.Helper()
	if err := w.city.chain.AdjustTime(time.Duration(days) * 24 * time.Hour); err != nil {
		w.t.Fatal(err)
	}
	w.today = w.call("today")[0].(uint32)
}

// TestLabourPayslipHashPerContract: a payslip's hash is its contract's. Another employer
// recording the same hash first neither blocks my payroll batch nor makes it skip my
// worker's pay; only a second record under the same contract is refused.
func TestLabourPayslipHashPerContract(t *testing.T) {
	w := newLabourWorld(t)
	mine := w.signed(w.boss, w.worker, w.terms(w.worker))
	theirs := w.signed(w.boss2, w.worker2, w.terms(w.worker2))
	d := w.today - 20
	for _, id := range []*big.Int{mine, theirs} {
		boss, worker := w.boss, w.worker
		if id == theirs {
			boss, worker = w.boss2, w.worker2
		}
		boss.ok(w.lab, w.abi, "deposit", big.NewInt(500_000))
		w.confirmed(boss, worker, id, d, 600, 840)
		w.confirmed(boss, worker, id, d+1, 600, 840)
	}
	// 4 h × 10,320 = 41,280 a day. The other employer takes "h" first, for its own worker.
	w.run([]labourCase{
		{"the other employer records h", w.boss2, "recordPayslip", []any{slip(theirs, d, d, 240, 41_280, "h")}, ""},
		{"the other employer pays h", w.boss2, "payroll", []any{[]parttimelabour.PartTimeLabourPayslipInput{slip(theirs, d+1, d+1, 240, 41_280, "h2")}}, ""},
		{"I record h for my worker", w.boss, "recordPayslip", []any{slip(mine, d, d, 240, 41_280, "h")}, ""},
		{"I record h again", w.boss, "recordPayslip", []any{slip(mine, d, d, 240, 41_280, "h")}, "LabourPayslipExists"},
		{"the other employer records h again", w.boss2, "recordPayslip", []any{slip(theirs, d, d, 240, 41_280, "h")}, "LabourPayslipExists"},
		{"the other employer records under my contract", w.boss2, "recordPayslip", []any{slip(mine, d+1, d+1, 240, 41_280, "h3")}, "LabourNotEmployer"},
	})
	_, err := w.boss.send(w.lab, w.abi, "recordPayslip", slip(mine, d, d, 240, 41_280, "h"))
	reverts(t, err, "LabourPayslipExists", map[string]string{"id": mine.String(), "payslipId": "3"})
	// My batch holds "h2", which the other employer's batch paid: it is recorded and paid here.
	r := w.boss.ok(w.lab, w.abi, "payroll", []parttimelabour.PartTimeLabourPayslipInput{slip(mine, d, d, 240, 41_280, "h"), slip(mine, d+1, d+1, 240, 41_280, "h2")})
	paid := 0
	for _, ev := range r.Events {
		if ev.Name == "PayslipSkipped" {
			t.Fatalf("my batch skipped a payslip by another employer's hash: %+v", ev)
		}
		if ev.Name == "PayslipPaid" {
			paid++
		}
	}
	if paid != 2 {
		t.Fatalf("my batch paid %d payslips, want 2", paid)
	}
	if got := w.krwOf(w.worker.addr()); got != 2*41_280 {
		t.Fatalf("my worker holds %d KRW, want 82,560", got)
	}
	if got := w.krwOf(w.worker2.addr()); got != 41_280 {
		t.Fatalf("their worker holds %d KRW, want 41,280 (one payslip paid, one recorded)", got)
	}
	for _, c := range []struct {
		id   *big.Int
		hash string
		want int64
	}{{mine, "h", 3}, {mine, "h2", 4}, {theirs, "h", 1}, {theirs, "h2", 2}, {theirs, "h3", 0}} {
		if got := w.city.bigCall(w.lab, w.abi, "payslipIdOf", c.id, ref(c.hash)); got.Int64() != c.want {
			t.Errorf("payslipIdOf(#%s, %s) = %s, want %d", c.id, c.hash, got, c.want)
		}
	}
}

// TestLabourMinimumWageRise: an open-ended contract at 10,320 won signed before a rise to
// 10,700 stays payable: each day is owed the contract's wage or that day's minimum, whichever
// is higher, a night shift's minutes after midnight at the next day's. The floor the
// contract checks is what Go's payslip (base + top-up) pays.
func TestLabourMinimumWageRise(t *testing.T) {
	w := newLabourWorld(t)
	id := w.signed(w.boss, w.worker, w.terms(w.worker))
	rise := w.today + 2
	w.city.ok(w.lab, w.abi, "setMinimumWage", rise, uint64(10700))
	w.warp(5)
	w.boss.ok(w.lab, w.abi, "deposit", big.NewInt(1_000_000))
	w.confirmed(w.boss, w.worker, id, rise-1, 1200, 1560) // 20:00–02:00: 4 h before the rise, 2 h on its day
	w.confirmed(w.boss, w.worker, id, rise+1, 600, 840)   // 4 h after
	// 4 h × 10,320 + 2 h × 10,700 + 4 h × 10,700 = 41,280 + 21,400 + 42,800 = 105,480.
	w.run([]labourCase{
		{"at the contract's wage only (10 h × 10,320)", w.boss, "recordPayslip", []any{slip(id, rise-1, rise+1, 600, 103_200, "r")}, "LabourPayslipBelowBase"},
		{"a won short of each day's wage", w.boss, "recordPayslip", []any{slip(id, rise-1, rise+1, 600, 105_479, "r")}, "LabourPayslipBelowBase"},
	})
	_, err := w.boss.send(w.lab, w.abi, "recordPayslip", slip(id, rise-1, rise+1, 600, 105_479, "r"))
	reverts(t, err, "LabourPayslipBelowBase", map[string]string{"base": "105480"})
	rates, err := w.view.MinimumWages(&bind.CallOpts{})
	if err != nil {
		t.Fatal(err)
	}
	table := wage.Rates{}
	for _, r := range rates {
		table = append(table, wage.Rate{Effective: wage.Day(r.EffectiveDay), Won: int64(r.Won)})
	}
	tm := wage.Terms{HourlyWage: 10320, Days: 0b11111, DailyMinutes: 240, WeeklyMinutes: 1200, Start: wage.Day(w.today - 105), End: 0, Payday: 10}
	got, err := wage.Compute(wage.Period{Terms: tm, From: wage.Day(rise - 1), To: wage.Day(rise + 1), Rates: table,
		Shifts: []wage.Shift{{Day: wage.Day(rise - 1), Start: 1200, End: 1560}, {Day: wage.Day(rise + 1), Start: 600, End: 840}}})
	if err != nil || got.Base != 103_200 || got.MinimumWageTopUp != 2_280 || got.Total != 105_480 {
		t.Fatalf("Go payslip base %d + top-up %d = %d, %v; want 103,200 + 2,280 = 105,480", got.Base, got.MinimumWageTopUp, got.Total, err)
	}
	w.run([]labourCase{
		{"each day's wage", w.boss, "recordPayslip", []any{slip(id, rise-1, rise+1, 600, got.Total, "r")}, ""},
		{"paid", w.boss, "pay", []any{big.NewInt(1)}, ""},
	})
}

// TestLabourDepositReserved: recorded, unpaid payslips hold their amount in the employer's
// deposit; a withdrawal into it is refused, whatever is left over is free; paying releases it.
// An employer in arrears (reserved beyond the balance) withdraws nothing.
func TestLabourDepositReserved(t *testing.T) {
	w := newLabourWorld(t)
	id := w.signed(w.boss, w.worker, w.terms(w.worker))
	d := w.today - 20
	for i := uint32(0); i < 4; i++ {
		w.confirmed(w.boss, w.worker, id, d+i, 600, 840)
	}
	w.run([]labourCase{
		{"deposit", w.boss, "deposit", []any{big.NewInt(100_000)}, ""},
		{"record 123,840 unpaid", w.boss, "recordPayslip", []any{slip(id, d, d+2, 720, 123_840, "a")}, ""},
		{"withdraw a won", w.boss, "withdraw", []any{big.NewInt(1)}, "LabourDepositReserved"},
		{"deposit more", w.boss, "deposit", []any{big.NewInt(100_000)}, ""},
		{"withdraw into the reservation", w.boss, "withdraw", []any{big.NewInt(76_161)}, "LabourDepositReserved"},
		{"withdraw beyond the balance", w.boss, "withdraw", []any{big.NewInt(200_001)}, "LabourInsufficientDeposit"},
		{"withdraw what is free", w.boss, "withdraw", []any{big.NewInt(76_160)}, ""},
	})
	_, err := w.boss.send(w.lab, w.abi, "withdraw", big.NewInt(1))
	reverts(t, err, "LabourDepositReserved", map[string]string{"balance": "123840", "reserved": "123840", "amount": "1"})
	a, _ := w.view.AccountOf(&bind.CallOpts{}, w.boss.addr())
	if a.Reserved.Int64() != 123_840 || a.Balance.Int64() != 123_840 {
		t.Fatalf("account %+v, want 123,840 reserved and held", a)
	}
	w.run([]labourCase{
		{"paid", w.boss, "pay", []any{big.NewInt(1)}, ""},
		{"another recorded", w.boss, "recordPayslip", []any{slip(id, d+3, d+3, 240, 41_280, "b")}, ""},
		{"deposit less than it", w.boss, "deposit", []any{big.NewInt(40_000)}, ""},
		{"withdraw while in arrears", w.boss, "withdraw", []any{big.NewInt(1)}, "LabourDepositReserved"},
		{"pay it short", w.boss, "pay", []any{big.NewInt(2)}, "LabourInsufficientDeposit"},
		{"top up", w.boss, "deposit", []any{big.NewInt(1_280)}, ""},
		{"pay it", w.boss, "pay", []any{big.NewInt(2)}, ""},
	})
	if a, _ = w.view.AccountOf(&bind.CallOpts{}, w.boss.addr()); a.Reserved.Sign() != 0 || a.Balance.Sign() != 0 {
		t.Fatalf("account %+v, want nothing reserved or held", a)
	}
}

// TestLabourPayrollSparesReserved: payslips recorded and paid at once by `payroll` are paid
// only from the deposit less what recorded, unpaid payslips reserve: another worker's
// payroll does not spend the wages recorded for the first. A payslip recorded before is paid
// from its own reservation, in the same batch too, in either order.
func TestLabourPayrollSparesReserved(t *testing.T) {
	w := newLabourWorld(t)
	first := w.signed(w.boss, w.worker, w.terms(w.worker))
	second := w.signed(w.boss, w.worker2, w.terms(w.worker2))
	d := w.today - 20
	for i := uint32(0); i < 3; i++ {
		w.confirmed(w.boss, w.worker, first, d+i, 600, 840)
		w.confirmed(w.boss, w.worker2, second, d+i, 600, 840)
	}
	// 4 h × 10,320 = 41,280 a day.
	batch := func(in ...parttimelabour.PartTimeLabourPayslipInput) []any {
		return []any{in}
	}
	w.run([]labourCase{
		{"deposit the first worker's wages", w.boss, "deposit", []any{big.NewInt(41_280)}, ""},
		{"record the first worker's", w.boss, "recordPayslip", []any{slip(first, d, d, 240, 41_280, "w1")}, ""},
		{"the second worker's payroll out of the first's wages", w.boss, "payroll", batch(slip(second, d, d, 240, 41_280, "w2")), "LabourDepositReserved"},
		{"deposit a won short of it", w.boss, "deposit", []any{big.NewInt(41_279)}, ""},
		{"the payroll a won into the reservation", w.boss, "payroll", batch(slip(second, d, d, 240, 41_280, "w2")), "LabourDepositReserved"},
	})
	_, err := w.boss.send(w.lab, w.abi, "payroll", batch(slip(second, d, d, 240, 41_280, "w2"))...)
	reverts(t, err, "LabourDepositReserved", map[string]string{"balance": "82559", "reserved": "41280", "amount": "41280"})
	w.run([]labourCase{
		{"deposit the won", w.boss, "deposit", []any{big.NewInt(1)}, ""},
		{"the second worker's payroll from what is free", w.boss, "payroll", batch(slip(second, d, d, 240, 41_280, "w2")), ""},
		{"the first worker's from its reservation", w.boss, "pay", []any{big.NewInt(1)}, ""},
		// Recorded ones in a batch with new ones: each from its own money, in either order.
		{"deposit two days of each", w.boss, "deposit", []any{big.NewInt(4 * 41_280)}, ""},
		{"record the first worker's two days", w.boss, "recordPayslip", []any{slip(first, d+1, d+1, 240, 41_280, "w1b")}, ""},
		{"and", w.boss, "recordPayslip", []any{slip(first, d+2, d+2, 240, 41_280, "w1c")}, ""},
		{"the recorded one, then a new one", w.boss, "payroll", batch(slip(first, d+1, d+1, 240, 41_280, "w1b"), slip(second, d+1, d+1, 240, 41_280, "w2b")), ""},
		{"a new one, then the recorded one", w.boss, "payroll", batch(slip(second, d+2, d+2, 240, 41_280, "w2c"), slip(first, d+2, d+2, 240, 41_280, "w1c")), ""},
	})
	a, _ := w.view.AccountOf(&bind.CallOpts{}, w.boss.addr())
	if a.Reserved.Sign() != 0 || a.Balance.Sign() != 0 {
		t.Fatalf("account %+v, want nothing reserved or held", a)
	}
	if w.krwOf(w.worker.addr()) != 3*41_280 || w.krwOf(w.worker2.addr()) != 3*41_280 {
		t.Fatalf("workers hold %d and %d KRW, want 123,840 each", w.krwOf(w.worker.addr()), w.krwOf(w.worker2.addr()))
	}
}

// TestLabourReservationTooLarge: payslips whose amounts add up beyond what an account counts
// are refused by name, not by an arithmetic panic.
func TestLabourReservationTooLarge(t *testing.T) {
	w := newLabourWorld(t)
	id := w.signed(w.boss, w.worker, w.terms(w.worker))
	d := w.today - 20
	w.confirmed(w.boss, w.worker, id, d, 600, 840)
	w.confirmed(w.boss, w.worker, id, d+1, 600, 840)
	top := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	huge := slip(id, d, d, 240, 0, "huge")
	huge.Amount = new(big.Int).Sub(top, big.NewInt(41_279))
	w.run([]labourCase{
		{"a payslip of 2^128 − 41,280", w.boss, "recordPayslip", []any{huge}, ""},
		{"another of 41,280 (2^128 reserved)", w.boss, "recordPayslip", []any{slip(id, d+1, d+1, 240, 41_280, "next")}, "LabourReservationTooLarge"},
		{"another of 41,279 (2^128 − 1 reserved)", w.boss, "recordPayslip", []any{slip(id, d+1, d+1, 240, 41_279, "next")}, "LabourPayslipBelowBase"},
	})
	_, err := w.boss.send(w.lab, w.abi, "recordPayslip", slip(id, d+1, d+1, 240, 41_280, "next"))
	reverts(t, err, "LabourReservationTooLarge", map[string]string{"reserved": huge.Amount.String(), "amount": "41280"})
}

// TestLabourUnpaidBeforeReservations: the proxy upgraded from the implementation that
// reserved nothing (testdata/PartTimeLabour-v1.bin, as built at dc08ae9, its payslip hashes
// global). Payslips it recorded unpaid hold no reservation: each is paid, by `pay` or in a
// `payroll` batch (found by its global hash), from the deposit less what payslips recorded
// since reserve, without touching their reservation; withdrawals keep that reservation.
func TestLabourUnpaidBeforeReservations(t *testing.T) {
	w := newLabourWorld(t)
	old, current := previousImpl(t, w.city, w.lab, "PartTimeLabour-v1.bin", parttimelabour.PartTimeLabourMetaData, w.token)
	id := w.signed(w.boss, w.worker, w.terms(w.worker))
	d := w.today - 20
	for i := uint32(0); i < 4; i++ {
		w.confirmed(w.boss, w.worker, id, d+i, 600, 840)
	}
	// 4 h × 10,320 = 41,280 a day; recordPayslip, deposit, pay and payroll had the same
	// selectors then.
	w.city.ok(w.lab, w.abi, "upgradeToAndCall", old, []byte{})
	w.run([]labourCase{
		{"deposit before", w.boss, "deposit", []any{big.NewInt(100_000)}, ""},
		{"record day 1 before", w.boss, "recordPayslip", []any{slip(id, d, d, 240, 41_280, "before 1")}, ""},
		{"record day 2 before", w.boss, "recordPayslip", []any{slip(id, d+1, d+1, 240, 41_280, "before 2")}, ""},
	})
	w.city.ok(w.lab, w.abi, "upgradeToAndCall", current, []byte{})
	a, _ := w.view.AccountOf(&bind.CallOpts{}, w.boss.addr())
	if a.Reserved.Sign() != 0 || a.Balance.Int64() != 100_000 {
		t.Fatalf("account after the upgrade %+v, want 100,000 held and nothing reserved", a)
	}
	w.run([]labourCase{
		{"record day 3 after (reserved)", w.boss, "recordPayslip", []any{slip(id, d+2, d+2, 240, 41_280, "after")}, ""},
		{"record day 2 again", w.boss, "recordPayslip", []any{slip(id, d+1, d+1, 240, 41_280, "before 2")}, "LabourPayslipExists"},
		{"pay day 1, recorded before (58,720 free)", w.boss, "pay", []any{big.NewInt(1)}, ""},
		{"pay day 2 in a batch out of day 3's reservation", w.boss, "payroll",
			[]any{[]parttimelabour.PartTimeLabourPayslipInput{slip(id, d+1, d+1, 240, 41_280, "before 2")}}, "LabourDepositReserved"},
		{"pay day 2 out of day 3's reservation", w.boss, "pay", []any{big.NewInt(2)}, "LabourDepositReserved"},
		{"withdraw into day 3's reservation", w.boss, "withdraw", []any{big.NewInt(17_441)}, "LabourDepositReserved"},
		{"deposit day 2's wages", w.boss, "deposit", []any{big.NewInt(41_280)}, ""},
		{"pay day 2 in a batch", w.boss, "payroll",
			[]any{[]parttimelabour.PartTimeLabourPayslipInput{slip(id, d+1, d+1, 240, 41_280, "before 2")}}, ""},
		{"pay day 1 again", w.boss, "pay", []any{big.NewInt(1)}, "LabourAlreadyPaid"},
		{"withdraw into day 3's reservation", w.boss, "withdraw", []any{big.NewInt(17_441)}, "LabourDepositReserved"},
		{"withdraw what is free", w.boss, "withdraw", []any{big.NewInt(17_440)}, ""},
	})
	a, _ = w.view.AccountOf(&bind.CallOpts{}, w.boss.addr())
	if a.Reserved.Int64() != 41_280 || a.Balance.Int64() != 41_280 {
		t.Fatalf("account %+v, want day 3's 41,280 held and reserved", a)
	}
	w.run([]labourCase{
		{"pay day 3 from its reservation", w.boss, "pay", []any{big.NewInt(3)}, ""},
		{"a batch of the three again", w.boss, "payroll", []any{[]parttimelabour.PartTimeLabourPayslipInput{
			slip(id, d, d, 240, 41_280, "before 1"), slip(id, d+1, d+1, 240, 41_280, "before 2"), slip(id, d+2, d+2, 240, 41_280, "after")}}, ""},
		{"record day 4 (reserved)", w.boss, "recordPayslip", []any{slip(id, d+3, d+3, 240, 41_280, "after 2")}, ""},
		{"deposit", w.boss, "deposit", []any{big.NewInt(41_280)}, ""},
		{"pay day 4", w.boss, "pay", []any{big.NewInt(4)}, ""},
	})
	a, _ = w.view.AccountOf(&bind.CallOpts{}, w.boss.addr())
	if a.Reserved.Sign() != 0 || a.Balance.Sign() != 0 || a.PaidOut.Int64() != 4*41_280 || a.Withdrawn.Int64() != 17_440 {
		t.Fatalf("account %+v, want 165,120 paid out, 17,440 withdrawn, nothing held or reserved", a)
	}
	if got := w.krwOf(w.worker.addr()); got != 4*41_280 {
		t.Fatalf("worker holds %d KRW, want 165,120", got)
	}
}
