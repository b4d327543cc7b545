package bench

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seoulchain/seoulchain/bindings/scoin"
	"github.com/seoulchain/seoulchain/internal/chaintest"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txsend"
)

// BenchmarkSCoinCredit reports the gas per credit of S-Coin batch credits of 1, 100 and 500
// to new citizens (no points yet) and to existing ones (points credited earlier in the same
// epoch), next to the gas per credit of the same credits sent one per transaction (each
// with its transaction's 21,000 base cost). The target: a batch of 500 costs at most half
// the gas per credit of single-credit transactions.
func BenchmarkSCoinCredit(b *testing.B) {
	for _, n := range []int{1, 100, 500} {
		for _, existing := range []bool{false, true} {
			who := "new"
			if existing {
				who = "existing"
			}
			b.Run(fmt.Sprintf("batch=%d/citizens=%s", n, who), func(b *testing.B) {
				var batch, single float64
				for i := 0; i < b.N; i++ {
					batch, single = creditGas(b, n, existing)
				}
				b.ReportMetric(batch, "gas/credit-batched")
				b.ReportMetric(single, "gas/credit-single-tx")
				b.ReportMetric(batch/single, "batched/single")
				if n == 500 && batch > single/2 {
					b.Errorf("a batch of 500 costs %.0f gas per credit, more than half of %.0f for single-credit transactions", batch, single)
				}
			})
		}
	}
}

// creditGas credits n citizens once in a batch and n other citizens one transaction each,
// and returns the gas per credit of both.
func creditGas(b *testing.B, n int, existing bool) (batched, single float64) {
	b.Helper()
	acc := chaintest.Accounts(b, 1)[0]
	addrs := acc.Deploy(deploy.SCoin)
	sc, _ := scoin.SCoinMetaData.GetAbi()
	contract := addrs[deploy.SCoin]
	send := func(a *abi.ABI, method string, args ...any) *txsend.Receipt {
		b.Helper()
		return acc.Must(contract, a, method, args...)
	}
	send(sc, "addProgram", "eco mileage", big.NewInt(1e12), []common.Address{acc.Addr()})
	// A first credit, so that neither measure pays for the program's first issued total.
	send(sc, "credit", uint32(1), common.HexToAddress("0x5eed"), big.NewInt(1), uint64(1<<40))
	citizens := func(group int) []scoin.SCoinCredit {
		out := make([]scoin.SCoinCredit, n)
		for i := range out {
			out[i] = scoin.SCoinCredit{
				Citizen:  common.BigToAddress(big.NewInt(int64(group<<20 + i + 1))),
				Amount:   big.NewInt(1000),
				RecordId: uint64(group<<20 + i),
			}
		}
		return out
	}
	batchGroup, singleGroup := citizens(1), citizens(2)
	record := uint64(1 << 30)
	if existing {
		// Earlier credits in the same epoch, under other record IDs.
		for _, g := range [][]scoin.SCoinCredit{batchGroup, singleGroup} {
			earlier := make([]scoin.SCoinCredit, len(g))
			for i, c := range g {
				earlier[i] = scoin.SCoinCredit{Citizen: c.Citizen, Amount: c.Amount, RecordId: record}
				record++
			}
			send(sc, "creditBatch", uint32(1), earlier)
		}
	}
	batchGas := send(sc, "creditBatch", uint32(1), batchGroup).GasUsed
	var singleGas uint64
	for _, c := range singleGroup {
		singleGas += send(sc, "credit", uint32(1), c.Citizen, c.Amount, c.RecordId).GasUsed
	}
	return float64(batchGas) / float64(n), float64(singleGas) / float64(n)
}
