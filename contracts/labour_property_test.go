package contracts

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/seoulchain/seoulchain/bindings/parttimelabour"
	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// labourModel is the test's own account of one employer's money, kept from the operations
// it saw succeed and never read from the contract: deposited, paid out, withdrawn, and what
// its recorded unpaid payslips reserve.
type labourModel struct {
	deposited, paidOut, withdrawn, reserved int64
}

func (m *labourModel) balance() int64 { return m.deposited - m.paidOut - m.withdrawn }

// free is what a withdrawal may take: the balance above the reservation.
func (m *labourModel) free() int64 { return max(0, m.balance()-m.reserved) }

// labourSlip is a payslip the test saw recorded, and what recorded it.
type labourSlip struct {
	id     *big.Int
	boss   *account
	worker *account
	amount int64
	paid   bool
	input  parttimelabour.PartTimeLabourPayslipInput
}

// labourBatchItem is a payslip of a payroll batch: new (recorded by the batch, holding no
// reservation) or one recorded before (holding its reservation).
type labourBatchItem struct {
	job    int
	amount int64
	before *labourSlip
	input  parttimelabour.PartTimeLabourPayslipInput
}

// payrollOutcome is what the model predicts of a payroll batch of employer m: each payslip
// in order is paid, one recorded before from its reservation, a new one only from the
// balance above the reservations (LabourDepositReserved), either only within the balance
// (LabourInsufficientDeposit); the first refused reverts the batch.
func payrollOutcome(m labourModel, items []labourBatchItem) string {
	bal, res := m.balance(), m.reserved
	for _, it := range items {
		if bal < it.amount {
			return "LabourInsufficientDeposit"
		}
		if it.before != nil {
			res -= it.amount
		} else if bal-it.amount < res {
			return "LabourDepositReserved"
		}
		bal -= it.amount
	}
	return ""
}

// TestLabourPropertyRandomSequences runs seeded random sequences of deposits, withdrawals,
// shifts, payslips recorded, paid, recorded and paid in batches (with payslips recorded
// before, in random order; sent again too), and paid by the wrong party, by two employers
// with two workers each (no worker shared, so each worker's KRW is one employer's doing).
// Payslip hashes are the period's, so the two employers' contracts record the same hashes.
// The test predicts each operation's outcome from its own model and requires it: a
// withdrawal succeeds exactly when it is within the balance less the reservation (else
// LabourInsufficientDeposit or LabourDepositReserved), a payment exactly when the payer is
// the employer, the payslip unpaid and the balance enough, a batch as payrollOutcome says
// (a new payslip only out of the balance above the reservation).
// After every step, PER EMPLOYER: deposited − paid out − withdrawn = balance, each figure and
// the reservation equal the model's; each worker holds what the model paid them; and the
// contract's KRW is the sum of the employers' balances. A single sum would hide one
// employer's wages paid from another's deposit.
func TestLabourPropertyRandomSequences(t *testing.T) {
	const sequences, steps = 5, 100
	succeeded, refused := map[string]int{}, map[string]int{}
	for seed := int64(1); seed <= sequences; seed++ {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			w := newLabourWorld(t)
			rng := rand.New(rand.NewSource(seed))
			bosses := []*account{w.boss, w.boss2}
			type job struct {
				boss, worker *account
				id           *big.Int
				nextDay      uint32 // the next day to submit
				confirmed    uint32 // confirmed unpaid minutes from paidFrom
				paidFrom     uint32
			}
			jobs := []*job{
				{boss: w.boss, worker: w.worker}, {boss: w.boss, worker: w.worker3},
				{boss: w.boss2, worker: w.worker2}, {boss: w.boss2, worker: w.worker4},
			}
			for _, j := range jobs {
				j.id = w.signed(j.boss, j.worker, w.terms(j.worker))
				j.nextDay, j.paidFrom = w.today-90, w.today-90
			}
			model := map[*account]*labourModel{w.boss: {}, w.boss2: {}}
			received := map[*account]int64{}
			var slips []*labourSlip
			var batches []struct {
				boss  *account
				input []parttimelabour.PartTimeLabourPayslipInput
			}
			// take is the next payslip of job j (the confirmed minutes since its last one,
			// at 10,320 won an hour and a bonus), or false when it has none.
			take := func(j *job) (parttimelabour.PartTimeLabourPayslipInput, int64, bool) {
				to := j.nextDay - 1
				if j.confirmed == 0 || to-j.paidFrom >= 31 {
					return parttimelabour.PartTimeLabourPayslipInput{}, 0, false
				}
				amt := (int64(j.confirmed)*10320+59)/60 + int64(rng.Intn(3))*500
				return slip(j.id, j.paidFrom, to, j.confirmed, amt, fmt.Sprintf("period %d-%d", j.paidFrom, to)), amt, true
			}
			recorded := func(j *job, id *big.Int, in parttimelabour.PartTimeLabourPayslipInput, amt int64) *labourSlip {
				s := &labourSlip{id: id, boss: j.boss, worker: j.worker, amount: amt, input: in}
				slips = append(slips, s)
				model[j.boss].reserved += amt
				j.paidFrom, j.confirmed = j.nextDay, 0
				return s
			}
			paid := func(s *labourSlip) {
				s.paid = true
				m := model[s.boss]
				m.reserved -= s.amount
				m.paidOut += s.amount
				received[s.worker] += s.amount
			}
			for step := 0; step < steps; step++ {
				b := bosses[rng.Intn(2)]
				j := jobs[rng.Intn(len(jobs))]
				var name string
				var err error
				wantErr := "" // the custom error the model predicts, "" for success
				switch op := rng.Intn(8); op {
				case 0:
					name = "deposit"
					amt := int64(rng.Intn(300_000))
					if amt == 0 {
						wantErr = "LabourZeroAmount"
					}
					if _, err = b.send(w.lab, w.abi, "deposit", big.NewInt(amt)); err == nil {
						model[b].deposited += amt
					}
				case 1:
					name = "withdraw"
					m := model[b]
					// Around the free amount, so both sides of the reservation are tried.
					amt := max(0, m.free()+int64(rng.Intn(120_000))-60_000)
					if rng.Intn(4) == 0 {
						amt = int64(rng.Intn(200_000))
					}
					switch {
					case amt == 0:
						wantErr = "LabourZeroAmount"
					case amt > m.balance():
						wantErr = "LabourInsufficientDeposit"
					case amt > m.free():
						wantErr = "LabourDepositReserved"
					}
					if _, err = b.send(w.lab, w.abi, "withdraw", big.NewInt(amt)); err == nil {
						m.withdrawn += amt
					}
				case 2, 3:
					name = "shift"
					if j.nextDay >= w.today-1 {
						continue
					}
					mins := uint16(60 + rng.Intn(480))
					if _, err = j.boss.send(w.lab, w.abi, "submitShift", j.id, j.nextDay, uint16(540), 540+mins); err == nil {
						_, err = j.worker.send(w.lab, w.abi, "confirmShifts", j.id, []uint32{j.nextDay})
						j.confirmed += uint32(mins)
					}
					j.nextDay++
				case 4:
					name = "record"
					in, amt, ok := take(j)
					if !ok {
						continue
					}
					if _, err = j.boss.send(w.lab, w.abi, "recordPayslip", in); err == nil {
						recorded(j, w.city.bigCall(w.lab, w.abi, "payslipCount"), in, amt)
					}
				case 5:
					// Half the time by the wrong employer; a paid or any id too.
					name = "pay"
					if len(slips) == 0 {
						continue
					}
					s := slips[rng.Intn(len(slips))]
					for _, u := range slips {
						if !u.paid && rng.Intn(2) == 0 {
							s = u
						}
					}
					payer := bosses[rng.Intn(2)]
					switch {
					case payer != s.boss:
						wantErr = "LabourNotEmployer"
					case s.paid:
						wantErr = "LabourAlreadyPaid"
					case model[payer].balance() < s.amount:
						wantErr = "LabourInsufficientDeposit"
					}
					if _, err = payer.send(w.lab, w.abi, "pay", s.id); err == nil {
						paid(s)
					}
				case 6:
					// The employer's next payslip of each of its jobs, recorded and paid in one
					// batch, with some of its unpaid recorded ones, in random order.
					name = "payroll"
					var items []labourBatchItem
					for i, k := range jobs {
						if p, amt, ok := take(k); ok && k.boss == b {
							items = append(items, labourBatchItem{job: i, amount: amt, input: p})
						}
					}
					for _, u := range slips {
						if u.boss == b && !u.paid && rng.Intn(2) == 0 {
							items = append(items, labourBatchItem{amount: u.amount, before: u, input: u.input})
						}
					}
					if len(items) == 0 {
						continue
					}
					rng.Shuffle(len(items), func(i, k int) { items[i], items[k] = items[k], items[i] })
					in := make([]parttimelabour.PartTimeLabourPayslipInput, len(items))
					for i, it := range items {
						in[i] = it.input
					}
					wantErr = payrollOutcome(*model[b], items)
					next := w.city.bigCall(w.lab, w.abi, "payslipCount")
					if _, err = b.send(w.lab, w.abi, "payroll", in); err == nil {
						for _, it := range items {
							if it.before != nil {
								paid(it.before)
								succeeded["payroll of a payslip recorded before"]++
								continue
							}
							next = new(big.Int).Add(next, big.NewInt(1))
							paid(recorded(jobs[it.job], next, it.input, it.amount))
						}
						batches = append(batches, struct {
							boss  *account
							input []parttimelabour.PartTimeLabourPayslipInput
						}{b, in})
					}
				case 7:
					// A batch sent again: every payslip in it is skipped, nobody is paid.
					name = "payroll again"
					if len(batches) == 0 {
						continue
					}
					bt := batches[rng.Intn(len(batches))]
					var r *txsend.Receipt
					if r, err = bt.boss.send(w.lab, w.abi, "payroll", bt.input); err == nil {
						for _, ev := range r.Events {
							if ev.Name == "PayslipPaid" {
								t.Fatalf("step %d: a batch sent again paid %+v", step, ev)
							}
						}
					}
				}
				var rev *abidecode.Revert
				switch {
				case err == nil && wantErr == "":
					succeeded[name]++
				case err == nil:
					t.Fatalf("seed %d step %d %s: succeeded, the model wants %s", seed, step, name, wantErr)
				case !errors.Is(err, txsend.ErrWouldRevert) || !errors.As(err, &rev):
					t.Fatalf("seed %d step %d %s: %v", seed, step, name, err)
				case wantErr == "" && (name == "withdraw" || name == "pay" || name == "deposit" || name == "record" || name == "payroll"):
					t.Fatalf("seed %d step %d %s: refused (%v), the model wants it through", seed, step, name, err)
				case wantErr != "" && rev.Name != wantErr:
					t.Fatalf("seed %d step %d %s: refused with %s, the model wants %s", seed, step, name, rev.Name, wantErr)
				default:
					refused[rev.Name]++
					refused[name+": "+rev.Name]++
				}
				var sum int64
				for _, boss := range bosses {
					a, err := w.view.AccountOf(&bind.CallOpts{}, boss.addr())
					if err != nil {
						t.Fatal(err)
					}
					checkAccount(t, step, a, model[boss])
					sum += a.Balance.Int64()
				}
				if held := w.krwOf(w.lab); held != sum {
					t.Fatalf("step %d: contract holds %d KRW, employers' balances sum to %d", step, held, sum)
				}
				for _, j := range jobs {
					if got := w.krwOf(j.worker.addr()); got != received[j.worker] {
						t.Fatalf("step %d: worker %s holds %d KRW, the model paid them %d", step, j.worker.addr(), got, received[j.worker])
					}
				}
			}
		})
	}
	t.Logf("operations that succeeded: %v; refusals: %v", succeeded, refused)
	for _, op := range []string{"deposit", "withdraw", "shift", "record", "pay", "payroll", "payroll again", "payroll of a payslip recorded before"} {
		if succeeded[op] == 0 {
			t.Errorf("no %s succeeded: the generator does not exercise it (%v)", op, succeeded)
		}
	}
	for _, e := range []string{"LabourDepositReserved", "LabourInsufficientDeposit", "LabourNotEmployer", "LabourAlreadyPaid",
		"payroll: LabourDepositReserved", "withdraw: LabourDepositReserved"} {
		if refused[e] == 0 {
			t.Errorf("no %s: the generator does not try it (%v)", e, refused)
		}
	}
}

func checkAccount(t *testing.T, step int, a parttimelabour.PartTimeLabourAccount, want *labourModel) {
	t.Helper()
	dep, out, wd, bal, res := a.Deposited.Int64(), a.PaidOut.Int64(), a.Withdrawn.Int64(), a.Balance.Int64(), a.Reserved.Int64()
	if dep-out-wd != bal {
		t.Fatalf("step %d: deposited %d − paid %d − withdrawn %d ≠ balance %d", step, dep, out, wd, bal)
	}
	if dep != want.deposited || out != want.paidOut || wd != want.withdrawn || res != want.reserved {
		t.Fatalf("step %d: account deposited/paid/withdrawn/reserved %d/%d/%d/%d, the model says %+v", step, dep, out, wd, res, *want)
	}
}
