package contracts

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/seoulchain/seoulchain/bindings/parttimelabour"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// TestLabourPropertyRandomSequences runs seeded random sequences of deposits, withdrawals,
// shifts, payslips recorded, paid, paid in batches (with repeats) and paid by the wrong
// party, by two employers with a worker each plus a worker shared. Refused operations are
// expected. After every step, PER EMPLOYER: deposited − paid out − withdrawn = balance, and
// each figure equals what the test saw succeed; and the contract's KRW is the sum of the
// employers' balances. A single sum would hide one employer's wages paid from another's
// deposit.
func TestLabourPropertyRandomSequences(t *testing.T) {
	const sequences, steps = 3, 60
	succeeded := map[string]int{}
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
				{boss: w.boss, worker: w.worker}, {boss: w.boss2, worker: w.worker2}, {boss: w.boss2, worker: w.worker},
			}
			for _, j := range jobs {
				j.id = w.signed(j.boss, j.worker, w.terms(j.worker))
				j.nextDay, j.paidFrom = w.today-90, w.today-90
			}
			want := map[*account]*[3]int64{w.boss: {}, w.boss2: {}} // deposited, paid out, withdrawn
			var unpaid []struct {
				id     *big.Int
				boss   *account
				amount int64
			}
			for step := 0; step < steps; step++ {
				b := bosses[rng.Intn(2)]
				j := jobs[rng.Intn(len(jobs))]
				var name string
				var err error
				switch op := rng.Intn(6); op {
				case 0:
					name = "deposit"
					amt := int64(rng.Intn(300_000))
					if _, err = b.send(w.lab, w.abi, "deposit", big.NewInt(amt)); err == nil {
						want[b][0] += amt
					}
				case 1:
					name = "withdraw"
					amt := int64(rng.Intn(200_000))
					if _, err = b.send(w.lab, w.abi, "withdraw", big.NewInt(amt)); err == nil {
						want[b][2] += amt
					}
				case 2:
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
				case 3:
					name = "record"
					to := j.nextDay - 1
					if j.confirmed == 0 || to-j.paidFrom >= 31 {
						continue
					}
					amt := int64(j.confirmed)*10320/60 + 1000
					in := slip(j.id, j.paidFrom, to, j.confirmed, amt, fmt.Sprintf("%d-%d", seed, step))
					if _, err = j.boss.send(w.lab, w.abi, "recordPayslip", in); err == nil {
						unpaid = append(unpaid, struct {
							id     *big.Int
							boss   *account
							amount int64
						}{w.city.bigCall(w.lab, w.abi, "payslipCount"), j.boss, amt})
						j.paidFrom, j.confirmed = to+1, 0
					}
				case 4, 5:
					// op 4 picks an unpaid payslip; op 5 any id, paid or not, so a second
					// payment is tried too. Half the time by the wrong employer.
					name = "pay"
					if len(unpaid) == 0 {
						continue
					}
					id := unpaid[rng.Intn(len(unpaid))].id
					if op == 5 {
						name, id = "pay any", big.NewInt(int64(1+rng.Intn(int(w.city.bigCall(w.lab, w.abi, "payslipCount").Int64()+1))))
					}
					payer := bosses[rng.Intn(2)]
					if _, err = payer.send(w.lab, w.abi, "pay", id); err == nil {
						k := -1
						for i, u := range unpaid {
							if u.id.Cmp(id) == 0 {
								k = i
							}
						}
						if k < 0 || unpaid[k].boss != payer {
							t.Fatalf("step %d: payslip %s paid by %s: paid before, or another employer's", step, id, payer.addr())
						}
						want[payer][1] += unpaid[k].amount
						unpaid = append(unpaid[:k], unpaid[k+1:]...)
					}
				}
				switch {
				case err == nil:
					succeeded[name]++
				case errors.Is(err, txsend.ErrWouldRevert):
				default:
					t.Fatalf("seed %d step %d %s: %v", seed, step, name, err)
				}
				var sum int64
				for _, boss := range bosses {
					a, err := w.view.AccountOf(&bind.CallOpts{}, boss.addr())
					if err != nil {
						t.Fatal(err)
					}
					checkAccount(t, step, a, want[boss])
					sum += a.Balance.Int64()
				}
				if held := w.krwOf(w.lab); held != sum {
					t.Fatalf("step %d: contract holds %d KRW, employers' balances sum to %d", step, held, sum)
				}
			}
		})
	}
	t.Logf("operations that succeeded: %v", succeeded)
	for _, op := range []string{"deposit", "withdraw", "shift", "record", "pay"} {
		if succeeded[op] == 0 {
			t.Errorf("no %s succeeded: the generator does not exercise it (%v)", op, succeeded)
		}
	}
}

func checkAccount(t *testing.T, step int, a parttimelabour.PartTimeLabourAccount, want *[3]int64) {
	t.Helper()
	dep, out, wd, bal := a.Deposited.Int64(), a.PaidOut.Int64(), a.Withdrawn.Int64(), a.Balance.Int64()
	if dep-out-wd != bal {
		t.Fatalf("step %d: deposited %d − paid %d − withdrawn %d ≠ balance %d", step, dep, out, wd, bal)
	}
	if dep != want[0] || out != want[1] || wd != want[2] {
		t.Fatalf("step %d: account %d/%d/%d, the successful operations say %v", step, dep, out, wd, *want)
	}
}
