package labour

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/parttimelabour"
)

// TestCheckWithdraw: a withdrawal is refused before sending beyond the deposit, or into what
// recorded, unpaid payslips reserve (even when the reservation is over the balance).
func TestCheckWithdraw(t *testing.T) {
	cases := []struct {
		name                      string
		balance, reserved, amount int64
		err                       string
	}{
		{"nothing reserved", 100_000, 0, 100_000, ""},
		{"what is free", 200_000, 123_840, 76_160, ""},
		{"a won into the reservation", 200_000, 123_840, 76_161, "123,840 of the 200,000 KRW deposited is reserved"},
		{"in arrears", 40_000, 41_280, 1, "so 0 KRW is free"},
		{"beyond the deposit", 100_000, 0, 100_001, "less than 100,001"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := parttimelabour.PartTimeLabourAccount{Deposited: big.NewInt(c.balance), PaidOut: new(big.Int), Withdrawn: new(big.Int),
				Balance: big.NewInt(c.balance), Reserved: big.NewInt(c.reserved)}
			err := checkWithdraw(common.Address{1}, a, big.NewInt(c.amount))
			if c.err == "" && err != nil || c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err) || !strings.Contains(err.Error(), "nothing sent")) {
				t.Fatalf("checkWithdraw = %v; want %q", err, c.err)
			}
		})
	}
}
