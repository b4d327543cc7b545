package bench

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seoulchain/seoulchain/bindings/krwtoken"
	"github.com/seoulchain/seoulchain/bindings/subcontractescrow"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/deploy"
)

// BenchmarkEscrowApprove reports the gas of approving a milestone split among 1, 10 and 50
// payees: "first" when every payee receives KRW for the first time (new balance slots),
// "repeat" for a later milestone of the same contract.
func BenchmarkEscrowApprove(b *testing.B) {
	for _, n := range []int{1, 10, 50} {
		b.Run(fmt.Sprintf("payees=%d", n), func(b *testing.B) {
			var first, repeat uint64
			for i := 0; i < b.N; i++ {
				first, repeat = approveGas(b, n)
			}
			b.ReportMetric(float64(first), "gas/first-approve")
			b.ReportMetric(float64(repeat), "gas/repeat-approve")
			b.ReportMetric(float64(first)/float64(n), "gas/first-payee")
		})
	}
}

// approveGas registers a two-milestone contract with n payees and returns the gas used by
// approving milestone 0 and then milestone 1.
func approveGas(b *testing.B, n int) (uint64, uint64) {
	b.Helper()
	acc := chaintest.Accounts(b, 1)[0]
	addrs := acc.Deploy(deploy.Escrow)
	krw, _ := krwtoken.KRWTokenMetaData.GetAbi()
	esc, _ := subcontractescrow.SubcontractEscrowMetaData.GetAbi()
	token, escrow := addrs[deploy.KRWToken], addrs[deploy.Escrow]
	send := acc.Must
	per := int64(1000)
	total := big.NewInt(per * int64(n) * 2)
	send(token, krw, "mint", acc.Addr(), total, "BENCH")
	send(token, krw, "approve", escrow, total)
	payees := []common.Address{acc.Addr()} // the prime's own line
	for len(payees) < n {
		k, _ := crypto.GenerateKey()
		payees = append(payees, crypto.PubkeyToAddress(k.PublicKey))
	}
	var shares []*big.Int
	for m := 0; m < 2; m++ {
		for range payees {
			shares = append(shares, big.NewInt(per))
		}
	}
	amount := big.NewInt(per * int64(n))
	send(escrow, esc, "register", acc.Addr(), payees, []*big.Int{amount, amount}, shares)
	id := big.NewInt(1)
	send(escrow, esc, "accept", id)
	var gas [2]uint64
	for m := range gas {
		send(escrow, esc, "fund", id, big.NewInt(int64(m)))
		gas[m] = send(escrow, esc, "approve", id, big.NewInt(int64(m))).GasUsed
	}
	return gas[0], gas[1]
}
