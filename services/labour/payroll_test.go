package labour

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/parttimelabour"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/services/labour/wage"
)

// TestCheckWithdraw: a withdrawal is refused before sending beyond the deposit, or into what
// recorded, unpaid payslips reserve (even when the reservation is over the balance).
func TestCheckWithdraw(t *testing.T) {
	checkAccount(t, checkWithdraw, []accountCase{
		{"nothing reserved", 100_000, 0, 100_000, ""},
		{"what is free", 200_000, 123_840, 76_160, ""},
		{"a won into the reservation", 200_000, 123_840, 76_161, "123,840 of the 200,000 KRW deposited is reserved"},
		{"in arrears", 40_000, 41_280, 1, "so 0 KRW is free"},
		{"beyond the deposit", 100_000, 0, 100_001, "less than 100,001"},
	})
}

// TestCheckPayroll: a payroll is refused before sending beyond the deposit less what
// recorded, unpaid payslips reserve (the contract's LabourDepositReserved), naming the
// reservation and what to deposit.
func TestCheckPayroll(t *testing.T) {
	checkAccount(t, checkPayroll, []accountCase{
		{"nothing reserved", 247_680, 0, 247_680, ""},
		{"beyond the deposit", 100_000, 0, 247_680, "has 100,000 KRW deposited: deposit 147,680 more first ('labour deposit --amount 147680')"},
		{"what is free", 300_000, 52_320, 247_680, ""},
		{"a won into the reservation", 300_000, 52_321, 247_680,
			"300,000 KRW deposited, 52,321 of it reserved for payslips recorded and not yet paid, so 247,679 KRW is free: deposit 1 more first"},
		{"in arrears", 40_000, 41_280, 1, "so 0 KRW is free: deposit 1 more first ('labour deposit --amount 1')"},
	})
}

// accountCase is an employer's deposit (balance, of it reserved), an amount to take from it
// and the error expected ("" none; else a part of it, which also says nothing was sent).
type accountCase struct {
	name                      string
	balance, reserved, amount int64
	err                       string
}

// checkAccount runs check on each case.
func checkAccount(t *testing.T, check func(common.Address, parttimelabour.PartTimeLabourAccount, *big.Int) error, cases []accountCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := parttimelabour.PartTimeLabourAccount{Deposited: big.NewInt(c.balance), PaidOut: new(big.Int), Withdrawn: new(big.Int),
				Balance: big.NewInt(c.balance), Reserved: big.NewInt(c.reserved)}
			err := check(common.Address{1}, a, big.NewInt(c.amount))
			if c.err == "" && err != nil || c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err) || !strings.Contains(err.Error(), "nothing sent")) {
				t.Fatalf("got %v; want %q", err, c.err)
			}
		})
	}
}

// TestPayrollProgressDir: the default progress folder names the payslip by its hash in hex,
// also when its first bytes are a NUL or a slash (the raw bytes made mkdir fail with
// "invalid argument" on a NUL).
func TestPayrollProgressDir(t *testing.T) {
	employer := common.HexToAddress("0x51281559Aa00000000000000000000000000000B")
	for _, hash := range [][32]byte{{0xa4, 0x00, 0x5e, 0xa9}, {'/', '.', '.', '/'}} {
		dir := payrollProgressDir(employer, hash)
		want := filepath.Join(os.TempDir(), fmt.Sprintf("seoulchain-payroll-51281559-%x", hash[:4]))
		if dir != want || filepath.Dir(dir) != os.TempDir() {
			t.Fatalf("progress dir %q, want %q", dir, want)
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			t.Fatal(err)
		}
		os.Remove(dir)
	}
}

// TestCheckOverlap: periods of one contract that share a day are refused before anything
// is computed or sent, naming the --csv file's lines; other contracts' periods, and a
// contract's consecutive weeks, are not.
func TestCheckOverlap(t *testing.T) {
	mon := wage.Day(20_500).Monday()
	line := 1 // a header on line 1
	target := func(id int64, from, to wage.Day) payTarget {
		line++
		return payTarget{big.NewInt(id), from, to, line}
	}
	for _, tc := range []struct {
		name    string
		path    string
		targets []payTarget
		err     string
	}{
		{"weeks of one contract, other contracts", "p.csv", []payTarget{target(1, mon, mon+6), target(2, mon, mon+6), target(1, mon+7, mon+13)}, ""},
		{"a line repeated", "p.csv", []payTarget{target(1, mon, mon+6), target(2, mon, mon+6), target(2, mon, mon+6)},
			"contract #2 is paid twice for the same days: p.csv line 6 (" + mon.String() + " to " + (mon + 6).String() + ") and line 7"},
		{"one day shared", "p.csv", []payTarget{target(3, mon, mon+6), target(3, mon+6, mon+12)}, "line 8 (" + mon.String() + " to " + (mon + 6).String() + ") and line 9 (" + (mon + 6).String()},
		{"a period inside another", "p.csv", []payTarget{target(4, mon+2, mon+3), target(4, mon, mon+13)}, "overlap"},
		{"an ID named twice", "", []payTarget{{id: big.NewInt(5), from: mon, to: mon + 6}, {id: big.NewInt(5), from: mon, to: mon + 6}}, "contract #5 is paid twice for the same days: it is named twice"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := checkOverlap(tc.path, tc.targets)
			var ue *cmdkit.UsageError
			if tc.err == "" && err != nil || tc.err != "" && (!errors.As(err, &ue) || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), "nothing sent")) {
				t.Fatalf("got %v; want a usage error %q", err, tc.err)
			}
		})
	}
}
