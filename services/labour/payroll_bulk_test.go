package labour

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/cmdkit/cmdtest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/krw"
	"github.com/seoulchain/seoulchain/services/labour/wage"
)

// bulkJob is a signed contract on the devnet whose worker confirmed weeks of shifts.
type bulkJob struct {
	id     string
	worker cmdtest.Party
}

// line is the payroll CSV line paying the job's week from Monday mon.
func (j bulkJob) line(mon wage.Day) string { return fmt.Sprintf("%s,%s,%s\n", j.id, mon, mon+6) }

// newBulkJob has employer propose a contract to worker from start, the worker sign it, the
// employer submit Monday to Friday of each week in weeks (from..until each day) in one
// transaction, and the worker confirm them.
func newBulkJob(t *testing.T, dir string, employer labourCLI, worker cmdtest.Party, start wage.Day, from, until string, weeks ...wage.Day) bulkJob {
	t.Helper()
	doc := filepath.Join(t.TempDir(), "contract.pdf")
	os.WriteFile(doc, []byte("%PDF contract of "+worker.Addr.Hex()), 0o644)
	var made struct{ ID string }
	out := employer.must(cmdkit.ExitOK, "", "", "--json", "contract", "propose", "--worker", worker.Addr.Hex(), "--days", "mon-fri", "--daily-hours", "4",
		"--start", start.String(), "--payday", "10", "--document", doc, "--wage", "11,000")
	if err := json.Unmarshal([]byte(out), &made); err != nil || made.ID == "" {
		t.Fatalf("propose --json: %s %v", out, err)
	}
	w := labourCLI{t, dir, worker.Flags}
	w.must(cmdkit.ExitOK, "Done", "", "contract", "sign", made.ID)
	sheet, days := "date,start,end\n", []string{"timesheet", "confirm", made.ID}
	for _, mon := range weeks {
		for d := mon; d < mon+5; d++ {
			sheet += fmt.Sprintf("%s,%s,%s\n", d, from, until)
			days = append(days, d.String())
		}
	}
	csvFile := filepath.Join(t.TempDir(), "shifts.csv")
	os.WriteFile(csvFile, []byte(sheet), 0o644)
	employer.must(cmdkit.ExitOK, "Done: submit", "", "timesheet", "submit", made.ID, "--csv", csvFile)
	w.must(cmdkit.ExitOK, "Done", "", days...)
	return bulkJob{made.ID, worker}
}

// TestPayrollBulkMultiPayslip runs the bulk payroll (`payroll pay --csv`) on the devnet with
// several payslips per worker: employer A pays three weeks of worker 1 and two of worker 2
// in one run, then, run again, nothing; the same file with two more weeks pays only those.
// Worker 1 also works for employer B, whose contract A's file cannot pay, and a file
// paying a week twice is refused. Each payslip is recorded and paid exactly once (one
// PayslipPaid event each); each employer's account
// keeps deposited − paid out − withdrawn = balance, nothing reserved, A's paid out the sum
// of its payslips and B's untouched; each worker holds what their payslips say; and the
// contract's KRW moved by the deposits less the payslips, nothing else.
func TestPayrollBulkMultiPayslip(t *testing.T) {
	dir := network.Dir(t)
	staff := cmdtest.StaffSender(t, dir)
	bossA, bossB := cmdtest.NewParty(t, staff), cmdtest.NewParty(t, staff)
	w1, w2 := cmdtest.NewParty(t, staff), cmdtest.NewParty(t, staff)
	a, b := labourCLI{t, dir, bossA.Flags}, labourCLI{t, dir, bossB.Flags}
	office := labourCLI{t, dir, nil}

	info := network.Info(t)
	ec := cmdtest.Dial(t, info.RPC())
	ch, err := NewChain(info.Contracts[deploy.Labour], ec)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	krwOf := func(addr common.Address) int64 {
		t.Helper()
		code, out, errOut := (cmdtest.Runner{krw.Command}).Run(t, "--devnet", dir, "--json", "krw", "balance", addr.Hex())
		var bal struct{ Balance string }
		if code != 0 || json.Unmarshal([]byte(out), &bal) != nil {
			t.Fatalf("krw balance %s: %s %s", addr.Hex(), out, errOut)
		}
		v, ok := new(big.Int).SetString(bal.Balance, 10)
		if !ok {
			t.Fatalf("krw balance %s: %s", addr.Hex(), out)
		}
		return v.Int64()
	}
	held := krwOf(ch.addr) // other tests' deposits stay in the contract

	// Five weeks, all over at least a week ago; each worker's shifts on their own hours.
	today := wage.DayOf(time.Now())
	start := (today - 42).Monday()
	week := func(i int) wage.Day { return start + wage.Day(7*i) }
	k1 := newBulkJob(t, dir, a, w1, start, "10:00", "14:00", week(0), week(1), week(2), week(3))
	k2 := newBulkJob(t, dir, a, w2, start, "10:00", "14:00", week(0), week(1), week(2))
	k3 := newBulkJob(t, dir, b, w1, start, "16:00", "20:00", week(0))

	tmp := t.TempDir()
	first := filepath.Join(tmp, "payroll.csv")
	os.WriteFile(first, []byte("contract,from,to\n"+k1.line(week(0))+k1.line(week(1))+k2.line(week(0))+k1.line(week(2))+k2.line(week(1))), 0o644)
	second := filepath.Join(tmp, "payroll-more.csv") // the same lines, and two weeks more
	os.WriteFile(second, []byte("contract,from,to\n"+k1.line(week(0))+k1.line(week(1))+k2.line(week(0))+k1.line(week(2))+k2.line(week(1))+
		k2.line(week(2))+k1.line(week(3))), 0o644)
	withB := filepath.Join(tmp, "payroll-b.csv")
	os.WriteFile(withB, []byte(k1.line(week(0))+k3.line(week(0))), 0o644)
	twice := filepath.Join(tmp, "payroll-twice.csv") // a line repeated
	os.WriteFile(twice, []byte(k1.line(week(0))+k2.line(week(0))+k1.line(week(0))), 0o644)

	// What each line pays, computed as the payroll will.
	slipsOf := func(file string) []PayslipJSON {
		t.Helper()
		var slips []PayslipJSON
		if err := json.Unmarshal([]byte(office.must(cmdkit.ExitOK, "", "", "--json", "payroll", "compute", "--csv", file)), &slips); err != nil {
			t.Fatal(err)
		}
		return slips
	}
	slips := slipsOf(second)
	if len(slips) != 7 {
		t.Fatalf("compute --csv: %d payslips, want 7", len(slips))
	}
	sum := func(slips []PayslipJSON, contract string) (total int64) {
		for _, p := range slips {
			if contract == "" || fmt.Sprint(p.Contract) == contract {
				total += p.Total
			}
		}
		return total
	}
	firstTotal, allTotal := sum(slips[:5], ""), sum(slips, "")
	bSlip := slipsOf(withB)[1]

	mint := func(to cmdtest.Party, won int64) {
		t.Helper()
		if code, o, e := (cmdtest.Runner{krw.Command}).Run(t, "--devnet", dir, "krw", "mint", "--to", to.Addr.Hex(), "--amount", fmt.Sprint(won),
			"--ref", "DEP-PAYROLL-BULK-"+to.Addr.Hex()); code != 0 {
			t.Fatalf("krw mint: %s %s", o, e)
		}
	}
	const spare = 1_000
	mint(bossA, allTotal+spare)
	mint(bossB, bSlip.Total)
	b.must(cmdkit.ExitOK, "Done: deposit", "", "deposit", "--amount", fmt.Sprint(bSlip.Total))
	// A deposits the first run's payroll only: the payroll is checked against it before sending.
	a.must(cmdkit.ExitOK, "Done: deposit", "", "deposit", "--amount", fmt.Sprint(firstTotal))
	// Refused whole, before sending: B's contract in A's file, a week of worker 1 twice.
	a.must(cmdkit.ExitFailed, "", "contract #"+k3.id+" is employer "+bossB.Addr.Hex(), "payroll", "pay", "--csv", withB)
	// compute refuses it too, naming the file's lines: its total would count the week twice.
	for _, cmd := range []string{"pay", "compute"} {
		a.must(cmdkit.ExitUsage, "", "contract #"+k1.id+" is paid twice for the same days: "+twice+" line 1", "payroll", cmd, "--csv", twice)
	}

	// account is an employer's account as the contract keeps it.
	type account struct{ deposited, paidOut, withdrawn, balance, reserved int64 }
	accountOf := func(who cmdtest.Party) account {
		t.Helper()
		acc, err := ch.c.AccountOf(&bind.CallOpts{Context: ctx}, who.Addr)
		if err != nil {
			t.Fatal(err)
		}
		got := account{acc.Deposited.Int64(), acc.PaidOut.Int64(), acc.Withdrawn.Int64(), acc.Balance.Int64(), acc.Reserved.Int64()}
		if got.deposited-got.paidOut-got.withdrawn != got.balance {
			t.Fatalf("employer %s: deposited %d − paid out %d − withdrawn %d ≠ balance %d", who.Addr.Hex(), got.deposited, got.paidOut, got.withdrawn, got.balance)
		}
		return got
	}
	// paidOnce checks each payslip is recorded as computed, paid, with one PayslipPaid event.
	paidOnce := func(slips []PayslipJSON) {
		t.Helper()
		for _, p := range slips {
			cid := new(big.Int).SetUint64(p.Contract)
			id, err := ch.c.PayslipIdOf(&bind.CallOpts{Context: ctx}, cid, p.Hash)
			if err != nil || id.Sign() == 0 {
				t.Fatalf("contract #%d's payslip %s to %s is not recorded (%v)", p.Contract, p.From, p.To, err)
			}
			rec, err := ch.c.Payslip(&bind.CallOpts{Context: ctx}, id)
			if err != nil || rec.PaidDay == 0 || rec.Amount.Int64() != p.Total || rec.WorkedMinutes != uint32(p.Minutes) {
				t.Fatalf("payslip %s: %+v %v; computed %+v", id, rec, err, p)
			}
			it, err := ch.c.FilterPayslipPaid(&bind.FilterOpts{Context: ctx}, []*big.Int{id}, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for it.Next() {
				n++
			}
			it.Close()
			if n != 1 {
				t.Fatalf("payslip %s (contract #%d, %s to %s) paid %d times", id, p.Contract, p.From, p.To, n)
			}
		}
	}
	// check checks both employers' accounts (B's as deposited: A's payroll never touches
	// it), the workers' KRW and the contract's.
	check := func(when string, wantA account, workers map[common.Address]int64) {
		t.Helper()
		if got := accountOf(bossA); got != wantA {
			t.Fatalf("%s: employer A's account %+v, want %+v", when, got, wantA)
		}
		if got, want := accountOf(bossB), (account{bSlip.Total, 0, 0, bSlip.Total, 0}); got != want {
			t.Fatalf("%s: employer B's account %+v, want %+v", when, got, want)
		}
		for p, want := range workers {
			if got := krwOf(p); got != want {
				t.Fatalf("%s: worker %s holds %d KRW, their payslips say %d", when, p.Hex(), got, want)
			}
		}
		if got, want := krwOf(ch.addr), held+wantA.balance+bSlip.Total; got != want {
			t.Fatalf("%s: the contract holds %d KRW, want %d: what it held before, plus the two employers' balances", when, got, want)
		}
	}
	check("before any payroll", account{firstTotal, 0, 0, firstTotal, 0}, map[common.Address]int64{w1.Addr: 0, w2.Addr: 0})

	out := a.must(cmdkit.ExitOK, "", "", "--json", "payroll", "pay", "--csv", first)
	var res struct {
		Paid, AlreadyPaid int
		Failed            []any
		Amount            string
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.Paid != 5 || res.AlreadyPaid != 0 || len(res.Failed) != 0 || res.Amount != fmt.Sprint(firstTotal) {
		t.Fatalf("payroll pay --csv: %s %v", out, err)
	}
	paidOnce(slips[:5])
	afterFirst := map[common.Address]int64{w1.Addr: sum(slips[:5], k1.id), w2.Addr: sum(slips[:5], k2.id)}
	check("after the first run", account{firstTotal, firstTotal, 0, 0, 0}, afterFirst)

	// Run again: nothing is sent, nobody is paid twice.
	a.must(cmdkit.ExitOK, "paid already", "", "payroll", "pay", "--csv", first)
	paidOnce(slips[:5])
	check("after the run again", account{firstTotal, firstTotal, 0, 0, 0}, afterFirst)

	// The file with two weeks more: refused until A deposits for them, then only those two
	// are paid.
	more := allTotal - firstTotal
	a.must(cmdkit.ExitFailed, "", fmt.Sprintf("('labour deposit --amount %d'); nothing sent", more), "payroll", "pay", "--csv", second)
	a.must(cmdkit.ExitOK, "Done: deposit", "", "deposit", "--amount", fmt.Sprint(more+spare))
	out = a.must(cmdkit.ExitOK, "Paid 2 of 2 payslips", "", "payroll", "pay", "--csv", second)
	if strings.Contains(out, "already paid") {
		t.Fatalf("the second run:\n%s", out)
	}
	a.must(cmdkit.ExitOK, "paid already", "", "payroll", "pay", "--csv", second)
	paidOnce(slips)
	check("after the second run", account{allTotal + spare, allTotal, 0, spare, 0}, map[common.Address]int64{w1.Addr: sum(slips, k1.id), w2.Addr: sum(slips, k2.id)})
}
