package bench

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"

	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/bindings/parttimelabour"
	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/labour"
	"github.com/seoulchain/seoulchain/services/labour/wage"
)

// BenchmarkLabourPayroll is the payroll of 10,000 part-timers: the payslips computed in Go
// by the wage rules (a month of shifts each: Monday to Friday 4 h, one evening shift into
// the night, at a workplace of 5+ employees), then the gas of recording and paying them on
// chain through `payroll` in batches of 1, 10 and 100 (what `labour payroll pay` sends
// through the bulk sender), a week's payslip (5 confirmed shifts) each, and one month's
// payslip (22 shifts) alone. The chain part runs on the simulated chain for the batches'
// gas; the time 10,000 payslips take on the devnet follows from the block gas limit.
func BenchmarkLabourPayroll(b *testing.B) {
	const workers = 10_000
	var computeTime time.Duration
	for i := 0; i < b.N; i++ {
		computeTime = computePayroll(b, workers)
	}
	b.ReportMetric(float64(workers)/computeTime.Seconds(), "payslips/s-compute")

	w := newLabourBench(b)
	type row struct {
		batch int
		gas   uint64
	}
	var rows []row
	for _, n := range []int{1, 10, 100} {
		slips := make([]parttimelabour.PartTimeLabourPayslipInput, n)
		for k := range slips {
			slips[k] = w.week(fmt.Sprintf("%d-%d", n, k))
		}
		r := w.boss.Must(w.lab, w.abi, "payroll", slips)
		rows = append(rows, row{n, r.GasUsed / uint64(n)})
		b.ReportMetric(float64(r.GasUsed)/float64(n), fmt.Sprintf("gas/payslip-batch%d", n))
	}
	// A week's timesheet: five shifts one per transaction, or at once; the worker's confirmation.
	id := w.contract()
	mon := uint32(wage.Day(w.today - 21).Monday())
	var single uint64
	for d := mon; d < mon+5; d++ {
		single += w.boss.Must(w.lab, w.abi, "submitShift", id, d, uint16(600), uint16(840)).GasUsed
	}
	weekSubmit, weekConfirm := w.confirmed(w.contract(), []uint32{mon, mon + 1, mon + 2, mon + 3, mon + 4})
	month := w.month()
	monthGas := w.boss.Must(w.lab, w.abi, "payroll", []parttimelabour.PartTimeLabourPayslipInput{month}).GasUsed

	fmt.Printf("\n| workers | compute (Go, wage rules) | payslips/s |\n| --- | --- | --- |\n| %d | %s | %.0f |\n",
		workers, computeTime.Round(time.Millisecond), float64(workers)/computeTime.Seconds())
	const blockGas = 100_000_000
	fmt.Printf("\n| payslips per payroll tx | gas per payslip (week, 5 shifts) | payslips per 100M-gas block | 10,000 payslips, 1 s blocks |\n| --- | --- | --- | --- |\n")
	for _, r := range rows {
		perBlock := int(float64(blockGas) * 0.9 / float64(r.gas)) // the bulk sender fills 90% of a block
		fmt.Printf("| %d | %d | %d | %d s |\n", r.batch, r.gas, perBlock, (workers+perBlock-1)/perBlock)
	}
	fmt.Printf("\nA month's payslip (22 confirmed shifts, a 30-day period) alone: %d gas.\n", monthGas)
	fmt.Printf("A week's timesheet, 5 shifts: %d gas one per transaction, %d in one submitShifts; the worker's confirmShifts of the 5: %d gas.\n",
		single, weekSubmit, weekConfirm)
}

// computePayroll computes a month's payslip for each of n workers and returns the time.
func computePayroll(b *testing.B, n int) time.Duration {
	b.Helper()
	from, to := wage.Date(2026, 3, 1), wage.Date(2026, 3, 31)
	terms := wage.Terms{HourlyWage: 10320, Days: 0b11111, DailyMinutes: 240, WeeklyMinutes: 1200, Start: wage.Date(2026, 1, 1),
		End: wage.Date(2025, 12, 31), Payday: 10, FivePlus: true}
	var shifts []wage.Shift
	for d := from.Monday(); d <= to; d++ {
		if terms.Days.Has(d.Weekday()) {
			shifts = append(shifts, wage.Shift{Day: d, Start: 600, End: 840})
		}
	}
	shifts[3] = wage.Shift{Day: shifts[3].Day, Start: 1200, End: 1500} // 20:00–01:00: night and overtime
	start := time.Now()
	for k := 0; k < n; k++ {
		p, err := wage.Compute(wage.Period{Terms: terms, From: from, To: to, Shifts: shifts, Rates: wage.Statutory})
		if err != nil {
			b.Fatal(err)
		}
		labour.Input(big.NewInt(int64(k+1)), p) // the hash the contract records
	}
	return time.Since(start)
}

// labourBench is the labour contract on the simulated chain with an employer holding a
// deposit and one worker (a worker may hold many contracts: each payslip is another's).
type labourBench struct {
	b            *testing.B
	boss, worker *chaintest.Account
	lab          common.Address
	abi          *abi.ABI
	today        uint32
	next         int
}

func newLabourBench(b *testing.B) *labourBench {
	acc := chaintest.Accounts(b, 2)
	w := &labourBench{b: b, boss: acc[0], worker: acc[1]}
	addrs := w.boss.Deploy(deploy.Labour)
	w.lab = addrs[deploy.Labour]
	w.abi, _ = parttimelabour.PartTimeLabourMetaData.GetAbi()
	krw, _ := krwtoken.KRWTokenMetaData.GetAbi()
	w.boss.Must(addrs[deploy.KRWToken], krw, "mint", w.boss.Addr(), big.NewInt(10_000_000_000), "BENCH")
	w.boss.Must(addrs[deploy.KRWToken], krw, "approve", w.lab, big.NewInt(10_000_000_000))
	w.boss.Must(w.lab, w.abi, "deposit", big.NewInt(10_000_000_000))
	w.today = w.boss.Call(w.lab, w.abi, "today")[0].(uint32)
	return w
}

// contract proposes and signs a Monday–Friday 4 h contract from 60 days ago.
func (w *labourBench) contract() *big.Int {
	start := uint32(wage.Day(w.today - 60).Monday())
	w.boss.Must(w.lab, w.abi, "propose", parttimelabour.PartTimeLabourTerms{Worker: w.worker.Addr(), HourlyWage: 10320, WorkDays: 0b11111,
		DailyMinutes: 240, WeeklyMinutes: 1200, StartDay: start, Payday: 10, DocumentHash: [32]byte{1}})
	id := w.boss.BigCall(w.lab, w.abi, "contractCount")
	w.worker.Must(w.lab, w.abi, "sign", id)
	return id
}

// confirmed submits 10:00–14:00 on each of days as one timesheet and has the worker
// confirm them; it returns the gas of the two.
func (w *labourBench) confirmed(id *big.Int, days []uint32) (submit, confirm uint64) {
	starts, ends := make([]uint16, len(days)), make([]uint16, len(days))
	for i := range days {
		starts[i], ends[i] = 600, 840
	}
	submit = w.boss.Must(w.lab, w.abi, "submitShifts", id, days, starts, ends).GasUsed
	confirm = w.worker.Must(w.lab, w.abi, "confirmShifts", id, days).GasUsed
	return submit, confirm
}

// week is a new contract's payslip of one week, 5 shifts of 4 h: 247,680 won with the
// weekly holiday.
func (w *labourBench) week(tag string) parttimelabour.PartTimeLabourPayslipInput {
	id := w.contract()
	mon := uint32(wage.Day(w.today - 14).Monday())
	w.confirmed(id, []uint32{mon, mon + 1, mon + 2, mon + 3, mon + 4})
	return parttimelabour.PartTimeLabourPayslipInput{ContractId: id, FromDay: mon, ToDay: mon + 6, WorkedMinutes: 1200,
		Amount: big.NewInt(247_680), PayslipHash: hashOf("week " + tag)}
}

// month is a new contract's payslip of 30 days with every weekday worked.
func (w *labourBench) month() parttimelabour.PartTimeLabourPayslipInput {
	id := w.contract()
	from := uint32(wage.Day(w.today - 45).Monday())
	var days []uint32
	for d := from; d < from+30; d++ {
		if wage.Day(d).Weekday() >= 1 && wage.Day(d).Weekday() <= 5 {
			days = append(days, d)
		}
	}
	w.confirmed(id, days)
	m := uint32(len(days) * 240)
	return parttimelabour.PartTimeLabourPayslipInput{ContractId: id, FromDay: from, ToDay: from + 29, WorkedMinutes: m,
		Amount: big.NewInt(int64(m) * 10320 / 60 * 2), PayslipHash: hashOf("month")}
}

func hashOf(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

// BenchmarkLabourPayrollBulk pays 1,000 workers (LABOUR_BENCH_WORKERS=10000 for the full
// payroll of issue #18; setting the chain up takes most of it, over 20 minutes for 10,000 on
// a loaded 2-core machine) through the bulk sender, as `labour payroll pay --all` does: each a signed contract with a
// confirmed week (5 shifts), computed in Go and recorded and paid by `payroll` batches
// sized by bulk.Fill so whole batches fill the block. On the simulated chain (blocks sealed
// as transactions come), so the figures are the gas and the batches (its 30M-gas blocks
// take two of about 91 payslips; the devnet's 100M blocks about 610); the time on the
// devnet follows from 1 s blocks of 100M gas, 90% full.
func BenchmarkLabourPayrollBulk(b *testing.B) {
	n := 1_000
	if v := os.Getenv("LABOUR_BENCH_WORKERS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			b.Fatalf("LABOUR_BENCH_WORKERS=%q: want a positive number", v)
		}
	}
	w := newLabourBench(b)
	w.boss.Chain.Heartbeat(b, 20*time.Millisecond)
	setup := time.Now()
	first := w.boss.BigCall(w.lab, w.abi, "contractCount").Int64() + 1
	mon := uint32(wage.Day(w.today - 14).Monday())
	start := uint32(wage.Day(w.today - 60).Monday())
	days := []uint32{mon, mon + 1, mon + 2, mon + 3, mon + 4}
	w.fire(w.boss, n, 400_000, func(k int) (string, []any) {
		return "propose", []any{parttimelabour.PartTimeLabourTerms{Worker: w.worker.Addr(), HourlyWage: 10320, WorkDays: 0b11111,
			DailyMinutes: 240, WeeklyMinutes: 1200, StartDay: start, Payday: 10, DocumentHash: hashOf(fmt.Sprint("doc ", k))}}
	})
	id := func(k int) *big.Int { return big.NewInt(first + int64(k)) }
	w.fire(w.worker, n, 100_000, func(k int) (string, []any) { return "sign", []any{id(k)} })
	w.fire(w.boss, n, 400_000, func(k int) (string, []any) {
		return "submitShifts", []any{id(k), days, []uint16{600, 600, 600, 600, 600}, []uint16{840, 840, 840, 840, 840}}
	})
	w.fire(w.worker, n, 200_000, func(k int) (string, []any) { return "confirmShifts", []any{id(k), days} })
	setupTime := time.Since(setup)

	ch, err := labour.NewChain(w.lab, w.boss.S.Backend())
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	computeStart := time.Now()
	slips := make([]parttimelabour.PartTimeLabourPayslipInput, n)
	for k := range slips {
		p, _, err := ch.Period(ctx, id(k), wage.Day(mon), wage.Day(mon+6), wage.Calendar{})
		if err != nil {
			b.Fatal(err)
		}
		slip, err := wage.Compute(p)
		if err != nil {
			b.Fatal(err)
		}
		slips[k] = labour.Input(id(k), slip)
	}
	computeTime := time.Since(computeStart)

	abis, _ := deploy.ABIs()
	res, err := bulk.Send(ctx, w.boss.Chain.Client(), bulk.Config{
		Dir: filepath.Join(b.TempDir(), "progress"), Keys: []*ecdsa.PrivateKey{w.boss.Key}, Pin: w.boss.Addr(),
		PollInterval: 5 * time.Millisecond, ABIs: abis, Log: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}, labour.PayrollWork(w.lab, slips))
	if err != nil {
		b.Fatal(err)
	}
	if res.Sent != n || len(res.Failed) != 0 {
		b.Fatalf("%d of %d paid, %d failed: %v", res.Sent, n, len(res.Failed), res.Failed[:min(3, len(res.Failed))])
	}
	if got := w.boss.BigCall(w.lab, w.abi, "payslipCount").Int64(); got < int64(n) {
		b.Fatalf("%d payslips recorded, want %d", got, n)
	}
	gasPer := float64(res.GasUsed) / float64(n)
	b.ReportMetric(gasPer, "gas/payslip")
	b.ReportMetric(float64(n)/float64(res.Batches), "payslips/batch")
	perBlock := 100_000_000 * 0.9 / gasPer
	fmt.Printf("\n| workers | setup (propose, sign, a week's shifts, confirm) | payslips read from chain and computed | bulk payroll: batches | payslips/batch | gas/payslip | at 100M gas per 1 s block |\n| --- | --- | --- | --- | --- | --- | --- |\n")
	fmt.Printf("| %d | %s | %s (%.0f/s) | %d | %.0f | %.0f | %.1f s |\n", n, setupTime.Round(time.Second), computeTime.Round(time.Millisecond),
		float64(n)/computeTime.Seconds(), res.Batches, float64(n)/float64(res.Batches), gasPer, float64(n)/perBlock)
}

// fire sends n calls from a with consecutive nonces without waiting for each, in windows
// the transaction pool holds, and waits for each window's last receipt (checked: success).
func (w *labourBench) fire(a *chaintest.Account, n int, gas uint64, call func(k int) (string, []any)) {
	w.b.Helper()
	ctx := context.Background()
	ec := a.S.Backend()
	chainID, err := ec.ChainID(ctx)
	if err != nil {
		w.b.Fatal(err)
	}
	signer := types.LatestSignerForChainID(chainID)
	nonce, err := ec.PendingNonceAt(ctx, a.Addr())
	if err != nil {
		w.b.Fatal(err)
	}
	const window = 1000
	for lo := 0; lo < n; lo += window {
		var last *types.Transaction
		for k := lo; k < min(lo+window, n); k++ {
			method, args := call(k)
			data, err := w.abi.Pack(method, args...)
			if err != nil {
				w.b.Fatal(err)
			}
			last, err = types.SignNewTx(a.Key, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, To: &w.lab, Gas: gas,
				GasFeeCap: big.NewInt(1e11), GasTipCap: big.NewInt(1e9), Data: data})
			if err != nil {
				w.b.Fatal(err)
			}
			if err := ec.SendTransaction(ctx, last); err != nil {
				w.b.Fatalf("%s %d: %v", method, k, err)
			}
			nonce++
		}
		for {
			r, err := ec.TransactionReceipt(ctx, last.Hash())
			if err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					w.b.Fatalf("transaction %s failed", last.Hash())
				}
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
}
